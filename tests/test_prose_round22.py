"""Round 22 of the prose readers: wording classes held-out sets 7 and 6 showed misread, each
on made-up text worded differently from the sets."""

from __future__ import annotations

from datetime import date

from kg.extract.form8k_signatures import read_signatures
from kg.model import EntityRef, Position
from tests.test_prose_round12 import _held, _release

_FILER = EntityRef("company", "Velloran Tarkwood, Inc.")


# --- a signature flattened onto one line: "By: /s/ Name, Title" -------------------------------


def test_a_signature_on_one_line_keeps_the_title_after_the_comma() -> None:
    block = (
        "SIGNATURES\n\nPursuant to the requirements of the Securities Exchange Act of 1934,"
        " the registrant has duly caused this report to be signed on its behalf by the"
        " undersigned hereunto duly authorized.\n\nVELLORAN TARKWOOD, INC. Date: June 9, 2021"
        " By: /s/ Ansgar Quistgaard, Senior Vice President, Chief Legal Officer and Secretary\n"
    )
    facts, when = read_signatures(block, [_FILER], None)
    held = [f for f in facts if isinstance(f, Position)]
    assert when == date(2021, 6, 9)
    assert [(p.holder.name, p.title, p.organization.name, p.as_of) for p in held] == [
        (
            "Ansgar Quistgaard",
            "Senior Vice President, Chief Legal Officer and Secretary",
            _FILER.name,
            date(2021, 6, 9),
        )
    ]


# --- "A, who has served as interim T since <month>, has been named T" -------------------------

_NAMED = (
    "Zebulon Olufemi-Haig, who has served as interim Chief Financial Officer since January,"
    " has been named Chief Financial Officer."
)


def test_a_release_ends_the_interim_office_the_day_the_office_itself_starts() -> None:
    found = _release(f"Velloran Tarkwood, Inc. (NASDAQ: VLTW) announced that {_NAMED}\n\n")
    day, org = date(2019, 6, 3), "Velloran Tarkwood, Inc."  # the dateline ``_release`` writes
    assert ("Zebulon Olufemi-Haig", "Chief Financial Officer", org, day, None) in found
    interim = "interim Chief Financial Officer"
    assert ("Zebulon Olufemi-Haig", interim, org, None, day) in found


def test_an_8k_ends_the_interim_office_on_the_report_date_not_holding_it_now() -> None:
    found = _held(_NAMED)
    cfo = [p for p in found if p[1] == "Chief Financial Officer"]
    interim = [p for p in found if p[1] == "interim Chief Financial Officer"]
    assert len(cfo) == 1 and cfo[0][3] is not None
    assert [p[3:] for p in interim] == [(None, cfo[0][3])]
