"""Form D and D/A notices as EDGAR ``edgarSubmission`` XML (``primary_doc.xml``).

Read by element name, as the Form D XML technical specification names them,
so that both the public layout (``primaryIssuer`` under the root) and the
filer layout (``headerData`` + ``formData``, in a namespace) are read alike.
Items cited below are the boxes of the paper form: 1 issuer's identity,
2 principal place of business, 3 related persons, 4 industry group, 5 issuer
size, 6 exemptions, 7 type of filing, 8 duration, 9 types of securities,
10 business combination, 11 minimum investment, 12 sales compensation,
13 amounts, 14 investors, 15 sales commissions and finders' fees, 16 use of proceeds.
Single fields and EDGAR's code tables are read in ``kg.extract.formd_xml_fields``.
"""

from __future__ import annotations

import re
from datetime import date

from lxml import etree

from kg.errors import MalformedDocumentError
from kg.extract.common import company_ref, evidence, parse_date, parse_decimal, person_ref
from kg.extract.formd_people import (
    FIRM_WORD,
    RecipientRow,
    clarification_title,
    recipients,
    signer_ref,
    solicitation,
)
from kg.extract.formd_xml_fields import (
    ADDRESS_TAGS,
    RELATED_ROLES,
    exemption_label,
    flag_of,
    incorporation,
    joined,
    offering_boxes,
    read_address,
    read_jurisdiction,
    security_types,
    text_of,
    value_of,
)
from kg.ingest import RawDocument
from kg.model import (
    DocumentInfo,
    EntityFacts,
    EntityRef,
    Extraction,
    Fact,
    Offering,
    Position,
    Signature,
)

KIND = "formd_xml"

_Element = etree._Element

_ROOT = re.compile(r"<(?:[\w.-]+:)?edgarSubmission[\s>]")
_START = re.compile(r"<\?xml|<!DOCTYPE|<(?:[\w.-]+:)?edgarSubmission[\s>]")
_FORM_D_TYPE = re.compile(r"<(?:[\w.-]+:)?submissionType>\s*D(?:/A)?\s*<")
_LEGAL_SUFFIX = re.compile(
    r"(?i)^(?:l\.?l\.?c\.?|l\.?l\.?l\.?p\.?|l\.?l\.?p\.?|l\.?p\.?|inc\.?|incorporated|corp\.?"
    r"|corporation|co\.?|company|ltd\.?|limited|plc|gmbh|n\.?v\.?|ag|s\.?a\.?r\.?l\.?)$"
)


def detect(doc: RawDocument) -> bool:
    """An edgarSubmission root near the top that holds a Form D or D/A."""
    if not _ROOT.search(doc.text[:2048]):
        return False
    text = doc.text
    return bool(_FORM_D_TYPE.search(text)) or ("formData" in text and "offeringData" in text)


def _parse(doc: RawDocument) -> _Element:
    """The root element, namespaces dropped; MalformedDocumentError when broken."""
    # Bodies cut from a submission keep blank lines (or an EDGAR <XML> tag) before
    # the declaration; the declaration itself goes, as the text is decoded already.
    match = _START.search(doc.text)
    if not match:
        raise MalformedDocumentError(doc.name, "no edgarSubmission element found")
    text = re.sub(r"^<\?xml[^>]*\?>", "", doc.text[match.start() :])
    end = text.rfind("</edgarSubmission>")
    text = text[: end + len("</edgarSubmission>")] if end >= 0 else text
    parser = etree.XMLParser(
        resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False
    )
    try:
        root = etree.fromstring(text.encode("utf-8"), parser)
    except etree.XMLSyntaxError as exc:
        raise MalformedDocumentError(doc.name, f"not well-formed XML: {exc}") from exc
    for element in root.iter():
        if isinstance(element.tag, str):
            element.tag = etree.QName(element).localname
    if root.tag != "edgarSubmission":
        raise MalformedDocumentError(doc.name, f"root element is <{root.tag}>, not edgarSubmission")
    return root


def _same_name(a: str, b: str) -> bool:
    return re.sub(r"[^a-z0-9]", "", a.lower()) == re.sub(r"[^a-z0-9]", "", b.lower())


