"""Round 6 of the prose readers: wording classes the held-out set 4 showed unread, each on
made-up text (a release through ``kg.extract.press``, a sentence through
``kg.extract.prose_positions``)."""

from __future__ import annotations

from datetime import date

from kg.extract import press
from kg.extract.prose_positions import Named, read_sentence
from kg.ingest import read_bytes
from kg.model import Position

_SUBJECT = "Acme Widgets, Inc. (NASDAQ: ACME)"


def _release(body: str, dateline: str = "DENVER, March 4, 2024 /PRNewswire/ -- ") -> set[tuple]:
    """(holder, title, start, end) of every position a made-up release states."""
    x = press.extract(read_bytes(f"{dateline}{body}".encode(), "made_up.txt"))
    return {
        (f.holder.name, f.title, f.start_date, f.end_date)
        for f in x.facts
        if isinstance(f, Position)
    }


def _changes(text: str, names: tuple[str, ...], near: date | None = None) -> set[tuple]:
    people = [Named(text.index(n), text.index(n) + len(n), n) for n in names]
    return {(s.key, s.title, s.change, s.day) for s in read_sentence(text, people, near)}


# --- dates ---------------------------------------------------------------------------------


def test_a_release_dated_without_its_year_takes_the_year_of_its_foot_line() -> None:
    body = (
        f"{_SUBJECT} today named Jane Roe chief financial officer, effective immediately."
        "\n\nSOURCE Acme Widgets, Inc.\n\n01/14/2003\n"
    )
    x = press.extract(read_bytes(f"DENVER, Jan. 14 /PRNewswire/ -- {body}".encode(), "old.txt"))
    assert x.document.date == date(2003, 1, 14)
    assert ("Jane Roe", "chief financial officer", date(2003, 1, 14), None) in _release(
        body, "DENVER, Jan. 14 /PRNewswire/ -- "
    )


def test_effective_today_is_the_documents_date_and_each_person_keeps_their_own_date() -> None:
    text = (
        "The Company announced the appointment of Ms. Roe as Chief Medical Officer, effective"
        " April 15, 2024, and the promotion of Mr. Doe to Chief Business Officer, effective today."
    )
    assert _changes(text, ("Ms. Roe", "Mr. Doe"), near=date(2024, 4, 2)) == {
        ("Ms. Roe", "Chief Medical Officer", "start", date(2024, 4, 15)),
        ("Mr. Doe", "Chief Business Officer", "start", date(2024, 4, 2)),
    }


def test_leaving_the_company_ends_the_title_said_with_the_name() -> None:
    text = (
        "Mr. Roe, the Company's President and Chief Operating Officer, will leave the Company"
        " effective August 30, 2024 to pursue other opportunities."
    )
    assert _changes(text, ("Mr. Roe",)) == {
        ("Mr. Roe", "President and Chief Operating Officer", "end", date(2024, 8, 30))
    }


# --- successions ---------------------------------------------------------------------------


def test_a_predecessor_named_to_another_office_starts_it_and_gives_the_successor_nothing() -> None:
    text = "Mr. Roe replaces Ms. Doe, who has been named Senior Vice President, Strategy."
    assert _changes(text, ("Mr. Roe", "Ms. Doe")) == {
        ("Ms. Doe", "Senior Vice President, Strategy", "start", None)
    }


def test_a_succession_with_a_word_about_the_predecessor_moves_the_office() -> None:
    text = (
        "The Board approved a plan under which Ms. Roe, the Company's President, will succeed"
        " co-founder Mr. Doe as Chief Executive Officer on October 1, 2024."
    )
    assert _changes(text, ("Ms. Roe", "Mr. Doe")) == {
        ("Ms. Roe", "President", None, None),
        ("Ms. Roe", "Chief Executive Officer", "start", date(2024, 10, 1)),
        ("Mr. Doe", "Chief Executive Officer", "end", date(2024, 10, 1)),
    }


