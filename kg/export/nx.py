"""The NetworkX projection of a built graph.

``to_networkx(dataset)`` returns a ``networkx.MultiDiGraph``:

Nodes
    One node per entity (``ekg:Company``, ``ekg:Person``), per document
    (``ekg:Document``, ``ekg:Filing``, ``ekg:PressRelease``) and per fact
    (``ekg:Position``, ``ekg:Shareholding``, ``ekg:Transaction``,
    ``ekg:Agreement``, ``ekg:Offering``, ``ekg:Signature``). The node key is
    the full IRI string. Attributes:

    * ``type``: the class local name, one of :data:`NODE_TYPES` (a Filing or
      a PressRelease is ``"Document"``); ``classes``: every ``ekg:`` class of
      the node, sorted (``["Document", "Filing"]``);
    * ``label``: ``rdfs:label``, else ``ekg:name``, else a short description
      built from the fact (``"Officer: Chief Financial Officer"``);
    * ``iri``: the IRI string;
    * every literal property under its predicate's local name (``name``,
      ``cik``, ``formType``, ``evidence``...): dates as ISO strings, decimals
      as ``float``, integers as ``int``, booleans as ``bool``, other text as
      ``str``. A property with one value is a scalar, with several a sorted
      list; the properties in :data:`MULTI_VALUED` are always lists;
    * IRI-valued properties that point at no node become attributes too:
      ``role`` holds the role individuals' local names (``["Director"]``),
      any other IRI is kept as its string;
    * ``address``: the entity's ``ekg:Address`` nodes folded into one-line
      strings ("street, city, state postal code, country"), always a list.
      Addresses are never nodes of their own.

Edges
    One edge per object property between two nodes, directed subject ->
    object, with ``key`` and attribute ``predicate`` = the predicate's local
    name (``holder``, ``organization``, ``source``, ``subject``...) and
    ``graphs``: the sorted names of the named graphs (the documents) that
    assert it. The shortcut edges (``officerOf``, ``directorOf``,
    ``tenPercentOwnerOf``, ``employeeOf``, ``promoterOf``, ``shareholderOf``)
    stay entity -> entity, so degree and centrality over
    :func:`entity_graph` mean "how connected is this company or person".
    ``rdf:type`` is not an edge (it is ``type``/``classes``).

A ``Dataset`` is read across all its named graphs (their union). The result
is deterministic: nodes are added sorted by IRI and edges sorted by
(subject, predicate, object), so the same input gives equal node and edge
lists in the same order.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from datetime import date, datetime, time
from decimal import Decimal

import networkx as nx
from rdflib import RDF, RDFS, BNode, ConjunctiveGraph, Graph, Literal, URIRef
from rdflib.graph import DATASET_DEFAULT_GRAPH_ID
from rdflib.term import Node

from kg.vocab import EKG

__all__ = ["ENTITY_TYPES", "MULTI_VALUED", "NODE_TYPES", "SHORTCUTS", "entity_graph", "to_networkx"]

_EKG_NS = str(EKG._NS)

# rdf:type -> node ``type``; the first match in this order wins.
_TYPE_OF_CLASS: dict[str, str] = {
    "Company": "Company",
    "Person": "Person",
    "Document": "Document",
    "Filing": "Document",
    "PressRelease": "Document",
    "Position": "Position",
    "Shareholding": "Shareholding",
    "Transaction": "Transaction",
    "Agreement": "Agreement",
    "Offering": "Offering",
    "Signature": "Signature",
}
NODE_TYPES: tuple[str, ...] = tuple(dict.fromkeys(_TYPE_OF_CLASS.values()))
ENTITY_TYPES: frozenset[str] = frozenset({"Company", "Person"})
SHORTCUTS: frozenset[str] = frozenset(
    {"officerOf", "directorOf", "tenPercentOwnerOf", "employeeOf", "promoterOf", "shareholderOf"}
)
# Properties that may repeat by design: a list even when one value is present.
MULTI_VALUED: frozenset[str] = frozenset(
    {"alias", "formerName", "role", "footnote", "securityType", "exemption", "item", "address"}
)
_RESERVED = frozenset({"type", "classes", "label", "iri"})

Triple = tuple[Node, Node, Node]


def to_networkx(data: Graph) -> nx.MultiDiGraph:
    """Project an rdflib ``Dataset`` (or ``Graph``) onto a ``MultiDiGraph``."""
    triples = _collect(data)
    classes = _classes(triples)
    types = {s: t for s, t in ((s, _node_type(c)) for s, c in classes.items()) if t}
    addresses = _addresses(triples, classes)
    attrs: dict[Node, dict[str, list[object]]] = {s: defaultdict(list) for s in types}
    edges: list[tuple[str, str, str, list[str]]] = []
    for (s, p, o), graphs in sorted(triples.items(), key=lambda item: _triple_key(item[0])):
        if s not in types or p == RDF.type:
            continue
        key = "label" if p == RDFS.label else _local(p)
        if isinstance(o, Literal):
            attrs[s][key].append(_python(o))
        elif o in types:
            edges.append((str(s), str(o), key, graphs))
        elif o in addresses:
            attrs[s]["address"].append(addresses[o])
        else:
            attrs[s][key].append(_local(o) if str(o).startswith(_EKG_NS) else str(o))
    graph = nx.MultiDiGraph()
    for node in sorted(types, key=str):
        graph.add_node(str(node), **_node_attrs(node, types[node], classes[node], attrs[node]))
    for source, target, predicate, graphs in edges:
        graph.add_edge(source, target, key=predicate, predicate=predicate, graphs=graphs)
    return graph


def entity_graph(graph: nx.MultiDiGraph) -> nx.MultiDiGraph:
    """Entities only, joined by the shortcut edges: the graph to rank for centrality.

    A new ``MultiDiGraph`` (a copy, not a view) with every Company and Person
    node of ``graph`` (attributes copied) and its entity -> entity edges whose
    predicate is in :data:`SHORTCUTS`; same order as ``graph``.
    """
    result = nx.MultiDiGraph()
    entities = [n for n, data in graph.nodes(data=True) if data.get("type") in ENTITY_TYPES]
    result.add_nodes_from((n, dict(graph.nodes[n])) for n in entities)
    for source, target, key, data in graph.edges(keys=True, data=True):
        if source in result and target in result and data.get("predicate") in SHORTCUTS:
            result.add_edge(source, target, key=key, **dict(data))
    return result


def _collect(data: Graph) -> dict[Triple, list[str]]:
    """Every triple with the sorted names of the named graphs asserting it."""
    found: dict[Triple, set[str]] = defaultdict(set)
    if isinstance(data, ConjunctiveGraph):  # Dataset is one: read every named graph
        for s, p, o, g in data.quads((None, None, None, None)):
            name = getattr(g, "identifier", g)
            if isinstance(name, URIRef) and name != DATASET_DEFAULT_GRAPH_ID:
                found[(s, p, o)].add(str(name))
            else:
                found.setdefault((s, p, o), set())
    else:
        for triple in data.triples((None, None, None)):
            found.setdefault(triple, set())
    return {triple: sorted(names) for triple, names in found.items()}


def _classes(triples: Iterable[Triple]) -> dict[Node, set[str]]:
    classes: dict[Node, set[str]] = defaultdict(set)
    for s, p, o in triples:
        if p == RDF.type and isinstance(o, URIRef) and str(o).startswith(_EKG_NS):
            classes[s].add(_local(o))
    return classes


def _node_type(classes: set[str]) -> str | None:
    return next((t for c, t in _TYPE_OF_CLASS.items() if c in classes), None)


def _addresses(triples: Iterable[Triple], classes: dict[Node, set[str]]) -> dict[Node, str]:
    """``ekg:Address`` node -> its one-line form."""
    parts: dict[Node, dict[str, str]] = defaultdict(dict)
    for s, p, o in triples:
        if "Address" in classes.get(s, ()) and isinstance(o, Literal):
            parts[s][_local(p)] = str(o)
    return {node: _format_address(fields) for node, fields in parts.items()}


def _format_address(fields: dict[str, str]) -> str:
    region = " ".join(v for v in (fields.get("state"), fields.get("postalCode")) if v)
    pieces = (fields.get("street"), fields.get("city"), region, fields.get("country"))
    return ", ".join(p for p in pieces if p)


def _node_attrs(
    node: Node, node_type: str, classes: set[str], values: dict[str, list[object]]
) -> dict[str, object]:
    props = {
        key: _collapse(key, vals) for key, vals in sorted(values.items()) if key not in _RESERVED
    }
    label = values.get("label") or values.get("name")
    attrs: dict[str, object] = {
        "type": node_type,
        "label": str(sorted(label, key=str)[0]) if label else _describe(node, node_type, props),
        "iri": str(node),
        "classes": sorted(classes),
    }
    attrs.update(props)
    return attrs


def _collapse(key: str, values: list[object]) -> object:
    unique = sorted(set(values), key=lambda v: (type(v).__name__, str(v)))
    return unique if key in MULTI_VALUED or len(unique) > 1 else unique[0]


def _describe(node: Node, node_type: str, props: dict[str, object]) -> str:
    """A short label for a node with no name: what the fact says, in a few words."""

    def get(key: str) -> str:
        value = props.get(key)
        if isinstance(value, list):
            return ", ".join(_fmt(v) for v in value)
        return "" if value is None else _fmt(value)

    if node_type == "Document":
        form = get("formType")
        kind = "Press release" if form == "PressRelease" else (f"Form {form}" if form else "")
        text = " ".join(x for x in (kind, get("date")) if x) or get("sourceFile")
    elif node_type == "Position":
        text = ": ".join(x for x in (get("role"), get("title")) if x)
    elif node_type == "Transaction":
        price = get("pricePerShare")
        text = " ".join(x for x in (get("transactionCode"), get("shares")) if x)
        text += f" @ {price}" if price else ""
    elif node_type == "Shareholding":
        pct = get("percentOfClass")
        text = f"{pct}%" if pct else " ".join(x for x in (get("shares"), get("securityTitle")) if x)
    elif node_type == "Agreement":
        text = get("agreementType")
    elif node_type == "Offering":
        text = " ".join(x for x in ("Offering", get("totalOfferingAmount")) if x)
    elif node_type == "Signature":
        text = ": ".join(x for x in ("Signature", get("signerTitle")) if x)
    else:
        text = ""
    return text.strip() or f"{node_type} {_tail(node)}"


def _fmt(value: object) -> str:
    if isinstance(value, float) and value.is_integer():
        return f"{int(value):,}"
    if isinstance(value, float | int) and not isinstance(value, bool):
        return f"{value:,}"
    return str(value)


def _python(literal: Literal) -> object:
    """A literal as a plain, JSON- and GraphML-friendly Python value."""
    value = literal.toPython()
    if isinstance(value, bool | int | float | str) and not isinstance(value, Literal):
        return value
    if isinstance(value, Decimal):
        return float(value)
    if isinstance(value, date | datetime | time):
        return value.isoformat()
    return str(literal)


def _local(term: Node) -> str:
    text = str(term)
    sep = "#" if "#" in text else "/"
    return text.rsplit(sep, 1)[-1] or text


def _tail(node: Node) -> str:
    return str(node).rstrip("/").rsplit("/", 1)[-1][:12]


def _triple_key(triple: Triple) -> tuple[str, str, str, str]:
    s, p, o = triple
    kind = "L" if isinstance(o, Literal) else ("B" if isinstance(o, BNode) else "U")
    return (str(s), str(p), kind, str(o))
