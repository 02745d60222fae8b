"""The sentence reader of ``kg.extract.prose_positions`` on made-up sentences: which
titles a sentence gives the person it names, and which it does not."""

from __future__ import annotations

from datetime import date

import pytest

from kg.extract.prose_positions import Named, Stated, read_sentence
from kg.model import Position
from tests.test_extract_form8k import _seed_item


def _read(sentence: str, name: str = "Mr. Roe") -> list[Stated]:
    at = sentence.index(name)
    return read_sentence(sentence, [Named(at, at + len(name), "roe")])


def test_a_seat_held_now_is_read_without_a_change() -> None:
    (held,) = _read("Mr. Roe has served as a director of the Company since January 1994.")
    assert (held.title, held.change, held.org) == ("director", None, "the Company")


def test_other_boards_are_one_seat_per_company_listed() -> None:
    found = _read("Mr. Roe is also a director of Acme Widget Corp. and Example Holdings, Inc.")
    assert [(s.title, s.org) for s in found] == [
        ("director", "Acme Widget Corp."),
        ("director", "Example Holdings, Inc."),
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "Mr. Roe served as Chief Financial Officer of Acme Widget Corp. from 2001 to 2005.",
        "Mr. Roe was a director of Acme Widget Corp. until 2019.",
        "Mr. Roe is a graduate of the University of Example.",
    ],
)
def test_past_seats_and_other_facts_are_not_read(sentence: str) -> None:
    assert _read(sentence) == []


def test_a_title_whose_comma_was_lost_is_one_title() -> None:
    (held,) = _read("Mr. Roe has been Vice President General Counsel of the Company since 2002.")
    assert held.title == "Vice President General Counsel"


def test_an_undated_move_keeps_its_old_title_for_a_later_sentence() -> None:
    found = _read(
        "The Board approved the promotion of Mr. Roe from Chief Operating Officer to President."
    )
    assert [(s.title, s.change, s.day, s.until) for s in found] == [
        ("President", "start", None, None),
        ("Chief Operating Officer", "end", None, "President"),
    ]


def test_dates_in_capitals_are_dates() -> None:
    from kg.extract.nlp import find_dates

    found = [d for _, d in find_dates("DATE OF REPORT: DECEMBER 15, 1998; SEPT. 3, 2001")]
    assert [d.isoformat() for d in found] == ["1998-12-15", "2001-09-03"]


def test_company_lists_keep_suffixes_and_ampersands() -> None:
    from kg.extract.nlp import company_list

    listed = (
        "Acme and Example Sachs & Co. LLC, Widget Bank PLC, Foo Paribas and Bar Trust Company, N.A."
    )
    assert company_list(listed) == [
        "Acme",
        "Example Sachs & Co. LLC",
        "Widget Bank PLC",
        "Foo Paribas",
        "Bar Trust Company, N.A.",
    ]


def test_an_office_at_another_company_is_read_with_its_name_whole() -> None:
    (held,) = _read(
        "Mr. Roe currently serves as Chief Executive Officer of Example Holdings Corp. and he"
        " lives in Springfield."
    )
    assert (held.title, held.change, held.org) == (
        "Chief Executive Officer",
        None,
        "Example Holdings Corp.",
    )


def test_an_election_clause_does_not_take_the_next_clauses_title() -> None:
    found = _read(
        "Mr. Roe, who was elected to the board, currently serves as Chief Executive Officer of"
        " Example Holdings Corp."
    )
    # the CEO title is held now ("currently serves as"), not started by the election
    assert [(s.title, s.change, s.org) for s in found] == [
        ("Director", "start", None),
        ("Chief Executive Officer", None, "Example Holdings Corp."),
    ]


@pytest.mark.parametrize(
    ("text", "near", "day"),
    [
        ("who became president and CEO on May 22.", "2017-10-03", "2017-05-22"),
        ("Ms. Roe will become President on January 1.", "2007-03-13", "2008-01-01"),
        ("Mr. Roe became President on December 28.", "2007-01-05", "2006-12-28"),
        ("The change takes effect on January 2.", "2007-12-20", "2008-01-02"),
    ],
)
def test_a_day_without_its_year_takes_the_documents(text: str, near: str, day: str) -> None:
    from datetime import date

    from kg.extract.nlp import yearless_dates

    ((_, found),) = yearless_dates(text, date.fromisoformat(near))
    assert found.isoformat() == day


def test_a_dated_day_is_not_yearless() -> None:
    from datetime import date

    from kg.extract.nlp import yearless_dates

    assert yearless_dates("effective May 22, 2017 and May 23 2018", date(2017, 10, 3)) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Mr. Roe, former chief executive officer of Example Power Company, has joined the Board"
        " as a senior advisor.",
        "Mr. Roe retired in 2022 as executive vice president of Example Power Company.",
        "Mr. Roe joins from Example Pharmaceuticals, Inc., where he served as senior vice"
        " president of finance.",
    ],
)
def test_history_is_not_a_seat_held_now(sentence: str) -> None:
    found = _read(sentence)
    assert not [s for s in found if s.change is None and s.title.lower() != "director"]
    assert not [s for s in found if "president" in s.title.lower() or "chief" in s.title.lower()]


