"""Reading inputs: bytes from disk to ``RawDocument``s an extractor can read.

Decoding, HTML-to-text and the splitting of full-submission files live here,
so extractors only ever see one document's text.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path

from kg.errors import BinaryInputError, EmptyInputError, InputError
from kg.model import Source

# What `kg build` picks up when given a folder.
# PDFs are read through poppler's pdftotext (kg.ingest.pdf), or reported when it is missing.
INPUT_SUFFIXES = frozenset({".txt", ".xml", ".htm", ".html", ".pdf"})


@dataclass(frozen=True)
class RawDocument:
    """One document's content, decoded, with where it came from."""

    source: Source
    data: bytes
    text: str

    @property
    def name(self) -> str:
        return self.source.name

    @cached_property
    def is_html(self) -> bool:
        """Does the content look like an HTML page (EDGAR 8-K, exhibit, rendered form)?"""
        return looks_like_html(self.text)

    @cached_property
    def plain_text(self) -> str:
        """The document as plain text: HTML rendered to text, anything else as is."""
        if self.is_html:
            from kg.ingest.html import html_to_text

            return html_to_text(self.text, self.name)
        return self.text


# An HTML page opens (after an XML declaration, comments or blank lines) with
# one of these tags; plain text that merely mentions "<p>" does not.
_HTML_START = re.compile(
    r"(?:\s|<\?xml[^>]*>|<!--.*?-->)*"
    r"<(!doctype html|html|head|body|div|p|table|font|center|title)[\s>/]",
    re.S,
)
# ...or has its <html>/<body> a little further down (a page behind a banner line).
_HTML_ANYWHERE = re.compile(r"<(html|body)[\s>]")
# Full-submission files are SGML wrappers around documents, not pages.
_SUBMISSION_START = ("<sec-document>", "<sec-header>", "<submission>", "-----begin privacy")


def looks_like_html(text: str) -> bool:
    """Is ``text`` an HTML page? Read from its first 4 KB."""
    head = text[:4096].lstrip("\ufeff \t\r\n").lower()
    if head.startswith(_SUBMISSION_START):
        return False
    if head.startswith("<document>"):
        # One document cut out of a submission with its SGML lines: judge
        # what follows <TEXT> (a 1990s exhibit there is plain text).
        at = head.find("<text>")
        head = head[at + 6 :].lstrip() if at >= 0 else ""
    return bool(_HTML_START.match(head) or _HTML_ANYWHERE.search(head))


def is_pdf(data: bytes) -> bool:
    """A PDF's bytes open with "%PDF" (some writers put whitespace before it)."""
    return data[:1024].lstrip().startswith(b"%PDF")


def decode(data: bytes, name: str) -> str:
    """Decode filing bytes: UTF-8 first, then cp1252, then Latin-1.

    EDGAR bodies are ASCII or UTF-8 in the main, but older filings and
    re-encoded HTTP captures carry cp1252 quotes; Latin-1 never fails, so it
    is the last resort, after a NUL-byte check has ruled out binaries.
    """
    if not data or data.isspace():  # strip() would copy the whole file
        raise EmptyInputError(name, "the file is empty")
    if is_pdf(data):
        raise BinaryInputError(name, "a PDF: read it with read_bytes (pdftotext), not decode")
    if b"\x00" in data[:8192]:
        raise BinaryInputError(name, "binary content (NUL bytes), not a text filing")
    for encoding in ("utf-8-sig", "cp1252"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    return data.decode("latin-1")


def read_bytes(data: bytes, name: str) -> RawDocument:
    """Wrap bytes already in memory (a bundled sample, a test) as a document."""
    source = Source(name=name, sha256=hashlib.sha256(data).hexdigest())
    if is_pdf(data):
        from kg.ingest.pdf import pdf_to_text  # a child process: only when a PDF comes

        return RawDocument(source=source, data=data, text=pdf_to_text(data, name))
    return RawDocument(source=source, data=data, text=decode(data, name))


def read_file(path: Path) -> RawDocument:
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise InputError(str(path), f"cannot read: {exc.strerror or exc}") from exc
    return read_bytes(data, str(path))


def expand_inputs(paths: Iterable[Path]) -> Iterator[Path]:
    """Files as given; folders walked recursively, in a stable order."""
    for path in paths:
        if path.is_dir():
            yield from sorted(
                p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in INPUT_SUFFIXES
            )
        else:
            yield path
