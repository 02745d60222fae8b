"""Cell values of the pre-2003 typed Forms 3/4/5: numbers, dates and the fields of a row.

``kg.extract.form4_typed_tables`` finds the columns and cuts each row into the
texts under each named column; this module reads those texts as the model's
values (prices in eighths, two-digit years, "A,D" settled by the code).
"""

from __future__ import annotations

import calendar
import re
from datetime import date
from decimal import Decimal
from functools import partial

from kg.extract.common import fold, parse_date, parse_decimal

MARKER = re.compile(r"\(\s*(\d{1,2})\s*\)")  # a footnote marker, "(1)"
_NOTHING = frozenset({"", "-", "--", "---", "—", "N/A", "NA", "NONE", "NOT APPLICABLE"})
_CODES = frozenset("ACDEFGHIJKLMOPSUWXZ")
# A full date as typed: "March 9, 2001", "3/9/01".
WRITTEN = re.compile(
    r"\b(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2},?\s*\d{4}|\d{1,2}\s*[/-]\s*\d{1,2}\s*[/-]\s*\d{2,4})\b"
)
_MONTHS = {m.lower(): i for i, m in enumerate(calendar.month_abbr) if m}
_MONTH_YEAR = re.compile(r"\b([A-Za-z]{3,9})\.?,?\s+(\d{4})\b|\b(\d{1,2})\s*[/-]\s*(\d{4}|\d{2})\b")
# Codes that say which way a line went, whatever its A/D cell says (SEC Form 4
# instructions): a purchase, grant or small acquisition adds; a sale, disposition
# to the issuer, tax withholding, tender or expiration takes away; an exercise or
# conversion gives up the derivative (Table II) for the underlying (Table I).
_ACQUIRES, _DISPOSES, _EXERCISES = frozenset("PAL"), frozenset("SDFUEH"), frozenset("MXCO")


def clean(text: str) -> str:
    """A cell's value: footnote markers dropped, "-", "N/A" and "None" read as empty."""
    text = fold(MARKER.sub(" ", text.replace("|", " ")))
    return "" if text.upper().strip(".") in _NOTHING else text


_FRACTION = re.compile(r"(?:(\d[\d,]*)[\s-]+)?(\d{1,3})/(2|4|8|16|32|64|128|256)\b")
_NUMBER = re.compile(r"\d[\d,]*(?:\.\d+)?|\.\d+")


def number(text: str) -> Decimal | None:
    """The first number of a cell: "$2.625", "5,000 -", and the eighths of a dollar that
    prices were quoted in until 2001 ("$10 1/8", "10-1/8")."""
    text = clean(text)
    fraction = _FRACTION.search(text)
    if fraction:
        whole = parse_decimal(fraction.group(1) or "0") or Decimal(0)
        return whole + Decimal(fraction.group(2)) / Decimal(fraction.group(3))
    found = _NUMBER.search(text)
    return parse_decimal(found.group(0)) if found else None


def cell_date(text: str) -> date | None:
    """A date as typed in a cell: "3/9/01", "03-09-2001", "Mar. 9, 2001"; None for "Immed."."""
    text = re.sub(r"(?<=\d)\s*[-.]\s*(?=\d)", "/", clean(text))
    text = re.sub(r",(?=\d)", ", ", text)
    return parse_date(text)


def _underlying(parts: list[str]) -> tuple[str | None, Decimal | None]:
    """Title and amount of the underlying security typed in one column."""
    parts = [p for p in (clean(p) for p in parts) if p]
    if len(parts) >= 2 and not re.search(r"[A-Za-z]", parts[-1]):
        return " ".join(parts[:-1]), number(parts[-1])
    match = re.match(r"^(.*[A-Za-z].*?)\s+([\d,]+(?:\.\d+)?)$", " ".join(parts))
    if match:
        return match.group(1), number(match.group(2))
    return (" ".join(parts) or None), None


def _side(text: str) -> str | None:
    """A cell that says "A" or "D" (in brackets or not); None when blank or both ("A,D")."""
    found = set(re.findall(r"(?<![A-Za-z])([AD])(?![A-Za-z])", clean(text).upper()))
    return found.pop() if len(found) == 1 else None


def _direct(text: str) -> str | None:
    word = clean(text).upper().strip("(). ")
    return word[0] if word in {"D", "I", "DIRECT", "INDIRECT"} else None


def _text(values: dict[str, list[str]], name: str) -> str:
    return " ".join(values.get(name, []))


