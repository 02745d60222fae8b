"""Round 13 of the prose readers: the wording classes held-out set 11 (typical 8-Ks and
releases) showed misread, each on made-up text worded differently from the set (an 8-K item
through ``kg.extract.form8k``, a release through ``kg.extract.press``)."""

from __future__ import annotations

from datetime import date

from kg.extract.prose_people import _slotted
from tests.test_prose_round12 import _held

_FILER = "Ascent Solar Technologies, Inc."  # the seed 8-K's registrant


# --- several people in one sentence --------------------------------------------------------


def test_directors_elected_to_fill_new_seats_each_take_a_seat() -> None:
    found = _held(
        "On February 2, 2021, the Board enlarged itself from seven to nine members and elected"
        " Marguerite van den Bosch and Otis L. Farrow Sr. to fill the two new seats, each"
        " effective March 1, 2021."
    )
    day = date(2021, 3, 1)
    assert ("Marguerite van den Bosch", "Director", _FILER, day, None) in found
    assert ("Otis L. Farrow Sr.", "Director", _FILER, day, None) in found


# --- an office that ends when the role changes ---------------------------------------------


def test_a_lead_director_who_becomes_chair_leaves_the_lead_directors_post() -> None:
    found = _held(
        "On June 4, 2022, the Board named Priya K. Osei, who has been Lead Director since 2019,"
        " as independent Chairman of the Board, effective July 1, 2022."
    )
    day = date(2022, 7, 1)
    assert ("Priya K. Osei", "Chairman of the Board", _FILER, day, None) in found
    assert ("Priya K. Osei", "Lead Director", _FILER, None, day) in found


def test_a_notice_and_a_suffixed_appointee_stand_where_a_person_does() -> None:
    # the small model misses some names ("Caspian" read as a people's name): the slot a person
    # stands in finds them, a notice's giver and a name with a generational suffix too
    text = (
        "On October 7, 2020, Ansel Q. Morrow informed the Board of his decision to retire, and"
        " the Board appointed Ignatius P. Wold III, M.D., as Chief Medical Officer."
    )
    names = {text[at:end] for at, end in _slotted(text)}
    assert {"Ansel Q. Morrow", "Ignatius P. Wold III"} <= names


def test_remaining_on_the_board_keeps_the_seat() -> None:
    found = _held(
        "Effective April 30, 2023, Noor F. Castell retired as Chief Financial Officer."
        " Ms. Castell will remain on the Board."
    )
    assert ("Noor F. Castell", "Director", _FILER, None, None) in found


# --- dates from the events a filing names ---------------------------------------------------


def test_a_merger_completed_on_a_day_dates_later_appointments_upon_it() -> None:
    found = _held(
        "Effective upon the closing of the acquisition on April 5, 2013, the Board increased its"
        " size to nine directors. Olga P. Sandvik is a director of the Company. Also effective"
        " upon the closing of the acquisition, the Board appointed Ms. Sandvik, who served as"
        " Chief Executive Officer of Brightwater, as Executive Vice President of the Company."
    )
    day = date(2013, 4, 5)
    assert ("Olga P. Sandvik", "Executive Vice President", _FILER, day, None) in found


def test_bullets_under_a_defined_events_heading_are_each_dated_by_it() -> None:
    found = _held(
        'On August 2, 2019 (the "Separation Date"), the Company completed the spin-off of'
        " Larchmont Tools Inc. Effective as of the Separation Date: • Henrik J. Vold ceased to"
        " serve as Vice President, Tax of the Company and became Chief Financial Officer of"
        " Larchmont Tools Inc.; and • Amara C. Nwosu resigned from the Board of Directors of the"
        " Company in order to serve as the non-executive Chairman of Larchmont Tools Inc."
    )
    day = date(2019, 8, 2)
    assert ("Henrik J. Vold", "Vice President, Tax", _FILER, None, day) in found
    assert ("Amara C. Nwosu", "Director", _FILER, None, day) in found


# --- titles cut short, and who a title belongs to ------------------------------------------


def test_a_title_whose_unit_is_special_projects_is_whole_and_reports_to_no_one() -> None:
    found = _held(
        "Ilse M. Brandt is the Company's Chief Executive Officer. Effective May 31, 2018, Rolf T."
        " Aker will step down as Chief Marketing Officer and will continue with the Company as"
        " Vice President, Strategic Initiatives, reporting to Ms. Brandt."
    )
    assert ("Rolf T. Aker", "Vice President, Strategic Initiatives", _FILER, None, None) in found
    assert not [f for f in found if f[0] == "Ilse M. Brandt" and f[4] is not None]


def test_an_aged_successor_with_the_filers_title_in_passing_is_appointed() -> None:
    found = _held(
        "On January 9, 2024, the Board appointed Dmitri A. Kalnins, 47, the Company's Vice"
        " President, Tax and Treasury, as Senior Vice President, Finance of the Company,"
        " effective immediately."
    )
    day = date(2024, 1, 9)
    assert ("Dmitri A. Kalnins", "Senior Vice President, Finance", _FILER, day, None) in found
