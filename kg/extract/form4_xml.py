"""Forms 3, 4 and 5 (and amendments) as EDGAR ownershipDocument XML.

The schema (X0101 to X0508) is read by element name: a field is either the
element's own text ("<transactionCode>S</transactionCode>") or the text of its
``<value>`` child, and any field may cite ``<footnoteId id="F1"/>``s. One pass
over each table row collects both, so the extractor stays close to bare lxml
parsing speed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from typing import Any

from lxml import etree

from kg.errors import MalformedDocumentError
from kg.extract import _ownership as own
from kg.extract.common import company_ref, evidence, fold
from kg.ingest import RawDocument
from kg.model import (
    Address,
    DocumentInfo,
    EntityFacts,
    EntityRef,
    Extraction,
    Fact,
    Position,
    Shareholding,
    Signature,
    Transaction,
)

KIND = "form4_xml"

# Untrusted input: no entity expansion, no DTD, no network, bounded depth.
_PARSER = etree.XMLParser(
    resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False, recover=False
)
_PROLOGUE = re.compile(r"(?:<\?xml[^>]*\?>|<!--.*?-->|\s)*", re.DOTALL)
# detect() also routes a document with a DOCTYPE here, where it is parsed safely.
_HEAD = re.compile(r"(?:<\?xml[^>]*\?>|<!--.*?-->|<!DOCTYPE[^\[>]*(?:\[.*?\])?\s*>|\s)*", re.DOTALL)

# Row element -> Transaction/Shareholding field. Tags are unique inside a row
# (securityTitle versus underlyingSecurityTitle), so one iter() pass suffices.
_ROW_TAGS: dict[str, str] = {
    "securityTitle": "security_title",
    "conversionOrExercisePrice": "conversion_or_exercise_price",
    "transactionDate": "transaction_date",
    "deemedExecutionDate": "deemed_execution_date",
    "transactionCode": "transaction_code",
    "equitySwapInvolved": "equity_swap",
    "transactionShares": "shares",
    "transactionTotalValue": "value",
    "transactionPricePerShare": "price_per_share",
    "transactionAcquiredDisposedCode": "acquired_disposed",
    "exerciseDate": "exercise_date",
    "expirationDate": "expiration_date",
    "underlyingSecurityTitle": "underlying_security_title",
    "underlyingSecurityShares": "underlying_shares",
    "underlyingSecurityValue": "underlying_value",
    "sharesOwnedFollowingTransaction": "shares_owned_after",
    "valueOwnedFollowingTransaction": "value_owned_after",
    "directOrIndirectOwnership": "direct_or_indirect",
    "natureOfOwnership": "nature_of_ownership",
}
_DATES = ("transaction_date", "deemed_execution_date", "exercise_date", "expiration_date")
_NUMBERS = (
    "conversion_or_exercise_price",
    "shares",
    "value",
    "price_per_share",
    "underlying_shares",
    "shares_owned_after",
    "value_owned_after",
)
_HOLDING_FIELDS = (
    "security_title",
    "shares_owned_after",
    "direct_or_indirect",
    "nature_of_ownership",
    "conversion_or_exercise_price",
    "exercise_date",
    "expiration_date",
    "underlying_security_title",
    "underlying_shares",
)
_NO_TICKER = frozenset({"NONE", "N/A", "NA", "-", "--"})


def detect(doc: RawDocument) -> bool:
    """An ownershipDocument root, after at most an XML declaration, comments, a DOCTYPE."""
    head = doc.text[:2048].lstrip("\ufeff")
    at = head.find("<ownershipDocument")
    return at >= 0 and _HEAD.fullmatch(head, 0, at) is not None


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


@dataclass(frozen=True)
class _Doc:
    """What every row needs: the parties, the footnotes and the document flags."""

    issuer: EntityRef
    owners: tuple[EntityRef, ...]
    notes: dict[str, str]
    plan_flag: bool | None  # <aff10b5One>: the X0508 Rule 10b5-1(c) check box
    period: date | None


def extract(doc: RawDocument) -> Extraction:
    """Issuer, owners, positions, table rows, footnotes and signatures of one filing."""
    root = _parse(doc)
    head = _leaves(root, deep=False)
    issuer_el = root.find("issuer")
    issuer_raw = _leaves(issuer_el) if issuer_el is not None else {}
    if not head.get("documentType"):
        raise MalformedDocumentError(doc.name, "missing <documentType>")
    if not issuer_raw.get("issuerName"):
        raise MalformedDocumentError(doc.name, "missing <issuer>/<issuerName>")
    owners = [_leaves(el) for el in root.iterfind("reportingOwner")]
    owners = [raw for raw in owners if raw.get("rptOwnerName")]
    if not owners:
        raise MalformedDocumentError(doc.name, "missing <reportingOwner> with a <rptOwnerName>")
    issuer, issuer_facts = _issuer(issuer_raw)
    refs = tuple(own.owner_ref(raw["rptOwnerName"], raw.get("rptOwnerCik")) for raw in owners)
    period = own.iso_date(head.get("periodOfReport"))
    ctx = _Doc(issuer, refs, _footnotes(root), own.flag(head.get("aff10b5One")), period)
    facts: list[Fact] = [issuer_facts]
    flags = _document_flags(head)
    for raw, ref in zip(owners, refs, strict=True):
        facts.append(_owner_facts(raw, ref))
        position = _position(raw, ref, ctx, flags, head.get("remarks"))
        if position is not None:
            facts.append(position)
    facts.extend(_rows(root, ctx))
    signatures, dates = _signatures(root, refs)
    facts.extend(signatures)
    info = DocumentInfo(
        form_type=head["documentType"],
        date=max(dates) if dates else period,
        period_of_report=period,
        subject=issuer,
        original_filing_date=own.iso_date(head.get("dateOfOriginalSubmission")),
        not_subject_to_section16=own.flag(head.get("notSubjectToSection16")),
    )
    return Extraction(kind=KIND, document=info, facts=tuple(facts))


def _leaves(el: Any, deep: bool = True) -> dict[str, str | None]:
    """Tag -> text of the fields under ``el`` (names are unique within an issuer or owner)."""
    found: dict[str, str | None] = {}
    for child in el.iter() if deep else el:
        tag = child.tag
        if not isinstance(tag, str) or tag in found:
            continue
        if len(child) == 0 or not isinstance(child[0].tag, str):
            found[tag] = _clean(child.text)  # (an unexpanded entity is not an element)
        elif child[0].tag == "value":
            found[tag] = _clean(child[0].text)
    return found


def _issuer(raw: dict[str, str | None]) -> tuple[EntityRef, EntityFacts]:
    name, cik = raw.get("issuerName") or "", raw.get("issuerCik")
    ticker = raw.get("issuerTradingSymbol")
    ref = company_ref(name, cik=cik)
    if ticker and ticker.upper() in _NO_TICKER:
        ticker = None
    parts = (name, f"(CIK {cik})" if cik else "", f"[{ticker}]" if ticker else "")
    shown = " ".join(p for p in parts if p)
    return ref, EntityFacts(entity=ref, evidence=_short(shown), ticker=ticker)


def _owner_facts(raw: dict[str, str | None], ref: EntityRef) -> EntityFacts:
    """Box 1: the reporting person's mailing address."""
    street = ", ".join(s for s in (raw.get("rptOwnerStreet1"), raw.get("rptOwnerStreet2")) if s)
    city, state = raw.get("rptOwnerCity"), raw.get("rptOwnerState")
    postal, country = raw.get("rptOwnerZipCode"), raw.get("rptOwnerStateDescription")
    region = " ".join(p for p in (state, postal) if p)
    shown = ", ".join(p for p in (raw.get("rptOwnerName"), street, city, region, country) if p)
    has_address = any((street, city, state, postal, country))
    address = Address(street or None, city, state, postal, country)
    return EntityFacts(
        entity=ref, evidence=_short(shown), addresses=(address,) if has_address else ()
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
    raw: dict[str, str | None], ref: EntityRef, ctx: _Doc, flags: str, remarks: str | None
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
        evidence=_short(f"{raw.get('rptOwnerName')}: {shown} {flags}"),
    )


