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

from kg.extract.nlp import roles_for_title
from kg.extract.prose_dates import DATE_RE, first_date
from kg.extract.prose_story import same_office
from kg.extract.prose_titles import ARTICLES, Stated, title_list

if TYPE_CHECKING:
    from kg.extract.prose_positions import Named

_AGE = r"(?:(?:age\s+)?\d{2}\s*,\s*)?"  # "A, 52, will succeed B"
# "will succeed co-founder B", "replaces longtime B": a word about B, not B's title.
_ABOUT = r"(?:(?:company\s+)?(?:co-?)?founder\s+|outgoing\s+|retiring\s+|long-?time\s+)?"
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
    (one day only). A starts it; B leaves it, when B's own clause says B leaves no office
    ("B, who will become Executive Chairman": B leaves the CEO's office A takes; undated when
    A's start is). ``gaps``: the words between the person and the one before, and the one
    after."""
    before, after = gaps
    if before is not None and SUCCEEDED.fullmatch(before):
        return _left_to(found, people[i - 1], effective)
    if found and (after is None or [s for s in found if s.change]):
        return found  # A's verb read a title
    if after is not None and SUCCEEDED.fullmatch(after):
        took = _office_taken(people[i], effective)
        return [replace(took, key="", change="start"), *found] if took else found
    return found


def _left_to(found: list[Stated], successor: Named, effective: date | None) -> list[Stated]:
    """B's titles, and the office the successor takes, which B leaves (unless B's clause
    said what B leaves, or that B holds that office)."""
    if [s for s in found if s.change == "end"]:
        return found
    took = _office_taken(successor, effective, undated=True)
    if took is None or any(same_office(s.title, took.title) for s in found):
        return found
    left = _SHARED_OR_INTERIM.sub("", took.title)
    return [replace(took, key="", title=left, change="end", until=None), *found]


def handed_over(found: list[Stated], successor: Named, own: bool = False) -> list[Stated]:
    """ "A replaces B, who has been serving as interim COO": the office B holds ends the day
    earlier sentences start A in it ("appointed A as COO, effective <date>")."""
    story = successor.story
    took = [t for t in story.started if t.key == successor.key and t.day] if story else []
    return [_handed(s, took, own) if s.change is None else s for s in found]


def _handed(held: Stated, took: list[Stated], own: bool) -> Stated:
    """``held``, ended on the day the successor starts in the same office (one day only):
    the successor may start in a board seat too ("as CEO and as a director"), which leaves
    no one's seat (a board has many); ``own``: the successor is the holder, whose start in
    the very title said held is no end of it."""
    if roles_for_title(held.title) == ("Director",):
        return held
    days = {
        t.day
        for t in took
        if same_office(held.title, t.title) and not (own and t.title.lower() == held.title.lower())
    }
    return replace(held, change="end", day=days.pop()) if len(days) == 1 else held


def _office_taken(successor: Named, effective: date | None, undated: bool = False) -> Stated | None:
    """The title earlier sentences start ``successor`` in, dated (see ``from_story``); with
    ``undated``, on no day when none is given."""
    took = successor.story.new_title(successor.key) if successor.story else None
    if took is None:
        return None
    days = {d for d in (took.day, effective) if d}
    if len(days) == 1:
        return replace(took, day=days.pop())
    return took if undated and not days else None


def succeeding(
    before: str, last: Stated | None, found: list[Stated], after: str = ""
) -> list[Stated]:
    """ "appointed A as co-CEO, effective <date>, succeeding B, who will become executive
    chairman": B leaves, on A's day, the office A takes (``last``, the sentence's last
    change), unless B's own clause says what B leaves; on the day B's clause says B leaves
    ("..., who will retire on December 31, 2023": the day before A's start, as a rule; "...,
    who retired on <date>")."""
    if last is None or last.change != "start":
        return found
    if not _SUCCEEDING.search(before) or [s for s in found if s.change == "end"]:
        return found
    left = _SHARED_OR_INTERIM.sub("", last.title)
    own = _WHO_LEAVES.match(after)
    day = (first_date(own.group(0)) if own else None) or last.day
    if day is None:
        return found
    # "..., succeeding B, who has served as President of the Trust since 2001": B leaves the
    # office B's clause says B holds, not the successor's fuller "President and CEO"
    held = [s for s in found if not s.change and _officer(s) and same_office(s.title, left)]
    if held:
        return [replace(s, change="end", day=day, until=None) if s in held else s for s in found]
    return [replace(last, title=left, change="end", day=day, until=None), *found]


def _officer(stated: Stated) -> bool:
    return roles_for_title(stated.title) != ("Director",)


_WHO_LEAVES = re.compile(
    r"^\s*,\s*who\s+(?:(?:will|is\s+expected\s+to|plans\s+to|intends\s+to)\s+"
    r"(?:retire|resign|step\s+down|depart|leave)|retired|resigned|stepped\s+down|departed|left)"
    r"\b[^.;]*",
    re.I,
)


# "will return to her role as Controller upon Mr. Doe's start date"; "who will return to her
# role as CFO on the Start Date" (a term the story dates); "who has served as interim GC since
# March and will return to his prior role as Deputy GC on that date"
_RETURNS = re.compile(
    r"^(?:,\s*who\s+[^.;]*?\band(?:\s+who)?|,\s*who)?\s+(?:will\s+)?(?:then\s+)?return\s+to\s+"
    r"(?:his|her|their)\s+(?:former\s+|prior\s+|previous\s+)?(?:role|position|office)s?\s+"
    rf"(?:as|of)\s+{ARTICLES}",
    re.I,
)
_UPON_NEXT = re.compile(r"[^.;]*\bupon\s+$", re.I)
_STARTS = re.compile(
    r"^['’]s?\s+(?:start(?:\s+date)?|first\s+day|commencement\s+of\s+(?:his|her|their\s+)?"
    r"employment|employment\s+start\s+date)\b",
    re.I,
)


def returning(text: str, people: list[Named], i: int) -> list[Stated]:
    """ "A will return to her role as T upon B's start date": A takes T back on the day an
    earlier sentence starts B in anything (one day only); "on the Start Date": the day of the
    event the sentence is upon; nothing when that is not known."""
    if (story := people[i].story) is None:
        return []
    nxt = people[i + 1] if i + 1 < len(people) else None
    back = _RETURNS.match(text[people[i].end : nxt.start if nxt else len(text)])
    if back is None:
        return []
    at = people[i].end + back.end()
    if nxt and _UPON_NEXT.match(text, at, nxt.start):
        day = story.start_day(nxt.key) if _STARTS.match(text[nxt.end :]) else None
    else:
        day = story.event_day or story.same_day  # "... on that date": the last change's day
    titles = title_list(text, at)
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


# "A, who has served as interim CFO since March 2021, has been appointed CFO": the interim
# office the clause says A holds.
_WHO_INTERIM = re.compile(
    rf"(?i)^\s*,\s*who\s+(?:has|had)\s+(?:been|served\s+as)\s+{ARTICLES}(?=(?:interim|acting)\s)"
)


def interim_span(found: list[Stated], person: Named, after: str) -> list[Stated]:
    """ "A has served as interim CEO since <date>" after "appointed A as CEO, effective
    <day>": the interim title starts on the day said (a day, not a month: "since May 2024"
    is no day) and ends when A takes the office itself; a successor's start ends it too
    ("B succeeds A, who has served as interim CFO since <date>", ``handed_over``); said in
    A's own clause before the news, it ends the day the news starts the office."""
    held = [s for s in found if s.change != "start" and _INTERIM.match(s.title)]
    if not held and (clause := _WHO_INTERIM.match(after)):
        return [*found, *_interim_left(title_list(after, clause.end())[:1], found)]
    if not held:
        return found
    found = handed_over(found, person, own=True)
    since = _SINCE.search(after)
    day = first_date(since.group(1)) if since else None
    return [*found, *(replace(s, change="start", day=day) for s in held)] if day else found


def _interim_left(interim: list[Stated], found: list[Stated]) -> list[Stated]:
    """The interim office, ended on the one day the news starts the office itself; an
    undated start ("has been named CFO") leaves the end undated too, for the report's date
    or a later sentence's to date both."""
    days = {
        s.day
        for s in found
        for i in interim
        if s.change == "start" and same_office(i.title, s.title)
    }
    return [replace(i, change="end", day=days.pop()) for i in interim] if len(days) == 1 else []


# "... will be effective May 27, 2016", "... became effective on May 3": a change told before.
_BECOMES = r"\s+(?:will\s+be(?:come)?|is|was|became)"
_EFFECTIVE_ON = rf"\s+effective\s+(?:as\s+of\s+|on\s+)?(?P<day>{DATE_RE.pattern})"
# "His resignation will be effective May 27, 2016", "She will continue in her current role
# until the close of business on June 30": the day of a departure told before.
_LEAVING_EFFECTIVE = re.compile(
    rf"^(?:['’]s?)?\s+(?:resignation|retirement|departure){_BECOMES}{_EFFECTIVE_ON}"
    r"|^,?\s+will\s+(?:continue|remain)\s+(?:to\s+serve\s+)?in\s+(?:his|her|their)\s+(?:current\s+)?"
    r"(?:roles?|positions?|capacit(?:y|ies)|offices?)\s+(?:until|through)\s+(?:the\s+close\s+of"
    rf"\s+business\s+on\s+)?(?P<until>{DATE_RE.pattern})",
    re.I,
)


# "Mr. B accepted the appointment effective as of June 1", "Ms. B's election will be
# effective on May 3": the day of an appointment told before.
_STARTING_EFFECTIVE = re.compile(
    rf"^(?:['’]s?\s+(?:appointment|election){_BECOMES}"
    r"|\s+(?:has\s+)?accepted\s+(?:the|this|such|his|her|their)\s+(?:appointment|election))"
    rf",?{_EFFECTIVE_ON}",
    re.I,
)


def effective_later(after: str, person: Named) -> list[Stated]:
    """The titles an earlier sentence said the person will leave, or the one it said the
    person takes up, on the day this one says the change takes effect."""
    if person.story and (m := _STARTING_EFFECTIVE.match(after)):
        took = person.story.new_title(person.key)
        return [replace(took, change="start", day=first_date(m["day"]))] if took else []
    m = _LEAVING_EFFECTIVE.match(after)
    if m is None or person.story is None:
        return []
    day = first_date(m.group("day") or m.group("until"))
    return [replace(s, day=day) for s in person.story.pending_ends(person.key)]
