"""SHACL shapes: a well-formed built graph conforms, each broken one names its fault.

The graphs are built by hand the way the builder builds them (IRIs under
https://w3id.org/edgar-kg/id/, EKG terms), so these tests pin the conventions
of spec/vocabulary.md independently of the builder.
"""

from __future__ import annotations

import socket
import subprocess
import sys
from collections.abc import Callable
from datetime import date
from decimal import Decimal

import pytest
from rdflib import BNode, Dataset, Graph, Literal, URIRef
from rdflib.namespace import OWL, RDF, RDFS, SH, Namespace
from rdflib.term import Node

from kg.graph.validate import ValidationResult, Violation, validate
from kg.resources import ontology_path
from kg.vocab import EKG, ID

XSD = Namespace("http://www.w3.org/2001/XMLSchema#")
NS = str(EKG)

COMPANY = ID["company/0000000001"]
PERSON = ID["person/0000000002"]
FUND = ID["company/fund-lp"]
DOC = ID["document/" + "ab" * 8]
ADDRESS = ID["address/0000000001-business"]
POSITION = ID["position/p1"]
HOLDING = ID["shareholding/s1"]
TX = ID["transaction/t1"]
AGREEMENT = ID["agreement/a1"]
OFFERING = ID["offering/o1"]
SIGNATURE = ID["signature/g1"]
FACTS = (POSITION, HOLDING, TX, AGREEMENT, OFFERING, SIGNATURE)


def add_entities(g: Graph) -> None:
    g.add((COMPANY, RDF.type, EKG.Company))
    for s, name in ((COMPANY, "Acme Widgets, Inc."), (PERSON, "Jane Q. Doe"), (FUND, "Fund LP")):
        g.add((s, EKG.name, Literal(name)))
        g.add((s, RDFS.label, Literal(name)))
    g.add((COMPANY, EKG.cik, Literal("0000000001")))
    g.add((COMPANY, EKG.alias, Literal("ACME WIDGETS, INC.")))
    g.add((COMPANY, EKG.ticker, Literal("ACMW")))
    g.add((COMPANY, EKG.address, ADDRESS))
    g.add((ADDRESS, RDF.type, EKG.Address))
    for prop, value in ((EKG.street, "1 Main St"), (EKG.city, "Springfield"), (EKG.state, "XX")):
        g.add((ADDRESS, prop, Literal(value)))
    g.add((PERSON, RDF.type, EKG.Person))
    g.add((PERSON, EKG.cik, Literal("0000000002")))
    g.add((PERSON, EKG.givenName, Literal("Jane")))
    g.add((PERSON, EKG.familyName, Literal("Doe")))
    g.add((PERSON, EKG.officerOf, COMPANY))
    g.add((PERSON, EKG.partyTo, AGREEMENT))
    g.add((FUND, RDF.type, EKG.Company))
    g.add((FUND, EKG.tenPercentOwnerOf, COMPANY))


def add_document(g: Graph) -> None:
    # Typed only as the subclass: shapes on ekg:Document must still apply.
    g.add((DOC, RDF.type, EKG.Filing))
    g.add((DOC, EKG.formType, Literal("4")))
    g.add((DOC, EKG.sourceFile, Literal("form4.xml")))
    g.add((DOC, EKG.sha256, Literal("0f" * 32)))
    g.add((DOC, EKG.date, Literal(date(2024, 1, 3))))
    g.add((DOC, EKG.accessionNumber, Literal("0000000001-24-000001")))
    g.add((DOC, EKG.subject, COMPANY))
    g.add((DOC, EKG.mentions, PERSON))
    g.add((DOC, EKG.signature, SIGNATURE))
    g.add((DOC, EKG.extractor, Literal("form4_xml")))