def _footnotes(root: Any) -> dict[str, str]:
    notes: dict[str, str] = {}
    for note in root.iterfind("footnotes/footnote"):
        text = "".join(note.itertext())
        if note.get("id") and text.strip():
            notes[note.get("id")] = fold(text)
    return notes


def _read_row(row: Any) -> tuple[dict[str, Any], list[str]]:
    """Raw field texts and cited footnote ids of one table row, in one pass.

    Document order puts a field's ``<value>`` right after the field element,
    so the last field seen owns the next value; any other element ends it
    (``<transactionTimeliness><value>`` must not land on the field before).
    """
    raw: dict[str, Any] = {}
    ids: list[str] = []
    pending: str | None = None
    for child in row.iter():
        tag = child.tag
        if tag == "value":
            if pending is not None:
                raw[pending] = _clean(child.text)
        elif tag == "footnoteId":
            ref = child.get("id")
            if ref and ref not in ids:
                ids.append(ref)
        elif tag in _ROW_TAGS:
            pending = _ROW_TAGS[tag]
            if not len(child):  # a bare value: <transactionCode>S</transactionCode>
                raw[pending] = _clean(child.text)
        else:
            pending = None
    return raw, ids


def _short(text: str) -> str:
    """``evidence()`` without its regex for the usual short, single-spaced text."""
    text = text.strip()
    if len(text) <= 400 and "  " not in text and "\n" not in text and "\t" not in text:
        return text
    return evidence(text)


