"""Round 16 of the prose readers: the wording classes held-out set 11 showed misread, each on
made-up text worded differently from the set (a release through ``kg.extract.press``)."""

from __future__ import annotations

from datetime import date

from kg.extract import press
from kg.ingest import read_bytes
from kg.model import Position
from tests.test_prose_round12 import _held, _release

_FILER = "Ascent Solar Technologies, Inc."  # the seed 8-K's registrant

_WIRE_LEAD = (
    "Brindlewick Tooling Names Two Division Presidents\n\n"
    "TULSA, Okla.--(BUSINESS WIRE)--June 3, 2019--Brindlewick Tooling Corp. (NYSE: BWT), a maker\n"
    "of drilling tools for the oil and gas markets, today announced these changes to its\n"
    "management, each effective May 1, 2019.\n\n"
)


def _printed(text: str) -> set[tuple]:
    """(holder, title, start, end) of every position a release printed as text states."""
    x = press.extract(read_bytes(text.encode(), "made_up.txt"))
    return {
        (f.holder.name, f.title, f.start_date, f.end_date)
        for f in x.facts
        if isinstance(f, Position)
    }


# --- the day a wrapped lead sentence gives ----------------------------------------------------


def test_the_rest_of_a_wrapped_dateline_line_runs_on_into_the_lead_sentence() -> None:
    found = _printed(
        f"{_WIRE_LEAD}Hesper D. Tollemache has been named president of the Marine Systems\n"
        "Division, succeeding Osric P. Lamb, who will retire on June 30, 2019 after 30 years\n"
        "with the company.\n"
    )
    title = "president of the Marine Systems Division"
    # the heading's day, not the day the predecessor's "who will retire on" clause gives
    assert ("Hesper D. Tollemache", title, date(2019, 5, 1), None) in found
    assert ("Osric P. Lamb", title, None, date(2019, 6, 30)) in found


# --- a title added -------------------------------------------------------------------------------


def test_a_title_given_as_an_additional_title_starts_on_the_lists_day() -> None:
    found = _release(
        "Brindlewick Tooling Corp. (NYSE: BWT) today announced three promotions, each effective May"
        " 1, 2019. Dorian Fell, treasurer, has been given the additional title of vice president."
        " Maren Thistleby, controller, was given the title of chief accounting officer."
    )
    day, org = date(2019, 5, 1), "Brindlewick Tooling Corp."
    assert ("Dorian Fell", "vice president", org, day, None) in found
    assert ("Dorian Fell", "treasurer", org, None, None) in found
    assert ("Maren Thistleby", "chief accounting officer", org, day, None) in found


def test_assuming_an_additional_title_starts_it() -> None:
    found = _release(
        "Brindlewick Tooling Corp. (NYSE: BWT) today announced that Pell Ardenne, its general"
        " counsel, will assume the additional title of corporate secretary, effective July 1,"
        " 2019."
    )
    assert (
        "Pell Ardenne",
        "corporate secretary",
        "Brindlewick Tooling Corp.",
        date(2019, 7, 1),
        None,
    ) in found


# --- seats on two boards kept -------------------------------------------------------------------


def test_continuing_to_serve_on_both_boards_keeps_a_seat_on_each() -> None:
    found = _release(
        "Farrowdene Financial Corp. (Nasdaq: FRWD), the holding company for Farrowdene Savings"
        " Bank, today announced that Dunstan P. Gristhorpe will retire as President of the bank"
        " on July 31, 2019. Mr. Gristhorpe will continue to serve on the boards of directors of"
        " both the bank and the company."
    )
    assert ("Dunstan P. Gristhorpe", "Director", "Farrowdene Savings Bank", None, None) in found
    assert ("Dunstan P. Gristhorpe", "Director", "Farrowdene Financial Corp.", None, None) in found


def test_continuing_to_serve_on_the_board_keeps_the_seat() -> None:
    found = _release(
        "Brindlewick Tooling Corp. (NYSE: BWT) today announced that Osric P. Lamb will retire as"
        " Chief Executive Officer on June 30, 2019. Mr. Lamb will continue to serve on the Board."
    )
    assert ("Osric P. Lamb", "Director", "Brindlewick Tooling Corp.", None, None) in found


# --- co-chief executives named with the titles they hold now ------------------------------------


def test_each_of_two_people_named_with_a_current_title_takes_the_shared_office() -> None:
    found = _held(
        "The Board has appointed Hesper D. Tollemache, currently President, Marine Systems, and"
        " Dorian Fell, currently Executive Vice President and Chief Operating Officer, as"
        " Co-Chief Executive Officers of the Company, effective July 1, 2019."
    )
    day, co = date(2019, 7, 1), "Co-Chief Executive Officer"
    assert ("Hesper D. Tollemache", co, _FILER, day, None) in found
    assert ("Dorian Fell", co, _FILER, day, None) in found
    # each keeps the title said with the name, not the other's
    assert ("Hesper D. Tollemache", "President, Marine Systems", _FILER, None, None) in found
    coo = "Executive Vice President and Chief Operating Officer"
    assert ("Dorian Fell", coo, _FILER, None, None) in found
    assert ("Hesper D. Tollemache", coo, _FILER, None, None) not in found


