"""kg.extract.form4_xml on real ownershipDocument XML (Forms 3, 4, 4/A, 5).

Each fixture is checked three ways: against the XML itself, read here with a
separate minimal lxml pass; against the counts the corpus MANIFEST records
(see tests/data/form4_xml/SOURCES.md); and against a few values read by hand.
"""

from __future__ import annotations

import re
import time
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from lxml import etree

from kg.errors import MalformedDocumentError
from kg.extract import _ownership as own
from kg.extract import _ownership_signers as signers
from kg.extract import form4_xml
from kg.ingest import read_bytes, read_file
from kg.model import EntityFacts, Position, Shareholding, Signature, Transaction

DATA = Path(__file__).parent / "data" / "form4_xml"
CORPUS = Path(__file__).parents[2] / "shared" / "corpus"
SAFE = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False)

# From corpus/MANIFEST.tsv: owners, nonderivTx, derivTx, holdings (non-derivative, derivative).
MANIFEST = {
    "edgartools_snowflake_scarpelli_form4.xml": (1, 6, 1, 8, 0),
    "krymer15_TCR2_THERAPEUTICS_INC_000120919123029527.xml": (3, 2, 0, 0, 0),
    "datamule_Adagio_Therapeutics_Inc_0000899243-22-012864_form4.xml": (4, 0, 0, 1, 0),
    "datamule_XOOM_Corp_0001209191-13-010666_form4.xml": (1, 3, 18, 0, 0),
    "datamule_23andMe_Holding_Co_0001062993-21-005990_form3.xml": (1, 0, 0, 0, 8),
    "edgartools_snowflake_berkshire_buffett_form3.xml": (2, 0, 0, 1, 0),
    "datamule_Tesla_Inc_0000899243-23-004992_form5.xml": (1, 7, 0, 0, 0),
    "deanshelton_lam_research_ahmed_form4A.extracted.xml": (1, 2, 0, 0, 0),
    "dsgorthy_gen_probe_inc_form4_2007.extracted.xml": (1, 1, 1, 0, 0),
    "datamule_TESLA_MOTORS_INC_0001181431-10-035864_form4.xml": (1, 5, 6, 0, 0),
    "edgartools_2seventy_bio_snow_form4.extracted.xml": (1, 1, 1, 0, 0),
    "deanshelton_pro_dex_farnam_cabillot_form4.extracted.xml": (2, 2, 0, 0, 0),
    "datamule_Hippo_Holdings_Inc_0000899243-21-031284_form4.xml": (1, 1, 1, 0, 0),
    "cassette_apple_adams_form4_2022.extracted.xml": (1, 7, 0, 0, 0),
}


def _extract(name: str):
    return form4_xml.extract(read_file(DATA / name))


def _of(extraction, kind):
    return [f for f in extraction.facts if isinstance(f, kind)]


def _rows(extraction, derivative: bool, kind=Transaction):
    return [f for f in _of(extraction, kind) if f.is_derivative is derivative]


def _value(el) -> str | None:
    """The test's own minimal reading of a field: <value> child or own text."""
    if el is None:
        return None
    inner = el.find("value")
    text = (inner if inner is not None else el).text
    return text.strip() if text and text.strip() else None


def _counts(extraction) -> tuple[int, int, int, int, int]:
    owners = {f.entity for f in _of(extraction, EntityFacts)} - {extraction.document.subject}
    per = len(owners)
    return (
        per,
        len(_rows(extraction, False)) // per,
        len(_rows(extraction, True)) // per,
        len(_rows(extraction, False, Shareholding)) // per,
        len(_rows(extraction, True, Shareholding)) // per,
    )


@pytest.mark.parametrize("name", sorted(MANIFEST))
def test_counts_match_manifest(name: str) -> None:
    assert _counts(_extract(name)) == MANIFEST[name]


