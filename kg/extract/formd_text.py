"""Form D ("Notice of Exempt Offering of Securities") as a page: printed to PDF and
dumped to text, or EDGAR's HTML view of the XML (``xslFormDX01``), which ``kg.ingest``
turns into the same labelled lines (a row per line, cells split by tabs).

Reads the issuer (items 1-2), the related persons and their relationship boxes
(item 3), the offering (items 4-14) and the signature block. How the broken
text layout is read (sections by heading, boxes by their "X") lives in
``kg.extract.formd_text_layout``.
"""

from __future__ import annotations

import dataclasses
import re
from datetime import date
from decimal import Decimal

from kg.errors import MalformedDocumentError
from kg.extract import formd_text_layout as form
from kg.extract.common import company_ref, evidence, fold, parse_date, parse_decimal, person_ref
from kg.ingest import RawDocument
from kg.ingest.printed import page_lines
from kg.model import (
    ROLES,
    Address,
    DocumentInfo,
    EntityFacts,
    EntityRef,
    Extraction,
    Fact,
    Mention,
    Offering,
    Position,
    Signature,
)

KIND = "formd_text"

_NOTICE = re.compile(r"Notice\s+of\s+Exempt\s+Offering\s+of\s+Securities", re.I)
_FORM_MARKERS = re.compile(
    r"Issuer['’]?s\s+Identity|Related\s+Persons|Federal\s+Exemption|Offering\s+and\s+Sales\s+Amounts",
    re.I,
)
# Item 3: what filers type in a name box that does not apply, and a firm's legal form.
_PLACEHOLDER = re.compile(r"(?i)^(?:n/?a|none|not\s+applicable|-+|\.)?$")
_LEGAL_FORM = re.compile(r"(?i)^(?:l\.?l\.?[cp]|l\.?p|inc|corp|co|ltd|plc|gmbh|limited)\.?,?$")
_COMPANY_WORDS = re.compile(r"\b(LLC|L\.?L\.?C|INC|CORP|LP|L\.P|LTD|FUND|TRUST|PARTNERS)\b", re.I)


def detect(doc: RawDocument) -> bool:
    """A Form D as text: the notice's title and its section headings, and no XML."""
    head = doc.plain_text[:20000]
    if head.lstrip().startswith("<?xml") or "<edgarSubmission" in head:
        return False  # the XML Form D belongs to formd_xml
    return bool(_NOTICE.search(head) and _FORM_MARKERS.search(head))


def extract(doc: RawDocument) -> Extraction:
    """Issuer, related persons, offering and signatures; MalformedDocumentError without item 1."""
    # The dump escapes dollar signs; page furniture would run into the items it splits.
    text = "\n".join(page_lines(doc.plain_text)).replace("\\$", "$")
    sections = form.Sections.find(text)
    if "1" not in sections.starts:
        raise MalformedDocumentError(doc.name, "no '1. Issuer's Identity' section: not a Form D")
    rows = form.signature_rows(text)
    issuer_data = _IssuerData.read(sections)
    issuer, co_issuers = _issuers(issuer_data, rows)
    if issuer is None:
        raise MalformedDocumentError(doc.name, "items 1 and 2 do not name the issuer")
    signed = rows[0].date if rows else None
    facts: list[Fact] = [*issuer_data.facts(issuer)]
    industry = _industry(sections.get("4"))
    if industry:
        facts.append(
            EntityFacts(entity=issuer, evidence=industry.snippet, industry_group=industry.value)
        )
    for block in _person_blocks(sections.get("3")):
        facts.extend(_related_person(block, issuer, signed))
    offering = _offering(sections, issuer, industry, co_issuers)
    if offering is not None:
        facts.append(offering)
    signatures = (
        Signature(signer=row.signer, evidence=row.line, title=row.title, date=row.date)
        for row in rows
        if row.signer is not None
    )
    facts.extend(dict.fromkeys(signatures))
    info = DocumentInfo(
        form_type="D/A" if offering is not None and offering.is_amendment else "D",
        date=signed,
        subject=issuer,
    )
    return Extraction(kind=KIND, document=info, facts=tuple(facts))


