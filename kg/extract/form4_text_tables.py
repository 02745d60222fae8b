"""Table I (non-derivative) and Table II (derivative) of Forms 3, 4 and 5 as text.

Each row is one tab-separated line whose cells carry footnote markers ("(1)" or
superscripts) citing the "Explanation of Responses"; a table printed with spaces
between its cells is given tabs first (``kg.extract.form4_text_spaces``). A row with a transaction
code becomes a Transaction, a holding line a Shareholding. ``kg.extract.form4_text``
finds the tables by their labels and reads the boxes every row shares.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date
from decimal import Decimal
from typing import Protocol

from kg.extract import _ownership as own
from kg.extract.common import evidence, fold, parse_date, parse_decimal
from kg.extract.form4_text_spaces import tabbed
from kg.model import EntityRef, Fact, Shareholding, Transaction

# Superscript footnote markers ("⁽¹⁾") read as plain ones ("(1)").
SUPERSCRIPTS = str.maketrans("⁰¹²³⁴⁵⁶⁷⁸⁹⁽⁾", "0123456789()")
_MARKER = re.compile(r"\(\s*(\d{1,2})\s*\)")
# Transaction codes that add to a derivative position; the rest take away.
_ACQUIRING_CODES = frozenset({"A", "P", "L", "W", "Z"})
_GUESSED = "_side_from_code"  # a row field while the side is only guessed from the code
_DATE = re.compile(r"\d{1,2}/\d{1,2}/\d{2,4}")
_PRICE_RANGE = re.compile(r"\\?\$\s*[\d,]*\.?\d+\s*[-–]\s*\\?\$?\s*[\d,]*\.?\d+")


class Parties(Protocol):
    """What every row shares, read from the boxes by ``kg.extract.form4_text``."""

    form_type: str
    issuer: EntityRef
    period: date | None
    footnotes: dict[str, str]
    plan_flag: bool | None  # the Rule 10b5-1(c) check box of the 2023 form

    @property
    def owners(self) -> tuple[EntityRef, ...]: ...  # box 1's person, then the joint filers


def table_facts(section: list[str], derivative: bool, form: Parties) -> list[Fact]:
    """The rows of Table I (or Table II when ``derivative``): Transactions and Shareholdings,
    one per row and reporting person, as joint filers report every row together."""
    reader = _table2 if derivative else _table1
    section = tabbed(section)  # a print that sets the cells apart by spaces
    transactional, rows = _rows(section, form.form_type)
    rows = _with_deemed_column(section, rows, derivative) if transactional else rows
    read = [reader(row.split("\t"), transactional) for row, _ in rows]
    _settle_sides(read)
    owners = form.owners
    facts: list[Fact] = []
    for (row, printed), fields in zip(rows, read, strict=True):
        fact = _row_fact(form, row, printed, fields)
        if isinstance(fact, Transaction):
            facts.extend(replace(fact, reporting_owner=o) for o in owners)
        else:
            facts.extend(replace(fact, holder=o) for o in owners)
    return facts


def _with_deemed_column(
    section: list[str], rows: list[tuple[str, str]], derivative: bool
) -> list[tuple[str, str]]:
    """The form before 2003 has no "Deemed Execution Date" column after the transaction
    date (its headers say so: "3. Transaction Code" follows "2. Transaction Date"): an
    empty cell where the later form has it, so that both read alike."""
    header = " ".join(ln for ln in section if "Title" in ln and "\t" in ln).lower()
    if not header or "deemed" in header or "transaction date" not in header:
        return rows
    at = 3 if derivative else 2
    return [
        ("\t".join([*cells[:at], "", *cells[at:]]), printed)
        for cells, printed in ((row.split("\t"), printed) for row, printed in rows)
    ]


def _settle_sides(rows: list[dict[str, object]]) -> None:
    """Table II's "(A) (D)" columns printed as one bare amount: the side from the numbers.

    Holdings after the trade tell: the previous line of the same security plus or
    minus the amount, nothing left (disposed of), or all of it new (acquired). The
    transaction code decides only when the numbers do not."""
    last: dict[object, Decimal] = {}
    for fields in rows:
        title = fields.get("security_title")
        amount, after = fields.get("shares"), fields.get("shares_owned_after")
        before = last.get(title)
        guessed = fields.pop(_GUESSED, False)
        if guessed and isinstance(amount, Decimal) and amount and isinstance(after, Decimal):
            if before is not None and before + amount == after:
                fields["acquired_disposed"] = "A"
            elif (before is not None and before - amount == after) or after == 0:
                fields["acquired_disposed"] = "D"
            elif before is None and after == amount:
                fields["acquired_disposed"] = "A"
        if isinstance(after, Decimal):
            last[title] = after


def unescape(text: str) -> str:
    """Text as filed: the PDF-to-text dump escapes dollar signs ("\\$ 12.50")."""
    return text.replace("\\$", "$")


def _clean(cell: str) -> str:
    """A cell without its footnote markers (nor the commas between them: "⁽¹⁾, ⁽²⁾")."""
    return fold(_MARKER.sub(" ", unescape(cell).translate(SUPERSCRIPTS))).rstrip(" ,")


def _rows(section: list[str], form_type: str) -> tuple[bool, list[tuple[str, str]]]:
    """Whether the table reports transactions (Form 4/5) or holdings only (Form 3), and its
    rows: each as tab-separated cells and as printed (the evidence)."""
    lines = _unwrap(section)
    header = next((ln for ln, _ in lines if re.match(r"\s*1\.\s*Title", ln)), "")
    # Only Forms 4 and 5 have transaction columns; their headings may be printed over
    # several lines ("2. Transaction" over "Date"), so all the heading lines count.
    headings = " ".join(ln for ln, _ in lines if "\t" in ln and not _is_data(ln.split("\t")))
    transactional = "transaction" in headings.lower() if "\t" in header else form_type[0] != "3"
    rows = [
        (ln, printed)
        for ln, printed in lines
        if "\t" in ln and ln != header and _is_data(ln.split("\t"))
    ]
    return transactional, rows


def _unwrap(section: list[str]) -> list[tuple[str, str]]:
    """Lines with the cells the dump wrapped onto a continuation line (one that starts
    with a space) put back, each with the text as printed.

    Mostly the newline is inside a cell and the row goes on after it ("Common Stock,
    par\n value $0.01\t12/03/2007\t..."): the lines join. A continuation with no cell
    of its own under a row complete without it ends one of the row's cells (see
    ``_into_cell``)."""
    out: list[tuple[str, str]] = []
    table = "\n".join(section)
    for line in section:
        led = line.startswith(" ") or _words_under(out[-1][0] if out else "", line)
        if not (out and out[-1][0].strip() and led and line.strip()):
            out.append((line, line))
            continue
        cells, printed = out[-1]
        text = line.lstrip(" ")
        if "\t" in line and _aligned(cells.split("\t"), line.split("\t")):
            out[-1] = (_merge_cells(cells, line), f"{printed} {line}")
        elif "\t" in line or _di_index(cells.split("\t")) is None:
            out[-1] = (f"{cells.rstrip(' ')} {text}", f"{printed} {line}")
        else:
            out[-1] = (_into_cell(cells, text, table), f"{printed} {line}")
    return out


def _words_under(row: str, line: str) -> bool:
    """A line of words under a complete row, in its columns, with no value of a row of its
    own (no date, no D/I): the next lines of the row's wrapped cells, flush left as
    well ("Series B Convertible" over "Preferred Stock, par" over "value $0.001 ...")."""
    cells = line.split("\t")
    if "\t" not in line or not re.search(r"[A-Za-z]{2}", cells[0]) or _DATE.search(line):
        return False
    heading = re.match(r"\s*\d{1,2}[A-Z]?\.\s", cells[0])
    return not heading and _aligned(row.split("\t"), cells)


def _aligned(row: list[str], more: list[str]) -> bool:
    """A continuation line that keeps the columns of a row complete without it: each
    cell's second line under its cell ("Common Stock, par value<TAB>...<TAB>By Trust" over
    " $0.01 per share<TAB>...<TAB>Irrevocable"), not the rest of a row cut short."""
    complete = _di_index(row) is not None and _di_index(more) is None
    return complete and 1 < len(more) <= len(row)


def _merge_cells(row: str, line: str) -> str:
    cells = row.split("\t")
    for at, text in enumerate(line.split("\t")):
        if text.strip():
            cells[at] = f"{cells[at].rstrip(' ')} {text.strip()}".lstrip()
    return "\t".join(cells)


def _into_cell(row: str, text: str, table: str = "") -> str:
    """``text`` wrapped from a cell of the complete ``row`` (see ``_wrapped_cell``); numbers,
    dates, codes and D/I do not wrap. ``table`` is the table's text, to tell which cell."""
    cells = row.split("\t")
    at = _wrapped_cell(cells, text, table)
    if at is None:
        return row
    cells[at] = f"{cells[at].rstrip(' ')} {text}"
    return "\t".join(cells)


