"""Fact IRIs: a hash of what defines the fact, stable across rebuilds and across a
record growing a field at its end."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from kg.graph.iris import fact_iri
from kg.model import EntityRef, Transaction

DOC = "https://w3id.org/edgar-kg/id/filing/0000000000-26-000001"
OWNER = EntityRef(kind="person", name="Ada Quillfeather", cik="0000000001")
ISSUER = EntityRef(kind="company", name="Brightwater Looms Inc.", cik="0000000002")


def _key(ref: EntityRef) -> str:
    return f"cik/{ref.cik}"


def _sale(**changes: object) -> Transaction:
    fields: dict[str, object] = {
        "reporting_owner": OWNER,
        "issuer": ISSUER,
        "security_title": "Common Stock",
        "is_derivative": False,
        "evidence": "Common Stock 100 S",
        "transaction_code": "S",
        "shares": Decimal("100"),
    }
    return Transaction(**{**fields, **changes})  # type: ignore[arg-type]


@dataclass(frozen=True)
class Grant:
    holder: EntityRef
    evidence: str
    shares: Decimal | None = None


@dataclass(frozen=True)
class GrantGrown:  # the same record after a release added a field at its end
    holder: EntityRef
    evidence: str
    shares: Decimal | None = None
    vesting: str | None = None


GrantGrown.__name__ = "Grant"


def test_the_evidence_does_not_define_a_fact() -> None:
    assert fact_iri(_sale(), DOC, _key) == fact_iri(_sale(evidence="other words"), DOC, _key)


def test_every_defining_field_and_the_document_change_the_iri() -> None:
    base = fact_iri(_sale(), DOC, _key)
    changed = [
        _sale(shares=Decimal("101")),
        _sale(transaction_code="P"),
        _sale(footnotes=("Sold under a plan.",)),  # the last field, set
        _sale(under_plan_10b5_1=False),
    ]
    iris = {fact_iri(fact, DOC, _key) for fact in changed}
    assert base not in iris and len(iris) == len(changed)
    assert fact_iri(_sale(), DOC + "/1", _key) != base


def test_refs_are_keyed_by_the_entity_they_resolve_to() -> None:
    alias = EntityRef(kind="person", name="Quillfeather Ada", cik="0000000001")
    assert fact_iri(_sale(reporting_owner=alias), DOC, _key) == fact_iri(_sale(), DOC, _key)


def test_a_field_added_at_the_end_keeps_the_iris_of_facts_without_it() -> None:
    old = fact_iri(Grant(OWNER, "x", Decimal("5")), DOC, _key)
    assert fact_iri(GrantGrown(OWNER, "x", Decimal("5")), DOC, _key) == old
    assert fact_iri(GrantGrown(OWNER, "x", Decimal("5"), "monthly"), DOC, _key) != old
    # An unset field before a set one still counts by its place: no two facts meet.
    assert fact_iri(GrantGrown(OWNER, "x", None, "5"), DOC, _key) != fact_iri(
        GrantGrown(OWNER, "x", Decimal("5")), DOC, _key
    )
