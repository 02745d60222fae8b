"""The merge and the builder on hand-made fact records (no extractor involved)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from rdflib import RDF, XSD, Literal

from kg.graph.build import build_dataset, term
from kg.graph.resolve import normalise_name, resolve
from kg.model import (
    Agreement,
    DocumentInfo,
    EntityFacts,
    EntityRef,
    Extraction,
    Position,
    Shareholding,
    Signature,
    Source,
    Transaction,
)
from kg.vocab import EKG, ID
from tests.graphdiff import assert_same_dataset

ACME = EntityRef("company", "Acme Widgets, Inc.", cik="0000000042")
ACME_CAPS = EntityRef("company", "ACME WIDGETS INC")
ACME_SHORT = EntityRef("company", "Acme Widgets Inc.", aliases=("Acme",))
JANE = EntityRef("person", "Jane Q. Doe", aliases=("Doe Jane Q",), given_name="Jane")
JANE_D = EntityRef("person", "Jane Q. Doe")
OTHER = EntityRef("company", "Beta Holdings AS", aliases=("Beta",))


def _doc(name: str, info: DocumentInfo, *facts) -> tuple[Source, Extraction]:
    return Source(name=name, sha256=name.encode().hex().ljust(64, "0")), Extraction(
        kind="test", document=info, facts=tuple(facts)
    )


def _items():
    form4 = _doc(
        "a.txt",
        DocumentInfo(form_type="4", date=date(2020, 1, 3), subject=ACME_CAPS),
        Position(JANE, ACME_CAPS, ("Officer",), "Officer: CFO", title="CFO"),
        Transaction(
            JANE,
            ACME_CAPS,
            "Common Stock",
            False,
            "Common Stock 01/02/2020 S 10 D",
            transaction_date=date(2020, 1, 2),
            transaction_code="S",
            shares=Decimal(10),
            price_per_share=Decimal("1.50"),
            acquired_disposed="D",
        ),
        Signature(JANE, "/s/ Jane Q. Doe", date=date(2020, 1, 3)),
    )
    formd = _doc(
        "b.txt",
        DocumentInfo(form_type="D", date=date(2021, 5, 1), subject=ACME),
        EntityFacts(ACME, "CIK 0000000042", jurisdiction="Delaware"),
        Position(JANE_D, ACME, ("Director", "Officer"), "X Executive Officer X Director"),
    )
    eightk = _doc(
        "c.txt",
        DocumentInfo(form_type="8-K", date=date(2021, 6, 1), subject=ACME_SHORT),
        Agreement("Supply Agreement", (ACME_SHORT, OTHER), "entered into a Supply Agreement"),
        Shareholding(OTHER, ACME_SHORT, "a 12% shareholder", percent_of_class=Decimal(12)),
    )
    return [form4, formd, eightk]


def test_normalise_name_folds_case_punctuation_and_legal_suffixes():
    assert normalise_name("ACME WIDGETS, INC.", "company") == "acme widgets"
    assert normalise_name("Acme Widgets Incorporated", "company") == "acme widgets"
    assert normalise_name('Biao "Winston" Xu', "person") == "biao xu"
    assert normalise_name("John Smith Jr.", "person") != normalise_name("John Smith", "person")


def test_one_company_across_spellings_and_cik():
    resolution = resolve(e for _, e in _items())
    acme = {resolution.entity(r, "").key for r in (ACME, ACME_CAPS, ACME_SHORT)}
    assert acme == {"cik/0000000042"}
    entity = resolution.entity(ACME_CAPS, "")
    assert entity.name == "Acme Widgets, Inc."  # mixed case, fullest spelling
    assert {"ACME WIDGETS INC", "Acme Widgets Inc.", "Acme"} <= set(entity.aliases)


def test_people_merge_within_a_company_only():
    items = _items()
    resolution = resolve(e for _, e in items)
    keys = {e.key for e in resolution.entities.values() if e.kind == "person"}
    assert len(keys) == 1  # Jane of the Form 4 is Jane of the Form D
    elsewhere = _doc(
        "d.txt",
        DocumentInfo(form_type="D", subject=OTHER),
        Position(JANE_D, OTHER, ("Director",), "X Director"),
    )
    resolution = resolve(e for _, e in [*items, elsewhere])
    keys = {e.key for e in resolution.entities.values() if e.kind == "person"}
    assert len(keys) == 2  # same name at another company: not merged


def test_different_ciks_never_merge():
    a = EntityRef("company", "Same Name Inc", cik="0000000001")
    b = EntityRef("company", "Same Name Inc", cik="0000000002")
    c = EntityRef("company", "SAME NAME INC")
    docs = [Extraction("t", DocumentInfo(form_type="D", subject=x), ()) for x in (a, b, c)]
    resolution = resolve(docs)
    assert resolution.entity(a, "").key != resolution.entity(b, "").key


def test_build_writes_named_graphs_facts_and_shortcuts():
    ds = build_dataset(_items())
    graphs = {g.identifier for g in ds.graphs() if len(g)}
    assert len(graphs) == 3
    acme = ID["cik/0000000042"]
    jane = next(ds.subjects(EKG.name, Literal("Jane Q. Doe")))
    assert (jane, EKG.officerOf, acme) in ds
    assert (jane, EKG.directorOf, acme) in ds
    assert (jane, EKG.alias, Literal("Doe Jane Q")) in ds
    tx = next(ds.subjects(RDF.type, EKG.Transaction))
    # "1.50" is written in canonical form, so equal amounts are equal literals.
    assert (tx, EKG.pricePerShare, Literal("1.5", datatype=XSD.decimal)) in ds
    assert (tx, EKG.transactionDate, Literal("2020-01-02", datatype=XSD.date)) in ds
    assert (tx, EKG.evidence, Literal("Common Stock 01/02/2020 S 10 D")) in ds
    beta = next(ds.subjects(EKG.name, Literal("Beta Holdings AS")))
    assert (beta, EKG.shareholderOf, acme) in ds
    agreement = next(ds.subjects(RDF.type, EKG.Agreement))
    assert (beta, EKG.partyTo, agreement) in ds and (acme, EKG.partyTo, agreement) in ds
    sig = next(ds.subjects(RDF.type, EKG.Signature))
    assert set(ds.objects(sig, EKG.signer)) == {jane}
    assert not any(isinstance(n, type(None)) for n in ds.subjects())


def test_every_fact_node_has_source_and_evidence():
    ds = build_dataset(_items())
    for cls in (EKG.Position, EKG.Transaction, EKG.Agreement, EKG.Shareholding, EKG.Signature):
        for node in ds.subjects(RDF.type, cls):
            assert len(set(ds.objects(node, EKG.source))) == 1, node
            assert list(ds.objects(node, EKG.evidence)), node


def test_rebuild_and_reorder_give_the_same_graph():
    items = _items()
    first, again, reordered = (
        build_dataset(items), build_dataset(items), build_dataset(items[::-1])
    )  # fmt: skip
    assert_same_dataset(first, again)
    assert_same_dataset(first, reordered)


def test_field_terms_fail_loudly_for_unknown_fields():
    assert term("percent_of_class") == EKG.percentOfClass
    assert term("under_plan_10b5_1") == EKG.underPlan10b5_1
    try:
        term("percent_of_clas")
    except AttributeError:
        pass
    else:
        raise AssertionError("a misspelt field must not mint a term")


def test_one_spelling_per_address_node():
    from kg.model import Address

    caps = Address("1 MAIN STREET", "SPRINGFIELD", "IL", "62701")
    mixed = Address("1 Main Street", "Springfield", "IL", "62701")
    items = [
        _doc(
            "x.txt",
            DocumentInfo(form_type="D", subject=ACME),
            EntityFacts(ACME, "e", addresses=(caps,)),
        ),
        _doc(
            "y.txt",
            DocumentInfo(form_type="4", subject=ACME),
            EntityFacts(ACME, "e", addresses=(mixed,)),
        ),
    ]
    for order in (items, items[::-1]):
        ds = build_dataset(order)
        nodes = set(ds.objects(ID["cik/0000000042"], EKG.address))
        assert len(nodes) == 1
        assert {str(c) for c in ds.objects(nodes.pop(), EKG.city)} == {"Springfield"}


def test_never_merged_by_substring():
    smith = EntityRef("person", "John Smith")
    junior = EntityRef("person", "John Smith Jr.")
    doc = Extraction(
        "t",
        DocumentInfo(form_type="D", subject=ACME),
        (
            Position(smith, ACME, ("Director",), "X Director"),
            Position(junior, ACME, ("Director",), "X Director"),
        ),
    )
    resolution = resolve([doc])
    assert resolution.entity(smith, "cik/0000000042") != resolution.entity(junior, "cik/0000000042")


def test_literals_typed_by_python_type_and_shared_when_equal():
    from datetime import date as _date

    from rdflib import XSD, Literal

    from kg.graph.literals import literal

    assert literal(True) == Literal("true", datatype=XSD.boolean)
    assert literal(1) == Literal("1", datatype=XSD.integer)  # True == 1, but not its literal
    assert literal(Decimal("1.50")) is literal(Decimal("1.5"))
    assert literal(Decimal("1.50")) == Literal("1.5", datatype=XSD.decimal)
    assert literal(Decimal("1E+2")) == Literal("100", datatype=XSD.decimal)
    assert literal(_date(2020, 2, 29)) == Literal("2020-02-29", datatype=XSD.date)
    assert literal("Jane Doe") is literal("Jane " + "Doe")
    assert literal("Jane Doe").datatype is None


def _person(name: str, given: str, family: str, middle: str | None = None) -> EntityRef:
    return EntityRef("person", name, given_name=given, middle_name=middle, family_name=family)


def test_familiar_and_fuller_names_meet_within_a_company():
    """A release's "Dan Roe", the 8-K's "Daniel M. Roe": one officer of the company."""
    dan = _person("Dan Roe", "Dan", "Roe")
    daniel = _person("Daniel M. Roe", "Daniel", "Roe", "M.")
    plain = _person("Daniel Roe", "Daniel", "Roe")
    docs = [
        Extraction("t", DocumentInfo(form_type="8-K", subject=ACME), (Signature(daniel, "x"),)),
        Extraction("t", DocumentInfo(form_type="PressRelease", subject=ACME_CAPS), (
            Position(dan, ACME_CAPS, ("Officer",), "Dan Roe, CFO", title="CFO"),
            Position(plain, ACME_CAPS, ("Officer",), "Daniel Roe, CFO", title="CFO"),
        )),
        Extraction("t", DocumentInfo(form_type="PressRelease", subject=OTHER), (
            Position(dan, OTHER, ("Officer",), "Dan Roe, CFO", title="CFO"),
        )),
    ]  # fmt: skip
    resolution = resolve(docs)
    scope = resolution.entity(ACME, "").key
    at_acme = {resolution.entity(r, scope).key for r in (dan, daniel, plain)}
    assert len(at_acme) == 1
    assert resolution.entity(daniel, scope).name == "Daniel M. Roe"
    other = resolution.entity(OTHER, "").key
    assert resolution.entity(dan, other).key not in at_acme  # another company's Dan Roe


def test_two_middle_initials_keep_a_shared_name_apart():
    a = _person("John A. Smith", "John", "Smith", "A.")
    b = _person("John B. Smith", "John", "Smith", "B.")
    bare = _person("John Smith", "John", "Smith")
    junior = _person("John Smith Jr.", "John", "Smith")
    doc = Extraction(
        "t",
        DocumentInfo(form_type="D", subject=ACME),
        tuple(Position(p, ACME, ("Director",), "X Director") for p in (a, b, bare, junior)),
    )
    resolution = resolve([doc])
    keys = [resolution.entity(p, "cik/0000000042").key for p in (a, b, bare, junior)]
    assert len(set(keys)) == 4


def test_nquads_fast_path_writes_the_dataset_exactly(tmp_path):
    """``kg build -o x.nq`` formats terms itself: the file must parse back into the
    very dataset the rdflib path builds, escapes and datatypes included."""
    from kg.export.rdf import load
    from kg.pipeline import Extracted, write

    awkward = 'He said "sell"\\now\nthen\r\tdone, café – 10%'
    items = [
        *_items(),
        _doc(
            "d.txt",
            DocumentInfo(form_type="8-K", date=date(2022, 2, 2), subject=ACME, title=awkward),
            EntityFacts(OTHER, awkward, ticker="B\\T"),
            Position(JANE, ACME, ("Director",), awkward, title='"Lead" Director'),
            # One character needing an escape per literal: each must be caught alone.
            *(
                Position(JANE, ACME, ("Officer",), f"title with {c!r}", title=f"Vice{c}President")
                for c in ('"', "\\", "\n", "\r")
            ),
        ),
    ]
    out = tmp_path / "g.nq"
    statements = write(Extracted(items=items), out)
    expected = build_dataset(items)
    assert statements == len(set(expected.quads()))  # quads: len() counts the union
    assert_same_dataset(load(out), expected)
    assert any(awkward == str(o) for o in load(out).objects())


def test_nquads_fast_path_matches_the_dataset_on_real_filings(tmp_path):
    from kg.export.rdf import load
    from kg.pipeline import extract_paths, sample_paths, write

    data = Path(__file__).parent / "data"
    extracted = extract_paths([*sample_paths(), data / "form4_xml", data / "fullsub"])
    assert not extracted.failures
    out = tmp_path / "g.nq"
    write(extracted, out)
    assert_same_dataset(load(out), build_dataset(extracted.items, extracted.same))


def test_nquads_equal_values_of_other_types_keep_their_own_literals(tmp_path):
    """Value texts are cached by value; True == 1 == Decimal(1) must not share one."""
    from kg.export.rdf import write_nquads
    from kg.graph.terms import text_terms

    terms = text_terms()
    s, p, g = terms.iri("urn:s"), terms.iri("urn:p"), terms.iri("urn:g")
    values = [True, 1, Decimal(1), "1", Decimal("1.0"), False, 0, date(2020, 1, 1)]
    out = tmp_path / "v.nq"
    triples = [(s, p, terms.value(v)) for v in values]
    assert write_nquads([(g, triples)], out) == 7  # 1 and 1.0: one decimal
    objects = {line.split(" ", 2)[2].rsplit(" ", 2)[0] for line in out.read_text().splitlines()}
    xsd = "http://www.w3.org/2001/XMLSchema#"
    assert objects == {
        f'"true"^^<{xsd}boolean>',
        f'"1"^^<{xsd}integer>',
        f'"1"^^<{xsd}decimal>',
        '"1"',
        f'"false"^^<{xsd}boolean>',
        f'"0"^^<{xsd}integer>',
        f'"2020-01-01"^^<{xsd}date>',
    }


def test_a_batch_raises_the_collector_threshold_and_restores_it(tmp_path):
    import gc

    from kg.pipeline import extract_paths, sample_paths

    before = gc.get_threshold()
    seen: list[int] = []
    extract_paths(sample_paths()[:1], progress=lambda _: seen.append(gc.get_threshold()[0]))
    assert seen and seen[0] >= 50_000 > before[0]
    assert gc.get_threshold() == before

    def fail(_: str) -> None:
        raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        extract_paths(sample_paths()[:1], progress=fail)
    assert gc.get_threshold() == before  # restored when the batch is interrupted too


def test_a_batch_keeps_the_collector_off_what_it_keeps_and_lets_go_after():
    import gc

    from kg.pipeline import batch_collection

    assert gc.get_freeze_count() == 0
    kept = [object() for _ in range(1000)]
    with batch_collection() as settle:
        settle()
        frozen = gc.get_freeze_count()
        assert frozen >= len(kept)  # out of the collector's passes while the batch runs
    assert gc.get_freeze_count() == 0  # and back in its sight after


def test_a_batch_leaves_a_freeze_of_the_callers_alone():
    import gc

    from kg.pipeline import batch_collection

    gc.freeze()  # as a forking server does before its workers start
    try:
        theirs = gc.get_freeze_count()
        with batch_collection() as settle:
            _ = [object() for _ in range(1000)]
            settle()
            assert gc.get_freeze_count() == theirs
        assert gc.get_freeze_count() == theirs
    finally:
        gc.unfreeze()


def test_nquads_are_the_same_when_the_term_cache_is_emptied_on_the_way(tmp_path, monkeypatch):
    """The cache of value texts is bounded: emptied every few values, the file is
    byte for byte the one written with room for all."""
    from kg.graph import terms
    from kg.pipeline import extract_paths, sample_paths, write

    extracted = extract_paths(sample_paths())
    roomy, tight = tmp_path / "roomy.nq", tmp_path / "tight.nq"
    write(extracted, roomy)
    monkeypatch.setattr(terms, "_SPELT_LIMIT", 7)
    spelt = terms._Spelt(str.upper)
    assert [spelt[w] for w in "abcdefghij"] == list("ABCDEFGHIJ") and len(spelt) <= 7
    write(extracted, tight)
    assert roomy.read_bytes() == tight.read_bytes()
    assert len(roomy.read_bytes().splitlines()) > 200
