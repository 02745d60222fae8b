"""Where the bundled data files live, installed or in a checkout.

The wheel bundles ``ontology/`` as ``kg/_ontology/`` (pyproject's
``[tool.hatch.build.targets.wheel.force-include]``); an editable install or a
plain checkout has no ``kg/_ontology`` and reads ``<repo>/ontology/`` instead.
"""

from __future__ import annotations

from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent


def ontology_path(name: str) -> Path:
    """The path of an ontology file, e.g. ``"edgar-kg.ttl"`` or ``"shapes.ttl"``.

    Raises ``FileNotFoundError`` naming every place looked at when the file is
    in neither, and ``ValueError`` for a name that is not a plain file name.

    >>> ontology_path("edgar-kg.ttl").name
    'edgar-kg.ttl'
    """
    if not name or Path(name).name != name or name in {".", ".."}:
        raise ValueError(f"ontology file name must be a plain file name, got {name!r}")
    candidates = (_PACKAGE / "_ontology" / name, _PACKAGE.parent / "ontology" / name)
    for candidate in candidates:
        if candidate.is_file():
            return candidate
    looked = ", ".join(str(c) for c in candidates)
    raise FileNotFoundError(
        f"ontology file {name!r} not found (looked in {looked}); "
        "is the package installed from a wheel built with the ontology/ folder?"
    )


def samples_dir() -> Path:
    """The folder of the sample filings bundled with the package (``kg/samples``)."""
    return _PACKAGE / "samples"