@dataclasses.dataclass(frozen=True)
class _IssuerData:
    """What items 1 and 2 say about the issuer."""

    cik: str | None
    names: tuple[str, ...]
    jurisdiction: str | None
    entity_type: str | None
    address: Address | None
    phone: str | None
    identity_text: str
    place_text: str

    @classmethod
    def read(cls, sections: form.Sections) -> _IssuerData:
        identity, place = sections.get("1"), sections.get("2")
        label = re.search(r"CIK\s*\(?\s*Filer\s+ID\s+Number\s*\)?", identity)
        after = identity[label.end() :] if label else identity
        cik = re.search(r"(?<!\d)\d{10}(?!\d)", after) or re.search(
            r"(?<![\d.,$])\d{4,10}(?![\d,])", after[:200]
        )
        jurisdiction = form.line_value(
            identity, r"Jurisdiction\s+of\s+Incorporation\s*/\s*Organi\w*", r"Year\s+of|\t"
        )
        kinds = form.checked(identity, form.ENTITY_TYPES)
        street_at = re.search(r"Street\s+Address", place)
        address, phone = form.address(place[street_at.start() :]) if street_at else (None, None)
        names = (
            form.line_value(place, r"Name\s+of\s+Issuer"),
            form.line_value(identity, r"Name\s+of\s+Issuer", r"Jurisdiction\s+of"),
        )
        return cls(
            cik=cik.group(0) if cik else None,
            names=tuple(n for n in names if n),
            jurisdiction=form.place_name(jurisdiction),
            entity_type=_entity_type(identity, kinds[0]) if kinds else None,
            address=address,
            phone=phone,
            identity_text=_between(identity, r"CIK", r"Name\s+of\s+Issuer[^\n]*"),
            place_text=_between(place, r"Name\s+of\s+Issuer", r"\Z"),
        )

    def facts(self, issuer: EntityRef) -> list[EntityFacts]:
        """Item 1's facts and item 2's, each with its own evidence, when there are any."""
        identity = EntityFacts(
            issuer, evidence(self.identity_text), jurisdiction=self.jurisdiction,
            entity_type=self.entity_type,
        )  # fmt: skip
        place = EntityFacts(
            issuer, evidence(self.place_text), phone=self.phone,
            addresses=(self.address,) if self.address else (),
        )  # fmt: skip
        said = (self.jurisdiction or self.entity_type, self.address or self.phone)
        return [fact for fact, given in zip((identity, place), said, strict=True) if given]


def _entity_type(identity: str, kind: form.Check) -> str:
    """Item 1's box; "Other (Specify)" with what was written after it ("Other: Trust")."""
    said = re.match(r"\S\s*Other\s*\(Specify\)[ ]*([^\t\n]*)", identity[kind.start :])
    other = fold(said.group(1)) if said and kind.value == "Other" else ""
    return f"Other: {other}" if re.search(r"[A-Za-z]{2}", other) else kind.value


def _between(text: str, start: str, end: str) -> str:
    """``text`` from the label ``start`` to the end of ``end`` (short evidence), else all."""
    first = re.search(start, text)
    last = re.search(end, text[first.start() :]) if first else None
    return text[first.start() : first.start() + last.end()] if first and last else text


def _alnum(name: str) -> str:
    return re.sub(r"[^a-z0-9]", "", name.lower())


def _issuers(
    data: _IssuerData, rows: list[form.SignatureRow]
) -> tuple[EntityRef | None, tuple[EntityRef, ...]]:
    """The issuer (fullest spelling as name, CIK from item 1) and any co-issuers.

    Item 1 often cuts the name ("Acme Corp" for "Acme Corp, Inc."), so the
    signature rows' issuer column counts too; a row naming another company is
    a co-issuer's.
    """
    names = list(data.names)
    keys = {_alnum(name) for name in names}
    # A row spelling item 2's name exactly makes the prefix test moot ("Acme" / "Acme B").
    exact = any(_alnum(row.issuer or "") in keys for row in rows)
    others: list[str] = []
    for row in rows:
        if not row.issuer:
            continue
        key = _alnum(row.issuer)
        prefix = not exact and any(key.startswith(n) or n.startswith(key) for n in keys)
        (names if not names or key in keys or prefix else others).append(row.issuer)
    if not names:
        return None, ()
    best = max(names, key=lambda n: (len(_alnum(n)), not n.isupper()))
    issuer = company_ref(best, cik=data.cik, aliases=tuple(names))
    co_issuers = tuple(company_ref(n) for n in dict.fromkeys(others))
    return issuer, co_issuers


def _industry(text: str) -> form.Check | None:
    """Item 4, with the fund type when the issuer is a pooled investment fund
    ("Pooled Investment Fund: Hedge Fund", as the XML reader writes it)."""
    group = next(iter(form.checked(text, form.INDUSTRIES)), None)
    fund = next(iter(form.checked(text, form.FUND_TYPES)), None)
    if group and fund and group.value == "Pooled Investment Fund":
        value = f"{group.value}: {fund.value}"
        return form.Check(value, group.start, f"{group.snippet} ... {fund.snippet}")
    return group