@pytest.mark.parametrize("name", sorted(MANIFEST))
def test_fields_match_the_xml(name: str) -> None:
    root = etree.fromstring((DATA / name).read_bytes(), parser=SAFE)
    got = _extract(name)
    owners = root.findall("reportingOwner")
    doc = got.document
    assert doc.form_type == root.findtext("documentType").strip()
    assert doc.period_of_report == date.fromisoformat(root.findtext("periodOfReport").strip())
    assert doc.subject.cik == root.findtext("issuer/issuerCik").strip().zfill(10)
    assert doc.subject.name == root.findtext("issuer/issuerName").strip()
    assert doc.amends is None
    signed = [d.strip() for d in root.xpath("ownerSignature/signatureDate/text()")]
    assert doc.date == (date.fromisoformat(max(signed)) if signed else doc.period_of_report)
    owner_ciks = {o.findtext("reportingOwnerId/rptOwnerCik").strip().zfill(10) for o in owners}
    assert {p.holder.cik for p in _of(got, Position)} <= owner_ciks
    assert {t.reporting_owner.cik for t in _of(got, Transaction)} <= owner_ciks
    for tag, derivative in (("nonDerivativeTransaction", False), ("derivativeTransaction", True)):
        rows = root.findall(f".//{tag}")
        facts = _rows(got, derivative)
        assert len(facts) == len(rows) * len(owners)
        for row, fact in zip(rows, facts[:: len(owners)], strict=True):
            assert fact.security_title == _value(row.find("securityTitle"))
            shares = _value(row.find("transactionAmounts/transactionShares"))
            assert fact.shares == (Decimal(shares) if shares else None)
            assert fact.transaction_code == _value(row.find("transactionCoding/transactionCode"))
            after = _value(row.find("postTransactionAmounts/sharesOwnedFollowingTransaction"))
            assert fact.shares_owned_after == (Decimal(after) if after else None)
            cited = dict.fromkeys(f.get("id") for f in row.iter("footnoteId"))
            texts = [
                " ".join(root.xpath(f"string(footnotes/footnote[@id='{i}'])").split())
                for i in cited
            ]
            assert list(fact.footnotes) == texts
    for fact in got.facts:
        assert fact.evidence and fact.evidence == " ".join(fact.evidence.split())


@pytest.mark.parametrize("name", sorted(MANIFEST))
def test_detected_and_registered(name: str) -> None:
    from kg.extract import detect

    doc = read_file(DATA / name)
    assert form4_xml.detect(doc)
    assert detect(doc) == "form4_xml"


def test_single_owner_form4_by_hand() -> None:
    got = _extract("edgartools_snowflake_scarpelli_form4.xml")
    issuer = _of(got, EntityFacts)[0]
    assert (issuer.entity.name, issuer.entity.cik, issuer.ticker) == (
        "Snowflake Inc.",
        "0001640147",
        "SNOW",
    )
    owner = _of(got, EntityFacts)[1]
    assert owner.entity.kind == "person"
    assert (owner.entity.name, owner.entity.given_name, owner.entity.family_name) == (
        "Michael Scarpelli",
        "Michael",
        "Scarpelli",
    )
    assert owner.entity.aliases == ("Scarpelli Michael",)
    assert owner.addresses[0].city == "BOZEMAN" and owner.addresses[0].postal_code == "59715"
    (position,) = _of(got, Position)
    assert position.roles == ("Officer",) and position.title == "Chief Financial Officer"
    assert (
        position.evidence == "Scarpelli Michael: isOfficer=1 officerTitle=Chief Financial Officer"
    )
    sale = _rows(got, False)[1]
    assert sale.transaction_code == "S" and sale.acquired_disposed == "D"
    assert (sale.shares, sale.price_per_share, sale.shares_owned_after) == (
        Decimal("73170"),
        Decimal("150.841"),
        Decimal("227927"),
    )
    assert sale.equity_swap is False and sale.direct_or_indirect == "D"
    assert sale.footnotes[0].startswith("The sales reported in this Form 4 were effected")
    assert sale.evidence == "Class A Common Stock 2022-12-13 S 73170 D $150.841 -> 227927 D"
    (option,) = _rows(got, True)
    assert option.conversion_or_exercise_price == Decimal("8.88")
    assert option.expiration_date == date(2029, 8, 26)
    assert option.underlying_security_title == "Class A Common Stock"
    assert option.underlying_shares == Decimal("200000")
    holding = _rows(got, False, Shareholding)[0]
    assert holding.shares == Decimal("577218") and holding.nature_of_ownership == "Trust"
    assert holding.as_of == date(2022, 12, 13)
    (sig,) = _of(got, Signature)
    assert sig.signer.name == "Travis Shrout" and sig.title == "Attorney-in-Fact"
    assert sig.on_behalf_of.cik == "0001402349" and sig.date == date(2022, 12, 14)


