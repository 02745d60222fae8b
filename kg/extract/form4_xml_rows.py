"""Tables I and II of ownershipDocument XML: one Transaction or Shareholding per row
and reporting owner, with the footnotes the row's fields cite.

``kg.extract.form4_xml`` reads the rest of the document (issuer, owners, roles,
signatures) and hands each row the context it shares with the others.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from kg.extract import _ownership as own
from kg.extract.common import evidence, fold
from kg.model import EntityRef, Fact, Shareholding, Transaction

# Row element -> Transaction/Shareholding field. Tags are unique inside a row
# (securityTitle versus underlyingSecurityTitle), so one iter() pass suffices.
_ROW_TAGS: dict[str, str] = {
    "securityTitle": "security_title",
    "conversionOrExercisePrice": "conversion_or_exercise_price",
    "transactionDate": "transaction_date",
    "deemedExecutionDate": "deemed_execution_date",
    "transactionCode": "transaction_code",
    "transactionFormType": "transaction_form_type",
    "equitySwapInvolved": "equity_swap",
    "transactionTimeliness": "timeliness",
    "transactionShares": "shares",
    "transactionTotalValue": "value",
    "transactionPricePerShare": "price_per_share",
    "transactionAcquiredDisposedCode": "acquired_disposed",
    "exerciseDate": "exercise_date",
    "expirationDate": "expiration_date",
    "underlyingSecurityTitle": "underlying_security_title",
    "underlyingSecurityShares": "underlying_shares",
    "underlyingSecurityValue": "underlying_value",
    "sharesOwnedFollowingTransaction": "shares_owned_after",
    "valueOwnedFollowingTransaction": "value_owned_after",
    "directOrIndirectOwnership": "direct_or_indirect",
    "natureOfOwnership": "nature_of_ownership",
}
_DATES = ("transaction_date", "deemed_execution_date", "exercise_date", "expiration_date")
_NUMBERS = (
    "conversion_or_exercise_price",
    "shares",
    "value",
    "price_per_share",
    "underlying_shares",
    "shares_owned_after",
    "value_owned_after",
)
_HOLDING_FIELDS = (
    "security_title",
    "shares_owned_after",
    "direct_or_indirect",
    "nature_of_ownership",
    "conversion_or_exercise_price",
    "exercise_date",
    "expiration_date",
    "underlying_security_title",
    "underlying_shares",
)


@dataclass(frozen=True)
class RowContext:
    """What every row needs: the parties, the footnotes and the document flags."""

    issuer: EntityRef
    owners: tuple[EntityRef, ...]
    notes: dict[str, str]
    plan_flag: bool | None  # <aff10b5One>: the X0508 Rule 10b5-1(c) check box
    period: date | None


def _read_row(row: Any) -> tuple[dict[str, Any], list[str]]:
    """Raw field texts and cited footnote ids of one table row, in one pass.

    Document order puts a field's ``<value>`` right after the field element,
    so the last field seen owns the next value; any other element ends it. The
    ``<transactionCoding>`` children (``transactionFormType``, ``transactionCode``...) are
    bare values, read each under its own tag: none lands on the field before.
    """
    raw: dict[str, Any] = {}
    ids: list[str] = []
    pending: str | None = None
    for child in row.iter():
        tag = child.tag
        if tag == "value":
            if pending is not None:
                raw[pending] = clean(child.text)
        elif tag == "footnoteId":
            ref = child.get("id")
            if ref and ref not in ids:
                ids.append(ref)
        elif tag in _ROW_TAGS:
            pending = _ROW_TAGS[tag]
            if not len(child):  # a bare value: <transactionCode>S</transactionCode>
                raw[pending] = clean(child.text)
        else:
            pending = None
    return raw, ids


def short(text: str) -> str:
    """``evidence()`` without its regex for the usual short, single-spaced text."""
    text = text.strip()
    if len(text) <= 400 and "  " not in text and "\n" not in text and "\t" not in text:
        return text
    return evidence(text)


def clean(text: str | None) -> str | None:
    if text is None:
        return None
    text = text.strip()
    if "\n" in text or "  " in text:
        text = fold(text)
    return text or None


def _typed(raw: dict[str, Any]) -> dict[str, Any]:
    fields = dict(raw)
    for key in _DATES:
        if key in raw:  # a row fills few of them: no call for the others
            fields[key] = own.iso_date(raw[key])
    for key in _NUMBERS:
        if key in raw:
            fields[key] = own.decimal(raw[key])
    # A/D is "A" or "D", D/I "D" or "I": a letter from the other box is a filer's slip.
    for key, other in (("acquired_disposed", "I"), ("direct_or_indirect", "A")):
        code = (raw.get(key) or "").upper()[:1]
        fields[key] = code if code in ("A", "D", "I") and code != other else None
    timely = (raw.get("timeliness") or "").upper()
    fields["timeliness"] = timely if timely in ("E", "L") else None  # empty: on time
    fields["equity_swap"] = own.flag(raw.get("equity_swap"))
    return fields


def rows(root: Any, ctx: RowContext) -> list[Fact]:
    """Table I and Table II: a Transaction or Shareholding per row and reporting owner."""
    facts: list[Fact] = []
    # Footnotes are cited by many rows: each is read for a plan once.
    on_plan = {ref for ref, note in ctx.notes.items() if own.mentions_10b5_1_plan(note)}
    for tag, derivative, is_tx in (
        ("nonDerivativeTable/nonDerivativeTransaction", False, True),
        ("nonDerivativeTable/nonDerivativeHolding", False, False),
        ("derivativeTable/derivativeTransaction", True, True),
        ("derivativeTable/derivativeHolding", True, False),
    ):
        for row in root.iterfind(tag):
            raw, ids = _read_row(row)
            fields = _typed(raw)
            notes = tuple(ctx.notes[i] for i in ids if i in ctx.notes)
            shown = short(own.render_row(raw, derivative))
            if is_tx:
                plan = True if on_plan.intersection(ids) else None
                facts.extend(_transactions(fields, derivative, notes, shown, ctx, plan))
            else:
                facts.extend(_holdings(fields, derivative, notes, shown, ctx))
    return facts


def _transactions(
    fields: dict[str, Any],
    derivative: bool,
    notes: tuple[str, ...],
    shown: str,
    ctx: RowContext,
    plan: bool | None,
) -> list[Transaction]:
    """``plan``: True when a footnote the row cites says Rule 10b5-1, else None."""
    if ctx.plan_flag is not None:
        plan = True if ctx.plan_flag else plan if plan else False
    kwargs = {k: v for k, v in fields.items() if k != "underlying_value"}
    kwargs["security_title"] = fields.get("security_title") or ""
    return [
        Transaction(
            reporting_owner=owner,
            issuer=ctx.issuer,
            is_derivative=derivative,
            evidence=shown,
            under_plan_10b5_1=plan,
            footnotes=notes,
            **kwargs,
        )
        for owner in ctx.owners
    ]


def _holdings(
    fields: dict[str, Any], derivative: bool, notes: tuple[str, ...], shown: str, ctx: RowContext
) -> list[Shareholding]:
    kwargs = {k: fields.get(k) for k in _HOLDING_FIELDS}
    kwargs["shares"] = kwargs.pop("shares_owned_after")
    return [
        Shareholding(
            holder=owner,
            issuer=ctx.issuer,
            evidence=shown,
            as_of=ctx.period,
            is_derivative=derivative,
            footnotes=notes,
            **kwargs,
        )
        for owner in ctx.owners
    ]
