"""Round 17 of the prose readers: the wording classes held-out sets 7, 5, 4 and 8 showed
misread, each on made-up text worded differently from the sets (an 8-K item through
``kg.extract.form8k``, a release through ``kg.extract.press``)."""

from __future__ import annotations

from datetime import date

from tests.test_prose_round12 import _held, _release

_ORG = "Rookwood Drilling Corp."
_LEAD = f"{_ORG} (NYSE: RWD) today announced"


# --- a function after a spaced dash ---------------------------------------------------------


def test_a_dash_function_before_a_lowercase_word_is_the_titles() -> None:
    found = _release(
        f"{_LEAD} that Orsolya Danforth, its chief geophysicist, has been named Vice President"
        " - Geoscience effective July 1, 2019."
    )
    title = "Vice President - Geoscience"
    assert ("Orsolya Danforth", title, _ORG, date(2019, 7, 1), None) in found


def test_a_dash_function_and_a_second_title_at_a_lines_end() -> None:
    found = _release(
        f"{_LEAD} its second-quarter results.\n\nContact:\nGable Perriman\n"
        "Vice President - Corporate Affairs and Treasurer\n918-555-0142\n"
    )
    titles = {t for (who, t, *_) in found if who == "Gable Perriman"}
    assert titles == {"Vice President - Corporate Affairs and Treasurer"}


# --- a title said in passing as left ---------------------------------------------------------


def test_formerly_in_passing_is_the_office_left_for_the_new_one() -> None:
    found = _held(
        "On March 3, 1997, the Board of Directors elected Severin P. Hastwell, formerly Executive"
        " Vice President--Drilling, to the office of President and Chief Operating Officer of"
        " the Company, effective April 1, 1997."
    )
    org, day = "Ascent Solar Technologies, Inc.", date(1997, 4, 1)
    assert ("Severin P. Hastwell", "President and Chief Operating Officer", org, day, None) in found
    assert ("Severin P. Hastwell", "Executive Vice President--Drilling", org, None, day) in found


def test_formerly_with_a_function_after_a_comma() -> None:
    found = _held(
        "On March 3, 1997, the Board of Directors elected Severin P. Hastwell, formerly Senior"
        " Vice President, Sales, as President of the Company."
    )
    titles = {t for (who, t, *_) in found if who == "Severin P. Hastwell"}
    assert titles == {"President", "Senior Vice President, Sales"}


# --- a successor's fuller title and the office the predecessor said it leaves -----------------


def test_the_predecessor_leaves_the_office_its_own_departure_names() -> None:
    found = _held(
        "On August 12, 2019, Ambrus L. Marrable notified the Board of his intention to retire as"
        " Chief Executive Officer, effective December 31, 2019. On the same date, the Board"
        " appointed Peregrin Yardley, currently the Company's President and Chief Operating"
        " Officer, to succeed Mr. Marrable as President and Chief Executive Officer, effective"
        " January 1, 2020."
    )
    org = "Ascent Solar Technologies, Inc."
    ends = {(t, e) for (who, t, o, s, e) in found if who == "Ambrus L. Marrable" and o == org}
    # not also "President and Chief Executive Officer" ending on January 1: the successor's title
    assert ends == {("Chief Executive Officer", date(2019, 12, 31))}
    assert (
        "Peregrin Yardley",
        "President and Chief Executive Officer",
        org,
        date(2020, 1, 1),
        None,
    ) in found


def test_succeeding_b_who_has_served_as_part_of_the_title_ends_that_part() -> None:
    found = _held(
        "On May 1, 2019, the Board elected Ulfric Danvers as President and Chief Executive"
        " Officer of the Company, effective June 1, 2019, succeeding Ambrus Kellow, who has"
        " served as President of the Company since 2011 and who will continue to serve as a"
        " director."
    )
    kellow = {(t, e) for (who, t, o, s, e) in found if who == "Ambrus Kellow"}
    # B leaves the office B's clause says B holds, not the successor's "President and CEO"
    assert kellow == {("President", date(2019, 6, 1)), ("director", None)}


# --- changes a sentence after them dates ----------------------------------------------------


def test_a_sentence_naming_no_one_dates_the_8k_starts_before_it() -> None:
    found = _held(
        "The Board of Directors has elected Ulfric Danvers, a director, to the additional office"
        " of Chief Executive Officer and has elected Orsolya Danforth as Treasurer. Both"
        " elections were effective March 10, 1997."
    )
    org, day = "Ascent Solar Technologies, Inc.", date(1997, 3, 10)
    assert ("Ulfric Danvers", "Chief Executive Officer", org, day, None) in found
    assert ("Orsolya Danforth", "Treasurer", org, day, None) in found
