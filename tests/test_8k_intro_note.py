"""An 8-K's Introductory Note (held-out set 9): the event a closing's 8-K states before its
items, and the terms it defines ("the Merger", "the Closing Date", "Parent"), which the items
lean on; and an exhibit description a print wrapped after an initial. Each test is made-up
text, worded apart from the set."""

from __future__ import annotations

from datetime import date

from kg.extract import form8k
from kg.extract.form8k_items import exhibits, split_items
from kg.ingest import read_bytes
from kg.model import Extraction, Mention, Position

_COVER = """UNITED STATES
SECURITIES AND EXCHANGE COMMISSION
Washington, D.C. 20549
FORM {form}
CURRENT REPORT
Pursuant to Section 13 or 15(d) of the Securities Exchange Act of 1934
Date of Report (Date of earliest event reported): September 12, 2022
Tamberlane Instruments, Inc.
(Exact name of registrant as specified in its charter)
Delaware\t001-37001\t45-1234567
(State of incorporation)\t(Commission File Number)\t(IRS Employer Identification No.)
"""
_SIGNED = """
SIGNATURES
Pursuant to the requirements of the Securities Exchange Act of 1934, the registrant has duly
caused this report to be signed on its behalf by the undersigned hereunto duly authorized.
TAMBERLANE INSTRUMENTS, INC.
By: /s/ Wilhelmina Osterhout
Name: Wilhelmina Osterhout
Title: Corporate Secretary
Date: September 14, 2022
"""
_502 = "Item 5.02 Departure of Directors or Certain Officers; Election of Directors."
_CLOSED = date(2022, 9, 12)


def _eight_k(note: str, items: str, form: str = "8-K") -> Extraction:
    text = f"{_COVER.format(form=form)}\n{note}\n{items}\n{_SIGNED}"
    return form8k.extract(read_bytes(text.encode(), "made_up.txt"))


def _positions(x: Extraction) -> set[tuple]:
    """(holder, title, organisation, start, end) of every position but the signer's."""
    return {
        (p.holder.name, p.title, p.organization.name, p.start_date, p.end_date)
        for p in x.facts
        if isinstance(p, Position) and p.holder.name != "Wilhelmina Osterhout"
    }


_TAMBERLANE = "Tamberlane Instruments, Inc."
_MERGER_NOTE = (
    "INTRODUCTORY NOTE\n"
    'On September 12, 2022 (the "Closing Date"), Tamberlane Instruments, Inc. (the "Company")'
    " completed its previously announced merger with Ostwald Acquisition Corp., a Delaware"
    ' corporation ("Merger Sub") and a wholly owned subsidiary of Brisbane Lane Capital, LLC,'
    ' a Delaware limited liability company ("Parent"). Merger Sub merged with and into the'
    ' Company (the "Merger"), with the Company surviving as a wholly owned subsidiary of Parent.'
)


def test_the_note_is_kept_apart_from_the_items() -> None:
    """The note's text is the layout's own part, and no item: the items are the headings'."""
    text = f"{_COVER.format(form='8-K')}\n{_MERGER_NOTE}\n{_502}\nNothing to report.\n{_SIGNED}"
    sections = split_items(text)
    assert sections.note.startswith('On September 12, 2022 (the "Closing Date")')
    assert sections.note.endswith("wholly owned subsidiary of Parent.")
    assert sections.items == ["5.02"]
    assert _eight_k(_MERGER_NOTE, f"{_502}\nNothing to report.").document.items == ("5.02",)


def test_the_notes_closing_date_dates_an_items_departures() -> None:
    x = _eight_k(
        _MERGER_NOTE,
        f"{_502}\nUpon the consummation of the Merger, Casimir Ndlovu and Odile Farquharson"
        " resigned from the board of directors of the Company.",
    )
    found = _positions(x)
    assert ("Casimir Ndlovu", "Director", _TAMBERLANE, None, _CLOSED) in found
    assert ("Odile Farquharson", "Director", _TAMBERLANE, None, _CLOSED) in found


def test_an_effective_time_defined_as_the_mergers_takes_its_day() -> None:
    """ "the effective time of the Merger (the "Effective Time")": the Merger's day; and the
    defined term is no person's name."""
    x = _eight_k(
        _MERGER_NOTE,
        f"{_502}\nPursuant to the merger agreement, at the effective time of the Merger (the"
        ' "Effective Time"), Benedict Ashworth-Lyle ceased to serve as Chief Operating Officer.'
        " Effective as of the Effective Time, Priyanka Velloso, Casimir Ndlovu and Odile"
        " Farquharson were appointed as directors of the Company.",
    )
    found = _positions(x)
    assert ("Benedict Ashworth-Lyle", "Chief Operating Officer", _TAMBERLANE, None, _CLOSED) in (
        found
    )
    for name in ("Priyanka Velloso", "Casimir Ndlovu", "Odile Farquharson"):
        assert (name, "director", _TAMBERLANE, _CLOSED, None) in found, name
    named = {f.entity.name for f in x.facts if isinstance(f, Mention)}
    assert "Effective Time" not in named | {p[0] for p in found}