def test_joint_filers_person_and_companies() -> None:
    got = _extract("krymer15_TCR2_THERAPEUTICS_INC_000120919123029527.xml")
    owners = [f.entity for f in _of(got, EntityFacts)[1:]]
    assert [(o.kind, o.name) for o in owners] == [
        ("person", "Kevin C Tang"),
        ("company", "TANG CAPITAL MANAGEMENT LLC"),
        ("company", "TANG CAPITAL PARTNERS LP"),
    ]
    assert all(p.roles == ("TenPercentOwner",) for p in _of(got, Position))
    buys = _of(got, Transaction)
    assert {t.reporting_owner for t in buys} == set(owners)
    assert {(t.transaction_code, t.shares) for t in buys} == {
        ("P", Decimal("38765")),
        ("P", Decimal("6183")),
    }
    assert all(t.under_plan_10b5_1 is False for t in buys)  # <aff10b5One>0


def test_fund_group_holding_and_signatures() -> None:
    got = _extract("datamule_Adagio_Therapeutics_Inc_0000899243-22-012864_form4.xml")
    kinds = [(f.entity.kind, f.entity.cik) for f in _of(got, EntityFacts)[1:]]
    assert kinds[:3] == [
        ("company", "0001669609"),
        ("company", "0001878232"),
        ("company", "0001878230"),
    ]
    assert kinds[3] == ("person", "0001211060")
    holdings = _of(got, Shareholding)
    assert {h.shares for h in holdings} == {Decimal("11241580")} and len(holdings) == 4
    sigs = _of(got, Signature)
    assert [s.signer.name for s in sigs] == ["Ajay Royan"] * 3 + ["Peter Thiel"]
    assert [s.on_behalf_of.cik for s in sigs[:3]] == ["0001669609", "0001878232", "0001878230"]
    assert sigs[3].signer.cik == "0001211060" and sigs[3].on_behalf_of is None


def test_form3_derivative_holdings_only() -> None:
    got = _extract("datamule_23andMe_Holding_Co_0001062993-21-005990_form3.xml")
    assert got.document.form_type == "3" and not _of(got, Transaction)
    holdings = _of(got, Shareholding)
    assert len(holdings) == 8 and all(h.is_derivative for h in holdings)
    assert holdings[0].underlying_shares == Decimal("624136")
    assert holdings[0].underlying_security_title == "Class A Common Stock"
    assert holdings[0].nature_of_ownership == "By estate planning vehicles"
    assert _of(got, Position)[0].roles == ("Director", "TenPercentOwner")


def test_form3_company_and_person_owner_signing_himself() -> None:
    got = _extract("edgartools_snowflake_berkshire_buffett_form3.xml")
    owners = [f.entity for f in _of(got, EntityFacts)[1:]]
    assert [(o.kind, o.name) for o in owners] == [
        ("company", "BERKSHIRE HATHAWAY INC"),
        ("person", "Warren E Buffett"),
    ]
    (sig,) = _of(got, Signature)
    assert sig.signer.cik == "0000315090" and sig.on_behalf_of is None


def test_form5_gifts() -> None:
    got = _extract("datamule_Tesla_Inc_0000899243-23-004992_form5.xml")
    assert got.document.form_type == "5"
    assert got.document.period_of_report == date(2022, 12, 31)
    gifts = _of(got, Transaction)
    assert {t.transaction_code for t in gifts} == {"G"} and len(gifts) == 7
    assert gifts[-1].shares_owned_after == Decimal("412051833")
    assert gifts[-1].nature_of_ownership == "By Trust"
    (position,) = _of(got, Position)
    assert position.roles == ("Director", "Officer", "TenPercentOwner") and position.title == "CEO"
    (sig,) = _of(got, Signature)
    assert sig.signer.name == "Aaron Beckman" and sig.on_behalf_of.name == "Elon Musk"


