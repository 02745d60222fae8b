"""Round 15 of the prose readers: a bank and its holding company, and the titles of a
division, each on made-up text worded differently from held-out set 11 (an 8-K item through
``kg.extract.form8k``, a release through ``kg.extract.press``)."""

from __future__ import annotations

from datetime import date

from tests.test_prose_round12 import _held, _release

_FILER = "Ascent Solar Technologies, Inc."  # the seed 8-K's registrant


# --- a bank and its holding company -----------------------------------------------------------


def test_the_bank_a_release_names_through_its_holding_company_holds_its_offices() -> None:
    found = _release(
        "Harrowfield Financial Corp. (Nasdaq: HWFC), the holding company for Harrowfield"
        " Savings Bank, today announced that Tamsin R. Okafor-Lyle has been promoted to President"
        " of the bank, effective August 1, 2019. Ms. Okafor-Lyle succeeds Dunstan P. Harrowgate,"
        " who will retire as President of the bank on July 31, 2019."
    )
    bank = "Harrowfield Savings Bank"
    assert ("Tamsin R. Okafor-Lyle", "President", bank, date(2019, 8, 1), None) in found
    assert ("Dunstan P. Harrowgate", "President", bank, None, date(2019, 7, 31)) in found
    assert not [f for f in found if f[1] == "President" and f[2] != bank]


def test_an_office_of_the_holding_company_and_of_the_bank_is_held_at_each() -> None:
    found = _release(
        "Harrowfield Financial Corp., the holding company for Harrowfield Savings Bank, today"
        " announced that Evangeline Marsh will continue as Chief Executive Officer of"
        " Harrowfield Financial and of the bank."
    )
    ceo = "Chief Executive Officer"
    assert ("Evangeline Marsh", ceo, "Harrowfield Savings Bank", None, None) in found
    assert ("Evangeline Marsh", ceo, "Harrowfield Financial Corp.", None, None) in found


def test_the_bank_an_8k_names_as_the_companys_subsidiary_is_the_org_of_the_bank() -> None:
    found = _held(
        "On May 6, 2019, the Board of Directors of the Company and the board of directors of its"
        " wholly owned subsidiary, Calloway Ridge Bank, appointed Percival J. Almond-Tse as"
        " Executive Vice President of the Bank, effective June 1, 2019. Rosalind Kettering,"
        " President and Chief Executive Officer of the Company and the Bank, will retire on June"
        " 30, 2019."
    )
    bank, day = "Calloway Ridge Bank", date(2019, 6, 1)
    assert ("Percival J. Almond-Tse", "Executive Vice President", bank, day, None) in found
    ceo, end = "President and Chief Executive Officer", date(2019, 6, 30)
    assert ("Rosalind Kettering", ceo, bank, None, end) in found
    assert ("Rosalind Kettering", ceo, _FILER, None, end) in found


# --- the title of a division ------------------------------------------------------------------


def test_a_presidency_of_its_division_keeps_the_division_in_the_title() -> None:
    found = _held(
        "On March 2, 2011, the Board named Lysander K. Obuya as Senior Vice President of the"
        " Company and President of its Coated Fabrics Division, effective April 4, 2011."
    )
    day = date(2011, 4, 4)
    title = "President of the Coated Fabrics Division"
    assert ("Lysander K. Obuya", title, _FILER, day, None) in found
    assert not [f for f in found if f[1] == "President"]


def test_a_release_gives_a_lower_case_presidency_of_the_companys_division() -> None:
    found = _release(
        "Quillon Tooling Corp. (NYSE: QTC) today announced that Hesper D. Vantongeren, 51, has"
        " been appointed president of the company's Marine Systems Division."
    )
    title = "president of the Marine Systems Division"  # the release gives it no day
    assert [f[:3] for f in found] == [("Hesper D. Vantongeren", title, "Quillon Tooling Corp.")]


# --- the day of the change ----------------------------------------------------------------------


def test_a_release_heading_naming_no_one_dates_the_changes_listed_after_it() -> None:
    found = _release(
        "Quillon Tooling Corp. today reported record orders. The company also announced the"
        " following promotions, each effective September 3, 2019.\n\nHesper D. Vantongeren, 51,"
        " has been named chief operating officer. She has led the company's Tulsa plant since"
        " 2008.\n\nAmbrose T. Kilbride, 46, has been promoted to treasurer."
    )
    day, corp = date(2019, 9, 3), "Quillon Tooling Corp."
    assert ("Hesper D. Vantongeren", "chief operating officer", corp, day, None) in found
    assert ("Ambrose T. Kilbride", "treasurer", corp, day, None) in found


def test_an_effective_day_written_as_the_nth_day_of_a_month_dates_the_change() -> None:
    found = _held(
        "On the 3rd day of March, 2011, the Board appointed Cordelia V. Ashby-Strand as Treasurer"
        " of the Company, effective on the 4th day of April, 2011."
    )
    day = date(2011, 4, 4)
    assert ("Cordelia V. Ashby-Strand", "Treasurer", _FILER, day, None) in found


# --- found on the real 8-Ks (tests/test_realworld_8k.py): the infinitive "elect" -------------


def test_voted_to_elect_appoints_but_may_elect_to_defer_does_not() -> None:
    found = _held(
        "At its meeting on October 9, 2017, the Board voted to elect Ingrid S. Tolliver to"
        " serve as a director of the Company, effective immediately. Ms. Tolliver may elect"
        " to defer her director fees under the Deferred Compensation Plan."
    )
    assert found == {
        ("Ingrid S. Tolliver", "director", _FILER, date(2017, 10, 9), None),
    }
