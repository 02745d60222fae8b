"""One test per statement of spec/seed-facts.md, asked of the built graph in SPARQL.

Names compare case-insensitively after white space is folded, as the spec says.
"""

from __future__ import annotations

import re
from decimal import Decimal

import pytest
from rdflib import Dataset, URIRef

from kg.pipeline import build, sample_paths
from tests.graphdiff import assert_same_dataset

PREFIX = "PREFIX ekg: <https://w3id.org/edgar-kg/ontology#>\n"


def norm(text: object) -> str:
    return re.sub(r"\s+", " ", str(text)).strip().casefold()


def select(ds: Dataset, query: str, **bindings: object) -> list[tuple]:
    from rdflib import Literal

    init = {k: (v if isinstance(v, URIRef) else Literal(v)) for k, v in bindings.items()}
    return [tuple(row) for row in ds.query(PREFIX + query, initBindings=init)]


def entity_named(ds: Dataset, cls: str, name: str) -> list[URIRef]:
    """Entities of ``cls`` whose name or an alias is ``name`` (spec comparison)."""
    rows = select(ds, f"SELECT DISTINCT ?e ?n WHERE {{ ?e a ekg:{cls} ; ekg:name|ekg:alias ?n }}")
    return sorted({e for e, n in rows if norm(n) == norm(name)})


def the_company(ds: Dataset, name: str) -> URIRef:
    found = entity_named(ds, "Company", name)
    assert len(found) == 1, f"{name}: {found}"
    return found[0]


def the_person(ds: Dataset, name: str) -> URIRef:
    found = entity_named(ds, "Person", name)
    assert len(found) == 1, f"{name}: {found}"
    return found[0]


@pytest.fixture(scope="module")
def ascent(samples) -> URIRef:
    return the_company(samples, "Ascent Solar Technologies, Inc.")


@pytest.fixture(scope="module")
def hydro(samples) -> URIRef:
    return the_company(samples, "Norsk Hydro Produksjon AS")


def values(ds: Dataset, node: URIRef, prop: str) -> set[str]:
    return {str(o) for (o,) in select(ds, f"SELECT ?o WHERE {{ ?s ekg:{prop} ?o }}", s=node)}


# Entity resolution ----------------------------------------------------------


def test_one_ascent_reached_from_all_four_documents(samples, ascent):
    docs = select(
        samples, "SELECT DISTINCT ?d WHERE { ?d a ekg:Document ; ekg:mentions ?a }", a=ascent
    )
    assert len(docs) == 4
    subjects = select(samples, "SELECT DISTINCT ?d WHERE { ?d ekg:subject ?a }", a=ascent)
    assert len(subjects) == 4


def test_ascent_identifiers(samples, ascent):
    assert values(samples, ascent, "cik") == {"0001350102"}
    assert values(samples, ascent, "ticker") == {"ASTI"}
    assert values(samples, ascent, "exchange") == {"NASDAQ"}
    assert {norm(v) for v in values(samples, ascent, "jurisdiction")} == {"delaware"}
    assert values(samples, ascent, "irsNumber") == {"20-3672603"}
    assert values(samples, ascent, "fileNumber") == {"001-32919"}


def test_ascent_two_addresses(samples, ascent):
    rows = select(
        samples,
        """SELECT ?street ?city ?state ?zip WHERE {
             ?a ekg:address ?ad . ?ad ekg:street ?street ; ekg:city ?city ; ekg:postalCode ?zip .
             OPTIONAL { ?ad ekg:state ?state } }""",
        a=ascent,
    )
    found = {(norm(street), norm(city), str(z)[:5]) for street, city, _, z in rows}
    assert ("12300 grant street", "thornton", "80241") in found
    assert ("8120 shaffer parkway", "littleton", "80127") in found
    states = {norm(s) for *_, s, _ in rows if s is not None}
    assert states <= {"co", "colorado"}


def test_ascent_aliases(samples, ascent):
    aliases = {norm(a) for a in values(samples, ascent, "alias") | values(samples, ascent, "name")}
    assert {"ascent", "ascent solar", "ascent solar technologies, inc."} <= aliases


def test_one_norsk_hydro_with_alias(samples, hydro):
    assert "hydro" in {norm(a) for a in values(samples, hydro, "alias")}


