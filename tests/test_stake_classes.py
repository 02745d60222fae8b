"""Stakes an 8-K states in prose (kg.extract.form8k_stakes), classes real filings showed
(tests/test_realworld_8k2.py), each on made-up text worded otherwise: the holding verb
earlier in the sentence than a short window reaches; a stake held jointly; a stake in a
company the report names only after the class of shares."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from kg.model import Shareholding
from kg.pipeline import extract_paths
from tests.test_extract_form8k import _seed_item

REGISTRANT = "Ascent Solar Technologies, Inc."  # the seed 8-K that _seed_item builds on
ITEM = "Item 1.01 Entry into a Material Definitive Agreement."


def _stakes_of(body: str) -> set[tuple[str, str, Decimal | None]]:
    x = _seed_item(body, ITEM)
    return {
        (s.holder.name, s.issuer.name, s.percent_of_class)
        for s in x.facts
        if isinstance(s, Shareholding)
    }


def test_the_holding_verb_well_before_the_percentage_in_one_sentence() -> None:
    found = _stakes_of(
        "The Company entered into a Loan Agreement, dated as of May 2, 2011, with Quellwater"
        " Holdings, LLC (\u201cQuellwater\u201d). As of the date of this report, Quellwater is"
        " the holder of record of 3,120,455 shares of the Company\u2019s Common Stock, which"
        " represents approximately 41.5% of the issued and outstanding shares of Common Stock."
    )
    assert ("Quellwater Holdings, LLC", REGISTRANT, Decimal("41.5")) in found


def test_a_stake_held_jointly_is_no_ones_alone() -> None:
    found = _stakes_of(
        "The Company entered into a Share Exchange Agreement, dated as of June 1, 2012, with"
        " Vondracek Partners LLC (\u201cVondracek\u201d). Before the exchange, the Company and"
        " Vondracek together owned 100% of the issued and outstanding shares of the common"
        " stock of Kestrelmoor Labs (the \u201cShares\u201d)."
    )
    assert not {row for row in found if row[2] == Decimal("100")}


def test_a_stake_in_a_company_named_after_the_class_is_not_the_registrants() -> None:
    found = _stakes_of(
        "The Company entered into a Stock Purchase Agreement, dated as of June 1, 2012, with"
        " Vondracek Partners LLC (\u201cVondracek\u201d). Vondracek owns 62% of the outstanding"
        " shares of the capital stock of Pryzbilla Robotics, which the Company will acquire."
    )
    assert not {row for row in found if row[1] == REGISTRANT}


def test_a_stake_in_the_registrant_said_after_the_class_is_still_read() -> None:
    found = _stakes_of(
        "The Company entered into a Stock Purchase Agreement, dated as of June 1, 2012, with"
        " Vondracek Partners LLC (\u201cVondracek\u201d). Vondracek now owns approximately 12.5%"
        " of the outstanding shares of the common stock of the Company."
    )
    assert ("Vondracek Partners LLC", REGISTRANT, Decimal("12.5")) in found


def test_the_real_filing_that_showed_the_joint_stake_gives_none_in_the_registrant() -> None:
    """Alterola's 8-K (tests/data/realworld/8k2): 'Alterola and EMC2 collectively owned 100%
    of the issued and outstanding shares of the common shares of Phytanix'."""
    path = Path(__file__).parent / "data/realworld/8k2/edgartools_alterola_8k_2025.html"
    facts = [f for _, x in extract_paths([path]).items for f in x.facts]
    stakes = [f for f in facts if isinstance(f, Shareholding)]
    assert not [s for s in stakes if s.percent_of_class == Decimal("100")]
