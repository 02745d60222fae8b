"""The second of two people one noun gives offices to, for ``kg.extract.prose_positions``:
"the promotions of A to Chief Operating Officer and B to Chief Revenue Officer, both
effective <date>" (B's "to" has no verb or noun of its own: A's is B's too)."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from kg.extract.nlp import TITLE_RE
from kg.extract.prose_titles import Stated, title_at
from kg.extract.prose_verbs import effective_in

# The words between the two names: "to Chief Operating Officer and" (A's "to" and title).
_TO_AND = re.compile(rf"(?i)^\s+to\s+(?:the\s+)?(?:{TITLE_RE.pattern})\s*,?\s+and\s+$")
# B's own "to" and title.
_TO = re.compile(
    rf"(?i)^\s+to\s+(?:the\s+)?(?:role\s+of\s+|position\s+of\s+)?(?P<new>{TITLE_RE.pattern})"
)


def listed_to(before: str, after: str, shared: Stated | None, near: date | None) -> list[Stated]:
    """B's office, changed as the sentence's last change (A's) was, on B's own "effective
    <date>" or A's day; none unless B follows "A to <title> and" and has a "to <title>"."""
    if shared is None or shared.change is None or not _TO_AND.match(before):
        return []
    m = _TO.match(after)
    if m is None:
        return []
    new = title_at(after, m.start("new"), m.end("new"))
    return [replace(new, change=shared.change, day=effective_in(after, near) or shared.day)]


# "...: A, Executive Vice President; and B, General Counsel": the next item of a list.
_SEMI_LISTED = re.compile(r"\s*,[^;:]{3,160};\s*(?:and\s+)?")


def colon_listed(text: str, first: int, before: str) -> bool:
    """Whether the person is a later item of a list of "name, title" items set off by
    semicolons after a colon (the verb before the colon, before the ``first`` name, is each
    item's)."""
    return ":" in text[:first] and bool(_SEMI_LISTED.fullmatch(before))
