"""Cross-check: the Form D text extractor against the XML extractor, on other issuers.

Each Form D ``edgarSubmission`` XML is rendered into the seed's PDF-to-text layout
(``tests.layout.formd_pdftext``), read back by ``kg.extract.formd_text``, and compared
field by field with what ``kg.extract.formd_xml`` reads out of the XML itself. The
bundled XMLs always run; the shared corpus's run when it is checked out next to the
repository (skipped otherwise).
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from kg.extract import formd_text, formd_xml
from kg.ingest import read_bytes
from kg.model import (
    EntityFacts,
    Extraction,
    Mention,
    Offering,
    Position,
    SalesCompensation,
    Signature,
)
from tests.layout.formd_pdftext import render

DATA = Path(__file__).parent / "data" / "formd_xml"
CORPUS = Path(__file__).parents[2] / "shared" / "corpus" / "formd"
_OFFERING_FIELDS = (
    "total_offering_amount",
    "total_amount_sold",
    "total_remaining",
    "indefinite",
    "is_amendment",
    "first_sale_yet_to_occur",
    "date_of_first_sale",
    "more_than_one_year",
    "minimum_investment",
    "total_investors",
    "industry_group",
    "revenue_range",
)


def _form_d(folder: Path) -> list[Path]:
    return sorted(p for p in folder.glob("*.xml") if b"<edgarSubmission" in p.read_bytes())


BUNDLED = _form_d(DATA)
EXTRA = _form_d(CORPUS) if CORPUS.is_dir() else []


def fields(extraction: Extraction) -> dict[str, object]:
    """The fields both extractors must agree on, in comparable form."""
    issuer = extraction.document.subject
    assert issuer is not None
    own = [f for f in extraction.facts if isinstance(f, EntityFacts) and f.entity == issuer]
    found: dict[str, object] = {"issuer": issuer.name, "cik": issuer.cik}
    for name in ("entity_type", "jurisdiction", "phone", "industry_group"):
        found[f"issuer.{name}"] = {getattr(f, name) for f in own} - {None}
    found["persons"] = {
        p.holder.name: (frozenset(p.roles), p.title)
        for p in extraction.facts
        if isinstance(p, Position)
    }
    offerings = [f for f in extraction.facts if isinstance(f, Offering)]
    assert len(offerings) == 1
    (offering,) = offerings
    for name in _OFFERING_FIELDS:
        found[name] = getattr(offering, name)
    found["exemptions"] = set(offering.exemptions)
    found["recipients"] = {(r.name, r.kind) for r in offering.sales_recipients}
    found["co_issuers"] = [(c.name, c.cik) for c in offering.co_issuers]
    for co_issuer in offering.co_issuers:  # items 1 and 2, printed again for each co-issuer
        said = [f for f in extraction.facts if isinstance(f, EntityFacts) and f.entity == co_issuer]
        for name in ("jurisdiction", "entity_type", "phone"):
            found[f"{co_issuer.name}.{name}"] = {getattr(f, name) for f in said} - {None}
        found[f"{co_issuer.name}.addresses"] = {a for f in said for a in f.addresses}
    found["representatives"] = {
        m.entity.name for m in extraction.facts if isinstance(m, Mention) and "CRD" in m.evidence
    }
    # Item 12 per recipient. Not compared: the dealer's CRD number (the seed's print has
    # no cell for it), and an unticked "Foreign/non-US" box whether the XML says false or
    # leaves the element out (the page prints the same box for both).
    found["compensation"] = {
        (
            c.recipient.name,
            c.representative.name if c.representative else None,
            c.crd_number,
            c.associated_broker_dealer.name if c.associated_broker_dealer else None,
            c.solicitation_states,
            c.all_states,
            c.foreign_solicitation is True,
        )
        for c in extraction.facts
        if isinstance(c, SalesCompensation)
    }
    found["signatures"] = {
        (s.signer.name, s.title, s.date) for s in extraction.facts if isinstance(s, Signature)
    }
    return found


def differences(path: Path) -> dict[str, tuple[object, object]]:
    """Field -> (from the XML, from the rendered text), for the fields that differ."""
    xml = path.read_bytes()
    want = fields(formd_xml.extract(read_bytes(xml, path.name)))
    text = render(xml)
    doc = read_bytes(text.encode("utf-8"), path.stem + ".txt")
    assert formd_text.detect(doc)
    got = fields(formd_text.extract(doc))
    return {key: (want[key], got.get(key)) for key in want if want[key] != got.get(key)}


@pytest.mark.parametrize("path", BUNDLED, ids=lambda p: p.stem)
def test_text_layout_reads_as_the_xml(path: Path) -> None:
    assert differences(path) == {}


@pytest.mark.skipif(not CORPUS.is_dir(), reason="the shared corpus is not checked out")
@pytest.mark.parametrize("path", EXTRA, ids=lambda p: p.stem)
def test_corpus_text_layout_reads_as_the_xml(path: Path) -> None:
    assert differences(path) == {}


def test_the_renderer_writes_the_seeds_layout() -> None:
    """The rendering keeps the seed's marks: tabs in cells, X before checked boxes."""
    text = render((DATA / "halloran_diffusion_pharma_formD.xml").read_bytes())
    assert "Relationship: X Executiv\te Officer X Director Pro\tomoter\t\t" in text
    assert "X Limited Liability Company" in text
    assert "X Pharmaceuticals" in text
    assert "X Rule 506(b)\t" in text
    assert "one year? Yes XNo" in text
    assert "Total Offering Amount \\$1,512,500 USD or Indefinite\t" in text
    assert "Issuer\tSignature\tName of Signer\tTitle\tDate\n" in text


