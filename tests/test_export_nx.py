"""The NetworkX projection (kg.export.nx) on a hand-built two-document dataset."""

from __future__ import annotations

import networkx as nx
from rdflib import Dataset, Graph, Literal, URIRef
from rdflib.namespace import PROV, RDFS

from kg.export.nx import entity_graph, to_networkx
from kg.vocab import EKG, ID

try:  # tests/ is a package only if the lead adds an __init__.py
    from tests import _graphs as g
except ImportError:  # pragma: no cover - depends on pytest's rootdir handling
    import _graphs as g  # type: ignore[no-redef]


def _projection() -> nx.MultiDiGraph:
    return to_networkx(g.sample_dataset())


def test_every_typed_node_and_nothing_else() -> None:
    G = _projection()
    assert {n: d["type"] for n, d in G.nodes(data=True)} == g.NODE_TYPES
    # Addresses are folded and role individuals become attributes, not nodes.
    assert str(g.ADDRESS) not in G
    assert str(EKG.Officer) not in G


def test_entity_attributes() -> None:
    acme = _projection().nodes[str(g.ACME)]
    assert acme["label"] == "Acme Widgets, Inc."
    assert acme["name"] == "Acme Widgets, Inc."
    assert acme["iri"] == str(g.ACME)
    assert acme["classes"] == ["Company"]
    assert acme["cik"] == "0000999001"
    assert acme["ticker"] == "ACMW"
    assert acme["alias"] == ["ACME WIDGETS, INC."]
    assert acme["address"] == ["1 Main Street, Springfield, IL 62701"]
    doe = _projection().nodes[str(g.DOE)]
    assert (doe["type"], doe["label"], doe["givenName"], doe["familyName"]) == (
        "Person",
        "Jane Q. Doe",
        "Jane",
        "Doe",
    )
    assert doe["alias"] == ["DOE JANE Q"]


def test_document_node() -> None:
    doc = _projection().nodes[str(g.FORM4)]
    assert doc["type"] == "Document"
    assert doc["classes"] == ["Document", "Filing"]
    assert doc["formType"] == "4"
    assert doc["date"] == "2024-03-05"
    assert doc["sourceFile"] == "form4-example.txt"
    assert doc["label"] == "Form 4 2024-03-05"


def test_fact_literals_are_plain_python_values() -> None:
    G = _projection()
    tx = G.nodes[str(g.TRANSACTION)]
    assert tx["shares"] == 1500.0 and isinstance(tx["shares"], float)
    assert tx["pricePerShare"] == 12.25
    assert tx["transactionDate"] == "2024-03-01"
    assert tx["transactionCode"] == "S"
    assert tx["isDerivative"] is False
    assert tx["evidence"] == g.HOSTILE_EVIDENCE
    assert tx["label"] == "S 1,500 @ 12.25"
    holding = G.nodes[str(g.HOLDING)]
    assert holding["percentOfClass"] == 12.5
    assert holding["label"] == "12.5%"
    offering = G.nodes[str(g.OFFERING)]
    assert offering["totalOfferingAmount"] == 2_000_000.0
    assert offering["exemption"] == ["Rule 506(b)"]
    assert G.nodes[str(g.AGREEMENT)]["label"] == "Cooperation Agreement"
    assert G.nodes[str(g.SIGNATURE)]["label"] == "Signature: Attorney-in-fact"


def test_position_node_and_its_edges() -> None:
    G = _projection()
    pos, doe, acme, doc = str(g.POSITION), str(g.DOE), str(g.ACME), str(g.FORM4)
    data = G.nodes[pos]
    assert data["type"] == "Position"
    assert data["role"] == ["Director", "Officer"]
    assert data["title"] == "Chief Financial Officer"
    assert data["asOf"] == "2024-03-01"
    assert data["label"] == "Director, Officer: Chief Financial Officer"
    assert G.has_edge(pos, doe, key="holder")
    assert G.has_edge(pos, acme, key="organization")
    assert G.has_edge(pos, doc, key="source")
    assert sorted(G[pos][acme]) == ["organization"]
    assert G.out_degree(pos) == 3  # holder, organization, source: roles are not edges


