"""Round 18 of the prose readers: the wording classes held-out set 13 showed misread, each on
made-up text worded differently from the set (an 8-K item through ``kg.extract.form8k``, a
release through ``kg.extract.press``)."""

from __future__ import annotations

from datetime import date

from tests.test_prose_round12 import _held, _release

_FILER = "Ascent Solar Technologies, Inc."  # the seed 8-K's registrant
_ORG = "Quenneville Drilling Corp."
_LEAD = f"{_ORG} (NYSE: QTC) today announced"


# --- the board's day and the day the changes take effect -----------------------------------


def test_the_day_the_board_acted_gives_way_to_the_day_both_changes_take_effect() -> None:
    found = _held(
        "On May 6, 2015, the Board of Directors promoted Tamsyn Volkova from Director,"
        " Procurement to Vice President, Procurement, and promoted Ilario Benvenuto from"
        " Assistant Controller to Controller. Both promotions take effect July 1, 2015."
    )
    day = date(2015, 7, 1)
    assert ("Tamsyn Volkova", "Vice President, Procurement", _FILER, day, None) in found
    assert ("Tamsyn Volkova", "Director, Procurement", _FILER, None, day) in found
    assert ("Ilario Benvenuto", "Controller", _FILER, day, None) in found
    assert ("Ilario Benvenuto", "Assistant Controller", _FILER, None, day) in found


def test_a_predecessor_leaves_on_the_day_both_changes_take_effect() -> None:
    found = _held(
        "On May 6, 2015, the Board of Directors promoted Tamsyn Volkova from Director,"
        " Procurement to Vice President, Procurement, and promoted Ilario Benvenuto from"
        " Assistant Controller to Controller. Both promotions take effect July 1, 2015."
        " Mr. Benvenuto succeeds Caedmon Quaintance as Controller."
    )
    day = date(2015, 7, 1)
    assert ("Caedmon Quaintance", "Controller", _FILER, None, day) in found


def test_the_board_acting_with_no_later_day_keeps_its_day() -> None:
    found = _held(
        "On May 6, 2015, the Board of Directors promoted Tamsyn Volkova from Director,"
        " Procurement to Vice President, Procurement. Ms. Volkova joined the Company in 2009."
    )
    day = date(2015, 5, 6)
    assert ("Tamsyn Volkova", "Vice President, Procurement", _FILER, day, None) in found


# --- the part of a fuller title a person keeps beside a new office --------------------------


def test_the_part_kept_of_a_fuller_title_beside_a_new_office_is_read() -> None:
    found = _held(
        "On March 2, 2021, the Board appointed Octave Oxenholm, the Company's President and Chief"
        " Operating Officer, to succeed Bertil Oxnard as Chief Executive Officer, effective May 1,"
        " 2021. Mr. Oxenholm will continue to serve as President."
    )
    titles = {t for (who, t, *_) in found if who == "Octave Oxenholm"}
    assert titles == {
        "Chief Executive Officer",
        "President",
        "President and Chief Operating Officer",
    }


def test_a_bare_rank_left_over_is_no_part_given_up() -> None:
    found = _held(
        "On March 2, 2021, the Board appointed Octave Oxenholm, the Company's Executive Vice"
        " President and Chief Financial Officer, to serve as Interim Chief Executive Officer,"
        " effective May 1, 2021. Mr. Oxenholm will continue to serve as Chief Financial Officer."
    )
    titles = {t for (who, t, *_) in found if who == "Octave Oxenholm"}
    assert "Chief Financial Officer" not in titles


# --- two people given offices by one noun ----------------------------------------------------


def test_the_second_of_the_promotions_of_a_to_x_and_b_to_y() -> None:
    found = _release(
        f"{_LEAD} the promotions of Caedmon Quaintance to Chief Marketing Officer and Odile M."
        " Prakash to General Counsel, both effective March 1, 2022."
    )
    day = date(2022, 3, 1)
    assert ("Caedmon Quaintance", "Chief Marketing Officer", _ORG, day, None) in found
    assert ("Odile M. Prakash", "General Counsel", _ORG, day, None) in found


# --- a lower vice-presidential rank held now, left for a higher one ---------------------------


def test_the_lower_rank_held_now_ends_when_the_higher_starts() -> None:
    found = _held(
        "On June 2, 2017, the Board appointed Wenceslas Tamberlin, currently Vice President,"
        " Tax, as Senior Vice President, Finance, effective July 1, 2017."
    )
    day = date(2017, 7, 1)
    assert ("Wenceslas Tamberlin", "Senior Vice President, Finance", _FILER, day, None) in found
    assert ("Wenceslas Tamberlin", "Vice President, Tax", _FILER, None, day) in found


def test_an_office_held_now_beside_an_unranked_new_one_is_kept() -> None:
    found = _held(
        "On June 2, 2017, the Board appointed Wenceslas Tamberlin, currently Senior Vice"
        " President, Tax, as Chief Risk Officer, effective July 1, 2017."
    )
    assert ("Wenceslas Tamberlin", "Senior Vice President, Tax", _FILER, None, None) in found


