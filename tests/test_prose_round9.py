"""Round 9 of the prose readers: wording classes the held-out set 7 showed misread, each on
made-up text (an 8-K item through ``kg.extract.form8k``, a release through
``kg.extract.press``)."""

from __future__ import annotations

from datetime import date

from kg.extract import press
from kg.extract.nlp import person_from_text
from kg.ingest import read_bytes
from kg.model import Position
from tests.test_extract_form8k import _seed_item


def _item_502(body: str) -> set[tuple]:
    """(holder, title, start, end) of every position a made-up Item 5.02 reads."""
    x = _seed_item(body, "Item 5.02 Departure of Directors or Certain Officers.")
    return {
        (p.holder.name, p.title, p.start_date, p.end_date)
        for p in x.facts
        if isinstance(p, Position) and p.holder.name != "Matthew B. Foster"  # the seed's signer
    }


def _release(body: str, dateline: str = "DENVER, March 4, 2024 /PRNewswire/ -- ") -> set[tuple]:
    """(holder, title, start, end) of every position a made-up release states."""
    x = press.extract(read_bytes(f"{dateline}{body}".encode(), "made_up.txt"))
    return {
        (f.holder.name, f.title, f.start_date, f.end_date)
        for f in x.facts
        if isinstance(f, Position)
    }


# --- names written with diacritics ---------------------------------------------------------


def test_a_name_with_diacritics_is_a_persons_name_as_written() -> None:
    for name in ("Élodie Brûlé-Santos", "Søren Åberg", "Zoë Müller", "Inès Charbonneau"):
        person = person_from_text(name)
        assert person is not None and person.name == name, name


def test_an_accented_name_is_read_in_an_appointment() -> None:
    found = _item_502(
        "On March 4, 2024, the Board of Directors appointed Hélène Marchetti-Côté as Chief"
        " Financial Officer of the Company, effective April 1, 2024."
    )
    assert ("Hélène Marchetti-Côté", "Chief Financial Officer", date(2024, 4, 1), None) in found


def test_an_accented_name_is_read_in_a_departure_and_after_an_honorific() -> None:
    found = _item_502(
        "On March 4, 2024, Anaïs Lefèvre informed the Company that she will resign as"
        " Controller, effective March 29, 2024. Ms. Lefèvre has served as Controller since 2019."
    )
    assert ("Anaïs Lefèvre", "Controller", None, date(2024, 3, 29)) in found


def test_an_accented_hyphenated_given_name_is_read_in_a_release() -> None:
    found = _release(
        "Acme Widgets, Inc. (NASDAQ: ACME) today announced that Jean-Réal Ostrowski has been"
        " named Chief Operating Officer, effective immediately."
    )
    assert ("Jean-Réal Ostrowski", "Chief Operating Officer", date(2024, 3, 4), None) in found


# --- a release in the present tense; the Canadian wires' dateline ---------------------------


def test_a_release_that_announces_today_is_a_release() -> None:
    doc = read_bytes(
        b"Example Minerals Ltd. Reports Management Change\n\nExample Minerals Ltd. (TSX: EXM)"
        b" announces today that Jane Q. Roe has been appointed Chief Financial Officer.",
        "made_up.txt",
    )
    assert press.detect(doc)


def test_a_marketwire_dateline_gives_the_place_wire_and_day() -> None:
    x = press.extract(
        read_bytes(
            b"CALGARY, ALBERTA--(Marketwired - Feb. 3, 2014) - Example Energy Corp. (TSX: EXE)"
            b" today reports that Jane Q. Roe has been appointed Chief Financial Officer,"
            b" effective immediately.",
            "made_up.txt",
        )
    )
    assert (x.document.date, x.document.dateline) == (date(2014, 2, 3), "CALGARY, ALBERTA")
    assert x.document.publisher == "Marketwired"


# --- British and Commonwealth titles, dates and wording ------------------------------------


def test_a_day_written_before_its_month_is_a_date() -> None:
    found = _item_502(
        "On 4 March 2024, the Board appointed Jane Q. Roe as Chief Financial Officer with effect"
        " from 2 April 2024."
    )
    assert ("Jane Q. Roe", "Chief Financial Officer", date(2024, 4, 2), None) in found


def test_british_board_titles_are_read_whole() -> None:
    found = _item_502(
        "On March 4, 2024, the Company announced that John A. Doe will step down as Group"
        " Finance Director effective March 31, 2024. The Board appointed Mary K. Smith as"
        " Company Secretary effective March 4, 2024."
    )
    assert ("John A. Doe", "Group Finance Director", None, date(2024, 3, 31)) in found
    assert ("Mary K. Smith", "Company Secretary", date(2024, 3, 4), None) in found


