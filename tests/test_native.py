"""The ownership-XML path compiled with mypyc (tools/native.py, `make native`): in use
where it was built, current, and writing byte for byte what the pure-Python source writes."""

from __future__ import annotations

import importlib
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tools import native

REPO = Path(__file__).resolve().parents[1]

INPUTS = [
    REPO / "tests" / "data" / "form4_xml",
    REPO / "tests" / "data" / "formd_xml",
    REPO / "tests" / "data" / "fullsub",
    REPO / "tests" / "data" / "form8k",
    REPO / "tests" / "data" / "press",
    *sorted((REPO / "kg" / "samples").glob("*.txt")),
]


def _module(path: str) -> str:
    return path.removesuffix(".py").removesuffix("/__init__").replace("/", ".")


@pytest.fixture(scope="module")
def built() -> list[Path]:
    if not native.compiled():
        if os.environ.get("CI"):
            pytest.fail("no compiled modules on CI: `make native` did not build them")
        pytest.skip("pure Python here: `make native` builds the compiled modules")
    return native.compiled()


def test_every_listed_module_is_compiled_current_and_imported(built: list[Path]) -> None:
    assert not native.stale()
    for path in native.MODULES:
        module = importlib.import_module(_module(path))
        assert module.__file__ and module.__file__.endswith(".so"), (path, module.__file__)
        assert Path(module.__file__).parent == (REPO / path).parent


def test_compiled_and_pure_python_write_the_same_file(built: list[Path], tmp_path: Path) -> None:
    """The same inputs built by the compiled modules and, in a child process, by a copy
    of the sources alone: the two N-Quads files are identical."""
    from kg.pipeline import extract_paths, write

    compiled_out = tmp_path / "compiled.nq"
    extracted = extract_paths(INPUTS)
    assert not extracted.failures and len(extracted.items) > 80
    write(extracted, compiled_out)
    pure = tmp_path / "pure"
    shutil.copytree(REPO / "kg", pure / "kg", ignore=shutil.ignore_patterns("*.so", "__pycache__"))
    shutil.copytree(REPO / "ontology", pure / "ontology")
    script = (
        "import sys, kg.graph.build as b; assert b.__file__.endswith('.py'), b.__file__\n"
        "from kg.pipeline import extract_paths, write\n"
        "from pathlib import Path\n"
        "write(extract_paths([Path(p) for p in sys.argv[2:]]), Path(sys.argv[1]))\n"
    )
    pure_out = tmp_path / "pure.nq"
    env = {**os.environ, "PYTHONPATH": str(pure)}
    args = [sys.executable, "-c", script, str(pure_out), *map(str, INPUTS)]
    subprocess.run(args, cwd=pure, env=env, check=True, capture_output=True, text=True)
    assert compiled_out.read_bytes() == pure_out.read_bytes()
    assert len(compiled_out.read_bytes().splitlines()) > 5000
