"""Round 21 of the prose readers: wording classes held-out set 14 showed misread, each on
made-up text worded differently from the set (an 8-K item through ``kg.extract.form8k``, a
release through ``kg.extract.press``)."""

from __future__ import annotations

from datetime import date

from tests.test_prose_round12 import _held

_FILER = "Ascent Solar Technologies, Inc."  # the seed 8-K's registrant


# --- a printed filing's lost apostrophe: "the Company s President" ---------------------------


def test_a_possessive_that_lost_its_apostrophe_is_the_filers_title() -> None:
    found = _held(
        "On March 2, 2015, the Board appointed Aurelian P. Cockerell, the Company s Senior Vice"
        " President, Operations, to succeed Gwenllian Pilbeam as Chief Operating Officer"
        " effective April 1, 2015."
    )
    coo = "Chief Operating Officer"
    assert ("Aurelian P. Cockerell", coo, _FILER, date(2015, 4, 1), None) in found
    assert ("Gwenllian Pilbeam", coo, _FILER, None, date(2015, 4, 1)) in found
    assert not any(p[0] == "Aurelian P. Cockerell" and p[1] != coo and p[3] for p in found)


# --- founder, Chairman and CEO becoming Executive Chairman: the CEO's office is left ----------


def test_becoming_executive_chairman_leaves_the_ceo_office_not_the_chair() -> None:
    found = _held(
        "On May 4, 2016, the Company announced that Osmund R. Brantingham, its co-founder,"
        " Chairman and Chief Executive Officer, will become Executive Chairman effective"
        " July 1, 2016."
    )
    day = date(2016, 7, 1)
    assert ("Osmund R. Brantingham", "Executive Chairman", _FILER, day, None) in found
    assert ("Osmund R. Brantingham", "Chief Executive Officer", _FILER, None, day) in found
    assert not any(p[0] == "Osmund R. Brantingham" and "founder" in p[1] for p in found)
