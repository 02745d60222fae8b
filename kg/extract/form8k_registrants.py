"""Covers shared by several registrants: a combined 8-K filed by a holding company and its
utility subsidiary, a REIT and its operating partnership.

Two layouts print each registrant's own state, Commission file number and IRS number:

* a table headed "Commission File Number | Registrant; State of Incorporation; Address and
  Telephone Number | IRS Employer Identification No.", one row per registrant: the file
  number, the name, "(A Pennsylvania Corporation)", the address lines, the phone, the IRS
  number (a PDF print gives one cell per line, an HTML table keeps the row's cells on one);
* the names stacked above "(Exact name of registrant as specified in its charter)", then
  one row per registrant under the usual labels, "Maryland (Acme Trust, Inc.) 001-1 82-1".

The first registrant printed is the cover's registrant; the others are co-registrants,
each its own company.

A text cover of one registrant may print its row the same way, in columns on one line over
their labels: "Nevada   Acme Foods, Inc.   13-3124057" over "(State or other   (Exact Name of
registrant ...   (I.R.S. Employer ...". The labels' columns say which value is which.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from kg.extract.common import fold
from kg.extract.form8k_cover import (
    FILE_NUMBER,
    IRS_NUMBER,
    PHONE,
    Cover,
    jurisdiction_name,
    parse_address,
)
from kg.extract.parties import name_key
from kg.model import Address

# The cover's patterns, matched whole against a cell (the file number may keep its label).
_FILE_NO = re.compile(rf"(?:File\s+No\.?\s*)?({FILE_NUMBER})")
# The table's header: the three column labels before the first row, whose cells an HTML
# print may interleave ("Commission | Registrant, State ... | IRS Employer" / "File Number |
# Address ... | Identification No.").
_TABLE_END_LABEL = re.compile(r"Identification\s+(?:No\.?|Number)", re.I)
_TABLE_LABELS = (
    re.compile(r"\bI\.?R\.?S\.?\s+Employer\b", re.I),
    re.compile(r"\bCommission\b", re.I),
    re.compile(r"\bFile\s+Number\b", re.I),
    re.compile(r"\bRegistrant\b", re.I),
)
# Where the registrants' rows end.
_ROWS_END = re.compile(
    r"Check\s+the\s+appropriate\s+box|This\s+combined\s+Form|Securities\s+registered"
    r"|^\s*Item\s+\d|\(?Former\s+name",
    re.I | re.M,
)
# "(A Pennsylvania Corporation)", "(a Maryland real estate investment trust)".
_INCORPORATED = re.compile(
    r"^\(\s*an?\s+(?P<place>.+?)\s+(?:corporation|company|limited\s+(?:liability\s+)?"
    r"(?:company|partnership)|partnership|real\s+estate\s+investment\s+trust|trust)\s*\)$",
    re.I,
)
_NAME_LABEL = re.compile(r"\(\s*Exact\s+names?\s+of\s+(?:the\s+)?registrants?[^)\n]*\)", re.I)
_REPORT_DATE = re.compile(r"Date\s+of\s+Report|\(Date\s+of\s+earliest", re.I)
# A stacked layout's row: "Maryland (Acme Trust, Inc.)  001-38291  82-2716650".
_NAMED_ROW = re.compile(
    r"^(?P<place>[A-Za-z][A-Za-z .]+?)\s*\((?P<name>[^()]+)\)\s+(?:File\s+No\.?\s*)?"
    r"(?P<file>\d{1,3}-\d{4,6}(?:-\d{2})?)\s+(?P<irs>\d{2}-\d{7})$"
)


@dataclass(frozen=True)
class Registrant:
    """One registrant of a combined cover, as its own row prints it."""

    name: str
    jurisdiction: str | None = None
    file_number: str | None = None
    irs_number: str | None = None
    address: Address | None = None
    phone: str | None = None
    evidence: str = ""


def with_registrants(cover: Cover, text: str) -> Cover:
    """``cover`` with its registrant taken from a combined cover's first row and the others
    as ``co_registrants``; with a one-line row of columns read by its labels; else as it is."""
    found = registrants(text)
    if len(found) < 2:
        row = column_row(text[:15000])
        # Read line by line, the row's values run into one name: "Nevada Acme Foods, Inc. 1...".
        if row is None or (cover.name and row.name not in cover.name):
            return cover
        filled = {
            "name": row.name,
            "jurisdiction": row.jurisdiction or cover.jurisdiction,
            "file_number": row.file_number or cover.file_number,
            "irs_number": row.irs_number or cover.irs_number,
        }
        return replace(cover, **filled, evidence=[row.evidence, *cover.evidence])
    first, others = found[0], found[1:]
    filled = {
        "name": first.name,
        "jurisdiction": first.jurisdiction or cover.jurisdiction,
        "file_number": first.file_number,
        "irs_number": first.irs_number,
        "address": first.address or cover.address,
        "phone": first.phone or cover.phone,
    }
    co = [_as_cover(r, cover) for r in others]
    return replace(cover, **filled, co_registrants=co, evidence=[first.evidence, *cover.evidence])


def _as_cover(registrant: Registrant, shared: Cover) -> Cover:
    """A co-registrant's own cover: its row's values, else the address and phone the cover
    prints once for all of them."""
    return Cover(
        name=registrant.name,
        jurisdiction=registrant.jurisdiction,
        file_number=registrant.file_number,
        irs_number=registrant.irs_number,
        address=registrant.address or shared.address,
        phone=registrant.phone or shared.phone,
        evidence=[registrant.evidence],
    )


def registrants(text: str) -> list[Registrant]:
    """Every registrant a combined cover prints, in print order (one or none otherwise)."""
    head = text[:15000]
    return _table_rows(head) or _stacked(head)


# --- the table layout ------------------------------------------------------------------


def _table_rows(text: str) -> list[Registrant]:
    header = _TABLE_END_LABEL.search(text)
    head = text[max(0, header.start() - 300) : header.start()] if header else ""
    if header is None or not all(label.search(head) for label in _TABLE_LABELS):
        return []
    end = _ROWS_END.search(text, header.end())
    body = text[header.end() : end.start() if end else header.end() + 2000]
    rows: list[list[str]] = []
    for line in body.split("\n"):
        cells = _row_cells(line)
        if cells and _FILE_NO.fullmatch(cells[0]):
            rows.append([])  # a row starts at its file number
        if rows:
            rows[-1].extend(cells)
    return [r for r in (_table_row(cells) for cells in rows) if r is not None]


def _row_cells(line: str) -> list[str]:
    """A line's cells; a file number opening it and an IRS number closing it are cells of
    their own also when the print joined the row's cells with spaces."""
    cells = [c for c in (fold(x) for x in line.split("\t")) if c]
    if cells and (
        m := re.match(r"((?:File\s+No\.?\s*)?\d{1,3}-\d{4,6}(?:-\d{2})?)\s+(?=\D)", cells[0])
    ):
        cells[:1] = [m.group(1), cells[0][m.end() :]]
    if cells and (m := re.search(r"(?<=\D)\s+(\d{2}-\d{7})$", cells[-1])):
        cells[-1:] = [cells[-1][: m.start()], m.group(1)]
    return cells


