"""Check a built graph against ``ontology/shapes.ttl`` (SHACL, via pyshacl).

The shapes describe what every built graph satisfies: IRIs under the resource
base and no blank nodes, one name per entity, one source document and verbatim
evidence per fact, literal datatypes as the ontology's ranges. pyshacl is
imported inside :func:`validate` so that ``import kg`` stays cheap.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache
from typing import NamedTuple

from rdflib import BNode, Graph
from rdflib.namespace import OWL, RDF, RDFS, SH
from rdflib.term import Node

from kg.resources import ontology_path
from kg.vocab import EKG, ID

_STRUCTURAL = frozenset({RDF.first, RDF.rest, RDFS.domain, RDFS.range, RDFS.subClassOf})


class Violation(NamedTuple):
    """One SHACL result: the node that fails, the property (if any), why."""

    focus_node: Node
    path: Node | None
    message: str


@dataclass(frozen=True)
class ValidationResult:
    """``conforms`` is False when there is at least one sh:Violation.

    Results of severity sh:Warning (values that look wrong but may be right,
    e.g. an accession number not in the 10-2-6 form) go to ``warnings`` and do
    not make the graph non-conforming.
    """

    conforms: bool
    report_text: str
    violations: list[Violation] = field(default_factory=list)
    warnings: list[Violation] = field(default_factory=list)


@cache
def _load(name: str) -> Graph:
    """Parse a bundled Turtle file once per process (read-only afterwards)."""
    return Graph().parse(ontology_path(name), format="turtle")


def _flatten(graph: Graph) -> Graph:
    """The union of every named graph as one plain Graph.

    pyshacl validates each named graph of a Dataset on its own, but a fact in a
    document's graph points at entities typed in other graphs, so the shapes
    must see the union.
    """
    flat = Graph()
    flat.bind("ekg", str(EKG))
    flat.bind("id", str(ID))
    if graph.context_aware:  # Dataset / ConjunctiveGraph: every named graph
        for s, p, o, _ctx in graph.quads((None, None, None, None)):
            flat.add((s, p, o))
    else:
        flat += graph
    return flat


def _blank_nodes(data: Graph) -> list[Violation]:
    """Every triple with a blank node, as violations.

    Node IRIs are deterministic (spec/vocabulary.md), so a blank node anywhere
    is a builder bug. The shapes catch the ones under ekg: terms; this pass
    catches the rest in one scan, where a SHACL SPARQL constraint over every
    triple would take minutes on a corpus-sized graph.
    """
    found = []
    for s, p, o in data:
        if _owl_structure(p, o):
            continue
        for node in (s, o):
            if isinstance(node, BNode):
                message = (
                    f"Blank node in a triple with predicate {p.n3()}: "
                    f"every node needs an IRI under {ID}"
                )
                found.append(Violation(node, p, message))
    return found


def _owl_structure(predicate: Node, obj: Node) -> bool:
    """A triple of an OWL class expression (unionOf lists...), blank by nature.

    They only appear when a caller has added the ontology to the data graph.
    """
    if str(predicate).startswith(str(OWL)) or predicate in _STRUCTURAL:
        return True
    return predicate == RDF.type and str(obj).startswith(str(OWL))


def _results(report: Graph, severity: Node) -> list[Violation]:
    found = []
    for result in report.subjects(SH.resultSeverity, severity):
        if (result, RDF.type, SH.ValidationResult) not in report:
            continue
        message = "; ".join(sorted(str(m) for m in report.objects(result, SH.resultMessage)))
        focus = report.value(result, SH.focusNode)
        value = report.value(result, SH.value)
        if value is not None and value != focus:  # a shape's sh:message does not name it
            message += f" (value: {value.n3()})"
        path = report.value(result, SH.resultPath)
        found.append(Violation(focus, path, message))
    # nodeKind and pattern, or sh:equals both ways, can report the same fault twice.
    return sorted(set(found), key=_order)


def _order(violation: Violation) -> tuple[str, str, str]:
    return (str(violation.focus_node), str(violation.path), violation.message)


def validate(graph: Graph) -> ValidationResult:
    """Validate a built graph (a ``Graph`` or a ``Dataset``, all named graphs) offline.

    The ontology is given to pyshacl as ``ont_graph`` so that ``sh:class`` and
    ``sh:targetClass`` follow ``rdfs:subClassOf`` (an ``ekg:Filing`` is an
    ``ekg:Document``); no inference is run and nothing is fetched
    (``do_owl_imports=False``; the shapes and ontology are local files).
    Raises ``FileNotFoundError`` when the shapes or the ontology are missing.
    """
    import pyshacl  # heavy: imported only when a graph is validated

    data = _flatten(graph)
    blank = _blank_nodes(data)  # before the ontology's own blank nodes are mixed in
    conforms, report, text = pyshacl.validate(
        data,
        shacl_graph=_load("shapes.ttl"),
        ont_graph=_load("edgar-kg.ttl"),
        inference="none",
        abort_on_first=False,
        allow_warnings=True,
        advanced=False,
        js=False,
        do_owl_imports=False,
        meta_shacl=False,
        inplace=True,  # ``data`` is our own copy
    )
    text = str(text)
    if blank:
        lines = "".join(f"\n  {v.focus_node.n3()} {v.message}" for v in blank)
        text += f"\nBlank nodes ({len(blank)}):{lines}\n"
    return ValidationResult(
        conforms=bool(conforms) and not blank,
        report_text=text,
        violations=sorted(_results(report, SH.Violation) + blank, key=_order),
        warnings=_results(report, SH.Warning),
    )
