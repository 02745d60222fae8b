"""Forms 3, 4 and 5 printed to PDF from EDGAR and dumped to text.

The layout is the SEC's rendering of the form: numbered boxes ("1. Name and
Address of Reporting Person", "2. Issuer Name and Ticker or Trading Symbol",
...), Table I (non-derivative) and Table II (derivative) with one tab-separated
line per row (or spaces for tabs, see ``kg.extract.form4_text_spaces``), the
"Reporting Owners" table, the signature block and the "Explanation of Responses"
footnotes. The check boxes above box 1 (no longer subject to Section 16, Form 5's
two, the 2023 form's Rule 10b5-1(c) box) are statements about the filing. Boxes
are found by their labels, never by their numbers, because Form 3 numbers them
differently from Forms 4 and 5.
Joint filers (box 6 "Form filed by More than One Reporting Person") are the
rows of the Reporting Owners table after box 1's person; every row of Tables I
and II is reported for each of them, as the XML copy of the filing reads. The
rows of Tables I and II are read in ``kg.extract.form4_text_tables``; names
(box 1, the signature block) in ``kg.extract.form4_text_names``, the Reporting
Owners table in ``kg.extract.form4_text_owners``; the boxes are found in
``kg.extract.form4_text_boxes``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from kg.errors import MalformedDocumentError
from kg.extract import _ownership as own
from kg.extract.common import company_ref, evidence, fold, parse_date
from kg.extract.form4_text_boxes import box, box_lines, footnotes, join_wrapped_labels, section
from kg.extract.form4_text_names import (
    DATE,
    care_of,
    norm,
    owner_ref,
    parse_address,
    read_signatures,
    signature_block,
    split_owner_box,
)
from kg.extract.form4_text_owners import OwnerRow, owner_rows, row_address, split_owner_cell
from kg.extract.form4_text_tables import table_facts, unescape
from kg.ingest import RawDocument
from kg.ingest.printed import page_lines
from kg.model import (
    Address,
    DocumentInfo,
    EntityFacts,
    EntityRef,
    Extraction,
    Fact,
    Position,
    Role,
)

KIND = "form4_text"

_HEADINGS = (
    "STATEMENT OF CHANGES IN BENEFICIAL OWNERSHIP",  # Form 4 (and Form 5's "ANNUAL ...")
    "INITIAL STATEMENT OF BENEFICIAL OWNERSHIP",  # Form 3
)
# Form 4: earliest transaction; Form 3: event requiring statement; Form 5: fiscal year end.
_PERIOD_BOXES = ("Date of Earliest Transaction", "Date of Event Requiring", "Statement for")
# Box 5 of Form 4 (box 4 of Form 3): the four relationship check boxes.
_ROLE_LABELS: tuple[tuple[Role, str], ...] = (
    ("Director", r"Director"),
    ("TenPercentOwner", r"10\s?%\s*Owner"),
    ("Officer", r"Officer(?:\s*\(give title below\))?"),
    ("Other", r"Other(?:\s*\(specify below\))?"),
)
_BLANK = r"(?:_{2,}|\(\s*\)|\[\s*\]|☐)"
_MARK = r"(?:\(\s*[Xx✓✔]\s*\)|\[\s*[Xx✓✔]\s*\]|[Xx✓✔☒])"
# The 2023 form's check box above the boxes: a trade under a Rule 10b5-1(c) plan.
_PLAN_BOX = re.compile(
    rf"(?m)^[ \t]*(?P<mark>{_MARK}|{_BLANK})?[ \t]*Check\s+this\s+box\s+to\s+indicate\s+that"
    r"\s+a\s+transaction\s+was\s+made\s+pursuant"
)
# Forms 4 and 5: the box ticked when the person is no longer subject to Section 16. The
# mark is printed before the label, alone on the line above it, or after the label's end.
_SECTION16 = re.compile(
    rf"(?m)(?:^[ \t]*(?P<above>{_MARK})[ \t]*\n(?:[ \t]*\n)?)?"
    rf"^[ \t]*(?P<mark>{_MARK}|{_BLANK})?[ \t]*Check\s+(?:this\s+)?box\s+if\s+no\s+longer\s+subject"
    r"\s+to\s+Section\s+16\b\.?(?:\s+Form\s+4\s+or\s+Form\s+5\s+obligations\s+may\s+continue\.?)?"
    r"(?:\s+See\s+Instructions?\s+1\s*\(b\)\.?)?"
    rf"(?:[ \t]*(?P<after>{_MARK}|{_BLANK})(?!\w))?"
)
# Form 5's check boxes under the Section 16 box, each on its own line.
_FORM5_BOXES = {
    label: re.compile(rf"(?m)^[ \t]*(?P<mark>{_MARK}|{_BLANK})?[ \t]*{label}\s+Reported")
    for label in (r"Form\s+3\s+Holdings", r"Form\s+4\s+Transactions")
}
# ekg's order of the relationship boxes, the order the XML and HTML readers give.
_ROLE_ORDER: tuple[Role, ...] = ("Director", "Officer", "TenPercentOwner", "Other")


@dataclass(frozen=True)
class _Owner:
    """A reporting person: box 1 for the first, a Reporting Owners row for each."""

    ref: EntityRef
    text: str
    address: Address | None
    row: OwnerRow | None


@dataclass
class _Form:
    """What the boxes say, before it becomes fact records."""

    form_type: str
    owner: EntityRef
    owner_text: str
    issuer: EntityRef
    issuer_text: str
    ticker: str | None
    period: date | None
    owner_address: Address | None
    issuer_address: Address | None
    relationship_text: str
    first_row: OwnerRow | None = None
    original_filed: date | None = None
    plan_flag: bool | None = None  # the Rule 10b5-1(c) check box of the 2023 form
    form5_boxes: tuple[bool | None, bool | None] = (None, None)  # Form 3 holdings, Form 4 trades
    section16_exit: bool | None = None  # "no longer subject to Section 16" (Forms 4 and 5)
    remarks: str | None = None
    others: list[_Owner] = field(default_factory=list)
    footnotes: dict[str, str] = field(default_factory=dict)

    @property
    def owners(self) -> tuple[EntityRef, ...]:
        return (self.owner, *(o.ref for o in self.others))


def detect(doc: RawDocument) -> bool:
    """The form's heading and its box 1, and not the XML ownershipDocument."""
    if "<ownershipDocument" in doc.text[:4096]:
        return False
    text = doc.plain_text.upper()
    if "REPORTING" not in text:
        return False
    text = fold(text)  # a narrow print wraps a label onto a second line
    return any(h in text for h in _HEADINGS) and "NAME AND ADDRESS OF REPORTING PERSON" in text