def _table_row(cells: list[str]) -> Registrant | None:
    """File number, name, "(A ... Corporation)", address lines, phone and IRS number."""
    file_no = _FILE_NO.fullmatch(cells[0])
    rest = cells[1:]
    irs = next((c for c in rest if IRS_NUMBER.fullmatch(c)), None)
    rest = [c for c in rest if c != irs]
    if not rest or not re.search(r"[A-Za-z]{2}", rest[0]):
        return None
    name, place, lines, phone = rest[0], None, [], None
    for cell in rest[1:]:
        if m := _INCORPORATED.match(cell):
            place = jurisdiction_name(m.group("place"))
        elif PHONE.fullmatch(cell):
            phone = re.sub(r"\(\s*(\d{3})\s*\)\s*", r"(\1) ", cell)
        elif phone is None:
            lines.append(cell)
    return Registrant(
        name=name.strip(" ,"),
        jurisdiction=place,
        file_number=file_no.group(1) if file_no else None,
        irs_number=irs,
        address=parse_address(", ".join(lines)) if lines else None,
        phone=phone,
        evidence=" ".join(cells),
    )


# --- the stacked layout ----------------------------------------------------------------


def _stacked(text: str) -> list[Registrant]:
    """Names stacked above the name label, each given its row by the name the row prints
    in parentheses."""
    label = _NAME_LABEL.search(text)
    if label is None:
        return []
    names = _names_above(text[max(0, label.start() - 600) : label.start()])
    if len(names) < 2:
        return []
    rows = {}
    for line in text[label.end() : label.end() + 1500].split("\n"):
        if row := _NAMED_ROW.match(fold(line)):
            rows[name_key(row["name"])] = row
    out = []
    for name in names:
        row = rows.get(name_key(name))
        if row is None:
            return []  # a row per name, or this is not the layout
        out.append(
            Registrant(
                name=fold(row["name"]) if name.isupper() else name,
                jurisdiction=jurisdiction_name(row["place"]),
                file_number=row["file"],
                irs_number=row["irs"],
                evidence=f"{name} {fold(row.group(0))}",
            )
        )
    return out