# ---------------------------------------------------------------- every box of the form
# One bundled notice with one box changed at a time: each industry group, entity
# type, exemption and answer of the form is rendered and read back.

BASE = DATA / "halloran_diffusion_pharma_formD.xml"
INDUSTRY_GROUPS = re.split(
    r" \| ",
    "Agriculture | Commercial Banking | Insurance | Investing | Investment Banking"
    " | Other Banking and Financial Services | Business Services | Coal Mining"
    " | Electric Utilities | Energy Conservation | Environmental Services | Oil and Gas"
    " | Other Energy | Biotechnology | Health Insurance | Hospitals and Physicians"
    " | Pharmaceuticals | Other Health Care | Manufacturing | Commercial | Construction"
    " | REITS and Finance | Residential | Other Real Estate | Retailing | Restaurants"
    " | Computers | Telecommunications | Other Technology | Airlines and Airports"
    " | Lodging and Conventions | Tourism and Travel Services | Other Travel | Other",
)
FUND_TYPES = ("Hedge Fund", "Private Equity Fund", "Venture Capital Fund", "Other Investment Fund")
EXEMPTION_CODES = (
    "04", "04.1", "04.2", "04.3", "05", "06", "06b", "06c", "4a5", "3C",
    *(f"3C.{n}" for n in range(1, 15)),
)  # fmt: skip


def _variant(*pairs: tuple[str, str], base: Path = BASE) -> bytes:
    text = base.read_text(encoding="utf-8")
    for old, new in pairs:
        assert old in text, old
        text = text.replace(old, new)
    return text.encode("utf-8")


def _agree(xml: bytes) -> dict[str, tuple[object, object]]:
    want = fields(formd_xml.extract(read_bytes(xml, "variant.xml")))
    got = fields(formd_text.extract(read_bytes(render(xml).encode("utf-8"), "variant.txt")))
    return {key: (want[key], got.get(key)) for key in want if want[key] != got.get(key)}


_GROUP = "<industryGroupType>Pharmaceuticals</industryGroupType>"


@pytest.mark.parametrize("group", INDUSTRY_GROUPS)
def test_each_industry_group(group: str) -> None:
    assert _agree(_variant((_GROUP, f"<industryGroupType>{group}</industryGroupType>"))) == {}


def pooled_fund(fund: str) -> bytes:
    """The bundled notice as a pooled investment fund of type ``fund``."""
    pooled = (
        "<industryGroupType>Pooled Investment Fund</industryGroupType><investmentFundInfo>"
        f"<investmentFundType>{fund}</investmentFundType><is40Act>false</is40Act>"
        "</investmentFundInfo>"
    )
    return _variant((_GROUP, pooled))


