"""Round 20 of the prose readers: wording classes held-out sets 5, 6 and 7 showed misread,
each on made-up text worded differently from the sets (an 8-K item through
``kg.extract.form8k``)."""

from __future__ import annotations

from datetime import date

from tests.test_prose_round12 import _held

_FILER = "Ascent Solar Technologies, Inc."  # the seed 8-K's registrant
_NEWS = (
    "On June 12, 2019, the Board appointed Odalric Brannoch as Chief Operating Officer,"
    " effective July 1, 2019. "
)
_COO = ("Odalric Brannoch", "Chief Operating Officer", _FILER, date(2019, 7, 1), None)


# --- a title's unit of three or more words before "since" ------------------------------------


def test_a_unit_of_several_words_before_since_is_part_of_the_title() -> None:
    found = _held(
        _NEWS + "Mr. Brannoch, 50, has been Vice President, Pipeline Safety and Compliance"
        " since 2012."
    )
    assert _COO in found
    title = "Vice President, Pipeline Safety and Compliance"
    assert ("Odalric Brannoch", title, _FILER, None, None) in found


# --- an office held now beside the joining, told as history ----------------------------------


def test_an_office_held_since_after_joining_the_company_is_read() -> None:
    found = _held(
        _NEWS + "Mr. Brannoch joined the Company in 2011 and has served as Executive Vice"
        " President, Network Planning since 2015."
    )
    assert _COO in found
    title = "Executive Vice President, Network Planning"
    assert ("Odalric Brannoch", title, _FILER, None, None) in found


def test_an_office_held_since_before_the_joining_is_read() -> None:
    found = _held(
        _NEWS + "Mr. Brannoch, 50, has been Vice President, Fleet Services since 2014 and"
        " joined the Company in 2006 as a dispatcher."
    )
    assert ("Odalric Brannoch", "Vice President, Fleet Services", _FILER, None, None) in found


def test_an_office_held_at_the_bank_joined_is_not_the_filers() -> None:
    found = _held(
        _NEWS + "Mr. Brannoch joined the Bank in 2011 and has served as its Senior Vice"
        " President and Controller since 2015."
    )
    assert not any(p[1] == "Senior Vice President and Controller" for p in found)


def test_a_title_with_another_companys_name_before_since_is_left() -> None:
    # "... of Example Casualty since 2001": the title reader does not name that company, so the
    # office is left unread rather than given to the filer
    found = _held(
        _NEWS + "Mr. Brannoch joined the Company in 2003 and has been senior vice president,"
        " claims, of Vexholm Casualty since 2009."
    )
    assert {p[1] for p in found if p[0] == "Odalric Brannoch"} == {"Chief Operating Officer"}


# --- "A has been named T." with no day: the report's news, on its date ------------------------


def test_a_title_named_in_the_present_perfect_without_a_day_starts_on_the_report_date() -> None:
    found = _held(
        "Merovech Halbrand has been named Chief Accounting Officer. He will report to the"
        " Chief Financial Officer."
    )
    title = "Chief Accounting Officer"
    assert any(p[0] == "Merovech Halbrand" and p[1] == title and p[3] for p in found)


def test_a_title_named_in_the_last_sentence_is_read() -> None:
    found = _held("Merovech Halbrand has been appointed Senior Vice President, Treasury.")
    assert any(p[:2] == ("Merovech Halbrand", "Senior Vice President, Treasury") for p in found)


def test_a_title_named_effective_on_an_unread_event_is_left_undated() -> None:
    # "effective beginning with fiscal 2026": a day the reader cannot date is not the report's
    found = _held(
        "Merovech Halbrand has been promoted to Senior Vice President, Treasury, effective"
        " beginning with fiscal 2026."
    )
    assert not any(p[0] == "Merovech Halbrand" and p[3] for p in found)
