"""The signature block of a printed Form D: one row per issuer under "Issuer Signature
Name of Signer Title Date", its cells split by tabs (or run together when the tabs were
lost), a cell wider than its column wrapped onto the lines below."""

from __future__ import annotations

import dataclasses
import re
from datetime import date

from kg.extract.common import evidence, fold, parse_date, person_ref
from kg.extract.formd_text_layout import DATE
from kg.model import EntityRef

_SIGNATURE_HEADER = re.compile(r"Issuer\s+Signature\s+Name\s+of\s+Signer\s+Title\s+Date")
_NAME_SUFFIXES = frozenset({"JR", "SR", "II", "III", "IV", "ESQ", "MD", "PHD"})


@dataclasses.dataclass(frozen=True)
class SignatureRow:
    """One row of the signature block: an issuer and who signed for it."""

    issuer: str | None
    signer: EntityRef | None
    title: str | None
    date: date | None
    line: str


def signature_rows(text: str) -> list[SignatureRow]:
    """The rows under "Issuer Signature Name of Signer Title Date", one per issuer; a
    cell wider than its column goes on in the same column below ("<TAB><TAB><TAB>of the GP").

    A blank line does not end the table: a page break (its form feed, its dropped
    header and footer) leaves one between two issuers' rows or inside a wrapped row.
    """
    header = _SIGNATURE_HEADER.search(text)
    rows: list[SignatureRow] = []
    cells: list[str] = []
    lines: list[str] = []
    for line in text[header.end() :].split("\n") if header else []:
        if not line.strip():
            continue
        row = _signature_row(line)
        if row is None and len(cells) >= 5 and "\t" in line:
            for column, cell in enumerate(line.split("\t")[: len(cells)]):
                cells[column] = f"{cells[column]} {cell}"
            lines.append(line)
            rows[-1] = _signature_row("\t".join(cells), " ".join(lines)) or rows[-1]
            continue
        if row is None:
            break
        rows.append(row)
        cells, lines = line.split("\t"), [line]
    return rows


def _signature_row(line: str, written: str | None = None) -> SignatureRow | None:
    """One row; ``written`` is the row as printed when it came over several lines."""
    cells = [fold(cell) for cell in re.split(r"\t| {2,}", line) if fold(cell)]
    if len(cells) >= 5:
        *issuer, _, name, title, when = cells
        return SignatureRow(
            " ".join(issuer), _signer(name), title, parse_date(when), evidence(written or line)
        )
    # Tabs lost: "Acme, Inc. /s/ Jo Roe Jo Roe President 2015-01-02"; the typed
    # signature repeats the signer's name, which marks where the title starts.
    when = re.search(rf"({DATE.pattern})\s*$", fold(line))
    issuer, slash, signed = fold(line)[: when.start() if when else None].partition("/s/")
    if not slash:
        return None
    words = signed.split()
    for size in range(1, len(words) // 2 + 1):
        if words[:size] == words[size : 2 * size]:
            name, title = " ".join(words[:size]), " ".join(words[2 * size :]) or None
            signed_on = parse_date(when.group(1)) if when else None
            return SignatureRow(
                fold(issuer) or None, _signer(name), title, signed_on, evidence(line)
            )
    return None


def _signer(name: str) -> EntityRef | None:
    """A signer's name as typed ("Jo A. Roe", "Jo A. Roe, Jr.")."""
    words = fold(name).replace("/s/", "").split()
    if not words:
        return None
    suffix = ""
    if len(words) > 2 and words[-1].upper().strip(".,") in _NAME_SUFFIXES:
        suffix = words.pop()
    words[-1] = words[-1].rstrip(",")
    family = f"{words[-1]} {suffix}".strip()
    if len(words) == 1:
        return person_ref(None, family, raw=name)
    return person_ref(words[0], family, " ".join(words[1:-1]) or None, raw=name)
