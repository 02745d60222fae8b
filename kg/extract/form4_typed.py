"""Forms 3, 4 and 5 typed as plain text before 2003, with pipe-drawn tables.

Before ownership XML, filing agents typed the form: numbered boxes ("1. Name and
Address of Reporting Person", "2. Issuer Name and Ticker or Trading Symbol",
"4. Statement for Month/Year", ...), check boxes written "(X) Director ( ) 10%
Owner", Tables I and II drawn with "|" and rules (their columns found in
``kg.extract.form4_typed_tables``, their cells read in ``form4_typed_cells``),
the "Explanation of Responses" and the signature (``form4_typed_notes``).
Boxes are found by their labels, never their numbers (Form 3 numbers them
differently); boxes typed side by side in a grid of pipes are read column by
column. Box 1 writes a person "Last, First Middle". A date given as month and
year only ("Statement for Month/Year": "June 1999") is read as that month's last
day, the end of the month the statement covers. Joint filers beyond box 1's
person are not read (the typed form lists them on attached pages of no set form).
"""

from __future__ import annotations

import dataclasses
import re
from collections import Counter
from dataclasses import dataclass, field
from datetime import date

from kg.errors import MalformedDocumentError
from kg.extract import _ownership as own
from kg.extract import form4_typed_cells as cells
from kg.extract import form4_typed_notes as form_end
from kg.extract import form4_typed_tables as tables
from kg.extract.common import company_ref, evidence, fold
from kg.extract.form4_text_names import care_of, owner_ref, parse_address
from kg.ingest import RawDocument
from kg.model import (
    Address,
    DocumentInfo,
    EntityFacts,
    EntityRef,
    Extraction,
    Fact,
    Position,
    Role,
    Shareholding,
    Transaction,
)

KIND = "form4_typed"

_HEADINGS = (
    "STATEMENT OF CHANGES IN BENEFICIAL OWNERSHIP",  # Form 4, and Form 5's "ANNUAL ..."
    "INITIAL STATEMENT OF BENEFICIAL OWNERSHIP",  # Form 3
    "ANNUAL STATEMENT OF BENEFICIAL OWNERSHIP",  # Form 5
)
# The boxes by their labels, each after an optional box number ("4." or "4)").
_LABELS: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (name, re.compile(r"^\s*(?:\d{1,2}\s*[.)]\s*)?" + pattern, re.I))
    for name, pattern in (
        ("owner", r"Name\s+and\s+Address\s+of\s+Reporting\s+Person(?:\(s\))?\s*\**"),
        ("issuer", r"Issuer\s+Name\s+and\s+Ticker\s+or\s+Trading\s+Symbol"),
        ("irs", r"I\.?\s*R\.?\s*S\.?\s+(?:or\s+Social|Identification).*"),
        ("period", r"Statement\s+for\s+Month\s*/\s*(?:Day\s*/\s*)?Year"),
        ("period", r"Statement\s+for\s+Issuer'?s\s+Fiscal\s+Year\s+Ended"),
        ("period", r"Date\s+of\s+Event\s+Requiring\s+Statement"),
        ("amendment", r"If\s+Amendment,?\s+Date\s+of\s+Original(?:\s+Filed)?"),
        ("relationship", r"Relationship\s+of\s+Reporting\s+Person(?:\(?s\)?)?\s+to\s+Issuer"),
        ("filing", r"Individual\s+or\s+Joint\s*/\s*Group\s+(?:Filing|Reporting)"),
    )
)
# Captions under or beside a box's content, never content themselves.
_CAPTION = re.compile(
    r"\((?:Last|First|Middle|Street|City|State|Zip|Month\s*/\s*(?:Day\s*/\s*)?Year|Voluntary"
    r"|Check\s+all\s+applicable|Check\s+Applicable\s+Line)\)|^\s*[*:]+",
    re.I,
)
_CITY = re.compile(r"^(.*?),?\s+([A-Z]{2})\.?,?\s+(\d{5}(?:-\d{4})?)$")
_ZIP = re.compile(r"\b\d{5}(?:-\d{4})?$")
_HOME = frozenset({"USA", "US", "UNITED STATES", "UNITED STATES OF AMERICA"})
_ROLE_ORDER: tuple[Role, ...] = ("Director", "Officer", "TenPercentOwner", "Other")
_ROLE_WORDS: tuple[tuple[Role, str], ...] = (
    ("Director", r"Director"),
    ("TenPercentOwner", r"10\s*%\s*Owner"),
    ("Officer", r"Officer"),
    ("Other", r"Other"),
)
# A check box as typed: "(X)", "[x]", "_X_", "X", a check mark, or left blank "( )", "[ ]", "___".
_BOX = r"[(\[]\s*[Xx✓✔☒]?\s*[)\]]|_*[Xx✓✔☒]_*|_{2,}"
_MARKED = re.compile(r"(?:^|[\s(\[_])[Xx✓✔☒][\s)\]_]*$")
_ASIDE = re.compile(r"\((?:give\s+title\s+below|specify\s+below|check\s+all\s+applicable)\)", re.I)
# The Section 16 box: its mark typed before the label, or after the label's end ("... See
# Instruction 1(b). [X]", the label wrapped over lines as typed).
_EXIT = re.compile(
    rf"(?P<mark>{_BOX})?[ \t]*Check\s+(?:this\s+)?box\s+if\s+no\s+longer\s+subject"
    r"(?:\s+to\s+Section\s+16\b\.?)?(?:\s+Form\s+4\s+or\s+Form\s+5\s+obligations\s+may"
    r"\s+continue\.?)?(?:\s+See\s+Instructions?\s+1\s*\(b\)\.?)?"
    rf"(?:[ \t]*(?P<after>{_BOX})(?!\w))?",
    re.I,
)
_HOLDINGS = re.compile(rf"(?P<mark>{_BOX})?[ \t]*Form\s+3\s+Holdings\s+Reported", re.I)
_TRADES = re.compile(rf"(?P<mark>{_BOX})?[ \t]*Form\s+4\s+Transactions\s+Reported", re.I)
# A ticker in capitals: "(ACME)", "[ACME]", "Symbol: ACME", "NYSE: ACME", after the name.
_SYMBOL = r"(?-i:[A-Z][A-Z0-9.]{0,6})"
_MARKET = r"NYSE|NASDAQ|AMEX|OTC\w*"
_TICKER = re.compile(
    rf"^(?P<name>.*?)[\s,;:/-]*(?:[(\[]\s*(?:(?:{_MARKET})\s*[:-]?\s*)?(?P<t1>{_SYMBOL})\s*[)\]]"
    rf"|(?:Ticker|Trading)?\s*Symbol\s*:?\s*(?P<t2>{_SYMBOL})|(?:{_MARKET})\s*[:-]\s*(?P<t3>{_SYMBOL}))"
    r"\s*$",
    re.I,
)
# The fields of a row a holding line keeps (its shares are the amount owned after).
_HOLDING = frozenset(f.name for f in dataclasses.fields(Shareholding)) - {"shares", "as_of"}


