"""kg.extract.formd_text: Form D printed to PDF and dumped to text.

The seed is read field by field; the variants edit a copy of its text (an
amendment, other exemptions, an indefinite amount, more X marks in a
relationship line, another industry and revenue range, another issuer and
person list written both inline and under the labels, a signature row without
tabs, truncation) to show the extractor reads the form's boxes, not this file.
"""

from __future__ import annotations

import re
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from kg.errors import MalformedDocumentError
from kg.extract import formd_text
from kg.ingest import RawDocument, read_bytes, read_file
from kg.model import (
    Address,
    EntityFacts,
    EntityRef,
    Extraction,
    Mention,
    Offering,
    Position,
    Signature,
)

DATA = Path(__file__).parent / "data" / "formd_text"
SEED = DATA / "000_4ecf89f82e1dc858.txt"
SEED_TEXT = SEED.read_text(encoding="utf-8")
KUMAR_RELATIONSHIP = "Relationship: Executive Officer\tX Director Promoter\t\n"
SIGNATURE_ROW = (
    "Ascent Solar Technologies, Inc.\t/s/ James H. Carroll\tJames H. Carroll\t"
    "Outside Counsel\t2015-11-17"
)
THORNTON = Address(street="12300 Grant Street", city="Thornton", state="CO", postal_code="80241")


def _doc(text: str, name: str = "variant.txt") -> RawDocument:
    return read_bytes(text.encode("utf-8"), name)


def _edit(*pairs: tuple[str, str], text: str = SEED_TEXT) -> str:
    for old, new in pairs:
        assert old in text, f"the seed no longer contains {old!r}"
        text = text.replace(old, new, 1)
    return text


def _of(extraction: Extraction, kind: type) -> list:
    return [f for f in extraction.facts if isinstance(f, kind)]


def _offering(extraction: Extraction) -> Offering:
    (offering,) = _of(extraction, Offering)
    return offering


def _positions(extraction: Extraction) -> dict[str, Position]:
    return {p.holder.name: p for p in _of(extraction, Position)}


def _addresses(extraction: Extraction, entity: EntityRef) -> list[Address]:
    return [a for f in _of(extraction, EntityFacts) if f.entity == entity for a in f.addresses]


@pytest.fixture(scope="module")
def seed() -> Extraction:
    return formd_text.extract(read_file(SEED))


# ---------------------------------------------------------------- detect


def test_detects_the_seed_and_not_the_other_seeds_nor_xml() -> None:
    assert formd_text.detect(read_file(SEED))
    assert not formd_text.detect(read_file(DATA / "001_e522093d6283adcf.txt"))  # Form 4
    assert not formd_text.detect(read_file(DATA / "002_b717dde4e27f8616.txt"))  # 8-K
    assert not formd_text.detect(read_file(DATA / "halloran_diffusion_pharma_formD.xml"))


def test_detect_does_not_take_xml_that_quotes_the_notice_title() -> None:
    xml = '<?xml version="1.0"?>\n<edgarSubmission><!-- Notice of Exempt Offering of Securities'
    assert not formd_text.detect(_doc(xml + " 1. Issuer's Identity --></edgarSubmission>"))


def test_the_registry_picks_this_extractor_for_the_seed() -> None:
    from kg.extract import detect

    assert detect(read_file(SEED)) == "formd_text"


# ---------------------------------------------------------------- the seed, field by field


def test_seed_document(seed: Extraction) -> None:
    assert seed.kind == "formd_text"
    assert seed.document.form_type == "D"
    assert seed.document.date == date(2015, 11, 17)
    assert seed.document.subject is not None
    assert seed.document.subject.cik == "0001350102"


def test_seed_issuer_name_is_the_fullest_spelling(seed: Extraction) -> None:
    issuer = seed.document.subject
    assert issuer is not None and issuer.kind == "company"
    assert issuer.name == "Ascent Solar Technologies, Inc."
    assert "Ascent Solar Technologies" in issuer.aliases


def test_seed_issuer_facts(seed: Extraction) -> None:
    issuer = seed.document.subject
    facts = [f for f in _of(seed, EntityFacts) if f.entity == issuer]
    assert {f.jurisdiction for f in facts} - {None} == {"Delaware"}
    assert {f.entity_type for f in facts} - {None} == {"Corporation"}
    assert {f.phone for f in facts} - {None} == {"(720) 872-5000"}
    assert {f.industry_group for f in facts} - {None} == {"Other Technology"}
    assert _addresses(seed, issuer) == [THORNTON]
    for fact in facts:
        assert fact.evidence and "\t" not in fact.evidence


