"""The entities one document names, with the aliases it defines (8-K, press, agreements).

A registry per document: a short name defined in the text ("Acme") is
attached to its party, and facts built before the definition was read are
refreshed with the final refs.
"""

from __future__ import annotations

import re
from dataclasses import replace

from kg.extract.common import evidence, fold
from kg.extract.nlp import CORP_SUFFIX, generic_name, one_chair
from kg.model import Agreement, EntityRef, Fact, Mention, Position

_FACT_REF_FIELDS = ("entity", "holder", "organization", "issuer", "signer", "on_behalf_of")


_SUFFIX_ONLY = re.compile(CORP_SUFFIX + r"\.?", re.IGNORECASE)
_TRAILING_SUFFIX = re.compile(rf",?\s+{CORP_SUFFIX}\.?$")


def name_key(name: str) -> str:
    """A name's letters and digits, lower case: the key spellings of one name share."""
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
        # A term defined for several parties at once: 'A and B (together, the "Purchasers")'.
        self.groups: dict[str, tuple[str, ...]] = {}
        self.subject_key: str | None = None
        self.subject_key = self.add(subject, "") if subject else None

    @property
    def subject(self) -> EntityRef | None:
        return self._refs[self.subject_key] if self.subject_key else None

    def add(self, ref: EntityRef, source: str) -> str:
        """Register ``ref`` (or merge its aliases into a known one); return its key."""
        key = self.find(ref.name) or self._same_person(ref) or name_key(ref.name)
        absorbed = self._absorb_short_form(key, ref)
        known = self._refs.get(key)
        if known is None:
            self._refs[key] = ref
            self._evidence[key] = source
        elif known.kind == "person" and ref.middle_name and not known.middle_name:
            # "Jane Doe" in the prose, "Jane Q. Doe" under the signature: the fuller name
            # is the display form, the shorter one an alias.
            aliases = tuple(dict.fromkeys((*known.aliases, known.name)))
            self._refs[key] = replace(ref, aliases=aliases)
            self._evidence[key] = self._evidence[key] or source
        for surface in (ref.name, *ref.aliases, *absorbed):
            self.alias(key, surface)
        return key

    def _absorb_short_form(self, key: str, ref: EntityRef) -> list[str]:
        """A company's name read earlier without its legal form as a person's ("Acme
        Boatworks" for "Acme Boatworks, Inc."): that "person" is the company; its name, now
        an alias of the company, is returned."""
        if ref.kind != "company" or key in self._refs:
            return []
        short = name_key(_TRAILING_SUFFIX.sub("", ref.name))
        absorbed = []
        for other, known in list(self._refs.items()):
            same = name_key(known.name) == short
            if known.kind == "person" and other != self.subject_key and same:
                del self._refs[other]
                self._evidence.pop(other, None)
                self._surfaces = {s: k for s, k in self._surfaces.items() if k != other}
                absorbed.append(known.name)
        return absorbed

    def add_person(self, ref: EntityRef, source: str) -> str | None:
        """``add`` for a name read as a person's; None when the document knows the name as
        a company's ("said Acme Widgets CEO Jane Roe": "Acme Widgets" is the firm)."""
        key = self.find(ref.name)
        if key is not None and self._refs[key].kind != "person":
            return None
        if generic_name(ref.name):
            return None  # "Merger Sub": a defined term the model took for a name
        return self.add(ref, source)

    def alias(self, key: str, surface: str) -> None:
        ref = self._refs[key]
        self._surfaces.setdefault(name_key(surface), key)
        if surface != ref.name and surface not in ref.aliases:
            self._refs[key] = replace(ref, aliases=(*ref.aliases, surface))

    def find(self, surface: str) -> str | None:
        """The key a surface form names: exact, or a word-prefix of a company's name."""
        key = name_key(surface)
        if not key:
            return None
        if key in self._surfaces:
            return self._surfaces[key]
        words = fold(surface).lower().replace(",", "").split(" ")
        if first := self._first_word(words):
            return first
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

    def _same_person(self, ref: EntityRef) -> str | None:
        """A known person with the same given and family name, one of them without a middle."""
        if ref.kind != "person" or not ref.family_name:
            return None
        for key, known in self._refs.items():
            if (
                known.kind == "person"
                and (known.given_name, known.family_name) == (ref.given_name, ref.family_name)
                and not (known.middle_name and ref.middle_name)
            ):
                return key
        return None

    def _first_word(self, words: list[str]) -> str | None:
        """ "Acme" for the subject "Acme Solar Technologies, Inc.", or for "Acme Corp." (a
        company named by one word and its form): the first word, alone."""
        if len(words) != 1:
            return None
        for key, ref in self._refs.items():
            name = re.sub(r"^the\s+", "", ref.name.lower()).replace(",", "").split(" ")
            short = len(name) == 2 and _SUFFIX_ONLY.fullmatch(name[1])
            if ref.kind == "company" and (key == self.subject_key or short) and name[0] == words[0]:
                return key if len(words[0]) >= 2 else None
        return None

    def by_first_word(self, word: str) -> str | None:
        """The one known company whose name begins with ``word`` ("Example" for
        "Example Casualty Company", named in full before); None when none or several do."""
        word = word.lower()
        keys = [
            key
            for key, ref in self._refs.items()
            if ref.kind == "company" and ref.name.lower().replace(",", "").split(" ")[0] == word
        ]
        return keys[0] if len(keys) == 1 else None

    def extends_subject(self, name: str) -> str | None:
        """The subject's key when ``name`` is its fuller spelling: "Acme International, Inc."
        for a subject a ticker line names "Acme" (never a name that already has its form)."""
        subject = self.subject
        if subject is None or subject.kind != "company" or not name:
            return None
        if re.search(rf"\b{CORP_SUFFIX}\.?$", subject.name):
            return None
        words = fold(name).lower().replace(",", "").split(" ")
        short = subject.name.lower().replace(",", "").split(" ")
        if words[: len(short)] == short and len(words) - len(short) <= 3:
            return self.subject_key
        return None

    def ref(self, key: str) -> EntityRef:
        return self._refs[key]

    def live(self, key: str) -> str | None:
        """``key`` as registered now: a short form a company absorbed since ("Acme Bidco" read
        as a person's name, then "Acme Bidco, Inc.") is under the company's key."""
        return key if key in self._refs else self._surfaces.get(key)

    def surfaces(self) -> list[tuple[str, str]]:
        """(surface form, key) for every name and alias, longest first."""
        out = [(s, k) for k, r in self._refs.items() for s in (r.name, *r.aliases)]
        return sorted(out, key=lambda pair: -len(pair[0]))

    def family_names(self) -> list[str]:
        """The family names of the people named so far."""
        return [r.family_name for r in self._refs.values() if r.kind == "person" and r.family_name]

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
        if isinstance(fact, Agreement):  # two refs may now be one party
            changes["parties"] = tuple(dict.fromkeys(self._final(p) for p in fact.parties))
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