def add_facts(g: Graph) -> None:
    kinds = (EKG.Position, EKG.Shareholding, EKG.Transaction, EKG.Agreement, EKG.Offering)
    for node, kind in zip(FACTS, (*kinds, EKG.Signature), strict=True):
        g.add((node, RDF.type, kind))
        g.add((node, EKG.source, DOC))
        g.add((node, EKG.evidence, Literal(f"verbatim line for {kind.fragment}")))
    g.add((POSITION, EKG.holder, PERSON))
    g.add((POSITION, EKG.organization, COMPANY))
    g.add((POSITION, EKG.role, EKG.Officer))
    g.add((POSITION, EKG.role, EKG.Director))
    g.add((POSITION, EKG.title, Literal("Chief Financial Officer")))
    g.add((POSITION, EKG.asOf, Literal(date(2024, 1, 2))))
    g.add((HOLDING, EKG.holder, FUND))
    g.add((HOLDING, EKG.issuer, COMPANY))
    g.add((HOLDING, EKG.percentOfClass, Literal(Decimal("23"))))
    g.add((HOLDING, EKG.directOrIndirect, Literal("I")))
    g.add((TX, EKG.reportingOwner, PERSON))
    g.add((TX, EKG.issuer, COMPANY))
    g.add((TX, EKG.securityTitle, Literal("Common Stock")))
    g.add((TX, EKG.isDerivative, Literal(False)))
    g.add((TX, EKG.transactionDate, Literal(date(2024, 1, 2))))
    g.add((TX, EKG.transactionCode, Literal("S")))
    g.add((TX, EKG.shares, Literal(Decimal("1000"))))
    g.add((TX, EKG.pricePerShare, Literal(Decimal("12.50"))))
    g.add((TX, EKG.acquiredDisposed, Literal("D")))
    g.add((TX, EKG.directOrIndirect, Literal("D")))
    g.add((TX, EKG.footnote, Literal("Weighted average price.")))
    g.add((AGREEMENT, EKG.party, COMPANY))
    g.add((AGREEMENT, EKG.party, PERSON))
    g.add((AGREEMENT, EKG.agreementType, Literal("Employment Agreement")))
    g.add((AGREEMENT, EKG.date, Literal(date(2024, 1, 1))))
    g.add((OFFERING, EKG.issuer, COMPANY))
    g.add((OFFERING, EKG.totalOfferingAmount, Literal(Decimal("5000000"))))
    g.add((OFFERING, EKG.indefinite, Literal(False)))
    g.add((OFFERING, EKG.exemption, Literal("Rule 506(b)")))
    g.add((OFFERING, EKG.totalInvestors, Literal(12)))
    g.add((SIGNATURE, EKG.signer, PERSON))
    g.add((SIGNATURE, EKG.signerTitle, Literal("Attorney-in-fact")))
    g.add((SIGNATURE, EKG.date, Literal(date(2024, 1, 3))))


def valid_graph() -> Graph:
    g = Graph()
    add_entities(g)
    add_document(g)
    add_facts(g)
    return g


def paths(result: ValidationResult, focus: Node) -> set[Node | None]:
    return {v.path for v in result.violations if v.focus_node == focus}


def test_valid_graph_conforms() -> None:
    result = validate(valid_graph())
    assert result.conforms, result.report_text
    assert result.violations == []
    assert result.warnings == []


def test_dataset_is_validated_as_the_union() -> None:
    """Facts in the document's named graph point at entities typed in another graph."""
    ds = Dataset()
    add_entities(ds.graph(ID["graph/entities"]))
    doc_graph = ds.graph(DOC)
    add_document(doc_graph)
    add_facts(doc_graph)
    result = validate(ds)
    assert result.conforms, result.report_text
    # The union really is checked: drop the company's type and the facts fail.
    ds.graph(ID["graph/entities"]).remove((COMPANY, RDF.type, EKG.Company))
    broken = validate(ds)
    assert not broken.conforms
    assert EKG.issuer in paths(broken, TX)


def remove(s: Node, p: Node) -> Callable[[Graph], None]:
    return lambda g: g.remove((s, p, None))


