"""Printed filings: a report and the exhibits printed after its signature.

A filing printed to PDF and converted to text (pdftotext) runs its exhibits on
after the report's signature block, each under a heading line of its own
("EXHIBIT 99.1", "Exhibit 10.17", "EX-99.1"). ``split_printed`` cuts them out
as documents of their own, as ``kg.ingest.submission`` does for the
``<DOCUMENT>``s of a full submission, so that a press release printed as
Exhibit 99.1 reaches the press-release extractor and an agreement printed as
Exhibit 10.1 the agreement extractor.

Only plain text is split (an HTML page or XML document carries its exhibits
in files of its own), and only after a ``/s/`` signature: the exhibit list of
Item 9.01 comes before it, and a heading there opens no exhibit.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass

from kg.ingest import RawDocument
from kg.model import Source

# A page break (form feed) may open the line: pdftotext starts each page with one.
_HEADING = re.compile(
    r"^[ \t\f]*(?:EXHIBIT|EX-)[ \t]*(\d{1,3}(?:\.\d{1,3})?)[ \t]*$", re.IGNORECASE | re.MULTILINE
)
_SIGNED = re.compile(r"/s/", re.IGNORECASE)
# A heading followed by less than this is a page header or an index line, not an exhibit.
_MIN_EXHIBIT_CHARS = 200


@dataclass(frozen=True)
class Printed:
    """The report itself and its exhibits; ``types`` ("EX-99.1") runs parallel to ``exhibits``."""

    report: RawDocument
    exhibits: tuple[RawDocument, ...] = ()
    types: tuple[str, ...] = ()


def split_printed(doc: RawDocument) -> Printed:
    """The report and the exhibits printed after its signature (none for most documents)."""
    text = doc.text
    if text.lstrip("\ufeff \t\r\n").startswith("<") or doc.is_html:  # XML, SGML or a page
        return Printed(doc)
    starts = exhibit_starts(text)
    if not starts:
        return Printed(doc)
    ends = [start for start, _ in starts[1:]] + [len(text)]
    exhibits = tuple(
        _exhibit(doc, index, text[start:end], number)
        for index, ((start, number), end) in enumerate(zip(starts, ends, strict=True), 1)
    )
    report = RawDocument(source=doc.source, data=doc.data, text=text[: starts[0][0]])
    return Printed(report, exhibits, tuple(f"EX-{number}" for _, number in starts))


def exhibit_starts(text: str) -> list[tuple[int, str]]:
    """(offset, number) of each exhibit printed after the signature of ``text``."""
    signed = _SIGNED.search(text)
    starts: list[tuple[int, str]] = []
    for m in _HEADING.finditer(text, signed.end()) if signed else ():
        repeated = bool(starts) and starts[-1][1] == m.group(1)  # a page header of the same exhibit
        if not repeated and len(_body(text, m.end())) >= _MIN_EXHIBIT_CHARS:
            starts.append((m.start(), m.group(1)))
    return starts


def _body(text: str, at: int) -> str:
    """The text after a heading up to the next heading."""
    following = _HEADING.search(text, at)
    return text[at : following.start() if following else len(text)].strip()


def _exhibit(doc: RawDocument, index: int, text: str, number: str) -> RawDocument:
    data = text.encode("utf-8")
    source = Source(
        name=f"{doc.name}#EX-{number}", sha256=hashlib.sha256(data).hexdigest(), part=index
    )
    return RawDocument(source=source, data=data, text=text)


# Lines a browser or a filing viewer prints on every page of a form, between any two lines
# of it: a page counter, the page's URL, a date-and-time header, a viewer's running title.
_PAGE_FURNITURE = re.compile(
    r"(?:Page\s+)?\d{1,3}\s*(?:/|of)\s*\d{1,3}"
    r"|https?://\S+(?:\s+\d{1,3}\s*/\s*\d{1,3})?"
    r"|\d{1,2}/\d{1,2}/\d{2,4},?\s+\d{1,2}:\d{2}(?::\d{2})?\s*(?:[AaPp]\.?[Mm]\.?)?(?:\s.*)?"
    r"|Edgar\s+Filing:.*",
    re.IGNORECASE,
)
_LIGATURES = str.maketrans(
    {"ﬀ": "ff", "ﬁ": "fi", "ﬂ": "fl", "ﬃ": "ffi", "ﬄ": "ffl", "ﬅ": "st", "ﬆ": "st"}
)


def page_lines(text: str) -> list[str]:
    """The lines of a printed form without its page furniture: page breaks (form feeds),
    page counters ("Page 2 of 3", "1/3"), URL lines, the browser's date-and-time header
    and a viewer's running title are dropped, so that a table, a list of owners or a
    footnote runs on across a page as it does on screen; ligatures ("Oﬃcer") are spelt out."""
    lines = text.translate(_LIGATURES).replace("\f", "\n").splitlines()
    kept = [line for line in lines if not _PAGE_FURNITURE.fullmatch(line.strip())]
    return [line for at, line in enumerate(kept) if not _page_number(kept, at)]


# A page number printed on a line of its own ("2", "- 2 -"), flush left.
_PAGE_NUMBER = re.compile(r"(?:-\s*)?\d{1,3}(?:\s*-)?")


def _page_number(lines: list[str], at: int) -> bool:
    """A bare number standing apart (a blank line or the page's edge above or below it) is
    the page's number; a number wrapped from a box above it is indented and runs on."""
    if not _PAGE_NUMBER.fullmatch(lines[at].rstrip()):
        return False
    above = lines[at - 1] if at else ""
    below = lines[at + 1] if at + 1 < len(lines) else ""
    return not above.strip() or not below.strip()
