"""Forms 3, 4 and 5 (and amendments) as EDGAR ownershipDocument XML.

The schema (X0101 to X0508) is read by element name: a field is either the
element's own text ("<transactionCode>S</transactionCode>") or the text of its
``<value>`` child, and any field may cite ``<footnoteId id="F1"/>``s. One pass
over each table row collects both (``kg.extract.form4_xml_rows``), so the
extractor stays close to bare lxml parsing speed.
"""

from __future__ import annotations

import re
from datetime import date
from typing import Any

from lxml import etree

from kg.errors import MalformedDocumentError
from kg.extract import _ownership as own
from kg.extract import _ownership_signers as signers
from kg.extract.common import company_ref, fold
from kg.extract.form4_xml_rows import RowContext, clean, rows, short
from kg.ingest import RawDocument
from kg.ingest.codes import described_place
from kg.model import (
    Address,
    DocumentInfo,
    EntityFacts,
    EntityRef,
    Extraction,
    Fact,
    Position,
    Signature,
)

KIND = "form4_xml"

# Untrusted input: no entity expansion, no DTD, no network, bounded depth.
_PARSER = etree.XMLParser(
    resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False, recover=False
)
_PROLOGUE = re.compile(r"(?:<\?xml[^>]*\?>|<!--.*?-->|\s)*", re.DOTALL)
# detect() also routes a document with a DOCTYPE here, where it is parsed safely.
_HEAD = re.compile(r"(?:<\?xml[^>]*\?>|<!--.*?-->|<!DOCTYPE[^\[>]*(?:\[.*?\])?\s*>|\s)*", re.DOTALL)


# The root, maybe with a namespace prefix some filer software writes ("<own:ownershipDocument").
_ROOT = re.compile(r"<(?:[\w.-]+:)?ownershipDocument[\s>]")


def detect(doc: RawDocument) -> bool:
    """An ownershipDocument root, after at most an XML declaration, comments, a DOCTYPE."""
    head = doc.text[:2048].lstrip("\ufeff")
    root = _ROOT.search(head)
    return root is not None and _HEAD.fullmatch(head, 0, root.start()) is not None


def _parse(doc: RawDocument) -> Any:
    data = doc.data.lstrip(b"\xef\xbb\xbf").lstrip()
    try:
        root = etree.fromstring(data, parser=_PARSER)
    except etree.XMLSyntaxError as exc:
        if "encoding" not in str(exc).lower() and "utf-8" not in str(exc).lower():
            raise MalformedDocumentError(doc.name, f"invalid ownershipDocument XML: {exc}") from exc
        # Bytes that are not the declared encoding (cp1252 quotes): reparse the decoded text.
        text = _PROLOGUE.sub("", doc.text.lstrip("\ufeff"), count=1)
        try:
            root = etree.fromstring(text.encode("utf-8"), parser=_PARSER)
        except etree.XMLSyntaxError as exc2:
            reason = f"invalid ownershipDocument XML: {exc2}"
            raise MalformedDocumentError(doc.name, reason) from exc2
    if root is None:
        raise MalformedDocumentError(doc.name, "empty XML document")
    if isinstance(root.tag, str) and root.tag.startswith("{"):
        _strip_namespaces(root)
    if root.tag != "ownershipDocument":
        reason = f"root element is <{root.tag}>, not <ownershipDocument>"
        raise MalformedDocumentError(doc.name, reason)
    return root


def _strip_namespaces(root: Any) -> None:
    """Some filer software adds a default namespace; the schema's names are what matter."""
    for el in root.iter():
        if isinstance(el.tag, str) and el.tag.startswith("{"):
            el.tag = el.tag.split("}", 1)[1]


def extract(doc: RawDocument) -> Extraction:
    """Issuer, owners, positions, table rows, footnotes and signatures of one filing."""
    root = _parse(doc)
    head = _leaves(root, deep=False)
    issuer_el = root.find("issuer")
    issuer_raw = _leaves(issuer_el) if issuer_el is not None else {}
    form_type = head.get("documentType")
    if not form_type:
        raise MalformedDocumentError(doc.name, "missing <documentType>")
    if not issuer_raw.get("issuerName"):
        raise MalformedDocumentError(doc.name, "missing <issuer>/<issuerName>")
    owners, refs = _owners(root, doc.name)
    issuer, issuer_facts = _issuer(issuer_raw)
    period = own.iso_date(head.get("periodOfReport"))
    ctx = RowContext(issuer, refs, _footnotes(root), own.flag(head.get("aff10b5One")), period)
    facts: list[Fact] = [issuer_facts]
    flags = _document_flags(head)
    for raw, ref in zip(owners, refs, strict=True):
        facts.append(_owner_facts(raw, ref))
        position = _position(raw, ref, ctx, flags, head.get("remarks"))
        if position is not None:
            facts.append(position)
    facts.extend(rows(root, ctx))
    signatures, dates = _signatures(root, refs)
    facts.extend(signatures)
    info = DocumentInfo(
        form_type=form_type,
        date=max(dates) if dates else period,
        period_of_report=period,
        subject=issuer,
        original_filing_date=own.iso_date(head.get("dateOfOriginalSubmission")),
        not_subject_to_section16=own.flag(head.get("notSubjectToSection16")),
        form3_holdings_reported=own.flag(head.get("form3HoldingsReported")),
        form4_transactions_reported=own.flag(head.get("form4TransactionsReported")),
        no_securities_owned=own.flag(head.get("noSecuritiesOwned")),
    )
    return Extraction(kind=KIND, document=info, facts=tuple(facts))


