"""edgar-kg's 8-K readers on real EDGAR filings of registrants that are not in the corpus.

The files under tests/data/realworld/8k/ are public SEC filings (8-K primary documents as
HTML, inline XBRL or text, and full submissions with their SEC header and an EX-99 press
release, 2000 to 2025) that other public projects keep as test fixtures; SOURCES.md there
names each one's repository, path, commit and accession.

Every file must read with no failure (no typed error, no internal error). Then, per file,
a few facts checked by hand against the filing's own text must be in what edgar-kg
extracts (``kg.pipeline.extract_paths``, the path a user's file takes): the registrant's
name and CIK, cover fields, items, the signer and title, positions, agreements, the press
release's headline and dateline. Where edgar-kg is known to be wrong, the check is in
``KNOWN`` with the reason and runs as a strict xfail, so a fix shows up as XPASS.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from functools import cache
from pathlib import Path

import pytest

from kg.model import Agreement, EntityFacts, Extraction, Position, Shareholding, Signature
from kg.pipeline import extract_paths

DATA = Path(__file__).parent / "data" / "realworld" / "8k"
FILES = sorted(p for p in DATA.iterdir() if p.suffix in {".htm", ".html", ".txt"})


# ------------------------------------------------------------------ reading


def _path(name: str) -> Path:
    """A file of this folder by its name, or of a sibling folder as "folder/name"."""
    return DATA.parent / name if "/" in name else DATA / name


@cache
def _extractions(name: str) -> tuple[Extraction, ...]:
    result = extract_paths([_path(name)])
    assert not result.failures, [str(f) for f in result.failures]
    return tuple(extraction for _, extraction in result.items)


def _norm(text: str | None) -> str:
    return " ".join((text or "").split()).casefold()


def _facts(name: str, kind: type, reader: str | None = None) -> list:
    """Facts of one class from the file's parts; only those ``reader`` made when given."""
    return [
        f
        for e in _extractions(name)
        if reader is None or e.kind == reader
        for f in e.facts
        if isinstance(f, kind)
    ]


@pytest.mark.parametrize("path", FILES, ids=[p.name for p in FILES])
def test_reads_without_failure(path: Path) -> None:
    result = extract_paths([path])
    assert not result.failures, [f"{type(f).__name__}: {f}" for f in result.failures]
    kinds = {extraction.kind for _, extraction in result.items}
    assert "form8k" in kinds, kinds


def test_every_file_has_a_source_row() -> None:
    sources = (DATA / "SOURCES.md").read_text(encoding="utf-8")
    missing = [p.name for p in FILES if f"| {p.name} |" not in sources]
    assert not missing


# ------------------------------------------------------------------ the checks


@dataclass(frozen=True)
class Check:
    file: str
    label: str
    holds: Callable[[str], bool]

    @property
    def id(self) -> str:
        return f"{self.file}::{self.label}"


def registrant(name: str, cik: str | None = None) -> Callable[[str], bool]:
    def holds(file: str) -> bool:
        for extraction in _extractions(file):
            subject = extraction.document.subject
            if subject is None:
                continue
            names = {_norm(subject.name), *map(_norm, subject.aliases)}
            if _norm(name) in names and (cik is None or subject.cik == cik):
                return True
        return False

    return holds


def cover(field: str, value: str, reader: str | None = None) -> Callable[[str], bool]:
    def holds(file: str) -> bool:
        return any(getattr(f, field) == value for f in _facts(file, EntityFacts, reader))

    return holds


def postal_code(value: str, reader: str | None = None) -> Callable[[str], bool]:
    def holds(file: str) -> bool:
        facts = _facts(file, EntityFacts, reader)
        return any(a.postal_code == value for f in facts for a in f.addresses)

    return holds


def items(*expected: str) -> Callable[[str], bool]:
    def holds(file: str) -> bool:
        found = [e.document.items for e in _extractions(file) if e.kind == "form8k"]
        return tuple(expected) in found

    return holds


def signer(name: str, title: str) -> Callable[[str], bool]:
    def holds(file: str) -> bool:
        return any(
            _norm(s.signer.name) == _norm(name) and _norm(s.title) == _norm(title)
            for s in _facts(file, Signature)
        )

    return holds


def position(
    holder: str, title: str, start: date | None = None, end: date | None = None
) -> Callable[[str], bool]:
    def holds(file: str) -> bool:
        return any(
            _norm(p.holder.name) == _norm(holder)
            and _norm(title) in _norm(p.title)
            and (start is None or p.start_date == start)
            and (end is None or p.end_date == end)
            for p in _facts(file, Position)
        )

    return holds


def agreement(kind: str, parties: set[str], on: date | None = None) -> Callable[[str], bool]:
    def holds(file: str) -> bool:
        for a in _facts(file, Agreement):
            names = {_norm(p.name) for p in a.parties}
            typed = _norm(kind) in _norm(a.agreement_type)
            if typed and {_norm(p) for p in parties} <= names and (on is None or a.date == on):
                return True
        return False

    return holds


