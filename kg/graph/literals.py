"""Fact values to RDF literals: one lexical form and datatype per Python type.

The builder keeps a fact's value as a plain Python value; ``literal`` makes the rdflib
term (for a dataset) and ``lexical`` the text and datatype (for the N-Quads writer),
so both edges write the same literal.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from rdflib import XSD, Literal, URIRef


def literal(value: object) -> Literal:
    """The typed literal of a fact value (cached: names and dates repeat a lot)."""
    # One cache per Python type: True == 1 but their literals differ. Within a
    # type, equal values share one literal (Decimal("1.50") == Decimal("1.5"),
    # both canonically "1.5").
    kind = type(value)
    cache = _LITERALS.get(kind)
    if cache is None:
        cache = _LITERALS[kind] = {}
    found = cache.get(value)
    if found is None:
        if len(cache) >= _LITERAL_CACHE_SIZE:  # bounded: a corpus holds millions of names
            cache.clear()
        found = cache[value] = _new_literal(kind, value)
    return found


_LITERALS: dict[type, dict[object, Literal]] = {}
_LITERAL_CACHE_SIZE = 1 << 16


def _decimal_text(value: Decimal) -> str:
    """The XSD 1.1 canonical xsd:decimal form ("100", "1.5"), as Oxigraph writes it,
    so that equal amounts from two filings ("1.50", "1.5") are one literal."""
    return format(value.normalize(), "f")


def _new_literal(kind: type, value: object) -> Literal:
    # The lexical forms are canonical already (str(int), date.isoformat, _decimal_text,
    # "true"/"false"): rdflib's normalisation would only redo them.
    if kind is str:
        return Literal(value, normalize=False)
    text, datatype = lexical(value)
    return Literal(text, datatype=datatype, normalize=False)


_XSD_BOOLEAN, _XSD_INTEGER = XSD.boolean, XSD.integer
_XSD_DECIMAL, _XSD_DATE = XSD.decimal, XSD.date


def lexical(value: object) -> tuple[str, URIRef | None]:
    """The lexical form and datatype of a fact value's literal (None: a plain string)."""
    kind = type(value)
    if kind is str:
        return value, None  # type: ignore[return-value]
    if kind is bool:
        return ("true" if value else "false"), _XSD_BOOLEAN
    if issubclass(kind, int):
        return str(value), _XSD_INTEGER
    if issubclass(kind, Decimal):
        return _decimal_text(value), _XSD_DECIMAL  # type: ignore[arg-type]
    if issubclass(kind, date):
        return str(value), _XSD_DATE
    return str(value), None
