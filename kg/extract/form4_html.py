"""Forms 3, 4 and 5 as EDGAR renders them in HTML (the XSLT view of the XML).

The page lays the form out in boxes with fixed labels ("1. Name and Address of
Reporting Person", "2. Issuer Name and Ticker or Trading Symbol", "5.
Relationship of Reporting Person(s) to Issuer") and Tables I and II as HTML
tables whose data rows have one cell per printed column. Values sit in
``FormData`` spans; footnote marks in ``FootnoteData`` ``<sup>``s; the notes
themselves under "Explanation of Responses".
"""

from __future__ import annotations

import re
from datetime import date
from itertools import pairwise
from typing import Any

from lxml import etree
from lxml import html as lxml_html

from kg.errors import MalformedDocumentError
from kg.extract import _ownership as own
from kg.extract import _ownership_signers as signers
from kg.extract.common import company_ref, evidence, fold, parse_date
from kg.extract.form4_html_tables import tables
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
)

KIND = "form4_html"

_OWNER_LABEL = re.compile(r"Name\s+and\s+Address\s+of\s+Reporting\s+Person")
_TABLE_ONE = re.compile(r"Table\s+I\s*-")
# huge_tree: libxml2 otherwise stops descending past 256 nested elements and
# silently drops the text below; no_network: never fetch anything.
_PARSER = lxml_html.HTMLParser(
    huge_tree=True, no_network=True, remove_comments=True, remove_pis=True
)
_SPAN = etree.XPath("//span[contains(normalize-space(.), $label)]")
_CELL = etree.XPath("//td[contains(normalize-space(.), $label) and not(.//td)]")
_DATA = etree.XPath(".//span[@class='FormData' or @class='SmallFormData']")
_CIK = re.compile(r"CIK=(\d{1,10})", re.IGNORECASE)
_NOTE = re.compile(r"^\s*\(?(\d+)[.)]\s*(.*)$", re.DOTALL)
# The Section 16 box's label (a note saying a person "is no longer subject to Section 16"
# is no box).
_SECTION16 = "box if no longer subject to Section 16"
# A ticked check box's mark, as EDGAR prints it ("X") or a page saved from elsewhere does.
_TICK = re.compile(r"[(\[]?\s*[Xx✓✔☒]\s*[)\]]?")
# Box 5 labels in ``own.roles_of`` argument order.
_BOX_WORDS = ("Director", "Officer", "10% Owner", "Other")


def detect(doc: RawDocument) -> bool:
    """An HTML page with the Form 3/4/5 box 1 label and Table I."""
    if not doc.is_html:
        return False
    return bool(_OWNER_LABEL.search(doc.text)) and bool(_TABLE_ONE.search(doc.text))


def _parse(doc: RawDocument) -> Any:
    text = re.sub(r"^\s*<\?xml[^>]*\?>", "", doc.text.lstrip("\ufeff"))
    try:
        return lxml_html.document_fromstring(text, parser=_PARSER)
    except (etree.ParserError, ValueError) as exc:
        raise MalformedDocumentError(doc.name, f"unreadable HTML: {exc}") from exc


def _texts(el: Any) -> list[str]:
    return [fold(span.text_content()) for span in _DATA(el)]


def _box(root: Any, label: str) -> Any:
    """The cell holding a labelled box ("3. Date of Earliest Transaction ...")."""
    spans = _SPAN(root, label=label)
    return spans[0].getparent() if spans else None


def _box_value(root: Any, label: str) -> str | None:
    box = _box(root, label)
    values = [t for t in _texts(box) if t] if box is not None else []
    return values[0] if values else None


def extract(doc: RawDocument) -> Extraction:
    """Issuer, owners, the first owner's position, table rows and signatures."""
    root = _parse(doc)
    issuer, issuer_facts = _issuer(root, doc.name)
    owners = _owners(root)
    if not owners:
        raise MalformedDocumentError(doc.name, "no 'Name and Address of Reporting Person' box")
    refs = tuple(ref for ref, _ in owners)
    period = parse_date(
        _box_value(root, "Date of Earliest Transaction")
        or _box_value(root, "Date of Event Requiring Statement")
        or _box_value(root, "Fiscal Year Ended")
    )
    facts: list[Fact] = [issuer_facts, *(facts for _, facts in owners)]
    notes, remarks = _footnotes(root)
    position = _position(root, refs[0], issuer, period, remarks if len(refs) == 1 else None)
    if position is not None:
        facts.append(position)
    plan = _checkbox(root, "affirmative defense")  # the Rule 10b5-1(c) box (2023 forms)
    facts.extend(tables(root, refs, issuer, notes, plan, period))
    signatures, dates = _signatures(root, refs)
    facts.extend(signatures)
    info = DocumentInfo(
        form_type=_form_type(root),
        date=max(dates) if dates else period,
        period_of_report=period,
        subject=issuer,
        original_filing_date=parse_date(_box_value(root, "If Amendment, Date of Original")),
        not_subject_to_section16=_checkbox(root, _SECTION16),
        form3_holdings_reported=_checkbox(root, "Form 3 Holdings Reported"),
        form4_transactions_reported=_checkbox(root, "Form 4 Transactions Reported"),
    )
    return Extraction(kind=KIND, document=info, facts=tuple(facts))


def _form_type(root: Any) -> str:
    """ "FORM 4" in the corner box; "/A" when box "If Amendment" carries a date."""
    cells = root.find_class("FormName")
    found = re.search(r"\b([345])\b", cells[0].text_content()) if cells else None
    if found is None:
        title = root.findtext(".//title") or ""
        found = re.search(r"\b([345])\b", title)
    form = found.group(1) if found else "4"
    return f"{form}/A" if _box_value(root, "If Amendment, Date of Original") else form