def test_a_verb_before_two_joined_names_is_both_names() -> None:
    text = (
        "The Board has elected Mr. Roe and Ms. Doe as independent directors, effective May 1, 2024."
    )
    roe, doe = text.index("Mr. Roe"), text.index("Ms. Doe")
    found = read_sentence(text, [Named(roe, roe + 7, "roe"), Named(doe, doe + 7, "doe")])
    assert {(s.key, s.change, s.day.isoformat() if s.day else None) for s in found} == {
        ("roe", "start", "2024-05-01"),
        ("doe", "start", "2024-05-01"),
    }


def test_a_title_held_now_said_in_passing_is_not_the_new_one() -> None:
    text = (
        "The Board has named Mr. Roe, currently Executive Vice President and Chief Financial"
        " Officer, as interim Chief Executive Officer, effective January 1, 2024."
    )
    found = _read(text)
    assert {(s.title, s.change, s.day.isoformat() if s.day else None) for s in found} == {
        ("interim Chief Executive Officer", "start", "2024-01-01"),
        ("Executive Vice President and Chief Financial Officer", None, None),
    }


def _changes(
    text: str, names: tuple[str, ...] = ("Mr. Roe",)
) -> set[tuple[str, str, object, object]]:
    people = [Named(text.index(n), text.index(n) + len(n), n) for n in names]
    return {
        (s.key, s.title, s.change, s.day.isoformat() if s.day else None)
        for s in read_sentence(text, people)
    }


def test_the_successor_takes_the_title_the_predecessor_leaves() -> None:
    text = "The Board appointed Ms. Roe to succeed Mr. Doe as Chief Executive Officer, effective May 1, 2024."  # noqa: E501
    assert _changes(text, ("Ms. Roe", "Mr. Doe")) == {
        ("Ms. Roe", "Chief Executive Officer", "start", "2024-05-01"),
        ("Mr. Doe", "Chief Executive Officer", "end", "2024-05-01"),
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Mr. Roe, Executive Vice President and General Counsel of the Company, informed the"
            " Company of his intention to retire, effective September 30, 2024.",
            {("Mr. Roe", "Executive Vice President and General Counsel", "end", "2024-09-30")},
        ),
        (
            "The Board appointed Mr. Roe, the Company's Controller, as interim Chief Financial"
            " Officer, effective March 5, 2024.",
            {
                ("Mr. Roe", "Controller", None, None),
                ("Mr. Roe", "interim Chief Financial Officer", "start", "2024-03-05"),
            },
        ),
        (
            "Mr. Roe resigned as Chief Financial Officer, effective as of the close of business on"
            " March 29, 2024.",
            {("Mr. Roe", "Chief Financial Officer", "end", "2024-03-29")},
        ),
        (
            "The Board promoted Mr. Roe from Senior Vice President, Operations to Executive Vice"
            " President, effective October 1, 2024.",
            {
                ("Mr. Roe", "Senior Vice President, Operations", "end", "2024-10-01"),
                ("Mr. Roe", "Executive Vice President", "start", "2024-10-01"),
            },
        ),
        (
            "Mr. Roe will continue to serve as a director of the Company.",
            {("Mr. Roe", "director", None, None)},
        ),
        (
            "Mr. Roe has served as the Company's Vice President since 2019.",
            {("Mr. Roe", "Vice President", None, None)},
        ),
        (
            "On March 1, 2024, Mr. Roe, a director of the Company, passed away.",
            {("Mr. Roe", "director", "end", "2024-03-01")},
        ),
    ],
)
def test_item_502_phrasings(text: str, expected: set[tuple[str, str, object, object]]) -> None:
    assert _changes(text) == expected


def test_named_executive_officers_is_not_an_appointment() -> None:
    text = "On March 1, 2024, the Board approved salaries for the named executive officers: Mr. Roe, Chief Executive Officer, $850,000."  # noqa: E501
    assert _changes(text) == {("Mr. Roe", "Chief Executive Officer", None, None)}


def test_a_sentence_ends_after_a_company_suffix_when_the_next_one_opens() -> None:
    from kg.extract.sentences import sentences_of

    text = "Mr. Roe is also a director of Acme Widgets, Inc. The Board accepted his resignation."
    assert sentences_of(text) == [
        "Mr. Roe is also a director of Acme Widgets, Inc.",
        "The Board accepted his resignation.",
    ]
    assert len(sentences_of("Acme Widgets, Inc. (the Company) said so.")) == 1


@pytest.mark.parametrize(
    ("sentence", "title"),
    [
        ("Mr. Roe, Senior Vice President, Sales, will depart.", "Senior Vice President, Sales"),
        ("Mr. Roe, Executive Vice President, Global Sales, resigned.", "Executive Vice President,"
         " Global Sales"),
        ("Mr. Roe, currently Lead Independent Director, said so.", "Lead Independent Director"),
        ("The Board elected Mr. Roe as a Class II director.", "Class II director"),
    ],
)  # fmt: skip
def test_titles_whole(sentence: str, title: str) -> None:
    assert title in {s.title for s in _read(sentence)}


