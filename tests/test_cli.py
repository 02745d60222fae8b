"""The kg command, run in-process (and once as the installed console script)."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from kg.cli import main
from kg.cli.commands import COMMANDS
from kg.pipeline import sample_paths

REPO = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def graph_file(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("cli") / "samples.trig"
    assert main(["build", *map(str, sample_paths()), "-o", str(out)]) == 0
    return out


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


@pytest.mark.parametrize("command", sorted(COMMANDS))
def test_every_command_has_help(capsys, command):
    with pytest.raises(SystemExit) as exit_info:
        main([command, "--help"])
    assert exit_info.value.code == 0
    out = capsys.readouterr().out
    assert out.startswith(f"usage: kg {command}")
    assert COMMANDS[command][0] in out


def test_every_command_is_documented_in_the_readme():
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    missing = [c for c in COMMANDS if f"kg {c}" not in readme]
    assert not missing, f"commands missing from README.md: {missing}"


def test_build_reports_kinds_and_writes_named_graphs(graph_file):
    from kg.export.rdf import load

    ds = load(graph_file)
    assert sum(1 for g in ds.graphs() if len(g)) == 4


def test_query_named_with_param_table(capsys, graph_file):
    code, out, _ = run(capsys, "query", str(graph_file), "officers", "-p", "company=ascent")
    assert code == 0
    assert "Sr Vice Pres of Manufacturing" in out
    assert "Victor Lee" in out
    code, out, _ = run(capsys, "query", str(graph_file), "officers", "-p", "company=nobody")
    assert code == 0 and "(0 rows)" in out


def test_query_json_and_csv(capsys, graph_file):
    code, out, _ = run(capsys, "query", str(graph_file), "transactions", "--format", "json")
    assert code == 0
    rows = json.loads(out)
    assert sorted(float(r["shares"]) for r in rows) == [100, 838, 1108]
    assert {r["owner"] for r in rows} == {"Prem Nath"}
    code, out, _ = run(capsys, "query", str(graph_file), "offerings", "--format", "csv")
    header, *lines = out.splitlines()
    assert header.startswith("issuer,date,totalOfferingAmount")
    assert len(lines) == 1 and "32200000" in lines[0]


def test_query_text_and_rq_file(capsys, graph_file, tmp_path):
    sparql = (
        "PREFIX ekg: <https://w3id.org/edgar-kg/ontology#> "
        "SELECT (COUNT(?d) AS ?n) WHERE { ?d a ekg:Document }"
    )
    code, out, _ = run(capsys, "query", str(graph_file), sparql, "--format", "csv")
    assert (code, out.split()) == (0, ["n", "4"])
    rq = tmp_path / "docs.rq"
    rq.write_text(sparql)
    code, out, _ = run(capsys, "query", str(graph_file), str(rq), "--format", "csv")
    assert (code, out.split()) == (0, ["n", "4"])


@pytest.mark.parametrize(
    ("query", "message"),
    [
        ("SELECT * WHERE { SERVICE <http://example.org/sparql> { ?s ?p ?o } }", "SERVICE"),
        ("SELECT * WHERE { ?s ?p }", "cannot parse"),
        ("no-such-query", "bundled query"),
        ("missing.rq", "cannot read"),
    ],
)
def test_query_errors_are_clear(capsys, graph_file, query, message):
    code, out, err = run(capsys, "query", str(graph_file), query)
    assert code == 2
    assert message in err and out == ""


def test_query_unknown_param(capsys, graph_file):
    code, _, err = run(capsys, "query", str(graph_file), "officers", "-p", "compny=x")
    assert code == 2 and "no parameter 'compny'" in err


def test_from_clause_does_not_fetch(capsys, graph_file):
    sparql = "SELECT (COUNT(*) AS ?n) FROM <http://127.0.0.1:9/nothing> WHERE { ?s ?p ?o }"
    code, out, _ = run(capsys, "query", str(graph_file), sparql, "--format", "csv")
    assert code == 0 and out.split() == ["n", "0"]


def test_stats(capsys, graph_file):
    code, out, _ = run(capsys, "stats", str(graph_file))
    assert code == 0
    assert "named graphs  4" in out
    assert "Transaction" in out and "PressRelease" in out


def test_validate_conforms(capsys, graph_file):
    code, out, _ = run(capsys, "validate", str(graph_file))
    assert code == 0 and "conforms" in out


def test_viz_writes_page(capsys, graph_file, tmp_path):
    page = tmp_path / "g.html"
    code, _, _ = run(capsys, "viz", str(graph_file), "-o", str(page))
    assert code == 0
    assert "Prem Nath" in page.read_text(encoding="utf-8")


@pytest.mark.parametrize("suffix", [".nq", ".ttl", ".nt", ".jsonld"])
def test_build_formats_round_trip(capsys, tmp_path, suffix):
    from kg.export.rdf import load

    out = tmp_path / f"g{suffix}"
    code, _, _ = run(capsys, "build", str(sample_paths()[1]), "-o", str(out))
    assert code == 0
    assert len(load(out)) > 20


def test_unknown_output_format_writes_nothing(capsys, tmp_path):
    code, _, err = run(capsys, "build", str(sample_paths()[0]), "-o", str(tmp_path / "g.xyz"))
    assert code == 2 and "unknown graph format" in err
    assert list(tmp_path.iterdir()) == []


def test_bad_inputs_are_reported_and_the_batch_goes_on(capsys, tmp_path):
    inputs = tmp_path / "in"
    inputs.mkdir()
    shutil.copy(sample_paths()[1], inputs / "good_form4.txt")
    (inputs / "empty.txt").write_bytes(b"")
    (inputs / "binary.txt").write_bytes(b"\x00\x01\x02PK\x03\x04" * 50)
    (inputs / "scan.txt").write_bytes(b"%PDF-1.4\n...")
    (inputs / "truncated.xml").write_bytes(
        b"<?xml version='1.0'?><ownershipDocument><schemaVersion>X0306</schemaVersion><issuer>"
    )
    (inputs / "notes.txt").write_text("Shopping list: milk, eggs, bread.\n")
    out = tmp_path / "out" / "g.trig"
    code, stdout, err = run(capsys, "build", str(inputs), "-o", str(out), "--no-progress")
    assert code == 1
    assert "5 file(s) failed" in err
    for name, reason in [
        ("empty.txt", "EmptyInputError"),
        ("binary.txt", "BinaryInputError"),
        ("scan.txt", "BinaryInputError"),
        ("truncated.xml", "MalformedDocumentError"),
        ("notes.txt", "UnrecognisedDocumentError"),
    ]:
        line = next(line for line in err.splitlines() if name in line)
        assert reason in line, line
    assert "form4_text" in stdout
    from kg.export.rdf import load

    assert len(load(out)) > 20  # the good file's graph is written, whole
    assert sorted(p.name for p in out.parent.iterdir()) == ["g.trig"]  # no temp file left


def test_missing_input_file(capsys, tmp_path):
    code, _, err = run(capsys, "build", str(tmp_path / "nope.txt"), "-o", str(tmp_path / "g.trig"))
    assert code == 1 and "nope.txt" in err and "cannot read" in err


def test_unreadable_graph_file(capsys, tmp_path):
    bad = tmp_path / "bad.ttl"
    bad.write_text("this is not turtle <<<")
    code, _, err = run(capsys, "stats", str(bad))
    assert code == 2 and "bad.ttl" in err and "cannot parse" in err


def test_console_script_runs(tmp_path):
    exe = Path(sys.executable).parent / "kg"
    result = subprocess.run(
        [str(exe), "build", str(sample_paths()[2]), "-o", str(tmp_path / "g.nq")],
        capture_output=True, text=True, timeout=300, check=False,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert "form8k" in result.stdout


def test_build_writes_the_same_file_whatever_the_hash_seed(tmp_path):
    """The N-Quads file keeps the builder's order (it is not sorted): that order must not
    depend on string hashing, which changes from process to process."""
    exe = Path(sys.executable).parent / "kg"
    data = Path(__file__).parent / "data"
    inputs = [
        *map(str, sample_paths()),
        *(str(data / d) for d in ("form4_xml", "fullsub", "form8k")),
    ]
    outputs = []
    for seed in ("1", "2"):
        out = tmp_path / f"g{seed}.nq"
        result = subprocess.run(
            [str(exe), "build", *inputs, "-o", str(out), "--no-progress"],
            capture_output=True, text=True, timeout=600, check=False,
            env={**os.environ, "PYTHONHASHSEED": seed},
        )  # fmt: skip
        assert result.returncode == 0, result.stderr
        outputs.append(out.read_bytes())
    assert len(outputs[0]) > 100_000
    assert outputs[0] == outputs[1]