def test_seed_offering(seed: Extraction) -> None:
    offering = _offering(seed)
    assert offering.issuer == seed.document.subject
    assert offering.total_offering_amount == Decimal("32200000")
    assert offering.total_amount_sold == Decimal("0")
    assert offering.total_remaining == Decimal("32200000")
    assert offering.indefinite is False
    assert offering.exemptions == ("Rule 506(b)",)
    assert offering.is_amendment is False
    assert offering.first_sale_yet_to_occur is True
    assert offering.date_of_first_sale is None
    assert offering.more_than_one_year is True
    assert offering.minimum_investment == Decimal("0")
    assert offering.industry_group == "Other Technology"
    # No box of items 5 and 9 carries an X in this dump.
    assert offering.revenue_range is None
    assert offering.security_types == ()
    assert offering.total_investors == 1
    assert offering.sales_recipients == ()
    assert offering.co_issuers == ()
    assert offering.evidence == "Total Offering Amount $32,200,000 USD or Indefinite"


def test_seed_directors_and_the_one_officer(seed: Extraction) -> None:
    positions = _positions(seed)
    assert set(positions) == {
        "Victor Lee",
        "Amit Kumar",
        'Biao "Winston" Xu',
        "Kim Huntley",
        "G. Thomas Marsh",
    }
    assert positions["Victor Lee"].roles == ("Director", "Officer")
    for name in ("Amit Kumar", 'Biao "Winston" Xu', "Kim Huntley", "G. Thomas Marsh"):
        assert positions[name].roles == ("Director",), name
    for position in positions.values():
        assert position.organization == seed.document.subject
        assert position.as_of == date(2015, 11, 17)
        assert position.title is None
    assert positions["Victor Lee"].evidence == (
        "Last Name LEE First Name VICTOR Middle Name ... "
        "Relationship: X Executiv e Officer X Director Pro omoter"
    )


def test_seed_person_names(seed: Extraction) -> None:
    people = {p.holder.name: p.holder for p in _of(seed, Position)}
    lee = people["Victor Lee"]
    assert (lee.given_name, lee.middle_name, lee.family_name) == ("Victor", None, "Lee")
    assert lee.aliases == ("LEE VICTOR",)
    marsh = people["G. Thomas Marsh"]
    assert (marsh.given_name, marsh.middle_name, marsh.family_name) == ("G.", "Thomas", "Marsh")
    assert "MARSH G. THOMAS" in marsh.aliases
    xu = people['Biao "Winston" Xu']
    assert (xu.given_name, xu.middle_name, xu.family_name) == ("Biao", '"Winston"', "Xu")
    assert "Biao Xu" in xu.aliases
    assert 'XU BIAO "WINSTON"' in xu.aliases
    assert people["Amit Kumar"].given_name == "Amit"
    assert people["Amit Kumar"].family_name == "Kumar"


def test_seed_person_addresses(seed: Extraction) -> None:
    for position in _of(seed, Position):
        assert _addresses(seed, position.holder) == [THORNTON], position.holder.name


def test_seed_signature(seed: Extraction) -> None:
    (signature,) = _of(seed, Signature)
    assert signature.signer.name == "James H. Carroll"
    assert signature.signer.kind == "person"
    assert (signature.signer.given_name, signature.signer.middle_name) == ("James", "H.")
    assert signature.signer.family_name == "Carroll"
    assert signature.title == "Outside Counsel"
    assert signature.date == date(2015, 11, 17)
    assert signature.evidence == (
        "Ascent Solar Technologies, Inc. /s/ James H. Carroll James H. Carroll "
        "Outside Counsel 2015-11-17"
    )


def test_seed_every_fact_has_short_verbatim_evidence(seed: Extraction) -> None:
    flat = re.sub(r"\s+", " ", SEED_TEXT.replace("\\$", "$"))
    for fact in seed.facts:
        assert 0 < len(fact.evidence) <= 400
        for part in fact.evidence.split(" ... "):
            assert part in flat, part


# ---------------------------------------------------------------- variants of the form