def test_amendment_keeps_original_date_in_evidence() -> None:
    got = _extract("deanshelton_lam_research_ahmed_form4A.extracted.xml")
    assert got.document.form_type == "4/A" and got.document.amends is None
    (position,) = _of(got, Position)
    assert "dateOfOriginalSubmission=2024-11-04" in position.evidence
    assert [t.acquired_disposed for t in _of(got, Transaction)] == ["D", "A"]
    assert _of(got, Transaction)[1].nature_of_ownership == "by trust"


def test_2007_schema_x0202() -> None:
    got = _extract("dsgorthy_gen_probe_inc_form4_2007.extracted.xml")
    (option,) = _rows(got, True)
    assert option.security_title == "Employee Stock Option (Right to Buy)"
    assert option.conversion_or_exercise_price == Decimal("60.82")
    assert option.exercise_date is None and option.expiration_date == date(2014, 8, 15)
    assert option.footnotes[0].startswith("25% of the shares subject to the Stock Option vest")
    (sig,) = _of(got, Signature)
    assert (sig.signer.given_name, sig.signer.middle_name, sig.signer.family_name) == (
        "R.",
        "William",
        "Bowen",
    )


def test_true_false_flags_and_title_from_remarks() -> None:
    got = _extract("edgartools_2seventy_bio_snow_form4.extracted.xml")
    (position,) = _of(got, Position)
    assert position.roles == ("Officer",)
    assert position.title == "Senior Vice President of Quality and Enabling Functions"
    assert all(
        t.equity_swap is False and t.under_plan_10b5_1 is False for t in _of(got, Transaction)
    )


def test_rule_10b5_1_from_flag_and_from_footnote() -> None:
    flagged = _extract("deanshelton_pro_dex_farnam_cabillot_form4.extracted.xml")
    assert all(t.under_plan_10b5_1 is True for t in _of(flagged, Transaction))
    farnam = _of(flagged, EntityFacts)[2].entity
    assert farnam.kind == "company" and farnam.name == "FARNAM STREET PARTNERS LP"
    assert "FARNAM STREET PARTNERS LP /MN" in farnam.aliases
    noted = _extract("cassette_apple_adams_form4_2022.extracted.xml")
    assert all(t.under_plan_10b5_1 is True for t in _of(noted, Transaction))
    assert any("10b5-1" in n for n in _of(noted, Transaction)[0].footnotes)
    plain = _extract("datamule_Tesla_Inc_0000899243-23-004992_form5.xml")
    assert all(t.under_plan_10b5_1 is None for t in _of(plain, Transaction))


def test_not_subject_to_section_16_in_position_evidence() -> None:
    got = _extract("datamule_Hippo_Holdings_Inc_0000899243-21-031284_form4.xml")
    (position,) = _of(got, Position)
    assert position.roles == ("Other",) and position.title == "Former Director and 10% Owner"
    assert "notSubjectToSection16=1" in position.evidence


def test_derivative_heavy() -> None:
    got = _extract("datamule_XOOM_Corp_0001209191-13-010666_form4.xml")
    options = _rows(got, True)
    assert len(options) == 18
    assert all(o.underlying_shares == o.shares and o.transaction_code == "C" for o in options)
    # Box 6 holds only a footnote mark (preferred stock has no expiration date).
    assert all(o.expiration_date is None and o.footnotes for o in options)
    assert options[0].nature_of_ownership == "By Sequoia Capital XI, LP"


