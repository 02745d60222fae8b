"""More classes of wording that real 8-Ks showed edgar-kg misread (tests/test_realworld_8k.py),
each checked on made-up text worded differently from the filing that showed it."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from kg.extract.common import company_ref
from kg.extract.form8k_signatures import read_signatures
from kg.extract.nlp import person_from_text
from kg.model import Agreement, Position, Shareholding, Signature
from tests.test_extract_form8k import _seed_item
from tests.test_prose_round12 import _held, _release


def test_a_comma_written_before_a_name_suffix_is_kept() -> None:
    assert person_from_text("Harlan T. Beaumont, Sr.").name == "Harlan T. Beaumont, Sr."
    assert person_from_text("Harlan T. Beaumont III").name == "Harlan T. Beaumont III"
    block = (
        "SIGNATURES\n\nBIRCHWOOD LOGISTICS CORP.\n\nDate: August 14, 2003\n"
        "By: /s/ Otis M. Farraday, Jr.\n    Otis M. Farraday, Jr.\n    Treasurer\n"
    )
    facts, _ = read_signatures(block, [company_ref("Birchwood Logistics Corp.")], None)
    signature = next(f for f in facts if isinstance(f, Signature))
    assert signature.signer.name == "Otis M. Farraday, Jr."


def test_a_board_member_appointed_holds_a_directorship() -> None:
    found = _held(
        "Effective April 11, 2013, the directors of the Company appointed Imogen Salter-Vance"
        " as a new board member to fill out the remaining term of the class."
    )
    assert ("Imogen Salter-Vance", "Director", "Ascent Solar Technologies, Inc.") in {
        f[:3] for f in found
    }
    assert any(f[0] == "Imogen Salter-Vance" and f[3] == date(2013, 4, 11) for f in found)


def test_the_title_before_the_name_one_reports_to_is_that_persons() -> None:
    found = _release(
        "Quarrytown Stone Inc. said that Mabel Ortiz will oversee the new plant and will report"
        " directly to Chief Operating Officer Pieter van Daal."
    )
    assert ("Pieter van Daal", "Chief Operating Officer", "Quarrytown Stone Inc.", None, None) in (
        found
    )
    # the one who reports gets no title from the other's
    assert not [f for f in found if f[0] == "Mabel Ortiz" and "Operating" in f[1]]


def test_a_lower_case_office_after_reporting_to_is_not_a_title_before_a_name() -> None:
    found = _release(
        "Quarrytown Stone Inc. named Mabel Ortiz plant manager, reporting to the president and"
        " Pieter van Daal."
    )
    assert not [f for f in found if f[0] == "Pieter van Daal"]


def test_currently_before_an_apposed_title_keeps_the_title() -> None:
    x = _seed_item(
        "On June 12, 2012, the Registrant announced that on June 8, 2012, Henry Lutz resigned"
        " from his\nposition as Chief Operating Officer.  Ruth Kemble, currently the Vice"
        " President of Elmtown Casting\nOperations with eleven years at the Registrant, will"
        " take over Lutz's responsibilities.",
        "Item 5. Other Events.",
    )
    held = {(p.holder.name, p.title) for p in x.facts if isinstance(p, Position)}
    assert ("Ruth Kemble", "Vice President of Elmtown Casting Operations") in held


def test_an_agreement_an_item_draws_on_under_that_certain_is_read() -> None:
    x = _seed_item(
        "On October 2, 2017, the Company drew $12.5 million under that certain Note Purchase"
        " Agreement, dated as of August 9, 2016, among the Company, Tillford Crest Capital, LLC,"
        " as collateral agent, and the purchasers named therein (the \u201cNote Agreement\u201d).",
        "Item 2.03 Creation of a Direct Financial Obligation.",
    )
    found = [
        (a.agreement_type, [p.name for p in a.parties], a.date)
        for a in x.facts
        if isinstance(a, Agreement)
    ]
    assert found == [
        (
            "Note Purchase Agreement",
            ["Ascent Solar Technologies, Inc.", "Tillford Crest Capital, LLC"],
            date(2016, 8, 9),
        )
    ]


def _stakes_of(body: str) -> set[tuple[str, str, Decimal]]:
    x = _seed_item(body, "Item 5.01 Changes in Control of Registrant.")
    return {
        (s.holder.name, s.issuer.name, s.percent_of_class)
        for s in x.facts
        if isinstance(s, Shareholding)
    }


def test_a_stake_of_the_voting_securities_held_by_mr_family_name() -> None:
    found = _stakes_of(
        "On April 4, 2009, the Company sold 9,000,000 shares of its common stock to Lydia M."
        " Quarrington for $90,000 in cash. As a result, Ms. Quarrington now holds 62.5% of the"
        " outstanding voting stock of the Company."
    )
    assert ("Lydia M. Quarrington", "Ascent Solar Technologies, Inc.", Decimal("62.5")) in found


def test_an_appointment_accepted_effective_later_starts_on_that_day() -> None:
    found = _held(
        "The Board elected Cordelia Ashgrove-Penn to serve as a director. On October 14, 2021,"
        " Ms. Ashgrove-Penn accepted her election, effective as of November 1, 2021."
    )
    starts = {f[3] for f in found if f[0] == "Cordelia Ashgrove-Penn"}
    assert starts == {date(2021, 11, 1)}


def test_a_title_set_off_before_a_name_wrapped_at_a_line_end_is_held() -> None:
    x = _seed_item(
        "Later that week, its Chief Scientific Officer, Dr. Anselm\nK. Whitcombe-Rao,"
        " presented the product pipeline to analysts in Boston, Massachusetts.",
        "Item 7.01 Regulation FD Disclosure.",
    )
    held = {(p.holder.name, p.title) for p in x.facts if isinstance(p, Position)}
    assert ("Anselm K. Whitcombe-Rao", "Chief Scientific Officer") in held