def test_a_pairing_of_offices_left_for_another_pairing_sharing_one() -> None:
    found = _held(
        "On March 2, 2021, the Board elected Wenceslas Tamberlin, the Company's President and"
        " Chief Operating Officer, as President and Chief Executive Officer, effective May 1, 2021."
    )
    day = date(2021, 5, 1)
    old = "President and Chief Operating Officer"
    assert ("Wenceslas Tamberlin", old, _FILER, None, day) in found
    assert (
        "Wenceslas Tamberlin",
        "President and Chief Executive Officer",
        _FILER,
        day,
        None,
    ) in found


# --- a bank's officer titles -------------------------------------------------------------------


def test_a_loan_officer_held_now_beside_the_new_office() -> None:
    found = _release(
        f"{_LEAD} that Wenceslas Tamberlin, currently executive vice president and senior loan"
        " officer, has been named president and chief executive officer, effective March 1, 2022."
    )
    held = "executive vice president and senior loan officer"
    assert ("Wenceslas Tamberlin", held, _ORG, None, None) in found


def test_a_first_vice_president_ends_when_the_higher_rank_starts() -> None:
    found = _held(
        "On June 2, 2017, the Board named Wenceslas Tamberlin, currently First Vice President"
        " and Trust Officer, as Executive Vice President and Chief Credit Officer, effective"
        " July 1, 2017."
    )
    day = date(2017, 7, 1)
    old = "First Vice President and Trust Officer"
    assert ("Wenceslas Tamberlin", old, _FILER, None, day) in found


# --- leaving the board at a meeting an earlier sentence dates ---------------------------------


def test_the_annual_meeting_an_earlier_sentence_dates_dates_a_later_departure() -> None:
    found = _held(
        "On March 2, 2020, Ambrose Fenchurch informed the Board that he will not stand for"
        " re-election at the Company's 2020 Annual Meeting of Stockholders to be held on May 21,"
        " 2020. Ambrosine Q. Gorringe will also retire from the Board at the Annual Meeting."
    )
    day = date(2020, 5, 21)
    assert ("Ambrosine Q. Gorringe", "Director", _FILER, None, day) in found


def test_retiring_from_the_board_ends_the_seat_beside_the_office_held() -> None:
    found = _held(
        "On March 2, 2020, Ambrosine Q. Gorringe, who has served as Vice Chairman since 2012,"
        " informed the Company that she will retire from the Board on May 21, 2020."
    )
    titles = {t for (who, t, _, _, end) in found if who == "Ambrosine Q. Gorringe" and end}
    assert {"Vice Chairman", "Director"} <= titles


# --- a reason given for leaving names an office elsewhere ------------------------------------


def test_a_reason_citing_a_new_position_elsewhere_is_not_the_seat_left() -> None:
    found = _held(
        "On August 3, 2016, Ambrose Fenchurch resigned from the Board, effective immediately,"
        " citing the demands of his new position as President of Tollard Minerals Corp."
    )
    day = date(2016, 8, 3)
    assert ("Ambrose Fenchurch", "Director", _FILER, None, day) in found
    assert not [
        f for f in found if f[0] == "Ambrose Fenchurch" and f[2] == _FILER and f[1] != "Director"
    ]


# --- returning to a prior role on the day the successor starts --------------------------------


def test_a_who_clause_and_a_return_to_a_prior_role_on_that_date() -> None:
    found = _held(
        "On May 9, 2022, the Board appointed Ambrosine Q. Gorringe as Chief Accounting Officer,"
        " effective June 6, 2022. Ms. Gorringe will succeed Ambrose Fenchurch, who has served as"
        " interim Chief Accounting Officer since January 2022 and will return to his prior role"
        " as Corporate Controller on that date."
    )
    day = date(2022, 6, 6)
    assert ("Ambrose Fenchurch", "Corporate Controller", _FILER, day, None) in found


# --- a seat on "the bank's board" --------------------------------------------------------------


def test_a_seat_on_the_banks_board_is_the_banks() -> None:
    found = _release(
        "Tollard Bancshares, Inc. (Nasdaq: TLBS), the holding company for Fenchurch County Bank,"
        " announced today that the bank has named Ambrosine Q. Gorringe president of the bank,"
        " effective July 1, 2019. Mrs. Gorringe will also be appointed to the bank's board of"
        " directors on that date."
    )
    day = date(2019, 7, 1)
    assert ("Ambrosine Q. Gorringe", "Director", "Fenchurch County Bank", day, None) in found


# --- an office the filing places at its bank ---------------------------------------------------


def test_an_office_said_without_an_org_is_the_banks_where_the_filing_placed_it() -> None:
    found = _held(
        "On April 4, 2018, the Board of Directors of Tollard Savings Bank (the \u201cBank\u201d),"
        " the Company's wholly owned subsidiary, appointed Ambrosine Q. Gorringe, the Bank's"
        " Senior Vice President and Chief Credit Officer, as President of the Bank, effective"
        " May 1, 2018. Ms. Gorringe will no longer serve as Chief Credit Officer, and the Bank"
        " has promoted Ambrose Fenchurch to succeed her as Chief Credit Officer effective May 1,"
        " 2018."
    )
    day, bank = date(2018, 5, 1), "Tollard Savings Bank"
    assert ("Ambrose Fenchurch", "Chief Credit Officer", bank, day, None) in found
    assert not [f for f in found if f[1] == "Chief Credit Officer" and f[2] == _FILER]