@pytest.mark.parametrize("prefix", [b"\n", b"\r\n\r\n  ", b"\xef\xbb\xbf", b"\xef\xbb\xbf\n"])
@pytest.mark.parametrize(
    "name",
    ["edgartools_snowflake_scarpelli_form4.xml", "cassette_apple_adams_form4_2022.extracted.xml"],
)
def test_leading_blank_line_or_bom(prefix: bytes, name: str) -> None:
    # corpus/formd has files stored with a blank line before <?xml; Form 4s can too.
    data = (DATA / name).read_bytes()
    doc = read_bytes(prefix + data, name)
    assert form4_xml.detect(doc)
    assert form4_xml.extract(doc).facts == _extract(name).facts


def test_default_namespace_is_ignored() -> None:
    data = (DATA / "edgartools_snowflake_scarpelli_form4.xml").read_bytes()
    data = data.replace(b"<ownershipDocument>", b'<ownershipDocument xmlns="urn:x">', 1)
    got = form4_xml.extract(read_bytes(data, "ns.xml"))
    assert _counts(got) == MANIFEST["edgartools_snowflake_scarpelli_form4.xml"]


def test_prefixed_namespace_is_ignored() -> None:
    """Some filer software writes the schema's names with a prefix ("<own:issuer>")."""
    data = (DATA / "edgartools_snowflake_scarpelli_form4.xml").read_bytes()
    data = re.sub(rb"<(/?)([A-Za-z]\w*)", rb"<\1own:\2", data)
    data = data.replace(b"<own:ownershipDocument>", b'<own:ownershipDocument xmlns:own="urn:x">', 1)
    doc = read_bytes(data, "prefixed.xml")
    assert form4_xml.detect(doc)
    assert (
        form4_xml.extract(doc).facts == _extract("edgartools_snowflake_scarpelli_form4.xml").facts
    )


UNWRAPPED = b"""<?xml version="1.0"?>
<ownershipDocument>
  <schemaVersion>X0101</schemaVersion><documentType>4</documentType>
  <periodOfReport>2004-03-01</periodOfReport>
  <issuer><issuerCik>123</issuerCik><issuerName>Example Holdings, Inc.</issuerName>
    <issuerTradingSymbol>NONE</issuerTradingSymbol></issuer>
  <reportingOwner>
    <reportingOwnerId><rptOwnerCik>456</rptOwnerCik><rptOwnerName>DOE JANE Q</rptOwnerName>
    </reportingOwnerId>
    <reportingOwnerRelationship><isOther>true</isOther><otherText>Trustee</otherText>
    </reportingOwnerRelationship>
  </reportingOwner>
  <derivativeTable><derivativeTransaction>
    <securityTitle>Equity Swap</securityTitle>
    <conversionOrExercisePrice><footnoteId id="F2"/></conversionOrExercisePrice>
    <transactionDate>2004-03-01</transactionDate>
    <deemedExecutionDate>2004-03-02-05:00</deemedExecutionDate>
    <transactionCoding><transactionFormType>4</transactionFormType>
      <transactionCode>J</transactionCode><equitySwapInvolved>1</equitySwapInvolved>
      <footnoteId id="F1"/></transactionCoding>
    <transactionTimeliness><value>L</value></transactionTimeliness>
    <transactionAmounts><transactionTotalValue>250000</transactionTotalValue>
      <transactionPricePerShare>12.5</transactionPricePerShare>
      <transactionAcquiredDisposedCode>A</transactionAcquiredDisposedCode></transactionAmounts>
    <underlyingSecurity><underlyingSecurityTitle>Common Stock</underlyingSecurityTitle>
      <underlyingSecurityValue>250000</underlyingSecurityValue></underlyingSecurity>
    <postTransactionAmounts><valueOwnedFollowingTransaction>250000</valueOwnedFollowingTransaction>
    </postTransactionAmounts>
    <ownershipNature><directOrIndirectOwnership>I</directOrIndirectOwnership>
      <natureOfOwnership>By   family
        trust</natureOfOwnership></ownershipNature>
  </derivativeTransaction></derivativeTable>
  <footnotes><footnote id="F1">Not made under a Rule 10b5-1 plan.</footnote>
    <footnote id="F2">Cash-settled; no exercise price.</footnote></footnotes>
  <ownerSignature><signatureName>Jane Q. Doe</signatureName>
    <signatureDate>2004-03-03</signatureDate></ownerSignature>
</ownershipDocument>"""