@dataclass
class _Filing:
    """What the boxes say, shared by every row of the tables."""

    form_type: str
    issuer: EntityRef
    owner: EntityRef
    period: date | None
    footnotes: dict[str, str] = field(default_factory=dict)


def detect(doc: RawDocument) -> bool:
    """The form's heading, its "Reporting Person" (box 1's label may be cut in two by a grid
    of boxes), and a "Table I"/"Table II" drawn with pipes, which the rendered form has not."""
    if "<ownershipDocument" in doc.text[:4096]:
        return False
    text = doc.plain_text
    upper = text.upper()
    if "REPORTING PERSON" not in upper or not any(h in upper for h in _HEADINGS):
        return False
    return tables.has_pipe_table(text)


def extract(doc: RawDocument) -> Extraction:
    """Boxes, Tables I and II, footnotes and the signature of one typed Form 3, 4 or 5."""
    lines = tables.prepare(doc.plain_text)
    first_table = next((i for i, ln in enumerate(lines) if tables.is_title(ln)), len(lines))
    head, tail = _unbox(lines[:first_table]), lines[first_table:]
    boxes = _boxes(head)
    try:
        filing, facts = _read(doc, boxes, "\n".join(head))
        filing.footnotes = form_end.footnotes(tail)
        facts.extend(_row_fact(filing, shown, row) for shown, row in tables.read_tables(tail))
        signature = form_end.signature(tail, filing.owner)
    except (ValueError, IndexError, ArithmeticError) as exc:  # a cut-off box or row
        raise MalformedDocumentError(doc.name, f"unreadable typed Form 3/4/5: {exc}") from exc
    info = DocumentInfo(
        form_type=filing.form_type,
        date=signature.date if signature else None,
        period_of_report=filing.period,
        subject=filing.issuer,
        original_filing_date=cells.month_date(" ".join(boxes.get("amendment", []))),
        not_subject_to_section16=_exit_box("\n".join(head)),
        form3_holdings_reported=_typed_box(_HOLDINGS, "\n".join(head)),
        form4_transactions_reported=_typed_box(_TRADES, "\n".join(head)),
    )
    return Extraction(kind=KIND, document=info, facts=(*facts, *([signature] if signature else [])))