def test_an_executive_chair_is_an_officer_and_a_director() -> None:
    from kg.extract.nlp import roles_for_title

    assert set(roles_for_title("Executive Chair of the Board")) == {"Officer", "Director"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Mr. Roe, Senior Vice President, Sales, and Ms. Doe, Vice President and Controller,"
            " will depart the Company effective July 31, 2024.",
            {
                ("Mr. Roe", "Senior Vice President, Sales", "end", "2024-07-31"),
                ("Ms. Doe", "Vice President and Controller", "end", "2024-07-31"),
            },
        ),
        (
            "On March 4, 2024, Mr. Roe informed the Board that he will not stand for re-election"
            " at the annual meeting of stockholders to be held on May 9, 2024.",
            {("Mr. Roe", "Director", "end", "2024-05-09")},
        ),
        (
            "On March 4, 2024, Mr. Roe informed the Board of his intention to retire as Chief"
            " Financial Officer upon the appointment of his successor.",
            {("Mr. Roe", "Chief Financial Officer", "end", None)},
        ),
        (
            "On May 30, 2024, Mr. Roe resigned from the Board of Directors, effective immediately,"
            " in order to devote more time to his duties as Chief Executive Officer of Example Co.",
            {
                ("Mr. Roe", "Director", "end", "2024-05-30"),
                ("Mr. Roe", "Chief Executive Officer", None, None),  # "his duties as": held
            },
        ),
    ],
)
def test_more_502_phrasings(text: str, expected: set[tuple[str, str, object, object]]) -> None:
    names = tuple(n for n in ("Mr. Roe", "Ms. Doe") if n in text)
    assert _changes(text, names) == expected


def test_a_verb_is_shared_by_a_as_t1_and_b_as_t2() -> None:
    text = (
        "The Board appointed Mr. Roe as Chief Operating Officer and Ms. Doe as General"
        " Counsel, each effective June 10, 2024."
    )
    assert _changes(text, ("Mr. Roe", "Ms. Doe")) == {
        ("Mr. Roe", "Chief Operating Officer", "start", "2024-06-10"),
        ("Ms. Doe", "General Counsel", "start", "2024-06-10"),
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # "designated" right before the name (the segment ends there)
            "The Board designated Mr. Roe, the Company's Controller, as interim Chief Financial"
            " Officer, effective March 5, 2024.",
            {
                ("Mr. Roe", "Controller", None, None),
                ("Mr. Roe", "interim Chief Financial Officer", "start", "2024-03-05"),
            },
        ),
        (
            "The Board has designated Mr. Roe, an independent director, to serve as Chair of the"
            " Board, effective June 1, 2024.",
            {
                ("Mr. Roe", "independent director", None, None),
                ("Mr. Roe", "Chair of the Board", "start", "2024-06-01"),
            },
        ),
        (  # a committee's chair is not an office of the company
            "The Board appointed Mr. Roe, a member of the Audit Committee, to serve as chair of"
            " the Audit Committee, effective May 7, 2024.",
            set(),
        ),
        (
            "On March 3, 2024, Mr. Roe, a member of the Board of Directors of the Company and"
            " chair of its Audit Committee, passed away.",
            {("Mr. Roe", "Director", "end", "2024-03-03")},
        ),
        (  # a list of seats kept, whatever the rest of the sentence says
            "Mr. Roe will continue to serve as a director and as Chairman of the Board following"
            " his retirement.",
            {("Mr. Roe", "director", None, None), ("Mr. Roe", "Chairman of the Board", None, None)},
        ),
        (
            "Mr. Roe will continue to serve as Chief Executive Officer and as a member of the"
            " Board.",
            {
                ("Mr. Roe", "Chief Executive Officer", None, None),
                ("Mr. Roe", "Director", None, None),
            },
        ),
    ],
)  # fmt: skip
def test_designations_committees_and_seats_kept(
    text: str, expected: set[tuple[str, str, object, object]]
) -> None:
    assert _changes(text) == expected


def test_joined_names_elected_as_a_class_of_directors_keep_the_class() -> None:
    text = "The Board elected Mr. Roe and Ms. Doe as Class II directors, effective January 1, 2025."
    assert _changes(text, ("Mr. Roe", "Ms. Doe")) == {
        ("Mr. Roe", "Class II director", "start", "2025-01-01"),
        ("Ms. Doe", "Class II director", "start", "2025-01-01"),
    }


def test_each_office_of_a_list_at_other_companies() -> None:
    found = _read(
        "Mr. Roe serves as Chief Financial Officer of Acme Widget Corp. and as a director of"
        " Example Holdings, Inc."
    )
    assert [(s.title, s.change, s.org) for s in found] == [
        ("Chief Financial Officer", None, "Acme Widget Corp."),
        ("director", None, "Example Holdings, Inc."),
    ]


def test_a_successor_leaving_on_the_predecessors_own_day_is_not_started_then() -> None:
    text = (
        "Mr. Roe will succeed Ms. Doe, who will retire as Chief Executive Officer on"
        " December 31, 2024."
    )
    assert _changes(text, ("Mr. Roe", "Ms. Doe")) == {
        ("Ms. Doe", "Chief Executive Officer", "end", "2024-12-31")
    }