def extract(doc: RawDocument) -> Extraction:
    """Boxes 1 to 6, Tables I and II, the Reporting Owners table, signatures and footnotes."""
    # A table or a list of owners runs on across pages; a narrow print wraps box labels.
    lines = join_wrapped_labels(page_lines(doc.plain_text))
    _check_layout(doc, lines)
    try:
        form = _read_boxes(doc, lines)
        facts = _facts(form, lines)
        signatures = read_signatures(lines, form.owners)
    except (ValueError, IndexError, ArithmeticError) as exc:  # a cut-off box or row
        raise MalformedDocumentError(doc.name, f"unreadable Form 3/4/5 text: {exc}") from exc
    info = DocumentInfo(
        form_type=form.form_type,
        date=max((s.date for s in signatures if s.date), default=None),  # the last to sign
        period_of_report=form.period,
        subject=form.issuer,
        original_filing_date=form.original_filed,
        not_subject_to_section16=form.section16_exit,
        form3_holdings_reported=form.form5_boxes[0],
        form4_transactions_reported=form.form5_boxes[1],
    )
    return Extraction(kind=KIND, document=info, facts=(*facts, *signatures))


def _check_layout(doc: RawDocument, lines: list[str]) -> None:
    """Refuse what this reader cannot read rather than emit garbage."""
    text = "\n".join(lines)
    if "name and address of reporting person" not in text.lower():
        raise MalformedDocumentError(doc.name, "no box 'Name and Address of Reporting Person'")
    if "(Last)" not in text:
        # Pre-2003 filings typed the form by hand: "Statement for Month/Year", "( ) Director"
        # and pipe-drawn tables whose cells wrap across lines.
        reason = (
            "box 1 has no '(Last) (First) (Middle)' caption: not the EDGAR-rendered Form 3/4/5"
            " layout (a pre-2003 typed form with pipe-drawn tables, or a truncated document)"
        )
        raise MalformedDocumentError(doc.name, reason)


