"""`import kg` is cheap, and heavy libraries load only where they are used."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

DATA = Path(__file__).parent / "data"


def _modules_after(code: str) -> set[str]:
    script = f"import sys, json\n{code}\nprint(json.dumps(sorted(sys.modules)))"
    out = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True, timeout=120
    ).stdout
    return set(json.loads(out))


def test_import_kg_loads_nothing_heavy():
    loaded = _modules_after("import kg")
    assert not {"rdflib", "spacy", "pyvis", "pyshacl", "networkx", "lxml"} & loaded


def test_structured_forms_never_load_spacy():
    loaded = _modules_after(
        "from pathlib import Path\n"
        "from kg.pipeline import extract_paths\n"
        f"folders = [Path({str(DATA / 'form4_xml')!r}), Path({str(DATA / 'formd_xml')!r})]\n"
        "r = extract_paths(folders)\n"
        "assert r.items and not r.failures, r.failures"
    )
    assert "spacy" not in loaded
    assert "pyvis" not in loaded and "pyshacl" not in loaded


def test_the_cli_parser_is_cheap():
    loaded = _modules_after("from kg.cli import make_parser\nmake_parser()")
    assert not {"spacy", "pyvis", "pyshacl", "networkx"} & loaded
