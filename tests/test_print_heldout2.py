"""Held-out printed (PDF-to-text) Forms 3/4/5 and D: other companies, layouts the first
probe did not vary (tests/data/heldout/print2/, see its SOURCES.md). Every field of
truth.json is checked against the extracted facts; then one test per fix, on the
smallest text that shows it."""

from __future__ import annotations

import json
import re
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from kg.extract import detect, extract
from kg.ingest import read_bytes
from kg.model import (
    EntityFacts,
    Extraction,
    Mention,
    Offering,
    Position,
    Shareholding,
    Signature,
    Transaction,
)

SET = Path(__file__).parent / "data" / "heldout" / "print2"
TRUTH: dict[str, dict[str, Any]] = json.loads((SET / "truth.json").read_text(encoding="utf-8"))


def _j(value: Any) -> Any:
    """A fact value as truth.json writes it."""
    if isinstance(value, (date, Decimal)):
        return value.isoformat() if isinstance(value, date) else f"{value.normalize():f}"
    if isinstance(value, tuple):
        return [_j(v) for v in value]
    return value


def _row(fact: Transaction | Shareholding) -> dict[str, Any]:
    tx = isinstance(fact, Transaction)
    out = {
        "title": fact.security_title,
        "date": fact.transaction_date if tx else None,
        "code": fact.transaction_code if tx else None,
        "shares": fact.shares,
        "ad": fact.acquired_disposed if tx else None,
        "price": fact.price_per_share if tx else None,
        "after": fact.shares_owned_after if tx else None,
        "di": fact.direct_or_indirect,
        "nature": fact.nature_of_ownership,
        "conv": fact.conversion_or_exercise_price,
        "ex": fact.exercise_date,
        "exp": fact.expiration_date,
        "ut": fact.underlying_security_title,
        "us": fact.underlying_shares,
        "deriv": bool(fact.is_derivative),
        "nfn": len(fact.footnotes),
    }
    if tx:
        out["plan"] = fact.under_plan_10b5_1
    return {k: _j(v) for k, v in out.items()}


def _address(facts: EntityFacts | None) -> list[str | None] | None:
    if facts is None or not facts.addresses:
        return None
    a = facts.addresses[0]
    return [a.street, a.city, a.state, a.postal_code]


def flat_form4(x: Extraction) -> dict[str, Any]:
    d = x.document
    out: dict[str, Any] = {
        "form": d.form_type,
        "date": _j(d.date),
        "period": _j(d.period_of_report),
    }
    out["orig"] = _j(d.original_filing_date)
    ents = [f for f in x.facts if isinstance(f, EntityFacts)]
    issuer = ents[0]
    out["issuer"], out["ticker"] = issuer.entity.name, issuer.ticker
    owners = list(dict.fromkeys(f.entity for f in ents[1:]))
    facts = {f.entity: f for f in ents[1:]}
    positions = {p.holder: p for p in x.facts if isinstance(p, Position)}
    for i, o in enumerate(owners):
        p = positions.get(o)
        out[f"o{i}.name"], out[f"o{i}.kind"] = o.name, o.kind
        out[f"o{i}.addr"] = _address(facts.get(o))
        out[f"o{i}.roles"] = list(p.roles) if p else None
        out[f"o{i}.title"] = p.title if p else None
    first = owners[0] if owners else None
    rows = [
        f
        for f in x.facts
        if (isinstance(f, Transaction) and f.reporting_owner == first)
        or (isinstance(f, Shareholding) and f.holder == first)
    ]
    out["nrows"] = len(rows)
    for i, f in enumerate(rows):
        out |= {f"r{i}.{k}": v for k, v in _row(f).items()}
    sigs = [f for f in x.facts if isinstance(f, Signature)]
    for i, s in enumerate(sigs):
        behalf = s.on_behalf_of.name if s.on_behalf_of else None
        out[f"s{i}"] = [s.signer.name, behalf, _j(s.date)]
    return out


