"""Counts that describe a dataset (``kg stats``), computed with SPARQL."""

from __future__ import annotations

from dataclasses import dataclass, field

from rdflib import Dataset

from kg.vocab import EKG


@dataclass
class Stats:
    triples: int = 0
    named_graphs: int = 0
    by_class: dict[str, int] = field(default_factory=dict)
    documents_by_form: dict[str, int] = field(default_factory=dict)


_BY_CLASS = """
PREFIX ekg: <https://w3id.org/edgar-kg/ontology#>
SELECT ?class (COUNT(DISTINCT ?s) AS ?n) WHERE { ?s a ?class }
GROUP BY ?class ORDER BY ?class
"""
_BY_FORM = """
PREFIX ekg: <https://w3id.org/edgar-kg/ontology#>
SELECT ?form (COUNT(DISTINCT ?d) AS ?n) WHERE { ?d a ekg:Document ; ekg:formType ?form }
GROUP BY ?form ORDER BY ?form
"""


def stats(dataset: Dataset) -> Stats:
    """Triples (distinct, over the union), named graphs, nodes per class, documents per form."""
    result = Stats()
    result.triples = len(set(dataset.triples((None, None, None))))
    result.named_graphs = sum(1 for g in dataset.graphs() if len(g) > 0)
    prefix = str(EKG)
    for row in dataset.query(_BY_CLASS):
        name = str(row[0])
        name = name[len(prefix) :] if name.startswith(prefix) else name
        result.by_class[name] = int(row[1])
    for row in dataset.query(_BY_FORM):
        result.documents_by_form[str(row[0])] = int(row[1])
    return result