# --- sentences that lean on the sentence before (an 8-K read whole) -------------------------


def _item_502(body: str) -> set[tuple[str, str, str | None, object, object]]:
    x = _seed_item(body, "Item 5.02 Departure of Directors or Certain Officers.")
    return {
        (p.holder.name, p.organization.name, p.title, p.start_date, p.end_date)
        for p in x.facts
        if isinstance(p, Position) and p.holder.name != "Matthew B. Foster"  # the seed's signer
    }


def test_she_opening_a_sentence_is_the_person_the_sentence_before_named() -> None:
    held = _item_502(
        "On May 1, 2024, the Board elected Jane Roe as a director, effective immediately. Ms. Roe"
        " is the Chief Financial Officer of Acme Widget Corp. She is also a director of Example"
        " Holdings, Inc."
    )
    assert ("Jane Roe", "Example Holdings, Inc.", "director", None, None) in held
    assert ("Jane Roe", "Acme Widget Corp.", "Chief Financial Officer", None, None) in held


def test_a_pronoun_that_does_not_fit_the_person_before_is_not_read() -> None:
    held = _item_502(
        "On May 1, 2024, the Board elected John Roe as a director, effective immediately. Mr. Roe"
        " is the Chief Financial Officer of Acme Widget Corp. She is also a director of Example"
        " Holdings, Inc."
    )
    assert not [h for h in held if h[1] == "Example Holdings, Inc."]


def test_a_succession_dated_by_the_sentence_before() -> None:
    from datetime import date

    held = _item_502(
        "On May 1, 2024, the Board appointed John Doe to serve as President of the Company,"
        " effective as of June 30, 2024. Mr. Doe succeeds Jane Roe as President. Ms. Roe will"
        " continue to serve as Chief Executive Officer."
    )
    assert (
        "Jane Roe",
        "Ascent Solar Technologies, Inc.",
        "President",
        None,
        date(2024, 6, 30),
    ) in held
    assert (
        "John Doe",
        "Ascent Solar Technologies, Inc.",
        "President",
        date(2024, 6, 30),
        None,
    ) in held


def test_a_successor_starts_when_the_predecessor_retires_a_sentence_before() -> None:
    from datetime import date

    held = _item_502(
        "On March 18, 2024, Jane Roe notified the Company of her intention to retire as Chairman"
        " of the Board, effective May 22, 2024. The Board elected John Doe, currently Lead"
        " Independent Director, to succeed Ms. Roe as Chairman of the Board upon her retirement."
    )
    company = "Ascent Solar Technologies, Inc."
    assert ("John Doe", company, "Chairman of the Board", date(2024, 5, 22), None) in held
    assert ("Jane Roe", company, "Chairman of the Board", None, date(2024, 5, 22)) in held


def test_the_predecessor_leaves_when_the_successor_starts_a_sentence_before() -> None:
    from datetime import date

    held = _item_502(
        "On October 14, 2024, the Company announced that John Doe will join the Company as Chief"
        " Financial Officer, effective November 4, 2024. Mr. Doe will succeed Jane Roe, who has"
        " served as interim Chief Financial Officer since May 2024."
    )
    company = "Ascent Solar Technologies, Inc."
    assert ("Jane Roe", company, "interim Chief Financial Officer", None, date(2024, 11, 4)) in held
    assert not [h for h in held if h[0] == "John Doe" and "interim" in (h[2] or "")]


def test_an_office_kept_is_one_part_of_the_fuller_title() -> None:
    """ "will continue to serve as Chief Financial Officer" is her "Executive Vice President
    and Chief Financial Officer", not a second position."""
    held = _item_502(
        "On May 1, 2024, the Board appointed Jane Roe, the Company's Executive Vice President and"
        " Chief Financial Officer, as interim Chief Executive Officer, effective May 2, 2024."
        " Ms. Roe will continue to serve as Chief Financial Officer during the interim period."
    )
    roe = {(title, start, end) for name, _, title, start, end in held if name == "Jane Roe"}
    assert roe == {
        ("Executive Vice President and Chief Financial Officer", None, None),
        ("interim Chief Executive Officer", date(2024, 5, 2), None),
    }


def test_a_part_of_a_title_a_dated_change_touches_is_kept() -> None:
    """ "steps down as President ... and will continue to serve as Chief Executive Officer":
    the CEO office is not folded into "President and Chief Executive Officer"."""
    held = _item_502(
        "On May 1, 2024, Jane Roe, the Company's President and Chief Executive Officer, stepped"
        " down as President, effective May 2, 2024. Ms. Roe will continue to serve as Chief"
        " Executive Officer."
    )
    roe = {(title, end) for name, _, title, _, end in held if name == "Jane Roe"}
    assert ("Chief Executive Officer", None) in roe
    assert ("President", date(2024, 5, 2)) in roe


