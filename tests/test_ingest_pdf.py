"""PDFs a company printed: read through poppler's pdftotext, as the samples were dumped."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from kg.errors import BinaryInputError, EmptyInputError
from kg.ingest import read_bytes, read_file
from kg.pipeline import extract_paths

DATA = Path(__file__).parent / "data" / "form8k"
PDF = DATA / "axon_taser_8k_2005-03-21.pdf"
DUMP = DATA / "axon_taser_8k_2005-03-21.pdftotext.txt"  # made with pdftotext -enc UTF-8
# One empty page, no text layer (what a scan without OCR gives pdftotext).
EMPTY_PAGE = (
    b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
    b"2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
    b"3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 612 792]>>endobj\n"
    b"trailer<</Root 1 0 R>>\n%%EOF\n"
)


def test_pdf_reads_as_its_pdftotext_dump(pdftotext) -> None:
    doc = read_file(PDF)
    assert doc.text == DUMP.read_text(encoding="utf-8")
    assert doc.data == PDF.read_bytes()  # the document is the PDF: its hash names it


def test_pdf_yields_the_facts_of_its_dump(pdftotext) -> None:
    from_pdf, from_dump = extract_paths([PDF]), extract_paths([DUMP])
    assert not from_pdf.failures
    assert [e.kind for _, e in from_pdf.items] == ["form8k", "press"]
    assert [e.facts for _, e in from_pdf.items] == [e.facts for _, e in from_dump.items]
    assert [e.document for _, e in from_pdf.items] == [e.document for _, e in from_dump.items]


def test_pdf_that_pdftotext_cannot_read(pdftotext) -> None:
    with pytest.raises(BinaryInputError, match="pdftotext cannot read") as info:
        read_bytes(b"%PDF-1.7\n%\xe2\xe3 truncated", "inbox/cut.pdf")
    assert info.value.path == "inbox/cut.pdf"


def test_pdf_without_text_layer(pdftotext) -> None:
    with pytest.raises(EmptyInputError, match="without a text layer"):
        read_bytes(EMPTY_PAGE, "scan.pdf")


def test_pdf_without_pdftotext_is_reported(monkeypatch) -> None:
    monkeypatch.setattr(shutil, "which", lambda name: None)
    with pytest.raises(BinaryInputError, match="poppler-utils") as info:
        read_file(PDF)
    assert info.value.path == str(PDF)
