"""Compare datasets graph by graph, with a readable diff on failure."""

from __future__ import annotations

from rdflib import XSD, Dataset, Graph, Literal
from rdflib.compare import graph_diff, to_isomorphic


def _plain(term):
    """One form per literal value: "x" and "x"^^xsd:string are one literal in RDF 1.1
    (Oxigraph writes the latter), and Turtle writes the decimal "100" as 100.0."""
    if isinstance(term, Literal) and term.datatype == XSD.string:
        return Literal(str(term))
    if isinstance(term, Literal) and term.datatype == XSD.decimal:
        return Literal(format(term.toPython().normalize(), "f"), datatype=XSD.decimal)
    return term


def _named(ds: Dataset) -> dict[str, Graph]:
    named = {}
    for g in ds.graphs():
        if len(g):
            copy = Graph()
            for s, p, o in g:
                copy.add((s, p, _plain(o)))
            named[str(g.identifier)] = copy
    return named


def _lines(graph: Graph, limit: int = 25) -> str:
    triples = sorted(f"  {s.n3()} {p.n3()} {o.n3()}" for s, p, o in graph)
    more = f"\n  ... {len(triples) - limit} more" if len(triples) > limit else ""
    return "\n".join(triples[:limit]) + more


def assert_same_dataset(left: Dataset, right: Dataset) -> None:
    """Same named graphs, each isomorphic; the message lists what differs."""
    a, b = _named(left), _named(right)
    assert a.keys() == b.keys(), (
        f"named graphs differ:\n only left: {sorted(a.keys() - b.keys())}\n"
        f" only right: {sorted(b.keys() - a.keys())}"
    )
    for name in sorted(a):
        iso_a, iso_b = to_isomorphic(a[name]), to_isomorphic(b[name])
        if iso_a != iso_b:
            _, only_a, only_b = graph_diff(iso_a, iso_b)
            raise AssertionError(
                f"graph {name} differs\nonly left:\n{_lines(only_a)}\nonly right:\n{_lines(only_b)}"
            )
