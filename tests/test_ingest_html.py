"""HTML to text: real EDGAR pages (tests/data/html/, origins in SOURCES.md)
and small synthetic pages for the edge cases."""

from __future__ import annotations

from pathlib import Path

import pytest

from kg.ingest import read_bytes, read_file
from kg.ingest.html import html_to_text

DATA = Path(__file__).parent / "data" / "html"


def text_of(name: str) -> str:
    doc = read_file(DATA / name)
    assert doc.is_html, name
    return doc.plain_text


def lines_of(name: str) -> list[str]:
    return text_of(name).split("\n")


def test_8k_key_sentences_survive_and_tags_are_gone() -> None:
    text = text_of("cassette_exelon_8k_2005.htm")
    lines = text.split("\n")
    assert (
        "Item 5.02. Departure of Directors or Principal Officers; Election of Directors; "
        "Appointment of Principal Officers." in lines
    )
    assert (
        "On April 26, 2005, the board of directors of Exelon Corporation elected Thomas J. "
        "Ridge to serve as a Class I director, effective May 2, 2005." in text
    )
    assert "10 South Dearborn Street — 37th Floor" in lines  # &#151; (cp1252 range)
    assert "<" not in text and ">" not in text
    assert "e8vk" not in text  # the <title> is not page text
    assert "PAGEBREAK" not in text  # comments are dropped


def test_inline_xbrl_header_is_hidden() -> None:
    text = text_of("edgartools_acorn_energy_8k_2025-01-06.htm")
    assert text.startswith("UNITED STATES\n")  # the page ends lines with bare CRs
    assert "Date of Report (Date of earliest event reported) January 6, 2025" in text
    assert "ACORN ENERGY, INC." in text
    # Facts inside <div style="display: none"><ix:header> never show.
    assert "iso4217" not in text and "AsOf2025" not in text and "0000880984" not in text
    # ...while inline-tagged facts in the visible page stay.
    assert "Delaware\t001-33886\t22-2786081" in text  # spacer columns dropped


def test_table_cells_are_tab_separated() -> None:
    lines = lines_of("edgartools_1800flowers_8k_2023-12-14.html")
    assert "Nominee\tFor\tWithheld\tBroker Non-Votes" in lines
    assert "Celia R. Brown\t281,090,975\t8,149,740\t3,936,780" in lines
    assert "Delaware\t0-26841\t11-3117311" in lines
    assert "Class A Common Stock\tFLWS\tThe Nasdaq Stock Market" in lines


def test_empty_cells_keep_their_column() -> None:
    """An EDGAR-rendered Form 4: empty cells stay as tabs so columns line up."""
    text = text_of("edgartools_evans_bancorp_sullivan_form4.rendered.html")
    assert "Common Stock\t01/24/2023\t\tA\t\t519(1)\tA\t$39.52\t5,381.2\tD" in text.split("\n")
    assert "FormData" not in text and "font-family" not in text  # <style> dropped
    assert "(Last)\t(First)\t(Middle)" in text


def test_line_breaks_written_as_character_references() -> None:
    lines = lines_of("edgarwebr_ford_8k_2017_EX_99.htm")
    assert (
        "NEW YORK, Oct. 3, 2017 – Ford Motor Company today is providing a strategic update to"
        in lines
    )
    assert len(lines) > 100


def test_exhibit_cut_from_a_submission_loses_its_sgml_lines() -> None:
    text = text_of("edgartools_buckle_8k_2024-11-22_EX_99_1.html")
    assert text.startswith("Exhibit 99.1\n")
    assert "<TYPE>" not in text and "bke20241122-8kexhibit.htm" not in text
    assert "THE BUCKLE, INC. REPORTS THIRD QUARTER NET INCOME" in text.split("\n")


def test_plain_text_8k_is_not_html() -> None:
    doc = read_file(DATA / "edgartools_aames_capital_8k_1998.txt")
    assert not doc.is_html
    assert doc.plain_text == doc.text


@pytest.mark.parametrize(
    "text",
    [
        b"Use <p> to start a paragraph and <table> for tables.\nFORM 8-K\n",
        b'<?xml version="1.0"?>\n<ownershipDocument><remarks>a <b> c</remarks></ownershipDocument>',
        b"<SEC-DOCUMENT>0000000000-00-000000.txt : 20000101\n<SEC-HEADER>\n<html>\n",
        b"<DOCUMENT>\n<TYPE>EX-20\n<TEXT>\n   STATEMENT\n<TABLE>\n<S> <C>\n</TABLE>\n</TEXT>\n",
    ],
)
def test_is_html_is_not_fooled(text: bytes) -> None:
    assert not read_bytes(text, "x.txt").is_html


