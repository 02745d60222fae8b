"""Forms 3, 4 and 5 printed to PDF from EDGAR and dumped to text.

The layout is the SEC's rendering of the form: numbered boxes ("1. Name and
Address of Reporting Person", "2. Issuer Name and Ticker or Trading Symbol",
...), Table I (non-derivative) and Table II (derivative) with one tab-separated
line per row, the "Reporting Owners" table, the signature block and the
"Explanation of Responses" footnotes. Boxes are found by their labels, never by
their numbers, because Form 3 numbers them differently from Forms 4 and 5.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from kg.errors import MalformedDocumentError
from kg.extract.common import company_ref, evidence, fold, parse_date, parse_decimal, person_ref
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
    Signature,
    Transaction,
)

KIND = "form4_text"

_HEADINGS = (
    "STATEMENT OF CHANGES IN BENEFICIAL OWNERSHIP",  # Form 4 (and Form 5's "ANNUAL ...")
    "INITIAL STATEMENT OF BENEFICIAL OWNERSHIP",  # Form 3
)
# Every box and section label of the form (whole, so that none of it is read as
# content); a box's content runs to the next label.
_BOX = re.compile(
    r"^\s*(?:\d{1,2}[A-Z]?\.\s*)?(Name\s+and\s+Address\s+of\s+Reporting\s+Person\s*\*?"
    r"|Issuer\s+Name\s+and\s+Ticker\s+or\s+Trading\s+Symbol|Date\s+of\s+Earliest\s+Transaction"
    r"|Date\s+of\s+Event\s+Requiring\s+Statement|Statement\s+for\s+(?:Issuer'?s\s+Fiscal\s+Year\s+Ended"
    r"|Month/(?:Day/)?Year)"
    r"|If\s+Amendment,\s+Date\s+(?:of\s+)?Original\s+Filed"
    r"|Relationship\s+of\s+Reporting\s+Person\(?s?\)?\s+to\s+Issuer"
    r"|Individual\s+or\s+Joint/Group\s+Filing|I\.?R\.?S\.?\s+Identification"
    r"|Table\s+I\b|Table\s+II\b|Reporting\s+Owners|Signatures\s*$|Explanation\s+of\s+Responses"
    r"|Remarks:|Reminder:|Note:)(?:\s*\((?:Month/Day/Year|Check\s+Applicable\s+Line)\))?",
    re.I,
)
# Form 4: earliest transaction; Form 3: event requiring statement; Form 5: fiscal year end.
_PERIOD_BOXES = ("Date of Earliest Transaction", "Date of Event Requiring", "Statement for")
_DATE = re.compile(r"\b\d{1,2}/\d{1,2}/\d{2,4}\b")
# Superscript footnote markers ("⁽¹⁾") read as plain ones ("(1)").
_SUPERSCRIPTS = str.maketrans("⁰¹²³⁴⁵⁶⁷⁸⁹⁽⁾", "0123456789()")
_MARKER = re.compile(r"\(\s*(\d{1,2})\s*\)")
_COMPANY_WORDS = re.compile(
    r"\b(?:L\.?L\.?C|L\.?L\.?P|L\.?P|Inc|Incorporated|Corp|Corporation|Company|Co|Ltd|Limited"
    r"|Trust|Fund|Funds|Partners|Partnership|Capital|Holdings?|Group|Management|Advisors"
    r"|Advisers|Associates|Investments?|Ventures|Bank|Foundation|PLC|N\.V|S\.A|AG|GmbH)\b"
    r"|/[A-Z]{2,3}/",
    re.I,
)
_SUFFIX = re.compile(r"^(?:Jr|Sr|II|III|IV|V|M\.?D|Ph\.?D|Esq)\.?$", re.I)
_PARTICLE = re.compile(r"^(?:van|von|de|der|den|del|della|da|di|du|la|le|st\.?)$", re.I)
# Box 5 of Form 4 (box 4 of Form 3): the four relationship check boxes.
_ROLE_LABELS: tuple[tuple[Role, str], ...] = (
    ("Director", r"Director"),
    ("TenPercentOwner", r"10\s?%\s*Owner"),
    ("Officer", r"Officer(?:\s*\(give title below\))?"),
    ("Other", r"Other(?:\s*\(specify below\))?"),
)
_BLANK = r"(?:_{2,}|\(\s*\)|\[\s*\]|☐)"
_MARK = r"(?:\(\s*[Xx✓✔]\s*\)|\[\s*[Xx✓✔]\s*\]|[Xx✓✔☒])"
# Transaction codes that add to a derivative position; the rest take away.
_ACQUIRING_CODES = frozenset({"A", "P", "L", "W", "Z"})


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
    footnotes: dict[str, str] = field(default_factory=dict)


def detect(doc: RawDocument) -> bool:
    """The form's heading and its box 1, and not the XML ownershipDocument."""
    if "<ownershipDocument" in doc.text[:4096]:
        return False
    text = doc.plain_text.upper()
    return any(h in text for h in _HEADINGS) and "NAME AND ADDRESS OF REPORTING PERSON" in text


