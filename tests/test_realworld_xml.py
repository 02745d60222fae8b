"""edgar-kg's XML readers on real EDGAR filings of issuers that are not in the corpus.

The files under tests/data/realworld/form4/ are public SEC filings (ownershipDocument XML
of Forms 3 and 4, schemas X0206 to X0609, and one complete submission text file whose
ownership document sits in its ``<XML>`` part) that other public projects keep as test
fixtures; SOURCES.md there names each one's repository, path, commit and accession.

Each file is read twice: by edgar-kg (``kg.pipeline.extract_paths``, the path a user's
file takes) and by this module's own minimal lxml reading, written from the EDGAR
schemas and not from kg/extract. Every field edgar-kg reports for the issuer, the
reporting owners, their relationships and mailing addresses, every table row (transaction
or holding, with its deemed execution date, timeliness, the form a transaction is
reported on, values and the Rule 10b5-1 box),
the footnotes a row cites and the signatures must equal that reading; a mismatch names the
file, the row and the field. Conventions follow tests/test_extract_form4_xml.py (CIKs
padded to 10 digits, decimals as ``Decimal``, dates as ``date``, footnote texts
whitespace-folded, a value in a ``<value>`` child).
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from lxml import etree

from kg.model import (
    EntityFacts,
    EntityRef,
    Extraction,
    Position,
    Shareholding,
    Signature,
    Transaction,
)
from kg.pipeline import extract_paths

DATA = Path(__file__).parent / "data" / "realworld"
OWNERSHIP = sorted(p for p in (DATA / "form4").iterdir() if p.suffix in {".xml", ".txt"})
SAFE = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False)

# Files where edgar-kg is known to disagree with the filing: name -> precise reason.
KNOWN: dict[str, str] = {}


# ------------------------------------------------------------------ the reading here


def _root(path: Path) -> etree._Element:
    raw = path.read_bytes()
    if b"<XML>" in raw:  # a complete submission: the document is its <XML> part
        raw = raw.split(b"<XML>", 1)[1].split(b"</XML>", 1)[0]
    return etree.fromstring(raw.lstrip(), parser=SAFE)


def _text(el: etree._Element | None) -> str | None:
    """A field's text: its ``<value>`` child's, or its own; None when empty."""
    if el is None:
        return None
    inner = el.find("value")
    raw = (inner if inner is not None else el).text
    text = " ".join(raw.split()) if raw else ""
    return text or None


def _at(el: etree._Element, path: str) -> str | None:
    return _text(el.find(path))


def _number(text: str | None) -> Decimal | None:
    return Decimal(text) if text is not None else None


def _day(text: str | None) -> date | None:
    return date.fromisoformat(text[:10]) if text is not None else None


def _bool(text: str | None) -> bool | None:
    if text is None:
        return None
    low = text.lower()
    return True if low in ("1", "true") else False if low in ("0", "false") else None


def _cik(text: str | None) -> str | None:
    return text.zfill(10) if text else None


def _notes(root: etree._Element) -> dict[str, str]:
    return {
        f.get("id"): " ".join("".join(f.itertext()).split())
        for f in root.iterfind("footnotes/footnote")
    }


def _cited(row: etree._Element, notes: dict[str, str]) -> tuple[str, ...]:
    ids = dict.fromkeys(f.get("id") for f in row.iter("footnoteId"))
    return tuple(notes[i] for i in ids if i in notes)


def _row(row: etree._Element, notes: dict[str, str]) -> dict[str, object]:
    """One Table I/II row, as the schema lays it out."""
    return {
        "security_title": _at(row, "securityTitle"),
        "transaction_date": _day(_at(row, "transactionDate")),
        "transaction_code": _at(row, "transactionCoding/transactionCode"),
        "transaction_form_type": _at(row, "transactionCoding/transactionFormType"),
        "equity_swap": _bool(_at(row, "transactionCoding/equitySwapInvolved")),
        "shares": _number(_at(row, "transactionAmounts/transactionShares")),
        "price_per_share": _number(_at(row, "transactionAmounts/transactionPricePerShare")),
        "acquired_disposed": _at(row, "transactionAmounts/transactionAcquiredDisposedCode"),
        "shares_owned_after": _number(
            _at(row, "postTransactionAmounts/sharesOwnedFollowingTransaction")
        ),
        "direct_or_indirect": _at(row, "ownershipNature/directOrIndirectOwnership"),
        "nature_of_ownership": _at(row, "ownershipNature/natureOfOwnership"),
        "conversion_or_exercise_price": _number(_at(row, "conversionOrExercisePrice")),
        "exercise_date": _day(_at(row, "exerciseDate")),
        "expiration_date": _day(_at(row, "expirationDate")),
        "underlying_security_title": _at(row, "underlyingSecurity/underlyingSecurityTitle"),
        "underlying_shares": _number(_at(row, "underlyingSecurity/underlyingSecurityShares")),
        "footnotes": _cited(row, notes),
        "deemed_execution_date": _day(_at(row, "deemedExecutionDate")),
        "timeliness": _timeliness(_at(row, "transactionTimeliness")),
        "value": _number(_at(row, "transactionAmounts/transactionTotalValue")),
        "value_owned_after": _number(
            _at(row, "postTransactionAmounts/valueOwnedFollowingTransaction")
        ),
    }


def _timeliness(text: str | None) -> str | None:
    """The box is empty when the report is on time; "E" early, "L" late."""
    return text.upper() if text and text.upper() in ("E", "L") else None


_TX_FIELDS = (
    "security_title",
    "transaction_date",
    "transaction_code",
    "equity_swap",
    "shares",
    "price_per_share",
    "acquired_disposed",
    "shares_owned_after",
    "direct_or_indirect",
    "nature_of_ownership",
    "conversion_or_exercise_price",
    "exercise_date",
    "expiration_date",
    "underlying_security_title",
    "underlying_shares",
    "footnotes",
    "deemed_execution_date",
    "timeliness",
    "value",
    "value_owned_after",
    "transaction_form_type",
)
# A holding line has no transaction columns; its shares are the amount owned.
_HOLDING_FIELDS = {
    "security_title": "security_title",
    "shares_owned_after": "shares",
    "direct_or_indirect": "direct_or_indirect",
    "nature_of_ownership": "nature_of_ownership",
    "conversion_or_exercise_price": "conversion_or_exercise_price",
    "exercise_date": "exercise_date",
    "expiration_date": "expiration_date",
    "underlying_security_title": "underlying_security_title",
    "underlying_shares": "underlying_shares",
    "footnotes": "footnotes",
}


# ------------------------------------------------------------------ comparison


class Mismatches:
    """Collects every disagreement of a file, so one failure lists them all."""

    def __init__(self, name: str) -> None:
        self.name = name
        self.found: list[str] = []

    def check(self, where: str, field: str, filing: object, got: object) -> None:
        if filing != got:
            self.found.append(f"{where}: {field}: filing says {filing!r}, edgar-kg gives {got!r}")

    def fail_if_any(self) -> None:
        if self.found:
            pytest.fail(f"{self.name}: {len(self.found)} field(s) differ\n" + "\n".join(self.found))


def _extract(path: Path) -> Extraction:
    result = extract_paths([path])
    assert not result.failures, f"{path.name}: edgar-kg failed: {result.failures}"
    # A complete submission also yields its SEC header; the XML reader's part is compared.
    ((_, extraction),) = [item for item in result.items if item[1].kind == "form4_xml"]
    return extraction


def _of(extraction: Extraction, kind: type) -> list:
    return [f for f in extraction.facts if isinstance(f, kind)]


def check_ownership(path: Path) -> None:
    root, got = _root(path), _extract(path)
    out = Mismatches(path.name)
    assert got.kind == "form4_xml", f"{path.name}: read as {got.kind}"
    _check_document(root, got, out)
    refs = _check_owners(root, got, out)
    for derivative in (False, True):
        _check_table(root, got, refs, derivative, out)
    _check_signatures(root, got, out)
    out.fail_if_any()


def _check_document(root: etree._Element, got: Extraction, out: Mismatches) -> None:
    doc = got.document
    out.check("document", "form_type", _at(root, "documentType"), doc.form_type)
    period = _day(_at(root, "periodOfReport"))
    out.check("document", "period_of_report", period, doc.period_of_report)
    signed = [_day(_at(s, "signatureDate")) for s in root.iterfind("ownerSignature")]
    signed = [d for d in signed if d]
    out.check("document", "date", max(signed) if signed else period, doc.date)
    original = _day(_at(root, "dateOfOriginalSubmission"))
    out.check("document", "original_filing_date", original, doc.original_filing_date)
    issuer, subject = root.find("issuer"), doc.subject
    out.check("issuer", "cik", _cik(_at(issuer, "issuerCik")), subject.cik)
    out.check("issuer", "name", _at(issuer, "issuerName"), subject.name)
    facts = {f.entity: f for f in _of(got, EntityFacts)}
    symbol = _at(issuer, "issuerTradingSymbol")
    out.check("issuer", "ticker", symbol, facts[subject].ticker if subject in facts else None)


_ROLE_TAGS = (
    ("isDirector", "Director"),
    ("isOfficer", "Officer"),
    ("isTenPercentOwner", "TenPercentOwner"),
    ("isOther", "Other"),
)


def _check_owners(root: etree._Element, got: Extraction, out: Mismatches) -> list[EntityRef]:
    """Each named owner's CIK, name, roles, title and position date; the owners' refs."""
    subject, period = got.document.subject, got.document.period_of_report
    owners = [o for o in root.iterfind("reportingOwner") if _at(o, "reportingOwnerId/rptOwnerName")]
    refs = [f.entity for f in _of(got, EntityFacts) if f.entity != subject]
    out.check("owners", "count", len(owners), len(refs))
    positions = {p.holder: p for p in _of(got, Position)}
    facts = {f.entity: f for f in _of(got, EntityFacts)}
    for i, (owner, ref) in enumerate(zip(owners, refs, strict=False)):
        where, raw_name = f"owner {i + 1}", _at(owner, "reportingOwnerId/rptOwnerName")
        out.check(where, "cik", _cik(_at(owner, "reportingOwnerId/rptOwnerCik")), ref.cik)
        if raw_name not in (ref.name, *ref.aliases):
            out.check(where, "name (as written, or an alias)", raw_name, (ref.name, ref.aliases))
        rel = owner.find("reportingOwnerRelationship")
        roles = tuple(r for tag, r in _ROLE_TAGS if rel is not None and _bool(_at(rel, tag)))
        position = positions.get(ref)
        out.check(where, "roles", roles, position.roles if position else ())
        title = _at(rel, "officerTitle") if rel is not None else None
        if position and title and "Officer" in position.roles:
            out.check(where, "officer title", title, position.title)
        other = _at(rel, "otherText") if rel is not None else None
        if position and other and not title and "Other" in position.roles:
            out.check(where, "other title", other, position.title)
        _check_address(owner, ref, facts, where, out)
        if position:
            out.check(where, "position as_of", period, position.as_of)
    return refs


def _check_address(
    owner: etree._Element, ref: EntityRef, facts: dict, where: str, out: Mismatches
) -> None:
    """Box 1: street (lines joined), city and postal code of the mailing address."""
    lines = (_at(owner, f"reportingOwnerAddress/rptOwnerStreet{n}") for n in (1, 2))
    street = ", ".join(line for line in lines if line) or None
    city = _at(owner, "reportingOwnerAddress/rptOwnerCity")
    postal = _at(owner, "reportingOwnerAddress/rptOwnerZipCode")
    addresses = facts[ref].addresses if ref in facts else ()
    got = (addresses[0].street, addresses[0].city, addresses[0].postal_code) if addresses else ()
    out.check(where, "address", (street, city, postal) if street or city else (), got)


def _check_plan(root: etree._Element, fact: Transaction, where: str, out: Mismatches) -> None:
    """<aff10b5One> (X0508 on): a ticked box is a Rule 10b5-1 plan; a clear one is not,
    unless a footnote the row cites says so."""
    box = _bool(_at(root, "aff10b5One"))
    if box is None:
        return
    cited = any("10b5-1" in note for note in fact.footnotes)
    out.check(where, "under_plan_10b5_1", bool(box or cited), fact.under_plan_10b5_1)


def _check_table(
    root: etree._Element, got: Extraction, refs: list[EntityRef], derivative: bool, out: Mismatches
) -> None:
    """Table I or II: one Transaction or Shareholding per row and owner, field for field."""
    table, name = ("derivativeTable", "II") if derivative else ("nonDerivativeTable", "I")
    kind = "derivative" if derivative else "nonDerivative"
    notes = _notes(root)
    for tag, cls, fields in (
        ("Transaction", Transaction, {f: f for f in _TX_FIELDS}),
        ("Holding", Shareholding, _HOLDING_FIELDS),
    ):
        rows = root.findall(f"{table}/{kind}{tag}")
        facts = [f for f in _of(got, cls) if f.is_derivative is derivative]
        out.check(f"table {name}", f"{tag.lower()}s", len(rows) * len(refs), len(facts))
        pairs = [(row, ref) for row in rows for ref in refs]
        for n, ((row, ref), fact) in enumerate(zip(pairs, facts, strict=False)):
            where = f"table {name} {tag.lower()} {n // max(len(refs), 1) + 1} ({ref.name})"
            owner = fact.reporting_owner if cls is Transaction else fact.holder
            out.check(where, "owner cik", ref.cik, owner.cik)
            out.check(where, "issuer cik", got.document.subject.cik, fact.issuer.cik)
            want = _row(row, notes)
            for mine, theirs in fields.items():
                out.check(where, theirs, want[mine], getattr(fact, theirs))
            if cls is Transaction:
                _check_plan(root, fact, where, out)


def _check_signatures(root: etree._Element, got: Extraction, out: Mismatches) -> None:
    signatures = _of(got, Signature)
    named = [s for s in root.iterfind("ownerSignature") if _at(s, "signatureName")]
    out.check("signatures", "count", len(named), len(signatures))
    for n, (el, sig) in enumerate(zip(named, signatures, strict=False)):
        out.check(f"signature {n + 1}", "date", _day(_at(el, "signatureDate")), sig.date)
    for fact in got.facts:
        if not fact.evidence or fact.evidence != " ".join(fact.evidence.split()):
            out.check(type(fact).__name__, "evidence (folded, non-empty)", "text", fact.evidence)


# ------------------------------------------------------------------ tests


def _params(paths: list[Path]) -> list:
    return [
        pytest.param(
            p,
            id=p.name,
            marks=[pytest.mark.xfail(strict=True, reason=KNOWN[p.name])] if p.name in KNOWN else [],
        )
        for p in paths
    ]


@pytest.mark.parametrize("path", _params(OWNERSHIP))
def test_ownership_xml_agrees_with_the_filing(path: Path) -> None:
    check_ownership(path)


def test_every_file_is_named_in_sources() -> None:
    sources = (DATA / "SOURCES.md").read_text()
    missing = [p.name for p in OWNERSHIP if p.name not in sources]
    assert not missing, f"not in SOURCES.md: {missing}"