def _issuer_ref(issuer: _Element, signed_names: list[str]) -> EntityRef:
    """Item 1 name; a mixed-case spelling of it in the signature block is preferred."""
    name = text_of(issuer, "entityName") or ""
    spellings = [name]
    if name == name.upper():
        spellings = [s for s in signed_names if s != s.upper() and _same_name(s, name)][:1]
        spellings.append(name)
    previous = [value_of(p) for p in issuer.findall("edgarPreviousNameList/*")]
    spellings += [p for p in previous if p and _same_name(p, name)]
    return company_ref(spellings[0], cik=text_of(issuer, "cik"), aliases=tuple(spellings[1:]))


def _issuer_facts(issuer: _Element, ref: EntityRef, industry: str | None) -> EntityFacts:
    """Items 1 and 2 for one issuer."""
    kind = value_of(issuer, "entityType")
    other = value_of(issuer, "entityTypeOtherDesc")
    # "Other" or, as the form labels the box, "Other (Specify)": the description says what.
    if kind and kind.lower().startswith("other") and other:
        kind = f"Other: {other}"
    names = [value_of(p) for p in issuer.findall("issuerPreviousNameList/*")]
    names += [value_of(p) for p in issuer.findall("edgarPreviousNameList/*")]
    address = read_address(issuer.find("issuerAddress"))
    age, year = incorporation(issuer)
    shown = (
        joined(issuer, "cik", "entityName", sep="; "),
        joined(issuer.find("issuerAddress"), *ADDRESS_TAGS),
        joined(issuer, "issuerPhoneNumber", "jurisdictionOfInc", "entityType", sep="; "),
    )
    return EntityFacts(
        entity=ref,
        evidence=evidence("; ".join(s for s in shown if s)),
        jurisdiction=read_jurisdiction(value_of(issuer, "jurisdictionOfInc")),
        entity_type=kind,
        industry_group=industry,
        phone=value_of(issuer, "issuerPhoneNumber"),
        addresses=(address,) if address else (),
        former_names=tuple(dict.fromkeys(n for n in names if n and not _same_name(n, ref.name))),
        incorporation_age=age,
        year_of_incorporation=year,
    )


def _is_suffix(word: str | None) -> bool:
    return bool(word) and bool(_LEGAL_SUFFIX.match(word.strip(" ,")))


def _company_name(first: str | None, last: str | None) -> str | None:
    """Item 3 has name boxes for people only: a firm goes in the last-name box with the
    first left "N/A" or "-", or is split over both ("Acme Holdings," / "LLC"). None for a person."""
    if not first:
        return last
    if not last:
        return first if FIRM_WORD.search(first) else None
    if _is_suffix(first):
        return f"{last} {first}"
    if _is_suffix(last.split(" ")[-1]):
        return f"{first} {last}"
    return None


def _related_ref(name: _Element | None) -> EntityRef | None:
    first, middle, last = (value_of(name, tag) for tag in ("firstName", "middleName", "lastName"))
    firm = _company_name(first, last)
    if firm:
        return company_ref(firm)
    if not (first or last):
        return None
    raw = " ".join(p for p in (last, first, middle) if p)
    return person_ref(first, last, middle, raw=raw)


def _related_facts(info: _Element, issuer: EntityRef, as_of: date | None) -> list[Fact]:
    """Item 3: one Position at the primary issuer and the holder's address."""
    name = info.find("relatedPersonName")
    holder = _related_ref(name)
    if holder is None:
        return []
    written = " ".join(t for t in (value_of(e) for e in (name if name is not None else [])) if t)
    relations = [text_of(r) for r in info.findall("relatedPersonRelationshipList/relationship")]
    relations = [r for r in relations if r]
    roles = tuple(dict.fromkeys(RELATED_ROLES.get(r.lower(), "Other") for r in relations))
    clarification = value_of(info, "relationshipClarification")
    said = f"{written}: {', '.join(relations)}" + (f"; {clarification}" if clarification else "")
    facts: list[Fact] = [
        Position(
            holder=holder,
            organization=issuer,
            roles=roles,
            evidence=evidence(said),
            title=clarification_title(clarification),
            as_of=as_of,
        )
    ]
    address = read_address(info.find("relatedPersonAddress"))
    if address:
        shown = f"{written}, {joined(info.find('relatedPersonAddress'), *ADDRESS_TAGS)}"
        facts.append(EntityFacts(entity=holder, evidence=evidence(shown), addresses=(address,)))
    return facts


