"""Round 21 of the prose readers: wording classes held-out set 14 showed misread, each on
made-up text worded differently from the set (an 8-K item through ``kg.extract.form8k``, a
release through ``kg.extract.press``)."""

from __future__ import annotations

from datetime import date

from kg.extract.prose_people import _slotted
from tests.test_prose_round12 import _held, _release

_FILER = "Ascent Solar Technologies, Inc."  # the seed 8-K's registrant
_RELEASE = "Tregunna Optics, Inc. (NASDAQ: TRGO)"
_SUBJECT = "Tregunna Optics, Inc."
_RELEASE_DAY = date(2019, 6, 3)  # the dateline ``_release`` writes


# --- a printed filing's lost apostrophe: "the Company s President" ---------------------------


def test_a_possessive_that_lost_its_apostrophe_is_the_filers_title() -> None:
    found = _held(
        "On March 2, 2015, the Board appointed Aurelian P. Cockerell, the Company s Senior Vice"
        " President, Operations, to succeed Gwenllian Pilbeam as Chief Operating Officer"
        " effective April 1, 2015."
    )
    coo = "Chief Operating Officer"
    assert ("Aurelian P. Cockerell", coo, _FILER, date(2015, 4, 1), None) in found
    assert ("Gwenllian Pilbeam", coo, _FILER, None, date(2015, 4, 1)) in found
    assert not any(p[0] == "Aurelian P. Cockerell" and p[1] != coo and p[3] for p in found)


# --- founder, Chairman and CEO becoming Executive Chairman: the CEO's office is left ----------


def test_becoming_executive_chairman_leaves_the_ceo_office_not_the_chair() -> None:
    found = _held(
        "On May 4, 2016, the Company announced that Osmund R. Brantingham, its co-founder,"
        " Chairman and Chief Executive Officer, will become Executive Chairman effective"
        " July 1, 2016."
    )
    day = date(2016, 7, 1)
    assert ("Osmund R. Brantingham", "Executive Chairman", _FILER, day, None) in found
    assert ("Osmund R. Brantingham", "Chief Executive Officer", _FILER, None, day) in found
    assert not any(p[0] == "Osmund R. Brantingham" and "founder" in p[1] for p in found)


# --- "appointed A, a Partner at X, and B as directors": A shares B's verb, at the filer ---------


def test_a_job_elsewhere_between_two_names_leaves_both_appointed_at_the_filer() -> None:
    found = _release(
        f'{_RELEASE} ("Tregunna") today announced an agreement with Whitgift Value Partners LP'
        ' ("Whitgift"). Under the agreement, the Board has appointed Rhiannon E. Kenward, a'
        " Managing Director at Whitgift, and Lorcan T. Mottram as independent directors,"
        " effective immediately."
    )
    for name in ("Rhiannon E. Kenward", "Lorcan T. Mottram"):
        assert (name, "independent director", _SUBJECT, _RELEASE_DAY, None) in found
    assert not any(p[2] != _SUBJECT and p[1] == "independent director" for p in found)
    # no article: "A, CEO of Wealth Management, and B, COO," names a unit's head, not a job
    # elsewhere, and A does not take B's title
    found = _release(
        f"{_RELEASE} today announced awards to Rhiannon E. Kenward, CEO of Retail Optics, and"
        " Lorcan T. Mottram, Chief Operating Officer, in the amount of $2 million each."
    )
    assert not any(
        p[0] == "Rhiannon E. Kenward" and p[1] == "Chief Operating Officer" for p in found
    )


# --- "the Annual Meeting, scheduled for <date>" dates a later "at the Annual Meeting" ---------


def test_a_meeting_scheduled_for_a_day_dates_a_later_retirement_at_it() -> None:
    found = _release(
        f"{_RELEASE} today named its nominees for the 2020 Annual Meeting of Stockholders,"
        " scheduled for May 14, 2020. Lorcan T. Mottram, a director since 2001, will retire"
        " from the Board when his term ends at the Annual Meeting."
    )
    assert ("Lorcan T. Mottram", "Director", _SUBJECT, None, date(2020, 5, 14)) in found


# --- "A, a director since 2014 and chair of X, and B, ..., will leave the Board" --------------


def test_a_seat_said_with_its_years_shares_the_next_names_departure() -> None:
    found = _release(
        f"{_RELEASE} today named its slate for the 2021 Annual Meeting of Stockholders, to be"
        " held on June 3, 2021. Rhiannon E. Kenward, a director since 2009 and chair of the"
        " Audit Committee, and Lorcan T. Mottram, a director since 2012, will not stand for"
        " re-election and will leave the Board at the Annual Meeting."
    )
    for name in ("Rhiannon E. Kenward", "Lorcan T. Mottram"):
        assert any(p[0] == name and p[1].lower() == "director" and p[4] for p in found), name