def _names_above(before: str) -> list[str]:
    """The name lines printed just above the label, up to the date of report."""
    names: list[str] = []
    for line in reversed([fold(x) for x in before.split("\n") if fold(x)]):
        if _REPORT_DATE.search(line) or line.startswith("(") or not re.search(r"[A-Za-z]", line):
            break
        names.insert(0, line.strip(" ,"))
    return names


# --- one row of columns ------------------------------------------------------------------

_NAME_LABEL_OPEN = re.compile(r"\(\s*Exact\s+names?\s+of\s+(?:the\s+)?registrant", re.I)
_KINDS = (
    ("jurisdiction", re.compile(r"(?i)\bState\b|jurisdiction|incorporation")),
    ("irs_number", re.compile(r"(?i)I\.?R\.?S\b|Employer")),
    ("file_number", re.compile(r"(?i)Commission|File")),
)


def column_row(text: str) -> Registrant | None:
    """The row of values on the line above the one holding the name label among the other
    columns' labels. The text reaches here with its runs of spaces folded, so the labels'
    order splits the row: the values of the labels left of the name's are taken from the
    row's start, those right of it from its end, and the name is what is left. None unless
    each value has the shape of its label (a state, an IRS or a file number)."""
    label = _NAME_LABEL_OPEN.search(text)
    if label is None:
        return None
    start = text.rfind("\n", 0, label.start()) + 1
    labels_line = fold(text[start : text.find("\n", label.start())])
    labels = [x for x in re.split(r"\s(?=\()", labels_line) if x.startswith("(")]
    at = next((i for i, x in enumerate(labels) if _NAME_LABEL_OPEN.match(x)), None)
    above = [fold(x) for x in text[:start].split("\n") if not re.fullmatch(r"[\s_=-]*", x)]
    if at is None or len(labels) < 2 or not above:
        return None
    words, row = above[-1].split(" "), {}
    for kind_label, first in [
        *((x, True) for x in labels[:at]),
        *((x, False) for x in reversed(labels[at + 1 :])),
    ]:
        kind = next((k for k, pattern in _KINDS if pattern.search(kind_label)), None)
        taken = _take(kind, words, first) if kind else None
        if taken is None:
            return None
        row[kind], words = taken
    name = " ".join(words).strip(" ,")
    if not re.search(r"[A-Za-z]{2}", name):
        return None
    return Registrant(name=name, **row, evidence=f"{above[-1]} / {labels_line}")


def _take(kind: str, words: list[str], first: bool) -> tuple[str, list[str]] | None:
    """The value of ``kind`` that opens (``first``) or closes ``words``, and the words left."""
    for n in range(1, min(4, len(words) - 1) + 1):  # a state's name has up to four words
        part = " ".join(words[:n] if first else words[-n:])
        rest = words[n:] if first else words[:-n]
        if kind == "jurisdiction" and (place := jurisdiction_name(part)):
            return place, rest
        if kind == "irs_number" and IRS_NUMBER.fullmatch(part):
            return part, rest
        if kind == "file_number" and (m := _FILE_NO.fullmatch(part)):
            return m.group(1), rest
    return None