def replace(s: Node, p: Node, o: Node) -> Callable[[Graph], None]:
    def change(g: Graph) -> None:
        g.remove((s, p, None))
        g.add((s, p, o))

    return change


def blank_holder(g: Graph) -> None:
    holder = BNode()
    g.add((holder, RDF.type, EKG.Person))
    g.add((holder, EKG.name, Literal("Anon")))
    g.add((holder, RDFS.label, Literal("Anon")))
    replace(POSITION, EKG.holder, holder)(g)


BROKEN = {
    "transaction without issuer": (remove(TX, EKG.issuer), TX, EKG.issuer),
    "transaction without isDerivative": (remove(TX, EKG.isDerivative), TX, EKG.isDerivative),
    "transaction without securityTitle": (remove(TX, EKG.securityTitle), TX, EKG.securityTitle),
    "cik of 3 digits": (replace(PERSON, EKG.cik, Literal("123")), PERSON, EKG.cik),
    "second cik on a company": (
        lambda g: g.add((COMPANY, EKG.cik, Literal("0000000009"))),
        COMPANY,
        EKG.cik,
    ),
    "blank-node holder": (blank_holder, POSITION, EKG.holder),
    "role outside the role individuals": (
        lambda g: g.add((POSITION, EKG.role, ID["role/chair"])),
        POSITION,
        EKG.role,
    ),
    "position without role": (remove(POSITION, EKG.role), POSITION, EKG.role),
    "percentOfClass 140": (
        replace(HOLDING, EKG.percentOfClass, Literal(Decimal("140"))),
        HOLDING,
        EKG.percentOfClass,
    ),
    "percentOfClass as a string": (
        replace(HOLDING, EKG.percentOfClass, Literal("23")),
        HOLDING,
        EKG.percentOfClass,
    ),
    "date typed as string": (
        replace(TX, EKG.transactionDate, Literal("2024-01-02")),
        TX,
        EKG.transactionDate,
    ),
    "ill-formed date": (
        replace(POSITION, EKG.asOf, Literal("2024-02-30", datatype=XSD.date)),
        POSITION,
        EKG.asOf,
    ),
    "document date typed as dateTime": (
        replace(DOC, EKG.date, Literal("2024-01-03T00:00:00", datatype=XSD.dateTime)),
        DOC,
        EKG.date,
    ),
    "shares typed as double": (
        replace(TX, EKG.shares, Literal(1000.0)),
        TX,
        EKG.shares,
    ),
    "isDerivative as a string": (
        replace(TX, EKG.isDerivative, Literal("false")),
        TX,
        EKG.isDerivative,
    ),
    "acquiredDisposed X": (
        replace(TX, EKG.acquiredDisposed, Literal("X")),
        TX,
        EKG.acquiredDisposed,
    ),
    "directOrIndirect lower case": (
        replace(HOLDING, EKG.directOrIndirect, Literal("i")),
        HOLDING,
        EKG.directOrIndirect,
    ),
    "fact without evidence": (remove(AGREEMENT, EKG.evidence), AGREEMENT, EKG.evidence),
    "fact with empty evidence": (
        replace(SIGNATURE, EKG.evidence, Literal("")),
        SIGNATURE,
        EKG.evidence,
    ),
    "fact without source": (remove(OFFERING, EKG.source), OFFERING, EKG.source),
    "fact with two sources": (
        lambda g: g.add((POSITION, EKG.source, ID["document/other"])),
        POSITION,
        EKG.source,
    ),
    "source that is not a document": (replace(TX, EKG.source, COMPANY), TX, EKG.source),
    "holder that is a document": (replace(HOLDING, EKG.holder, DOC), HOLDING, EKG.holder),
    "organization that is a person": (
        replace(POSITION, EKG.organization, PERSON),
        POSITION,
        EKG.organization,
    ),
    "agreement without party": (remove(AGREEMENT, EKG.party), AGREEMENT, EKG.party),
    "agreement without type": (
        remove(AGREEMENT, EKG.agreementType),
        AGREEMENT,
        EKG.agreementType,
    ),
    "offering without issuer": (remove(OFFERING, EKG.issuer), OFFERING, EKG.issuer),
    "negative offering amount": (
        replace(OFFERING, EKG.totalOfferingAmount, Literal(Decimal("-1"))),
        OFFERING,
        EKG.totalOfferingAmount,
    ),
    "totalInvestors as decimal": (
        replace(OFFERING, EKG.totalInvestors, Literal(Decimal("12"))),
        OFFERING,
        EKG.totalInvestors,
    ),
    "signature without signer": (remove(SIGNATURE, EKG.signer), SIGNATURE, EKG.signer),
    "entity without name": (remove(FUND, EKG.name), FUND, EKG.name),
    "label differing from name": (
        replace(COMPANY, RDFS.label, Literal("Acme")),
        COMPANY,
        RDFS.label,
    ),
    "name with a language tag": (
        replace(PERSON, EKG.name, Literal("Jane Q. Doe", lang="en")),
        PERSON,
        EKG.name,
    ),
    "document without sha256": (remove(DOC, EKG.sha256), DOC, EKG.sha256),
    "sha256 of the wrong length": (replace(DOC, EKG.sha256, Literal("abc")), DOC, EKG.sha256),
    "document without formType": (remove(DOC, EKG.formType), DOC, EKG.formType),
    "document without sourceFile": (remove(DOC, EKG.sourceFile), DOC, EKG.sourceFile),
    "address with a number": (
        lambda g: g.add((ADDRESS, EKG.postalCode, Literal(12345))),
        ADDRESS,
        EKG.postalCode,
    ),
    "address with a non-address property": (
        lambda g: g.add((ADDRESS, EKG.evidence, Literal("1 Main St"))),
        ADDRESS,
        EKG.evidence,
    ),
    "shortcut edge to a person": (
        lambda g: g.add((PERSON, EKG.directorOf, PERSON)),
        PERSON,
        EKG.directorOf,
    ),
}