def test_a_role_term_names_the_company_it_is_defined_for() -> None:
    """'Brisbane Lane Capital, LLC, a Delaware limited liability company ("Parent")': an
    office "of Parent" is that company's, not the filer's."""
    x = _eight_k(
        _MERGER_NOTE,
        f"{_502}\nFollowing the Merger, Priyanka Velloso became a director of the Company."
        " Ms. Velloso is a Managing Director of Parent.",
    )
    found = _positions(x)
    assert ("Priyanka Velloso", "Managing Director", "Brisbane Lane Capital, LLC", None, None) in (
        found
    )
    assert ("Priyanka Velloso", "director", _TAMBERLANE, _CLOSED, None) in found


def test_an_event_dated_by_the_sentence_that_completes_it_not_an_agreements_date() -> None:
    note = (
        "Introductory Note\n"
        "On September 12, 2022, the Company completed the disposition of its marine sensors"
        " division (the \u201cDisposition\u201d) to Harwick Subsea Holdings Corp. pursuant to"
        " a Purchase Agreement dated as of June 30, 2022."
    )
    x = _eight_k(
        note,
        f"{_502}\nEffective upon the completion of the Disposition, Benedict Ashworth-Lyle"
        " resigned as Executive Vice President of the Company.",
    )
    assert ("Benedict Ashworth-Lyle", "Executive Vice President", _TAMBERLANE, None, _CLOSED) in (
        _positions(x)
    )


def test_a_term_defined_beside_a_record_date_takes_the_notes_event_day() -> None:
    """'... a distribution (the "Distribution") to holders as of the close of business on
    <date> (the "Record Date")': the Distribution's day is the separation's, not the record
    date; a term "referred to as" is defined too."""
    note = (
        "INTRODUCTORY NOTE\n"
        "On September 12, 2022, Harwick Subsea Holdings Corp. (\u201cHarwick\u201d) completed"
        " the spin-off of the Company. The spin-off was effected through a distribution"
        " (the \u201cDistribution\u201d) of all outstanding shares of the Company to Harwick"
        " stockholders as of the close of business on August 29, 2022 (the \u201cRecord"
        " Date\u201d). The Distribution and the related transactions are referred to herein"
        " as the \u201cSeparation.\u201d"
    )
    x = _eight_k(
        note,
        f"{_502}\nEffective immediately prior to the Distribution, Odile Farquharson resigned"
        " as a director of the Company. Following the Separation, Casimir Ndlovu was named"
        " Treasurer of the Company.",
    )
    found = _positions(x)
    assert ("Odile Farquharson", "director", _TAMBERLANE, None, _CLOSED) in found
    assert ("Casimir Ndlovu", "Treasurer", _TAMBERLANE, _CLOSED, None) in found


def test_a_position_stated_in_the_note_itself() -> None:
    note = (
        "Introductory Note\n"
        'On September 12, 2022 (the "Closing Date"), the Company completed the business'
        ' combination with Harwick Subsea Holdings Corp. (the "Business Combination"). In'
        " connection with the Business Combination, Rosalind Thistlewood became Chief"
        " Executive Officer of the Company."
    )
    x = _eight_k(note, "Item 2.01 Completion of Acquisition or Disposition of Assets.\nSee above.")
    assert ("Rosalind Thistlewood", "Chief Executive Officer", _TAMBERLANE, _CLOSED, None) in (
        _positions(x)
    )


def test_an_amendments_note_reports_no_change_of_its_own() -> None:
    """An 8-K/A's note says what the report it amends said ("which reported the appointment
    of A as CFO"): no appointment dated by the day that report was filed."""
    note = (
        "EXPLANATORY NOTE\n"
        "This Amendment No. 1 amends the Current Report on Form 8-K filed by the Company on"
        " September 12, 2022, which reported the appointment of Rosalind Thistlewood as Chief"
        " Financial Officer, to add her compensation."
    )
    x = _eight_k(note, f"{_502}\nHer annual base salary will be $380,000.", form="8-K/A")
    assert not [p for p in _positions(x) if p[3] is not None]


def test_effective_upon_anothers_departure_not_the_day_the_board_acted() -> None:
    x = _eight_k(
        "",
        f"{_502}\nOdile Farquharson will resign as Chief Financial Officer, effective"
        " September 30, 2022. On September 12, 2022, the Board appointed Casimir Ndlovu as"
        " interim Chief Financial Officer, effective upon Ms. Farquharson's departure.",
    )
    found = _positions(x)
    assert (
        "Casimir Ndlovu",
        "interim Chief Financial Officer",
        _TAMBERLANE,
        date(2022, 9, 30),
        None,
    ) in (found)


def test_three_offices_listed_with_commas_are_each_an_office() -> None:
    x = _eight_k(
        "",
        f"{_502}\nOn September 12, 2022, Casimir Ndlovu resigned as President, Chief Executive"
        " Officer, Treasurer and Secretary of the Company.",
    )
    titles = {p[1] for p in _positions(x) if p[0] == "Casimir Ndlovu" and p[4] == _CLOSED}
    assert titles == {"President", "Chief Executive Officer", "Treasurer", "Secretary"}


