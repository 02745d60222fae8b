"""Round 14 of the prose readers: wording classes held-out set 11 still misread, each on
made-up text worded differently from the set (an 8-K item through ``kg.extract.form8k``)."""

from __future__ import annotations

from datetime import date

from tests.test_prose_round12 import _held

_FILER = "Ascent Solar Technologies, Inc."  # the seed 8-K's registrant


# --- a notice's day is not the departure's ----------------------------------------------------


def test_a_later_sentence_keeping_the_role_until_a_day_dates_the_notified_retirement() -> None:
    found = _held(
        "On September 9, 2017, Osric N. Penhallow, Vice President and Controller of the Company,"
        " advised the Company of his intention to retire. Mr. Penhallow will remain in his"
        " current position through October 31, 2017, after which he will consult for the"
        " Company for six months."
    )
    title = "Vice President and Controller"
    assert ("Osric N. Penhallow", title, _FILER, None, date(2017, 10, 31)) in found
    assert not [f for f in found if f[4] == date(2017, 9, 9)]


def test_a_notice_of_a_departure_effective_immediately_ends_on_the_notices_day() -> None:
    found = _held(
        "On April 4, 2016, Marisol T. Quenby informed the Board that she will resign as Chief"
        " Operating Officer, effective immediately, to pursue other interests."
    )
    day = date(2016, 4, 4)
    assert ("Marisol T. Quenby", "Chief Operating Officer", _FILER, None, day) in found


# --- who the verb belongs to, and an office the same change brings -------------------------


def test_the_name_inside_anothers_who_clause_does_not_take_the_verb_after_it() -> None:
    found = _held(
        "Effective January 1, 2022, Teodora Quill will serve as sole President of the Company."
        " Dorian F. Vasquez-Lamb, who has worked with Ms. Quill as Co-President since 2019, will"
        " become Chief Strategy Officer on the same date."
    )
    day = date(2022, 1, 1)
    assert ("Dorian F. Vasquez-Lamb", "Chief Strategy Officer", _FILER, day, None) in found
    assert not [f for f in found if f[0] == "Teodora Quill" and f[1] == "Chief Strategy Officer"]


def test_an_office_also_assumed_takes_the_day_of_the_change_before() -> None:
    found = _held(
        "The Board appointed Wilhelmina J. Starke as Chief Executive Officer, effective November"
        " 15, 2021. Ms. Starke will also assume the role of Chair of the Board."
    )
    day = date(2021, 11, 15)
    assert ("Wilhelmina J. Starke", "Chair of the Board", _FILER, day, None) in found