def _clean(text: str | None) -> str | None:
    if text is None:
        return None
    text = text.strip()
    if "\n" in text or "  " in text:
        text = fold(text)
    return text or None


def _typed(raw: dict[str, Any]) -> dict[str, Any]:
    fields = dict(raw)
    for key in _DATES:
        fields[key] = own.iso_date(raw.get(key))
    for key in _NUMBERS:
        fields[key] = own.decimal(raw.get(key))
    for key in ("acquired_disposed", "direct_or_indirect"):
        code = (raw.get(key) or "").upper()[:1]
        fields[key] = code if code in ("A", "D", "I") else None
    if fields["acquired_disposed"] == "I":
        fields["acquired_disposed"] = None
    if fields["direct_or_indirect"] == "A":
        fields["direct_or_indirect"] = None
    fields["equity_swap"] = own.flag(raw.get("equity_swap"))
    return fields


def _rows(root: Any, ctx: _Doc) -> list[Fact]:
    """Table I and Table II: a Transaction or Shareholding per row and reporting owner."""
    facts: list[Fact] = []
    for tag, derivative, is_tx in (
        ("nonDerivativeTable/nonDerivativeTransaction", False, True),
        ("nonDerivativeTable/nonDerivativeHolding", False, False),
        ("derivativeTable/derivativeTransaction", True, True),
        ("derivativeTable/derivativeHolding", True, False),
    ):
        for row in root.iterfind(tag):
            raw, ids = _read_row(row)
            fields = _typed(raw)
            notes = tuple(ctx.notes[i] for i in ids if i in ctx.notes)
            shown = own.render_row(raw, derivative)
            shown = _short(shown)
            if is_tx:
                facts.extend(_transactions(fields, derivative, notes, shown, ctx))
            else:
                facts.extend(_holdings(fields, derivative, notes, shown, ctx))
    return facts


def _transactions(
    fields: dict[str, Any], derivative: bool, notes: tuple[str, ...], shown: str, ctx: _Doc
) -> list[Transaction]:
    plan = True if any(own.mentions_10b5_1_plan(n) for n in notes) else None
    if ctx.plan_flag is not None:
        plan = True if ctx.plan_flag else plan if plan else False
    kwargs = {k: v for k, v in fields.items() if k != "underlying_value"}
    kwargs["security_title"] = fields.get("security_title") or ""
    return [
        Transaction(
            reporting_owner=owner,
            issuer=ctx.issuer,
            is_derivative=derivative,
            evidence=shown,
            under_plan_10b5_1=plan,
            footnotes=notes,
            **kwargs,
        )
        for owner in ctx.owners
    ]


def _holdings(
    fields: dict[str, Any], derivative: bool, notes: tuple[str, ...], shown: str, ctx: _Doc
) -> list[Shareholding]:
    kwargs = {k: fields.get(k) for k in _HOLDING_FIELDS}
    kwargs["shares"] = kwargs.pop("shares_owned_after")
    return [
        Shareholding(
            holder=owner,
            issuer=ctx.issuer,
            evidence=shown,
            as_of=ctx.period,
            is_derivative=derivative,
            footnotes=notes,
            **kwargs,
        )
        for owner in ctx.owners
    ]


def _signatures(root: Any, owners: tuple[EntityRef, ...]) -> tuple[list[Signature], list[date]]:
    """<ownerSignature>s, and every signature date (the filing's date is the latest)."""
    facts: list[Signature] = []
    dates: list[date] = []
    for el in root.iterfind("ownerSignature"):
        raw = _leaves(el)
        name, when = raw.get("signatureName"), own.iso_date(raw.get("signatureDate"))
        dates.extend([when] if when else [])
        if name:
            shown = _short(f"{name} {raw.get('signatureDate') or ''}")
            fact = own.signature(name, owners, when, shown)
            facts.extend([fact] if fact else [])
    return facts, dates