# --- item 3: related persons ----------------------------------------------------


def _person_blocks(text: str) -> list[str]:
    """One block per related person: each starts at its "Last Name" label."""
    starts = [found.start() for found in re.finditer(r"Last\s+Name", text)]
    ends = [*starts[1:], len(text)]
    return [text[start:end] for start, end in zip(starts, ends[: len(starts)], strict=True)]


def _person_name(text: str) -> EntityRef | None:
    """The name from "Last Name X First Name Y Middle Name Z", inline or on the line below."""
    first_line, _, below = text.partition("\n")
    inline = re.match(
        r"\s*Last\s+Name\s*(.*?)\s*First\s+Name\s*(.*?)\s*Middle\s+Name(.*)", first_line
    )
    if inline and fold(inline.group(1)):
        last, first, middle = (fold(part) for part in inline.groups())
    else:
        cells = [
            c for c in form.cells(form.ADDRESS_LABEL.sub("\t", below)) if re.search(r"[A-Za-z]", c)
        ]
        if len(cells) == 1 and not _COMPANY_WORDS.search(cells[0]):
            cells = cells[0].split(" ")  # a person's row that lost its tabs
        if not cells:
            return None
        last, first, middle = cells[0], " ".join(cells[1:2]), " ".join(cells[2:])
    raw = " ".join(part for part in (last, first, middle) if part)
    first, middle = ("" if _PLACEHOLDER.match(part) else part for part in (first, middle))
    firm = _firm(last, first)
    if firm:
        return company_ref(firm)
    if not first:
        return person_ref(None, last)
    ref = person_ref(first, last, middle or None, raw=raw)
    if middle and middle[0] in "\"'(“":
        # A nickname in the middle-name box: 'Jonathan "Jon" Roe' is also 'Jonathan Roe'.
        plain = person_ref(first, last).name
        ref = dataclasses.replace(ref, aliases=(*ref.aliases, plain))
    return ref


def _firm(last: str, first: str) -> str | None:
    """Item 3's boxes are for people: a firm (a general partner) goes in "Last Name" with
    "First Name" empty or "N/A", or is split over both ("Acme Holdings," / "LLC")."""
    if not first:
        return last if _COMPANY_WORDS.search(last) else None
    if _LEGAL_FORM.match(first):
        return f"{last} {first}"
    return f"{first} {last}" if _LEGAL_FORM.match(last.rsplit(" ", 1)[-1]) else None


def _related_person(block: str, issuer: EntityRef, as_of: date | None) -> list[Fact]:
    """A person's address, and a Position with the roles whose boxes are checked."""
    street_at = re.search(r"(?m)^[ \t]*Street\s+Address", block)
    name_text, rest = (
        (block[: street_at.start()], block[street_at.start() :]) if street_at else (block, "")
    )
    person = _person_name(name_text)
    if person is None:
        return []
    relationship = re.search(r"Relationship\s*:?", rest)
    address_text = rest[: relationship.start()] if relationship else rest
    address, _ = form.address(address_text)
    facts: list[Fact] = [
        EntityFacts(entity=person, evidence=evidence(address_text), addresses=(address,))
    ] if address else []  # fmt: skip
    if relationship is None:
        return [*facts, Mention(entity=person, evidence=evidence(name_text))]
    boxes = re.split(r"Clarification\s+of\s+Response|Last\s+Name", rest[relationship.start() :])[0]
    ticked = {check.value for check in form.checked(boxes, form.RELATIONSHIPS)}
    roles = tuple(role for role in ROLES if role in ticked)
    proof = evidence(f"{fold(name_text)} ... {fold(boxes)}")
    if not roles:
        return [*facts, Mention(entity=person, evidence=proof)]
    clarification = re.search(r"Clarification\s+of\s+Response[^:\n]*:[ \t]*([^\n]*)", rest)
    title = fold(clarification.group(1)) if clarification else ""
    facts.append(
        Position(
            holder=person,
            organization=issuer,
            roles=roles,
            evidence=proof,
            title=title if re.search(r"[A-Za-z]{2}", title) else None,
            as_of=as_of,
        )
    )
    return facts


# --- items 4 to 14: the offering ------------------------------------------------


def _amount(text: str, label: str) -> tuple[Decimal | None, bool | None, str | None]:
    """Item 13 amount after ``label``: (dollars, "X Indefinite" checked, evidence line)."""
    found = re.search(label, text)
    if not found:
        return None, None, None
    rest = re.split(r"Total\s+(?:Offering|Amount|Remaining)|Clarification", text[found.end() :])[0]
    money = form.MONEY.search(rest)
    indefinite = bool(form.checked(rest, {"Indefinite": "indefinite"}))
    if money is None and not indefinite:
        return None, None, evidence(text[found.start() :].split("\n", 1)[0])
    value = None if indefinite or money is None else parse_decimal(money.group(1))
    return value, indefinite, evidence(text[found.start() :].split("\n", 1)[0])