@pytest.fixture(scope="module")
def amended() -> Extraction:
    """An amendment: other boxes ticked all over the form."""
    text = _edit(
        (
            "X New Notice Date of First Sale X First Sale Yet",
            "New Notice Date of First Sale 2016-02-01 First Sale Yet",
        ),
        ("\nAmendment\t\n", "\nX Amendment\tPrevious Accession Number 0009999999-15-000123\t\n"),
        ("X Rule 506(b)", "Rule 506(b)"),
        ("\nRule 506(c)\t", "\nX Rule 506(c)\t"),
        (
            "Investment Company Act Sec Section 3(c)(1)",
            "Investment Company Act Sec X Section 3(c)(1)",
        ),
        (
            "Total Offering Amount \\$32,200,000 USD or Indefinite",
            "Total Offering Amount USD or X Indefinite",
        ),
        ("Total Amount Sold \\$0 USD", "Total Amount Sold \\$1,250,000.50 USD"),
        (
            "Total Remaining to be Sold \\$32,200,000 USD or Indefinite",
            "Total Remaining to be Sold USD or X Indefinite",
        ),
        ("one year? XYes No", "one year? Yes XNo"),
        (
            "Computers Telecommunications X Other Technology",
            "Computers Telecommunications Other Technology",
        ),
        (
            "Banking & Financial Services\tBiotechnology",
            "Banking & Financial Services\tX Biotechnology",
        ),
        # Item 5: a revenue box, and a decoy X in the net-asset-value column.
        (
            "No Revenues \\$1 - \\$1,000,000 \\$1,000,001 - \\$5,000,000 \\$5,000,001 -\t"
            "No Aggregate Net Asset Value \\$1 - \\$5,000,000",
            "No Revenues \\$1 - \\$1,000,000 X \\$1,000,001 - \\$5,000,000 \\$5,000,001 -\t"
            "No Aggregate Net Asset Value X \\$1 - \\$5,000,000",
        ),
        ("Equity\tPooled Investment Fund Interests", "X Equity\tPooled Investment Fund Interests"),
        ("Debt\tTenant-in-Common", "X Debt\tTenant-in-Common"),
        ("inve\testor \\$0 USD", "inve\testor \\$25,000 USD"),
        ("invested in the offering:\t1", "invested in the offering:\t12"),
        (
            KUMAR_RELATIONSHIP + "Clarification of Response (if Neces\tssary):\t",
            "Relationship: X Executive Officer\tX Director X Pro\tomoter\t\n"
            "Clarification of Response (if Neces\tssary):\tChief Financial Officer",
        ),
        (
            SIGNATURE_ROW,
            "Ascent Solar Technologies, Inc.\t/s/ Amit Kumar\tAmit Kumar\t"
            "Chief Financial Officer\t03/04/2016",
        ),
    )
    return formd_text.extract(_doc(text))


def test_amendment_boxes(amended: Extraction) -> None:
    offering = _offering(amended)
    assert amended.document.form_type == "D/A"
    assert amended.document.amends == "0009999999-15-000123"
    assert offering.is_amendment is True
    assert offering.first_sale_yet_to_occur is False
    assert offering.date_of_first_sale == date(2016, 2, 1)
    assert offering.more_than_one_year is False
    assert offering.exemptions == ("Section 3(c)(1)", "Rule 506(c)")


def test_indefinite_amounts(amended: Extraction) -> None:
    offering = _offering(amended)
    assert offering.indefinite is True
    assert offering.total_offering_amount is None
    assert offering.total_remaining is None
    assert offering.total_amount_sold == Decimal("1250000.50")


def test_other_industry_revenue_securities_and_counts(amended: Extraction) -> None:
    offering = _offering(amended)
    assert offering.industry_group == "Biotechnology"
    assert offering.revenue_range == "$1,000,001 - $5,000,000"
    assert offering.security_types == ("Equity", "Debt")
    assert offering.minimum_investment == Decimal("25000")
    assert offering.total_investors == 12


def test_three_x_marks_and_a_clarification(amended: Extraction) -> None:
    positions = _positions(amended)
    kumar = positions["Amit Kumar"]
    assert kumar.roles == ("Director", "Officer", "Promoter")
    assert kumar.title == "Chief Financial Officer"
    assert positions["Victor Lee"].roles == ("Director", "Officer")
    assert positions["Kim Huntley"].roles == ("Director",)
    assert kumar.as_of == date(2016, 3, 4)


def test_amended_signature(amended: Extraction) -> None:
    (signature,) = _of(amended, Signature)
    assert signature.signer.name == "Amit Kumar"
    assert signature.title == "Chief Financial Officer"
    assert signature.date == date(2016, 3, 4)
    assert amended.document.date == date(2016, 3, 4)