@pytest.mark.parametrize("fund", FUND_TYPES)
def test_each_fund_type(fund: str) -> None:
    assert _agree(pooled_fund(fund)) == {}


@pytest.mark.parametrize(
    "kind",
    ["Corporation", "Limited Partnership", "General Partnership", "Business Trust", "Other"],
)
def test_each_entity_type(kind: str) -> None:
    said = "<entityTypeOtherDesc>Statutory Trust</entityTypeOtherDesc>" if kind == "Other" else ""
    edit = (
        "<entityType>Limited Liability Company</entityType>",
        f"<entityType>{kind}</entityType>{said}",
    )
    assert _agree(_variant(edit)) == {}


@pytest.mark.parametrize("code", EXEMPTION_CODES)
def test_each_exemption(code: str) -> None:
    assert _agree(_variant(("<item>06b</item>", f"<item>{code}</item>"))) == {}


def test_all_exemptions_at_once() -> None:
    items = "".join(f"<item>{code}</item>" for code in EXEMPTION_CODES)
    assert _agree(_variant(("<item>06b</item>", items))) == {}


def test_other_answers() -> None:
    """An amendment, yet to sell, longer than a year, indefinite, non-accredited investors,
    a related person who is all three, and a company in the name boxes."""
    xml = _variant(
        ("<isAmendment>false</isAmendment>", "<isAmendment>true</isAmendment>"),
        ("<value>2006-09-15</value>", "<yetToOccur>true</yetToOccur>"),
        ("<moreThanOneYear>false", "<moreThanOneYear>true"),
        ("<totalOfferingAmount>1512500", "<totalOfferingAmount>Indefinite"),
        ("<totalRemaining>482592", "<totalRemaining>Indefinite"),
        ("<hasNonAccreditedInvestors>false", "<hasNonAccreditedInvestors>true"),
        (
            "<relationship>Director</relationship>",
            "<relationship>Director</relationship><relationship>Promoter</relationship>",
        ),
        (
            "<firstName>John</firstName>\n                <middleName>L.</middleName>\n"
            "                <lastName>Gainer</lastName>",
            "<firstName>-</firstName><lastName>EXAMPLE PARTNERS GP, L.L.C.</lastName>",
        ),
    )
    assert _agree(xml) == {}


def test_a_co_issuer_named_after_the_issuer_is_not_the_issuer() -> None:
    """Item 1 cuts the name, so the signature rows name the issuer in full; a co-issuer
    whose name starts with the issuer's stays a co-issuer."""
    fund = DATA / "edgartools_formD_APFund.xml"
    primary = "AP Fund IV, a series of Inference Technology Partners, LP"
    xml = _variant(
        ("AP Fund IV AL Vehicle, a series of Inference Technology Partners, LP",
         f"{primary} (Parallel)"),
        base=fund,
    )  # fmt: skip
    assert _agree(xml) == {}
    extraction = formd_text.extract(read_bytes(render(xml).encode("utf-8"), "fund.txt"))
    (offering,) = (f for f in extraction.facts if isinstance(f, Offering))
    assert [c.name for c in offering.co_issuers] == [f"{primary} (Parallel)"]


_SIZES = re.split(
    r" \| ",
    "No Revenues | $1 - $1,000,000 | $1,000,001 - $5,000,000 | $5,000,001 - $25,000,000"
    " | $25,000,001 - $100,000,000 | Over $100,000,000 | Decline to Disclose | Not Applicable",
)
_NAVS = re.split(
    r" \| ",
    "No Aggregate Net Asset Value | $1 - $5,000,000 | $5,000,001 - $25,000,000"
    " | $25,000,001 - $50,000,000 | $50,000,001 - $100,000,000 | Over $100,000,000"
    " | Decline to Disclose | Not Applicable",
)


@pytest.mark.parametrize(
    ("tag", "size"),
    [("revenueRange", s) for s in _SIZES] + [("aggregateNetAssetValueRange", s) for s in _NAVS],
)
def test_each_issuer_size(tag: str, size: str) -> None:
    edit = ("<revenueRange>Decline to Disclose</revenueRange>", f"<{tag}>{size}</{tag}>")
    assert _agree(_variant(edit)) == {}
