"""Form 5's check boxes "Form 3 Holdings Reported" and "Form 4 Transactions Reported",
statements about the filing (``DocumentInfo``), in every layout the readers take: the
ownershipDocument XML, EDGAR's rendered page, its print dumped to text and the typed
pre-2003 form. A Form 3 or 4 has no such boxes: None, never False.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from rdflib import Literal

from kg.extract import form4_html, form4_text, form4_typed, form4_xml
from kg.graph.build import build_dataset
from kg.ingest import read_bytes
from kg.model import DocumentInfo
from kg.pipeline import extract_paths
from kg.vocab import EKG
from tests.layout.form4_html import render as render_page
from tests.layout.form4_pdftext import render as render_print

HERE = Path(__file__).parent
DATA = HERE / "data" / "form4_xml"
FORM5 = DATA / "datamule_Tesla_Inc_0000899243-23-004992_form5.xml"
FORM4 = DATA / "edgartools_snowflake_scarpelli_form4.xml"
TYPED = HERE / "data" / "form4_typed" / "edgartools_productivity_tech_foster_form4_2000.txt"
SEED_PRINT = HERE / "data" / "form4_text" / "001_e522093d6283adcf.txt"
PAIRS = [(False, False), (True, False), (False, True), (True, True)]


def _boxes(info: DocumentInfo) -> tuple[bool | None, bool | None]:
    return info.form3_holdings_reported, info.form4_transactions_reported


def _form5(holdings: bool, trades: bool) -> bytes:
    """The bundled Form 5 with its two boxes set (it files both unmarked, "0")."""
    xml = FORM5.read_text(encoding="utf-8")
    for tag, on in (("form3HoldingsReported", holdings), ("form4TransactionsReported", trades)):
        xml, n = re.subn(rf"<{tag}>0<", f"<{tag}>{int(on)}<", xml)
        assert n == 1, tag
    return xml.encode("utf-8")


def test_xml_reads_the_boxes_as_filed() -> None:
    """The bundled Form 5 writes <form3HoldingsReported>0 and <form4TransactionsReported>0."""
    info = form4_xml.extract(read_bytes(FORM5.read_bytes(), FORM5.name)).document
    assert info.form_type == "5"
    assert _boxes(info) == (False, False)


@pytest.mark.parametrize(("holdings", "trades"), PAIRS)
def test_xml_reads_each_box(holdings: bool, trades: bool) -> None:
    info = form4_xml.extract(read_bytes(_form5(holdings, trades), "form5.xml")).document
    assert _boxes(info) == (holdings, trades)


def test_form4_has_no_form5_boxes() -> None:
    assert _boxes(form4_xml.extract(read_bytes(FORM4.read_bytes(), FORM4.name)).document) == (
        None,
        None,
    )
    seed = form4_text.extract(read_bytes(SEED_PRINT.read_bytes(), SEED_PRINT.name)).document
    assert _boxes(seed) == (None, None)  # "Form 4 or Form 5 obligations may continue" is no box
    typed = form4_typed.extract(read_bytes(TYPED.read_bytes(), TYPED.name)).document
    assert _boxes(typed) == (None, None)


@pytest.mark.parametrize(("holdings", "trades"), PAIRS)
def test_rendered_page_reads_as_the_xml(holdings: bool, trades: bool) -> None:
    page = render_page(_form5(holdings, trades))
    info = form4_html.extract(read_bytes(page.encode("utf-8"), "form5.html")).document
    assert info.form_type == "5"
    assert _boxes(info) == (holdings, trades)


def test_rendered_form4_pages_have_no_form5_boxes() -> None:
    for name in ("edgartools_evans_bancorp_sullivan_form4.rendered.html",):
        page = (DATA / name).read_bytes()
        assert _boxes(form4_html.extract(read_bytes(page, name)).document) == (None, None)


_SECTION16 = "See Instruction 1(b).\n"


@pytest.mark.parametrize(("holdings", "trades"), PAIRS)
def test_print_reads_marked_boxes(holdings: bool, trades: bool) -> None:
    """The page printed to text: the boxes' rows under the Section 16 box, "X" before a
    marked label (as box 5's marks print)."""
    text = render_print(FORM5.read_bytes())
    assert _SECTION16 in text
    labels = ("Form 3 Holdings Reported.", "Form 4 Transactions Reported.")
    rows = "".join(
        f"\n{'X ' if on else ''}{label}\n"
        for on, label in zip((holdings, trades), labels, strict=True)
    )
    text = text.replace(_SECTION16, _SECTION16 + rows, 1)
    info = form4_text.extract(read_bytes(text.encode("utf-8"), "form5.txt")).document
    assert info.form_type == "5"
    assert _boxes(info) == (holdings, trades)


def test_print_blank_boxes_are_unmarked() -> None:
    text = render_print(FORM5.read_bytes()).replace(
        _SECTION16,
        _SECTION16 + "\n___ Form 3 Holdings Reported.\n\nX Form 4 Transactions Reported.\n",
        1,
    )
    info = form4_text.extract(read_bytes(text.encode(), "form5.txt")).document
    assert _boxes(info) == (False, True)


def test_typed_form5_boxes() -> None:
    """A pre-2003 typed Form 5: "( )" and "(X)" before the labels."""
    text = TYPED.read_text(encoding="utf-8")
    boxes = "( ) Form 3 Holdings Reported\n(X) Form 4 Transactions Reported\n"
    for old, new in (
        ("FORM 4\nSTATEMENT OF CHANGES", "FORM 5\nANNUAL STATEMENT OF CHANGES"),
        ("See Instructions 1(b).\n", "See Instructions 1(b).\n" + boxes),
    ):
        assert old in text
        text = text.replace(old, new, 1)
    info = form4_typed.extract(read_bytes(text.encode(), "form5.txt")).document
    assert info.form_type == "5"
    assert _boxes(info) == (False, True)


def test_graph_states_the_boxes_of_the_filing(tmp_path: Path) -> None:
    path = tmp_path / "form5.xml"
    path.write_bytes(_form5(True, False))
    extracted = extract_paths([path])
    ds = build_dataset(extracted.items, extracted.same)
    assert (None, EKG.form3HoldingsReported, Literal(True)) in ds
    assert (None, EKG.form4TransactionsReported, Literal(False)) in ds
