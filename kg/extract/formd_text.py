"""Form D ("Notice of Exempt Offering of Securities") as a page: printed to PDF and
dumped to text, or EDGAR's HTML view of the XML (``xslFormDX01``), which ``kg.ingest``
turns into the same labelled lines (a row per line, cells split by tabs).

Reads the issuer (items 1-2), the related persons and their relationship boxes
(item 3), the offering (items 4-16) and the signature block. How the broken
text layout is read (sections by heading, boxes by their "X") lives in
``kg.extract.formd_text_layout``, the signature block in ``kg.extract.formd_text_signatures``,
the boxes of items 1 and 10 to 16 beside the amounts in ``kg.extract.formd_text_boxes``.
"""

from __future__ import annotations

import dataclasses
import re
from datetime import date
from decimal import Decimal

from kg.errors import MalformedDocumentError
from kg.extract import formd_text_boxes as boxes
from kg.extract import formd_text_layout as form
from kg.extract.common import company_ref, evidence, fold, parse_date, parse_decimal
from kg.extract.formd_people import recipients
from kg.extract.formd_text_people import person_blocks, recipient_rows, related_person
from kg.extract.formd_text_signatures import SignatureRow, signature_rows
from kg.ingest import RawDocument
from kg.ingest.printed import page_lines
from kg.model import (
    Address,
    DocumentInfo,
    EntityFacts,
    EntityRef,
    Extraction,
    Fact,
    Offering,
    Signature,
)

KIND = "formd_text"

_NOTICE = re.compile(r"Notice\s+of\s+Exempt\s+Offering\s+of\s+Securities", re.I)
_FORM_MARKERS = re.compile(
    r"Issuer['’]?s\s+Identity|Related\s+Persons|Federal\s+Exemption|Offering\s+and\s+Sales\s+Amounts",
    re.I,
)


# An item's heading printed again at the top of the next page ("3. Related Persons
# (Continued)"): the item runs on, and the heading would run into its last box.
_CONTINUED = re.compile(r"(?i)(?:Item\s+)?\d{1,2}\.\s+[A-Za-z][^\t\n]*\(\s*continued\s*\)")


def detect(doc: RawDocument) -> bool:
    """A Form D as text: the notice's title and its section headings, and no XML."""
    head = doc.plain_text[:20000]
    if head.lstrip().startswith("<?xml") or "<edgarSubmission" in head:
        return False  # the XML Form D belongs to formd_xml
    return bool(_NOTICE.search(head) and _FORM_MARKERS.search(head))


def extract(doc: RawDocument) -> Extraction:
    """Issuer, related persons, offering and signatures; MalformedDocumentError without item 1."""
    # The dump escapes dollar signs; page furniture would run into the items it splits.
    text = "\n".join(
        line for line in page_lines(doc.plain_text) if not _CONTINUED.fullmatch(line.strip())
    ).replace("\\$", "$")
    sections = _readable_sections(doc, text)
    rows = signature_rows(text)
    primary, *others = (_IssuerData.read(*items) for items in sections.issuers())
    issuer, co_listed = _issuers(primary, others, rows)
    if issuer is None:
        raise MalformedDocumentError(doc.name, "items 1 and 2 do not name the issuer")
    signed = rows[0].date if rows else None
    facts: list[Fact] = [*primary.facts(issuer)]
    for co_issuer, printed in co_listed:
        facts.extend(printed.facts(co_issuer) if printed else ())
    co_issuers = tuple(co_issuer for co_issuer, _ in co_listed)
    industry = _industry(sections.get("4"))
    if industry:
        facts.append(
            EntityFacts(entity=issuer, evidence=industry.snippet, industry_group=industry.value)
        )
    for block in person_blocks(sections.get("3")):
        facts.extend(related_person(block, issuer, signed))
    paid, item12 = recipients(recipient_rows(sections.get("12")), issuer)
    offering = _offering(sections, issuer, industry, co_issuers, paid)
    if offering is not None:
        facts += [offering, *item12]
    facts.extend(_signatures(rows))
    info = DocumentInfo(
        form_type="D/A" if offering is not None and offering.is_amendment else "D",
        date=signed,
        subject=issuer,
        amends=_previous_accession(sections.get("7")),
    )
    return Extraction(kind=KIND, document=info, facts=tuple(facts))


def _signatures(rows: list[SignatureRow]) -> list[Signature]:
    """One Signature per row that names its signer; a row printed twice counts once."""
    signatures = (
        Signature(signer=row.signer, evidence=row.line, title=row.title, date=row.date)
        for row in rows
        if row.signer is not None
    )
    return list(dict.fromkeys(signatures))


