"""The two spellings of the builder's terms (kg.graph.terms) say the same thing:
an N-Quads file written from text terms parses to the rdflib terms a dataset gets."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from rdflib import RDF, Dataset, Literal, URIRef

from kg.errors import GraphFileError
from kg.graph.terms import rdf_terms, text_terms
from kg.vocab import EKG

VALUES = [
    'say "when"',
    "two\nlines\r\n and a back\\slash",
    "Zürich — 株式会社",
    "",
    True,
    False,
    0,
    12,
    Decimal("1.50"),
    Decimal("-0.0001"),
    Decimal("1E+3"),
    date(2001, 2, 3),
]


@pytest.mark.parametrize("value", VALUES, ids=repr)
def test_a_value_spelt_as_text_parses_to_the_datasets_literal(value):
    text, rdf = text_terms(), rdf_terms()
    line = f"<urn:s> <urn:p> {text.value(value)} <urn:g> .\n"
    parsed = Dataset()
    parsed.parse(data=line, format="nquads")
    (obj,) = {o for _, _, o, _ in parsed.quads()}
    expected = rdf.value(value)
    assert isinstance(expected, Literal)
    assert obj == expected and obj.datatype == expected.datatype


def test_equal_values_of_other_types_keep_their_own_texts():
    value = text_terms().value
    assert len({value(v) for v in (True, 1, Decimal(1), "1")}) == 4
    assert value(Decimal("1.0")) == value(Decimal("1")) == value(Decimal("1.00"))


def test_rdflib_terms_pass_through_both_spellings():
    iri, lit = URIRef("urn:x"), Literal("hi", lang="en")
    assert rdf_terms().value(iri) is iri and rdf_terms().value(lit) is lit
    assert text_terms().value(iri) == "<urn:x>"
    assert text_terms().value(lit) == '"hi"@en'


@pytest.mark.parametrize("bad", ["urn:a b", "urn:<x>", 'urn:"q"', "urn:a\nb"])
def test_an_iri_ntriples_cannot_hold_is_refused_not_written(bad):
    with pytest.raises(GraphFileError, match="cannot write the IRI"):
        text_terms().iri(bad)
    assert text_terms().iri("urn:fine") == "<urn:fine>"


def test_the_vocabulary_is_closed_and_spelt_once():
    text, rdf = text_terms(), rdf_terms()
    assert rdf.vocab.type == RDF.type and text.vocab.type == f"<{RDF.type}>"
    assert text.vocab.officerOf == f"<{EKG.officerOf}>"
    assert text.vocab.officerOf is text.vocab.officerOf  # an attribute after first use
    with pytest.raises(AttributeError):
        _ = text.vocab.officrOf