def test_shortcut_edges_between_entities() -> None:
    G = _projection()
    doe, acme, fund = str(g.DOE), str(g.ACME), str(g.FUND)
    assert sorted(G[doe][acme]) == ["directorOf", "officerOf"]
    officer = G.edges[doe, acme, "officerOf"]
    assert officer["predicate"] == "officerOf"
    # Asserted by both documents: one edge, both named graphs.
    assert officer["graphs"] == sorted([str(g.FORM4), str(g.EIGHTK)])
    assert G.edges[doe, acme, "directorOf"]["graphs"] == [str(g.FORM4)]
    assert G.edges[fund, acme, "shareholderOf"]["predicate"] == "shareholderOf"
    assert G.has_edge(acme, str(g.AGREEMENT), key="partyTo")


def test_every_edge_key_is_its_predicate() -> None:
    G = _projection()
    predicates = set()
    for _, _, key, data in G.edges(keys=True, data=True):
        assert key == data["predicate"]
        predicates.add(key)
    assert "type" not in predicates and "label" not in predicates
    assert {"holder", "organization", "source", "subject", "mentions", "signer"} <= predicates
    assert {"reportingOwner", "issuer", "party", "partyTo", "officerOf"} <= predicates


def test_entity_graph_for_centrality() -> None:
    E = entity_graph(_projection())
    assert sorted(E) == sorted([str(g.ACME), str(g.FUND), str(g.DOE), str(g.ROE)])
    assert sorted((u, v, k) for u, v, k in E.edges(keys=True)) == sorted(
        [
            (str(g.DOE), str(g.ACME), "directorOf"),
            (str(g.DOE), str(g.ACME), "officerOf"),
            (str(g.FUND), str(g.ACME), "shareholderOf"),
        ]
    )
    assert E.nodes[str(g.ACME)]["label"] == "Acme Widgets, Inc."
    centrality = nx.in_degree_centrality(E)
    assert max(centrality, key=centrality.__getitem__) == str(g.ACME)
    assert centrality[str(g.ROE)] == 0


def test_deterministic_whatever_the_insertion_order() -> None:
    first, second = _projection(), _projection()
    assert list(first.nodes(data=True)) == list(second.nodes(data=True))
    assert list(first.edges(keys=True, data=True)) == list(second.edges(keys=True, data=True))
    reversed_ds = Dataset()
    for s, p, o, graph in reversed(sorted(g.sample_dataset().quads((None, None, None, None)))):
        reversed_ds.graph(graph).add((s, p, o))
    third = to_networkx(reversed_ds)
    assert list(third.nodes(data=True)) == list(first.nodes(data=True))
    assert list(third.edges(keys=True, data=True)) == list(first.edges(keys=True, data=True))
    assert list(first) == sorted(first)


def test_plain_graph_input_has_no_graph_names() -> None:
    flat = Graph()
    for s, p, o, _ in g.sample_dataset().quads((None, None, None, None)):
        flat.add((s, p, o))
    G = to_networkx(flat)
    assert {n: d["type"] for n, d in G.nodes(data=True)} == g.NODE_TYPES
    assert G.edges[str(g.DOE), str(g.ACME), "officerOf"]["graphs"] == []


def test_iri_to_no_node_becomes_an_attribute_and_values_collapse() -> None:
    ds = g.sample_dataset()
    graph = ds.graph(g.FORM4)
    amended = URIRef(str(ID["filing/0000999001-23-000009"]))
    graph.add((g.FORM4, PROV.wasRevisionOf, amended))
    graph.add((g.ROE, RDFS.label, Literal("Dick Roe")))  # a second label
    G = to_networkx(ds)
    assert G.nodes[str(g.FORM4)]["wasRevisionOf"] == str(amended)
    assert str(amended) not in G
    # Two labels: the first in sorted order, the same on every run.
    assert G.nodes[str(g.ROE)]["label"] == "Dick Roe"
    assert G.nodes[str(g.ROE)]["name"] == "Richard Roe"