def _trade(values: dict[str, list[str]]) -> dict[str, object]:
    """Code, amount, (A)/(D) and price, from whichever of the form's layouts the table uses:
    an amount and an "A/D" column, or an "(A)" and a "(D)" column of amounts."""
    get = partial(_text, values)
    code = re.match(r"([A-Z])\b", clean(get("transaction_code")).upper())
    shares, side = number(get("shares")), _side(get("acquired_disposed")) or _side(get("shares"))
    acquired, disposed = number(get("acquired_amount")), number(get("disposed_amount"))
    if shares is None and (acquired is None) != (disposed is None):
        shares, side = (acquired, "A") if acquired is not None else (disposed, "D")
    return {
        "transaction_date": cell_date(get("transaction_date")),
        "deemed_execution_date": cell_date(get("deemed_execution_date")),
        "transaction_code": code.group(1) if code and code.group(1) in _CODES else None,
        "shares": shares,
        "acquired_disposed": side,
        "price_per_share": number(get("price_per_share")),
    }


def row_fields(values: dict[str, list[str]], derivative: bool) -> dict[str, object]:
    """The model's fields of one row, from the texts under each named column."""
    get = partial(_text, values)
    fields: dict[str, object] = {
        "security_title": clean(get("security_title")),
        "is_derivative": derivative,
        "shares_owned_after": number(get("shares_owned_after")),
        "direct_or_indirect": _direct(get("direct_or_indirect")),
        "nature_of_ownership": clean(get("nature_of_ownership")) or None,
        **_trade(values),
    }
    if not derivative:
        return fields
    opens, ends = cell_date(get("exercise_date")), cell_date(get("expiration_date"))
    if "exercise_expiration" in values:  # both dates typed in one cell
        both = re.findall(r"\d{1,2}[/-]\d{1,2}[/-]\d{2,4}", get("exercise_expiration"))
        opens, ends, *_ = [*map(cell_date, both), None, None]
    if "underlying" in values:
        title, amount = _underlying(values["underlying"])
    else:
        title = clean(get("underlying_security_title")) or None
        amount = number(get("underlying_shares"))
    return fields | {
        "conversion_or_exercise_price": number(get("conversion_or_exercise_price")),
        "exercise_date": opens,
        "expiration_date": ends,
        "underlying_security_title": title,
        "underlying_shares": amount,
    }


def settle_sides(rows: list[dict[str, object]], derivative: bool) -> None:
    """Fill an (A)/(D) a row with a code leaves blank or ambiguous ("A,D"): from the code
    when it says (a grant "A" acquires, a sale "S" disposes), else from the holdings."""
    last: dict[object, object] = {}
    for fields in rows:
        code, amount, after = (
            fields[k] for k in ("transaction_code", "shares", "shares_owned_after")
        )
        if code and fields["acquired_disposed"] is None and isinstance(amount, Decimal):
            side = _code_side(str(code), derivative)
            before = last.get(fields["security_title"])
            fields["acquired_disposed"] = side or _held_side(before, amount, after)
        if after is not None:
            last[fields["security_title"]] = after


def _code_side(code: str, derivative: bool) -> str | None:
    if code in _EXERCISES:  # the derivative is given up for the underlying
        return "D" if derivative else "A"
    return "A" if code in _ACQUIRES else "D" if code in _DISPOSES else None


def _held_side(before: object, amount: Decimal, after: object) -> str | None:
    """The line before of the same security plus or minus the amount, nothing left
    (disposed of), or all of it new with no line before (acquired)."""
    if not isinstance(after, Decimal):
        return None
    if isinstance(before, Decimal) and after in (before + amount, before - amount):
        return "A" if after == before + amount else "D"
    return "D" if after == 0 else "A" if before is None and after == amount else None


def month_date(text: str) -> date | None:
    """A box's date: "June 30, 1999", "6/30/99", or month and year only ("June 1999",
    "6/99"), read as that month's last day."""
    text = re.sub(r",(?=\d)", ", ", fold(MARKER.sub(" ", text)))
    if (found := WRITTEN.search(text)) and (day := cell_date(found.group(0))):
        return day
    for found in _MONTH_YEAR.finditer(text):
        month = _MONTHS.get((found.group(1) or "")[:3].lower()) or int(found.group(3) or 0)
        year = int(found.group(2) or found.group(4))
        year += 0 if year >= 100 else 1900 if year >= 69 else 2000  # as strptime's %y reads it
        if 1 <= month <= 12:
            return date(year, month, calendar.monthrange(year, month)[1])
    return None