def _readable_sections(doc: RawDocument, text: str) -> form.Sections:
    """The items of a notice this reader can read, or MalformedDocumentError saying why not."""
    sections = form.Sections.find(text)
    if "1" not in sections.starts:
        raise MalformedDocumentError(doc.name, "no '1. Issuer's Identity' section: not a Form D")
    if "\t" not in text:
        reason = (
            "the notice is printed one cell per line (a plain pdftotext of the page): its"
            " check boxes cannot be told from their labels; read its XML or EDGAR's HTML page"
        )
        raise MalformedDocumentError(doc.name, reason)
    return sections


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
    former_names: tuple[str, ...] = ()
    incorporation_age: str | None = None
    year_of_incorporation: int | None = None

    @classmethod
    def read(cls, identity: str, place: str) -> _IssuerData:
        """One issuer's item 1 (``identity``) and item 2 (``place``)."""
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
        age, year = boxes.incorporation(identity)
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
            former_names=boxes.previous_names(identity),
            incorporation_age=age,
            year_of_incorporation=year,
        )

    def facts(self, issuer: EntityRef) -> list[EntityFacts]:
        """Item 1's facts and item 2's, each with its own evidence, when there are any."""
        former = tuple(n for n in self.former_names if _alnum(n) != _alnum(issuer.name))
        identity = EntityFacts(
            issuer, evidence(self.identity_text), jurisdiction=self.jurisdiction,
            entity_type=self.entity_type, former_names=former,
            incorporation_age=self.incorporation_age,
            year_of_incorporation=self.year_of_incorporation,
        )  # fmt: skip
        place = EntityFacts(
            issuer, evidence(self.place_text), phone=self.phone,
            addresses=(self.address,) if self.address else (),
        )  # fmt: skip
        said = (
            self.jurisdiction or self.entity_type or former or self.incorporation_age,
            self.address or self.phone,
        )
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
    data: _IssuerData, co_data: list[_IssuerData], rows: list[SignatureRow]
) -> tuple[EntityRef | None, list[tuple[EntityRef, _IssuerData | None]]]:
    """The issuer (fullest spelling as name, CIK from item 1) and the co-issuers, each
    with its own items 1 and 2 when printed.

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
        return None, []
    best = max(names, key=lambda n: (len(_alnum(n)), not n.isupper()))
    issuer = company_ref(best, cik=data.cik, aliases=tuple(names))
    return issuer, _co_issuers(co_data, list(dict.fromkeys(others)))


def _co_issuers(
    co_data: list[_IssuerData], signed: list[str]
) -> list[tuple[EntityRef, _IssuerData | None]]:
    """Each co-issuer printed in items 1 and 2, named by its fullest spelling there or in
    the signature rows that spell it; a row naming no printed co-issuer is one too."""
    found: list[tuple[EntityRef, _IssuerData | None]] = []
    for data in co_data:
        keys = {_alnum(name) for name in data.names}
        if not keys:
            continue
        mine = [n for n in signed if _alnum(n) in keys] or [
            n for n in signed if any(_alnum(n).startswith(k) for k in keys)
        ]
        signed = [n for n in signed if n not in mine]
        names = [*data.names, *mine]
        best = max(names, key=lambda n: (len(_alnum(n)), not n.isupper()))
        found.append((company_ref(best, cik=data.cik, aliases=tuple(names)), data))
    return [*found, *((company_ref(name), None) for name in signed)]


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


def _previous_accession(text: str) -> str | None:
    """Item 7: the accession number an amendment names as the notice it amends, after its
    label or, where the print lost the label, the only number of that form in the item."""
    label = re.search(r"Previous\s+Accession\s+(?:Number|No\.?)", text, re.I)
    found = _ACCESSION.findall(text[label.end() if label else 0 :])
    return found[0] if found and (label or len(found) == 1) else None


_ACCESSION = re.compile(r"(?<!\d)\d{10}-\d{2}-\d{6}(?!\d)")


def _investors(text: str) -> int | None:
    """Item 14: the total number of investors who already have invested."""
    found = re.search(
        r"total\s+number\s+of\s+investors\s+who\s+already\s+have\s+invested\s+in\s+the\s+"
        r"offering\s*:?((?:\s*\d[\d,]*)+)",
        text,
        re.I,
    )
    # Two numbers after the last sentence: the non-accredited count printed before the total.
    return int(found.group(1).split()[-1].replace(",", "")) if found else None


def _offering(
    sections: form.Sections,
    issuer: EntityRef,
    industry: form.Check | None,
    co_issuers: tuple[EntityRef, ...],
    paid: list[EntityRef],
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
        sales_recipients=tuple(paid),
        **boxes.offering_boxes(sections),  # type: ignore[arg-type]
    )
