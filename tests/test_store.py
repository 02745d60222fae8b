"""The store is swappable: the same build on Oxigraph (through oxrdflib) and on
rdflib's memory store gives the same dataset and the same answers."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from kg.graph.build import build_dataset
from kg.graph.store import new_dataset
from kg.pipeline import extract_paths, sample_paths
from kg.query import named_queries, records, run
from tests.graphdiff import assert_same_dataset

pytest.importorskip("oxrdflib", reason="the oxigraph extra is not installed")


@pytest.fixture(scope="module")
def extracted():
    return extract_paths(sample_paths())


def test_oxigraph_store_holds_the_same_dataset(extracted):
    memory = build_dataset(extracted.items, extracted.same, new_dataset("memory"))
    oxigraph = build_dataset(extracted.items, extracted.same, new_dataset("oxigraph"))
    assert type(oxigraph.store).__name__ != type(memory.store).__name__
    assert_same_dataset(memory, oxigraph)


@pytest.mark.parametrize("name", ["officers", "transactions", "agreements", "offerings"])
def test_named_queries_answer_alike_on_both_stores(extracted, name):
    query = named_queries()[name]
    answers = []
    for store in ("memory", "oxigraph"):
        ds = build_dataset(extracted.items, extracted.same, new_dataset(store))
        rows = records(run(ds, query.text, {}, query))
        answers.append(sorted(repr(_unordered(row)) for row in rows))
    assert answers[0] == answers[1]
    assert answers[0]


def _unordered(row: dict) -> dict:
    """Compare values, not spellings: GROUP_CONCAT has no defined order in SPARQL 1.1,
    and a decimal may come back as 100 or 100.0."""

    def value(v):
        if isinstance(v, str) and " | " in v:
            return sorted(v.split(" | "))
        return v.normalize() if isinstance(v, Decimal) else v

    return {k: value(v) for k, v in row.items()}


def test_unknown_store_is_refused():
    with pytest.raises(ValueError, match="unknown store"):
        new_dataset("postgres")


def test_agreements_query_names_what_an_amendment_amends():
    """Through the real engine: an 8-K's amendment row carries the agreement it amends
    (tests/data/heldout/eightk2, made up), an agreement that amends nothing has none."""
    folder = Path(__file__).parent / "data" / "heldout" / "eightk2"
    extracted = extract_paths([folder / "e13_2024_fullsub_sigpage_parties.txt"])
    ds = build_dataset(extracted.items, extracted.same, new_dataset("oxigraph"))
    query = named_queries()["agreements"]
    rows = records(run(ds, query.text, {"party": "Stonebridge"}, query))
    amended = {str(row["amends"]) for row in rows if row.get("amends") is not None}
    assert amended == {"Loan and Security Agreement, dated as of September 30, 2022"}
    assert all("Amendment" in str(row["agreementType"]) for row in rows if row.get("amends"))