def _industry(offering: _Element | None) -> str | None:
    """Item 4, with the fund type when the issuer is a pooled investment fund."""
    group = value_of(offering, "industryGroup/industryGroupType")
    fund = value_of(offering, "industryGroup/investmentFundInfo/investmentFundType")
    return f"{group}: {fund}" if group and fund else group


_RECIPIENT_TAGS = (
    "recipientName",
    "recipientCRDNumber",
    "associatedBDName",
    "associatedBDCRDNumber",
)


def _recipient_row(recipient: _Element) -> RecipientRow:
    """One Item 12 recipient: names, CRD numbers, states of solicitation (a ``<state>``
    code, its ``<description>`` beside it, or a ``<value>``: a code or "All States")."""
    listed = recipient.find("statesOfSolicitationList")
    boxes = [c for c in (listed if listed is not None else ()) if c.tag != "description"]
    written = [t for t in (text_of(c) for c in boxes) if t]
    states, every = solicitation(written)
    foreign = flag_of(recipient, "foreignSolicitation")
    shown = joined(recipient, *_RECIPIENT_TAGS, sep="; ")
    shown += f"; statesOfSolicitationList: {', '.join(written)}" if written else ""
    if foreign is not None:
        shown += f"; foreignSolicitation: {text_of(recipient, 'foreignSolicitation')}"
    name, crd, dealer, dealer_crd = (value_of(recipient, tag) for tag in _RECIPIENT_TAGS)
    return RecipientRow(name, dealer, crd, dealer_crd, states, every, foreign, shown)


def _recipients(offering: _Element | None, issuer: EntityRef) -> tuple[list[EntityRef], list[Fact]]:
    """Item 12: firms paid for sales; named representatives become mentions; each
    recipient's CRD numbers and states of solicitation a ``SalesCompensation``."""
    found = [] if offering is None else offering.findall(".//salesCompensationList/recipient")
    return recipients([_recipient_row(r) for r in found], issuer)


def _sales_amounts(data: _Element | None) -> dict[str, object]:
    """Item 13: the three amounts as Decimals; "Indefinite" sets ``indefinite``."""
    found: dict[str, object] = {}
    written: list[str] = []
    for tag, field in (
        ("totalOfferingAmount", "total_offering_amount"),
        ("totalAmountSold", "total_amount_sold"),
        ("totalRemaining", "total_remaining"),
    ):
        text = text_of(data, f".//offeringSalesAmounts/{tag}")
        written.append(f"{tag}: {text}")
        if text and text.lower().startswith("indefinite"):
            found["indefinite"] = True
        else:
            found[field] = parse_decimal(text)
    if "indefinite" not in found and any(v is not None for v in found.values()):
        found["indefinite"] = False
    found["evidence"] = "; ".join(written)
    return found