# --- a departure and the office taken in one clause ---------------------------------------------


def test_stepping_down_and_becoming_another_officer_starts_the_new_office() -> None:
    found = _held(
        "Effective June 30, 2019, Osric P. Lamb will step down as Chief Executive Officer and will"
        " become Executive Chairman of the Board."
    )
    day = date(2019, 6, 30)
    assert ("Osric P. Lamb", "Chief Executive Officer", _FILER, None, day) in found
    assert ("Osric P. Lamb", "Executive Chairman of the Board", _FILER, day, None) in found


def test_resigning_and_being_appointed_in_one_clause_gives_both_changes_the_day() -> None:
    found = _held(
        "Osric P. Lamb resigned as Chief Financial Officer and was appointed Vice Chairman,"
        " effective March 2, 2019."
    )
    day = date(2019, 3, 2)
    assert ("Osric P. Lamb", "Chief Financial Officer", _FILER, None, day) in found
    assert ("Osric P. Lamb", "Vice Chairman", _FILER, day, None) in found


# --- the end of a co-office ----------------------------------------------------------------------


def test_becoming_the_sole_chief_executive_ends_the_co_office() -> None:
    found = _held(
        "On March 2, 2019, the Board named Hesper Tollemache sole President of the Company,"
        " effective April 1, 2019."
    )
    day = date(2019, 4, 1)
    assert ("Hesper Tollemache", "President", _FILER, day, None) in found
    assert ("Hesper Tollemache", "Co-President", _FILER, None, day) in found


def test_a_co_chief_executive_who_becomes_vice_chair_leaves_the_co_office() -> None:
    found = _release(
        "Brindlewick Tooling Corp. (NYSE: BWT) today announced that Rosalind Marchbrook, who has"
        " served as Co-Chief Executive Officer with Hesper Tollemache since 2016, will become"
        " Vice Chair of the Board on July 1, 2019."
    )
    day, org = date(2019, 7, 1), "Brindlewick Tooling Corp."
    assert ("Rosalind Marchbrook", "Vice Chair of the Board", org, day, None) in found
    assert ("Rosalind Marchbrook", "Co-Chief Executive Officer", org, None, day) in found


# --- a release that lists "Name – Title" lines under its heading -------------------------------


def _html_release(paragraphs: list[str]) -> set[tuple]:
    """(holder, title, start, end) of every position a release as HTML states."""
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    x = press.extract(read_bytes(f"<html><body>{body}</body></html>".encode(), "made_up.htm"))
    return {
        (f.holder.name, f.title, f.start_date, f.end_date)
        for f in x.facts
        if isinstance(f, Position)
    }


def test_name_and_title_lines_under_a_heading_start_on_the_headings_day() -> None:
    found = _html_release(
        [
            "TULSA, Okla.--(BUSINESS WIRE)--Brindlewick Tooling Corp. (NYSE: BWT) today announced"
            " the following leadership changes, effective September 3, 2018, as part of the"
            " reorganization it described in its annual report:",
            "Marguerite Skerrow – Executive Vice President, Global Logistics and Supply Chain",
            "Skerrow has led the Pipeline Products segment since 2014.",
            "Desmond Marchbrook – President, Pipeline Products",
            "Marchbrook succeeds Skerrow. He was previously Vice President, Sales.",
        ]
    )
    day = date(2018, 9, 3)
    ops = "Executive Vice President, Global Logistics and Supply Chain"
    assert ("Marguerite Skerrow", ops, day, None) in found
    assert ("Desmond Marchbrook", "President, Pipeline Products", day, None) in found
    # the successor's line tells the title the person named before leaves
    assert ("Marguerite Skerrow", "President, Pipeline Products", None, day) in found


def test_a_name_and_title_line_with_no_heading_over_it_is_held() -> None:
    found = _html_release(
        [
            "TULSA, Okla.--(BUSINESS WIRE)--Brindlewick Tooling Corp. (NYSE: BWT) today introduced"
            " the members of its new executive committee.",
            "Marguerite Skerrow – Chief Operating Officer",
        ]
    )
    assert ("Marguerite Skerrow", "Chief Operating Officer", None, None) in found


# --- the day of a departure said with the title held ---------------------------------------------


def test_a_departure_on_its_own_day_before_an_advisory_stay_ends_on_that_day() -> None:
    found = _release(
        "Brindlewick Tooling Corp. (NYSE: BWT) today announced that Osric Lamb, Executive Vice"
        " President and Chief Operating Officer, will step down from that role on March 1, 2019"
        " and will serve as a senior advisor until his retirement on June 28, 2019."
    )
    coo = "Executive Vice President and Chief Operating Officer"
    assert ("Osric Lamb", coo, "Brindlewick Tooling Corp.", None, date(2019, 3, 1)) in found


# --- a second act on the person, by pronoun ------------------------------------------------------