def test_a_return_to_a_role_on_the_successors_start_date() -> None:
    held = _item_502(
        "On October 14, 2024, the Company announced that John Doe will join the Company as Chief"
        " Financial Officer, effective November 4, 2024. Mr. Doe will succeed Jane Roe, who has"
        " served as interim Chief Financial Officer since May 2024. Ms. Roe will return to her"
        " role as Vice President and Corporate Controller upon Mr. Doe's start date."
    )
    company = "Ascent Solar Technologies, Inc."
    returned = ("Jane Roe", company, "Vice President and Corporate Controller")
    assert (*returned, date(2024, 11, 4), None) in held
    assert not [h for h in held if h[0] == "John Doe" and "Controller" in (h[2] or "")]


# Made-up sentences in the phrasings of other companies' Item 5.02 sections and releases
# (the probe set of /tmp/prose_probe): each read wrongly, or not at all, before.
@pytest.mark.parametrize(
    ("text", "names", "expected"),
    [
        (  # an age before "currently": the aside is held, the successor takes the title
            "The Board appointed Ms. Roe, 51, currently the Company's Chief Operating Officer, to"
            " succeed Mr. Doe as President, effective July 1, 2023.",
            ("Ms. Roe", "Mr. Doe"),
            {
                ("Ms. Roe", "Chief Operating Officer", None, None),
                ("Ms. Roe", "President", "start", "2023-07-01"),
                ("Mr. Doe", "President", "end", "2023-07-01"),
            },
        ),
        (  # a trust's defined term; a transition ends the title said in passing
            "Ms. Roe, the Trust's Chief Executive Officer, will transition to the role of"
            " Executive Chair, effective January 1, 2025.",
            ("Ms. Roe",),
            {
                ("Ms. Roe", "Chief Executive Officer", "end", "2025-01-01"),
                ("Ms. Roe", "Executive Chair", "start", "2025-01-01"),
            },
        ),
        (
            "Mr. Roe will remain on the Board as non-executive Chairman.",
            ("Mr. Roe",),
            {("Mr. Roe", "non-executive Chairman", None, None)},
        ),
        (  # "who will remain a director": held, not started by the sentence's "succeeding"
            "On July 25, 2024, the Board elected Ms. Doe as Chairman of the Board, effective"
            " August 1, 2024, succeeding Mr. Roe, who will remain a director.",
            ("Ms. Doe", "Mr. Roe"),
            {
                ("Ms. Doe", "Chairman of the Board", "start", "2024-08-01"),
                ("Mr. Roe", "Chairman of the Board", "end", "2024-08-01"),
                ("Mr. Roe", "director", None, None),
            },
        ),
        (  # "created by" is no "is succeeded by"
            "On June 20, 2022, the Board appointed Ms. Roe as a director to fill the vacancy"
            " created by Mr. Doe's death.",
            ("Ms. Roe", "Mr. Doe"),
            {("Ms. Roe", "director", "start", "2022-06-20")},
        ),
        (
            "On December 5, 2023, the Board appointed Ms. Roe to fill the newly created"
            " directorship, effective January 1, 2024.",
            ("Ms. Roe",),
            {("Ms. Roe", "Director", "start", "2024-01-01")},
        ),
        (
            "On March 11, 2025, the Board removed Mr. Roe from his position as Chief Executive"
            " Officer, effective immediately.",
            ("Mr. Roe",),
            {("Mr. Roe", "Chief Executive Officer", "end", "2025-03-11")},
        ),
        (
            "On April 8, 2024, the Company and Mr. Doe agreed that Ms. Roe would separate from"
            " her position as Chief Operating Officer, effective April 30, 2024.",
            ("Ms. Roe",),
            {("Ms. Roe", "Chief Operating Officer", "end", "2024-04-30")},
        ),
        (  # the present perfect is this release's news, dated or not
            "Mr. Roe has resigned as a director of the Company to focus on other commitments.",
            ("Mr. Roe",),
            {("Mr. Roe", "director", "end", None)},
        ),
        (  # the predecessor's own clause dates his departure, not the successor's "effective"
            "Ms. Doe has been elected Chairman of the Board, effective August 12, 2002,"
            " succeeding Mr. Roe, who retired as Chairman on August 9, 2002.",
            ("Ms. Doe", "Mr. Roe"),
            {
                ("Ms. Doe", "Chairman of the Board", "start", "2002-08-12"),
                ("Mr. Roe", "Chairman", "end", "2002-08-09"),
            },
        ),
        ("Mr. Roe joined the Board of Directors in 2006.", ("Mr. Roe",), set()),
        (  # "the Board" is the next clause's subject, not the seat Mr. Roe leaves
            "In connection with Mr. Roe's retirement, the Board appointed Ms. Doe as General"
            " Counsel, effective March 1, 2025.",
            ("Mr. Roe", "Ms. Doe"),
            {("Ms. Doe", "General Counsel", "start", "2025-03-01")},
        ),
        (  # the title before the name and a comma
            "The company announced that its Chief Financial Officer, Ms. Roe, has informed the"
            " Board of her intention to step down from her role effective August 15, 2024.",
            ("Ms. Roe",),
            {("Ms. Roe", "Chief Financial Officer", "end", "2024-08-15")},
        ),
        (
            "Mr. Roe has served as Senior Vice President, Underwriting of the Company since 2018.",
            ("Mr. Roe",),
            {("Mr. Roe", "Senior Vice President, Underwriting", None, None)},
        ),
        (  # leaving the board ends the chair said in passing
            "Mr. Roe, founder and Executive Chairman, will retire from the Board on December 31,"
            " 2024.",
            ("Mr. Roe",),
            {
                ("Mr. Roe", "Director", "end", "2024-12-31"),
                ("Mr. Roe", "founder and Executive Chairman", "end", "2024-12-31"),
            },
        ),
        (
            "Ms. Roe will continue with the Company as Senior Vice President, Strategy.",
            ("Ms. Roe",),
            {("Ms. Roe", "Senior Vice President, Strategy", None, None)},
        ),
    ],
)
def test_other_companies_phrasings(
    text: str, names: tuple[str, ...], expected: set[tuple[str, str, object, object]]
) -> None:
    assert _changes(text, names) == expected