def _offering(
    root: _Element, issuer: EntityRef, co_issuers: list[EntityRef], amended: bool
) -> list[Fact]:
    data = root.find(".//offeringData")
    amounts = _sales_amounts(data)
    codes = [c for c in (text_of(i) for i in root.findall(".//federalExemptionsExclusions/*")) if c]
    first_sale = data.find(".//typeOfFiling/dateOfFirstSale") if data is not None else None
    yet, sale_date = flag_of(first_sale, "yetToOccur"), parse_date(text_of(first_sale, "value"))
    investors = text_of(data, ".//investors/totalNumberAlreadyInvested")
    flagged = flag_of(data, ".//newOrAmendment/isAmendment")  # Item 7; else the submission type
    firms, mentions = _recipients(data, issuer)
    shown = f"{amounts.pop('evidence')}; federalExemptionsExclusions: {', '.join(codes)}"
    offering = Offering(
        issuer=issuer,
        evidence=evidence(shown),
        exemptions=tuple(dict.fromkeys(exemption_label(c) for c in codes)),
        is_amendment=amended if flagged is None else flagged,
        more_than_one_year=flag_of(data, ".//durationOfOffering/moreThanOneYear"),
        first_sale_yet_to_occur=yet if yet is not None else (False if sale_date else None),
        date_of_first_sale=sale_date,
        minimum_investment=parse_decimal(text_of(data, ".//minimumInvestmentAccepted")),
        industry_group=_industry(data),
        security_types=security_types(data),
        revenue_range=value_of(data, ".//issuerSize/revenueRange")
        or value_of(data, ".//issuerSize/aggregateNetAssetValueRange"),
        total_investors=int(investors) if investors and investors.isdigit() else None,
        co_issuers=tuple(co_issuers),
        sales_recipients=tuple(firms),
        **offering_boxes(data),  # type: ignore[arg-type]
        **amounts,  # type: ignore[arg-type]
    )
    return [offering, *mentions]


def _signatures(root: _Element, people: dict[str, EntityRef]) -> list[Fact]:
    facts: list[Fact] = []
    for signature in root.findall(".//signatureBlock/signature"):
        written = value_of(signature, "nameOfSigner") or value_of(signature, "signatureName")
        if not written:
            continue
        parts = ("issuerName", "signatureName", "nameOfSigner", "signatureTitle", "signatureDate")
        shown = joined(signature, *parts, sep="; ")
        facts.append(
            Signature(
                signer=signer_ref(written, people),
                evidence=evidence(shown),
                title=value_of(signature, "signatureTitle"),
                date=parse_date(text_of(signature, "signatureDate")),
            )
        )
    return facts


def _form_type(doc: RawDocument, root: _Element) -> str:
    """D or D/A, from submissionType (or Item 7 when a filer layout omits it)."""
    kind = text_of(root, ".//submissionType")
    if kind is None and root.find(".//formData") is not None:
        kind = "D/A" if flag_of(root, ".//isAmendment") else "D"
    if kind not in {"D", "D/A"}:
        raise MalformedDocumentError(doc.name, f"edgarSubmission holds a {kind!r}, not a Form D")
    if root.find(".//primaryIssuer") is None or not text_of(root, ".//primaryIssuer/entityName"):
        raise MalformedDocumentError(doc.name, "Form D without a primary issuer (Item 1)")
    return kind


def extract(doc: RawDocument) -> Extraction:
    """Issuers, related persons and their positions, the offering and its signatures."""
    root = _parse(doc)
    form_type = _form_type(doc, root)
    signed = [s for s in (text_of(e) for e in root.findall(".//signature/issuerName")) if s]
    dates = [parse_date(text_of(e)) for e in root.findall(".//signature/signatureDate")]
    signed_on = next((d for d in dates if d), None)
    primary = root.find(".//primaryIssuer")
    issuer = _issuer_ref(primary, signed)
    facts: list[Fact] = [_issuer_facts(primary, issuer, _industry(root.find(".//offeringData")))]
    co_issuers = []
    for other in root.findall(".//issuerList/issuer"):
        if text_of(other, "entityName"):
            ref = _issuer_ref(other, signed)
            co_issuers.append(ref)
            facts.append(_issuer_facts(other, ref, None))
    people: dict[str, EntityRef] = {}
    for info in root.findall(".//relatedPersonsList/relatedPersonInfo"):
        related = _related_facts(info, issuer, signed_on)
        facts += related
        if related and related[0].holder.kind == "person":
            people[related[0].holder.name.lower()] = related[0].holder
    facts += _offering(root, issuer, co_issuers, form_type == "D/A")
    facts += _signatures(root, people)
    document = DocumentInfo(
        form_type=form_type,
        date=signed_on,
        subject=issuer,
        amends=value_of(root, ".//typeOfFiling/newOrAmendment/previousAccessionNumber"),
    )
    return Extraction(kind=KIND, document=document, facts=tuple(facts))