def test_values_without_value_wrappers_and_dollar_amounts() -> None:
    got = form4_xml.extract(read_bytes(UNWRAPPED, "x0101.xml"))
    assert _of(got, EntityFacts)[0].ticker is None  # "NONE"
    (position,) = _of(got, Position)
    assert position.roles == ("Other",) and position.title == "Trustee"
    (swap,) = _of(got, Transaction)
    assert (swap.security_title, swap.transaction_code, swap.equity_swap) == (
        "Equity Swap",
        "J",
        True,
    )
    assert swap.deemed_execution_date == date(2004, 3, 2)
    assert (swap.shares, swap.value, swap.value_owned_after) == (None, 250000, 250000)
    assert swap.price_per_share == Decimal("12.5") and swap.conversion_or_exercise_price is None
    assert swap.nature_of_ownership == "By family trust" and swap.direct_or_indirect == "I"
    assert swap.footnotes == (  # in the order the row cites them
        "Cash-settled; no exercise price.",
        "Not made under a Rule 10b5-1 plan.",
    )
    assert swap.under_plan_10b5_1 is None  # the footnote denies a plan; no <aff10b5One>
    (sig,) = _of(got, Signature)
    assert sig.signer.cik == "0000000456" and sig.date == date(2004, 3, 3)
    assert got.document.date == date(2004, 3, 3)


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"<?xml version='1.0'?><ownershipDocument><issuer>", "invalid ownershipDocument XML"),
        (b"<ownershipDocument>\x00garbage", "invalid ownershipDocument XML"),
        (b"<edgarSubmission><x/></edgarSubmission>", "not <ownershipDocument>"),
        (b"<ownershipDocument><documentType>4</documentType></ownershipDocument>", "issuer"),
        (
            b"<ownershipDocument><issuer><issuerName>X</issuerName></issuer></ownershipDocument>",
            "documentType",
        ),
    ],
)
def test_malformed(data: bytes, reason: str) -> None:
    with pytest.raises(MalformedDocumentError) as err:
        form4_xml.extract(read_bytes(data.replace(b"\x00", b"\x01"), "bad.xml"))
    assert reason in err.value.reason and err.value.path == "bad.xml"


def test_truncated_file() -> None:
    data = (DATA / "datamule_XOOM_Corp_0001209191-13-010666_form4.xml").read_bytes()
    doc = read_bytes(data[: len(data) // 2], "cut.xml")
    assert form4_xml.detect(doc)
    with pytest.raises(MalformedDocumentError, match=r"cut\.xml: invalid ownershipDocument XML"):
        form4_xml.extract(doc)


def test_external_entity_is_not_read(tmp_path: Path) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("TOPSECRETMARKER")
    data = (DATA / "edgartools_snowflake_scarpelli_form4.xml").read_bytes()
    doctype = f'<!DOCTYPE ownershipDocument [<!ENTITY xxe SYSTEM "{secret.as_uri()}">]>\n'
    data = doctype.encode() + data.replace(b"Chief Financial Officer", b"CFO &xxe;", 1)
    doc = read_bytes(data, "xxe.xml")
    assert form4_xml.detect(doc)
    got = form4_xml.extract(doc)
    assert "TOPSECRETMARKER" not in repr(got)
    assert _of(got, Position)[0].title == "CFO"


def test_billion_laughs_is_not_expanded() -> None:
    levels = ['<!ENTITY l0 "lollollollollollollollollollol">'] + [
        f'<!ENTITY l{i} "{f"&l{i - 1};" * 10}">' for i in range(1, 10)
    ]
    data = (DATA / "edgartools_snowflake_scarpelli_form4.xml").read_bytes()
    data = (f"<!DOCTYPE ownershipDocument [{''.join(levels)}]>\n").encode() + data.replace(
        b"<rptOwnerName>Scarpelli Michael", b"<rptOwnerName>Scarpelli Michael &l9;", 1
    )
    start = time.perf_counter()
    try:
        got = form4_xml.extract(read_bytes(data, "lol.xml"))
    except MalformedDocumentError as err:  # libxml2 may refuse the amplification outright
        assert "lol.xml" in str(err)
    else:
        assert "lollol" not in repr(got)
    assert time.perf_counter() - start < 2


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("Musk Elon", ("Elon", None, "Musk")),
        ("Stecyk Chrystyna Bedrij", ("Chrystyna", "Bedrij", "Stecyk")),
        ("Levchin Max R", ("Max", "R", "Levchin")),
        ("Smith, John A.", ("John", "A.", "Smith")),
        ("Doe John A Jr.", ("John", "A", "Doe Jr.")),
        ("van der Berg Jan", ("Jan", None, "van der Berg")),
    ],
)
def test_owner_names_are_family_name_first(raw: str, expected: tuple) -> None:
    ref = own.owner_ref(raw, None)
    assert ref.kind == "person" and (ref.given_name, ref.middle_name, ref.family_name) == expected