def test_with_immediate_effect_is_the_releases_day_beside_another_date() -> None:
    found = _release(
        "Acme Widgets, Inc. (NASDAQ: ACME) today announced that the Board has appointed John"
        " A. Doe as Chief Operating Officer with effect from 1 May 2024, and Mary K. Smith as a"
        " non-executive director with immediate effect."
    )
    assert ("John A. Doe", "Chief Operating Officer", date(2024, 5, 1), None) in found
    assert ("Mary K. Smith", "non-executive director", date(2024, 3, 4), None) in found


def test_a_speaker_named_before_said_and_a_chief_executive_are_read() -> None:
    found = _release(
        "Acme Widgets, Inc. (NASDAQ: ACME) today announced record orders. Thomas R. Whitcombe,"
        ' Chairman, said: "The year has begun well." "We are pleased," said Mary K. Smith,'
        " Chief Executive of Acme Widgets."
    )
    assert ("Thomas R. Whitcombe", "Chairman", None, None) in found
    assert ("Mary K. Smith", "Chief Executive", None, None) in found


# --- a title with a comma inside it ---------------------------------------------------------


def test_a_title_said_in_passing_is_not_cut_at_its_inner_comma() -> None:
    found = _item_502(
        "On March 4, 2024, the Company entered into a retention agreement with Mary K. Smith,"
        " the Company's Senior Vice President, Chief Legal Officer and Secretary."
    )
    titles = {p[1] for p in found if p[0] == "Mary K. Smith"}
    assert titles == {"Senior Vice President, Chief Legal Officer and Secretary"}


def test_elevated_to_a_title_starts_it() -> None:
    found = _release(
        "Acme Widgets, Inc. (NASDAQ: ACME) today elevated John A. Doe to President, Europe,"
        " effective April 15, 2024."
    )
    assert ("John A. Doe", "President, Europe", date(2024, 4, 15), None) in found


# --- a later sentence dates the changes before it ------------------------------------------


def test_a_sentence_after_the_changes_gives_their_day() -> None:
    found = _release(
        "Acme Widgets, Inc. (NASDAQ: ACME) today named Mary K. Smith Chief Technology Officer"
        " and promoted John A. Doe to Chief Revenue Officer. The appointments become effective"
        " May 6."
    )
    assert ("Mary K. Smith", "Chief Technology Officer", date(2024, 5, 6), None) in found
    assert ("John A. Doe", "Chief Revenue Officer", date(2024, 5, 6), None) in found


# --- start and end dates ----------------------------------------------------------------------


def test_continuing_until_a_day_ends_the_title_that_day() -> None:
    found = _item_502(
        "On March 4, 2024, John A. Doe informed the Company of his decision to retire. Mr. Doe"
        " will continue to serve as Treasurer until 5:00 p.m. on June 28, 2024."
    )
    assert ("John A. Doe", "Treasurer", None, date(2024, 6, 28)) in found


def test_a_date_after_through_is_no_start() -> None:
    found = _release(
        "Acme Widgets, Inc. (NASDAQ: ACME) today announced that John A. Doe will serve as"
        " interim Controller through September 30, 2024."
    )
    assert [p for p in found if p[0] == "John A. Doe"]
    assert not [p for p in found if p[2] == date(2024, 9, 30)]


def test_a_meeting_defined_with_its_scheduled_day_dates_a_retirement_at_it() -> None:
    found = _item_502(
        "On March 4, 2024, Mary K. Smith informed the Board that she will not stand for"
        " re-election at the 2024 Annual Meeting of Stockholders, scheduled for May 15, 2024"
        " (the “Annual Meeting”), and will retire from the Board at the Annual Meeting. The"
        " Board appointed John A. Doe as Lead Independent Director, effective the day following"
        " the Annual Meeting."
    )
    assert ("Mary K. Smith", "Director", None, date(2024, 5, 15)) in found
    assert ("John A. Doe", "Lead Independent Director", date(2024, 5, 16), None) in found


# --- functions after a title's comma ------------------------------------------------------------


def test_more_functions_stay_in_the_title_and_are_no_persons() -> None:
    found = _release(
        "Acme Widgets, Inc. (NASDAQ: ACME) today announced that Mary K. Smith, currently Vice"
        " President, Apparel Merchandising, was promoted to Senior Vice President, Merchandising,"
        " effective April 1, 2024. John A. Doe, Executive Vice President, Worldwide Field"
        " Operations, will retire on June 30, 2024."
    )
    assert (
        "Mary K. Smith",
        "Senior Vice President, Merchandising",
        date(2024, 4, 1),
        None,
    ) in found
    assert (
        "John A. Doe",
        "Executive Vice President, Worldwide Field Operations",
        None,
        date(2024, 6, 30),
    ) in found
    assert {p[0] for p in found} == {"Mary K. Smith", "John A. Doe"}
