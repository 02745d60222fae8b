"""Dating the changes an 8-K sentence leaves undated, or dates only by the day the board
acted, from another sentence: "Both elections were effective September 15." after the
elections; "The promotion ... was effective on <date>" for an undated move's old title."""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from datetime import date

from kg.extract.parties import Parties
from kg.extract.prose_dates import later_day, opening_day
from kg.extract.prose_people import position, resolve_org
from kg.extract.prose_positions import Named, Stated
from kg.extract.prose_story import Story
from kg.model import Fact, Position


@dataclass
class Undated:
    """Changes a sentence leaves undated, for other sentences to date: an undated move's old
    title, and the starts of the sentence before ("The Board has elected A as CEO and has
    elected B as President. Both elections were effective <date>."), each with its sentence."""

    moves: list[tuple[Stated, str]] = field(default_factory=list)
    starts: list[tuple[Stated, str]] = field(default_factory=list)
    # The sentence after the one being read: "Both promotions are effective <date>." there
    # dates this sentence's changes (``redated``).
    following: str = ""


def redated(
    stated: Stated, text: str, undated: Undated, near: date | None, story: Story | None = None
) -> Stated:
    """A change dated only by the day the board acted ("On August 9, the Board promoted A
    from X to Y ...") takes the day the next sentence gives every change ("Both promotions
    are effective September 1."): the act's day is not the day the office changes hands. The
    story learns the new day too ("She succeeds C as Treasurer": C leaves on it)."""
    if stated.change is None or stated.day is None or stated.day != opening_day(text):
        return stated
    later = later_day(undated.following, near)
    if later is None:
        return stated
    moved = replace(stated, day=later)
    if story is not None:
        story.dated = [moved if s == stated else s for s in story.dated]
    return moved


def dated_later(
    text: str, people: list[Named], parties: Parties, report_date: date | None, undated: Undated
) -> list[Position]:
    """The starts the sentence before left undated, on the day a sentence naming no one gives
    them all ("Both elections were effective September 15."); any other sentence leaves them
    undated (history: "joined the Company in 2020 as Controller"), but a title the report
    says the person "has been named" starts on the report's date (``named_now``)."""
    starts, undated.starts = undated.starts, []
    day = later_day(text, report_date) if not people else None
    out = []
    for stated, said in starts:
        when = day or (report_date if named_now(taken(stated), said) else None)
        if when is None:
            continue  # left unresolved: resolving an organisation registers it as a party
        title, key = resolve_org(stated, parties, parties.subject_key)
        if key is not None:
            dated = replace(stated, title=title, day=when)
            out.append(position(dated, parties.ref(stated.key), parties.ref(key), said, None))
    return out


# "A has been named Chief Operating Officer.": the report's news in the present perfect, told
# without a day, so on the report's date (as "The Board has appointed A as CEO" is); not
# "joined ... as Controller", which may be history, nor a start "effective" on a day or an
# event the reader could not date ("effective beginning with fiscal 2025").
_NAMED_NOW = r"\b(?:has|have)\s+been\s+(?:named|appointed|elected|promoted\s+to)\s+(?:as\s+)?"


# "During Mr. A's leave, B will serve as acting CCO": a stand-in for an absence the report
# tells, from the report's date.
_DURING_LEAVE = re.compile(r"(?i)^during\s+[^,;]{2,40}?\b(?:leave|absence)\b")


def taken(stated: Stated) -> str:
    """The title a change's "has been named" would name: the start's own, or for an interim
    office left ("A, who has served as interim CFO since May, has been named CFO") the
    office taken in its place, so the interim one ends the day the named one starts."""
    if stated.change == "end" and re.match(r"(?i)(?:interim|acting)\s", stated.title):
        return stated.title.split(None, 1)[1]
    return stated.title if stated.change == "start" else ""


def undated_change(stated: Stated) -> bool:
    """An undated start, or an interim office left, which a later sentence or the report's
    "has been named" may date (an undated end is otherwise an office held now)."""
    return stated.day is None and bool(taken(stated))


def named_now(title: str, said: str) -> bool:
    """Whether ``said`` tells the title taken in the present perfect ("has been named T"),
    or an acting one taken during someone's leave, with no "effective" day."""
    if re.search(r"(?i)\beffective\b", said):
        return False
    if _DURING_LEAVE.match(said) and re.match(r"(?i)(?:acting|interim)\s", title):
        return True
    return re.search(_NAMED_NOW + r"(?:the\s+|an?\s+)?" + re.escape(title), said) is not None


def moves_dated_elsewhere(
    moves: list[tuple[Stated, str]], facts: list[Fact], parties: Parties
) -> list[Position]:
    """ "promoted from COO to President" + "The promotion ... was effective on <date>":
    the old title ends the day another sentence starts the new one."""
    out = []
    for stated, text in moves:
        holder = parties.ref(stated.key)
        started = [
            f.start_date
            for f in facts
            if isinstance(f, Position) and f.holder == holder and f.title == stated.until
        ]
        day = next((d for d in started if d is not None), None)
        title, key = resolve_org(stated, parties, parties.subject_key)
        if day is not None and key is not None:
            ended = replace(stated, title=title, day=day, until=None)
            out.append(position(ended, holder, parties.ref(key), text, None))
    return out


# A vice-presidential rank: "Vice President, Quality" 1, a bank's "First Vice President" 2,
# "Senior Vice President" 3, "Executive Vice President" 4.
_RANK = re.compile(r"(?i)^(?:(?P<rank>first|senior|executive)\s+)?vice\s+president\b")
_RANKS = {"first": 2, "senior": 3, "executive": 4}


def _rank(title: str | None) -> int:
    m = _RANK.match(title or "")
    return 0 if m is None else _RANKS.get((m["rank"] or "").lower(), 1)


def ranks_left(facts: list[Fact]) -> list[Fact]:
    """ "A, currently Vice President, Supply Chain, was appointed Senior Vice President,
    Operations, effective <date>": no one holds two vice-presidential ranks at one company,
    so the lower rank the sentence says A holds now ends the day the higher one starts."""
    starts = [f for f in facts if isinstance(f, Position) and f.start_date]
    return [_left(f, starts) if isinstance(f, Position) else f for f in facts]


def _left(held: Position, starts: list[Position]) -> Position:
    if held.as_of is None or held.start_date or held.end_date:
        return held
    left = {
        p.start_date
        for p in starts
        if (p.holder, p.organization, p.evidence) == (held.holder, held.organization, held.evidence)
        and (_rank(p.title) > _rank(held.title) > 0 or _recombined(held.title, p.title))
    }
    return replace(held, as_of=None, end_date=left.pop()) if len(left) == 1 else held


def _parts(title: str | None) -> set[str]:
    return {p.strip().lower() for p in re.split(r",\s*(?:and\s+)?|\s+and\s+", title or "")}


def _recombined(old: str | None, new: str | None) -> bool:
    """ "the Company's President and Chief Operating Officer, as President and Chief Executive
    Officer": one office kept, another given up for a new one; the old pairing ends."""
    was, now = _parts(old), _parts(new)
    return len(was) > 1 and len(now) > 1 and bool(was & now) and bool(was - now) and bool(now - was)