def _owners(root: Any, name: str) -> tuple[list[dict[str, str | None]], tuple[EntityRef, ...]]:
    """Each named reporting owner's box 1 fields, and who each is (their own signature
    tells a two-word family name)."""
    owners = [_leaves(el) for el in root.iterfind("reportingOwner")]
    owners = [raw for raw in owners if raw.get("rptOwnerName")]
    if not owners:
        raise MalformedDocumentError(name, "missing <reportingOwner> with a <rptOwnerName>")
    signed = tuple(el.text for el in root.iterfind("ownerSignature/signatureName") if el.text)
    refs = tuple(
        signers.owner_ref_signed(raw["rptOwnerName"] or "", raw.get("rptOwnerCik"), signed)
        for raw in owners
    )
    return owners, refs


def _leaves(el: Any, deep: bool = True) -> dict[str, str | None]:
    """Tag -> text of the fields under ``el`` (names are unique within an issuer or owner)."""
    found: dict[str, str | None] = {}
    for child in el.iter() if deep else el:
        tag = child.tag
        if not isinstance(tag, str) or tag in found:
            continue
        if len(child) == 0 or not isinstance(child[0].tag, str):
            found[tag] = clean(child.text)  # (an unexpanded entity is not an element)
        elif child[0].tag == "value":
            found[tag] = clean(child[0].text)
    return found


def _issuer(raw: dict[str, str | None]) -> tuple[EntityRef, EntityFacts]:
    name, cik = raw.get("issuerName") or "", raw.get("issuerCik")
    ticker = own.ticker(raw.get("issuerTradingSymbol"))
    ref = company_ref(name, cik=cik)
    parts = (name, f"(CIK {cik})" if cik else "", f"[{ticker}]" if ticker else "")
    shown = " ".join(p for p in parts if p)
    return ref, EntityFacts(entity=ref, evidence=short(shown), ticker=ticker)


def _owner_facts(raw: dict[str, str | None], ref: EntityRef) -> EntityFacts:
    """Box 1: the reporting person's mailing address.

    ``rptOwnerState`` is an EDGAR code: a US state, or a province or country
    ("A8" Quebec, "M0" Japan) that ``rptOwnerStateDescription`` spells out.
    """
    street = ", ".join(s for s in (raw.get("rptOwnerStreet1"), raw.get("rptOwnerStreet2")) if s)
    city, code = raw.get("rptOwnerCity"), raw.get("rptOwnerState")
    postal, described = raw.get("rptOwnerZipCode"), raw.get("rptOwnerStateDescription")
    region = " ".join(p for p in (code, postal) if p)
    shown = ", ".join(p for p in (raw.get("rptOwnerName"), street, city, region, described) if p)
    has_address = any((street, city, code, postal, described))
    state, country = described_place(code, described)
    address = Address(street or None, city, state, postal, country)
    return EntityFacts(
        entity=ref, evidence=short(shown), addresses=(address,) if has_address else ()
    )


def _document_flags(head: dict[str, str | None]) -> str:
    """Document-level boxes with no field of their own, kept verbatim in Position evidence."""
    parts = []
    if own.flag(head.get("notSubjectToSection16")):
        parts.append(f"notSubjectToSection16={head['notSubjectToSection16']}")
    if head.get("dateOfOriginalSubmission"):
        parts.append(
            f"documentType={head['documentType']} "
            f"dateOfOriginalSubmission={head['dateOfOriginalSubmission']}"
        )
    return " ".join(parts)


_ROLE_TAGS = ("isDirector", "isOfficer", "isTenPercentOwner", "isOther")


def _position(
    raw: dict[str, str | None], ref: EntityRef, ctx: RowContext, flags: str, remarks: str | None
) -> Position | None:
    """Box 5 (Form 4) / box 4 (Form 3): director, officer, 10% owner, other."""
    on = {tag: bool(own.flag(raw.get(tag))) for tag in _ROLE_TAGS}
    roles = own.roles_of(*(on[tag] for tag in _ROLE_TAGS))
    if not roles:
        return None
    title = raw.get("officerTitle") if on["isOfficer"] else None
    if title is None and on["isOther"]:
        title = raw.get("otherText")
    if len(ctx.owners) == 1:  # joint filers' remarks may name several titles
        title = own.title_from_remarks(title, remarks)
    shown = " ".join(
        f"{tag}={raw[tag]}"
        for tag in (*_ROLE_TAGS, "officerTitle", "otherText")
        if raw.get(tag) and on.get(tag, True)
    )
    return Position(
        holder=ref,
        organization=ctx.issuer,
        roles=roles,
        title=title,
        as_of=ctx.period,
        evidence=short(f"{raw.get('rptOwnerName')}: {shown} {flags}"),
    )


def _footnotes(root: Any) -> dict[str, str]:
    notes: dict[str, str] = {}
    for note in root.iterfind("footnotes/footnote"):
        text = "".join(note.itertext())
        if note.get("id") and text.strip():
            notes[note.get("id")] = fold(text)
    return notes


def _signatures(root: Any, owners: tuple[EntityRef, ...]) -> tuple[list[Signature], list[date]]:
    """<ownerSignature>s, and every signature date (the filing's date is the latest)."""
    facts: list[Signature] = []
    dates: list[date] = []
    for el in root.iterfind("ownerSignature"):
        raw = _leaves(el)
        name, when = raw.get("signatureName"), own.iso_date(raw.get("signatureDate"))
        dates.extend([when] if when else [])
        if name:
            shown = short(f"{name} {raw.get('signatureDate') or ''}")
            fact = signers.signature(name, owners, when, shown)
            facts.extend([fact] if fact else [])
    return facts, dates
