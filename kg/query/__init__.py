"""SPARQL over a built dataset, and the library of named queries.

Named queries are the ``*.rq`` files beside this module. Their header
comments document them: the first line is the description, each
``# param NAME: text`` line a parameter. A parameter NAME is bound to the
variable ``?NAME_q`` as a plain literal (never formatted into the text), and
every parameter is optional.

Filings are untrusted and so are queries: a query may not reach the network
or the disk. ``SERVICE`` clauses are refused, and ``FROM`` / ``FROM NAMED``
only ever name graphs already in the dataset (rdflib's loading of graphs
from the web is switched off). Only SELECT, ASK and CONSTRUCT/DESCRIBE run;
updates are refused.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from rdflib import Dataset, Graph, Literal, Variable
from rdflib.query import Result

from kg.errors import QueryError

QUERY_DIR = Path(__file__).parent


@dataclass(frozen=True)
class NamedQuery:
    name: str
    description: str
    params: dict[str, str]
    text: str


def named_queries() -> dict[str, NamedQuery]:
    """Every bundled query by name, e.g. ``officers``."""
    queries = {}
    for path in sorted(QUERY_DIR.glob("*.rq")):
        text = path.read_text(encoding="utf-8")
        comments = [line[1:].strip() for line in text.splitlines() if line.startswith("#")]
        params = {}
        for line in comments[1:]:
            match = re.match(r"param (\w+):\s*(.*)", line)
            if match:
                params[match.group(1)] = match.group(2)
        description = comments[0] if comments else ""
        queries[path.stem] = NamedQuery(path.stem, description, params, text)
    return queries


def load_query(spec: str) -> tuple[str, NamedQuery | None]:
    """SPARQL text from a bundled query name, a ``.rq`` file, or the text itself."""
    queries = named_queries()
    if spec in queries:
        return queries[spec].text, queries[spec]
    if spec.endswith((".rq", ".sparql")):
        path = Path(spec)
        try:
            return path.read_text(encoding="utf-8"), None
        except OSError as exc:
            raise QueryError(f"{spec}: cannot read query file: {exc.strerror or exc}") from exc
    if re.search(r"\b(SELECT|ASK|CONSTRUCT|DESCRIBE)\b", spec, re.IGNORECASE):
        return spec, None
    names = ", ".join(sorted(queries))
    raise QueryError(f"{spec!r} is neither SPARQL, a .rq file, nor a bundled query ({names})")


def run(
    graph: Graph | Dataset,
    sparql: str,
    params: dict[str, str] | None = None,
    named: NamedQuery | None = None,
) -> Result:
    """Run a read-only query; ``params`` bind ``?NAME_q`` variables of a named query."""
    from rdflib.plugins import sparql as rdflib_sparql
    from rdflib.plugins.sparql import prepareQuery

    # A FROM <http://...> clause would otherwise make rdflib fetch that URL.
    rdflib_sparql.SPARQL_LOAD_GRAPHS = False
    params = params or {}
    if named is not None:
        unknown = sorted(set(params) - set(named.params))
        if unknown:
            known = ", ".join(sorted(named.params)) or "none"
            raise QueryError(f"query {named.name!r} has no parameter {unknown[0]!r} ({known})")
    try:
        prepared = prepareQuery(sparql)
    except Exception as exc:  # pyparsing raises its own exception types
        raise QueryError(f"cannot parse the query: {exc}") from exc
    _refuse_service(prepared.algebra)
    bindings = {Variable(f"{k}_q"): Literal(v) for k, v in params.items()}
    return graph.query(prepared, initBindings=bindings)


def _refuse_service(node: object) -> None:
    """Walk the algebra; a SERVICE pattern would send the query over the network."""
    name = getattr(node, "name", None)
    if name == "ServiceGraphPattern":
        raise QueryError("SERVICE is not allowed: queries run on the local graph only")
    if isinstance(node, dict):
        for value in node.values():
            _refuse_service(value)
    elif isinstance(node, list | tuple):
        for value in node:
            _refuse_service(value)


def records(result: Result) -> list[dict[str, object]]:
    """SELECT rows as dicts of Python values (for pandas and notebooks)."""
    names = [str(v) for v in result.vars or []]
    return [
        {n: (v.toPython() if v is not None else None) for n, v in zip(names, row, strict=True)}
        for row in result
    ]