@pytest.mark.parametrize(
    "raw",
    [
        "TANG CAPITAL PARTNERS LP",
        "SB Global Advisers Ltd",
        "Reid Hoffman & Michelle Yee Living Trust",
        "Silver Brick Management PTE. LTD.",
        "Fund 1 Investments, LLC",
        "Acme Widgets AG",
    ],
)
def test_company_owner_names(raw: str) -> None:
    assert own.owner_ref(raw, "1").kind == "company"


@pytest.mark.parametrize(
    ("line", "signer", "title", "behalf"),
    [
        (
            "/s/ Lora Blum, by power of attorney for Reid Hoffman",
            "Lora Blum",
            "Attorney-in-Fact",
            "Reid Hoffman",
        ),
        (
            "By: /s/ Jung Yeon Son, Attorney-in-fact for Roelof Botha",
            "Jung Yeon Son",
            "Attorney-in-Fact",
            "Roelof Botha",
        ),
        (
            "SB Northstar LP By : /s/ Stephen Lam, Director",
            "Stephen Lam",
            "Director",
            "SB Northstar LP",
        ),
        ("Kevin Tang, Manager", "Kevin Tang", "Manager", None),
    ],
)
def test_signature_lines(line: str, signer: str, title: str, behalf: str | None) -> None:
    parsed = signers.parse_signature(line, ())
    assert parsed is not None
    assert (parsed[0].name, parsed[1], parsed[2].name if parsed[2] else None) == (
        signer,
        title,
        behalf,
    )


def test_no_signer_in_a_signature_pointer() -> None:
    assert signers.parse_signature("/s/ See Signatures Included in Exhibit 99.2", ()) is None


def _manifest() -> dict[str, tuple[int, ...]]:
    counts: dict[str, tuple[int, ...]] = {}
    pattern = re.compile(r"owners=(\d+).*?nonderivTx=(\d+) derivTx=(\d+) holdings=(\d+)/(\d+)")
    for line in (CORPUS / "MANIFEST.tsv").read_text().splitlines():
        path, *_, notes = line.split("\t")
        found = pattern.search(notes)
        if path.startswith("form4/") and path.endswith(".xml") and found:
            counts[path.removeprefix("form4/")] = tuple(int(g) for g in found.groups())
    return counts


CORPUS_XML = sorted((CORPUS / "form4").glob("*.xml")) if (CORPUS / "form4").is_dir() else []


@pytest.mark.corpus
@pytest.mark.skipif(not CORPUS_XML, reason="../shared/corpus is not present")
@pytest.mark.parametrize("path", CORPUS_XML, ids=lambda p: p.name)
def test_whole_corpus(path: Path) -> None:
    doc = read_file(path)
    expected = _manifest().get(path.name)
    if not form4_xml.detect(doc):
        assert expected is None  # the EDGAR-rendered page saved with a .xml name
        return
    got = form4_xml.extract(doc)
    assert expected is not None and _counts(got) == expected
    assert all(f.evidence for f in got.facts)
