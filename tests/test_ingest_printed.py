"""Printed filings (PDF-to-text): the exhibits after the signature are documents of their own."""

from __future__ import annotations

from pathlib import Path

from rdflib import Literal, URIRef

from kg.ingest import read_bytes, read_file
from kg.ingest.printed import split_printed
from kg.model import Agreement, Position
from kg.pipeline import Extracted, build, extract_document
from kg.vocab import EKG

DATA = Path(__file__).parent / "data"
PRESS_8K = DATA / "form8k" / "axon_taser_8k_2005-03-21.pdftotext.txt"
AGREEMENT_8K = DATA / "form8k" / "axon_taser_8k_2006-11-06.pdftotext.txt"
RELEASE = "x" * 40 + "\n" + "A release of the company, long enough to be an exhibit. " * 5


def _extracted(path: Path) -> Extracted:
    into = Extracted()
    extract_document(read_file(path), into)
    return into


def test_exhibit_99_after_the_signature_is_cut_out() -> None:
    doc = read_file(PRESS_8K)
    split = split_printed(doc)
    assert split.types == ("EX-99.1",)
    (exhibit,) = split.exhibits
    assert exhibit.text.lstrip("\f").startswith("Exhibit 99.1\nCONTACT:")
    assert exhibit.name == f"{doc.name}#EX-99.1" and exhibit.source.part == 1
    # Nothing is lost: the report and its exhibits are the whole text, in order.
    assert split.report.text + exhibit.text == doc.text
    assert "/s/" in split.report.text and "/s/" not in exhibit.text
    assert split.report.source == doc.source  # the report keeps the file's identity


def test_printed_press_release_goes_to_the_press_extractor() -> None:
    extracted = _extracted(PRESS_8K)
    kinds = [extraction.kind for _, extraction in extracted.items]
    assert kinds == ["form8k", "press"]
    release = extracted.items[1][1]
    assert release.document.form_type == "PressRelease"
    assert release.document.title.startswith("TASER International Names Former Montana Governor")
    held = {(f.holder.name, f.title) for f in release.facts if isinstance(f, Position)}
    assert ("Steve Tuttle", "Vice President of Communications") in held
    # The report no longer reads the release's people as its own.
    report_people = {f.holder.name for f in extracted.items[0][1].facts if isinstance(f, Position)}
    assert "Steve Tuttle" not in report_people


def test_printed_agreement_goes_to_the_agreement_extractor() -> None:
    extracted = _extracted(AGREEMENT_8K)
    kinds = {extraction.kind for _, extraction in extracted.items}
    assert kinds == {"form8k", "agreement"}
    agreement = next(e for _, e in extracted.items if e.kind == "agreement")
    assert any(isinstance(f, Agreement) for f in agreement.facts)


def test_one_named_graph_per_printed_document() -> None:
    result = build([PRESS_8K])
    graphs = {g.identifier for g in result.dataset.graphs() if isinstance(g.identifier, URIRef)} - {
        URIRef("urn:x-rdflib:default")
    }
    assert len(graphs) == 2
    names = set(result.dataset.objects(None, EKG.sourceFile))
    assert names == {Literal(PRESS_8K.name), Literal(f"{PRESS_8K.name}#EX-99.1")}


def test_headings_before_the_signature_open_no_exhibit() -> None:
    text = f"Item 9.01 Exhibits\nExhibit 99.1\n{RELEASE}\nSIGNATURES\nBy: /s/ Jane Doe\n"
    assert split_printed(read_bytes(text.encode(), "x.txt")).exhibits == ()


def test_short_heading_and_page_headers_open_no_exhibit() -> None:
    page = f"EXHIBIT 99.1\n{RELEASE}"
    text = f"By: /s/ Jane Doe\nEXHIBIT 16\nshort\n{page}\f\n{page}"
    split = split_printed(read_bytes(text.encode(), "x.txt"))
    assert split.types == ("EX-99.1",)  # one exhibit across its two pages
    assert split.report.text.endswith("short\n")


def test_html_is_never_split() -> None:
    page = f"<html><body><p>/s/ Jane Doe</p>\n<p>\nEXHIBIT 99.1\n</p><p>{RELEASE}</p></body></html>"
    doc = read_bytes(page.encode(), "x.htm")
    assert split_printed(doc).exhibits == ()


def test_unread_exhibit_is_reported_as_skipped_not_lost() -> None:
    text = (
        "FORM 8-K\nCURRENT REPORT\n"
        "Date of Report (Date of earliest event reported): March 1, 2024\n"
        "Item 4.01 Changes in Registrant's Certifying Accountant\n"
        "The registrant dismissed its accountant.\nSIGNATURES\nBy: /s/ Jane Doe\n"
        f"EXHIBIT 16\n{'We have read the statements and agree with them. ' * 6}\n"
    )
    into = Extracted()
    extract_document(read_bytes(text.encode(), "letter.txt"), into)
    assert [e.kind for _, e in into.items] == ["form8k"]
    assert into.skipped == ["letter.txt#EX-16 (EX-16)"]