PEOPLE = (
    "3. Related Persons\t\t\t\t\n"
    "Last Name DOE\tFirst Name JANE\tMiddle Name Q.\t\t\n"
    "Street Address 1 500 MARKET STREET\tStreet Address 2 SUITE 1200\t\t\n"
    "City\tState/Province/Country\tZIP/PostalCode\t\n"
    "SAN FRANCISCO\tCALIFORNIA\t94105\t\n"
    "Relationship: Executive Officer\tDirector X Pro\tmoter\t\n"
    "Clarification of Response (if Necessary):\tFounder\n"
    "Last Name\tFirst Name\tMiddle Name\n"
    "O'BRIEN\tPATRICK\t\n"
    "Street Address 1\tStreet Address 2\t\n"
    "77 LAKE ROAD\t\t\n"
    "City\tState/Province/Country\tZIP/PostalCode\n"
    "AUSTIN TEXAS\t78701\n"
    "Relationship: X Executive Officer\tDirector Promoter\t\n"
    "Clarification of Response (if Necessary):\t\n"
    "Last Name\tFirst Name\tMiddle Name\n"
    "ROE\tRICHARD\t\n"
    "Street Address 1\tStreet Address 2\t\n"
    "1 PARK AVENUE\t\t\n"
    "City\tState/Province/Country\tZIP/PostalCode\n"
    "TORONTO\tONTARIO\tM5V 3L9\n"
    "Relationship: Executive Officer\tDirector Promoter\t\n"
)


@pytest.fixture(scope="module")
def other_issuer() -> Extraction:
    """Another issuer, entity type, address, person list, recipient and a tab-less signature."""
    start = SEED_TEXT.index("3. Related Persons")
    end = SEED_TEXT.index("4. Industry Group")
    text = SEED_TEXT[:start] + PEOPLE + SEED_TEXT[end:]
    text = _edit(
        ("0001350102\t\t\tX Corporation", "123456\t\t\tCorporation"),
        (
            "Name of Issuer Ascent Solar Technologies Jurisdiction of Incorporation/Organizatio "
            "DELAWARE",
            "Name of Issuer EXAMPLE WIDGETS Jurisdiction of Incorporation/Organizatio NEVADA",
        ),
        (
            "Limited Partnership Limited Liability Company",
            "Limited Partnership X Limited Liability Company",
        ),
        ("Name of Issuer Ascent Solar Technologies\t, Inc.", "Name of Issuer EXAMPLE WIDGETS\tLLC"),
        (
            "Street Address 1 12300 GRANT STREET\t\tStreet Address 2\t2\t",
            "Street Address 1 9 ELM COURT\t\tStreet Address 2\tFLOOR 3\t",
        ),
        ("THORNTON\tCOLORADO\t80241\t(720) 872-5000", "RENO\tNEVADA\t89501\t775-555-0100"),
        (
            "Computers Telecommunications X Other Technology",
            "Computers Telecommunications Other Technology",
        ),
        (
            "Pooled Investment Fund Is the issuer",
            "X Pooled Investment Fund Hedge Fund X Venture Capital Fund Is the issuer",
        ),
        (
            "Recipient\tRecipient CRD Number X None\n(Acceptated) Bushess on Declar V News\t",
            "Recipient\tRecipient CRD Number\nACME SECURITIES LLC\t12345\t",
        ),
        (
            SIGNATURE_ROW,
            "Example Widgets LLC /s/ Jane Q. Doe Jane Q. Doe Managing Member "
            "2016-03-15\nOther Holdings LP\t/s/ Jane Q. Doe\tJane Q. Doe\tManager\t2016-03-15",
        ),
        text=text,
    )
    return formd_text.extract(_doc(text))


def test_other_issuer(other_issuer: Extraction) -> None:
    issuer = other_issuer.document.subject
    assert issuer is not None
    assert issuer.cik == "0000123456"
    assert issuer.name == "Example Widgets LLC"
    assert set(issuer.aliases) == {"EXAMPLE WIDGETS LLC", "EXAMPLE WIDGETS"}
    facts = [f for f in _of(other_issuer, EntityFacts) if f.entity == issuer]
    assert {f.jurisdiction for f in facts} - {None} == {"Nevada"}
    assert {f.entity_type for f in facts} - {None} == {"Limited Liability Company"}
    assert {f.phone for f in facts} - {None} == {"775-555-0100"}
    assert _addresses(other_issuer, issuer) == [
        Address(street="9 Elm Court, Floor 3", city="Reno", state="NV", postal_code="89501")
    ]


