"""Classes of layout and wording that the second sample of real 8-Ks showed edgar-kg misread
(tests/test_realworld_8k2.py), each checked on made-up text worded differently from the
filing that showed it."""

from __future__ import annotations

from datetime import date

from kg.extract import form8k
from kg.extract.common import company_ref
from kg.extract.exhibit_agreements import listed_agreements
from kg.extract.form8k_cover import parse_address, read_cover
from kg.extract.form8k_signatures import read_signatures
from kg.extract.parties import Parties
from kg.ingest import read_bytes
from kg.model import Agreement, EntityFacts, Extraction, Signature
from tests.test_extract_form8k import _seed_item

_COLUMNS_COVER = """SECURITIES AND EXCHANGE COMMISSION
Washington, D.C. 20549

FORM 8-K

CURRENT REPORT
Pursuant to Section 13 or 15(d) of the Securities Exchange Act of 1934

Date of Report (Date of earliest event reported): March 3, 1999

    Oregon          Willowmere Orchard Holdings Corp.          93-0456789
  ___________     _____________________________________     _____________
  (State of       (Exact name of registrant as              (IRS Employer
  incorporation)  specified in its charter)                 Identification No.)

        410 Alder Street, Hood River, Oregon                    97031
        (Address of principal executive offices)              (Zip Code)

Registrant's telephone number, including area code: (541) 555-0142

Item 5. Other Events.

On March 3, 1999, the Registrant opened a second packing house in Parkdale, Oregon.

SIGNATURES

Pursuant to the requirements of the Securities Exchange Act of 1934, the registrant has duly
caused this report to be signed on its behalf by the undersigned hereunto duly authorized.

WILLOWMERE ORCHARD HOLDINGS CORP.

By: /s/ Delia Marsh
    Delia Marsh, Treasurer
Dated: March 4, 1999
"""


def _text_8k(text: str) -> Extraction:
    return form8k.extract(read_bytes(text.encode("utf-8"), "made-up-8k.txt"))


def test_a_text_cover_row_of_state_name_and_irs_number_is_split_by_its_labels() -> None:
    x = _text_8k(_COLUMNS_COVER)
    assert x.document.subject.name == "Willowmere Orchard Holdings Corp."
    facts = next(f for f in x.facts if isinstance(f, EntityFacts))
    assert (facts.jurisdiction, facts.irs_number) == ("Oregon", "93-0456789")


def test_a_signature_short_for_the_typed_name_before_the_title_is_that_person() -> None:
    block = (
        "SIGNATURES\n\nTALLOWAY MILLS, INC.\n\nBy: /s/ Ron Pettigrew\n"
        "    Ronald Pettigrew, Vice President\nDate: May 2, 2001\n"
    )
    facts, _ = read_signatures(block, [company_ref("Talloway Mills, Inc.")], None)
    signature = next(f for f in facts if isinstance(f, Signature))
    assert (signature.signer.name, signature.title) == ("Ronald Pettigrew", "Vice President")


def test_a_signature_of_another_person_over_a_typed_name_is_not_merged() -> None:
    block = (
        "SIGNATURES\n\nTALLOWAY MILLS, INC.\n\nBy: /s/ Ron Pettigrew\n"
        "    Ronaldo Vasquez, Vice President\nDate: May 2, 2001\n"
    )
    facts, _ = read_signatures(block, [company_ref("Talloway Mills, Inc.")], None)
    signature = next(f for f in facts if isinstance(f, Signature))
    assert signature.signer.name == "Ron Pettigrew"


def _agreements(x: Extraction) -> list[tuple[str, list[str], date | None]]:
    return [
        (a.agreement_type, [p.name for p in a.parties], a.date)
        for a in x.facts
        if isinstance(a, Agreement)
    ]


def test_an_acquisition_made_pursuant_to_an_agreement_and_plan_of_merger_dated_is_read() -> None:
    x = _seed_item(
        "The acquisition was completed pursuant to the Agreement and Plan of Merger dated as of"
        " March 2, 2001, among the Company and Fernbrook Analytics, Inc.",
        "Item 2. Acquisition or Disposition of Assets.",
    )
    assert (
        "Agreement and Plan of Merger",
        ["Ascent Solar Technologies, Inc.", "Fernbrook Analytics, Inc."],
        date(2001, 3, 2),
    ) in _agreements(x)


def test_a_promissory_note_entered_into_between_two_parties_is_their_agreement() -> None:
    x = _seed_item(
        "On June 4, 2010, the Company entered into an Amended and Restated Promissory Note,"
        " dated as of June 1, 2010, by and between the Company and Kestrel Ridge Capital, LLC."
    )
    assert (
        "Amended and Restated Promissory Note",
        ["Ascent Solar Technologies, Inc.", "Kestrel Ridge Capital, LLC"],
        date(2010, 6, 1),
    ) in _agreements(x)


def test_an_agreement_in_force_under_the_agreement_dated_is_read() -> None:
    x = _seed_item(
        "The new loan ranks behind the liens granted under the Settlement Agreement and Release"
        " of All Claims dated March 9, 2001, between the Company and Pellworth Holdings, Inc.",
        "Item 2.03 Creation of a Direct Financial Obligation.",
    )
    assert (
        "Settlement Agreement and Release of All Claims",
        ["Ascent Solar Technologies, Inc.", "Pellworth Holdings, Inc."],
        date(2001, 3, 9),
    ) in _agreements(x)


def test_a_hyphenated_agreement_name_in_lower_case_keeps_its_first_word() -> None:
    x = _seed_item(
        "On April 2, 2021, each director of the Company entered into non-compete agreements"
        " with Halvard Systems, Inc."
    )
    assert [a for a, _, _ in _agreements(x)] == ["Non-compete Agreement"]


def test_a_party_listed_with_a_possessive_role_is_named_without_it() -> None:
    listed = {
        "2.1": "Unit Purchase Agreement, dated April 2, 2021, by and among Corvane Labs, Inc.,"
        " Orlith Partners LLC and Maren Quist as Holders’ Representative."
    }
    (agreement,) = listed_agreements(listed, Parties(company_ref("Corvane Labs, Inc.")))
    assert [p.name for p in agreement.parties] == [
        "Corvane Labs, Inc.",
        "Orlith Partners LLC",
        "Maren Quist",
    ]


def test_a_uk_postcode_ends_the_address_and_a_number_abroad_keeps_its_country_code() -> None:
    address = parse_address("12 Quayside Row Gateshead Tyne and Wear United Kingdom NE8 2BH")
    assert address is not None and address.postal_code == "NE8 2BH"
    cover = read_cover(
        "Harbourline Marine plc\n(Exact name of registrant as specified in its charter)\n"
        "England and Wales\n001-39120\n98-1234567\n(State or other jurisdiction\n"
        "(Commission File Number)\n(IRS Employer Identification No.)\n"
        "12 Quayside Row, Gateshead, United Kingdom NE8 2BH\n"
        "(Address of principal executive offices) (Zip Code)\n"
        "Registrant's telephone number, including area code: +44 191 496 0511\n"
        "Check the appropriate box below\n"
    )
    assert cover.phone == "+44 191 496 0511"
    assert cover.address is not None and cover.address.postal_code == "NE8 2BH"
