"""The Form D / D/A edgarSubmission XML extractor, field by field on real notices.

Expected values are read from each file with a separate, minimal xpath (not the
extractor's code), plus hand-checked literals per file. Fixtures and their
origins: tests/data/formd_xml/SOURCES.md.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from lxml import etree

from kg.errors import MalformedDocumentError
from kg.extract import formd_xml
from kg.ingest import RawDocument, read_bytes, read_file
from kg.model import EntityFacts, Extraction, Mention, Offering, Position, Signature

DATA = Path(__file__).parent / "data" / "formd_xml"
SAMPLES = Path(__file__).resolve().parents[1] / "kg" / "samples"
CORPUS_FORMD = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "formd"

FIXTURES = sorted(p for p in DATA.glob("*.xml") if "ownershipDocument" not in p.read_text())
CORPUS_FILES = sorted(CORPUS_FORMD.glob("*.xml")) if CORPUS_FORMD.is_dir() else []

# The test's own reading of the form's codes (Item 3 boxes, Item 6 boxes).
ROLE_OF = {"Executive Officer": "Officer", "Director": "Director", "Promoter": "Promoter"}
EXEMPTION_OF = {
    "06": "Rule 506",
    "06b": "Rule 506(b)",
    "06c": "Rule 506(c)",
    "3C": "Investment Company Act Section 3(c)",
    "3C.1": "Section 3(c)(1)",
    "3C.5": "Section 3(c)(5)",
    "3C.7": "Section 3(c)(7)",
}
PLACEHOLDERS = {"", "N/A", "-", "None"}


def load(name: str) -> RawDocument:
    return read_file(DATA / name)


def xml(path: Path) -> etree._Element:
    """A minimal, independent read of the file (safe parser, leading blank line dropped)."""
    parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False)
    return etree.fromstring(path.read_bytes().lstrip(), parser)


def texts(root: etree._Element, path: str) -> list[str]:
    return [(e.text or "").strip() for e in root.xpath(path)]


def facts_of(extraction: Extraction, kind: type) -> list:
    return [f for f in extraction.facts if isinstance(f, kind)]


def the_offering(extraction: Extraction) -> Offering:
    (offering,) = facts_of(extraction, Offering)
    return offering


def amount(text: str) -> Decimal | None:
    return None if text == "Indefinite" else Decimal(text)


# ------------------------------------------------------------ against each file's XML


def check_against_xml(path: Path) -> None:
    """Every field the extractor reports agrees with a plain xpath read of the file."""
    root = xml(path)
    doc = read_file(path)
    assert formd_xml.detect(doc)
    result = formd_xml.extract(doc)
    assert result.kind == "formd_xml"
    assert result.document.form_type == texts(root, "/edgarSubmission/submissionType")[0]
    subject = result.document.subject
    assert subject is not None
    assert subject.cik == texts(root, "//primaryIssuer/cik")[0]
    entity_name = texts(root, "//primaryIssuer/entityName")[0]
    assert entity_name in (subject.name, *subject.aliases)
    assert all(fact.evidence for fact in result.facts)
    assert entity_name in facts_of(result, EntityFacts)[0].evidence
    check_related_persons(root, result)
    check_offering(root, result)
    check_signatures(root, result)


def check_related_persons(root: etree._Element, result: Extraction) -> None:
    infos = root.xpath("//relatedPersonsList/relatedPersonInfo")
    positions = [p for p in facts_of(result, Position) if p.organization == result.document.subject]
    assert len(positions) == len(infos)
    signed = date.fromisoformat(texts(root, "//signature/signatureDate")[0])
    for info, position in zip(infos, positions, strict=True):
        first = texts(info, "relatedPersonName/firstName")[0]
        last = texts(info, "relatedPersonName/lastName")[0]
        middle = (texts(info, "relatedPersonName/middleName") or [""])[0]
        holder = position.holder
        if first in PLACEHOLDERS:
            assert holder.kind == "company"
            assert holder.name == last
        elif holder.kind == "person":
            assert holder.given_name == first
            assert holder.family_name == last
            assert holder.middle_name == (None if middle in PLACEHOLDERS else middle)
        else:  # a firm's name split over the two boxes
            assert last in holder.name and first in holder.name
        relations = texts(info, "relatedPersonRelationshipList/relationship")
        assert set(position.roles) == {ROLE_OF[r] for r in relations}
        assert position.evidence.split(":")[1].strip().startswith(relations[0])
        assert position.as_of == signed


def check_offering(root: etree._Element, result: Extraction) -> None:
    offering = the_offering(result)
    assert offering.issuer == result.document.subject
    total = texts(root, "//offeringSalesAmounts/totalOfferingAmount")[0]
    sold = texts(root, "//offeringSalesAmounts/totalAmountSold")[0]
    remaining = texts(root, "//offeringSalesAmounts/totalRemaining")[0]
    assert offering.total_offering_amount == amount(total)
    assert offering.total_amount_sold == amount(sold)
    assert offering.total_remaining == amount(remaining)
    assert offering.indefinite is ("Indefinite" in (total, remaining))
    items = texts(root, "//federalExemptionsExclusions/item")
    assert offering.exemptions == tuple(EXEMPTION_OF[i] for i in items)
    is_amendment = texts(root, "//typeOfFiling/newOrAmendment/isAmendment")[0] == "true"
    assert offering.is_amendment is is_amendment
    previous = texts(root, "//newOrAmendment/previousAccessionNumber")
    assert result.document.amends == (previous[0] if previous else None)
    more = texts(root, "//durationOfOffering/moreThanOneYear")[0] == "true"
    assert offering.more_than_one_year is more
    first_sale = texts(root, "//dateOfFirstSale/value")
    assert offering.date_of_first_sale == (
        date.fromisoformat(first_sale[0]) if first_sale else None
    )
    assert offering.first_sale_yet_to_occur is (not first_sale)
    minimum = texts(root, "//minimumInvestmentAccepted")[0]
    assert offering.minimum_investment == Decimal(minimum)
    investors = texts(root, "//investors/totalNumberAlreadyInvested")[0]
    assert offering.total_investors == int(investors)
    co_issuers = texts(root, "//issuerList/issuer/entityName")
    assert [c.name for c in offering.co_issuers] == co_issuers


def check_signatures(root: etree._Element, result: Extraction) -> None:
    signatures = facts_of(result, Signature)
    assert [s.signer.name for s in signatures] == texts(root, "//signature/nameOfSigner")
    assert [s.title for s in signatures] == texts(root, "//signature/signatureTitle")
    dates = [date.fromisoformat(d) for d in texts(root, "//signature/signatureDate")]
    assert [s.date for s in signatures] == dates
    assert result.document.date == dates[0]


@pytest.mark.parametrize("path", FIXTURES, ids=lambda p: p.name)
def test_fixture_agrees_with_its_xml(path: Path) -> None:
    check_against_xml(path)


def test_all_nine_fixtures_are_here() -> None:
    assert len(FIXTURES) == 9


@pytest.mark.corpus
@pytest.mark.parametrize(
    "path",
    CORPUS_FILES
    or [pytest.param(None, marks=pytest.mark.skip(reason="../shared/corpus is not here"))],
    ids=lambda p: p.name if p else "absent",
)
def test_corpus_notice_agrees_with_its_xml(path: Path) -> None:
    check_against_xml(path)


# ------------------------------------------------------------ hand-checked literals


def test_investure_amendment_hedge_fund() -> None:
    result = formd_xml.extract(load("edgartools_formDA_0001398344-24-000491.extracted.xml"))
    assert result.document.form_type == "D/A"
    assert result.document.amends == "0001398344-18-000523"
    assert result.document.date == date(2024, 1, 11)
    subject = result.document.subject
    assert subject.name == "INVESTURE OPPORTUNITY FUND, LP"
    assert subject.cik == "0001296490"
    assert "INVESTURE OPPORTUNITY FUND LP" in subject.aliases  # edgarPreviousNameList
    issuer = facts_of(result, EntityFacts)[0]
    assert issuer.entity == subject
    assert issuer.jurisdiction == "Delaware"
    assert issuer.entity_type == "Limited Partnership"
    assert issuer.phone == "434-220-0280"
    assert issuer.former_names == ()
    (address,) = issuer.addresses
    assert address.street == "240 W MAIN STREET, SUITE 500"
    assert (address.city, address.state, address.postal_code) == ("CHARLOTTESVILLE", "VA", "22902")
    firm, person = [p.holder for p in facts_of(result, Position)]
    assert (firm.kind, firm.name) == ("company", "Investure, LLC")
    assert (person.kind, person.name) == ("person", "Bruce A. Miller")
    assert person.aliases == ("Miller Bruce A.",)
    officer = facts_of(result, Position)[1]
    assert officer.roles == ("Officer",)
    assert officer.title == "Managing Member of General Partner"
    offering = the_offering(result)
    assert offering.indefinite is True
    assert offering.total_offering_amount is None
    assert offering.total_amount_sold == Decimal("561224695")
    assert offering.exemptions == (
        "Rule 506(b)",
        "Investment Company Act Section 3(c)",
        "Section 3(c)(1)",
    )
    assert offering.industry_group == "Pooled Investment Fund: Hedge Fund"
    assert offering.security_types == ("Equity", "Pooled Investment Fund Interests")
    assert offering.revenue_range == "Decline to Disclose"  # aggregateNetAssetValueRange
    assert offering.minimum_investment == Decimal("50000")
    assert offering.total_investors == 45
    assert offering.date_of_first_sale == date(2004, 4, 1)
    assert offering.sales_recipients == ()
    (signature,) = facts_of(result, Signature)
    assert signature.signer == person  # the same ref as the related person


def test_1685_reit_people_and_sales_recipients() -> None:
    result = formd_xml.extract(load("edgartools_formD_1685REIT.xml"))
    positions = facts_of(result, Position)
    assert len(positions) == 14
    by_name = {p.holder.name: p for p in positions}
    assert by_name["Joseph G. Doran"].roles == ("Officer", "Director")
    assert by_name["Robert J. Speyer"].roles == ("Director",)
    assert by_name["Daniel D'Orazi"].holder.family_name == "D'Orazi"
    assert all(p.title is None for p in positions)  # every clarification is empty
    offering = the_offering(result)
    assert offering.total_offering_amount == Decimal("125000")
    assert offering.total_remaining == Decimal("0")
    assert offering.indefinite is False
    assert offering.industry_group == "REITS and Finance"
    assert offering.exemptions == (
        "Rule 506(b)",
        "Investment Company Act Section 3(c)",
        "Section 3(c)(7)",
    )
    # Item 12: the broker-dealer is a firm; its four representatives are people.
    assert [r.name for r in offering.sales_recipients] == ["H & L Equities, LLC"]
    assert all(r.kind == "company" for r in offering.sales_recipients)
    reps = facts_of(result, Mention)
    assert [m.entity.name for m in reps] == [
        "Charles Harrison",
        "Lori Mayfield",
        "Patrick Whelchel",
        "Scott Harrison",
    ]
    assert reps[0].evidence == "Charles Harrison (CRD 3071551), H & L Equities, LLC"
    (signature,) = facts_of(result, Signature)
    assert (signature.title, signature.date) == ("President and CEO", date(2023, 1, 27))


def test_apfund_co_issuer_and_firms_split_over_name_boxes() -> None:
    result = formd_xml.extract(load("edgartools_formD_APFund.xml"))  # starts with a blank line
    offering = the_offering(result)
    (co_issuer,) = offering.co_issuers
    assert co_issuer.cik == "0001963203"
    assert co_issuer.name == "AP Fund IV AL Vehicle, a series of Inference Technology Partners, LP"
    issuers = [f for f in facts_of(result, EntityFacts) if f.entity.cik]
    assert [f.entity for f in issuers] == [result.document.subject, co_issuer]
    holders = [p.holder for p in facts_of(result, Position)]
    assert [(h.kind, h.name) for h in holders] == [
        ("company", "Belltower Fund Group Ltd."),
        ("company", "Fund GP, LLC"),
    ]
    assert offering.security_types == ("Pooled Investment Fund Interests",)
    assert offering.exemptions == ("Rule 506(b)", "Section 3(c)(1)")
    assert offering.industry_group == "Pooled Investment Fund: Venture Capital Fund"
    signatures = facts_of(result, Signature)
    assert len(signatures) == 2  # one per issuer
    assert {s.signer.name for s in signatures} == {"Cathy Bui"}
    assert signatures[1].evidence.startswith("AP Fund IV AL Vehicle")


def test_shepherds_amendment_previous_name_and_none_recipient() -> None:
    result = formd_xml.extract(load("edgartools_formD_Shepards.xml"))
    assert result.document.form_type == "D/A"
    assert result.document.amends == "0001544190-19-000002"
    issuer = facts_of(result, EntityFacts)[0]
    assert issuer.entity.name == "Shepherd's Finance, LLC"
    assert issuer.former_names == ("84 RE Partners, LLC",)
    assert issuer.phone == "(302) 752-2688"
    assert issuer.industry_group == "Other Banking and Financial Services"
    offering = the_offering(result)
    assert offering.sales_recipients == ()  # recipientName "None"
    assert not facts_of(result, Mention)
    assert (offering.total_amount_sold, offering.total_remaining) == (
        Decimal("5725051"),
        Decimal("2274949"),
    )
    by_name = {p.holder.name: p for p in facts_of(result, Position)}
    assert by_name["Catherine Loftin"].title == "Chief Financial Officer"
    assert by_name["Barbara L. Harshman"].title is None  # no clarification given
    assert by_name["Daniel M. Wallach"].roles == ("Officer", "Director")
    (signature,) = facts_of(result, Signature)
    assert signature.signer.name == "Daniel M. Wallach"
    assert signature.signer.given_name == "Daniel"
    assert signature.signer.middle_name == "M."


def test_vepf_yet_to_occur_and_promoter_firms() -> None:
    result = formd_xml.extract(load("edgartools_vepf_viii_coinvest_formD.extracted.xml"))
    offering = the_offering(result)
    assert offering.first_sale_yet_to_occur is True
    assert offering.date_of_first_sale is None
    assert offering.indefinite is True
    assert offering.total_amount_sold == Decimal("0")
    firms = [p for p in facts_of(result, Position) if p.holder.kind == "company"]
    assert [f.holder.name for f in firms] == [
        "VEPF VIII Co-Invest 4 GP, LLC",
        "VEPF VIII Co-Invest 4-A GP, L.P.",
    ]
    assert all(f.roles == ("Promoter",) for f in firms)
    issuer = facts_of(result, EntityFacts)[0]
    assert (
        issuer.addresses[0].street == "C/O VISTA EQUITY PARTNERS, 4 EMBARCADERO CENTER, 20TH FLOOR"
    )


def test_diffusion_pharma_virginia_llc() -> None:
    result = formd_xml.extract(load("halloran_diffusion_pharma_formD.xml"))
    issuer = facts_of(result, EntityFacts)[0]
    assert issuer.entity.name == "DIFFUSION PHARMACEUTICALS LLC"
    assert issuer.jurisdiction == "Virginia"
    assert issuer.entity_type == "Limited Liability Company"
    offering = the_offering(result)
    assert offering.industry_group == "Pharmaceuticals"
    assert offering.total_offering_amount == Decimal("1512500")
    assert offering.minimum_investment == Decimal("55000")
    assert offering.security_types == ("Equity",)
    directors = {p.holder.name for p in facts_of(result, Position) if "Director" in p.roles}
    assert directors == {
        "David G. Kalergis",
        "John L. Gainer",
        "Thomas E. Byrne",
        "Robert W. Adams",
    }
    assert result.document.date == date(2006, 6, 21)


def test_gabelli_old_schema_codes_and_mixed_case_name() -> None:
    result = formd_xml.extract(load("halloran_gabelli_intl_gold_fund_formD.extracted.xml"))
    subject = result.document.subject
    # The signature block spells the issuer in mixed case; Item 1 in capitals.
    assert subject.name == "Gabelli International Gold Fund, Ltd."
    assert subject.aliases == ("GABELLI INTERNATIONAL GOLD FUND LTD.",)
    issuer = facts_of(result, EntityFacts)[0]
    assert issuer.jurisdiction == "Bermuda"  # EDGAR code D0
    assert issuer.entity_type == "Other"
    (address,) = issuer.addresses
    assert (address.city, address.state, address.country) == ("Hamilton", None, "Bermuda")
    offering = the_offering(result)
    assert offering.exemptions[0] == "Rule 506"  # pre-2008 code "06"
    assert [r.name for r in offering.sales_recipients] == ["Gabelli & Company"]
    jamieson = facts_of(result, Position)[0]
    assert jamieson.roles == ("Director",)
    assert jamieson.title is None  # a sentence, not a title
    assert "executive officer of Gabelli Securities" in jamieson.evidence


def test_upshot_promoters_and_exemptions() -> None:
    result = formd_xml.extract(load("halloran_upshot_re_fund_ii_formD.extracted.xml"))
    offering = the_offering(result)
    assert offering.total_offering_amount == Decimal("25000000")
    assert offering.first_sale_yet_to_occur is True
    assert offering.more_than_one_year is False
    assert offering.exemptions[-2:] == ("Section 3(c)(5)", "Section 3(c)(7)")
    gp = facts_of(result, Position)[0]
    assert (gp.holder.name, gp.roles, gp.title) == (
        "Upshot Fund II GP, LLC",
        ("Promoter",),
        "General Partner",
    )
    assert gp.evidence == "Upshot Fund II GP, LLC: Promoter; General Partner"


def test_10h_amendment_nickname_in_first_name() -> None:
    result = formd_xml.extract(load("krymer15_10h_capital_fund_ii_formDA.extracted.xml"))
    offering = the_offering(result)
    assert offering.exemptions[0] == "Rule 506(c)"
    assert (offering.total_amount_sold, offering.total_investors) == (Decimal("31400000"), 61)
    mei = facts_of(result, Position)[1].holder
    assert (mei.name, mei.given_name, mei.family_name) == (
        "Jingqiu (Joseph) Mei",
        "Jingqiu (Joseph)",
        "Mei",
    )
    (signature,) = facts_of(result, Signature)
    assert signature.signer == mei
    assert "/s/Jingqiu (Joseph) Mei" in signature.evidence


# ------------------------------------------------------------ detection


def test_detect_refuses_an_ownership_document() -> None:
    doc = load("edgartools_sunpower_hegde_form3_nosecurities.xml")
    assert not formd_xml.detect(doc)
    with pytest.raises(MalformedDocumentError):
        formd_xml.extract(doc)


@pytest.mark.parametrize("path", sorted(SAMPLES.glob("*.txt")), ids=lambda p: p.name)
def test_detect_refuses_the_text_samples(path: Path) -> None:
    assert not formd_xml.detect(read_file(path))


def test_detect_refuses_another_edgar_submission() -> None:
    text = (
        '<?xml version="1.0"?><edgarSubmission><headerData><submissionType>13F-HR'
        "</submissionType></headerData><formData><coverPage/></formData></edgarSubmission>"
    )
    doc = read_bytes(text.encode(), "13f.xml")
    assert not formd_xml.detect(doc)
    with pytest.raises(MalformedDocumentError, match="13F-HR"):
        formd_xml.extract(doc)


def test_filer_layout_with_namespace_is_read() -> None:
    """headerData + formData in the Form D namespace, as filers submit it."""
    text = (DATA / "halloran_upshot_re_fund_ii_formD.extracted.xml").read_text()
    body = text.split("<primaryIssuer>", 1)[1].rsplit("</edgarSubmission>", 1)[0]
    wrapped = (
        '<?xml version="1.0"?>\n<edgarSubmission xmlns="http://www.sec.gov/edgar/formd">'
        "<headerData><submissionType>D</submissionType></headerData>"
        f"<formData><primaryIssuer>{body}</formData></edgarSubmission>"
    )
    doc = read_bytes(wrapped.encode(), "filer.xml")
    assert formd_xml.detect(doc)
    result = formd_xml.extract(doc)
    assert result.document.subject.cik == "0001745524"
    assert len(facts_of(result, Position)) == 3
    assert the_offering(result).total_offering_amount == Decimal("25000000")


# ------------------------------------------------------------ broken and hostile input


@pytest.mark.parametrize("fraction", [0.2, 0.5, 0.95])
def test_truncated_xml_is_malformed(fraction: float) -> None:
    data = (DATA / "edgartools_formD_1685REIT.xml").read_bytes()
    doc = read_bytes(data[: int(len(data) * fraction)], "cut.xml")
    assert formd_xml.detect(doc)
    with pytest.raises(MalformedDocumentError) as caught:
        formd_xml.extract(doc)
    assert caught.value.path == "cut.xml"


def test_form_d_without_issuer_is_malformed() -> None:
    text = '<?xml version="1.0"?><edgarSubmission><submissionType>D</submissionType>'
    doc = read_bytes((text + "</edgarSubmission>").encode(), "empty.xml")
    with pytest.raises(MalformedDocumentError, match="primary issuer"):
        formd_xml.extract(doc)


def test_entities_are_neither_expanded_nor_fetched(tmp_path: Path) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("TOP-SECRET-CONTENT")
    text = (DATA / "halloran_upshot_re_fund_ii_formD.extracted.xml").read_text()
    body = text.split("?>", 1)[1]
    body = body.replace(
        "<signatureTitle>Managing Member of the General Partner</signatureTitle>",
        "<signatureTitle>&xxe;</signatureTitle>",
    ).replace("<city>ORLANDO</city>", "<city>&lol2;</city>")
    dtd = (
        '<?xml version="1.0"?>\n<!DOCTYPE edgarSubmission [\n'
        f'<!ENTITY xxe SYSTEM "{secret.as_uri()}">\n<!ENTITY lol "lollollollol">\n'
        '<!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">\n]>\n'
    )
    doc = read_bytes((dtd + body).encode(), "hostile.xml")
    result = formd_xml.extract(doc)
    dumped = repr(result)
    assert "TOP-SECRET" not in dumped
    assert "lollol" not in dumped
    (signature,) = facts_of(result, Signature)
    assert signature.title is None
    assert facts_of(result, EntityFacts)[0].addresses[0].city is None
