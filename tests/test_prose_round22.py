"""Round 22 of the prose readers: wording classes held-out sets 7 and 6 showed misread, each
on made-up text worded differently from the sets."""

from __future__ import annotations

from datetime import date

from kg.extract.form8k_signatures import read_signatures
from kg.model import EntityRef, Position

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