def test_one_prem_nath_written_family_name_first(samples):
    prem = the_person(samples, "Prem Nath")
    assert norm(next(iter(values(samples, prem, "name")))) == "prem nath"
    assert "nath prem" in {norm(a) for a in values(samples, prem, "alias")}
    assert values(samples, prem, "givenName") == {"Prem"}
    assert values(samples, prem, "familyName") == {"Nath"}


PEOPLE = {
    "victor lee", "amit kumar", 'biao "winston" xu', "kim huntley", "g. thomas marsh",
    "james h. carroll", "prem nath", "david c. wang", "matthew b. foster",
    "farhad moghadam", "brian blackman",
}  # fmt: skip


def test_the_people_are_exactly_the_eleven(samples):
    names = {
        norm(n) for (n,) in select(samples, "SELECT ?n WHERE { ?p a ekg:Person ; ekg:name ?n }")
    }
    assert names == PEOPLE


@pytest.mark.parametrize(
    "boilerplate",
    ["Shaffer Parkway", "Edgar Filing", "Registrant", "Commission File Number",
     "Cooperation Agreement", "FAB 2"],
)  # fmt: skip
def test_no_entity_made_of_boilerplate(samples, boilerplate):
    rows = select(
        samples,
        "SELECT ?n WHERE { ?e a ?c ; ekg:name ?n . FILTER(?c IN (ekg:Person, ekg:Company)) }",
    )
    assert not [n for (n,) in rows if norm(boilerplate) in norm(n)]


# Form D ---------------------------------------------------------------------


def test_offering(samples, ascent):
    rows = select(
        samples,
        """SELECT ?o ?total ?sold ?rest ?min ?amend ?yet ?year ?group WHERE {
             ?o a ekg:Offering ; ekg:issuer ?a ; ekg:totalOfferingAmount ?total ;
                ekg:totalAmountSold ?sold ; ekg:totalRemaining ?rest ; ekg:minimumInvestment ?min ;
                ekg:isAmendment ?amend ; ekg:firstSaleYetToOccur ?yet ;
                ekg:moreThanOneYear ?year ; ekg:industryGroup ?group }""",
        a=ascent,
    )
    assert len(rows) == 1
    o, total, sold, rest, minimum, amend, yet, year, group = rows[0]
    assert (total.toPython(), sold.toPython(), rest.toPython()) == (32200000, 0, 32200000)
    assert minimum.toPython() == 0
    assert (amend.toPython(), yet.toPython(), year.toPython()) == (False, True, True)
    assert norm(group) == "other technology"
    assert values(samples, o, "exemption") == {"Rule 506(b)"}


def _roles(ds: Dataset, company: URIRef, person: str) -> set[str]:
    rows = select(
        ds,
        """SELECT ?role ?n WHERE { ?pos a ekg:Position ; ekg:organization ?c ; ekg:holder ?h ;
             ekg:role ?role . ?h ekg:name|ekg:alias ?n }""",
        c=company,
    )
    return {str(r).rsplit("#", 1)[1] for r, n in rows if norm(n) == norm(person)}


@pytest.mark.parametrize(
    "person", ["Victor Lee", "Amit Kumar", "Biao Xu", "Kim Huntley", "G. Thomas Marsh"]
)
def test_form_d_directors(samples, ascent, person):
    roles = _roles(samples, ascent, person)
    assert "Director" in roles
    if person == "Victor Lee":
        assert "Officer" in roles
    else:
        assert "Officer" not in roles
    shortcut = select(
        samples, "SELECT ?p WHERE { ?p ekg:directorOf ?a ; ekg:name|ekg:alias ?n }", a=ascent
    )
    assert shortcut


def test_form_d_signature_entity_type_phone(samples, ascent):
    rows = select(
        samples,
        """SELECT ?n ?t ?d WHERE { ?doc ekg:formType "D" ; ekg:signature ?s .
             ?s ekg:signer/ekg:name ?n ; ekg:signerTitle ?t ; ekg:date ?d }""",
    )
    assert [(norm(n), norm(t), str(d)) for n, t, d in rows] == [
        ("james h. carroll", "outside counsel", "2015-11-17")
    ]
    assert values(samples, ascent, "entityType") == {"Corporation"}
    assert "(720) 872-5000" in values(samples, ascent, "phone")


