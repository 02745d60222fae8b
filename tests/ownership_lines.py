"""Table I/II lines of an ownership filing as comparable values: what the crosscheck
tests (a print, a rendered page) compare against the XML reader's reading."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

from kg.model import Extraction, Shareholding, Transaction

LINE_FIELDS = (
    "security_title",
    "is_derivative",
    "transaction_date",
    "deemed_execution_date",
    "transaction_code",
    "shares",
    "price_per_share",
    "acquired_disposed",
    "shares_owned_after",
    "direct_or_indirect",
    "nature_of_ownership",
    "conversion_or_exercise_price",
    "exercise_date",
    "expiration_date",
    "underlying_security_title",
    "underlying_shares",
    "under_plan_10b5_1",
)


def of(extraction: Extraction, kind: type) -> list[Any]:
    return [f for f in extraction.facts if isinstance(f, kind)]


def line(fact: Transaction | Shareholding) -> dict[str, object]:
    values = {k: getattr(fact, k, None) for k in LINE_FIELDS}
    if isinstance(fact, Shareholding):
        values["shares_owned_after"] = fact.shares
        values["holder"] = fact.holder.name
    else:
        values["holder"] = fact.reporting_owner.name
    # Footnotes compared as a set: a print or a page lists them in the order of its cells.
    values["footnotes"] = sorted(fact.footnotes)
    return values


def compare_lines(
    kind: type,
    xml: Extraction,
    other: Extraction,
    source: str,
    skip: Callable[[Any, str], bool] | None = None,
) -> Iterator[str]:
    """One line per field of a ``kind`` row that ``other`` (read from ``source``) reads
    differently from the XML; ``skip(xml_fact, field)`` leaves a field out."""
    want, got = of(xml, kind), of(other, kind)
    if len(want) != len(got):
        yield f"{kind.__name__}: {len(got)} read from the {source}, {len(want)} in the XML"
        return
    for n, (w, g) in enumerate(zip(want, got, strict=True)):
        expected, found = line(w), line(g)
        for key, value in expected.items():
            if skip is not None and skip(w, key):
                continue
            if found[key] != value:
                yield f"{kind.__name__} {n} {key}: {source} {found[key]!r} != xml {value!r}"