# Made-up wordings of a second held-out probe (/tmp/prose_probe2): titles joined to a
# seat, a function after a title, board seats said in the plural, "will serve as".
@pytest.mark.parametrize(
    ("text", "names", "expected"),
    [
        (  # a seat joined to the offices by "and as"
            "The Board elected Ms. Roe as President and Chief Executive Officer and as a director"
            " of the Company, each effective May 31, 2024.",
            ("Ms. Roe",),
            {
                ("Ms. Roe", "President and Chief Executive Officer", "start", "2024-05-31"),
                ("Ms. Roe", "director", "start", "2024-05-31"),
            },
        ),
        (
            "Ms. Roe resigned as President and Chief Executive Officer and as a member of the"
            " Board of the Company, effective August 12, 2024.",
            ("Ms. Roe",),
            {
                ("Ms. Roe", "President and Chief Executive Officer", "end", "2024-08-12"),
                ("Ms. Roe", "Director", "end", "2024-08-12"),
            },
        ),
        (  # a function with no list to name it, before the change's date
            "The Board named Ms. Roe President, Commercial Lines, effective February 1, 2025.",
            ("Ms. Roe",),
            {("Ms. Roe", "President, Commercial Lines", "start", "2025-02-01")},
        ),
        (
            "On May 1, 2024, the Company appointed Ms. Roe as Senior Vice President -"
            " Merchandising, effective June 3, 2024.",
            ("Ms. Roe",),
            {("Ms. Roe", "Senior Vice President - Merchandising", "start", "2024-06-03")},
        ),
        (
            "On May 1, 2024, Mr. Roe, Senior Vice President - Merchandising of the Company,"
            " resigned from the Company, effective May 31, 2024.",
            ("Mr. Roe",),
            {("Mr. Roe", "Senior Vice President - Merchandising", "end", "2024-05-31")},
        ),
        (  # the vacancy a larger board leaves, with no title said
            "On April 18, 2024, the Board increased the size of the Board from seven to eight"
            " members and appointed Ms. Roe to fill the resulting vacancy, effective April 18,"
            " 2024.",
            ("Ms. Roe",),
            {("Ms. Roe", "Director", "start", "2024-04-18")},
        ),
        (  # "as directors"; the second name's honorific outside the name
            "On May 16, 2025, the Board elected Sam Roe and Dr. Jane Doe as directors of the"
            " Company, effective May 16, 2025.",
            ("Sam Roe", "Jane Doe"),
            {
                ("Sam Roe", "director", "start", "2025-05-16"),
                ("Jane Doe", "director", "start", "2025-05-16"),
            },
        ),
        (
            "The Board appointed Sam Roe and Jane Doe to the boards of directors of the Company and"
            " the Bank, effective July 1, 2025.",
            ("Sam Roe", "Jane Doe"),
            {
                ("Sam Roe", "Director", "start", "2025-07-01"),
                ("Jane Doe", "Director", "start", "2025-07-01"),
            },
        ),
        (
            "Mr. Roe will serve as interim Chief Financial Officer, effective August 1, 2024, while"
            " the Company conducts a search for a permanent successor.",
            ("Mr. Roe",),
            {("Mr. Roe", "interim Chief Financial Officer", "start", "2024-08-01")},
        ),
        (  # "since" after a title said in passing
            "The Board elected Ms. Roe, an independent director since 2018, as Chair of the Board,"
            " effective July 25, 2024.",
            ("Ms. Roe",),
            {
                ("Ms. Roe", "independent director", None, None),
                ("Ms. Roe", "Chair of the Board", "start", "2024-07-25"),
            },
        ),
        (
            "Mr. Doe assumes the title of President from Ms. Roe, who will continue to lead the"
            " company as Chief Executive Officer.",
            ("Ms. Roe",),
            {("Ms. Roe", "Chief Executive Officer", None, None)},
        ),
    ],
)
def test_second_probe_phrasings(
    text: str, names: tuple[str, ...], expected: set[tuple[str, str, object, object]]
) -> None:
    assert _changes(text, names) == expected


def test_a_title_joined_after_its_function_is_one_title_at_the_org_named() -> None:
    (held,) = _read(
        "Mr. Roe currently serves as Senior Vice President, Finance and Treasurer of Example"
        " Industrial Corp., a position he has held since 2019."
    )
    assert (held.title, held.org) == (
        "Senior Vice President, Finance and Treasurer",
        "Example Industrial Corp.",
    )