def test_a_change_upon_another_persons_departure_takes_that_day() -> None:
    found = _release(
        f"{_SUBJECT} announced today that John Doe, the Company's President and Chief Operating"
        " Officer, will leave the Company effective August 30, 2024. Upon Mr. Doe's departure,"
        " Jane Roe, Chief Executive Officer, will reassume the title of President."
    )
    assert ("Jane Roe", "President", date(2024, 8, 30), None) in found
    assert ("John Doe", "President and Chief Operating Officer", None, date(2024, 8, 30)) in found


def test_a_successor_upon_her_retirement_takes_the_day_of_that_retirement() -> None:
    found = _release(
        f"{_SUBJECT} today announced that Jane Roe, who has chaired the Board since 2016, will"
        " retire from the Board at the conclusion of the 2025 Annual Meeting on June 12, 2025."
        " The Board has elected John Doe, an independent director since 2019, to succeed Ms. Roe"
        " as Chair of the Board upon her retirement."
    )
    assert ("John Doe", "Chair of the Board", date(2025, 6, 12), None) in found
    assert ("Jane Roe", "Chair of the Board", None, date(2025, 6, 12)) in found


def test_a_role_resumed_upon_a_successors_arrival_starts_on_that_day() -> None:
    found = _release(
        f"{_SUBJECT} also announced that Jane Roe joined as Chief Financial Officer on May 1,"
        " 2024. John Doe, who had served as interim Chief Financial Officer since February,"
        " resumed his role as Vice President, Treasury upon her arrival."
    )
    assert ("John Doe", "Vice President, Treasury", date(2024, 5, 1), None) in found


def test_each_effective_in_a_heading_dates_the_changes_listed_after_it() -> None:
    found = _release(
        f"{_SUBJECT} today announced two executive promotions, each effective January 1, 2025,"
        " as part of a planned transition.\n\nJane Roe has been promoted to President,"
        " Industrial Segment. John Doe, currently Vice President, Advanced Engineering, will"
        ' become Chief Technology Officer.\n\n"We are proud of them," said Ann Poe, Chief'
        " Executive Officer."
    )
    assert ("Jane Roe", "President, Industrial Segment", date(2025, 1, 1), None) in found
    assert ("John Doe", "Chief Technology Officer", date(2025, 1, 1), None) in found
    assert ("John Doe", "Vice President, Advanced Engineering", None, None) in found
    assert "Advanced Engineering" not in {h for h, *_ in found}


def test_a_heading_word_is_no_name() -> None:
    from kg.extract.nlp import person_from_text

    assert person_from_text("Not Standing") is None


# --- titles and contacts -------------------------------------------------------------------


def test_a_function_after_of_is_part_of_the_title_not_an_organisation() -> None:
    found = _release(
        f"{_SUBJECT} today named Jane Roe senior vice president of corporate development."
        " Roe was previously vice president of global sales at the Company."
    )
    assert ("Jane Roe", "senior vice president of corporate development", None, None) in {
        (h, t, None, e) for h, t, s, e in found
    }


def test_a_contact_without_a_title_is_no_position() -> None:
    found = _release(
        f"{_SUBJECT} today announced that Jane Roe has been appointed Chief Executive Officer,"
        " effective April 1, 2024.\n\nContact:\nJohn Doe\n303-555-0100\n"
    )
    assert {h for h, *_ in found} == {"Jane Roe"}


def test_an_office_held_at_the_company_one_comes_from_is_that_companys() -> None:
    text = "Ms. Roe joins Acme from Example Outdoor Co., where she has served as General Counsel since 2017."  # noqa: E501
    (held,) = read_sentence(text, [Named(0, 7, "roe")])
    assert (held.title, held.change, held.org) == ("General Counsel", None, "Example Outdoor Co.")


def test_a_partner_is_a_partner_of_a_firm_not_of_a_unit() -> None:
    from kg.extract.parties import Parties
    from kg.extract.prose_people import resolve_org
    from kg.extract.prose_titles import Stated
    from kg.model import EntityRef

    parties = Parties(EntityRef("company", "Acme Widgets, Inc."))
    title, key = resolve_org(
        Stated("roe", "Managing Partner", org="Example Value"), parties, parties.subject_key
    )
    assert (title, parties.ref(key).name) == ("Managing Partner", "Example Value")
