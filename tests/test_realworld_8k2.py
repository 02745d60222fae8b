"""edgar-kg's 8-K readers on a second sample of real filings of registrants outside the corpus.

The files under tests/data/realworld/8k2/ are public SEC filings that other public projects
keep as test fixtures (SOURCES.md there names each one's repository, path, commit and
accession): two complete submissions of 1995 and 1998 in text (one with an EX-20.1 of two
press releases), a Word-made HTML 8-K of 2004, an RDG-converted HTML 8-K of 2016 and an
inline-XBRL 8-K of 2025. None of their registrants is in the corpus or in realworld/8k.

The facts below were read by hand from each filing's own text and written down before
edgar-kg ever ran on these files: the registrant's name and CIK, cover fields, items, the
signer and title, every officer or director whose seat the filing starts or ends (with
title, organisation and date), agreements (type, parties, date), a stake, the release's
headline, date and dateline. Each must be in what edgar-kg extracts
(``kg.pipeline.extract_paths``). Checks edgar-kg fails are in ``KNOWN`` with what the filing
says; they run as strict xfails, so a fix shows up as XPASS.

First score, before any fix (2026-12-02): 50 of 61 facts right (82 %); the 11 misses are the
``KNOWN`` entries as first written (three of them one cover row). Besides the checks, the first
run also gave wrong facts no check asks for: Alterola's "Up Agreement" (for "lock-up
agreements"), a party "Colin Stott as Sellers' Representative", the phone "151 601 9477" (for
"+44 151 601 9477"), a 100 % stake of EMC2 Capital LLC (in Phytanix, not the registrant), and
two resigned officers given each other's titles (Hitchcock "Executive Chairman and Director",
Thompson "Chief Executive Officer, Secretary and Director").

After fixing the classes the misses showed (each with a test on made-up text in
tests/test_real8k_fixes3.py): 57 of 61. Fixed: a text cover row "State  Name  IRS number"
over its labels, a signature short for the typed name before the title ("/s/ Herb Roe" /
"Herbert Roe, President"), "pursuant to the Agreement and Plan of Reorganization dated ...",
"under the Settlement Agreement and Release of All Claims dated ...", a promissory note two
parties enter into, a UK postcode; also the wrong facts "Up Agreement" (now "Lock-up
Agreement"), the party "... as Sellers' Representative" and the phone without "+44". Left
(``KNOWN``): the merger subsidiary named only "Sub", a stake stated in an Item 1.01 (the
stakes reader was not that round's to change; read since, below), a title before the name in
a release and the directors who "will remain" (prose readers, changed by another engineer
then).

Then the stakes reader (tests/test_stake_classes.py): 58 of 61. The holding verb is looked for
in the whole sentence before the percentage (3CI's "WSI is the record owner of ... shares ...,
which represents approximately 58.0%"), a stake held "collectively" is no one holder's, and a
stake in a company named only after the class of shares is not taken for the registrant's
(Alterola's 100 % of Phytanix, a wrong fact of the first run, is gone).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest

from kg.model import Agreement, Position
from kg.pipeline import extract_paths
from tests.test_realworld_8k import (
    Check,
    _facts,
    _norm,
    cover,
    items,
    known_params,
    postal_code,
    press,
    registrant,
    signer,
    stake,
)

DATA = Path(__file__).parent / "data" / "realworld" / "8k2"
FILES = sorted(p for p in DATA.iterdir() if p.suffix in {".htm", ".html", ".txt"})


@pytest.mark.parametrize("path", FILES, ids=[p.name for p in FILES])
def test_reads_without_failure(path: Path) -> None:
    result = extract_paths([path])
    assert not result.failures, [f"{type(f).__name__}: {f}" for f in result.failures]
    assert "form8k" in {extraction.kind for _, extraction in result.items}


def test_every_file_has_a_source_row() -> None:
    sources = (DATA / "SOURCES.md").read_text(encoding="utf-8")
    assert not [p.name for p in FILES if f"| {p.name} |" not in sources]


# ------------------------------------------------------------------ checks of their own


def _one_of(names: str | tuple[str, ...]) -> set[str]:
    return {_norm(n) for n in ((names,) if isinstance(names, str) else names)}


def held(
    holder: str,
    title: str | tuple[str, ...],
    org: str | tuple[str, ...],
    start: date | None = None,
    end: date | None = None,
) -> Callable[[str], bool]:
    """A Position of ``holder`` whose title contains ``title``, at ``org`` (any spelling)."""

    def holds(file: str) -> bool:
        return any(
            _norm(p.holder.name) == _norm(holder)
            and any(t in _norm(p.title) for t in _one_of(title))
            and {_norm(p.organization.name), *map(_norm, p.organization.aliases)} & _one_of(org)
            and (start is None or p.start_date == start)
            and (end is None or p.end_date == end)
            for p in _facts(file, Position)
        )

    return holds


def agreed(
    kind: str, parties: tuple[str | tuple[str, ...], ...], on: date | None = None
) -> Callable[[str], bool]:
    """An Agreement of ``kind`` naming every party (each in any of its spellings)."""

    def holds(file: str) -> bool:
        for a in _facts(file, Agreement):
            names = {_norm(p.name) for p in a.parties}
            typed = _norm(kind) in _norm(a.agreement_type) and (on is None or a.date == on)
            if typed and all(names & _one_of(party) for party in parties):
                return True
        return False

    return holds


CISCO = "8k2/sec_cover_cisco_8k_1995.txt"
FOOD = "8k2/sec_cover_foodconcepts_8k_1998.txt"
THREE_CI = "8k2/edgartools_3ci_8k_2004.html"
SOPHIRIS = "8k2/edgartools_sophiris_8k_2016.html"
ALTEROLA = "8k2/edgartools_alterola_8k_2025.html"

CISCO_CO = ("Cisco Systems, Inc.", "CISCO SYSTEMS INC", "Cisco Systems Inc.")
COMBINET = ("Combinet, Inc.", "Combinet Inc.", "Combinet")
THREE_CI_CO = ("3CI Complete Compliance Corporation", "3CI COMPLETE COMPLIANCE CORPORATION")
WSI = "Waste Systems, Inc."
ALTEROLA_CO = ("Alterola Biotech, Inc.", "Alterola Biotech Inc.")
PROTAGENIC = "Protagenic Therapeutics, Inc."
EMC2 = "EMC2 Capital LLC"
WILLIAMS_LONG = "President and Chief Executive Officer"
MAY_15_2025, MAY_16_2025 = date(2025, 5, 15), date(2025, 5, 16)

CHECKS = [
    Check(CISCO, "registrant", registrant("CISCO SYSTEMS INC", "0000858877")),
    Check(CISCO, "registrant-doc", registrant("CISCO SYSTEMS, INC.")),
    Check(CISCO, "header-irs", cover("irs_number", "77-0059951", "sec_header")),
    Check(CISCO, "jurisdiction", cover("jurisdiction", "California", "form8k")),
    Check(CISCO, "irs", cover("irs_number", "77-0059951", "form8k")),
    Check(CISCO, "file-number", cover("file_number", "0-18225", "form8k")),
    Check(CISCO, "phone", cover("phone", "(408) 526-4000", "form8k")),
    Check(CISCO, "postal-code", postal_code("95134", "form8k")),
    Check(CISCO, "items", items("2", "7")),
    Check(CISCO, "signer", signer("Larry R. Carter", "Chief Financial Officer and Secretary")),
    Check(
        CISCO,
        "reorganization",
        agreed(
            "Agreement and Plan of Reorganization",
            (CISCO_CO, COMBINET, "Mathilda Acquisition Corporation"),
            date(1995, 8, 9),
        ),
    ),
    Check(CISCO, "listwin", held("Don Listwin", "Vice President and General Manager", CISCO_CO)),
    Check(CISCO, "williams", held("Tom Williams", ("President and CEO", WILLIAMS_LONG), COMBINET)),
    Check(CISCO, "press-title", press("title", "CISCO SYSTEMS TO ACQUIRE COMBINET INC.")),
    Check(CISCO, "press-date", press("date", "1995-08-10")),
    Check(CISCO, "press-dateline", press("dateline", "San Jose, CA")),
    Check(FOOD, "registrant", registrant("FOOD CONCEPTS INC", "0000703901")),
    Check(FOOD, "registrant-doc", registrant("Food Concepts, Inc.")),
    Check(FOOD, "header-irs", cover("irs_number", "13-3124057", "sec_header")),
    Check(FOOD, "jurisdiction", cover("jurisdiction", "Nevada", "form8k")),
    Check(FOOD, "irs", cover("irs_number", "13-3124057", "form8k")),
    Check(FOOD, "phone", cover("phone", "(954) 420-0882", "form8k")),
    Check(FOOD, "postal-code", postal_code("33073", "form8k")),
    Check(FOOD, "items", items("5")),
    Check(FOOD, "signer", signer("Herbert Glaubman", "President")),
    Check(THREE_CI, "registrant", registrant("3CI COMPLETE COMPLIANCE CORPORATION")),
    Check(THREE_CI, "jurisdiction", cover("jurisdiction", "Delaware")),
    Check(THREE_CI, "file-number", cover("file_number", "1-11097")),
    Check(THREE_CI, "irs", cover("irs_number", "76-0351992")),
    Check(THREE_CI, "phone", cover("phone", "(972) 375-0006")),
    Check(THREE_CI, "postal-code", postal_code("75050")),
    Check(THREE_CI, "items", items("1.01", "9.01")),
    Check(
        THREE_CI,
        "signer",
        signer("Otley L. Smith III", "President and Chief Executive Officer"),
    ),
    Check(
        THREE_CI,
        "note",
        agreed(
            "Second Amended and Restated Secured Promissory Note",
            (THREE_CI_CO, WSI),
            date(2004, 9, 30),
        ),
    ),
    Check(
        THREE_CI,
        "settlement",
        agreed(
            "Settlement Agreement and Release of All Claims",
            (THREE_CI_CO, WSI),
            date(1996, 1, 10),
        ),
    ),
    Check(THREE_CI, "wsi-stake", stake(WSI, "58.0")),
    Check(SOPHIRIS, "registrant", registrant("Sophiris Bio Inc.")),
    Check(SOPHIRIS, "jurisdiction", cover("jurisdiction", "British Columbia")),
    Check(SOPHIRIS, "file-number", cover("file_number", "001-36054")),
    Check(SOPHIRIS, "irs", cover("irs_number", "98-1008712")),
    Check(SOPHIRIS, "phone", cover("phone", "(858) 777-1760")),
    Check(SOPHIRIS, "postal-code", postal_code("92037")),
    Check(SOPHIRIS, "items", items("2.02", "9.01")),
    Check(SOPHIRIS, "signer", signer("Peter Slover", "Chief Financial Officer")),
    Check(ALTEROLA, "registrant", registrant("Alterola Biotech, Inc.", "0001442999")),
    Check(ALTEROLA, "jurisdiction", cover("jurisdiction", "Nevada")),
    Check(ALTEROLA, "file-number", cover("file_number", "333-156091")),
    Check(ALTEROLA, "irs", cover("irs_number", "82-1317032")),
    Check(ALTEROLA, "postal-code", postal_code("CH41 5AR")),
    Check(ALTEROLA, "items", items("1.01", "2.01", "5.02", "7.01", "9.01")),
    Check(ALTEROLA, "signer", signer("Colin Stott", "Chief Operating Officer")),
    Check(
        ALTEROLA,
        "rogers-leaves",
        held("Tim Rogers", "Executive Chairman", ALTEROLA_CO, end=MAY_16_2025),
    ),
    Check(
        ALTEROLA,
        "hitchcock-leaves",
        held("David Hitchcock", "Chief Executive Officer", ALTEROLA_CO, end=MAY_16_2025),
    ),
    Check(
        ALTEROLA,
        "thompson-leaves",
        held("Nathan Thompson", "Chief Financial Officer", ALTEROLA_CO, end=MAY_16_2025),
    ),
    Check(ALTEROLA, "qu-leaves", held("Ning Qu", "Director", ALTEROLA_CO, end=MAY_16_2025)),
    Check(
        ALTEROLA,
        "land-leaves",
        held("Michael Hunter Land", "Director", ALTEROLA_CO, end=MAY_16_2025),
    ),
    Check(
        ALTEROLA,
        "reshef-leaves",
        held("Daniel Reshef", "Director", ALTEROLA_CO, end=MAY_16_2025),
    ),
    Check(ALTEROLA, "schiller-stays", held("Dominic Schiller", "Director", ALTEROLA_CO)),
    Check(
        ALTEROLA,
        "share-exchange",
        agreed("Share Exchange Agreement", (PROTAGENIC, ALTEROLA_CO, EMC2), MAY_15_2025),
    ),
    Check(
        ALTEROLA,
        "registration-rights",
        agreed("Registration Rights Agreement", (PROTAGENIC, ALTEROLA_CO, EMC2), MAY_15_2025),
    ),
    Check(
        ALTEROLA,
        "repurchase",
        agreed("Repurchase Agreement", (PROTAGENIC, ALTEROLA_CO, EMC2), MAY_15_2025),
    ),
]

# Checks edgar-kg is known to fail: "file::label" -> what the filing says and what edgar-kg gives.
KNOWN: dict[str, str] = {
    f"{CISCO}::reorganization": "Item 2: 'pursuant to the Agreement and Plan of Reorganization"
    " dated as of August 9, 1995, among the Registrant, Combinet and Sub': read with Cisco and"
    " Combinet, not the merger subsidiary, which the text before defines only as 'Sub' (a"
    " generic term no party is named by)",
    f"{CISCO}::listwin": "EX-20.1: 'Cisco's Access Business Unit, headed by Vice President and"
    " General Manager Don Listwin' (title before the name); no Position",
    f"{ALTEROLA}::schiller-stays": "'The Board of Directors of the Company shall resign with the"
    " exceptions that Dominic Schiller and Colin Stott will remain': no Position",
}


@pytest.mark.parametrize("check", known_params(CHECKS, KNOWN))
def test_fact_read_from_real_filing(check: Check) -> None:
    assert check.holds(check.file), check.id


def test_known_cases_are_checks() -> None:
    assert set(KNOWN) <= {c.id for c in CHECKS}