# ---------------------------------------------------------------- the boxes


def _unbox(lines: list[str]) -> list[str]:
    """Boxes typed side by side in a grid of pipes, laid one under the other:
    each band between rules is cut at the pipes most of its lines share."""
    out: list[str] = []
    band: list[str] = []
    for line in [*lines, ""]:
        if "|" in line and not tables.is_rule(line):
            band.append(line)
            continue
        if band:
            counts = Counter(i for ln in band for i, c in enumerate(ln) if c == "|")
            cuts = sorted(i for i, n in counts.items() if 2 * n >= len(band))
            width = max(len(ln) for ln in band)
            out.extend(
                ln[a:b].replace("|", " ") for a, b in tables.spans(cuts, width) for ln in band
            )
            band = []
        out.append(line)
    return out[:-1]


def _label_at(lines: list[str], i: int) -> tuple[str, str, int] | None:
    """(box, the text after its label, the next line) when a box label starts at line ``i``;
    a label may run on to the next line in a narrow box ("1. Name and Address of" ...)."""
    line = lines[i]
    for name, pattern in _LABELS:
        if match := pattern.match(line):
            return name, line[match.end() :], i + 1
    if i + 1 < len(lines) and re.match(r"^\s*\d{1,2}\s*[.)]\s*[A-Za-z]", line):
        joined = f"{line.rstrip()} {lines[i + 1].strip()}"
        for name, pattern in _LABELS:
            match = pattern.match(joined)
            if match and match.end() > len(line.rstrip()):
                return name, joined[match.end() :], i + 2
    return None


def _boxes(lines: list[str]) -> dict[str, list[str]]:
    """Box name -> its content lines (folded, captions and rules dropped), to the next label."""
    boxes: dict[str, list[str]] = {}
    current: list[str] | None = None
    resume = 0
    for i, line in enumerate(lines):
        if i < resume:
            continue
        resume = i + 1
        found = _label_at(lines, i)
        if found is not None:
            name, line, resume = found
            current = []
            boxes.setdefault(name, current)  # a label seen again (a repeated page) adds nothing
        text = fold(_CAPTION.sub(" ", line))
        if current is not None and text and not tables.is_rule(text):
            current.append(text)
    return boxes


def _form_type(head: str, amended: bool) -> str:
    """The heading's "FORM 4" ("/A" when box "If Amendment" has a date, or the heading says so)."""
    match = re.search(r"\bFORM\s+([345])\b", head, re.I)
    upper = head.upper()
    kind = next((n for word, n in (("INITIAL", "3"), ("ANNUAL", "5")) if word in upper), "4")
    number = match.group(1) if match else kind
    if re.search(r"\bFORM\s+[345]\s*/\s*A\b", head, re.I):
        amended = True
    return number + ("/A" if amended else "")


def _exit_box(head: str) -> bool | None:
    """Forms 4 and 5: "( ) Check this box if no longer subject to Section 16"; else None."""
    match = _EXIT.search(head)
    if match is None:
        return None
    marks = f"{match.group('mark') or ''} {match.group('after') or ''}"
    return bool(re.search(r"[Xx✓✔☒]", marks))


def _typed_box(pattern: re.Pattern[str], head: str) -> bool | None:
    """Form 5: "( ) Form 3 Holdings Reported" and its "Form 4 Transactions" twin; else None."""
    match = pattern.search(head)
    if match is None:
        return None
    return bool(re.search(r"[Xx✓✔☒]", match.group("mark") or ""))


def _owner_box(box: list[str]) -> tuple[str, str, str, str | None]:
    """Box 1: the name, the street lines, the "City, ST Zip" line and a foreign country."""
    name, *rest = box
    at = next((i for i in range(len(rest) - 1, -1, -1) if _CITY.match(rest[i])), None)
    if at is None:
        at = next((i for i in range(len(rest) - 1, -1, -1) if _ZIP.search(rest[i])), None)
    if at is None:
        return name, " ".join(rest), "", None
    country = fold(" ".join(rest[at + 1 :])).strip(" .,")
    home = country.upper().replace(".", "") in _HOME
    return name, " ".join(rest[:at]), rest[at], (country or None) if not home else None


