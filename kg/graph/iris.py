"""Every IRI the graph uses is minted here, deterministically.

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

from rdflib import URIRef

from kg.model import Address, EntityRef, Source
from kg.vocab import ID, RESOURCE_BASE


@lru_cache(maxsize=1 << 16)
def entity_iri(key: str) -> URIRef:
    # One object per entity: the N-Quads writer's term cache then matches by identity.
    return ID[key]


def document_iri(source: Source, accession: str | None) -> URIRef:
    """A filing by accession number (its part inside a submission after a slash)."""
    if accession:
        base = f"filing/{re.sub(r'[^0-9-]', '', accession)}"
    else:
        base = f"doc/{source.sha256[:20]}"
    return ID[base if source.part == 0 else f"{base}/{source.part}"]


def _canonical(fact: object, ref_key: Callable[[EntityRef], str]) -> str:
    """A stable text form of a fact, with entity refs replaced by resolved keys."""
    read, refs = _keyed(type(fact))
    values = list(read(fact))
    for i in refs:
        value = values[i]
        if type(value) is EntityRef:
            values[i] = ref_key(value)
        elif value:  # a tuple of refs: parties, co-issuers
            values[i] = tuple(ref_key(ref) for ref in value)
    return type(fact).__name__ + repr(values)


@cache
def _keyed(cls: type) -> tuple[Callable[[object], tuple[object, ...]], tuple[int, ...]]:
    """A reader of the fields that define a fact (all but its evidence), and the
    positions among them of the entity refs."""
    fields = [f for f in dataclasses.fields(cls) if f.name != "evidence"]
    getter = attrgetter(*(f.name for f in fields))
    # attrgetter of one name returns the value itself, not a 1-tuple.
    read = getter if len(fields) > 1 else (lambda fact: (getter(fact),))
    return read, tuple(i for i, f in enumerate(fields) if "EntityRef" in str(f.type))


def fact_iri(
    fact: object, document: URIRef, ref_key: Callable[[EntityRef], str], kind: str | None = None
) -> URIRef:
    """``id/<kind>/<hash>``: the hash covers every field but the evidence."""
    digest = hashlib.sha256((str(document) + _canonical(fact, ref_key)).encode()).hexdigest()
    kind = kind or type(fact).__name__.lower()
    return URIRef(f"{RESOURCE_BASE}{kind}/{digest[:24]}")


@lru_cache(maxsize=16384)
def address_iri(address: Address) -> URIRef:
    """Cached: the same issuer address recurs in every filing of the issuer."""
    text = "|".join((getattr(address, f.name) or "").lower() for f in dataclasses.fields(address))
    return ID[f"address/{hashlib.sha256(text.encode()).hexdigest()[:24]}"]
