"""HTML table rows as tab-separated lines whose columns line up (kg.ingest.html_tables).

Real EDGAR pages from tests/data (origins in each folder's SOURCES.md) show where the
old renderer shifted a row: it dropped a row's leading empty cells and ignored
colspan/rowspan, so a value landed under another column's heading. Small made-up
tables pin down the rules and the limits on hostile input.
"""

from __future__ import annotations

import time
from pathlib import Path

from kg.ingest import read_file
from kg.ingest.html import html_to_text
from kg.ingest.submission import split_submission

DATA = Path(__file__).parent / "data"


def _lines(path: Path) -> list[str]:
    doc = read_file(path)
    assert doc.is_html, path
    return doc.plain_text.split("\n")


def _row(lines: list[str], first: str) -> list[str]:
    """The cells of the first line whose text (leading tabs aside) starts with ``first``."""
    return next(line.split("\t") for line in lines if line.lstrip("\t").startswith(first))


def _column(cells: list[str], starts: str) -> int:
    return next(i for i, cell in enumerate(cells) if cell.startswith(starts))


# --- real pages ----------------------------------------------------------------------


def test_rendered_form4_second_header_row_sits_under_its_headings() -> None:
    """Table I's "1. Title of Security" covers two header rows (rowspan) and "3.
    Transaction Code" two columns (colspan): "Code", "V", "Amount" belong over the
    data row's code, V and amount, not under the title and dates."""
    lines = _lines(DATA / "html" / "edgartools_evans_bancorp_sullivan_form4.rendered.html")
    heading = _row(lines, "1. Title of Security")
    sub = _row(lines, "Code\tV\tAmount")
    data = _row(lines, "Common Stock\t01/24/2023")
    assert data[:8] == ["Common Stock", "01/24/2023", "", "A", "", "519(1)", "A", "$39.52"]
    code, amount, price = sub.index("Code"), sub.index("Amount"), sub.index("Price")
    assert (code, amount, price) == (3, 5, 7)
    assert data[code] == "A" and data[amount] == "519(1)" and data[price] == "$39.52"
    assert heading[code].startswith("3. Transaction Code")
    assert heading[amount].startswith("4. Securities Acquired")
    assert heading[8].startswith("5. Amount of Securities Beneficially Owned")
    assert data[8] == "5,381.2"


def test_co_registrant_address_stays_under_the_registrant_heading() -> None:
    """A cover table of two registrants: the state and address lines under each name
    start with an empty "Commission File Number" cell."""
    lines = _lines(DATA / "form8k" / "edgartools_lge_ku_8k_0001104659-03-004925_2003.html")
    heading = _row(lines, "Commission")
    registrant = _column(heading, "Registrant, State of Incorporation")
    assert _row(lines, "2-26720")[registrant] == "Louisville Gas and Electric Company"
    for line in ("(A Kentucky Corporation)", "220 West Main Street", "(859) 255-2100"):
        assert _row(lines, line).index(line) == registrant


def test_signer_title_stays_under_the_signature_not_the_date() -> None:
    lines = _lines(DATA / "form8k" / "edgartools_lge_ku_8k_0001104659-03-004925_2003.html")
    signed = _row(lines, "Dated:")
    assert signed == ["Dated:", "March 25, 2003", "By:", "/s/ John R. McCall"]
    assert _row(lines, "Executive Vice President,") == ["", "", "", "Executive Vice President,"]


def test_signature_block_beside_the_date_keeps_its_column() -> None:
    lines = _lines(DATA / "form8k" / "secedgardownloader_apple_8k_2019-11-07.htm")
    assert _row(lines, "Date: November 15, 2019") == ["Date: November 15, 2019", "Apple Inc."]
    assert _row(lines, "By:") == ["", "By:", "/s/ Luca Maestri"]
    assert _row(lines, "Luca Maestri") == ["", "", "Luca Maestri"]


def test_second_exchange_listing_keeps_the_trading_symbol_column() -> None:
    """The 12(b) table lists a class twice; the second row leaves "Title of each class"
    empty, and its symbol must not be read as the class."""
    sub = split_submission(read_file(DATA / "fullsub" / "cassette_3m_8k_2024-03-08.txt"))
    page = next(d for d, kind in zip(sub.documents, sub.types, strict=True) if kind == "8-K")
    lines = page.plain_text.split("\n")
    heading = _row(lines, "Title of each class")
    assert heading == [
        "Title of each class",
        "Trading Symbol(s)",
        "Name of each exchange on which registered",
    ]
    assert _row(lines, "MMM\tChicago") == ["", "MMM", "Chicago Stock Exchange, Inc."]
    assert _row(lines, "Michael M. Dai") == ["", "Michael M. Dai"]
    assert _row(lines, "By:") == ["By:", "/s/ Michael M. Dai"]


# --- the rules, on made-up tables -----------------------------------------------------