def _revenue_range(text: str) -> str | None:
    """Item 5's revenue box, else the net asset value box (a fund's), after its heading."""
    labels = {label: label for label in (*form.REVENUE, *form.NAV_ONLY)}
    labels.pop("Not Applicable")  # says nothing, as the XML reader reads it
    found: dict[bool, str] = {}
    for check in form.checked(text, labels):
        line_start = text.rfind("\n", 0, check.start) + 1
        nav = bool(re.search(r"Aggregate\s+Net\s+Asset", text[line_start : check.start]))
        found.setdefault(nav, check.value)
    return found.get(False) or found.get(True)


def _first_sale(text: str) -> tuple[bool | None, bool | None, date | None]:
    """Item 7: (is an amendment, first sale yet to occur, date of first sale)."""
    boxes = {check.value for check in form.checked(text, form.FILING_TYPES)}
    label = re.search(r"Date\s+of\s+First\s+Sale", text)
    when = form.DATE.search(text, label.end()) if label else None
    first_sale = parse_date(when.group(0)) if when else None
    amendment = True if "amendment" in boxes else (False if "new" in boxes else None)
    yet = True if "yet" in boxes else (False if first_sale else None)
    return amendment, yet, first_sale


def _investors(text: str) -> int | None:
    """Item 14: the total number of investors who already have invested."""
    found = re.search(
        r"total\s+number\s+of\s+investors\s+who\s+already\s+have\s+invested\s+in\s+the\s+"
        r"offering\s*:?\s*(\d[\d,]*)",
        text,
        re.I,
    )
    return int(found.group(1).replace(",", "")) if found else None


def _recipients(text: str) -> tuple[EntityRef, ...]:
    """Item 12 recipients, inline ("Recipient ACME") or under a "Recipient" header cell."""
    names = []
    for row in re.finditer(r"(?m)^[ \t]*Recipient\b(?!\s+CRD)(.*)$", text):
        value = fold(re.split(r"Recipient\s+CRD", row.group(1))[0])
        if not value:
            value = fold(text[row.end() + 1 :].split("\n", 1)[0].split("\t")[0])
        # Litter and the next row's labels ("(Associated) Broker or Dealer") are not names.
        if re.search(r"[A-Za-z]{2}", value) and not re.search(
            r"^\(|\bNone\b|Associated|Broker|Dealer|CRD|Street\s+Address|City|Recipient", value
        ):
            names.append(company_ref(value))
    return tuple(dict.fromkeys(names))


def _offering(
    sections: form.Sections,
    issuer: EntityRef,
    industry: form.Check | None,
    co_issuers: tuple[EntityRef, ...],
) -> Offering | None:
    amounts = sections.get("13")
    total, indefinite, proof = _amount(amounts, r"Total\s+Offering\s+Amount")
    sold, _, _ = _amount(amounts, r"Total\s+Amount\s+Sold")
    remaining, _, _ = _amount(amounts, r"Total\s+Remaining\s+to\s+be\s+Sold")
    exemptions = tuple(
        dict.fromkeys(c.value for c in form.checked(sections.get("5", "6"), form.EXEMPTIONS))
    )
    amendment, yet, first_sale = _first_sale(sections.get("7"))
    if proof is None and not exemptions and amendment is None and industry is None:
        return None  # cut before any offering item
    minimum = form.MONEY.search(sections.get("11"))
    securities = form.checked(sections.get("9"), form.SECURITIES)
    return Offering(
        issuer=issuer,
        evidence=proof or (industry.snippet if industry else evidence(sections.get("7"))),
        total_offering_amount=total,
        total_amount_sold=sold,
        total_remaining=remaining,
        indefinite=indefinite,
        exemptions=exemptions,
        is_amendment=amendment,
        more_than_one_year=form.yes_no(sections.get("8")),
        first_sale_yet_to_occur=yet,
        date_of_first_sale=first_sale,
        minimum_investment=parse_decimal(minimum.group(1)) if minimum else None,
        industry_group=industry.value if industry else None,
        security_types=tuple(dict.fromkeys(c.value for c in securities)),
        revenue_range=_revenue_range(sections.get("5", "6")),
        total_investors=_investors(sections.get("14")),
        co_issuers=co_issuers,
        sales_recipients=_recipients(sections.get("12")),
    )
