"""People a sentence names that the small model missed, for ``kg.extract.prose_people``: a
name in a list beside one it found ("each of A, B and C resigned"), and a person named in
full before, now by the family name alone ("Roe succeeds John Doe")."""

from __future__ import annotations

import re
from collections.abc import Collection

from kg.extract.nlp import DEPARTMENT, NAME_PART, PARTICLES, TITLE_RE, person_from_text
from kg.extract.parties import Parties
from kg.extract.prose_positions import Named

# A function after a title and its comma ("Vice President, Advanced Engineering"): no name.
UNIT_NAME = re.compile(rf"(?:[A-Z][a-z]+\s+)?{DEPARTMENT}")
# "Jane Q. van der Berg", "John Q. Doe III" (the particles and the suffix are the name's)
GIVEN_FAMILY = (
    rf"{NAME_PART}(?:\s+[A-Z]\.)?\s+(?:{PARTICLES}\s+)*(?:Mc|Mac|O['’])?{NAME_PART}"
    r"(?:\s+(?:Jr|Sr)\.|\s+(?:II|III|IV)\b)?"
)


# "each of A, B and C resigned": a name in a list beside a name the model found.
_LIST_JOIN = r"(?:\s*,\s*(?:and\s+)?|\s+and\s+)"
# (not "Vice President--Specialty Polymers, and B": a title's function)
_LISTED_BEFORE = re.compile(rf"(?<=[\s(:])(?<![-–—]\s)(?P<a>{GIVEN_FAMILY}){_LIST_JOIN}$")
_INSIDE_NAME = re.compile(r"(?:&|[A-Z][\w.'’-]*)\s+$")
_LISTED_AFTER = re.compile(rf"{_LIST_JOIN}(?P<a>{GIVEN_FAMILY})(?![\w'’-])(?!\s+[A-Z])")


def listed(
    text: str, parties: Parties, found: list[Named], defined: Collection[str] = ()
) -> list[Named]:
    """The names the model missed in a list of names ("A, B and C") with one it found: a
    list that ends "and <name>", each name not a title nor a term ``defined`` for an event
    ("Effective as of the Effective Time, A, B and C were appointed")."""
    spans: set[tuple[int, int]] = set()
    for n in found:
        back, at = [], n.start
        while more := _LISTED_BEFORE.search(text, max(0, at - 80), at):
            if _INSIDE_NAME.search(text, 0, more.start()):
                break  # "CEO of Asset & Wealth Management, and B": the end of a longer name
            back.append(more.span("a"))
            at = more.start()
        ahead, at, last_and = [], n.end, bool(back) and " and " in text[back[0][1] : n.start]
        while more := _LISTED_AFTER.match(text, at):
            ahead.append(more.span("a"))
            last_and, at = bool(re.search(r"\band\s", more.group(0))), more.end()
        spans.update([*back, *ahead] if last_and else [])
    out: list[Named] = []
    for at, end in sorted(spans):
        if TITLE_RE.match(text, at) or UNIT_NAME.fullmatch(text[at:end]) or text[at:end] in defined:
            continue  # "Jane Roe, Vice President and ..."
        person = person_from_text(text[at:end])
        key = parties.add_person(person, text) if person else None
        if key and all(m.start >= end or m.end <= at for m in [*found, *out]):
            out.append(Named(at, end, key))
    return out


def by_family_name(text: str, parties: Parties, found: list[Named]) -> list[Named]:
    """A person named in full before, now by the family name alone, as releases do ("Roe
    succeeds John Doe"): not part of a longer name (no capitalised word before or after)."""
    out = []
    for family in dict.fromkeys(parties.family_names()):  # in order: no set, no hash seed
        key = parties.by_family_name(family)
        for m in re.finditer(rf"(?<![\w'’.-]){re.escape(family)}(?![\w'’-])(?!\s+[A-Z])", text):
            before = re.search(r"(\S+)\s+$", text[: m.start()])
            if key is None or (before and before.group(1)[0].isupper()):
                continue
            if all(n.start >= m.end() or n.end <= m.start() for n in found):
                out.append(Named(m.start(), m.end(), key))
    return out