_OFFERING = (
    "total_offering_amount",
    "total_amount_sold",
    "total_remaining",
    "indefinite",
    "is_amendment",
    "first_sale_yet_to_occur",
    "date_of_first_sale",
    "more_than_one_year",
    "minimum_investment",
    "total_investors",
    "revenue_range",
)


def flat_formd(x: Extraction) -> dict[str, Any]:
    iss = x.document.subject
    out: dict[str, Any] = {"form": x.document.form_type, "date": _j(x.document.date)}
    out |= {"amends": x.document.amends, "issuer": iss.name if iss else None}
    out["cik"] = iss.cik if iss else None
    own = [f for f in x.facts if isinstance(f, EntityFacts) and f.entity == iss]
    for name in ("entity_type", "jurisdiction", "phone", "industry_group"):
        found = [getattr(f, name) for f in own if getattr(f, name)]
        out["i." + name] = found[0] if found else None
    out["i.addr"] = next((_address(f) for f in own if f.addresses), None)
    others = {f.entity.name: f for f in x.facts if isinstance(f, EntityFacts) and f.entity != iss}
    for f in x.facts:
        if isinstance(f, Position):
            out[f"p[{f.holder.name}]"] = [list(f.roles), f.title]
            out[f"pa[{f.holder.name}]"] = _address(others.get(f.holder.name))
        if isinstance(f, Mention):
            out[f"m[{f.entity.name}]"] = True
    offering = next((f for f in x.facts if isinstance(f, Offering)), None)
    if offering:
        for name in _OFFERING:
            out[name] = _j(getattr(offering, name))
        out["exemptions"] = sorted(offering.exemptions)
        out["securities"] = sorted(offering.security_types)
        out["co_issuers"] = [c.name for c in offering.co_issuers]
        out["recipients"] = [c.name for c in offering.sales_recipients]
    sigs = [f for f in x.facts if isinstance(f, Signature)]
    out["sigs"] = sorted([s.signer.name, s.title, _j(s.date)] for s in sigs)
    return out


def _norm(value: Any) -> Any:
    """Case and punctuation do not count in names and addresses."""
    if isinstance(value, str):
        return re.sub(r"[^a-z0-9]", "", value.lower())
    if isinstance(value, list):
        return [_norm(v) for v in value]
    return value


_LOOSE = re.compile(r"(?:\.name|\.addr|^issuer|^co_issuers|^recipients|^s\d+|^sigs|^pa?\[|^m\[)")


def compare(name: str) -> list[tuple[str, str, Any, Any]]:
    """(verdict, field, wanted, got) for every field of one document's truth that is not
    right, and an EXTRA line for each related person or mention the truth does not name."""
    want = TRUTH[name]
    doc = read_bytes((SET / f"{name}.txt").read_bytes(), f"{name}.txt")
    kind = detect(doc)
    if kind != want["kind"]:
        return [("WRONG", "kind", want["kind"], kind)]
    x = extract(doc)
    got = flat_form4(x) if kind == "form4_text" else flat_formd(x)
    if kind == "formd_text":  # persons are keyed by name: compare the names loosely
        got = {
            (f"{k[: k.index('[')]}[{_norm(k[k.index('[') + 1 : -1])}]" if "[" in k else k): v
            for k, v in got.items()
        }
    bad = []
    for key, value in want["fields"].items():
        if kind == "formd_text" and "[" in key:
            key = f"{key[: key.index('[')]}[{_norm(key[key.index('[') + 1 : -1])}]"
        g = got.get(key)
        same = _norm(g) == _norm(value) if _LOOSE.search(key) else g == value
        if not same:
            bad.append(("MISS" if g is None else "WRONG", key, value, g))
    named = {k for k in want["fields"] if "[" in k}
    named = {f"{k[: k.index('[')]}[{_norm(k[k.index('[') + 1 : -1])}]" for k in named}
    for key in got:
        if key[:2] in ("p[", "m[") and key not in named:
            bad.append(("EXTRA", key, None, got[key]))
    return bad


