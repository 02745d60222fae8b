"""Cross-check: Form D pages as EDGAR's HTML view shows them, against the XML extractor.

EDGAR renders every ``edgarSubmission`` XML as an HTML page (``xslFormDX01``). No
copy of such a page is in reach, so ``tests.layout.formd_html`` renders one from
each bundled XML after the page's known structure (see its docstring), and the
page is read through the normal path: HTML to text (``kg.ingest``), detection by
the registry, extraction by ``kg.extract.formd_text``. Every field must agree
with what ``kg.extract.formd_xml`` reads from the XML. What is not known about
the page (how an unticked box is drawn, whether a box shares its label's cell)
is varied rather than assumed.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from kg.extract import detect, extract, formd_xml
from kg.ingest import read_bytes
from tests.layout.formd_html import Style, render
from tests.test_crosscheck_formd_text import BASE, BUNDLED, EXTRA, FUND_TYPES, fields, pooled_fund

STYLES = {
    "empty-cell-boxes": Style(),
    "glyph-boxes": Style(empty="&#9744;"),
    "box-in-label-cell": Style(same_cell=True),
    "ballot-glyphs": Style(tick="&#9746;", empty="&#9744;"),
    "ballot-glyphs-in-label-cell": Style(tick="&#9746;", empty="&#9744;", same_cell=True),
}


def _differences(xml: bytes, name: str, style: Style) -> dict[str, tuple[object, object]]:
    want = fields(formd_xml.extract(read_bytes(xml, name + ".xml")))
    doc = read_bytes(render(xml, style).encode("utf-8"), name + ".html")
    assert doc.is_html
    assert detect(doc) == "formd_text"
    got = fields(extract(doc))
    return {key: (want[key], got.get(key)) for key in want if want[key] != got.get(key)}


@pytest.mark.parametrize("style", STYLES)
@pytest.mark.parametrize("path", BUNDLED, ids=lambda p: p.stem)
def test_html_page_reads_as_the_xml(path: Path, style: str) -> None:
    assert _differences(path.read_bytes(), path.stem, STYLES[style]) == {}


@pytest.mark.skipif(not EXTRA, reason="the shared corpus is not checked out")
@pytest.mark.parametrize("path", EXTRA, ids=lambda p: p.stem)
def test_corpus_html_page_reads_as_the_xml(path: Path) -> None:
    assert _differences(path.read_bytes(), path.stem, Style()) == {}


@pytest.mark.parametrize("fund", FUND_TYPES)
def test_pooled_fund_pages(fund: str) -> None:
    assert _differences(pooled_fund(fund), "fund", Style()) == {}


def test_the_page_is_html_with_the_forms_tables() -> None:
    """The rendering is what the tests claim: item tables by summary, boxes as cells."""
    page = render(BASE.read_bytes())
    for summary in ("Issuer Identity Information", "Related Persons", "Offering and Sales Amounts"):
        assert f'<table summary="{summary}"' in page
    assert '<td class="CheckBox">X</td><td class="FormText">New Notice</td>' in page
