"""Reading and writing graph files; the format follows the file extension.

TriG and N-Quads keep one named graph per document; Turtle, N-Triples and
JSON-LD flatten them into the union (JSON-LD keeps them as ``@graph``).
Writes are atomic: a temporary file beside the target, then a rename, so a
failed write never leaves a partial file behind.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from pathlib import Path

from rdflib import Dataset, Graph

from kg.errors import GraphFileError
from kg.export.files import atomic_output
from kg.graph.store import new_dataset

FORMATS = {
    ".trig": "trig",
    ".nq": "nquads",
    ".ttl": "turtle",
    ".nt": "nt",
    ".jsonld": "json-ld",
}
_QUAD_FORMATS = {"trig", "nquads", "json-ld"}

PREFIXES = {
    "ekg": "https://w3id.org/edgar-kg/ontology#",
    "id": "https://w3id.org/edgar-kg/id/",
    "prov": "http://www.w3.org/ns/prov#",
}


def format_of(path: Path) -> str:
    try:
        return FORMATS[path.suffix.lower()]
    except KeyError:
        known = ", ".join(FORMATS)
        raise GraphFileError(f"{path}: unknown graph format {path.suffix!r} ({known})") from None


def save(dataset: Dataset, path: Path) -> None:
    """Write ``dataset`` to ``path`` atomically, in the format of its extension."""
    fmt = format_of(path)
    target: Graph = dataset if fmt in _QUAD_FORMATS else _union(dataset)
    for prefix, namespace in PREFIXES.items():
        target.bind(prefix, namespace)
    with atomic_output(path, binary=True) as out:
        target.serialize(destination=out, format=fmt, encoding="utf-8")


def write_nquads(
    graphs: Iterable[tuple[str, Iterable[tuple[str, str, str]]]], path: Path, *, union: bool = False
) -> int:
    """Write named graphs as de-duplicated N-Quads (N-Triples with ``union``), atomically:
    graph by graph in IRI order, each graph's statements in the order the builder made
    them (a fact's statements together), each once.

    The graphs' names and terms are N-Triples text already (the builder spells them so:
    ``kg.graph.terms.text_terms``). This is the fast path of ``kg build``: no store in
    between. Returns the number of statements written.
    """
    # The builder's order is deterministic (no set is iterated on the way), so the file is
    # the same from run to run without sorting: sorting cost more than the formatting.
    # Until the file is written the batch holds each statement as a triple of term texts
    # (strings shared by every statement that uses the term), not as a new line string.
    # Two files of one filing (its XML and its .txt) still meet in one graph here.
    by_graph: dict[str, list[tuple[str, str, str]]] = {}
    for name, triples in graphs:
        end = " .\n" if union else f" {name} .\n"  # once per graph, not per statement
        by_graph.setdefault(end, []).extend(triples)
    written = 0
    with atomic_output(path) as out:
        for end in sorted(by_graph):
            unique = dict.fromkeys(by_graph[end])  # first occurrence kept, in order
            written += len(unique)
            # One write a graph: writelines is slower.
            out.write("".join([f"{s} {p} {o}{end}" for s, p, o in unique]))
    return written


def _union(dataset: Dataset) -> Graph:
    union = Graph()
    for triple in dataset.triples((None, None, None)):
        union.add(triple)
    return union


def load(path: Path) -> Dataset:
    """Read a graph file written by ``save`` (or any RDF file in those formats)."""
    fmt = format_of(path)
    if not path.is_file():
        raise GraphFileError(f"{path}: no such graph file")
    if fmt == "json-ld":
        _refuse_remote_context(path)
    dataset = new_dataset()
    try:
        if fmt in _QUAD_FORMATS:
            dataset.parse(path, format=fmt)
        else:
            dataset.graph(path.resolve().as_uri()).parse(path, format=fmt)
    except Exception as exc:  # rdflib raises parser-specific exception types
        raise GraphFileError(f"{path}: cannot parse as {fmt}: {exc}") from exc
    return dataset


def _refuse_remote_context(path: Path) -> None:
    """A JSON-LD ``@context`` given by URL would make the parser fetch it."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise GraphFileError(f"{path}: cannot parse as json-ld: {exc}") from exc
    stack = [data]
    while stack:
        node = stack.pop()
        if isinstance(node, dict):
            context = node.get("@context")
            contexts = context if isinstance(context, list) else [context]
            if any(isinstance(c, str) for c in contexts):
                raise GraphFileError(f"{path}: remote JSON-LD contexts are not loaded")
            stack.extend(node.values())
        elif isinstance(node, list):
            stack.extend(node)
