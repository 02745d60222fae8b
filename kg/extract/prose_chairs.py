"""Chairs in Item 5.02 prose: a chair who becomes the lead director leaves the chair, and
a committee's bare chair is no office."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from kg.extract.common import fold
from kg.extract.prose_titles import Stated

if TYPE_CHECKING:  # the sentence reader's type; it imports this module
    from kg.extract.prose_positions import Named

_LEAD = re.compile(r"(?i)\blead\s+(?:independent\s+)?(?:director|trustee)\b")
# "A, who has been Chairman of the Board since 2017, will step into the role of Lead Director"
_WAS_CHAIR = re.compile(
    r"(?i)^\s*,\s*who\s+(?:has|had)\s+(?:been|served\s+as)\s+(?:the\s+|our\s+|its\s+)?"
    r"(?P<title>(?:non-executive\s+)?chair(?:man|woman|person)?(?:\s+of\s+the\s+board)?)\b"
)


# "the Audit Committee consists of A and B, with Mr. A serving as chair": a bare chair in a
# clause about a committee is the committee's, not the board's nor an office.
_BARE_CHAIR = re.compile(r"(?i)chair(?:man|woman|person)?")
_COMMITTEE_WORD = re.compile(r"\bCommittee\b")


def committee_chair(text: str, person: Named, found: list[Stated]) -> list[Stated]:
    """``found`` without a bare chair said in a clause that names a committee."""
    low = text.rfind(";", 0, person.start) + 1
    high = text.find(";", person.end)
    clause = text[low : high if high >= 0 else len(text)]
    if not _COMMITTEE_WORD.search(clause):
        return found
    return [s for s in found if s.org or not _BARE_CHAIR.fullmatch(s.title)]


def lead_ends_chair(found: list[Stated], after: str) -> list[Stated]:
    """A chair who becomes the lead director leaves the chair the same day: a board has a
    lead director only when another holds the chair; and a lead director who becomes the
    chair leaves the lead director's post ("A, who has served as Lead Independent Director
    since 2021, as non-executive Chair of the Board")."""
    lead = next((s for s in found if s.change == "start" and _LEAD.search(s.title)), None)
    chair = _WAS_CHAIR.match(after)
    if lead is not None and chair is not None:
        return [*found, Stated("", fold(chair.group("title")), change="end", day=lead.day)]
    chair_now = next((s for s in found if s.change == "start" and _A_CHAIR.search(s.title)), None)
    was_lead = _WAS_LEAD.match(after)
    if chair_now is None or was_lead is None or lead is not None:
        return found
    return [*found, Stated("", fold(was_lead.group("title")), change="end", day=chair_now.day)]


# "A, who has served as Lead Independent Director since 2021, as ... Chair of the Board"
_WAS_LEAD = re.compile(
    r"(?i)^\s*,\s*who\s+(?:has|had)\s+(?:been|served\s+as)\s+(?:the\s+|our\s+|its\s+)?"
    r"(?P<title>lead\s+(?:independent\s+)?(?:director|trustee))\b"
)
# the board's chair (not a committee's: "Chair of the Audit Committee")
_A_CHAIR = re.compile(
    r"(?i)^(?:non-executive\s+|independent\s+)?chair(?:man|woman|person)?"
    r"(?:\s+of\s+the\s+board(?:\s+of\s+directors)?)?$"
)
