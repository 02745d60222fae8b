"""Classes of 8-K layouts that real filings showed edgar-kg misread (tests/test_realworld_8k.py),
each checked on made-up text worded differently from the filing that showed it."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from kg.extract.common import company_ref
from kg.extract.exhibit_agreements import listed_agreements
from kg.extract.form8k_cover import jurisdiction_name, parse_address, read_cover
from kg.extract.form8k_items import split_items
from kg.extract.form8k_signatures import read_signatures
from kg.extract.parties import Parties
from kg.ingest.html import html_to_text
from kg.ingest.sec_header import parse_header
from kg.model import Address, EntityFacts, Position, Signature
from kg.pipeline import extract_paths


def test_typed_full_name_under_a_short_signature_is_the_signer() -> None:
    block = (
        "SIGNATURE\n\nHARBOR LANE FOODS, INC.\n\nDated: March 3, 2011\n"
        "By: /s/ Marta Ellison\n    Marta J. Ellison\n    Vice President and Treasurer\n"
    )
    facts, _ = read_signatures(block, [company_ref("Harbor Lane Foods, Inc.")], None)
    signature = next(f for f in facts if isinstance(f, Signature))
    assert (signature.signer.name, signature.title) == (
        "Marta J. Ellison",
        "Vice President and Treasurer",
    )
    assert any(isinstance(f, Position) and f.holder.name == "Marta J. Ellison" for f in facts)


def test_items_answered_none_or_not_applicable_are_not_reported() -> None:
    text = (
        "Item 1. Changes in Control of Registrant.\n\n    Not Applicable.\n\n"
        "Item 2. Acquisition or Disposition of Assets.\n\n    None\n\n    -3-\n\n"
        "Item 5. Other Events.\n\n    On May 2, 1999 the Registrant opened a plant in Elmtown.\n\n"
        "Item 6. Resignations of Registrant's Directors.\n\n    N/A\n\n"
        "SIGNATURES\n\n/s/ Paul Verne\n"
    )
    assert split_items(text).items == ["5"]


_TEXT_COVER = """
                  Date of Report: February 9, 2001

                       GREYSTONE MILLS COMPANY
         (Exact name of registrant as specified in charter)

                         State of Ohio
          (State or Other Jurisdiction of Incorporation)

     1-872                                        31-4400123
(Commission File Number)                (IRS Employer Identification No.)

      45 Quarry Street                                  44101
      Lakeview, Ohio                                  (Zip Code)
(Address of principal executive offices)

Registrant's telephone number, including area code: (216) 555-0142

Item 5. Other Events.

The company's shelf registration statements Nos. 2-55512 and 33-10021 remain in effect.
"""


def test_text_cover_short_file_number_state_style_and_zip_column() -> None:
    cover = read_cover(_TEXT_COVER)
    assert cover.file_number == "1-872"
    assert cover.jurisdiction == "Ohio"
    assert cover.address == Address("45 Quarry Street", "Lakeview", "OH", "44101")


def test_jurisdiction_in_formal_style() -> None:
    assert jurisdiction_name("Commonwealth of Kentucky") == "Kentucky"
    assert jurisdiction_name("the State of Oregon") == "Oregon"


def test_one_line_canadian_address() -> None:
    address = parse_address("Suite 4, 210 Birch Lane, R.R. 3 Millbrook, ON L0A 1G0")
    assert address == Address(
        "Suite 4, 210 Birch Lane, R.R. 3", "Millbrook", "Ontario", "L0A 1G0", "Canada"
    )


def test_exhibit_list_keeps_a_known_name_with_and_whole() -> None:
    parties = Parties(company_ref("Northfield Holdings Corp."))
    parties.add(company_ref("Farmers Savings and Loan Company"), "")
    listed = {
        "10.2": "Security Agreement dated April 4, 2012, by Northfield Holdings Corp. "
        "in favor of Farmers Savings and Loan Company"
    }
    (agreement,) = listed_agreements(listed, parties)
    names = [p.name for p in agreement.parties]
    assert names == ["Northfield Holdings Corp.", "Farmers Savings and Loan Company"]


def test_header_value_wrapped_before_its_bracket() -> None:
    header = (
        "<SEC-HEADER>\nACCESSION NUMBER:\t\t0000999999-01-000007\n"
        "CONFORMED SUBMISSION TYPE:\t8-K\nFILED AS OF DATE:\t\t20010305\n\nFILER:\n\n"
        "\tCOMPANY DATA:\t\n\t\tCOMPANY CONFORMED NAME:\t\t\tPINECREST TOOLS INC\n"
        "\t\tCENTRAL INDEX KEY:\t\t\t0000999999\n"
        "\t\tSTANDARD INDUSTRIAL CLASSIFICATION:\t [3420\n"
        "]\t\tIRS NUMBER:\t\t\t\t410987654\n\t\tSTATE OF INCORPORATION:\t\t\tMN\n"
        "</SEC-HEADER>\n"
    )
    facts = [f for f in parse_header(header).facts if isinstance(f, EntityFacts)]
    assert facts[0].irs_number == "41-0987654"
    assert parse_header(header).document.date == date(2001, 3, 5)


_OLD_RELEASE = """<html><body>
<p><b>EXHIBIT 99</b></p>
<p align="center"><b>Lakeshore Pumps Names</b></p>

<p align="center"><b>Vice President of Engineering</b></p>
<br>
<p><b>TOLEDO, NORTH DAKOTA, </b>April 11, 1999...<b>LAKESHORE PUMPS CORPORATION
(NASDAQ/NMS: LKPM) </b>announced today that Dana Whitcombe will lead its engineering
group from May 1, 1999, when the design office in Fargo opens.</p>
<p>Lakeshore Pumps builds irrigation pumps for farms in six states.</p>
</body></html>
"""


def test_old_release_two_line_headline_capital_dateline_and_nms_ticker(tmp_path: Path) -> None:
    path = tmp_path / "release.htm"
    path.write_text(_OLD_RELEASE, encoding="utf-8")
    result = extract_paths([path])
    (info,) = [e.document for _, e in result.items if e.kind == "press"]
    assert info.title == "Lakeshore Pumps Names Vice President of Engineering"
    assert info.dateline == "TOLEDO, NORTH DAKOTA"
    assert info.date == date(1999, 4, 11)
    assert info.subject is not None and info.subject.name == "LAKESHORE PUMPS CORPORATION"


def test_plain_text_in_html_without_pre_keeps_its_lines() -> None:
    lines = [
        "                 CURRENT REPORT ON FORM 8-K",
        "",
        "                    BLUE HERON MARINE CORP.",
        "      (Exact name of registrant as specified in its charter)",
        "",
        "     Oregon                  0-99871               93-7700451",
        "(State of incorporation) (Commission File No.) (IRS Employer No.)",
        "",
        "Item 8.01   Other Events.",
        "",
        "     The company moved its boat yard to a new pier on June 4, 2005.",
    ] + [""] * 60  # a whole filing runs to many lines; a few tags wrap them
    page = "<html><body><div>" + "\n".join(lines) + "</div></body></html>"
    rendered = [" ".join(x.split()) for x in html_to_text(page, "page.htm").split("\n")]
    assert "Item 8.01 Other Events." in rendered
    assert "BLUE HERON MARINE CORP." in rendered


def test_html_page_with_block_markup_still_folds_its_line_breaks() -> None:
    page = "<html><body><p>One sentence\nwrapped in the source\nat odd places.</p>" + "\n" * 30
    assert html_to_text(page + "</body></html>", "p.htm").strip() == (
        "One sentence wrapped in the source at odd places."
    )
