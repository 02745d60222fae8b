"""``kg demo``: the whole path on the four bundled sample filings."""

from __future__ import annotations

import time
from pathlib import Path

from kg.cli.tables import render

# (title, bundled query, parameters) answered at the end of the demo.
QUESTIONS = (
    ("Officers and directors", "officers", {}),
    ("Insider transactions", "transactions", {}),
    ("Agreements and their parties", "agreements", {}),
    ("Shareholders", "shareholders", {}),
    ("Exempt offerings", "offerings", {}),
)


def run_demo(outdir: Path) -> int:
    from kg.export.html import write_html
    from kg.export.rdf import save
    from kg.graph.validate import validate
    from kg.pipeline import build, sample_paths
    from kg.query import named_queries, run
    from kg.query.stats import stats

    paths = sample_paths()
    started = time.perf_counter()
    result = build(paths)
    elapsed = time.perf_counter() - started
    graph_file, page = outdir / "graph.trig", outdir / "graph.html"
    save(result.dataset, graph_file)
    write_html(result.dataset, page, title="edgar-kg: the four sample filings")
    s = stats(result.dataset)
    print(
        f"built {len(paths)} sample filings in {elapsed:.2f} s: {s.triples} triples, "
        f"{s.named_graphs} named graphs"
    )
    print("  " + ", ".join(f"{n} {c}" for c, n in s.by_class.items()))
    print(f"wrote {graph_file} and {page}")
    report = validate(result.dataset)
    print(
        "SHACL: conforms" if report.conforms else "SHACL: DOES NOT CONFORM\n" + report.report_text
    )
    queries = named_queries()
    for title, name, params in QUESTIONS:
        print(f"\n== {title} (kg query {graph_file} {name})")
        print(render(run(result.dataset, queries[name].text, params, queries[name]), "table", 40))
    failures = result.extracted.failures
    for failure in failures:
        print(f"failed: {failure}")
    return 1 if failures or not report.conforms else 0