def extract(doc: RawDocument) -> Extraction:
    """Boxes 1 to 6, Tables I and II, the Reporting Owners table, signatures and footnotes."""
    lines = doc.plain_text.splitlines()
    _check_layout(doc, lines)
    try:
        form = _read_boxes(doc, lines)
        facts = _facts(form, lines)
        signatures = _signatures(lines, form.owner)
    except (ValueError, IndexError, ArithmeticError) as exc:  # a cut-off box or row
        raise MalformedDocumentError(doc.name, f"unreadable Form 3/4/5 text: {exc}") from exc
    info = DocumentInfo(
        form_type=form.form_type,
        date=next((s.date for s in signatures if s.date), None),
        period_of_report=form.period,
        subject=form.issuer,
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


def _box(lines: list[str], label: str) -> list[str] | None:
    """The lines of the box whose label starts with ``label``, or None if absent."""
    for i, line in enumerate(lines):
        match = _BOX.match(line)
        if match and fold(match.group(1)).lower().startswith(label.lower()):
            rest = line[match.end() :].strip(" *\t")
            body = [rest] if rest else []
            for nxt in lines[i + 1 :]:
                if _BOX.match(nxt):
                    break
                body.append(nxt)
            return [fold(b) for b in body if fold(b)]
    return None


def _read_boxes(doc: RawDocument, lines: list[str]) -> _Form:
    owner_box = _box(lines, "Name and Address of Reporting Person") or []
    name_raw, street, city_line = _split_owner_box(owner_box)
    issuer_box = _box(lines, "Issuer Name and Ticker")
    if not name_raw or not issuer_box:
        raise MalformedDocumentError(doc.name, "no reporting person name or no issuer name")
    issuer_text = " ".join(issuer_box)
    match = re.match(r"^(.*?)\s*\[\s*([^\]]*?)\s*\]", issuer_text)
    issuer_name = match.group(1) if match else issuer_text
    ticker = match.group(2) if match and match.group(2).upper() not in {"", "NONE", "N/A"} else None
    care_of, street = _care_of(street, issuer_name)
    issuer = company_ref(issuer_name, aliases=(care_of,) if care_of else ())
    address = _address(street, city_line)
    period = next((_box_date(lines, label) for label in _PERIOD_BOXES if _box(lines, label)), None)
    form = _Form(
        form_type=_form_type(lines),
        owner=_owner_ref(name_raw),
        owner_text=" ".join(owner_box),
        issuer=issuer,
        issuer_text=issuer_text,
        ticker=ticker,
        period=period,
        owner_address=address,
        issuer_address=address if care_of else None,
        relationship_text=" ".join(_box(lines, "Relationship of Reporting Person") or []),
    )
    form.footnotes = _footnotes(lines)
    return form


def _split_owner_box(box: list[str]) -> tuple[str, str, str]:
    """Box 1: name, "(Last) (First) (Middle)", street, "(Street)", city, "(City) (State) (Zip)"."""
    parts: dict[str, list[str]] = {"name": [], "street": [], "city": []}
    current = "name"
    for line in box:
        if line.startswith("(Last)"):
            current = "street"
        elif line.startswith("(Street)"):
            current = "city"
        elif line.startswith("(City)"):
            break
        else:
            parts[current].append(line)
    return tuple(" ".join(parts[k]).strip(" ,") for k in ("name", "street", "city"))  # type: ignore[return-value]


def _care_of(street: str, issuer_name: str) -> tuple[str | None, str]:
    """An owner address "c/o" the issuer: the issuer's name as written, and the street after it."""
    words = re.sub(r"^c/o\s+", "", street, flags=re.I).split()
    target = _norm(issuer_name)
    for i in range(1, len(words)):
        head = " ".join(words[:i])
        if _norm(head) == target and target:
            return head.rstrip(","), " ".join(words[i:])
        if not target.startswith(_norm(head)):
            break
    return None, street


def _norm(text: str) -> str:
    return re.sub(r"[^a-z0-9]", "", text.lower())


def _address(street: str, city_line: str) -> Address | None:
    if not street and not city_line:
        return None
    match = re.match(r"^(.*?),?\s+([A-Z]{2})\s+(\d{5}(?:-\d{4})?)$", city_line)
    if match:
        city, state, postal = match.groups()
        return Address(street=street or None, city=city, state=state, postal_code=postal)
    return Address(street=street or None, city=city_line or None)


def _box_date(lines: list[str], label: str) -> date | None:
    match = _DATE.search(" ".join(_box(lines, label) or []))
    return parse_date(match.group(0)) if match else None


def _form_type(lines: list[str]) -> str:
    """The heading's "FORM 4"; "/A" when box "If Amendment, Date Original Filed" has a date."""
    head = "\n".join(lines[:60])
    match = re.search(r"\bFORM\s+([345])\b", head) or re.search(r"\bForm\s+([345])\b", head)
    if match:
        number = match.group(1)
    else:
        number = "3" if "INITIAL STATEMENT" in head.upper() else "5" if "ANNUAL" in head else "4"
    amended = _DATE.search(" ".join(_box(lines, "If Amendment") or [])) or re.search(
        r"\bFORM\s+[345]\s*/\s*A\b", head, re.I
    )
    return number + ("/A" if amended else "")


def _owner_ref(raw: str) -> EntityRef:
    """Box 1 writes a person "Last First Middle"; a company as it is called."""
    raw = fold(raw)
    if _COMPANY_WORDS.search(raw):
        return company_ref(raw)
    if "," in raw:
        family, _, rest = raw.partition(",")
        tokens = rest.split()
        family_tokens = [family.strip()]
    else:
        tokens = raw.split()
        family_tokens = []
        while len(tokens) > 2 and _PARTICLE.match(tokens[0]):
            family_tokens.append(tokens.pop(0))
        family_tokens.append(tokens.pop(0))
    suffix = [tokens.pop()] if len(tokens) > 1 and _SUFFIX.match(tokens[-1]) else []
    given = tokens[0] if tokens else None
    middle = " ".join(tokens[1:]) or None
    family = " ".join(family_tokens + suffix)
    return person_ref(given, family, middle, raw=raw)


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


def _table_roles(lines: list[str], owner: EntityRef, raw: str) -> tuple[list[Role], str | None]:
    """The "Reporting Owners" table: Director / 10% Owner / Officer / Other columns."""
    start = next((i for i, ln in enumerate(lines) if ln.startswith("Reporting Owner Name")), None)
    if start is None:
        return [], None
    columns: dict[int, Role] = {}
    rows: list[list[str]] = []
    for line in lines[start + 1 :]:
        cells = [fold(c) for c in line.split("\t")]
        if "Director" in cells and not columns:
            names: dict[str, Role] = {
                "Director": "Director",
                "10% Owner": "TenPercentOwner",
                "Officer": "Officer",
                "Other": "Other",
            }
            columns = {i: names[c] for i, c in enumerate(cells) if c in names}
        elif "\t" in line and cells[0]:
            rows.append(cells)
        elif rows or _BOX.match(line):
            break
    keys = {_norm(raw), _norm(owner.name)}
    row = next((r for r in rows if any(k and _norm(r[0]).startswith(k) for k in keys)), None)
    if row is None and len(rows) == 1:
        row = rows[0]
    roles = [role for i, role in columns.items() if row and i < len(row) and row[i]]
    titles = [
        row[i]
        for i, r in columns.items()
        if row and i < len(row) and r in {"Officer", "Other"} and row[i].upper() not in {"", "X"}
    ]
    return roles, titles[0] if titles else None


# ---------------------------------------------------------------- footnotes


def _footnotes(lines: list[str]) -> dict[str, str]:
    """ "Explanation of Responses:" then "(1) ..." (or "1. ..."), continuation lines joined."""
    start = next((i for i, ln in enumerate(lines) if "Explanation of Responses" in ln), None)
    notes: dict[str, str] = {}
    if start is None:
        return notes
    current: str | None = None
    for line in lines[start + 1 :]:
        text = fold(line.translate(_SUPERSCRIPTS)).removeprefix("- ").strip()
        if not text:
            continue
        match = re.match(r"^\(?(\d{1,2})[.)]\s*(.+)$", text)
        if match:
            current = match.group(1)
            notes[current] = match.group(2)
        elif text.startswith("*"):  # the form's own "*" and "**" notes
            current = None
        elif _BOX.match(text):
            break
        elif current:
            notes[current] = f"{notes[current]} {text}"
    return notes


def _cited(texts: list[str], notes: dict[str, str]) -> tuple[str, ...]:
    found: list[str] = []
    for text in texts:
        for number in _MARKER.findall(text.translate(_SUPERSCRIPTS)):
            if number in notes and notes[number] not in found:
                found.append(notes[number])
    return tuple(found)


def _plan_10b5_1(notes: tuple[str, ...]) -> bool | None:
    """True when a cited footnote says the trade was made under a Rule 10b5-1 plan."""
    for note in notes:
        if re.search(r"10b5\s*-\s*1|10b-5-1", note, re.I):
            return not re.search(r"\bnot\b[^.]{0,80}10b-?5", note, re.I)
    return None


# ---------------------------------------------------------------- tables I and II


def _clean(cell: str) -> str:
    """A cell without its footnote markers."""
    return fold(_MARKER.sub(" ", cell.translate(_SUPERSCRIPTS)))


def _section(lines: list[str], label: str) -> list[str]:
    """The lines of "Table I - ..." or "Table II - ..." up to the next section."""
    for i, line in enumerate(lines):
        match = _BOX.match(line)
        if match and fold(match.group(1)).lower() == label.lower():
            end = next(
                (j for j in range(i + 1, len(lines)) if _is_section_end(lines[j])), len(lines)
            )
            return lines[i + 1 : end]
    return []


def _is_section_end(line: str) -> bool:
    match = _BOX.match(line)
    return bool(match) and not match.group(1).lower().startswith(("reminder", "note"))


def _rows(section: list[str], form_type: str) -> tuple[bool, list[str]]:
    """Whether the table reports transactions (Form 4/5) or holdings only (Form 3), and its rows."""
    header = next((ln for ln in section if re.match(r"\s*1\.\s*Title", ln)), "")
    transactional = "transaction date" in header.lower() if "\t" in header else form_type[0] != "3"
    rows = [ln for ln in section if "\t" in ln and ln != header and _is_data(ln.split("\t"))]
    return transactional, rows


def _is_data(cells: list[str]) -> bool:
    """Not a column heading ("Code V Amount (A) or (D) Price"): a value after the title."""
    heading = re.match(r"\d{1,2}[A-Z]?\.\s", cells[0].strip())
    return bool(_clean(cells[0])) and not heading and _di_index(cells) is not None


def _di_index(cells: list[str]) -> int | None:
    """Column "Ownership Form: Direct (D) or Indirect (I)", found from the row's end.

    Every row of both tables has one; a row without it was cut off."""
    for i in range(len(cells) - 1, max(len(cells) - 4, 0), -1):
        if _clean(cells[i]).strip("()") in {"D", "I"}:
            return i
    return None


def _common(cells: list[str], di: int, derivative: bool) -> dict[str, object]:
    return {
        "security_title": _clean(cells[0]),
        "is_derivative": derivative,
        "direct_or_indirect": _clean(cells[di]).strip("()"),
        "nature_of_ownership": _clean(" ".join(cells[di + 1 :])) or None,
        "shares_owned_after": parse_decimal(_clean(cells[di - 1])) if di >= 1 else None,
    }


def _trade(text: str) -> tuple[str | None, object, object]:
    """ "500 A $ 12.50": amount, (A) or (D), price, in that order."""
    amount = price = None
    side: str | None = None
    for token in re.findall(r"\\?\$\s*[\d,]*\.?\d+|[\d,]*\.?\d+|\(?\b[AD]\b\)?", text):
        if token.strip("()") in {"A", "D"}:
            side = side or token.strip("()")
        elif side is None and amount is None and "$" not in token:
            amount = parse_decimal(token)
        elif price is None:
            price = parse_decimal(token)
    return side, amount, price


def _code(cell: str) -> str | None:
    match = re.match(r"^([A-Z])\b", _clean(cell))
    return match.group(1) if match else None


def _table1(cells: list[str], transactional: bool) -> dict[str, object]:
    """Form 4/5: title, date, deemed date, code (V), amount (A)/(D) price, owned, D/I, nature."""
    di = _di_index(cells) or 0
    fields = _common(cells, di, derivative=False)
    if transactional and len(cells) > 4:
        side, amount, price = _trade(_clean(" ".join(cells[4 : di - 1])).removeprefix("V "))
        fields |= {
            "transaction_date": parse_date(_clean(cells[1])),
            "deemed_execution_date": parse_date(_clean(cells[2])),
            "transaction_code": _code(cells[3]),
            "shares": amount,
            "acquired_disposed": side,
            "price_per_share": price,
        }
    return fields


def _underlying(middle: list[str]) -> list[str]:
    """Date exercisable, expiration date, underlying title, underlying amount (right-aligned)."""
    middle = [_clean(c) for c in middle]
    last = re.match(r"^(.*[A-Za-z].*?)\s+([\d,]+(?:\.\d+)?)$", middle[-1]) if middle else None
    if last and len(middle) < 4:  # title and amount printed in one cell
        middle = [*middle[:-1], last.group(1), last.group(2)]
    return [""] * (4 - len(middle)) + middle[-4:]


def _derivative_terms(middle: list[str], conversion: str) -> dict[str, object]:
    exercisable, expiration, title, amount = _underlying(middle)
    return {
        "conversion_or_exercise_price": parse_decimal(_clean(conversion)),
        "exercise_date": parse_date(exercisable),
        "expiration_date": parse_date(expiration),
        "underlying_security_title": title or None,
        "underlying_shares": parse_decimal(amount),
    }


def _table2(cells: list[str], transactional: bool) -> dict[str, object]:
    """Form 4/5: title, conversion price, date, deemed, code, V, (A) (D), exercisable,
    expiration, underlying title and amount, price, owned after, D/I, nature.
    Form 3: title, exercisable, expiration, underlying title and amount, conversion price, D/I."""
    di = _di_index(cells) or 0
    fields = _common(cells, di, derivative=True)
    if not transactional:
        fields["shares_owned_after"] = None
        return fields | _derivative_terms(cells[1 : di - 1], cells[di - 1])
    middle = cells[5 : di - 2]
    numbers = middle[: max(len(middle) - 4, 0)]
    code = _code(cells[4]) if len(cells) > 4 else None
    side, amount, _ = _trade(_clean(" ".join(numbers)).removeprefix("V "))
    filled = [i for i, c in enumerate(numbers[-2:]) if _clean(c).removeprefix("V")]
    if side is None and len(numbers) >= 2 and len(filled) == 1:  # the (A) and (D) columns
        side = "A" if filled[0] == 0 else "D"
    if side is None and code and amount is not None:
        side = "A" if code in _ACQUIRING_CODES else "D"
    return (
        fields
        | _derivative_terms(middle[len(numbers) :], cells[1])
        | {
            "transaction_date": parse_date(_clean(cells[2])) if len(cells) > 2 else None,
            "deemed_execution_date": parse_date(_clean(cells[3])) if len(cells) > 3 else None,
            "transaction_code": code,
            "shares": amount,
            "acquired_disposed": side,
            "price_per_share": parse_decimal(_clean(cells[di - 2])) if di >= 2 else None,
        }
    )


def _row_fact(form: _Form, line: str, fields: dict[str, object]) -> Fact:
    """A row with a transaction code is a Transaction; a holding line is a Shareholding."""
    notes = _cited(line.split("\t"), form.footnotes)
    if fields.get("transaction_code"):
        return Transaction(
            reporting_owner=form.owner,
            issuer=form.issuer,
            evidence=evidence(line),
            footnotes=notes,
            under_plan_10b5_1=_plan_10b5_1(notes),
            **fields,  # type: ignore[arg-type]
        )
    keep = {
        "security_title",
        "is_derivative",
        "direct_or_indirect",
        "nature_of_ownership",
        "conversion_or_exercise_price",
        "exercise_date",
        "expiration_date",
        "underlying_security_title",
        "underlying_shares",
    }
    return Shareholding(
        holder=form.owner,
        issuer=form.issuer,
        evidence=evidence(line),
        as_of=form.period,
        shares=fields.get("shares_owned_after"),
        footnotes=notes,  # type: ignore[arg-type]
        **{k: v for k, v in fields.items() if k in keep},  # type: ignore[arg-type]
    )


# ---------------------------------------------------------------- facts and signatures


def _facts(form: _Form, lines: list[str]) -> list[Fact]:
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
    raw = form.owner.aliases[0] if form.owner.aliases else form.owner.name
    roles, title = _box_roles(form.relationship_text)
    more_roles, more_title = _table_roles(lines, form.owner, raw)
    chosen = [r for r, _ in _ROLE_LABELS if r in roles or r in more_roles]
    if chosen:
        titled = {"Officer", "Other"} & set(chosen)
        facts.append(
            Position(
                holder=form.owner,
                organization=form.issuer,
                roles=tuple(chosen),
                evidence=evidence(form.relationship_text),
                as_of=form.period,
                title=(title or more_title) if titled else None,
            )
        )
    for label, reader in (("Table I", _table1), ("Table II", _table2)):
        transactional, rows = _rows(_section(lines, label), form.form_type)
        facts.extend(_row_fact(form, row, reader(row.split("\t"), transactional)) for row in rows)
    return facts


_ATTORNEY = r"(?:as\s+)?(?:his\s+|her\s+|its\s+|the\s+)?attorney[- ]in[- ]fact"
_FOR = re.compile(rf"^(?P<signer>.+?),?\s+{_ATTORNEY}\s+(?:for|on behalf of)\s+(?P<for>.+)$", re.I)
_BY = re.compile(rf"^(?P<for>.+?),?\s+by:?\s+(?P<signer>.+?)(?:,?\s+{_ATTORNEY})?\.?$", re.I)
# Words of a signature block that are never part of a signer's name.
_NOT_A_NAME = re.compile(
    r"\d|\b(?:attorney|power|signatures?|see|exhibit|behalf|by|for|of|the|and|remarks|reporting)\b",
    re.I,
)
_ALONE = re.compile(rf"^(?P<signer>.+?),?\s+{_ATTORNEY}\.?$", re.I)


def _signatures(lines: list[str], owner: EntityRef) -> list[Signature]:
    """The block above "Signature of Reporting Person": a signer line, then its date."""
    end = next((i for i, ln in enumerate(lines) if "Signature of Reporting Person" in ln), None)
    if end is None:
        return []
    start = next(
        (
            i
            for i in range(end - 1, -1, -1)
            if fold(lines[i]).lower() in {"signatures", "signature"}
        ),
        max(end - 4, -1),
    )
    block = [fold(ln) for ln in lines[start + 1 : end] if fold(ln)]
    found: list[Signature] = []
    for i, text in enumerate(block):
        if _DATE.fullmatch(text):
            continue
        trailing = _DATE.search(text)
        when_text = trailing.group(0) if trailing else (block[i + 1] if i + 1 < len(block) else "")
        when = parse_date(when_text) if _DATE.fullmatch(when_text) else None
        signer_text = _DATE.sub("", text).strip(" ,")
        if when is None and "/s/" not in signer_text.lower():
            continue
        source = text if trailing else f"{text} {when_text}"
        signature = _signature(signer_text, when, owner, source)
        if signature:
            found.append(signature)
    return found


def _signature(text: str, when: date | None, owner: EntityRef, source: str) -> Signature | None:
    body = re.sub(r"^(?:by:?\s*)?/s/\s*", "", text, flags=re.I).strip()
    title: str | None = None
    principal: str | None = None
    for pattern in (_FOR, _BY, _ALONE):
        match = pattern.match(body)
        if match:
            body, principal = match.group("signer"), match.groupdict().get("for")
            title = "Attorney-in-fact" if re.search("attorney", text, re.I) else None
            break
    body = re.sub(r"^(?:by:?\s*)?/s/\s*", "", body, flags=re.I)
    if title is None and "," in body and not _SUFFIX.match(body.rsplit(",", 1)[1].strip()):
        body, title = (p.strip() for p in body.split(",", 1))
    signer = owner if _same_name(body, owner) else _given_first(body)
    if signer is None:
        return None
    behalf = None
    if principal:
        behalf = owner if _same_name(principal, owner) else _given_first(principal)
    elif signer is not owner and (title == "Attorney-in-fact" or owner.kind == "company"):
        behalf = owner  # an attorney-in-fact, or an officer signing for the owning company
    return Signature(
        signer=signer, evidence=evidence(source), title=title, date=when, on_behalf_of=behalf
    )


def _same_name(text: str, ref: EntityRef) -> bool:
    words = sorted(_norm(w) for w in text.split())
    return any(words == sorted(_norm(w) for w in n.split()) for n in (ref.name, *ref.aliases))


def _given_first(text: str) -> EntityRef | None:
    """A signer written given name first ("Jane Q. Public"); None for text that is not a name."""
    text = fold(text).strip(" .,")
    if _COMPANY_WORDS.search(text) and not re.search(r"\d|signature|exhibit|\bsee\b", text, re.I):
        return company_ref(text)
    if _NOT_A_NAME.search(text):
        return None
    tokens = text.split()
    if not 2 <= len(tokens) <= 5 or not all(
        re.fullmatch(r"[A-Za-z][A-Za-z.'’-]*", t) for t in tokens
    ):
        return None
    suffix = [tokens.pop()] if len(tokens) > 2 and _SUFFIX.match(tokens[-1]) else []
    family = " ".join([tokens[-1], *suffix])
    return person_ref(tokens[0], family, " ".join(tokens[1:-1]) or None)
