"""Reading and writing graph files; the format follows the file extension.

TriG and N-Quads keep one named graph per document; Turtle, N-Triples and
JSON-LD flatten them into the union (JSON-LD keeps them as ``@graph``).
Writes are atomic: a temporary file beside the target, then a rename, so a
failed write never leaves a partial file behind.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from pathlib import Path
from typing import get_args

from rdflib import XSD, Dataset, Graph, Literal, URIRef
from rdflib.term import Node

from kg.errors import GraphFileError
from kg.export.files import atomic_output
from kg.graph.build import Value
from kg.graph.literals import lexical
from kg.graph.store import new_dataset

Triple = tuple[Node, Node, object]  # the object may be a plain value: kg.graph.build.Value

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
    graphs: Iterable[tuple[URIRef, Iterable[Triple]]], path: Path, *, union: bool = False
) -> int:
    """Write named graphs as de-duplicated N-Quads (N-Triples with ``union``), atomically:
    graph by graph in IRI order, each graph's statements in the order the builder made
    them (a fact's statements together), each once.

    This is the fast path of ``kg build``: no store in between. Returns the
    number of statements written.
    """
    # The builder's order is deterministic (no set is iterated on the way), so the file is
    # the same from run to run without sorting: sorting cost more than the formatting.
    # Until the file is written the batch holds each statement as a triple of the cached
    # term texts (shared strings that keep their hashes), not as a new line string.
    # Two files of one filing (its XML and its .txt) still meet in one graph here.
    by_graph: dict[str, list[tuple[str, str, str]]] = {}
    texts = _TermTexts()
    known, nt = texts.known, texts.text
    for name, triples in graphs:
        end = " .\n" if union else f" {nt(name)} .\n"  # once per graph, not per statement
        # ``known.get(id(t)) or nt(t)``: a C-level lookup for a term met before
        # (most are: predicates, classes, entities, the fact node's own IRI).
        by_graph.setdefault(end, []).extend(
            [
                (known.get(id(s)) or nt(s), known.get(id(p)) or nt(p), known.get(id(o)) or nt(o))
                for s, p, o in triples
            ]
        )
    written = 0
    with atomic_output(path) as out:
        for end in sorted(by_graph):
            unique = dict.fromkeys(by_graph[end])  # first occurrence kept, in order
            written += len(unique)
            # One write a graph: writelines is slower.
            out.write("".join([f"{s} {p} {o}{end}" for s, p, o in unique]))
    return written


class _TermTexts:
    """N-Triples text of terms, keyed by the term object's identity.

    Keying by identity skips rdflib's Python-level ``__hash__``/``__eq__``
    (a Literal hashes in Python), which cost more than the formatting. Each
    term is held while its entry lives, so its id cannot be reused.
    """

    LIMIT = 1 << 17

    def __init__(self) -> None:
        self.known: dict[int, str] = {}
        self._held: list[object] = []
        # Plain values also by value, one table per type (True == 1 == Decimal(1), but
        # their texts differ): every filing has its own "Common Stock" and amounts.
        self._values: dict[type, dict[object, str]] = {kind: {} for kind in _BY_VALUE}

    def text(self, term: object) -> str:
        if len(self._held) >= self.LIMIT:  # bounded: a corpus mints millions of fact IRIs
            self.known.clear()
            self._held.clear()
            for table in self._values.values():
                table.clear()
        table = self._values.get(type(term))
        if table is None:  # a term; a fact's IRI is new, and rdflib hashes a Literal in Python
            found = _nt(term)
        else:
            found = table.get(term)
            if found is None:
                found = table[term] = _nt(term)
        self.known[id(term)] = found
        self._held.append(term)
        return found


# The builder's plain values, which hash in C.
_BY_VALUE = get_args(Value)


_ESCAPES = str.maketrans({"\\": "\\\\", '"': '\\"', "\n": "\\n", "\r": "\\r"})
# str.translate looks every character up in the table (a caught KeyError per
# character not in it): scan for the four first, as most literals have none.
_NEEDS_ESCAPE = re.compile(r'[\\"\n\r]')


_XSD_STRING = XSD.string  # looked up once: a namespace attribute is a metaclass call
_NOT_IN_IRI = re.compile(r'[<>"{}|^`\\\s]')


def _nt(term: object) -> str:
    """A term, or a builder's plain value (``kg.graph.build.Value``), in N-Triples syntax."""
    if type(term) is str:  # a plain value; an IRI is a URIRef
        return _quoted(term)
    if isinstance(term, URIRef):
        if _NOT_IN_IRI.search(term):  # never for IRIs kg.graph.iris mints
            raise GraphFileError(f"cannot write the IRI {term!r} in N-Quads")
        return f"<{term}>"
    if isinstance(term, Literal):
        if term.language:
            return f"{_quoted(term)}@{term.language}"
        datatype = term.datatype
        if datatype is not None and datatype != _XSD_STRING:
            return f"{_quoted(term)}^^<{datatype}>"
        return _quoted(term)
    if isinstance(term, Node):
        return term.n3()
    text, datatype = lexical(term)  # the same lexical form build_dataset's Literal gets
    return f"{_quoted(text)}^^<{datatype}>" if datatype else _quoted(text)


def _quoted(text: str) -> str:
    text = str(text)
    if _NEEDS_ESCAPE.search(text):
        text = text.translate(_ESCAPES)
    return f'"{text}"'


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