# --- one position per holder, organisation and title ---------------------------------------

_ABBREVIATIONS = {
    "ceo": "chief executive officer",
    "cfo": "chief financial officer",
    "coo": "chief operating officer",
    "chair of the board of directors": "chair",
    "chair of the board": "chair",
    "&": "and",
}


def _same_title(title: str | None) -> tuple[str, ...]:
    text = re.sub(r"[,.]", " ", (title or "").lower())
    text = one_chair(text)
    for short, long in _ABBREVIATIONS.items():
        text = re.sub(rf"(?<!\w){re.escape(short)}(?!\w)", long, text)
    parts = re.split(r"\s+and\s+|\s{2,}", fold(re.sub(r"\bthe\b", "", text)))
    return tuple(sorted(fold(p) for p in parts if fold(p)))


def one_position_each(facts: list[Fact]) -> list[Fact]:
    """Facts without repeated positions: one per holder, org and title ("CEO" is "Chief
    Executive Officer"), the dated one kept; a contact who is also a quoted officer keeps
    the officer position only."""
    ranked: dict[tuple[object, ...], Position] = {}
    joined: dict[Position, Position] = {}  # a start's fact -> the start joined to its end
    senior: set[tuple[str, str]] = set()
    for fact in facts:
        if isinstance(fact, Position):
            pair = (fact.holder.name, fact.organization.name)
            key = (*pair, _same_title(fact.title))
            known = ranked.get(key)
            if known is not None and (both := _span(known, fact)):
                ranked[key] = joined[known] = both  # known is a fact: a span is never spanned
            elif known is None or _dated(fact) > _dated(known):
                ranked[key] = fact
            if set(fact.roles) & {"Officer", "Director"}:
                senior.add(pair)
    kept = set(ranked.values())
    kept -= {p for p in kept if any(_narrower(p, q) or _part_of(p, q, kept) for q in kept)}
    out: list[Fact] = []
    for fact in facts:
        if isinstance(fact, Position):
            pair = (fact.holder.name, fact.organization.name)
            fact = joined.get(fact, fact)
            if fact not in kept or (fact.roles == ("Employee",) and pair in senior):
                continue
            kept.discard(fact)
        out.append(fact)
    return out


def _span(p: Position, q: Position) -> Position | None:
    """One position from a start said in one sentence and its end in another ("has served
    as interim CFO since <date>" and "succeeds her as CFO, effective <date>")."""
    if p.as_of or q.as_of or _dated(p) != 1 or _dated(q) != 1:
        return None
    start, end = (p, q) if p.start_date else (q, p)
    if start.start_date is None or end.end_date is None or end.end_date < start.start_date:
        return None
    return replace(start, end_date=end.end_date)


def _narrower(p: Position, q: Position) -> bool:
    """ "Vice President" beside "Vice President of Public Sector", both as of the same day."""
    same = (p.holder.name, p.organization.name, p.as_of) == (
        q.holder.name,
        q.organization.name,
        q.as_of,
    )
    short, long = (p.title or "").lower(), (q.title or "").lower()
    return same and not _dated(p) and long.startswith(short + " ") and p.roles == q.roles


def _part_of(p: Position, q: Position, kept: set[Position]) -> bool:
    """ "will continue to serve as Chief Financial Officer" beside her "Executive Vice
    President and Chief Financial Officer": one office of the fuller title, whose dates do not
    differ from it. Not when another dated change touches the fuller title's offices ("steps
    down as President and remains CEO": "CEO" is then not just a part of "President and CEO")."""
    parts, whole = set(_same_title(p.title)), set(_same_title(q.title))
    if not (_same_holding(p, q) and parts < whole and set(p.roles) <= set(q.roles)):
        return False
    if any(getattr(p, d) not in (None, getattr(q, d)) for d in ("start_date", "end_date")):
        return False
    return not any(
        _same_holding(r, q, dated=True) and _dated(r) and set(_same_title(r.title)) <= whole
        for r in kept
        if r is not p and r is not q
    )


def _same_holding(p: Position, q: Position, dated: bool = False) -> bool:
    """Same holder and organisation, and (unless one is ``dated``: a change is as of no
    day) as of the same day."""
    same = (p.holder.name, p.organization.name) == (q.holder.name, q.organization.name)
    return same and (dated or p.as_of == q.as_of)


def _dated(p: Position) -> int:
    return (p.start_date is not None) + (p.end_date is not None)