def test_leading_empty_cells_keep_their_column_when_another_row_uses_it() -> None:
    html = (
        "<table><tr><td>Date: May 1, 2024</td><td>By: /s/ A. Signer</td></tr>"
        "<tr><td></td><td>Name: A. Signer</td></tr>"
        "<tr><td>&nbsp;</td><td>Title: Secretary</td></tr></table>"
    )
    assert html_to_text(html, "x.htm") == (
        "Date: May 1, 2024\tBy: /s/ A. Signer\n\tName: A. Signer\n\tTitle: Secretary\n"
    )


def test_a_column_empty_in_every_row_is_a_spacer_and_goes() -> None:
    html = (
        "<table><tr><td></td><td></td><td>Name</td><td></td><td>Title</td></tr>"
        "<tr><td></td><td></td><td></td><td></td><td>Director</td></tr></table>"
    )
    assert html_to_text(html, "x.htm") == "Name\tTitle\n\tDirector\n"


def test_a_width_setting_row_of_empty_cells_adds_no_columns() -> None:
    html = (
        "<table><tr><td></td><td></td><td></td><td></td><td></td><td></td></tr>"
        '<tr><td colspan="2"></td><td colspan="4">ACME CORP.</td></tr>'
        '<tr><td colspan="2"></td><td colspan="2">By:</td><td colspan="2">/s/ A. Signer</td></tr>'
        '<tr><td colspan="4"></td><td colspan="2">A. Signer</td></tr></table>'
    )
    assert html_to_text(html, "x.htm") == "ACME CORP.\nBy:\t/s/ A. Signer\n\tA. Signer\n"


def test_a_heading_spanning_a_spacer_sits_over_the_values() -> None:
    html = (
        '<table><tr><td colspan="2">Exhibit No.</td><td></td><td>Description</td></tr>'
        "<tr><td></td><td>99.1</td><td></td><td>Press release</td></tr></table>"
    )
    assert html_to_text(html, "x.htm") == "Exhibit No.\tDescription\n99.1\tPress release\n"


def test_rowspan_pushes_the_next_rows_cells_right() -> None:
    html = (
        '<table><tr><th rowspan="2">Title</th><th colspan="2">Code</th><th rowspan=2>Price</th>'
        "</tr><tr><th>Code</th><th>V</th></tr>"
        "<tr><td>Common Stock</td><td>S</td><td></td><td>$9.50</td></tr></table>"
    )
    assert (
        html_to_text(html, "x.htm") == "Title\tCode\t\tPrice\n\tCode\tV\nCommon Stock\tS\t\t$9.50\n"
    )


def test_text_between_rows_keeps_its_place() -> None:
    html = "<table>before<tr><td>a</td><td>b</td></tr>between<tr><td></td><td>c</td></tr></table>"
    assert html_to_text(html, "x.htm") == "before\na\tb\nbetween\n\tc\n"


def test_multi_line_cells_are_still_laid_out_cell_after_cell() -> None:
    html = (
        "<table><tr><td>Date: March 1, 2024</td><td></td></tr>"
        "<tr><td></td><td>By: /s/ A. Signer<br>Name: A. Signer</td></tr></table>"
    )
    assert (
        html_to_text(html, "x.htm") == "Date: March 1, 2024\nBy: /s/ A. Signer\nName: A. Signer\n"
    )


def test_nested_table_text_below_the_parser_depth_limit_is_kept() -> None:
    deep = "<div>" * 300 + "deep text" + "</div>" * 300
    html = f"<table><tr><td></td><td>x</td></tr><tr><td>{deep}</td><td></td></tr></table>"
    assert html_to_text(html, "x.htm") == "\tx\ndeep text\n"


# --- hostile input --------------------------------------------------------------------


def test_absurd_spans_cannot_blow_up_the_text() -> None:
    """A few bytes of colspan could ask for thousands of tab positions a row; the
    table is then printed cell after cell, and rowspans are capped."""
    header = "<tr>" + "<td>x</td>" * 2000 + "</tr>"
    sparse = "<tr>" + '<td colspan="999999"></td>' * 3 + "<td>y</td></tr>"
    html = f"<table>{header}{sparse * 2000}</table>"
    started = time.perf_counter()
    text = html_to_text(html, "x.htm")
    assert time.perf_counter() - started < 20
    assert len(text) < 2 * len(html)
    assert text.count("y") == 2000 and text.count("x") == 2000
    storm = "<table><tr>" + '<td rowspan="65534">a</td>' * 3000 + "</tr>"
    storm += "<tr><td>b</td></tr>" * 3000 + "</table>"
    text = html_to_text(storm, "x.htm")
    assert text.count("b") == 3000 and text.count("a") == 3000
    # a cell covered from above for at most 64 rows: later rows start in column 0 again
    assert text.rstrip("\n").split("\n")[-1] == "b"