def _wrapped_cell(cells: list[str], text: str, table: str) -> int | None:
    """The cell ``text`` goes on: one left open ("Stock Option (right"); the last filled cell
    when it holds words (the nature of ownership); the only cell with words. With several
    (Table II's title and underlying title, no nature): the one whose words, joined, the
    table prints elsewhere ("Class A Common" + "Stock"), else the security's title, the
    row's widest text ("Restricted Stock" + "Units"); None for a bracketed qualifier
    that could end either."""
    clean = [_clean(c) for c in cells]
    filled = [i for i, c in enumerate(clean) if c]
    worded = [i for i in filled if re.search(r"[A-Za-z]{2}", clean[i])]
    if not worded:
        return None
    unclosed = [i for i in worded if clean[i].count("(") > clean[i].count(")")]
    if len(unclosed) == 1:
        return unclosed[0]
    if filled[-1] == worded[-1] or len(worded) == 1:
        return worded[-1]
    flat = fold(table).lower()
    printed = [i for i in worded if f"{clean[i]} {text}".lower() in flat]
    if len(printed) == 1:
        return printed[0]
    # A qualifier in brackets ("(Class B)") may end either title; words go on the widest.
    return None if text.startswith("(") else worded[0]


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
    # A price printed as a range ("$ 10.01 - $ 10.25", a weighted average footnoted) is
    # no price per share: neither end is kept.
    text = _PRICE_RANGE.sub(" ", text)
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
    guessed = side is None and code is not None and amount is not None
    if guessed:
        side = "A" if code in _ACQUIRING_CODES else "D"
    return (
        fields
        | {_GUESSED: guessed}
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


def _row_fact(form: Parties, line: str, printed: str, fields: dict[str, object]) -> Fact:
    """A row with a transaction code is a Transaction; a holding line is a Shareholding."""
    notes = _cited(line.split("\t"), form.footnotes)
    if fields.get("transaction_code"):
        return Transaction(
            reporting_owner=form.owners[0],
            issuer=form.issuer,
            evidence=evidence(printed),
            footnotes=notes,
            under_plan_10b5_1=_plan_10b5_1(notes, form.plan_flag),
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
        holder=form.owners[0],
        issuer=form.issuer,
        evidence=evidence(printed),
        as_of=form.period,
        shares=fields.get("shares_owned_after"),
        footnotes=notes,  # type: ignore[arg-type]
        **{k: v for k, v in fields.items() if k in keep},  # type: ignore[arg-type]
    )


def _cited(texts: list[str], notes: dict[str, str]) -> tuple[str, ...]:
    found: list[str] = []
    for text in texts:
        for number in _MARKER.findall(text.translate(SUPERSCRIPTS)):
            if number in notes and notes[number] not in found:
                found.append(notes[number])
    return tuple(found)


def _plan_10b5_1(notes: tuple[str, ...], box: bool | None) -> bool | None:
    """True when the 2023 form's Rule 10b5-1(c) box is checked or a cited footnote says the
    trade was made under a Rule 10b5-1 plan; False when the box is printed and left blank."""
    if box or any(own.mentions_10b5_1_plan(note) for note in notes):
        return True
    return False if box is False else None
