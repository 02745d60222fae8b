"""The ``kg`` subcommands: parse arguments, call the library, print."""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from kg.errors import KgError, QueryError

if TYPE_CHECKING:
    from kg.pipeline import Extracted

EXIT_OK, EXIT_FAILURES, EXIT_USAGE = 0, 1, 2


def _err(text: str) -> None:
    print(text, file=sys.stderr)


# build ---------------------------------------------------------------------


def _configure_build(p: argparse.ArgumentParser) -> None:
    p.add_argument("inputs", nargs="+", type=Path, metavar="INPUT", help="files or folders")
    p.add_argument(
        "-o", "--output", type=Path, required=True,
        help="graph file; format from the extension: .trig .nq .ttl .nt .jsonld",
    )  # fmt: skip
    p.add_argument("--no-progress", action="store_true", help="no progress bar")


def _build(args: argparse.Namespace) -> int:
    from kg.export.rdf import format_of
    from kg.ingest import expand_inputs
    from kg.pipeline import extract_paths, write

    format_of(args.output)  # refuse an unknown format before doing any work
    paths = list(expand_inputs(args.inputs))
    started = time.perf_counter()
    extracted = extract_paths(paths, progress=_progress(len(paths), args.no_progress))
    statements = write(extracted, args.output)
    elapsed = time.perf_counter() - started
    return _report_build(extracted, args.output, len(paths), statements, elapsed)


def _progress(total: int, disabled: bool) -> Callable[[str], None] | None:
    if disabled or total < 2:
        return None
    from tqdm import tqdm

    bar = tqdm(total=total, unit="file", file=sys.stderr, dynamic_ncols=True, leave=False)

    def step(path: str) -> None:
        bar.set_postfix_str(Path(path).name[-40:], refresh=False)
        bar.update(1)
        if bar.n >= total:
            bar.close()

    return step


def _report_build(
    extracted: Extracted, output: Path, n_files: int, statements: int, elapsed: float
) -> int:
    print(f"read {n_files} file(s) in {elapsed:.2f} s: {len(extracted.items)} document(s)")
    for kind, count in sorted(extracted.kinds().items()):
        print(f"  {kind:<12} {count}")
    if extracted.skipped:
        print(f"  skipped {len(extracted.skipped)} embedded part(s) no extractor reads")
    print(f"wrote {statements} statements to {output}")
    if extracted.failures:
        _err(f"{len(extracted.failures)} file(s) failed:")
        for failure in extracted.failures:
            _err(f"  {type(failure).__name__}: {failure}")
        return EXIT_FAILURES
    return EXIT_OK


# query ---------------------------------------------------------------------


def _configure_query(p: argparse.ArgumentParser) -> None:
    from kg.cli.tables import FORMATS
    from kg.query import named_queries

    names = ", ".join(sorted(named_queries()))
    p.add_argument("graph", type=Path, help="a graph file written by kg build")
    p.add_argument("query", help=f"SPARQL text, a .rq file, or a bundled query: {names}")
    p.add_argument(
        "-p", "--param", action="append", default=[], metavar="NAME=VALUE",
        help="a parameter of a bundled query (see kg queries)",
    )  # fmt: skip
    p.add_argument("--format", choices=FORMATS, default="table")


def _query(args: argparse.Namespace) -> int:
    from kg.cli.tables import render
    from kg.export.rdf import load
    from kg.query import load_query, run

    params = {}
    for item in args.param:
        name, sep, value = item.partition("=")
        if not sep or not name:
            raise QueryError(f"--param {item!r}: expected NAME=VALUE")
        params[name] = value
    sparql, named = load_query(args.query)
    result = run(load(args.graph), sparql, params, named)
    print(render(result, args.format))
    return EXIT_OK


def _configure_queries(p: argparse.ArgumentParser) -> None:
    pass


def _queries(args: argparse.Namespace) -> int:
    from kg.query import named_queries

    for query in named_queries().values():
        print(f"{query.name}: {query.description}")
        for name, text in query.params.items():
            print(f"    -p {name}=...  {text}")
    return EXIT_OK


# viz, stats, validate ------------------------------------------------------


def _configure_viz(p: argparse.ArgumentParser) -> None:
    p.add_argument("graph", type=Path, help="a graph file written by kg build")
    p.add_argument("-o", "--output", type=Path, required=True, help="the HTML page to write")
    p.add_argument("--title", default="edgar-kg", help="page title")


def _viz(args: argparse.Namespace) -> int:
    from kg.export.html import write_html
    from kg.export.rdf import load

    write_html(load(args.graph), args.output, title=args.title)
    print(f"wrote {args.output}")
    return EXIT_OK


def _configure_graph_only(p: argparse.ArgumentParser) -> None:
    p.add_argument("graph", type=Path, help="a graph file written by kg build")


def _stats(args: argparse.Namespace) -> int:
    from kg.export.rdf import load
    from kg.query.stats import stats

    s = stats(load(args.graph))
    print(f"triples       {s.triples}")
    print(f"named graphs  {s.named_graphs}")
    print("nodes by class:")
    for name, count in s.by_class.items():
        print(f"  {name:<24} {count}")
    print("documents by form type:")
    for form, count in s.documents_by_form.items():
        print(f"  {form:<24} {count}")
    return EXIT_OK


def _validate(args: argparse.Namespace) -> int:
    from kg.export.rdf import load
    from kg.graph.validate import validate

    result = validate(load(args.graph))
    if result.conforms:
        print(f"{args.graph}: conforms to the edgar-kg shapes")
        return EXIT_OK
    print(result.report_text)
    return EXIT_FAILURES


# demo ----------------------------------------------------------------------


def _configure_demo(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "outdir", nargs="?", type=Path, default=Path("demo-out"),
        help="folder for graph.trig and graph.html (default: demo-out)",
    )  # fmt: skip


def _demo(args: argparse.Namespace) -> int:
    from kg.cli.demo import run_demo

    return run_demo(args.outdir)


COMMANDS: dict[str, tuple[str, Callable, Callable]] = {
    "build": ("Build a graph from filings (files or folders).", _configure_build, _build),
    "query": ("Run SPARQL or a bundled query on a graph.", _configure_query, _query),
    "queries": ("List the bundled queries and their parameters.", _configure_queries, _queries),
    "viz": ("Write an interactive, offline HTML page of a graph.", _configure_viz, _viz),
    "stats": ("Count triples, nodes by class, documents by form.", _configure_graph_only, _stats),
    "validate": ("Check a graph against the SHACL shapes.", _configure_graph_only, _validate),
    "demo": ("Build the bundled samples, write graph and page, answer questions.",
             _configure_demo, _demo),
}  # fmt: skip

__all__ = ["COMMANDS", "KgError"]