def _link(cell: Any, label: str) -> tuple[str, str | None]:
    """The name EDGAR links to its company page, and the CIK in that link.

    A page saved without the links still has the name as text after the label.
    """
    anchors = cell.findall(".//a")
    if anchors:
        cik = _CIK.search(anchors[0].get("href") or "")
        return fold(anchors[0].text_content()), cik.group(1) if cik else None
    text = fold(cell.text_content())
    after = re.split(r"(?:Person|Symbol)\s*\*?", text.split(label, 1)[-1], maxsplit=1)[-1]
    return re.split(r"\[|\(Last\)", after, maxsplit=1)[0].strip(), None


def _issuer(root: Any, name: str) -> tuple[EntityRef, EntityFacts]:
    box = _box(root, "Issuer Name")
    issuer_name, cik = _link(box, "Issuer Name") if box is not None else ("", None)
    if not issuer_name:
        raise MalformedDocumentError(name, "no 'Issuer Name and Ticker or Trading Symbol' box")
    tickers = [t for t in _texts(box) if t]
    ticker = own.ticker(tickers[0]) if tickers else None
    ref = company_ref(issuer_name, cik=cik)
    shown = f"{issuer_name} [ {ticker} ]" if ticker else issuer_name
    return ref, EntityFacts(entity=ref, evidence=evidence(shown), ticker=ticker)


def _owners(root: Any) -> list[tuple[EntityRef, EntityFacts]]:
    """Box 1, once per reporting person (joint filings list every owner again below)."""
    found: list[tuple[EntityRef, EntityFacts]] = []
    seen: set[str] = set()
    for span in _SPAN(root, label="Name and Address of Reporting"):
        cell = span.getparent()
        raw, cik = _link(cell, "Reporting")
        if not raw or (cik or raw) in seen:
            continue
        seen.add(cik or raw)
        ref = own.owner_ref(raw, cik)
        values = _texts(cell)
        city, state, postal = values[-3:] if len(values) >= 3 else [None, None, None]
        street = ", ".join(v for v in values[:-3] if v) or None
        # The page prints box 1's state as the EDGAR code ("M0" is Japan, not a state).
        state, country = described_place(state, None)
        address = Address(street, city or None, state, postal or None, country)
        shown = ", ".join(p for p in (raw, street, city, state, postal) if p)
        has_address = any((street, city, state, postal))
        facts = EntityFacts(
            entity=ref, evidence=evidence(shown), addresses=(address,) if has_address else ()
        )
        found.append((ref, facts))
    return found


def _position(
    root: Any, owner: EntityRef, issuer: EntityRef, as_of: date | None, remarks: str | None
) -> Position | None:
    """Box 5 (Form 4) / box 4 (Form 3): X marks before "Director", "10% Owner", ..."""
    box = _box(root, "Relationship of Reporting Person")
    if box is None:
        return None
    checked: list[str] = []
    for row in box.iter("tr"):
        cells = row.findall("td")
        for mark, label in pairwise(cells):
            if fold(mark.text_content()).upper() == "X":
                checked.append(fold(label.text_content()))
    # The XML reader's role order (director, officer, 10% owner, other), not the box's.
    marked = [any(c.startswith(word) for c in checked) for word in _BOX_WORDS]
    roles = own.roles_of(*marked)
    if not roles:
        return None
    titles = [t for t in _texts(box) if t and t.upper() != "X"]
    title = titles[0] if titles and ("Officer" in roles or "Other" in roles) else None
    title = own.title_from_remarks(title, remarks)
    shown = " ".join(f"X {c}" for c in checked) + (f" {title}" if title else "")
    if _checkbox(root, _SECTION16):
        shown += " X no longer subject to Section 16"
    return Position(
        holder=owner,
        organization=issuer,
        roles=roles,
        evidence=evidence(shown),
        title=title,
        as_of=as_of,
    )


def _checkbox(root: Any, label: str) -> bool | None:
    """A check box printed as a one-cell table just before its label cell (or, on a page
    laid out the other way, just after it): True when it holds a mark ("X", "[X]", "(X)",
    a check mark), False when empty, None when absent."""
    for cell in _CELL(root, label=label):
        for mark in (cell.getprevious(), cell.getnext()):
            if mark is not None and mark.tag == "td":
                return _TICK.fullmatch(fold(mark.text_content())) is not None
    return None


def _footnotes(root: Any) -> tuple[dict[str, str], str | None]:
    """ "Explanation of Responses": numbered notes, then "Remarks"."""
    cells = _CELL(root, label="Explanation of Responses")
    if not cells:
        return {}, None
    notes: dict[str, str] = {}
    remarks: list[str] = []
    in_remarks = False
    for cell in cells[0].getparent().itersiblings():
        text = fold(cell.text_content())
        if text.startswith("Remarks"):
            in_remarks = True
            continue
        match = _NOTE.match(text)
        if in_remarks:
            remarks.append(text)
        elif match:
            notes[match.group(1)] = fold(match.group(2))
    return notes, " ".join(r for r in remarks if r) or None


def _signatures(root: Any, owners: tuple[EntityRef, ...]) -> tuple[list[Fact], list[date]]:
    """Signature lines sit in the rows above "** Signature of Reporting Person"."""
    facts: list[Fact] = []
    dates: list[date] = []
    for cell in _CELL(root, label="Signature of Reporting Person"):
        for row in cell.getparent().itersiblings(preceding=True):
            values = _texts(row)
            if not values or not values[0]:
                break
            when = parse_date(values[1]) if len(values) > 1 else None
            dates.extend([when] if when else [])
            fact = signers.signature(values[0], owners, when, evidence(" ".join(values)))
            if fact is not None:
                facts.append(fact)
    facts.reverse()
    return facts, dates
