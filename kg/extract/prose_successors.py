"""Successions a sentence tells between two of the people it names, for
``kg.extract.prose_positions``: "A will succeed B as CEO" (A takes the title B leaves, and B
leaves it), "A replaces B, who has been named SVP, Planning" (B takes another office), "He
succeeds company founder B, who will become Executive Chairman"; undated, on the day an
earlier sentence gives A's start or B's departure. The segment reader is handed in (the two
call each other)."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from datetime import date
from typing import TYPE_CHECKING

from kg.extract.prose_asides import no_aside
from kg.extract.prose_dates import first_date
from kg.extract.prose_joined import and_elected_them
from kg.extract.prose_succession import REPLACES, SUCCEEDED, from_story, handed_over, new_to
from kg.extract.prose_titles import Stated
from kg.extract.prose_verbs import EFFECTIVE, START, event_day, nearest_verb

if TYPE_CHECKING:
    from kg.extract.prose_positions import Named

Segment = Callable[[str, str, str, tuple[int, int], "date | None"], list[Stated]]


def succession(
    text: str,
    people: list[Named],
    i: int,
    found: list[Stated],
    near: date | None,
    segment: Segment,
) -> list[Stated]:
    """ "A to succeed B as CEO": A takes the title B leaves, and B leaves it; undated, on
    the day an earlier sentence gives A's start or B's departure in it."""
    person = people[i]
    if i + 1 < len(people) and _ABOUT_NEXT.search(text, person.end, people[i + 1].start):
        found = [s for s in found if not s.change]  # "will succeed co-founder B": B's, not A's
    if i + 1 < len(people) and not [s for s in found if s.change]:
        found = [*_taken_from(text, person, people[i + 1], near, segment), *found]
    if i and SUCCEEDED.fullmatch(no_aside(text[people[i - 1].end : person.start])):
        # B: undated, when B leaves is not known here (and B does not hold it "now" either).
        earlier = people[i - 1]
        if not _TAKES_ANOTHER.match(text, person.end):
            found = [replace(s, change="end") if s.change == "start" else s for s in found]
        found = handed_over(found, earlier)
        found = [replace(s, day=s.day or _told(earlier, person.key, s.title)) for s in found]
        found = [s for s in found if s.change != "end" or s.day is not None]
        found = _within_own_departure(person, found)
    effective = EFFECTIVE.search(text)
    on = first_date(effective.group(1)) if effective else None
    return from_story(found, people, i, _gaps(text, people, i), on)


def _taken_from(
    text: str, person: Named, nxt: Named, near: date | None, segment: Segment
) -> list[Stated]:
    """The title A takes from the next person B ("A will succeed B as CEO on <date>": the
    date is the succession's, A's too)."""
    after = text[person.end : nxt.start]
    rest = text[nxt.end :]
    # the title B leaves: said with B ("as CEO") or with B's own verb ("who is resigning
    # from the Board"), not one a clause says B holds ("who has served as interim CFO")
    verb = nearest_verb(after, rest)
    # not "replaces B, who has been named SVP, Planning": what B takes, A does not
    leaves = _AS_TITLE.match(rest) or (
        verb is not None and verb.string is rest and not START.fullmatch(verb.group(0))
    )
    gap = no_aside(after)
    if not (REPLACES.fullmatch(gap) and leaves) and not (
        SUCCEEDED.fullmatch(gap) and _AS_TITLE.match(rest)
    ):
        return []
    later = segment(text, after, rest, (nxt.start, nxt.end), near)
    took = [replace(s, change="start") for s in later if new_to(person, s)]
    if again := and_elected_them("", rest):  # "to succeed Mr. B as CEO, and elected her to
        # the Board": the seat is A's too (B's own reading leaves it, after "succeed")
        seats = segment(text, "", again.string, (nxt.start, nxt.end), near)
        took += [s for s in seats if s.change == "start"]
    took = [replace(s, day=s.day or event_day(text, person.start, near)) for s in took]
    return [replace(s, day=s.day or _told(person, nxt.key, s.title)) for s in took]


def _within_own_departure(person: Named, found: list[Stated]) -> list[Stated]:
    """B's end of the successor's title, unless an earlier sentence has B leave only a part of
    it ("B will retire as CEO. ... A, currently President and COO, to succeed Mr. B as President
    and CEO": B leaves the office B's own departure names, not the successor's fuller title)."""
    story = person.story
    if story is None:
        return found
    own = [s for s in [*story.dated, *story.ending] if s.key == person.key and s.change == "end"]

    def wider(s: Stated) -> bool:
        words = set(_words(s.title))
        return any(o.org == s.org and set(_words(o.title)) < words for o in own)

    return [s for s in found if s.change != "end" or not wider(s)]


def _words(title: str) -> list[str]:
    return [w for w in re.findall(r"[a-z-]+", title.lower()) if w not in {"and", "of", "the"}]


def _gaps(text: str, people: list[Named], i: int) -> tuple[str | None, str | None]:
    """The words between the person and the one before, and the one after (an aside cut)."""
    at = people[i]
    before = no_aside(text[people[i - 1].end : at.start]) if i else None
    nxt = people[i + 1] if i + 1 < len(people) else None
    return before, no_aside(text[at.end : nxt.start]) if nxt else None


_AS_TITLE = re.compile(r"\s+as\s")
_ABOUT_NEXT = re.compile(r"(?i)\b(?:succeed|replace)\w*\s+(?:company\s+)?(?:co-?)?founder\s*$")
# "A replaces B, who has been named SVP of Planning": B's own clause starts B in another office.
_TAKES_ANOTHER = re.compile(
    r"(?i)\s*,\s*who\s+(?:has|have|had|will|is|was)\s+(?:also\s+)?(?:been|be)\s+"
    r"(?:named|appointed|promoted|elected)\b"
    # "B, who has served as CEO since 1997 and will become Executive Chairman" (a stop that ends
    # no sentence, "Example Ltd. since 2009", inside)
    r"|\s*,\s*who\s+(?:[^.;]|\.(?!\s+(?-i:[A-Z])|\s*$))*?\bwill\s+(?:then\s+)?become\b"
)


def _told(successor: Named, predecessor: str, title: str) -> date | None:
    """The day earlier sentences give a succession this sentence leaves undated."""
    story = successor.story
    if story is None:
        return None
    # else the day of the event the sentence is upon ("to succeed B as Chair upon her retirement"),
    # or of the change before ("will succeed B as COO on the same date")
    told = story.succession_day(successor.key, predecessor, title)
    return told or story.event_day or story.same_day or story.listed_day


# "A has been named COO, and B, treasurer, will succeed him as CFO": the pronoun is the name
# said before, who leaves the office B takes.
_SUCCEEDS_PRONOUN = re.compile(
    r"(?i)^[^.;]*?\b(?:will\s+|to\s+)?succeed(?:s|ed)?\s+(?:him|her)\s+as\s+"
)


def left_to_successor(after: str, found: list[Stated], earlier: list[Named]) -> list[Stated]:
    """The office the last name before leaves when the sentence's "will succeed him as T"
    (in ``after``, the words after the successor) gives it to this one (``found``), on the day
    the successor takes it."""
    if not earlier or not _SUCCEEDS_PRONOUN.match(after):
        return []
    key = earlier[-1].key
    return [replace(s, key=key, change="end") for s in found if s.change == "start"]
