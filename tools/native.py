"""Compile the ownership-XML path of edgar-kg with mypyc, in place (`make native`).

The modules below are the same Python source, compiled ahead of time to C extension
modules that sit beside their .py files (Python imports an extension module before a
source file of the same name). They are the path from an ownership XML to N-Quads,
where throughput has a target (README, Performance); prose is bound by spaCy and gains
nothing from this. The output is byte for byte that of the pure-Python modules
(tests/test_native.py), and the package runs as pure Python wherever they are not
built (a wheel from PyPI tools, a machine without a C compiler).

mypyc checks the modules' types first: an annotation that lies fails the build here
instead of raising TypeError at run time. Run again after editing any module of kg/
(`make test` does; the tests refuse compiled modules older than the sources).
"""

from __future__ import annotations

import os
import shutil
import sys
import sysconfig
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
MODULES = [
    "kg/pipeline.py",
    "kg/ingest/__init__.py",
    "kg/ingest/printed.py",
    "kg/ingest/submission.py",
    "kg/extract/__init__.py",
    "kg/extract/common.py",
    "kg/extract/_ownership.py",
    "kg/extract/_ownership_signers.py",
    "kg/extract/form4_xml.py",
    "kg/extract/form4_xml_rows.py",
    "kg/graph/resolve.py",
    "kg/graph/iris.py",
    "kg/graph/literals.py",
    "kg/graph/terms.py",
    "kg/graph/build.py",
    "kg/export/files.py",
    "kg/export/rdf.py",
]
# The modules' shared library, edgar_kg_native__mypyc.*.so beside kg/ (inside kg/, mypyc
# would give the compiled packages a wrong __file__ and __path__).
GROUP = "edgar_kg_native"


def compiled() -> list[Path]:
    """The compiled modules present in the checkout, and their shared library."""
    return sorted([*(REPO / "kg").rglob("*.so"), *REPO.glob(f"{GROUP}__mypyc*.so")])


def stale() -> bool:
    """A source of kg/ is newer than the oldest compiled module (any of them may have
    been compiled against what that source said)."""
    built = compiled()
    if not built:
        return False
    oldest = min(p.stat().st_mtime for p in built)
    return any(p.stat().st_mtime > oldest for p in (REPO / "kg").rglob("*.py"))


def clean() -> None:
    for path in compiled():
        path.unlink()
    shutil.rmtree(REPO / "build" / "native", ignore_errors=True)


def _compiler() -> str | None:
    command = (sysconfig.get_config_var("CC") or "cc").split()[0]
    return shutil.which(command)


def build() -> int:
    if _compiler() is None:
        print("native: no C compiler; edgar-kg stays pure Python", file=sys.stderr)
        return 0
    from mypyc.build import mypycify
    from setuptools import setup

    clean()  # a module dropped from MODULES must not linger, compiled and stale
    setup(
        name="edgar-kg-native",
        packages=[],
        py_modules=[],
        ext_modules=mypycify(
            ["--ignore-missing-imports", *MODULES], group_name=GROUP, target_dir="build/native"
        ),
        script_args=[
            "--quiet", "build_ext", "--inplace",
            "--build-temp", "build/native", "--build-lib", "build/native/lib",
        ],
    )  # fmt: skip
    for path in compiled():  # copied with the mtime of an unchanged earlier build
        os.utime(path)
    return 0


def main(argv: list[str]) -> int:
    os.chdir(REPO)  # mypycify takes paths relative to the checkout; in place means here
    if argv[1:] == ["clean"]:
        clean()
        return 0
    if argv[1:] == ["--if-stale"] and compiled() and not stale():
        return 0
    return build()


if __name__ == "__main__":
    sys.exit(main(sys.argv))
