"""Entity resolution: the only place where identity is decided.

Every ``EntityRef`` of every extraction is assigned to one entity. Rules, in
order of strength:

1. the same CIK is the same entity; two different CIKs never merge;
2. companies with the same normalised name (case, punctuation and legal
   suffixes such as "Inc." / "INC" / "Corporation" folded away) merge;
3. people without a CIK merge by normalised name *within the same company*
   (the subject of their documents), so two John Smiths at two issuers stay
   two people; a person with a CIK joins a same-named person of that company;
   within a company, "Dan Roe", "Daniel Roe" and "Daniel M. Roe" are one person
   too (a familiar given name, a middle name left out), unless that company's
   documents name two middle initials for the name (then nothing is merged
   on it, as two people may share it);
4. aliases of two or more words count as names ("Doe Jane", "Acme
   Widgets"); one-word aliases ("Acme", "Beta") never merge across
   documents: they are defined in one document and only valid there;
5. pairs the pipeline knows are the same (a submission header's issuer and
   the embedded form's issuer) are merged explicitly.

Never by substring: "John Smith" is not "John Smith Jr.".

Refs are processed in sorted order, so the result does not depend on the
order in which documents were read.
"""

from __future__ import annotations

import dataclasses
import hashlib
import re
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import cache

from kg.graph.names import given_key, name_suffix
from kg.model import EntityRef, Extraction

_LEGAL_SUFFIXES = frozenset(
    {
        "inc", "incorporated", "corp", "corporation", "co", "company", "ltd", "limited",
        "llc", "lp", "llp", "plc", "sa", "ag", "as", "asa", "nv", "bv", "gmbh", "se",
        "spa", "srl", "pte", "pty", "the",
    }
)  # fmt: skip
_HONORIFICS = frozenset({"mr", "mrs", "ms", "dr", "prof"})


def normalise_name(name: str, kind: str) -> str:
    """Comparison key of a name: ascii, lower case, no punctuation or legal suffix."""
    text = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    text = re.sub(r'"[^"]*"|\([^)]*\)', " ", text) if kind == "person" else text
    text = text.lower().replace("&", " and ")
    words = re.findall(r"[a-z0-9]+", text)
    if kind == "company":
        while len(words) > 1 and words[-1] in _LEGAL_SUFFIXES:
            words.pop()
        if len(words) > 1 and words[0] == "the":
            words.pop(0)
    else:
        words = [w for w in words if w not in _HONORIFICS]
    return " ".join(words)


@dataclass(frozen=True)
class Entity:
    """A resolved entity: its key (for IRIs), display name and every surface form."""

    kind: str
    key: str
    name: str
    cik: str | None
    aliases: tuple[str, ...]
    given_name: str | None = None
    middle_name: str | None = None
    family_name: str | None = None


@dataclass
class Resolution:
    """Maps every (document scope, ref) to its entity."""

    entities: dict[str, Entity]
    _by_ref: dict[tuple[str, EntityRef], str]

    def entity(self, ref: EntityRef, scope: str) -> Entity:
        """The entity of ``ref``; ``scope`` is ignored for companies."""
        return self.entities[self._by_ref[("" if ref.kind == "company" else scope, ref)]]


def refs_in(value: object) -> Iterator[EntityRef]:
    """Every EntityRef held by a fact (or a DocumentInfo)."""
    if isinstance(value, EntityRef):
        yield value
        return
    for name in _ref_fields(type(value)):  # type: ignore[arg-type]  # mypy: type[object] unhashable
        held = getattr(value, name)
        if isinstance(held, tuple):
            yield from held
        elif held is not None:
            yield held


@cache
def _ref_fields(cls: type) -> tuple[str, ...]:
    """Fields of a fact class typed with EntityRef (annotations are strings here)."""
    return tuple(f.name for f in dataclasses.fields(cls) if "EntityRef" in str(f.type))


class _UnionFind:
    def __init__(self) -> None:
        self.parent: dict[int, int] = {}
        self.ciks: dict[int, set[str]] = {}

    def add(self, node: int, cik: str | None) -> None:
        self.parent[node] = node
        self.ciks[node] = {cik} if cik else set()

    def find(self, node: int) -> int:
        while self.parent[node] != node:
            self.parent[node] = self.parent[self.parent[node]]
            node = self.parent[node]
        return node

    def union(self, a: int, b: int) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra == rb or (self.ciks[ra] and self.ciks[rb] and self.ciks[ra] != self.ciks[rb]):
            return  # different CIKs: never the same entity
        ra, rb = min(ra, rb), max(ra, rb)
        self.parent[rb] = ra
        self.ciks[ra] |= self.ciks.pop(rb)


def _name_keys(ref: EntityRef) -> set[str]:
    keys = {normalise_name(ref.name, ref.kind)}
    for alias in ref.aliases:
        key = normalise_name(alias, ref.kind)
        if len(key.split()) >= 2:
            keys.add(key)
    return {k for k in keys if k}


def resolve(
    extractions: Iterable[Extraction],
    same: Iterable[tuple[EntityRef, EntityRef]] = (),
) -> Resolution:
    """Resolve every ref of ``extractions``; ``same`` lists company refs known equal.

    Companies are resolved first; a person's scope is then the resolved
    company their document is about, so that a Form D director and a Form 4
    officer of one issuer meet even when only one of the documents has a CIK.
    """
    held = [(extraction.document.subject, _distinct_refs(extraction)) for extraction in extractions]
    companies = {("", r) for _, refs in held for r in refs if r.kind == "company"}
    pairs = [(("", a), ("", b)) for a, b in same]
    companies.update(node for pair in pairs for node in pair)
    company_res = _resolve_nodes(companies, pairs)
    people: set[tuple[str, EntityRef]] = set()
    for subject, refs in held:
        scope = company_res.entity(subject, "").key if subject and subject.kind == "company" else ""
        people.update((scope, r) for r in refs if r.kind == "person")
    person_res = _resolve_nodes(people, [])
    return Resolution(
        entities={**company_res.entities, **person_res.entities},
        _by_ref={**company_res._by_ref, **person_res._by_ref},
    )