# --- "will continue to serve on the Board and is among ...": a seat kept -----------------------


def test_a_seat_kept_beside_a_state_told_with_it_is_read() -> None:
    found = _release(
        f"{_RELEASE} today announced its nominees. Tregunna's Chief Executive Officer, Lorcan"
        " T. Mottram, Ph.D., will continue to serve on the Board and is among the incumbent"
        " nominees."
    )
    assert ("Lorcan T. Mottram", "Director", _SUBJECT, None, None) in found


# --- "A has been named COO, and B will succeed him as CFO": A leaves the CFO's office ---------


def test_succeeding_him_as_a_title_ends_it_for_the_name_before() -> None:
    found = _held(
        "On August 3, 2017, the Board named Lorcan T. Mottram, Chief Financial Officer, as"
        " Chief Operating Officer, and Rhiannon E. Kenward, Treasurer, will succeed him as"
        " Chief Financial Officer, each effective September 1, 2017."
    )
    day = date(2017, 9, 1)
    assert ("Rhiannon E. Kenward", "Chief Financial Officer", _FILER, day, None) in found
    assert ("Lorcan T. Mottram", "Chief Financial Officer", _FILER, None, day) in found


# --- "A, who has served as interim CFO since <month>, has been appointed CFO" ----------------


def test_an_interim_office_said_in_the_clause_before_the_news_ends_when_the_office_starts() -> None:
    found = _held(
        "On October 5, 2022, Lorcan T. Mottram, who has served as interim Chief Financial"
        " Officer since March 2022, was appointed Chief Financial Officer, effective immediately."
    )
    day = date(2022, 10, 5)
    assert ("Lorcan T. Mottram", "Chief Financial Officer", _FILER, day, None) in found
    assert ("Lorcan T. Mottram", "interim Chief Financial Officer", _FILER, None, day) in found


# --- a release's "A, VP, has been named SVP": on the release's date, the lower rank left ------


def test_a_release_title_named_in_the_present_perfect_starts_on_the_release_date() -> None:
    found = _release(
        f"{_RELEASE} today announced that Rhiannon E. Kenward, Vice President, Marketing, has"
        " been named Senior Vice President, Marketing and Communications."
    )
    new, old = "Senior Vice President, Marketing and Communications", "Vice President, Marketing"
    assert ("Rhiannon E. Kenward", new, _SUBJECT, _RELEASE_DAY, None) in found
    assert ("Rhiannon E. Kenward", old, _SUBJECT, None, _RELEASE_DAY) in found
    # not when the release puts the start in a later month it gives no day of
    found = _release(
        f"{_RELEASE} today announced that Rhiannon E. Kenward has been promoted to Chief"
        " Revenue Officer. Ms. Kenward will assume her new role starting January 2020."
    )
    assert not any(p[0] == "Rhiannon E. Kenward" and p[3] == _RELEASE_DAY for p in found)


# --- "promoted A from VP, X to SVP, Y": a name before "from" and the old title --------------


def test_a_name_before_from_and_an_old_title_is_a_person_promoted() -> None:
    # the small model misses some names here; the slot says a person stands in it
    text = "the Board promoted Briallen O. Duxbury from Vice President, Logistics to"
    at = text.index("Briallen")
    assert (at, at + len("Briallen O. Duxbury")) in _slotted(text)
    found = _held(
        "On April 2, 2014, the Board promoted Briallen O. Duxbury from Vice President, Logistics"
        " to Senior Vice President, Northern Operations, and Lorcan T. Mottram from Vice"
        " President, Finance to Senior Vice President, Southern Operations, each effective"
        " April 7, 2014."
    )
    day = date(2014, 4, 7)
    new = "Senior Vice President, Northern Operations"
    assert ("Briallen O. Duxbury", new, _FILER, day, None) in found
    assert ("Briallen O. Duxbury", "Vice President, Logistics", _FILER, None, day) in found


# --- "was removed as Chairman and, at the Board's request, resigned as a director" -----------


def test_a_second_departure_joined_by_and_ends_its_own_title() -> None:
    found = _held(
        "On March 4, 2020, the Board terminated the employment of Lorcan T. Mottram as Chief"
        " Executive Officer. Mr. Mottram was also removed as Chairman of the Board and, at the"
        " Board's request, resigned as a director of the Company on the same day."
    )
    day = date(2020, 3, 4)
    assert ("Lorcan T. Mottram", "Chairman of the Board", _FILER, None, day) in found
    assert ("Lorcan T. Mottram", "director", _FILER, None, day) in found


# --- "At the same meeting the Board ... elected A": the day the sentence before gave ---------


def test_at_the_same_meeting_dates_an_election_by_the_sentence_before() -> None:
    found = _held(
        "On May 6, 2003, the Board elected Lorcan T. Mottram as Treasurer, effective"
        " immediately. At the same meeting the Board increased its size from five to six and"
        " elected Briallen O. Duxbury to fill the newly created directorship."
    )
    assert ("Briallen O. Duxbury", "Director", _FILER, date(2003, 5, 6), None) in found