@pytest.mark.parametrize("case", sorted(BROKEN))
def test_broken_graph_names_the_path(case: str) -> None:
    breaks, focus, path = BROKEN[case]
    g = valid_graph()
    breaks(g)
    result = validate(g)
    assert not result.conforms
    assert path in paths(result, focus), result.report_text
    assert all(isinstance(v, Violation) and v.message for v in result.violations)


def test_stray_blank_node_anywhere_fails() -> None:
    g = valid_graph()
    orphan = BNode()
    g.add((orphan, EKG.alias, Literal("orphan")))
    result = validate(g)
    assert not result.conforms
    # The shapes (subject of an ekg: property) and the scan of every triple both see it.
    assert paths(result, orphan) == {None, EKG.alias}


def test_blank_node_under_a_foreign_predicate_fails() -> None:
    g = valid_graph()
    note = BNode()
    g.add((COMPANY, URIRef("http://example.org/note"), note))
    result = validate(g)
    assert not result.conforms
    hits = [v for v in result.violations if v.focus_node == note]
    assert [v.path for v in hits] == [URIRef("http://example.org/note")]
    assert "Blank node" in hits[0].message
    assert "Blank nodes (1)" in result.report_text


def test_ontology_inside_the_data_is_not_a_blank_node_fault(onto: Graph) -> None:
    g = valid_graph()
    g += onto  # its owl:unionOf class expressions are blank nodes
    result = validate(g)
    assert result.conforms, result.report_text


def test_node_outside_resource_base_fails() -> None:
    g = valid_graph()
    stray = URIRef("http://example.org/company/1")
    g.add((stray, RDF.type, EKG.Company))
    g.add((stray, EKG.name, Literal("Other Co")))
    g.add((stray, RDFS.label, Literal("Other Co")))
    result = validate(g)
    assert not result.conforms
    assert paths(result, stray) == {None}