def test_appointed_and_elected_to_the_board_by_pronoun_takes_the_seat_too() -> None:
    found = _held(
        "On June 5, 2019, the Board appointed Hesper D. Tollemache as Chief Executive Officer"
        " and elected her to the Board, effective July 1, 2019."
    )
    day = date(2019, 7, 1)
    assert ("Hesper D. Tollemache", "Chief Executive Officer", _FILER, day, None) in found
    assert ("Hesper D. Tollemache", "Director", _FILER, day, None) in found


def test_the_pronoun_after_a_succession_is_the_successors_not_the_predecessors() -> None:
    found = _held(
        "Osric P. Lamb will retire as President of the Company on July 1, 2019. On June 5, 2019,"
        " the Board appointed Rosalind Marchbrook, 49, currently Chief Operating Officer, to"
        " succeed Mr. Lamb as President, and elected her to the Board, in each case effective"
        " July 1, 2019."
    )
    day = date(2019, 7, 1)
    assert ("Rosalind Marchbrook", "President", _FILER, day, None) in found
    assert ("Rosalind Marchbrook", "Director", _FILER, day, None) in found
    assert not [f for f in found if f[0] == "Osric P. Lamb" and f[1] == "Director"]


# --- a successor named with an age and a title held now ---------------------------------------


def test_a_name_with_an_age_is_a_person_the_succession_is_read_for() -> None:
    found = _held(
        "Rosalind Quennevais, 46, currently Vice President, will succeed Osric P. Lamb as"
        " Treasurer, effective June 3, 2019."
    )
    day = date(2019, 6, 3)
    assert ("Rosalind Quennevais", "Treasurer", _FILER, day, None) in found
    assert ("Osric P. Lamb", "Treasurer", _FILER, None, day) in found
    assert ("Osric P. Lamb", "Treasurer", _FILER, day, None) not in found  # not the successor


def test_a_title_held_now_keeps_its_lettered_unit_after_and_general_manager() -> None:
    found = _held(
        "Rosalind Marchbrook, currently Senior Vice President and General Manager, EMEA Retail,"
        " will succeed Osric P. Lamb as President, Europe, effective June 3, 2019."
    )
    day, title = date(2019, 6, 3), "Senior Vice President and General Manager, EMEA Retail"
    assert ("Rosalind Marchbrook", title, _FILER, None, None) in found
    assert ("Rosalind Marchbrook", "President, Europe", _FILER, day, None) in found
    assert ("Osric P. Lamb", "President, Europe", _FILER, None, day) in found


# --- an office held over a span, and the office it becomes -------------------------------------


def test_serving_from_one_day_through_an_event_on_a_day_starts_and_ends_the_office() -> None:
    found = _held(
        "Osric P. Lamb will serve as Executive Chairman of the Board from January 1, 2020 through"
        " the Company's 2020 Annual Meeting of Stockholders, currently expected to be held on"
        " May 14, 2020."
    )
    title = "Executive Chairman of the Board"
    assert ("Osric P. Lamb", title, _FILER, date(2020, 1, 1), date(2020, 5, 14)) in found


def test_joining_serving_through_a_day_and_becoming_the_next_office() -> None:
    found = _held(
        "Rosalind Marchbrook, 48, will join the Company as President and Chief Operating Officer"
        " on July 10, 2019, will serve in that role through December 31, 2019, and will become"
        " President and Chief Executive Officer on January 1, 2020."
    )
    coo, ceo = "President and Chief Operating Officer", "President and Chief Executive Officer"
    assert ("Rosalind Marchbrook", coo, _FILER, date(2019, 7, 10), date(2019, 12, 31)) in found
    assert ("Rosalind Marchbrook", ceo, _FILER, date(2020, 1, 1), None) in found


# --- "each of them": the people the sentence before named ---------------------------------------


def test_electing_each_of_them_gives_a_seat_to_each_person_named_before() -> None:
    found = _held(
        "On October 1, 2019, the Board appointed Hesper D. Tollemache and Rosalind Marchbrook"
        " as Co-Chief Executive Officers of the Company, effective November 4, 2019. The Board"
        " also increased its size from eight to ten directors and elected each of them as a"
        " director, effective November 4, 2019."
    )
    day = date(2019, 11, 4)
    assert ("Hesper D. Tollemache", "director", _FILER, day, None) in found
    assert ("Rosalind Marchbrook", "director", _FILER, day, None) in found


# --- a title's unit before "upon" ---------------------------------------------------------------


def test_relinquishing_a_title_with_its_unit_upon_another_change_keeps_the_unit() -> None:
    found = _held(
        "Ms. Rosalind Marchbrook, 47, has served as the Company's President, Apparel since 2016."
        " Ms. Marchbrook will relinquish the title of President, Apparel upon becoming Chief"
        " Executive Officer on November 4, 2019."
    )
    day = date(2019, 11, 4)
    assert ("Rosalind Marchbrook", "President, Apparel", _FILER, None, day) in found
    assert not [f for f in found if f[1] == "President"]
