"""Round 19 of the prose readers: wording classes held-out sets 13, 7 and 5 showed misread,
each on made-up text worded differently from the sets (an 8-K item through
``kg.extract.form8k``)."""

from __future__ import annotations

from datetime import date

from tests.test_prose_round12 import _held

_FILER = "Ascent Solar Technologies, Inc."  # the seed 8-K's registrant


# --- the office held since an event told in a clause -----------------------------------------


def test_an_office_held_since_the_person_joined_is_read() -> None:
    found = _held(
        "On August 3, 2017, the Board promoted Odalric Brannoch to Chief Operating Officer,"
        " effective September 1, 2017. Mr. Brannoch, 51, has served as the Company's Senior"
        " Vice President, Supply Chain since he joined the Company in 2012."
    )
    day = date(2017, 9, 1)
    assert ("Odalric Brannoch", "Chief Operating Officer", _FILER, day, None) in found
    assert any(
        p[0] == "Odalric Brannoch" and p[1] == "Senior Vice President, Supply Chain" for p in found
    )


# --- a title's function after a comma, read whole -----------------------------------------


def test_a_second_function_with_its_qualifier_is_part_of_the_title() -> None:
    found = _held(
        "On June 12, 2019, the Board of Directors appointed Maelis Corvath, currently Vice"
        " President, Procurement, as Senior Vice President, Procurement and Vendor Management,"
        " effective July 1, 2019."
    )
    day = date(2019, 7, 1)
    title = "Senior Vice President, Procurement and Vendor Management"
    assert ("Maelis Corvath", title, _FILER, day, None) in found


def test_a_products_group_after_the_comma_is_part_of_the_title() -> None:
    found = _held(
        "On June 12, 2019, the Board elected Ilsabet Harcastle, Senior Vice President,"
        " Industrial Products Group, to the new position of Chief Operating Officer, effective"
        " July 1, 2019."
    )
    titles = {p[1] for p in found if p[0] == "Ilsabet Harcastle"}
    assert "Senior Vice President, Industrial Products Group" in titles
    assert "Senior Vice President" not in titles


def test_a_title_joined_by_and_after_the_function_stays_apart() -> None:
    found = _held(
        "On June 12, 2019, the Board appointed Ilsabet Harcastle, Vice President, Sales and"
        " Chief Marketing Officer, as President, effective July 1, 2019."
    )
    titles = {p[1] for p in found if p[0] == "Ilsabet Harcastle"}
    assert "Vice President, Sales and Chief Marketing" not in titles


# --- the chair said in passing, and an office joined to an interim one -----------------------


def test_the_independent_chair_said_in_passing_is_held_not_the_news() -> None:
    found = _held(
        "On October 2, 2020, the Board appointed Odalric Brannoch, the independent Chair of the"
        " Board, as Executive Chair, effective October 5, 2020."
    )
    day = date(2020, 10, 5)
    assert ("Odalric Brannoch", "Executive Chair", _FILER, day, None) in found
    assert ("Odalric Brannoch", "Chair of the Board", _FILER, day, None) not in found


def test_an_office_and_an_interim_office_are_two() -> None:
    found = _held(
        "Effective October 5, 2020, the Board appointed Maelis Corvath to serve as Executive"
        " Chairman and interim Chief Executive Officer while the Board conducts a search."
    )
    day = date(2020, 10, 5)
    assert ("Maelis Corvath", "Executive Chairman", _FILER, day, None) in found
    assert ("Maelis Corvath", "interim Chief Executive Officer", _FILER, day, None) in found


def test_two_interim_offices_stay_one_title() -> None:
    found = _held(
        "Effective October 5, 2020, the Board appointed Maelis Corvath to serve as interim"
        " Chief Financial Officer and interim Treasurer."
    )
    titles = {p[1] for p in found if p[0] == "Maelis Corvath"}
    assert "interim Chief Financial Officer and interim Treasurer" in titles


# --- a board post's words are no person's name ------------------------------------------------


def test_lead_independent_director_is_a_post_not_a_name() -> None:
    found = _held(
        "Effective June 1, 2019, the Board appointed Odalric Brannoch as Executive Chair, and"
        " Dunstan R. Quarrier has been named Lead Independent Director."
    )
    day = date(2019, 6, 1)
    assert ("Dunstan R. Quarrier", "Lead Independent Director", _FILER, day, None) in found
    assert not [p for p in found if p[0] == "Lead Independent"]


def test_the_boards_post_said_in_passing_is_held_not_the_news() -> None:
    found = _held(
        "On March 3, 2024, the Board appointed Dunstan R. Quarrier, currently the Board's Lead"
        " Independent Director, as Chair of the Board, effective April 1, 2024."
    )
    day = date(2024, 4, 1)
    assert ("Dunstan R. Quarrier", "Chair of the Board", _FILER, day, None) in found
    assert ("Dunstan R. Quarrier", "Lead Independent Director", _FILER, day, None) not in found


# --- a vice president holds no president's office ------------------------------------------


def test_he_succeeds_b_gives_b_no_vice_presidency_of_the_parent() -> None:
    found = _held(
        "On August 1, 2016, the Board appointed Tancred M. Merrow as President of Isaura Freight"
        ' Company ("Isaura"), the Company\'s wholly owned trucking subsidiary, effective'
        " September 1, 2016. Mr. Merrow will also serve as a Senior Vice President of the"
        " Company. He succeeds Dunstan R. Quarrier, who will leave Isaura on September 1, 2016"
        " to pursue other interests."
    )
    assert not [p for p in found if p[0] == "Dunstan R. Quarrier" and "Vice" in p[1]]
    assert (
        "Tancred M. Merrow",
        "President",
        "Isaura Freight Company",
        date(2016, 9, 1),
        None,
    ) in found