# ---------------------------------------------------------------- the boxes


def _read_boxes(doc: RawDocument, lines: list[str]) -> _Form:
    owner_lines = box_lines(lines, "Name and Address of Reporting Person") or []
    owner_box = [fold(b) for b in owner_lines if fold(b)]
    name_raw, street_raw, city_line = split_owner_box(owner_lines)
    issuer_box = box(lines, "Issuer Name and Ticker")
    if not name_raw or not issuer_box:
        raise MalformedDocumentError(doc.name, "no reporting person name or no issuer name")
    issuer_text = " ".join(issuer_box)
    match = re.match(r"^(.*?)\s*\[\s*([^\]]*?)\s*\]", issuer_text)
    issuer_name = match.group(1) if match else issuer_text
    ticker = own.ticker(match.group(2)) if match else None
    in_care, street = care_of(street_raw, issuer_name)
    issuer = company_ref(issuer_name, aliases=(in_care,) if in_care else ())
    address = parse_address(street, city_line)
    period = next((_box_date(lines, label) for label in _PERIOD_BOXES if box(lines, label)), None)
    form = _Form(
        form_type=_form_type(lines),
        owner=owner_ref(name_raw),
        owner_text=" ".join(owner_box),
        issuer=issuer,
        issuer_text=issuer_text,
        ticker=ticker,
        period=period,
        owner_address=address,
        issuer_address=address if in_care else None,
        relationship_text=" ".join(box(lines, "Relationship of Reporting Person") or []),
    )
    form.footnotes = footnotes(lines)
    form.original_filed = _box_date(lines, "If Amendment")
    _read_check_boxes(form, lines[:80])
    form.remarks = unescape(" ".join(box(lines, "Remarks:") or [])) or None
    _read_owner_table(lines, form, street_raw, city_line)
    return form


def _read_check_boxes(form: _Form, head: list[str]) -> None:
    """The check boxes printed above box 1: the 2023 form's Rule 10b5-1(c) box, the Section
    16 box of Forms 4 and 5, and Form 5's two boxes under it."""
    form.plan_flag = _marked(_PLAN_BOX, head)
    form.section16_exit = _marked(_SECTION16, head)
    holdings, trades = (_marked(pattern, head) for pattern in _FORM5_BOXES.values())
    form.form5_boxes = (holdings, trades)


def _marked(pattern: re.Pattern[str], lines: list[str]) -> bool | None:
    """A check box by its label: True when marked, False when blank, None when not printed."""
    found = pattern.search("\n".join(lines))
    if found is None:
        return None
    marks = [m for m in found.groupdict().values() if m]
    return any(not re.fullmatch(_BLANK, m) for m in marks)


def _read_owner_table(lines: list[str], form: _Form, street: str, city_line: str) -> None:
    """The Reporting Owners table: box 1's person's row, and one row per joint filer."""
    rows = owner_rows(lines)
    keys = {norm(a) for a in (form.owner.name, *form.owner.aliases)}
    first = next((r for r in rows if any(k and norm(r.cell).startswith(k) for k in keys)), None)
    form.first_row = first or (rows[0] if len(rows) == 1 else None)
    known = f"{street} {city_line}".strip()
    named = _named_words(lines, form)
    for row in rows:
        if row is form.first_row:
            continue
        name, rest = split_owner_cell(row.cell, known, named)
        if not name:
            continue
        same = known and norm(rest) == norm(known)
        address = form.owner_address if same else row_address(rest, city_line)
        form.others.append(_Owner(owner_ref(name), evidence(row.line), address, row))