@pytest.mark.parametrize("name", sorted(TRUTH))
def test_heldout_print2_fields(name: str) -> None:
    assert compare(name) == []


# --- one test per fix, each on the seed's Form 4 with one thing changed ---------------

_SEED = (Path(__file__).parent / "data" / "form4_text" / "001_e522093d6283adcf.txt").read_text(
    encoding="utf-8"
)
_ROW = "Common Stock\t12/03/2007\t\tS ⁽¹⁾\t100 D \\$ 16.66\t1,946 ⁽²⁾\tD\t\n"


def _rows_of(text: str) -> list[Transaction | Shareholding]:
    x = extract(read_bytes(text.encode(), "form4.txt"))
    return [f for f in x.facts if isinstance(f, (Transaction, Shareholding))]


def test_continuation_line_keeps_columns() -> None:
    """A row complete on its line, with the second lines of its title and nature cells
    printed under them on the next line (tabs kept): each goes back to its own cell."""
    wrapped = (
        "Common Stock, par value\t12/03/2007\t\tS ⁽¹⁾\t100 D \\$ 16.66\t1,946 ⁽²⁾\tI\tBy Family\n"
        " \\$0.01 per share\t\t\t\t\t\t\tTrust\n"
    )
    rows = _rows_of(_SEED.replace(_ROW, wrapped, 1))
    assert len(rows) == 3
    first = rows[0]
    assert isinstance(first, Transaction)
    assert first.security_title == "Common Stock, par value $0.01 per share"
    assert first.nature_of_ownership == "By Family Trust"
    assert (first.shares, first.price_per_share, first.shares_owned_after) == (
        Decimal("100"),
        Decimal("16.66"),
        Decimal("1946"),
    )
    assert first.direct_or_indirect == "I"


def test_price_printed_as_range_is_no_price() -> None:
    """ "\\$ 16.50 - \\$ 16.80" (a weighted average footnoted) is not a price per share."""
    ranged = _ROW.replace("100 D \\$ 16.66", "100 D \\$ 16.50 - \\$ 16.80")
    first = _rows_of(_SEED.replace(_ROW, ranged, 1))[0]
    assert isinstance(first, Transaction)
    assert (first.shares, first.acquired_disposed, first.price_per_share) == (
        Decimal("100"),
        "D",
        None,
    )
    assert first.shares_owned_after == Decimal("1946")


def test_form_before_2003_has_no_deemed_date_column() -> None:
    """The old Table I: "3. Transaction Code" right after "2. Transaction Date"."""
    header_at = _SEED.index("1. Title of Security")
    header = _SEED[header_at : _SEED.index("\n", header_at)]
    old = (
        "1. Title of Security (Instr. 3)\t2. Transaction Date (Month/Day/Year)\t3. Transaction"
        " Code (Instr. 8)\t4. Securities Acquired (A) or Disposed of (D) (Instr. 3, 4 and 5)"
        "\t5. Amount of Securities Beneficially Owned at End of Month (Instr. 3 and 4)"
        "\t6. Ownership Form: Direct (D) or Indirect (I) (Instr. 4)\t7. Nature of Indirect"
        " Beneficial Ownership (Instr. 4)"
    )
    text = _SEED.replace(header, old, 1).replace("12/03/2007\t\tS", "12/03/2007\tS")
    rows = _rows_of(text)
    assert len(rows) == 3
    first = rows[0]
    assert isinstance(first, Transaction)
    assert (first.transaction_date, first.transaction_code) == (date(2007, 12, 3), "S")
    assert (first.shares, first.acquired_disposed, first.price_per_share) == (
        Decimal("100"),
        "D",
        Decimal("16.66"),
    )
    assert first.shares_owned_after == Decimal("1946")