def _issuer_box(box: list[str]) -> tuple[str, str | None]:
    """Box 2: name and ticker, on one line ("Acme Widgets Corp. (ACME)", "... Symbol: ACME",
    "... NYSE: ACME") or the ticker on a line of its own."""
    text = " ".join(box)
    if len(box) >= 2 and re.fullmatch(r"[A-Z][A-Z0-9.]{0,6}", box[-1]):
        text = f"{' '.join(box[:-1])} ({box[-1]})"
    match = _TICKER.match(text)
    if match is None:
        return text, None
    ticker = match.group("t1") or match.group("t2") or match.group("t3")
    return match.group("name"), own.ticker(ticker)


def _roles(text: str) -> tuple[tuple[Role, ...], str | None]:
    """Box "Relationship": which of Director, 10% Owner, Officer, Other is marked (the mark
    typed before the label, in whatever order the labels come), and the title typed with
    them (what is left once the labels, boxes and asides are taken out)."""
    found = sorted(
        (match.start(), match.end(), role)
        for role, word in _ROLE_WORDS
        if (match := re.search(rf"(?<![\w%])({word})\b", text, re.I))
    )
    marked: set[Role] = set()
    rest, end = "", 0
    for start, stop, role in found:
        if _MARKED.search(text[end:start].rstrip()):
            marked.add(role)
        rest, end = f"{rest} {text[end:start]}", stop
    rest = re.sub(rf"{_BOX}|(?<!\w)[Xx✓✔☒](?!\w)|-{{3,}}", " ", _ASIDE.sub(" ", rest + text[end:]))
    title = fold(rest).strip(" -:,") or None
    chosen = tuple(r for r in _ROLE_ORDER if r in marked)
    return chosen, title if {"Officer", "Other"} & marked else None


# ---------------------------------------------------------------- facts


def _read(doc: RawDocument, boxes: dict[str, list[str]], head: str) -> tuple[_Filing, list[Fact]]:
    """The filing's parties and what the boxes say of them: issuer, owner, position."""
    owner_box, issuer_box = boxes.get("owner"), boxes.get("issuer")
    if not owner_box or not issuer_box:
        raise MalformedDocumentError(doc.name, "no reporting person name or no issuer name")
    name, street, city_line, country = _owner_box(owner_box)
    issuer_name, ticker = _issuer_box(issuer_box)
    in_care, street = care_of(street, issuer_name)
    issuer = company_ref(issuer_name, aliases=(in_care,) if in_care else ())
    address = parse_address(street.strip(" ,"), city_line)
    if address is not None and country:
        address = Address(address.street, address.city, address.state, address.postal_code, country)
    owner = owner_ref(cells.MARKER.sub(" ", name).strip(" *,"))
    amended = cells.month_date(" ".join(boxes.get("amendment", []))) is not None
    filing = _Filing(
        form_type=_form_type(head, amended),
        issuer=issuer,
        owner=owner,
        period=cells.month_date(" ".join(boxes.get("period", []))),
    )
    addresses = (address,) if address else ()
    facts: list[Fact] = [
        EntityFacts(
            entity=issuer,
            evidence=evidence(" ".join(issuer_box)),
            ticker=ticker,
            addresses=addresses if in_care else (),
        ),
        EntityFacts(entity=owner, evidence=evidence(" ".join(owner_box)), addresses=addresses),
    ]
    relationship = " ".join(boxes.get("relationship", []))
    roles, title = _roles(relationship)
    if roles:
        shown = evidence(relationship)
        facts.append(Position(owner, issuer, roles, shown, title=title, as_of=filing.period))
    return filing, facts


def _row_fact(filing: _Filing, lines: list[str], row: dict[str, object]) -> Fact:
    """A row with a transaction code is a Transaction (never on Form 3); else a holding,
    whose shares are those owned after. Evidence: the row's lines as typed."""
    cited = [filing.footnotes.get(n) for n in cells.MARKER.findall(" ".join(lines))]
    notes = tuple(dict.fromkeys(n for n in cited if n))
    shown = evidence(" ".join(lines))
    if row["transaction_code"] and not filing.form_type.startswith("3"):
        plan = True if any(own.mentions_10b5_1_plan(n) for n in notes) else None
        return Transaction(
            reporting_owner=filing.owner,
            issuer=filing.issuer,
            evidence=shown,
            footnotes=notes,
            under_plan_10b5_1=plan,
            **row,  # type: ignore[arg-type]
        )
    held = {k: v for k, v in row.items() if k in _HOLDING}
    return Shareholding(
        holder=filing.owner,
        issuer=filing.issuer,
        evidence=shown,
        as_of=filing.period,
        shares=row["shares_owned_after"],  # type: ignore[arg-type]
        footnotes=notes,
        **held,  # type: ignore[arg-type]
    )