def _named_words(lines: list[str], form: _Form) -> frozenset[str]:
    """The words of the signatures, the notes and the remarks, where joint filers are named."""
    block = signature_block(lines)
    texts = [*(lines[block[0] : block[1]] if block else ()), *form.footnotes.values()]
    return frozenset(norm(w) for t in (*texts, form.remarks or "") for w in t.split())


def _box_date(lines: list[str], label: str) -> date | None:
    match = DATE.search(" ".join(box(lines, label) or []))
    return parse_date(match.group(0)) if match else None


def _form_type(lines: list[str]) -> str:
    """The heading's "FORM 4"; "/A" when box "If Amendment, Date Original Filed" has a date."""
    head = "\n".join(lines[:60])
    match = re.search(r"\bFORM\s+([345])\b", head) or re.search(r"\bForm\s+([345])\b", head)
    if match:
        number = match.group(1)
    else:
        number = "3" if "INITIAL STATEMENT" in head.upper() else "5" if "ANNUAL" in head else "4"
    amended = DATE.search(" ".join(box(lines, "If Amendment") or [])) or re.search(
        r"\bFORM\s+[345]\s*/\s*A\b", head, re.I
    )
    return number + ("/A" if amended else "")


# ---------------------------------------------------------------- relationship


def _box_roles(text: str) -> tuple[list[Role], str | None]:
    """Checked boxes: "X Director", or no "___" blank where the form prints blanks."""
    text = re.sub(r"\(Check all applicable\)", "", text, flags=re.I).strip()
    uses_blanks = re.search(_BLANK, text) is not None
    roles: list[Role] = []
    end = 0
    for role, label in _ROLE_LABELS:
        match = re.search(rf"(?<![\w%])({label})", text[end:], re.I)
        if not match:
            continue
        before = text[: end + match.start()].rstrip()
        end += match.end()
        marked = re.search(_MARK + r"$", before) and not re.search(r"\w[Xx]$", before)
        if marked or (uses_blanks and not re.search(_BLANK + r"$", before)):
            roles.append(role)
    title = fold(text[end:]).strip(" -") or None
    return roles, title


# ---------------------------------------------------------------- facts


def _facts(form: _Form, lines: list[str]) -> list[Fact]:
    """The issuer, each reporting person with its position, then the rows of both tables."""
    facts: list[Fact] = [
        EntityFacts(
            entity=form.issuer,
            evidence=evidence(form.issuer_text),
            ticker=form.ticker,
            addresses=(form.issuer_address,) if form.issuer_address else (),
        ),
        EntityFacts(
            entity=form.owner,
            evidence=evidence(form.owner_text),
            addresses=(form.owner_address,) if form.owner_address else (),
        ),
    ]
    roles, title = _box_roles(form.relationship_text)
    row = form.first_row
    if row is not None:  # the table's cells are a second reading of box 5
        roles, title = [*roles, *row.roles], row.title or title
    facts.extend(_position(form, form.owner, roles, title, form.relationship_text))
    for other in form.others:
        addresses = (other.address,) if other.address else ()
        facts.append(EntityFacts(entity=other.ref, evidence=other.text, addresses=addresses))
        if other.row is not None:
            roles, title, shown = list(other.row.roles), other.row.title, other.row.line
            facts.extend(_position(form, other.ref, roles, title, shown))
    for label, derivative in (("Table I", False), ("Table II", True)):
        facts.extend(table_facts(section(lines, label), derivative, form))
    return facts


def _position(
    form: _Form, holder: EntityRef, roles: list[Role], title: str | None, shown: str
) -> list[Position]:
    """Box 5 (box 4 of Form 3) of one reporting person; "See Remarks" read from the Remarks."""
    chosen = tuple(r for r in _ROLE_ORDER if r in roles)
    if not chosen:
        return []
    title = title if {"Officer", "Other"} & set(chosen) else None
    if len(form.owners) == 1:  # joint filers' remarks may name several titles
        title = own.title_from_remarks(title, form.remarks)
    position = Position(
        holder=holder,
        organization=form.issuer,
        roles=chosen,
        evidence=evidence(shown),
        as_of=form.period,
        title=title,
    )
    return [position]
