"""The ontology defines every term of the vocabulary spec, and only kg.vocab's terms."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from rdflib import Graph, URIRef
from rdflib.namespace import FOAF, OWL, PROV, RDF, RDFS, SKOS, Namespace

from kg.resources import ontology_path, samples_dir
from kg.vocab import EKG, ONTOLOGY_IRI, ORG, SCHEMA

DATA = Path(__file__).parent / "data"
NS = str(EKG)
DCTERMS = Namespace("http://purl.org/dc/terms/")
# Plain Namespaces: pytest probes module globals and a DefinedNamespace warns on that.
XSD = Namespace("http://www.w3.org/2001/XMLSchema#")
DEFINING_TYPES = {
    OWL.Class,
    OWL.ObjectProperty,
    OWL.DatatypeProperty,
    OWL.NamedIndividual,
}


@pytest.fixture(scope="module")
def onto() -> Graph:
    return Graph().parse(ontology_path("edgar-kg.ttl"), format="turtle")


def spec_terms() -> set[str]:
    """Every ``ekg:term`` written in the vocabulary spec (a copy in tests/data)."""
    text = (DATA / "vocabulary.md").read_text(encoding="utf-8")
    return set(re.findall(r"\bekg:([A-Za-z][A-Za-z0-9_]*)", text))


def defined_terms(onto: Graph) -> set[str]:
    names = set()
    for subject, _, kind in onto.triples((None, RDF.type, None)):
        if kind in DEFINING_TYPES and str(subject).startswith(NS):
            names.add(str(subject)[len(NS) :])
    return names


def vocab_terms() -> set[str]:
    return {name for name in EKG.__annotations__ if not name.startswith("_")}


def test_ontology_header(onto: Graph) -> None:
    ontology = URIRef(ONTOLOGY_IRI)
    assert (ontology, RDF.type, OWL.Ontology) in onto
    for prop in (OWL.versionInfo, DCTERMS.title, DCTERMS.description, DCTERMS.license):
        assert onto.value(ontology, prop) is not None, prop
    # Offline by design: nothing to fetch when the ontology is loaded.
    assert not list(onto.objects(ontology, OWL.imports))


def test_spec_parsed_sensibly() -> None:
    terms = spec_terms()
    # Guards the regex: a spec read as empty would make the next test vacuous.
    assert {"Company", "Position", "holder", "underPlan10b5_1", "sha256"} <= terms
    assert len(terms) > 90


def test_every_spec_term_is_defined(onto: Graph) -> None:
    missing = sorted(spec_terms() - defined_terms(onto))
    assert not missing, f"terms of vocabulary.md missing from the ontology: {missing}"


def test_ontology_and_closed_namespace_agree(onto: Graph) -> None:
    in_onto, in_vocab = defined_terms(onto), vocab_terms()
    diff = {
        "in the ontology, not in kg/vocab.py": sorted(in_onto - in_vocab),
        "in kg/vocab.py, not in the ontology": sorted(in_vocab - in_onto),
    }
    assert in_onto == in_vocab, f"ontology and EKG differ: {diff}"


@pytest.mark.parametrize("name", sorted(vocab_terms()))
def test_term_is_documented(onto: Graph, name: str) -> None:
    term = EKG[name]
    label, comment = onto.value(term, RDFS.label), onto.value(term, RDFS.comment)
    assert label and str(label).strip(), f"ekg:{name} has no rdfs:label"
    assert comment and len(str(comment)) > 15, f"ekg:{name} has no useful rdfs:comment"
    kinds = set(onto.objects(term, RDF.type))
    if kinds & {OWL.ObjectProperty, OWL.DatatypeProperty}:
        assert onto.value(term, RDFS.domain) is not None, f"ekg:{name} has no rdfs:domain"
        assert onto.value(term, RDFS.range) is not None, f"ekg:{name} has no rdfs:range"


def test_properties_are_typed_one_way(onto: Graph) -> None:
    """OWL 2 DL: no term is both an object and a datatype property."""
    objects = set(onto.subjects(RDF.type, OWL.ObjectProperty))
    datas = set(onto.subjects(RDF.type, OWL.DatatypeProperty))
    assert not objects & datas


def test_datatype_ranges(onto: Graph) -> None:
    expected = {
        "cik": XSD.string,
        "evidence": XSD.string,
        "percentOfClass": XSD.decimal,
        "shares": XSD.decimal,
        "pricePerShare": XSD.decimal,
        "totalOfferingAmount": XSD.decimal,
        "transactionDate": XSD.date,
        "date": XSD.date,
        "asOf": XSD.date,
        "isDerivative": XSD.boolean,
        "underPlan10b5_1": XSD.boolean,
        "indefinite": XSD.boolean,
        "totalInvestors": XSD.integer,
    }
    got = {name: onto.value(EKG[name], RDFS.range) for name in expected}
    assert got == expected
    allowed = {XSD.string, XSD.decimal, XSD.date, XSD.boolean, XSD.integer}
    for prop in onto.subjects(RDF.type, OWL.DatatypeProperty):
        if str(prop).startswith(NS):
            assert onto.value(prop, RDFS.range) in allowed, prop


def test_object_property_ranges(onto: Graph) -> None:
    assert onto.value(EKG.source, RDFS.range) == EKG.Document
    assert onto.value(EKG.organization, RDFS.range) == EKG.Company
    assert onto.value(EKG.role, RDFS.range) == EKG.Role
    assert onto.value(EKG.address, RDFS.range) == EKG.Address
    assert onto.value(EKG.partyTo, OWL.inverseOf) == EKG.party
    # "Person or Company" ranges are owl:unionOf class expressions.
    union = onto.value(EKG.holder, RDFS.range)
    members = set(onto.items(onto.value(union, OWL.unionOf)))
    assert members == {EKG.Person, EKG.Company}


def test_role_individuals(onto: Graph) -> None:
    roles = {"Director", "Officer", "TenPercentOwner", "Promoter", "Employee", "OtherRelationship"}
    assert {r for r in roles if (EKG[r], RDF.type, EKG.Role) in onto} == roles
    assert (EKG.Role, RDFS.subClassOf, ORG.Role) in onto


@pytest.mark.parametrize(
    ("term", "prop", "target"),
    [
        (EKG.Company, RDFS.subClassOf, ORG.FormalOrganization),
        (EKG.Company, RDFS.subClassOf, SCHEMA.Corporation),
        (EKG.Person, RDFS.subClassOf, FOAF.Person),
        (EKG.Person, RDFS.subClassOf, SCHEMA.Person),
        (EKG.Document, RDFS.subClassOf, PROV.Entity),
        (EKG.Filing, RDFS.subClassOf, EKG.Document),
        (EKG.PressRelease, RDFS.subClassOf, EKG.Document),
        (EKG.Position, RDFS.subClassOf, ORG.Membership),
        (EKG.Address, RDFS.subClassOf, SCHEMA.PostalAddress),
        (EKG.name, RDFS.subPropertyOf, SCHEMA.name),
        (EKG.name, SKOS.closeMatch, RDFS.label),
        (EKG.holder, SKOS.closeMatch, ORG.member),
        (EKG.organization, RDFS.subPropertyOf, ORG.organization),
        (EKG.role, RDFS.subPropertyOf, ORG.role),
        (EKG.source, RDFS.subPropertyOf, PROV.wasDerivedFrom),
        (EKG.givenName, RDFS.subPropertyOf, FOAF.givenName),
        (EKG.familyName, RDFS.subPropertyOf, FOAF.familyName),
        (EKG.address, RDFS.subPropertyOf, SCHEMA.address),
        (EKG.city, RDFS.subPropertyOf, SCHEMA.addressLocality),
        (EKG.ticker, RDFS.subPropertyOf, SCHEMA.tickerSymbol),
        (EKG.date, RDFS.subPropertyOf, DCTERMS.date),
        (EKG.subject, RDFS.subPropertyOf, SCHEMA.about),
        (EKG.mentions, RDFS.subPropertyOf, SCHEMA.mentions),
        (EKG.officerOf, RDFS.subPropertyOf, ORG.memberOf),
        (EKG.directorOf, RDFS.subPropertyOf, ORG.memberOf),
    ],
)
def test_alignment(onto: Graph, term: URIRef, prop: URIRef, target: URIRef) -> None:
    assert (term, prop, target) in onto


def test_aligned_terms_are_declared(onto: Graph) -> None:
    """OWL 2 DL needs every super-property typed like its sub-property."""
    for sub, _, sup in onto.triples((None, RDFS.subPropertyOf, None)):
        sub_kinds = set(onto.objects(sub, RDF.type))
        sup_kinds = set(onto.objects(sup, RDF.type))
        assert sub_kinds & sup_kinds & {OWL.ObjectProperty, OWL.DatatypeProperty}, (sub, sup)
    for _, _, sup in onto.triples((None, RDFS.subClassOf, None)):
        assert (sup, RDF.type, OWL.Class) in onto, sup


def test_closed_namespace_rejects_typos() -> None:
    from rdflib.namespace import DefinedNamespace

    assert issubclass(EKG, DefinedNamespace)
    assert EKG.Company == URIRef(NS + "Company")
    with pytest.raises(AttributeError):
        _ = EKG.Compnay


def test_ontology_path_errors() -> None:
    with pytest.raises(FileNotFoundError, match=r"no-such\.ttl"):
        ontology_path("no-such.ttl")
    with pytest.raises(ValueError):
        ontology_path("../pyproject.toml")
    assert ontology_path("shapes.ttl").is_file()


def test_ontology_path_prefers_the_wheel_copy(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Installed from a wheel, the files are kg/_ontology/<name>; no repo beside it."""
    import kg.resources

    package = tmp_path / "site-packages" / "kg"
    (package / "_ontology").mkdir(parents=True)
    bundled = package / "_ontology" / "shapes.ttl"
    bundled.write_text("# bundled\n", encoding="utf-8")
    monkeypatch.setattr(kg.resources, "_PACKAGE", package)
    assert ontology_path("shapes.ttl") == bundled
    with pytest.raises(FileNotFoundError, match="_ontology"):
        ontology_path("edgar-kg.ttl")


def test_samples_dir() -> None:
    folder = samples_dir()
    assert folder.is_dir()
    assert folder.parent.name == "kg"
    assert len(list(folder.glob("*.txt"))) == 4