def test_a_seat_on_another_companys_board_is_read_for_each_company() -> None:
    found = _read(
        "Mr. Roe currently serves on the boards of directors of Acme Widget Corp. and Example"
        " Tools, Inc."
    )
    assert [(s.title, s.org) for s in found] == [
        ("Director", "Acme Widget Corp."),
        ("Director", "Example Tools, Inc."),
    ]
    assert _read("Mr. Roe served on the board of directors of Acme Widget Corp. until 2019.") == []


def test_sub_paragraph_labels_open_sentences() -> None:
    from kg.extract.sentences import sentences_of

    text = (
        "(b) Mr. Roe resigned, effective May 31, 2024. (c) Ms. Doe was appointed, effective June 3."
    )
    assert len(sentences_of(text)) == 2


@pytest.mark.parametrize(
    ("written", "family"),
    [
        ("Lucas R. van der Berg", "van der Berg"),
        ("Deirdre O’Neil", "O’Neil"),
        ("Pat O'Rourke-Hale", "O'Rourke-Hale"),
    ],
)
def test_names_with_particles_and_apostrophes_are_people(written: str, family: str) -> None:
    from kg.extract.nlp import person_from_text
    from kg.extract.prose_people import HONORIFIC

    person = person_from_text(written)
    assert person is not None and person.family_name == family
    assert HONORIFIC.match(f"Mr. {family}").group(1) == family


def test_names_listed_with_commas_share_the_verb_after_the_last() -> None:
    """ "appointed A, B and C as independent directors": a comma lists as "and" does."""
    text = (
        "The Board appointed Ann Lee, Bo Ray and Cy Ott as independent directors, effective May 1."
    )
    text = text.replace("May 1.", "May 1, 2024.")
    people = [
        Named(text.index(n), text.index(n) + len(n), n) for n in ("Ann Lee", "Bo Ray", "Cy Ott")
    ]
    found = read_sentence(text, people)
    assert [(s.key, s.title, s.change, s.day) for s in found] == [
        (n, "independent director", "start", date(2024, 5, 1))
        for n in ("Ann Lee", "Bo Ray", "Cy Ott")
    ]


def test_a_trusts_trustees_are_its_board() -> None:
    from kg.extract.nlp import roles_for_title

    (seat,) = _read("On May 1, 2024, the Board elected Mr. Roe as trustees of the Trust.")
    assert (seat.title, seat.change) == ("trustee", "start")
    assert roles_for_title("trustee") == ("Director",)


@pytest.mark.parametrize(
    ("sentence", "title"),
    [
        (
            "Mr. Roe, Senior Vice President, Clinical Development, will serve",
            "Senior Vice President, Clinical Development",
        ),
        (
            "Mr. Roe, Vice President, Discovery Research, was named",
            "Vice President, Discovery Research",
        ),
        (
            "Mr. Roe, Executive Vice President, Americas of the parent, will",
            "Executive Vice President, Americas",
        ),
        (
            "Mr. Roe, Chief Financial Officer and principal financial officer, will",
            "Chief Financial Officer",
        ),
    ],
)
def test_a_qualified_function_or_region_belongs_to_the_title(sentence: str, title: str) -> None:
    """A function named with a qualifier word, a region, and without the SEC designation."""
    from kg.extract.nlp import TITLE_RE
    from kg.extract.prose_titles import title_at

    m = TITLE_RE.search(sentence)
    assert title_at(sentence, m.start(), m.end()).title == title


def test_an_interim_title_runs_from_its_since_day_to_the_successors_start() -> None:
    held = _item_502(
        "On April 2, 2025, the Board appointed John Doe as Chief Financial Officer, effective"
        " April 21, 2025. Mr. Doe succeeds Jane Roe, who has served as interim Chief Financial"
        " Officer since October 6, 2024 and who will return to her role as Vice President,"
        " Finance upon Mr. Doe's start date."
    )
    company = "Ascent Solar Technologies, Inc."
    interim = ("Jane Roe", company, "interim Chief Financial Officer")
    assert (*interim, date(2024, 10, 6), date(2025, 4, 21)) in held
    assert ("Jane Roe", company, "Vice President, Finance", date(2025, 4, 21), None) in held


def test_an_interim_ends_when_the_same_person_takes_the_office() -> None:
    """ "following the departure of B" is B's departure, not the interim's."""
    held = _item_502(
        "On March 3, 2025, the Board appointed John Doe as President of the Company, effective"
        " immediately. Mr. Doe has served as interim President since September 9, 2024,"
        " following the departure of Sam Poe."
    )
    company = "Ascent Solar Technologies, Inc."
    assert ("John Doe", company, "interim President", date(2024, 9, 9), date(2025, 3, 3)) in held


def test_a_successor_said_with_her_title_takes_the_office_on_the_day_said() -> None:
    found = _changes(
        "The company announced that Ms. Roe, the company's Executive Vice President and Chief"
        " Commercial Officer, will succeed Mr. Doe as Chief Executive Officer on March 3, 2026,"
        " when Mr. Doe retires.",
        ("Ms. Roe", "Mr. Doe"),
    )
    assert ("Ms. Roe", "Chief Executive Officer", "start", "2026-03-03") in found
    assert ("Mr. Doe", "Chief Executive Officer", "end", "2026-03-03") in found


