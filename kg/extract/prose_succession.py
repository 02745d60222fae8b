"""Successions a sentence completes with what the document's earlier sentences said
(``kg.extract.prose_story``), for ``kg.extract.prose_positions``: "Ms. Kim will succeed
Mr. Hale, who is retiring, effective March 1" after "appointed Ms. Kim as CFO" (the office
is the earlier sentence's, the day this one's); "appointed A and B as co-CEOs, effective
<date>, succeeding C" (C leaves the CEO's office that day); "will return to her role as
Controller upon Mr. Doe's start date" (the day an earlier sentence starts Mr. Doe)."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date
from typing import TYPE_CHECKING

from kg.extract.prose_dates import DATE_RE, first_date
from kg.extract.prose_story import same_office
from kg.extract.prose_titles import ARTICLES, Stated, title_list

if TYPE_CHECKING:
    from kg.extract.prose_positions import Named

_AGE = r"(?:(?:age\s+)?\d{2}\s*,\s*)?"  # "A, 52, will succeed B"
# "will succeed co-founder B", "replaces longtime B": a word about B, not B's title.
_ABOUT = r"(?:(?:co-?)?founder\s+|outgoing\s+|retiring\s+|long-?time\s+)?"
REPLACES = re.compile(
    rf"\s*,?\s*{_AGE}(?:to\s+(?:replace|succeed)|replac(?:es|ing)|succeed(?:s|ing))\s*{_ABOUT}",
    re.I,
)
# "A will succeed B, who will retire as CEO on December 31": B leaves (on B's own day); A's
# start is not B's last day, so A takes nothing from B's clause here.
SUCCEEDED = re.compile(
    rf"{REPLACES.pattern}|\s*,?\s*{_AGE}will\s+(?:replace|succeed)\s*{_ABOUT}",
    re.I,
)
# "appointed A as co-CEO, effective <date>, succeeding B": B leaves the office A takes.
_SUCCEEDING = re.compile(r",\s*(?:succeeding|replacing)\s*$", re.I)
# The office a successor's title takes over: a co-CEO or an interim CEO succeeds a CEO.
_SHARED_OR_INTERIM = re.compile(r"(?i)\b(?:interim|acting)\s+|(?<![\w-])co-\s*")


def from_story(
    found: list[Stated],
    people: list[Named],
    i: int,
    gaps: tuple[str | None, str | None],
    effective: date | None,
) -> list[Stated]:
    """ "A succeeds B" with no title said for either: the office an earlier sentence gave A
    ("appointed A as CFO"), on the day that sentence or this one's ``effective`` date gives
    (one day only). A starts it; B, when nothing else is read for B, leaves it. ``gaps``:
    the words between the person and the one before, and the one after."""
    before, after = gaps
    if found and (after is None or [s for s in found if s.change]):
        return found  # B's own clause said what B leaves; A's verb read a title
    if after is not None and SUCCEEDED.fullmatch(after):
        took = _office_taken(people[i], effective)
        return [replace(took, key="", change="start"), *found] if took else found
    if not found and before is not None and SUCCEEDED.fullmatch(before):
        took = _office_taken(people[i - 1], effective)
        if took:
            left = _SHARED_OR_INTERIM.sub("", took.title)
            return [replace(took, key="", title=left, change="end")]
    return found


def handed_over(found: list[Stated], successor: Named) -> list[Stated]:
    """ "A replaces B, who has been serving as interim COO": the office B holds ends the day
    earlier sentences start A in it ("appointed A as COO, effective <date>")."""
    took = successor.story.new_title(successor.key) if successor.story else None
    if took is None or took.day is None:
        return found
    return [
        replace(s, change="end", day=took.day)
        if s.change is None and same_office(s.title, took.title)
        else s
        for s in found
    ]


def _office_taken(successor: Named, effective: date | None) -> Stated | None:
    """The title earlier sentences start ``successor`` in, dated (see ``from_story``)."""
    took = successor.story.new_title(successor.key) if successor.story else None
    if took is None:
        return None
    days = {d for d in (took.day, effective) if d}
    return replace(took, day=days.pop()) if len(days) == 1 else None


def succeeding(
    before: str, last: Stated | None, found: list[Stated], after: str = ""
) -> list[Stated]:
    """ "appointed A as co-CEO, effective <date>, succeeding B, who will become executive
    chairman": B leaves, on A's day, the office A takes (``last``, the sentence's last
    change), unless B's own clause says what B leaves; on the day B's clause says B leaves
    ("..., who will retire on December 31, 2023": the day before A's start, as a rule)."""
    if last is None or last.change != "start" or last.day is None:
        return found
    if not _SUCCEEDING.search(before) or [s for s in found if s.change == "end"]:
        return found
    left = _SHARED_OR_INTERIM.sub("", last.title)
    own = _WHO_LEAVES.match(after)
    day = (first_date(own.group(0)) if own else None) or last.day
    return [replace(last, title=left, change="end", day=day, until=None), *found]


_WHO_LEAVES = re.compile(
    r"^\s*,\s*who\s+(?:will|is\s+expected\s+to|plans\s+to|intends\s+to)\s+"
    r"(?:retire|resign|step\s+down|depart|leave)\b[^.;]*",
    re.I,
)


# "will return to her role as Controller upon Mr. Doe's start date"
_RETURNS = re.compile(
    r"^(?:,\s*who\s+[^.;]*?\band\s+who)?\s+(?:will\s+)?(?:then\s+)?return\s+to\s+(?:his|her|their)\s+(?:former\s+|prior\s+|"
    rf"previous\s+)?(?:role|position|office)s?\s+(?:as|of)\s+{ARTICLES}(?=[^.;]*\bupon\s+$)",
    re.I,
)
_STARTS = re.compile(
    r"^['’]s?\s+(?:start(?:\s+date)?|first\s+day|commencement\s+of\s+(?:his|her|their\s+)?"
    r"employment|employment\s+start\s+date)\b",
    re.I,
)


def returning(text: str, people: list[Named], i: int) -> list[Stated]:
    """ "A will return to her role as T upon B's start date": A takes T back on the day an
    earlier sentence starts B in anything (one day only); nothing when that is not known."""
    if i + 1 == len(people) or (story := people[i].story) is None:
        return []
    nxt = people[i + 1]
    back = _RETURNS.match(text[people[i].end : nxt.start])
    if back is None or not _STARTS.match(text[nxt.end :]):
        return []
    day = story.start_day(nxt.key)
    titles = title_list(text, people[i].end + back.end())
    return [replace(t, change="start", day=day) for t in titles] if day else []


def new_to(successor: Named, left: Stated) -> bool:
    """Whether the successor takes ``left`` (a title the predecessor leaves) from this
    sentence: not when an earlier one started the successor in that office ("will serve as
    interim CFO, effective <date>. Mr. B succeeds C, who resigned as CFO on <C's last day>")."""
    if left.change is None:
        return False
    known = successor.story.new_title(successor.key) if successor.story else None
    return known is None or not same_office(known.title, left.title)


_INTERIM = re.compile(r"(?i)^(?:interim|acting)\b")
_SINCE = re.compile(r"(?i)\bsince\s+(" + DATE_RE.pattern + ")")


def interim_span(found: list[Stated], person: Named, after: str) -> list[Stated]:
    """ "A has served as interim CEO since <date>" after "appointed A as CEO, effective
    <day>": the interim title starts on the day said (a day, not a month: "since May 2024"
    is no day) and ends when A takes the office itself; a successor's start ends it too
    ("B succeeds A, who has served as interim CFO since <date>", ``handed_over``)."""
    held = [s for s in found if s.change != "start" and _INTERIM.match(s.title)]
    if not held:
        return found
    found = handed_over(found, person)
    since = _SINCE.search(after)
    day = first_date(since.group(1)) if since else None
    return [*found, *(replace(s, change="start", day=day) for s in held)] if day else found


# "His resignation will be effective May 27, 2016": the day of a departure told before.
_LEAVING_EFFECTIVE = re.compile(
    r"^(?:['’]s?)?\s+(?:resignation|retirement|departure)\s+(?:will\s+be(?:come)?|is|was|became)"
    rf"\s+effective\s+(?:as\s+of\s+|on\s+)?(?P<day>{DATE_RE.pattern})",
    re.I,
)


def effective_later(after: str, person: Named) -> list[Stated]:
    """The titles an earlier sentence said the person will leave, on the day this one says
    the departure takes effect."""
    m = _LEAVING_EFFECTIVE.match(after)
    if m is None or person.story is None:
        return []
    day = first_date(m.group("day"))
    return [replace(s, day=day) for s in person.story.pending_ends(person.key)]
