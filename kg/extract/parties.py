"""The entities one document names, with the aliases it defines (8-K, press, agreements).

A registry per document: a short name defined in the text ("Acme") is
attached to its party, and facts built before the definition was read are
refreshed with the final refs.
"""

from __future__ import annotations

import re
from dataclasses import replace

from kg.extract.common import evidence, fold
from kg.extract.nlp import CORP_SUFFIX
from kg.model import Agreement, EntityRef, Fact, Mention

_FACT_REF_FIELDS = ("entity", "holder", "organization", "issuer", "signer", "on_behalf_of")


_SUFFIX_ONLY = re.compile(CORP_SUFFIX + r"\.?", re.IGNORECASE)


def _key(name: str) -> str:
    return re.sub(r"[^a-z0-9]", "", name.lower())


class Parties:
    """Companies and people one document names, with every alias it defines.

    Facts are built with the refs known at the time; ``refresh`` swaps in the
    final refs once the whole document has been read, so a defined short name
    found late ("Power") still reaches every fact about the party.
    """

    def __init__(self, subject: EntityRef | None) -> None:
        self._refs: dict[str, EntityRef] = {}
        self._surfaces: dict[str, str] = {}
        self._evidence: dict[str, str] = {}
        self.subject_key = self.add(subject, "") if subject else None

    @property
    def subject(self) -> EntityRef | None:
        return self._refs[self.subject_key] if self.subject_key else None

    def add(self, ref: EntityRef, source: str) -> str:
        """Register ``ref`` (or merge its aliases into a known one); return its key."""
        key = self.find(ref.name) or _key(ref.name)
        known = self._refs.get(key)
        if known is None:
            self._refs[key] = ref
            self._evidence[key] = source
        for surface in (ref.name, *ref.aliases):
            self.alias(key, surface)
        return key

    def alias(self, key: str, surface: str) -> None:
        ref = self._refs[key]
        self._surfaces.setdefault(_key(surface), key)
        if surface != ref.name and surface not in ref.aliases:
            self._refs[key] = replace(ref, aliases=(*ref.aliases, surface))

    def find(self, surface: str) -> str | None:
        """The key a surface form names: exact, or a word-prefix of a company's name."""
        key = _key(surface)
        if not key:
            return None
        if key in self._surfaces:
            return self._surfaces[key]
        words = fold(surface).lower().replace(",", "").split(" ")
        for ref_key, ref in self._refs.items():
            name_words = ref.name.lower().replace(",", "").split(" ")
            if ref.kind != "company" or len(words) < 2:
                continue
            # "Acme Solar" for "Acme Solar Technologies, Inc."; "Acme, Inc." for "Acme".
            if name_words[: len(words)] == words or (
                words[: len(name_words)] == name_words
                and _SUFFIX_ONLY.fullmatch(" ".join(words[len(name_words) :]))
            ):
                return ref_key
        return None

    def ref(self, key: str) -> EntityRef:
        return self._refs[key]

    def surfaces(self) -> list[tuple[str, str]]:
        """(surface form, key) for every name and alias, longest first."""
        out = [(s, k) for k, r in self._refs.items() for s in (r.name, *r.aliases)]
        return sorted(out, key=lambda pair: -len(pair[0]))

    def by_family_name(self, family: str) -> str | None:
        """A person already named in full, referred to as "Mr. Family"."""
        hits = [k for k, r in self._refs.items() if r.kind == "person" and r.family_name == family]
        return hits[0] if len(hits) == 1 else None

    def refresh(self, fact: Fact) -> Fact:
        """``fact`` with its entity refs replaced by their final forms."""
        changes: dict[str, object] = {}
        for name in _FACT_REF_FIELDS:
            value = getattr(fact, name, None)
            if isinstance(value, EntityRef):
                changes[name] = self._final(value)
        if isinstance(fact, Agreement):
            changes["parties"] = tuple(self._final(p) for p in fact.parties)
        return replace(fact, **changes) if changes else fact

    def _final(self, ref: EntityRef) -> EntityRef:
        key = self.find(ref.name)
        return self._refs[key] if key else ref

    def mentions(self) -> list[Mention]:
        """A Mention of every entity but the subject."""
        return [
            Mention(entity=ref, evidence=evidence(self._evidence[key]))
            for key, ref in self._refs.items()
            if key != self.subject_key and self._evidence[key]
        ]