def _distinct_refs(extraction: Extraction) -> Iterable[EntityRef]:
    """The ref objects of an extraction, each once: its facts share them (one issuer ref
    in every row), and an EntityRef hashes in Python, where its id hashes in C."""
    found: dict[int, EntityRef] = {}
    for fact in (extraction.document, *extraction.facts):
        for ref in refs_in(fact):
            found[id(ref)] = ref
    return found.values()


def scope_of(extraction: Extraction, resolution: Resolution) -> str:
    """The scope under which the people of ``extraction`` were resolved."""
    subject = extraction.document.subject
    if subject is None or subject.kind != "company":
        return ""
    return resolution.entity(subject, "").key


def _resolve_nodes(
    scoped: set[tuple[str, EntityRef]],
    same: list[tuple[tuple[str, EntityRef], tuple[str, EntityRef]]],
) -> Resolution:
    nodes = sorted(scoped, key=_sort_key)
    index = {node: i for i, node in enumerate(nodes)}
    uf = _UnionFind()
    for i, (_, ref) in enumerate(nodes):
        uf.add(i, ref.cik)
    _merge_by_keys(uf, nodes)
    for left, right in sorted(same, key=lambda p: (_sort_key(p[0]), _sort_key(p[1]))):
        uf.union(index[left], index[right])
    return _collect(uf, nodes)


def _sort_key(node: tuple[str, EntityRef]) -> tuple:
    scope, ref = node
    return (ref.kind, ref.cik is None, ref.cik or "", ref.name, ref.aliases, scope, repr(ref))


def _merge_by_keys(uf: _UnionFind, nodes: list[tuple[str, EntityRef]]) -> None:
    """Union nodes that share a CIK or a (scoped, for people) name key."""
    first: dict[tuple, int] = {}
    for i, (scope, ref) in enumerate(nodes):
        keys: list[tuple] = [("cik", ref.cik)] if ref.cik else []
        name_scope = scope if ref.kind == "person" else ""
        keys += [(ref.kind, name_scope, k) for k in sorted(_name_keys(ref))]
        for key in keys:
            if key in first:
                uf.union(first[key], i)
            else:
                first[key] = i
    _merge_familiar_names(uf, nodes)


def _merge_familiar_names(uf: _UnionFind, nodes: list[tuple[str, EntityRef]]) -> None:
    """Within one company: "Dan Roe" is "Daniel Roe" is "Daniel M. Roe", when no two
    middle initials are given for the name there."""
    groups: dict[tuple[str, str, str, str], list[int]] = {}
    for i, (scope, ref) in enumerate(nodes):
        if ref.kind == "person" and scope and ref.given_name and ref.family_name:
            family = normalise_name(ref.family_name, "person")
            key = (scope, given_key(ref.given_name), family, name_suffix(ref.name))
            groups.setdefault(key, []).append(i)
    for members in groups.values():
        middles = {_initial(nodes[i][1].middle_name) for i in members} - {""}
        if len(members) > 1 and len(middles) <= 1:
            for i in members[1:]:
                uf.union(members[0], i)


def _initial(middle: str | None) -> str:
    return normalise_name(middle or "", "person")[:1]


def _collect(uf: _UnionFind, nodes: list[tuple[str, EntityRef]]) -> Resolution:
    clusters: dict[int, list[tuple[str, EntityRef]]] = {}
    for i, node in enumerate(nodes):
        clusters.setdefault(uf.find(i), []).append(node)
    entities: dict[str, Entity] = {}
    by_ref: dict[tuple[str, EntityRef], str] = {}
    for members in clusters.values():
        entity = _entity(members)
        entities[entity.key] = entity
        for node in members:
            by_ref[node] = entity.key
    return Resolution(entities=entities, _by_ref=by_ref)


def _preferred(names: Iterable[str]) -> str:
    """Mixed case over capitals, then the fullest spelling, then alphabetical."""
    return min(set(names), key=lambda n: (n.isupper(), -len(n.split()), -len(n), n))


def _entity(members: list[tuple[str, EntityRef]]) -> Entity:
    refs = [ref for _, ref in members]
    kind = refs[0].kind
    name = _preferred(ref.name for ref in refs)
    surface = {s for ref in refs for s in (ref.name, *ref.aliases)}
    ciks = sorted({ref.cik for ref in refs if ref.cik})
    cik = ciks[0] if ciks else None
    if cik:
        key = f"cik/{cik}"
    else:
        scope = members[0][0]
        slug = re.sub(r"[^a-z0-9]+", "-", normalise_name(name, kind)).strip("-") or "unnamed"
        key = f"{kind}/{slug}"
        if scope:
            key += "-" + hashlib.sha256(scope.encode()).hexdigest()[:8]
    best = next(ref for _, ref in sorted(members, key=_sort_key) if ref.name == name)
    return Entity(
        kind=kind,
        key=key,
        name=name,
        cik=cik,
        aliases=tuple(sorted(surface - {name})),
        given_name=best.given_name,
        middle_name=best.middle_name,
        family_name=best.family_name,
    )