def no_party(name: str) -> Callable[[str], bool]:
    parties = lambda file: (p for a in _facts(file, Agreement) for p in a.parties)  # noqa: E731
    return lambda file: all(_norm(p.name) != _norm(name) for p in parties(file))


def stake(holder: str, percent: str) -> Callable[[str], bool]:
    def holds(file: str) -> bool:
        return any(
            _norm(s.holder.name) == _norm(holder) and s.percent_of_class == Decimal(percent)
            for s in _facts(file, Shareholding)
        )

    return holds


def press(field: str, value: str) -> Callable[[str], bool]:
    def holds(file: str) -> bool:
        docs = [e.document for e in _extractions(file) if e.kind == "press"]
        if field == "subject":
            subjects = [d.subject for d in docs if d.subject is not None]
            return any(_norm(subject.name) == _norm(value) for subject in subjects)
        return any(_norm(str(getattr(d, field) or "")) == _norm(value) for d in docs)

    return holds


A = "edgartools_aaipharma_8k_2001.html"
G = "edgartools_5gwireless_8k_2004.html"
F = "edgartools_1stfinancial_8k_2008.html"
AC = "edgartools_acura_8k_2008.html"
D = "edgartools_applieddna_8k_2025.html"
C = "edgartools_5clending_8k_2025.html"
S = "sec_cover_sears_8k_2004.txt"
X4 = "sec_cover_expertelligence_8k_2004.txt"
X7 = "sec_cover_expertelligence_8k_2007.txt"
OR = "sec_cover_oracle_8k_2019.htm"
R = "sec_cover_rockofages_8k_2000.txt"

FIRST, BBT = "1st Financial Services Corporation", "Branch Banking and Trust Company"
CLEMENS_TITLE = "Senior Vice President & Chief Financial Officer"
HIGGINS_TITLE = "Vice President, Associate General Counsel and Secretary"
GHERARDI_TITLE = "Senior Vice President of Manufacturing"