# Form 4 ---------------------------------------------------------------------


def test_prem_nath_officer_not_director(samples, ascent):
    prem = the_person(samples, "Prem Nath")
    rows = select(
        samples,
        """SELECT ?title WHERE { ?pos ekg:holder ?p ; ekg:organization ?a ;
             ekg:role ekg:Officer ; ekg:title ?title }""",
        p=prem, a=ascent,
    )  # fmt: skip
    assert {str(t) for (t,) in rows} == {"Sr Vice Pres of Manufacturing"}
    assert _roles(samples, ascent, "Prem Nath") == {"Officer"}


def test_prem_nath_three_sales(samples, ascent):
    prem = the_person(samples, "Prem Nath")
    rows = select(
        samples,
        """SELECT ?t ?shares ?price ?after WHERE {
             ?t a ekg:Transaction ; ekg:reportingOwner ?p ; ekg:issuer ?a ;
                ekg:isDerivative false ; ekg:securityTitle "Common Stock" ;
                ekg:transactionDate "2007-12-03"^^xsd:date ; ekg:transactionCode "S" ;
                ekg:acquiredDisposed "D" ; ekg:directOrIndirect "D" ;
                ekg:shares ?shares ; ekg:pricePerShare ?price ; ekg:sharesOwnedAfter ?after }""",
        p=prem, a=ascent,
    )  # fmt: skip
    found = sorted((s.toPython(), p.toPython(), a.toPython()) for _, s, p, a in rows)
    assert found == [
        (Decimal(100), Decimal("16.66"), Decimal(1946)),
        (Decimal(838), Decimal("16.78"), Decimal(0)),
        (Decimal(1108), Decimal("16.75"), Decimal(838)),
    ]
    for tx, *_ in rows:
        notes = [norm(n) for n in values(samples, tx, "footnote")]
        assert any(
            "rule 10b5-1 trading plan adopted" in n and "october 4, 2007" in n for n in notes
        )
        assert values(samples, tx, "underPlan10b5_1") == {"true"}


def test_form4_holdings_carry_the_options_footnote(samples):
    rows = select(
        samples, 'SELECT ?n WHERE { ?x ekg:source ?d ; ekg:footnote ?n . ?d ekg:formType "4" }'
    )
    assert any("vested options to purchase" in norm(n) for (n,) in rows)


def test_form4_signed_by_attorney_in_fact(samples):
    rows = select(
        samples,
        """SELECT ?signer ?for ?title ?d WHERE { ?doc ekg:formType "4" ; ekg:signature ?s .
             ?s ekg:signer/ekg:name ?signer ; ekg:onBehalfOf/ekg:name ?for ; ekg:date ?d .
             OPTIONAL { ?s ekg:signerTitle ?title } }""",
    )
    assert len(rows) == 1
    signer, on_behalf, title, day = rows[0]
    assert (norm(signer), norm(on_behalf), str(day)) == ("david c. wang", "prem nath", "2007-12-04")
    assert "attorney" in norm(title)


# 8-K ------------------------------------------------------------------------


def test_8k_document(samples):
    rows = select(samples, 'SELECT ?d ?p WHERE { ?d ekg:formType "8-K" ; ekg:periodOfReport ?p }')
    assert len(rows) == 1 and str(rows[0][1]) == "2007-12-18"
    assert values(samples, rows[0][0], "item") == {"1.01", "9.01"}


def test_8k_signed_by_foster_who_is_an_officer(samples, ascent):
    rows = select(
        samples,
        """SELECT ?n ?t ?d WHERE { ?doc ekg:formType "8-K" ; ekg:signature ?s .
             ?s ekg:signer/ekg:name ?n ; ekg:signerTitle ?t ; ekg:date ?d }""",
    )
    assert [(norm(n), norm(t), str(d)) for n, t, d in rows] == [
        ("matthew b. foster", "president and ceo", "2007-12-19")
    ]
    assert "Officer" in _roles(samples, ascent, "Matthew B. Foster")