def test_an_interim_who_will_continue_in_another_role_holds_both() -> None:
    found = _changes(
        "Mr. Doe succeeds Ms. Roe, who has served as interim Chief Executive Officer since June"
        " 2025 and who will continue with the Company as Senior Vice President, Finance.",
        ("Mr. Doe", "Ms. Roe"),
    )
    assert ("Ms. Roe", "Senior Vice President, Finance", None, None) in found


def test_a_dismissal_said_before_the_name_ends_the_title_said_with_it() -> None:
    held = _item_502(
        "On June 2, 2025, the Company terminated the employment of Sam Roe, Senior Vice President"
        " of Leasing, for cause."
    )
    company = "Ascent Solar Technologies, Inc."
    assert ("Sam Roe", company, "Senior Vice President of Leasing", None, date(2025, 6, 2)) in held


def test_degrees_after_a_name_are_the_names() -> None:
    text = (
        "The Board named Ms. Roe, Ph.D., M.D., the Company's Vice President, Translational"
        " Science, to serve as acting Chief Science Officer, effective June 3, 2024."
    )
    assert _changes(text, ("Ms. Roe",)) == {
        ("Ms. Roe", "acting Chief Science Officer", "start", "2024-06-03"),
        ("Ms. Roe", "Vice President, Translational Science", None, None),
    }


def test_stepping_into_a_role_starts_it() -> None:
    text = "Mr. Roe will step into the role of Lead Director, effective July 1, 2024."
    assert _changes(text) == {("Mr. Roe", "Lead Director", "start", "2024-07-01")}


def test_a_chair_who_becomes_lead_director_leaves_the_chair() -> None:
    text = (
        "Mr. Roe, who has served as Chairman since 2015, will assume the role of Lead"
        " Independent Director, effective August 1, 2024."
    )
    assert _changes(text) == {
        ("Mr. Roe", "Lead Independent Director", "start", "2024-08-01"),
        ("Mr. Roe", "Chairman", "end", "2024-08-01"),
    }


def test_the_predecessor_leaves_on_the_day_his_own_clause_gives() -> None:
    text = (
        "The Board named Ms. Roe Chief Operating Officer, effective July 1, 2024, succeeding"
        " Mr. Doe, who will retire on June 30, 2024."
    )
    assert _changes(text, ("Ms. Roe", "Mr. Doe")) == {
        ("Ms. Roe", "Chief Operating Officer", "start", "2024-07-01"),
        ("Mr. Doe", "Chief Operating Officer", "end", "2024-06-30"),
    }


def test_a_chief_without_officer_is_a_title() -> None:
    text = (
        "Mr. Roe, Vice President and Chief Economist, has been appointed Chief Strategy Officer,"
        " effective May 6, 2024."
    )
    assert _changes(text) == {
        ("Mr. Roe", "Chief Strategy Officer", "start", "2024-05-06"),
        ("Mr. Roe", "Vice President and Chief Economist", None, None),
    }


def test_head_of_a_function_is_a_title() -> None:
    text = "Mr. Roe has been appointed Head of Global Marketing, effective March 4, 2024."
    assert _changes(text) == {("Mr. Roe", "Head of Global Marketing", "start", "2024-03-04")}


def test_a_name_before_was_appointed_stands_in_a_persons_slot() -> None:
    """The small model may tag such a name an organisation; the slot says it is a person."""
    from kg.extract.prose_people import _appointed

    text = "Effective upon the merger, Ann Lee was appointed as Chief Executive Officer."
    at = text.index("Ann Lee")
    assert _appointed(text, at, at + len("Ann Lee"))


def test_a_change_at_the_end_of_a_defined_meeting_takes_its_day() -> None:
    from kg.extract.prose_story import Story

    story = Story()
    story.lead('The annual meeting will be held on June 5, 2024 (the "Annual Meeting").', False)
    text = "Mr. Doe will be succeeded as Chair by Ms. Roe, effective at the close of the Annual Meeting."  # noqa: E501
    story.lead(text, True)
    people = [Named(text.index(n), text.index(n) + 7, n, story) for n in ("Mr. Doe", "Ms. Roe")]
    found = {(s.key, s.change, s.day) for s in read_sentence(text, people)}
    assert found == {("Ms. Roe", "start", date(2024, 6, 5)), ("Mr. Doe", "end", date(2024, 6, 5))}


def test_a_chair_listed_first_leaves_the_board_with_the_others() -> None:
    text = "Mr. Roe, Chair of the Board, and Ms. Doe will retire from the Board, effective June 1, 2024."  # noqa: E501
    assert _changes(text, ("Mr. Roe", "Ms. Doe")) == {
        ("Mr. Roe", "Chair of the Board", "end", "2024-06-01"),
        ("Mr. Roe", "Director", "end", "2024-06-01"),
        ("Ms. Doe", "Director", "end", "2024-06-01"),
    }