def test_other_people(other_issuer: Extraction) -> None:
    positions = _positions(other_issuer)
    assert set(positions) == {"Jane Q. Doe", "Patrick O'Brien"}
    doe = positions["Jane Q. Doe"]
    assert doe.roles == ("Promoter",)
    assert doe.title == "Founder"
    assert (doe.holder.given_name, doe.holder.middle_name) == ("Jane", "Q.")
    assert positions["Patrick O'Brien"].roles == ("Officer",)
    assert positions["Patrick O'Brien"].title is None
    assert _addresses(other_issuer, doe.holder) == [
        Address(
            street="500 Market Street, Suite 1200",
            city="San Francisco",
            state="CA",
            postal_code="94105",
        )
    ]
    obrien = positions["Patrick O'Brien"].holder
    assert _addresses(other_issuer, obrien) == [
        Address(street="77 Lake Road", city="Austin", state="TX", postal_code="78701")
    ]


def test_a_person_with_no_box_checked_is_only_mentioned(other_issuer: Extraction) -> None:
    (mention,) = _of(other_issuer, Mention)
    assert mention.entity.name == "Richard Roe"
    assert _addresses(other_issuer, mention.entity) == [
        Address(
            street="1 Park Avenue",
            city="Toronto",
            state="Ontario",
            postal_code="M5V 3L9",
            country="Canada",
        )
    ]


def test_fund_type_recipient_and_co_issuer(other_issuer: Extraction) -> None:
    offering = _offering(other_issuer)
    assert offering.industry_group == "Pooled Investment Fund: Venture Capital Fund"
    assert [r.name for r in offering.sales_recipients] == ["ACME SECURITIES LLC"]
    assert [c.name for c in offering.co_issuers] == ["Other Holdings LP"]


def test_signature_row_without_tabs(other_issuer: Extraction) -> None:
    signatures = _of(other_issuer, Signature)
    assert {s.signer.name for s in signatures} == {"Jane Q. Doe"}
    first = signatures[0]
    assert first.title == "Managing Member"
    assert first.date == date(2016, 3, 15)
    assert other_issuer.document.date == date(2016, 3, 15)


WRAPPED_PERSON = (
    "Last Name\tFirst Name\tMiddle Name\n"
    "WETHERBY-\tALEXANDRA\tMARIE\n"
    "LONGFELLOW\t\tCHRISTINE\n"
    "Street Address 1\tStreet Address 2\t\n"
    "4500 EXAMPLE INDUSTRIAL\tBUILDING 7, SUITE\n"
    "PARKWAY NORTH\t1200\n"
    "City\tState/Province/Country\tZIP/PostalCode\n"
    "RANCHO EXAMPLE\tCALIFORNIA\t92067\n"
    "VISTA\t\t\n"
    "Relationship: X Executive Officer\tX Director X Promoter\t\n"
    "Clarification of Response (if Neces\tssary):\tChief Operating Officer and\n"
    "Secretary\n"
)


def test_values_wrapped_onto_a_second_line_are_joined_by_column() -> None:
    """A long name, street or city goes on under itself in the same column, and a long
    clarification on the lines below: each is read whole, not as the next box's value."""
    huntley = SEED_TEXT.index("Last Name\tFirst Name\tMiddle Name\nHUNTLEY")
    marsh = SEED_TEXT.index("Last Name\tFirst Name\tMiddle Name\nMARSH")
    text = SEED_TEXT[:huntley] + WRAPPED_PERSON + SEED_TEXT[marsh:]
    extraction = formd_text.extract(_doc(text))
    position = _positions(extraction)["Alexandra Marie Christine Wetherby-Longfellow"]
    assert position.holder.family_name == "Wetherby-Longfellow"
    assert set(position.roles) == {"Officer", "Director", "Promoter"}
    assert position.title == "Chief Operating Officer and Secretary"
    assert _addresses(extraction, position.holder) == [
        Address(
            street="4500 Example Industrial Parkway North, Building 7, Suite 1200",
            city="Rancho Example Vista",
            state="CA",
            postal_code="92067",
        )
    ]


# ---------------------------------------------------------------- broken input


def test_truncated_in_the_related_persons() -> None:
    cut = SEED_TEXT.index(KUMAR_RELATIONSHIP) + len(KUMAR_RELATIONSHIP)
    extraction = formd_text.extract(_doc(SEED_TEXT[:cut]))
    assert extraction.document.subject is not None
    assert extraction.document.subject.cik == "0001350102"
    assert set(_positions(extraction)) == {"Victor Lee", "Amit Kumar"}
    assert _of(extraction, Offering) == []
    assert _of(extraction, Signature) == []
    assert extraction.document.date is None