def test_cooperation_agreement(samples, ascent, hydro):
    rows = select(
        samples,
        """SELECT ?ag ?d ?ex ?desc WHERE { ?ag a ekg:Agreement ;
             ekg:agreementType "Cooperation Agreement" ; ekg:date ?d ; ekg:exhibit ?ex ;
             ekg:description ?desc }""",
    )
    assert len(rows) == 1
    agreement, day, exhibit, description = rows[0]
    assert (str(day), str(exhibit)) == ("2007-12-18", "10.1")
    assert "photovoltaic modules" in norm(description)
    parties = {p for (p,) in select(samples, "SELECT ?p WHERE { ?ag ekg:party ?p }", ag=agreement)}
    assert parties == {ascent, hydro}


def test_hydro_holds_about_23_percent(samples, ascent, hydro):
    rows = select(
        samples,
        """SELECT ?pct ?d WHERE { ?s a ekg:Shareholding ; ekg:holder ?h ; ekg:issuer ?a ;
             ekg:percentOfClass ?pct ; ekg:asOf ?d }""",
        h=hydro, a=ascent,
    )  # fmt: skip
    assert [(p.toPython(), str(d)) for p, d in rows] == [(Decimal(23), "2007-12-18")]


# Press release --------------------------------------------------------------


def test_press_release_published(samples, ascent):
    rows = select(
        samples,
        """SELECT ?d ?date ?pub ?line WHERE { ?d a ekg:PressRelease ; ekg:date ?date ;
             ekg:subject ?a . OPTIONAL { ?d ekg:publisher ?pub }
             OPTIONAL { ?d ekg:dateline ?line } }""",
        a=ascent,
    )
    assert len(rows) == 1
    _, day, publisher, dateline = rows[0]
    assert str(day) == "2010-05-12"
    assert norm(publisher) == "business wire"
    assert norm(dateline).startswith("thornton, colo")


def test_moghadam_president_and_ceo(samples, ascent):
    person = the_person(samples, "Farhad Moghadam")
    rows = select(
        samples,
        """SELECT ?t ?d WHERE { ?pos ekg:holder ?p ; ekg:organization ?a ;
             ekg:role ekg:Officer ; ekg:title ?t ; ekg:asOf ?d }""",
        p=person, a=ascent,
    )  # fmt: skip
    assert [(norm(t), str(d)) for t, d in rows] == [("president and ceo", "2010-05-12")]


def test_blackman_investor_relations_contact(samples, ascent):
    person = the_person(samples, "Brian Blackman")
    assert _roles(samples, ascent, "Brian Blackman") == {"Employee"}
    assert values(samples, person, "phone") == {"+1 720-872-5107"}
    assert values(samples, person, "email") == {"bblackman@ascentsolar.com"}
    assert (person, URIRef("https://w3id.org/edgar-kg/ontology#employeeOf"), ascent) in samples


# Provenance -----------------------------------------------------------------


def test_every_fact_has_source_and_evidence(samples):
    rows = select(
        samples,
        """SELECT ?f (COUNT(DISTINCT ?src) AS ?nsrc) (COUNT(?ev) AS ?nev) WHERE {
             ?f a ?c . FILTER(?c IN (ekg:Position, ekg:Shareholding, ekg:Transaction,
                                     ekg:Agreement, ekg:Offering, ekg:Signature))
             OPTIONAL { ?f ekg:source ?src } OPTIONAL { ?f ekg:evidence ?ev } } GROUP BY ?f""",
    )
    assert rows
    assert all(int(nsrc) == 1 and int(nev) >= 1 for _, nsrc, nev in rows)


def test_one_named_graph_per_document_with_form_and_date(samples):
    graphs = {g.identifier for g in samples.graphs() if len(g)}
    docs = select(
        samples, "SELECT ?d ?f ?date WHERE { ?d a ekg:Document ; ekg:formType ?f ; ekg:date ?date }"
    )
    assert {d for d, *_ in docs} == graphs
    assert sorted(str(f) for _, f, _ in docs) == ["4", "8-K", "D", "PressRelease"]


def test_rebuild_and_other_order_are_isomorphic(samples):
    paths = sample_paths()
    assert_same_dataset(samples, build(paths).dataset)
    assert_same_dataset(samples, build(list(reversed(paths))).dataset)
    assert_same_dataset(samples, build([paths[2], paths[0], paths[3], paths[1]]).dataset)
