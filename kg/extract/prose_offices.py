"""Offices one title names together, for ``kg.extract.prose_titles``: "as President, Chief
Executive Officer, Secretary and Treasurer", "as Executive Chair and interim CEO"."""

from __future__ import annotations

import re

from kg.extract.nlp import TITLE_RE

# "Executive Chair and interim Chief Executive Officer": an office held until a search ends
# beside one kept after it, two offices that end apart ("interim CFO and interim Treasurer"
# both end together: one title).
_AND_INTERIM = re.compile(
    r"(?P<held>(?!(?i:interim|acting)\b).+?)\s+and\s+(?P<interim>(?i:interim|acting)\s.+)"
)


def listed(title: str) -> list[str]:
    """ "as President, Chief Executive Officer, Chief Financial Officer, Secretary and
    Treasurer": three offices or more, listed with commas, are each an office (two, "Chief
    Financial Officer, Secretary and Treasurer", may be read as one title); so are an office
    and an interim one joined by "and"."""
    if (both := _AND_INTERIM.fullmatch(title)) and all(
        TITLE_RE.fullmatch(t) for t in both.groups()
    ):
        return list(both.groups())
    parts = re.split(r"\s*,\s*(?:and\s+)?", title)
    if len(parts) < 3 or re.search(r"(?i)\bvice\b|&", title):
        return [title]
    offices = [*parts[:-1], *re.split(r"\s+and\s+", parts[-1])]
    if not all(TITLE_RE.fullmatch(p) for p in offices):
        return [title]
    return offices