# --- a prefixed word broken at its hyphen by a line's end: "re- election" --------------------


def test_a_prefix_broken_at_the_line_end_still_reads_as_the_word() -> None:
    found = _held(
        "At the annual meeting held on June 9, 2016, Lorcan T. Mottram, a director, did not"
        " stand for re-\nelection, and his term ended at the meeting."
    )
    assert any(p[0] == "Lorcan T. Mottram" and p[1].lower() == "director" and p[4] for p in found)


# --- "Regulation S-K. (e) ...": a form's letter ends the sentence ----------------------------


def test_a_sentence_ends_after_regulation_s_k() -> None:
    found = _held(
        "On May 1, 2018, the Board appointed Lorcan T. Mottram as Controller, effective June 1,"
        " 2018. There are no family relationships between Mr. Mottram and any director or"
        " executive officer of the Company, and he has no interest in any transaction requiring"
        " disclosure under Item 404(a) of Regulation S-K. (e) In connection with his"
        " retirement, the Company and Mr. Mottram's predecessor entered into a consulting"
        " agreement."
    )
    assert {p[1] for p in found if p[0] == "Lorcan T. Mottram"} == {"Controller"}


# --- "currently senior vice president of claims at Whitgift": a company named in full before --


def test_a_company_named_by_its_first_word_is_the_one_named_in_full_before() -> None:
    found = _release(
        f"{_RELEASE} today announced that Rhiannon E. Kenward, president of Whitgift Marine"
        " Insurance Company, its marine insurance subsidiary, will retire on June 30, 2020."
        " Lorcan T. Mottram, currently senior vice president of underwriting at Whitgift, will"
        " succeed Kenward as president of Whitgift Marine Insurance Company, effective July 1,"
        " 2020."
    )
    old = ("senior vice president of underwriting", "senior vice president")
    at = "Whitgift Marine Insurance Company"
    assert any(p[0] == "Lorcan T. Mottram" and p[1] in old and p[2] == at for p in found)


# --- '(the "Distribution"), which is expected to occur on <date>': the event's day -----------


def test_a_defined_event_expected_on_a_day_dates_a_later_following_it() -> None:
    found = _held(
        "On August 3, 2016, the Company announced that, upon completion of the separation of"
        ' Whitgift Sealants, Inc. ("Whitgift") through a distribution of its shares (the'
        ' "Distribution"), which is expected to occur on November 1, 2016, Lorcan T. Mottram'
        " will serve as Chief Executive Officer of Whitgift. Briallen O. Duxbury will serve as"
        " non-executive Chairman of the board of directors of Whitgift following the"
        " Distribution."
    )
    title = "non-executive Chairman of the board of directors"
    assert (
        "Briallen O. Duxbury",
        title,
        "Whitgift Sealants, Inc.",
        date(2016, 11, 1),
        None,
    ) in found


# --- "currently Associate General Counsel": a lawyer's rank is a title -----------------------


def test_associate_general_counsel_held_now_is_read() -> None:
    found = _held(
        "On March 1, 2017, the Board appointed Lorcan T. Mottram, currently Associate General"
        " Counsel, as General Counsel, effective April 1, 2017."
    )
    assert ("Lorcan T. Mottram", "General Counsel", _FILER, date(2017, 4, 1), None) in found
    assert any(p[0] == "Lorcan T. Mottram" and p[1] == "Associate General Counsel" for p in found)


# --- "During Mr. A's leave, B will serve as acting T": from the report's date -----------------


def test_an_acting_office_during_a_leave_starts_on_the_report_date() -> None:
    found = _held(
        "The Board placed Lorcan T. Mottram, the Company's Chief Operating Officer, on paid"
        " administrative leave pending an internal review. During Mr. Mottram's leave, Briallen"
        " O. Duxbury, the Company's Senior Vice President, Operations, will serve as acting"
        " Chief Operating Officer."
    )
    assert any(
        p[0] == "Briallen O. Duxbury" and p[1] == "acting Chief Operating Officer" and p[3]
        for p in found
    )


# --- "X chairman and CEO A will be Y's non-executive chairman": Y's office -------------------


def test_will_be_a_companys_title_is_that_companys_office() -> None:
    found = _release(
        f"{_RELEASE} today named the leaders of Whitgift Lenses, Inc., the lens business it will"
        " spin off on May 1, 2020. Tregunna chairman and CEO Lorcan Mottram will be Whitgift's"
        " non-executive chairman."
    )
    assert any(
        p[0] == "Lorcan Mottram"
        and p[1] == "non-executive chairman"
        and p[2] == "Whitgift Lenses, Inc."
        for p in found
    )