def test_seats_at_the_company_and_at_its_bank() -> None:
    note = (
        "Introductory Note\n"
        "On September 12, 2022, the Company completed its acquisition of Harwick Bancorp (the"
        ' "Acquisition"). Tamberlane Savings Bank (the "Bank") is the Company\'s subsidiary.'
    )
    x = _eight_k(
        note,
        f"{_502}\nIn connection with the Acquisition, the Board appointed Odile Farquharson and"
        " Casimir Ndlovu as directors of the Company and of the Bank. Also in connection with"
        " the Acquisition, Priyanka Velloso became Senior Vice President and Regional President"
        " of the Bank.",
    )
    found = _positions(x)
    for name in ("Odile Farquharson", "Casimir Ndlovu"):
        assert (name, "director", _TAMBERLANE, _CLOSED, None) in found, name
        assert (name, "director", "Tamberlane Savings Bank", _CLOSED, None) in found, name
    assert (
        "Priyanka Velloso",
        "Senior Vice President and Regional President",
        "Tamberlane Savings Bank",
        _CLOSED,
        None,
    ) in found


def test_a_list_of_name_and_title_after_a_colon_each_takes_the_verb() -> None:
    x = _eight_k(
        _MERGER_NOTE,
        f"{_502}\nAs of the Closing Date, the following persons were appointed to the offices"
        " set forth opposite their names: Casimir Ndlovu, Chief Operating Officer; Odile"
        " Farquharson, Chief Legal Officer; and Priyanka Velloso, Controller.",
    )
    found = _positions(x)
    assert ("Casimir Ndlovu", "Chief Operating Officer", _TAMBERLANE, _CLOSED, None) in found
    assert ("Odile Farquharson", "Chief Legal Officer", _TAMBERLANE, _CLOSED, None) in found
    assert ("Priyanka Velloso", "Controller", _TAMBERLANE, _CLOSED, None) in found


def test_who_stays_on_in_another_office_until_a_date() -> None:
    x = _eight_k(
        _MERGER_NOTE,
        f"{_502}\nOdile Farquharson stepped down as Chief Financial Officer upon the closing of"
        " the Merger and will continue with the Company as a Senior Vice President until"
        " December 31, 2022.",
    )
    found = _positions(x)
    assert ("Odile Farquharson", "Chief Financial Officer", _TAMBERLANE, None, _CLOSED) in found
    stays = ("Odile Farquharson", "Senior Vice President", _TAMBERLANE, None, date(2022, 12, 31))
    assert stays in found


def test_members_of_the_board_and_the_directors_of_the_company() -> None:
    x = _eight_k(
        _MERGER_NOTE,
        f"{_502}\nAt the closing of the Merger, Casimir Ndlovu and Priyanka Velloso became"
        " members of the Board. Also at the closing of the Merger, Odile Farquharson and Benedict"
        " Ashworth-Lyle, who were the directors of Merger Sub, became the directors of the"
        " Company.",
    )
    starts = {p[0] for p in _positions(x) if p[3] == _CLOSED and "irector" in (p[1] or "")}
    assert starts == {
        "Casimir Ndlovu",
        "Priyanka Velloso",
        "Odile Farquharson",
        "Benedict Ashworth-Lyle",
    }


def test_a_family_name_after_an_honorific_shares_no_family_name() -> None:
    """ "Ms. Velloso and Casimir Ndlovu": two people, not "Velloso Ndlovu"."""
    x = _eight_k(
        "",
        f"{_502}\nOn September 12, 2022, the Board appointed Priyanka Velloso as Controller."
        " Ms. Velloso and Casimir Ndlovu were elected as directors on September 12, 2022.",
    )
    holders = {p[0] for p in _positions(x)}
    assert "Velloso Ndlovu" not in holders
    assert {"Priyanka Velloso", "Casimir Ndlovu"} <= holders


def test_an_exhibit_description_wrapped_after_an_initial_or_an_abbreviation() -> None:
    listed = exhibits(
        "(d) Exhibits.\n"
        "10.1 Employment Agreement between the Company and Rosalind K.\n"
        "Thistlewood, dated September 12, 2022.\n"
        "10.2 Guaranty made by Harwick Subsea Holdings Co.\n"
        "in favor of the lenders party thereto.\n"
        "10.3 Amendment No.\n"
        "2 to Credit Agreement, dated as of September 1, 2022.\n"
        "99.1 Press release dated September 12, 2022."
    )
    assert listed["10.1"] == (
        "Employment Agreement between the Company and Rosalind K. Thistlewood, dated"
        " September 12, 2022."
    )
    assert listed["10.2"].endswith("Co. in favor of the lenders party thereto.")
    assert listed["10.3"] == "Amendment No. 2 to Credit Agreement, dated as of September 1, 2022."
    assert listed["99.1"] == "Press release dated September 12, 2022."
