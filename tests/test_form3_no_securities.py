"""Form 3's statement that the reporting person owns no securities of the issuer
(``<noSecuritiesOwned>`` in ownershipDocument XML): ``DocumentInfo.no_securities_owned``
and ``ekg:noSecuritiesOwned`` on the document, checked against the XML of every bundled
Form 3 and through SPARQL. A form without the element says nothing: None, no triple.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from lxml import etree
from rdflib import Literal

from kg.extract import extract
from kg.graph.build import build_dataset
from kg.ingest import read_bytes
from kg.model import DocumentInfo
from kg.pipeline import extract_paths
from kg.vocab import EKG

HERE = Path(__file__).parent
NONE_OWNED = HERE / "data" / "formd_xml" / "edgartools_sunpower_hegde_form3_nosecurities.xml"
HELD_OUT = HERE / "data" / "heldout" / "struct2" / "o03_form3_no_securities.xml"
FORM3S = sorted(
    p
    for p in HERE.glob("data/**/*.xml")
    if re.search(rb"<documentType>\s*3", p.read_bytes()) and b"<ownershipDocument" in p.read_bytes()
)


def _stated(path: Path) -> bool | None:
    """The element read here with bare lxml: "1"/"true" is True, "0"/"false" False."""
    root = etree.fromstring(path.read_bytes().lstrip(), etree.XMLParser(resolve_entities=False))
    text = (root.findtext("noSecuritiesOwned") or "").strip().lower()
    return {"1": True, "true": True, "0": False, "false": False}.get(text)


def _info(path: Path) -> DocumentInfo:
    ((_, extraction),) = extract_paths([path]).items
    return extraction.document


def test_the_bundled_form3s_include_both_statements() -> None:
    assert {_stated(p) for p in FORM3S} >= {True, False}, [p.name for p in FORM3S]


@pytest.mark.parametrize("path", FORM3S, ids=[p.name for p in FORM3S])
def test_every_bundled_form3_reads_as_its_xml(path: Path) -> None:
    assert _info(path).no_securities_owned is _stated(path)


def test_the_statement_is_a_boolean_on_the_document() -> None:
    ds = build_dataset(extract_paths([NONE_OWNED, HELD_OUT]).items)
    rows = ds.query(
        """PREFIX ekg: <https://w3id.org/edgar-kg/ontology#>
        SELECT ?form ?none WHERE { GRAPH ?g { ?doc ekg:formType ?form ;
                                                   ekg:noSecuritiesOwned ?none } }"""
    )
    assert sorted((str(f), n) for f, n in rows) == [("3", Literal(True)), ("3", Literal(True))]


def test_an_unmarked_statement_is_false_and_a_form4_says_nothing() -> None:
    data = NONE_OWNED.read_bytes()
    unmarked = data.replace(b"<noSecuritiesOwned>1<", b"<noSecuritiesOwned>0<")
    assert unmarked != data
    doc = read_bytes(unmarked, "unmarked.xml")
    extraction = extract(doc)
    assert extraction.document.no_securities_owned is False
    assert (None, EKG.noSecuritiesOwned, Literal(False)) in build_dataset(
        [(doc.source, extraction)]
    )
    form4 = HERE / "data" / "form4_xml" / "edgartools_snowflake_scarpelli_form4.xml"
    assert _info(form4).no_securities_owned is None
    graph = build_dataset(extract_paths([form4]).items)
    assert not list(graph.quads((None, EKG.noSecuritiesOwned, None, None)))
