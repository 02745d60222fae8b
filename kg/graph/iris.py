"""Every IRI the graph uses is minted here, deterministically, as plain text
(``kg.graph.terms`` spells it as an rdflib term or as N-Triples).

Entities are keyed by CIK or normalised name (``resolve.Entity.key``),
documents by accession number or content hash, fact nodes by a hash of their
defining fields and their source document, so a rebuild, or the same filing
ingested twice, yields the same nodes.
"""

from __future__ import annotations

import dataclasses
import hashlib
import re
from collections.abc import Callable
from functools import cache, lru_cache
from operator import attrgetter

from kg.model import Address, EntityRef, Source
from kg.vocab import RESOURCE_BASE


def entity_iri(key: str) -> str:
    return RESOURCE_BASE + key


def document_iri(source: Source, accession: str | None) -> str:
    """A filing by accession number (its part inside a submission after a slash)."""
    if accession:
        base = f"filing/{re.sub(r'[^0-9-]', '', accession)}"
    else:
        base = f"doc/{source.sha256[:20]}"
    return RESOURCE_BASE + (base if source.part == 0 else f"{base}/{source.part}")


def field_values(fact: object) -> tuple[object, ...]:
    """Every field of a fact record, in declaration order, read in one call."""
    return _reader(type(fact))(fact)  # type: ignore[arg-type]  # mypy: type[object] unhashable


@cache
def _reader(cls: type) -> Callable[[object], tuple[object, ...]]:
    getter = attrgetter(*(f.name for f in dataclasses.fields(cls)))
    # attrgetter of one name returns the value itself, not a 1-tuple.
    return getter if len(dataclasses.fields(cls)) > 1 else (lambda fact: (getter(fact),))


@cache
def _keyed(cls: type) -> tuple[int | None, tuple[int, ...]]:
    """Among a fact's fields: the position of its evidence (which does not define
    the fact) and the positions of its entity refs."""
    names = [f.name for f in dataclasses.fields(cls)]
    evidence = names.index("evidence") if "evidence" in names else None
    refs = tuple(i for i, f in enumerate(dataclasses.fields(cls)) if "EntityRef" in str(f.type))
    return evidence, refs


def _canonical(
    fact: object, values: tuple[object, ...], ref_key: Callable[[EntityRef], str]
) -> str:
    """A stable text form of a fact, with entity refs replaced by resolved keys."""
    evidence, refs = _keyed(type(fact))  # type: ignore[arg-type]  # as in field_values
    canonical = list(values)
    for i in refs:
        value = canonical[i]
        if type(value) is EntityRef:
            canonical[i] = ref_key(value)
        elif value:  # a tuple of refs: parties, co-issuers
            canonical[i] = tuple(ref_key(ref) for ref in value)  # type: ignore[attr-defined]
    if evidence is not None:
        del canonical[evidence]
    # Trailing unset fields are left out, so that a field added at the end of a record
    # (None or () by default) leaves the IRIs of the facts that do not set it as they were.
    while canonical and (canonical[-1] is None or canonical[-1] == ()):
        canonical.pop()
    return type(fact).__name__ + repr(canonical)


def fact_iri(
    fact: object,
    document: str,
    ref_key: Callable[[EntityRef], str],
    values: tuple[object, ...] | None = None,
) -> str:
    """``id/<kind>/<hash>``: the hash covers every field but the evidence (and
    the unset fields at the end of the record).

    ``values`` are the fact's ``field_values`` when the caller has read them already.
    """
    values = field_values(fact) if values is None else values
    text = document + _canonical(fact, values, ref_key)
    digest = hashlib.sha256(text.encode()).hexdigest()
    return f"{RESOURCE_BASE}{type(fact).__name__.lower()}/{digest[:24]}"


@lru_cache(maxsize=16384)
def address_iri(address: Address) -> str:
    """Cached: the same issuer address recurs in every filing of the issuer."""
    text = "|".join((getattr(address, f.name) or "").lower() for f in dataclasses.fields(address))
    return f"{RESOURCE_BASE}address/{hashlib.sha256(text.encode()).hexdigest()[:24]}"
