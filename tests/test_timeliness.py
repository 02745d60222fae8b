"""The "Timeliness" box of ownership XML transactions (``<transactionTimeliness>``: "L"
reported after the Section 16(a) due date, "E" before it, empty on time):
``Transaction.timeliness`` and ``ekg:timeliness``, checked against a bare lxml reading of
every bundled ownership XML, through SPARQL, and for values the schema does not allow.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from lxml import etree

from kg.cli import main
from kg.extract import extract
from kg.graph.build import build_dataset
from kg.ingest import read_bytes
from kg.model import Transaction
from kg.pipeline import extract_paths

HERE = Path(__file__).parent
MARKED = HERE / "data" / "heldout" / "struct2" / "o07_timeliness_swap.xml"
OWNERSHIP = sorted(
    p for p in HERE.glob("data/**/*.xml") if b"<ownershipDocument" in p.read_bytes()[:4096]
)
_TABLES = ("nonDerivativeTable/nonDerivativeTransaction", "derivativeTable/derivativeTransaction")


def _stated(path: Path) -> list[str | None]:
    """Each transaction row's box, read here with bare lxml, Table I then Table II."""
    parser = etree.XMLParser(resolve_entities=False, no_network=True)
    root = etree.fromstring(path.read_bytes().lstrip(b"\xef\xbb\xbf \r\n"), parser)
    boxes = []
    owners = len(root.findall("reportingOwner"))  # a row is one Transaction per owner
    for table in _TABLES:
        for row in root.iterfind(table):
            text = (row.findtext("transactionTimeliness/value") or "").strip().upper()
            boxes += [text if text in ("E", "L") else None] * owners
    return boxes


def _read(data: bytes, name: str = "form.xml") -> list[Transaction]:
    facts = extract(read_bytes(data, name)).facts
    rows = [f for f in facts if isinstance(f, Transaction)]
    return [t for t in rows if not t.is_derivative] + [t for t in rows if t.is_derivative]


def test_the_bundled_filings_include_late_and_early_lines() -> None:
    assert {"L", "E"} <= {box for p in OWNERSHIP for box in _stated(p)}


@pytest.mark.parametrize("path", OWNERSHIP, ids=[p.name for p in OWNERSHIP])
def test_every_bundled_ownership_xml_reads_as_its_boxes(path: Path) -> None:
    assert [t.timeliness for t in _read(path.read_bytes(), path.name)] == _stated(path)


def test_late_lines_through_sparql() -> None:
    ds = build_dataset(extract_paths([MARKED]).items)
    rows = ds.query(
        """PREFIX ekg: <https://w3id.org/edgar-kg/ontology#>
        SELECT ?code ?when WHERE { GRAPH ?g { ?t a ekg:Transaction ; ekg:timeliness "L" ;
                                                ekg:transactionCode ?code ;
                                                ekg:transactionDate ?when } }"""
    )
    assert sorted((str(c), str(w)) for c, w in rows) == [("J", "2011-08-02"), ("J", "2011-08-02")]


@pytest.mark.parametrize(
    ("box", "read"),
    [(b"l", "L"), (b" E ", "E"), (b"", None), (b"X", None), (b"Late", None)],
)
def test_only_the_two_codes_are_kept(box: bytes, read: str | None) -> None:
    data = MARKED.read_bytes().replace(
        b"<value>L</value></transactionTimeliness>",
        b"<value>" + box + b"</value></transactionTimeliness>",
        1,
    )
    assert _read(data)[0].timeliness == read


def test_the_transactions_query_shows_late_lines(capsys, tmp_path: Path) -> None:
    graph = tmp_path / "g.trig"
    assert main(["build", str(MARKED), "-o", str(graph), "--no-progress"]) == 0
    capsys.readouterr()
    assert main(["query", str(graph), "transactions", "--format", "json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    late = sorted((r["code"], r["derivative"]) for r in rows if r.get("timeliness") == "L")
    assert late == [("J", "false"), ("J", "true")]
    assert {r.get("timeliness") for r in rows} == {"L", "E"}