CHECKS = [
    Check(A, "registrant", registrant("AAIPHARMA INC.")),
    Check(A, "irs", cover("irs_number", "04-2687849")),
    Check(A, "file-number", cover("file_number", "0-21185")),
    Check(A, "phone", cover("phone", "(910) 254-7000")),
    Check(A, "jurisdiction", cover("jurisdiction", "Delaware")),
    Check(A, "items", items("5", "7")),
    Check(
        A,
        "signer",
        signer("William L. Ginna, Jr.", "Executive Vice President and Chief Financial Officer"),
    ),
    Check(A, "ceo", position("Frederick D. Sancilio", "Chief Executive Officer")),
    Check(G, "registrant", registrant("5G WIRELESS COMMUNICATIONS, INC.")),
    Check(G, "irs", cover("irs_number", "20-0420885")),
    Check(G, "file-number", cover("file_number", "0-30448")),
    Check(G, "jurisdiction", cover("jurisdiction", "Nevada")),
    Check(G, "items", items("1.01", "5.02", "9.01")),
    Check(G, "signer", signer("Jerry Dix", "Chief Executive Officer")),
    Check(G, "corty-resigns", position("Brian Corty", "director", end=date(2004, 9, 29))),
    Check(
        G, "hirschman-joins", position("Stanley A. Hirschman", "director", start=date(2004, 9, 29))
    ),
    Check(
        G,
        "subscription",
        agreement("Subscription Agreement", {"Longview Fund, LP"}, date(2004, 9, 22)),
    ),
    Check(F, "registrant", registrant("1st Financial Services Corporation")),
    Check(F, "jurisdiction", cover("jurisdiction", "North Carolina")),
    Check(F, "irs", cover("irs_number", "26-0207901")),
    Check(F, "file-number", cover("file_number", "000-53264")),
    Check(F, "postal-code", postal_code("28792")),
    Check(F, "items", items("1.01", "2.03", "9.01")),
    Check(F, "loan", agreement("Letter Loan Agreement", {FIRST, BBT}, date(2008, 6, 25))),
    Check(F, "no-trust-company", no_party("Trust Company")),
    Check(F, "signer", signer("Gregory L. Gibson", "Chief Executive Officer")),
    Check(AC, "registrant", registrant("ACURA PHARMACEUTICALS, INC.")),
    Check(AC, "irs", cover("irs_number", "11-0853640")),
    Check(AC, "file-number", cover("file_number", "1-10113")),
    Check(AC, "items", items("8.01", "9.01")),
    Check(AC, "jurisdiction", cover("jurisdiction", "New York")),
    Check(AC, "signer", signer("Peter A. Clemens", CLEMENS_TITLE)),
    Check(D, "registrant", registrant("Applied DNA Sciences, Inc.", "0000744452")),
    Check(D, "jurisdiction", cover("jurisdiction", "Delaware")),
    Check(D, "ticker", cover("ticker", "APDN")),
    Check(D, "items", items("2.05", "5.02", "7.01", "9.01")),
    Check(
        D, "murrah", position("Judith Murrah", "Chief Executive Officer, President and Chairperson")
    ),
    Check(D, "signer", signer("Beth Jantzen", "Chief Financial Officer")),
    Check(C, "registrant", registrant("5C Lending Partners Corp.", "0001998387")),
    Check(C, "jurisdiction", cover("jurisdiction", "Maryland")),
    Check(C, "items", items("2.03", "3.02", "8.01", "9.01")),
    Check(C, "signer-koester", signer("Michael Koester", "Co-President")),
    Check(C, "signer-connolly", signer("Thomas Connolly", "Co-President")),
    Check(
        C,
        "credit-agreement",
        agreement("Credit Agreement", {"U.S. Bank National Association"}, date(2025, 1, 16)),
    ),
    Check(S, "registrant", registrant("SEARS, ROEBUCK AND CO.")),
    Check(S, "jurisdiction", cover("jurisdiction", "New York")),
    Check(S, "irs", cover("irs_number", "36-1750680")),
    Check(S, "items", items("7", "12")),
    Check(S, "signer", signer("Michael J. Graham", "Vice President and Controller")),
    Check(S, "file-number", cover("file_number", "1-416")),
    Check(S, "postal-code", postal_code("60179")),
    Check(X4, "registrant", registrant("EXPERTELLIGENCE INC", "0000723533")),
    Check(X4, "registrant-doc", registrant("ExperTelligence, Inc.")),
    Check(X4, "items", items("1")),
    Check(X4, "signer", signer("William Urschel", "CEO")),
    Check(X4, "martin-stake", stake("Douglas P. Martin", "75.0")),
    Check(X7, "registrant", registrant("EXPERTELLIGENCE INC", "0000723533")),
    Check(X7, "jurisdiction", cover("jurisdiction", "Nevada")),
    Check(X7, "items", items("8.01")),
    Check(X7, "signer", signer("Jason Smart", "Chief Executive Officer, President and Director")),
    Check(X7, "postal-code", postal_code("K0M 2T0", "form8k")),
    Check(OR, "registrant", registrant("Oracle Corporation")),
    Check(OR, "irs", cover("irs_number", "54-2185193")),
    Check(OR, "file-number", cover("file_number", "001-35992")),
    Check(OR, "ticker", cover("ticker", "ORCL")),
    Check(OR, "items", items("5.02", "9.01")),
    Check(OR, "fairhead", position("Rona Fairhead", "director")),
    Check(OR, "fairhead-start", position("Rona Fairhead", "director", start=date(2019, 7, 31))),
    Check(OR, "signer", signer("Brian S. Higgins", HIGGINS_TITLE)),
    Check(R, "registrant", registrant("ROCK OF AGES CORP", "0000084581")),
    Check(R, "header-irs", cover("irs_number", "03-0153200", "sec_header")),
    Check(R, "items", items("5")),
    Check(R, "gherardi", position("Mark A. Gherardi", GHERARDI_TITLE, end=date(2000, 9, 22))),
    Check(
        R, "parrott", position("Jerry Parrott", "Vice President of Barre Manufacturing Operations")
    ),
    Check(R, "signer", signer("Kurt M. Swenson", "Chairman and Chief Executive Officer")),
    Check(R, "press-date", press("date", "2000-09-26")),
    Check(R, "press-title", press("title", "Rock of Ages Acquires American Monument Corporation")),
    Check(R, "press-dateline", press("dateline", "CONCORD, NEW HAMPSHIRE")),
    Check(R, "press-subject", press("subject", "ROCK OF AGES CORPORATION")),
    Check(R, "press-kimball", position("Richard C. Kimball", "Vice Chairman")),
]

# Checks edgar-kg is known to fail: "file::label" -> what the filing says and what edgar-kg gives.
KNOWN: dict[str, str] = {}


def known_params(checks: list[Check], known: dict[str, str]) -> list[object]:
    """The checks as test parameters, those in ``known`` as strict xfails with the reason."""
    params = []
    for check in checks:
        reason = known.get(check.id)
        marks = [pytest.mark.xfail(strict=True, reason=reason)] if reason else []
        params.append(pytest.param(check, id=check.id, marks=marks))
    return params


@pytest.mark.parametrize("check", known_params(CHECKS, KNOWN))
def test_fact_read_from_real_filing(check: Check) -> None:
    assert check.holds(check.file), check.id


def test_known_cases_are_checks() -> None:
    assert set(KNOWN) <= {c.id for c in CHECKS}
