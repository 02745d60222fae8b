"""People listed after one verb or noun, for ``kg.extract.prose_positions``: the second of
two a noun gives offices to ("the promotions of A to Chief Operating Officer and B to Chief
Revenue Officer, both effective <date>": B's "to" has no verb or noun of its own, A's is B's
too), and later names that share the change told of the first ("appointed A as T1 and B as
T2"; "to the same offices: A, EVP; and B, SVP")."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from kg.extract.nlp import TITLE_RE
from kg.extract.prose_titles import Stated, title_at
from kg.extract.prose_verbs import effective_in

# "A as CFO and B", "A as CEO, B as CFO and C"
_AS_AND = re.compile(r"\s+as\s+[^.;]+?(?:,?\s+and\s+|,\s+)", re.I)
# "appointed A, who had served as Chair, as Interim CEO": the clause says what A held; the
# appointment's title is the one after it.
WHO_THEN_AS = re.compile(r"^\s*,\s*who\s+(?:has|had)\s+(?:been|served)\b[^;]*?,(?=\s+as\s)", re.I)
# "..., and independent director B": a title said before the next name is that name's.
NEXT_TITLE = re.compile(rf"(?<=\band)\s+(?:{TITLE_RE.pattern})\s*$", re.I)
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


def shares_change(
    found: list[Stated], shared: Stated, where: tuple[str, int, str, str], near: date | None
) -> list[Stated]:
    """A later person's titles, read with no change of their own, take the change the
    sentence told of an earlier one when nothing but the first's title stands between:
    "appointed A as T1 and B as T2, each effective <date>" (B's own day when said: "..., and
    B as a director with immediate effect"), "were appointed to the same offices: A, EVP and
    CFO; and B, SVP and GC". ``where``: the sentence, its first name's start, and the words
    before and after this person."""
    text, first, before, after = where
    if _AS_AND.fullmatch(_bare(before)):
        day = effective_in(after, near) or shared.day
        return [replace(s, change=shared.change, day=s.day or day) for s in found]
    if colon_listed(text, first, before):
        return [replace(s, change=shared.change, day=s.day or shared.day) for s in found]
    return found


def _bare(before: str) -> str:
    """The words between two names without the first one's "who" clause and the second
    one's title: "A, who had served as Chair, as CEO, and director B" is "A as CEO and B"."""
    return NEXT_TITLE.sub(" ", WHO_THEN_AS.sub("", before))
