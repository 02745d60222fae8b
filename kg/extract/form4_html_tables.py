"""Tables I and II of an EDGAR-rendered Form 3/4/5 page: one fact per data row and owner.

``kg.extract.form4_html`` reads the boxes, footnotes and signatures around them.
Each data row has one ``<td>`` per printed column, so the cell count tells the
form's layout (Form 4 with its ``V`` column, Form 5 without, Form 3 holdings).
"""

from __future__ import annotations

import re
from datetime import date
from typing import Any

from lxml import etree

from kg.extract import _ownership as own
from kg.extract.common import evidence, fold, parse_date, parse_decimal
from kg.model import EntityRef, Fact, Shareholding, Transaction

_TABLE = etree.XPath("//table[thead/tr/th[contains(normalize-space(.), $label)]]")
_TEXT = etree.XPath(".//text()[not(ancestor::sup)]")
_NOTE_MARK = re.compile(r"\d+")

# Data-row layouts by cell count, as the form prints its columns.
_TABLE_I_COLUMNS = (
    "title",
    "date",
    "deemed",
    "code",
    "v",
    "amount",
    "ad",
    "price",
    "after",
    "di",
    "nature",
)
_TABLE_II_COLUMNS = (
    *("title", "conv", "date", "deemed", "code", "v", "a", "d", "exercisable", "expiration"),
    *("u_title", "u_amount", "price", "after", "di", "nature"),
)


def _without_v(columns: tuple[str, ...]) -> tuple[str, ...]:
    """Form 5's tables: the same columns without Form 4's "V" (voluntary) box."""
    return tuple(c for c in columns if c != "v")


# Column names by the number of cells a row has.
_TABLE_I = {
    11: _TABLE_I_COLUMNS,
    10: _without_v(_TABLE_I_COLUMNS),
    4: ("title", "after", "di", "nature"),  # Form 3: holdings only
}
_TABLE_II = {
    16: _TABLE_II_COLUMNS,
    15: _without_v(_TABLE_II_COLUMNS),
    8: ("title", "exercisable", "expiration", "u_title", "u_amount", "conv", "di", "nature"),
}


def _cell(td: Any) -> tuple[str, list[str]]:
    """A table cell's text without its footnote marks, and the marks."""
    marks = [m for sup in td.iter("sup") for m in _NOTE_MARK.findall(sup.text_content())]
    return fold("".join(_TEXT(td))), marks


def tables(
    root: Any,
    owners: tuple[EntityRef, ...],
    issuer: EntityRef,
    notes: dict[str, str],
    plan: bool | None,
    period: date | None,
) -> list[Fact]:
    facts: list[Fact] = []
    for label, layouts, derivative in (
        ("Table I -", _TABLE_I, False),
        ("Table II -", _TABLE_II, True),
    ):
        for table in _TABLE(root, label=label):
            for row in table.iter("tr"):
                cells = row.findall("td")
                layout = layouts.get(len(cells))
                if layout is None:
                    continue
                read = [_cell(td) for td in cells]
                values = dict(zip(layout, (text for text, _ in read), strict=True))
                if not values.get("title"):
                    continue
                marks = list(dict.fromkeys(m for _, ms in read for m in ms))
                cited = tuple(notes[m] for m in marks if m in notes)
                shown = evidence(" ".join(text for text, _ in read if text))
                facts.extend(
                    _row_facts(values, derivative, cited, shown, owners, issuer, plan, period)
                )
    return facts


def _row_fields(values: dict[str, str]) -> dict[str, Any]:
    """The columns Transaction and Shareholding share (ownership, Table II terms)."""
    return {
        "security_title": values["title"],
        "direct_or_indirect": _code(values.get("di"), "DI"),
        "nature_of_ownership": values.get("nature") or None,
        "conversion_or_exercise_price": parse_decimal(values.get("conv")),
        "exercise_date": parse_date(values.get("exercisable")),
        "expiration_date": parse_date(values.get("expiration")),
        "underlying_security_title": values.get("u_title") or None,
        "underlying_shares": parse_decimal(values.get("u_amount")),
    }


def _row_facts(
    values: dict[str, str],
    derivative: bool,
    cited: tuple[str, ...],
    shown: str,
    owners: tuple[EntityRef, ...],
    issuer: EntityRef,
    plan: bool | None,
    period: date | None,
) -> list[Fact]:
    """One row, once per reporting owner: a holding when it has no date and no code."""
    common = _row_fields(values)
    common.update(is_derivative=derivative, footnotes=cited, evidence=shown, issuer=issuer)
    after = parse_decimal(values.get("after"))
    if not values.get("code") and not values.get("date"):
        return [Shareholding(holder=o, shares=after, as_of=period, **common) for o in owners]
    amount, side = values.get("amount"), _code(values.get("ad"), "AD")
    if "amount" not in values:  # Table II: separate (A) and (D) columns
        amount, side = (values.get("a"), "A") if values.get("a") else (values.get("d"), "D")
    under_plan = True if plan or any(own.mentions_10b5_1_plan(n) for n in cited) else plan
    tx = {
        "transaction_date": parse_date(values.get("date")),
        "deemed_execution_date": parse_date(values.get("deemed")),
        "transaction_code": values.get("code") or None,
        "shares": parse_decimal(amount),
        "price_per_share": parse_decimal(values.get("price")),
        # Table I prints (A) or (D) in a column of its own, also beside an empty amount
        # (a value-based line); Table II's side is only known from the amount's column.
        "acquired_disposed": side if amount or "amount" in values else None,
        "shares_owned_after": after,
        "under_plan_10b5_1": under_plan,
    }
    return [Transaction(reporting_owner=o, **tx, **common) for o in owners]


def _code(text: str | None, allowed: str) -> Any:
    code = (text or "").strip("() ").upper()[:1]
    return code if code and code in allowed else None