@pytest.mark.parametrize(
    "text",
    [
        b"<HTML><BODY><P>x</P></BODY></HTML>",
        b'\n<?xml version="1.0"?>\n<!-- made by a tool -->\n<html xmlns="x"><body>x</body></html>',
        b"<!DOCTYPE html PUBLIC><html><body>x</body></html>",
        b"<DIV>x</DIV>",
    ],
)
def test_is_html_recognises_pages(text: bytes) -> None:
    assert read_bytes(text, "x.htm").is_html


# --- synthetic edge cases -------------------------------------------------------


def test_nesting_2000_deep_keeps_the_innermost_text() -> None:
    html = "<html><body>" + "<div>" * 2000 + "<p>innermost</p>" + "</div>" * 2000
    html += "<p>after</p></body></html>"
    assert html_to_text(html, "deep.htm") == "innermost\n\nafter\n"
    inline = "<body>" + "<span><b>" * 2000 + "deep inline" + "</b></span>" * 2000 + "</body>"
    assert html_to_text(inline, "deep.htm") == "deep inline\n"


def test_entities_are_decoded() -> None:
    html = "<p>A&nbsp;B&#160;C &amp; D &lt;E&gt; caf&eacute; &#x2014; &#150; &quot;q&quot;</p>"
    assert html_to_text(html, "x.htm") == 'A B C & D <E> café — – "q"\n'


def test_scripts_styles_heads_and_comments_are_dropped() -> None:
    html = (
        "<html><head><title>T</title><style>p {color: red}</style></head><body>"
        "<script type='text/javascript'>if (a < b) { document.write('x'); }</script>"
        "<!-- a <p>comment</p> --><p>Visible</p><noscript>fallback</noscript></body></html>"
    )
    assert html_to_text(html, "x.htm") == "Visible\n\nfallback\n"


def test_display_none_is_hidden_but_an_unclosed_one_is_not() -> None:
    html = '<p>a</p><div style="display:none"><div>hidden</div></div><p>b</p>'
    assert html_to_text(html, "x.htm") == "a\n\nb\n"
    broken = '<p>a</p><div style="DISPLAY: none"><p>b</p><p>c</p>'
    assert html_to_text(broken, "x.htm") == "a\n\nb\n\nc\n"


def test_whitespace_folded_blank_lines_collapsed() -> None:
    html = "<div>  one\n   two\t three </div><br><br><br><br><div>four</div>"
    assert html_to_text(html, "x.htm") == "one two three\n\nfour\n"


def test_inline_elements_do_not_split_words() -> None:
    html = "<p><b>Item</b>&nbsp;<i>5.02</i><span>.</span> Departure</p>"
    assert html_to_text(html, "x.htm") == "Item 5.02. Departure\n"


def test_cells_holding_several_lines_are_laid_out_one_after_another() -> None:
    html = (
        "<table><tr><td>Date: March 1, 2024</td>"
        "<td>By: /s/ A. Signer<br>Name: A. Signer<br>Title: Secretary</td></tr></table>"
    )
    assert html_to_text(html, "x.htm") == (
        "Date: March 1, 2024\nBy: /s/ A. Signer\nName: A. Signer\nTitle: Secretary\n"
    )


def test_nested_table_inside_a_cell() -> None:
    html = (
        "<table><tr><td><table><tr><td>a</td><td>b</td></tr></table></td></tr>"
        "<tr><td>c</td><td>d</td></tr></table><p>end</p>"
    )
    assert html_to_text(html, "x.htm") == "a\tb\nc\td\n\nend\n"


def test_pre_keeps_its_layout() -> None:
    html = "<pre>Name        Shares\nA Person      1,000\n</pre><p>after</p>"
    assert html_to_text(html, "x.htm") == "Name        Shares\nA Person      1,000\n\nafter\n"


def test_quoted_angle_bracket_in_attribute() -> None:
    html = '<p title="a > b">text</p><img alt="x>y" src="i.gif"><p>more</p>'
    assert html_to_text(html, "x.htm") == "text\n\nmore\n"


def test_a_megabyte_page_loses_nothing() -> None:
    # Speed is measured in `make bench`, never asserted here.
    page = (DATA / "edgartools_1800flowers_8k_2023-12-14.html").read_text(encoding="utf-8")
    html = page * (1_000_000 // len(page) + 1)
    text = html_to_text(html, "big.htm")
    assert text.count("Celia R. Brown\t281,090,975") == html.count("Celia R. Brown")
