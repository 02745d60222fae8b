"""How the builder spells RDF terms: rdflib terms for a dataset, N-Triples text for a file.

The builder decides what is said; a ``Terms`` decides how each IRI and value is
written. An N-Quads export gets the text of each term as the statement is made
(``text_terms``), so no second pass over every statement turns rdflib terms into
text, and no rdflib term is made only to be printed. A dataset gets rdflib terms
(``rdf_terms``). Both spell a value through ``kg.graph.literals.lexical``, so the
two edges write the same literals.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from types import SimpleNamespace
from typing import Any

from rdflib import RDF, RDFS, XSD, Literal, URIRef
from rdflib.namespace import PROV
from rdflib.term import Node

from kg.errors import GraphFileError
from kg.graph.literals import lexical, literal
from kg.vocab import TERMS

Term = Any  # an rdflib term, or its N-Triples text: whichever the Terms makes
# The Python types of the fact values the builder meets (kg.model's fields).
VALUE_TYPES = (str, bool, int, Decimal, date)

# Vocabulary the builder writes besides ekg:'s own terms.
_OTHER = {"type": RDF.type, "label": RDFS.label, "wasRevisionOf": PROV.wasRevisionOf}


@dataclass
class Terms:
    """``iri`` spells an IRI's text, ``value`` a fact value (str, bool, int, Decimal,
    date) as its literal, ``string`` a str value (the commonest, so a cached lookup in
    C); ``vocab`` holds the vocabulary, spelt once."""

    iri: Callable[[str], Term]
    value: Callable[[object], Term]
    string: Callable[[str], Term]
    vocab: SimpleNamespace = field(init=False)
    spell: Callable[[URIRef], Term] = field(repr=False, default=lambda term: term)

    def __post_init__(self) -> None:
        self.vocab = vocabulary(self.spell)


def vocabulary(spell: Callable[[URIRef], Term]) -> SimpleNamespace:
    """``ekg:`` terms (and rdf:type, rdfs:label, prov:wasRevisionOf by their local
    names) as attributes, spelt once by ``spell``: a misspelt name raises AttributeError.
    Spelt up front (a few hundred terms, once a file) rather than on first use: a plain
    namespace is what compiled code (mypyc) reads fastest, and it has no __getattr__."""
    terms = {name: spell(term) for name, term in vars(TERMS).items()}
    terms.update((name, spell(term)) for name, term in _OTHER.items())
    return SimpleNamespace(**terms)


def rdf_terms() -> Terms:
    """rdflib terms, for a dataset."""
    return Terms(iri=URIRef, value=_rdf_value, string=literal)  # literal() caches its own


def _rdf_value(value: object) -> Node:
    return value if isinstance(value, Node) else literal(value)


def text_terms() -> Terms:
    """N-Triples text, for an N-Quads or N-Triples file; one per file written."""
    texts = _ValueTexts()
    return Terms(iri=iri_text, value=texts.text, string=texts.string, spell=term_text)


_NOT_IN_IRI = re.compile(r'[<>"{}|^`\\\s]')


def iri_text(iri: str) -> str:
    """``<iri>``; an IRI N-Triples cannot hold is refused, never written broken."""
    if _NOT_IN_IRI.search(iri):  # never for IRIs kg.graph.iris mints
        raise GraphFileError(f"cannot write the IRI {iri!r} in N-Quads")
    return f"<{iri}>"


_SPELT_LIMIT = 1 << 17  # values a _Spelt keeps


class _Spelt(dict[Any, Term]):
    """A value -> its literal, spelt on first sight: a hit is one lookup in C (the
    bound ``__getitem__``), a miss calls ``__missing__``. Bounded: a corpus holds
    millions of names."""

    def __init__(self, spell: Callable[[Any], Term]) -> None:
        super().__init__()
        self._spell = spell

    def __missing__(self, value: Any) -> Term:
        if len(self) >= _SPELT_LIMIT:
            self.clear()
        found = self[value] = self._spell(value)
        return found


class _ValueTexts:
    """N-Triples text of fact values, cached by value, one table per type: every filing
    has its own "Common Stock" and dates, and True == 1 == Decimal(1) but their texts
    differ. Bounded as ``_Spelt`` is."""

    def __init__(self) -> None:
        strings = _Spelt(_quoted)
        self.string = strings.__getitem__
        self._tables: dict[type, _Spelt] = {
            kind: strings if kind is str else _Spelt(term_text) for kind in VALUE_TYPES
        }

    def text(self, value: object) -> str:
        table = self._tables.get(type(value))
        if table is None:  # an rdflib term, or a subclass of a value type
            return term_text(value)
        return table[value]


_ESCAPES = str.maketrans({"\\": "\\\\", '"': '\\"', "\n": "\\n", "\r": "\\r"})
# str.translate looks every character up in the table (a caught KeyError per
# character not in it): scan for the four first, as most literals have none.
_NEEDS_ESCAPE = re.compile(r'[\\"\n\r]')
_XSD_STRING = XSD.string  # looked up once: a namespace attribute is a metaclass call


def term_text(term: object) -> str:
    """A term, or a fact value, in N-Triples syntax."""
    if type(term) is str:  # a fact value; an IRI is a URIRef
        return _quoted(term)
    if isinstance(term, URIRef):
        return iri_text(term)
    if isinstance(term, Literal):
        if term.language:
            return f"{_quoted(term)}@{term.language}"
        datatype = term.datatype
        if datatype is not None and datatype != _XSD_STRING:
            return f"{_quoted(term)}^^<{datatype}>"
        return _quoted(term)
    if isinstance(term, Node):
        return term.n3()
    text, datatype = lexical(term)  # the lexical form a dataset's Literal gets
    return f"{_quoted(text)}^^<{datatype}>" if datatype else _quoted(text)


def _quoted(text: str) -> str:
    text = str(text)
    if _NEEDS_ESCAPE.search(text):
        text = text.translate(_ESCAPES)
    return f'"{text}"'