def test_truncated_in_the_amounts() -> None:
    cut = SEED_TEXT.index("Total Amount Sold")
    offering = _offering(formd_text.extract(_doc(SEED_TEXT[:cut])))
    assert offering.total_offering_amount == Decimal("32200000")
    assert offering.total_amount_sold is None
    assert offering.total_investors is None
    assert offering.exemptions == ("Rule 506(b)",)


def test_truncated_before_the_issuer_is_malformed() -> None:
    cut = SEED_TEXT.index("1. Issuer's Identity")
    with pytest.raises(MalformedDocumentError):
        formd_text.extract(_doc(SEED_TEXT[:cut]))
    with pytest.raises(MalformedDocumentError):
        formd_text.extract(_doc(SEED_TEXT[: cut + 25]))


def test_one_cell_per_line_is_refused_rather_than_misread() -> None:
    """A plain pdftotext of the page puts every cell on a line of its own: an "X" is then
    a line away from its label, so the boxes would be misread. The reason says so."""
    with pytest.raises(MalformedDocumentError, match="one cell per line"):
        formd_text.extract(_doc(SEED_TEXT.replace("\t", "\n")))


def test_page_furniture_between_the_lines_of_a_person() -> None:
    """A page break inside a related person's block: the browser's header and footer lines
    and the form feed are not the person's name or address."""
    block = 'Last Name\tFirst Name\tMiddle Name\nXU\tBIAO\t"WINSTON"'
    assert block in SEED_TEXT
    furniture = (
        "\nhttps://www.sec.gov/Archives/edgar/data/1/0001/primary_doc.xml\t2/6\n"
        "\f1/27/23, 4:05 PM\tSEC FORM D\n"
    )
    broken = SEED_TEXT.replace(block, block.replace("\nXU", furniture + "XU"))

    def people(text: str) -> set[tuple[str, tuple[str, ...], object]]:
        facts = formd_text.extract(_doc(text)).facts
        return {(p.holder.name, p.roles, p.holder.kind) for p in facts if isinstance(p, Position)}

    assert people(broken) == people(SEED_TEXT)


@pytest.mark.parametrize(
    "page_break",
    [
        "https://www.sec.gov/Archives/edgar/data/1/0001/primary_doc.xml\t5/6\n"
        "\f1/27/23, 4:05 PM\tSEC FORM D\n",
        "Page 5 of 6\n\f",
        "\f",
        "\n\f\n",
    ],
    ids=["browser", "page-of", "form-feed", "blank-lines"],
)
def test_page_break_between_signature_rows_keeps_the_co_issuer(page_break: str) -> None:
    """Each issuer signs on a row of its own; a page break between two rows (the second
    wrapped over two lines) does not end the table, so the co-issuer is still read."""
    rows = (
        f"{SIGNATURE_ROW}\n{page_break}Example Co-Issuer Fund, a series\t/s/ Jo Roe\tJo Roe\t"
        "Manager of the\t2015-11-17\nof Example Trust\t\t\tGeneral Partner\t\n"
    )
    extraction = formd_text.extract(_doc(_edit((f"{SIGNATURE_ROW}\n", rows))))
    offering = _offering(extraction)
    assert [c.name for c in offering.co_issuers] == [
        "Example Co-Issuer Fund, a series of Example Trust"
    ]
    titles = {(s.signer.name, s.title) for s in _of(extraction, Signature)}
    assert titles == {
        ("James H. Carroll", "Outside Counsel"),
        ("Jo Roe", "Manager of the General Partner"),
    }


@pytest.mark.parametrize("step", [31])
def test_any_cut_gives_facts_or_malformed_never_a_crash(step: int) -> None:
    for cut in range(step, len(SEED_TEXT), step):
        try:
            extraction = formd_text.extract(_doc(SEED_TEXT[:cut]))
        except MalformedDocumentError:
            continue
        assert extraction.document.subject is not None
        for fact in extraction.facts:
            assert fact.evidence


def test_no_sample_values_in_the_extractor() -> None:
    kg = Path(__file__).parents[1] / "kg" / "extract"
    source = "".join(p.read_text(encoding="utf-8") for p in kg.glob("formd_text*.py")).lower()
    for value in (
        "ascent",
        "1350102",
        "carroll",
        "thornton",
        "12300",
        "32,200,000",
        "huntley",
        "872-5000",
        "winston",
        "kumar",
        "outside counsel",
    ):
        assert value not in source, value