def test_entity_cannot_be_company_and_person() -> None:
    g = valid_graph()
    g.add((PERSON, RDF.type, EKG.Company))
    result = validate(g)
    assert not result.conforms
    assert any("exactly one of" in v.message for v in result.violations if v.focus_node == PERSON)


def test_address_spelt_two_ways_is_a_warning_only() -> None:
    g = valid_graph()
    g.add((ADDRESS, EKG.city, Literal("SPRINGFIELD")))
    result = validate(g)
    assert result.conforms, result.report_text
    assert [(v.focus_node, v.path) for v in result.warnings] == [(ADDRESS, EKG.city)]


def test_odd_accession_number_is_a_warning_only() -> None:
    g = valid_graph()
    replace(DOC, EKG.accessionNumber, Literal("000000000124000001"))(g)
    g.add((DOC, EKG.item, Literal("Item 1.01")))
    result = validate(g)
    assert result.conforms, result.report_text
    assert {v.path for v in result.warnings} == {EKG.accessionNumber, EKG.item}


def test_validation_is_offline(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("validation tried to open a network connection")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    assert validate(valid_graph()).conforms


def test_pyshacl_is_imported_lazily() -> None:
    code = "import sys, kg.graph.validate, kg.resources; print('pyshacl' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


def test_input_graph_is_not_modified() -> None:
    g = valid_graph()
    before = set(g)
    validate(g)
    assert set(g) == before


# --- the shapes agree with the ontology ---------------------------------------


@pytest.fixture(scope="module")
def shapes() -> Graph:
    return Graph().parse(ontology_path("shapes.ttl"), format="turtle")


@pytest.fixture(scope="module")
def onto() -> Graph:
    return Graph().parse(ontology_path("edgar-kg.ttl"), format="turtle")


def ekg_properties(onto: Graph, kind: URIRef) -> set[URIRef]:
    return {p for p in onto.subjects(RDF.type, kind) if str(p).startswith(NS)}


def test_shapes_name_only_defined_terms(shapes: Graph, onto: Graph) -> None:
    """A misspelt term in a shape would silently never match anything."""
    defined = {s for s in onto.subjects(RDF.type, None) if str(s).startswith(NS)}
    used = {o for o in shapes.objects() if isinstance(o, URIRef) and str(o).startswith(NS)}
    assert used - defined == set()


def test_every_property_is_constrained(shapes: Graph, onto: Graph) -> None:
    constrained = set(shapes.objects(None, SH.path))
    datatyped = {shapes.value(s, SH.path) for s in shapes.subjects(SH.datatype, None)}
    data_props = ekg_properties(onto, OWL.DatatypeProperty)
    object_props = ekg_properties(onto, OWL.ObjectProperty)
    assert sorted(data_props - datatyped) == []
    assert sorted(object_props - constrained) == []


def test_iri_shape_targets_every_property(shapes: Graph, onto: Graph) -> None:
    iri_shape = URIRef("https://w3id.org/edgar-kg/shapes#ResourceIriShape")
    subjects_of = set(shapes.objects(iri_shape, SH.targetSubjectsOf))
    objects_of = set(shapes.objects(iri_shape, SH.targetObjectsOf))
    data_props = ekg_properties(onto, OWL.DatatypeProperty)
    object_props = ekg_properties(onto, OWL.ObjectProperty)
    assert sorted((data_props | object_props) - subjects_of) == []
    # ekg:role points at the ontology's role individuals, not at resources.
    assert sorted(object_props - objects_of) == [EKG.role]


def test_shape_datatypes_match_ontology_ranges(shapes: Graph, onto: Graph) -> None:
    mismatches = []
    for shape, _, datatype in shapes.triples((None, SH.datatype, None)):
        path = shapes.value(shape, SH.path)
        if str(path).startswith(NS) and onto.value(path, RDFS.range) != datatype:
            mismatches.append((path, datatype, onto.value(path, RDFS.range)))
    assert mismatches == []
