"""Titles a person keeps, for ``kg.extract.prose_positions``: "will continue to serve as a
director", "will remain Chairman of the Board following his retirement", "will retain the
title of President", after a clause saying what the person has held ("A, who has served as
CEO since 2015, will continue to serve as CEO of the Company and the Bank"); and what the
rest of the clause says changes: "... but will no longer hold the title of President",
"... and has also been appointed to the Board"."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from datetime import date

from kg.extract.prose_dates import find_dates
from kg.extract.prose_events import office, office_parts, same_office
from kg.extract.prose_titles import ARTICLES, Stated, title_list
from kg.extract.prose_verbs import until_day
from kg.model import Fact, Position

# "will continue to serve as", "will remain on the Board as", "who will remain a director",
# "who will continue to lead the company as Chief Executive Officer", "will retain the title of"
_CONTINUING = (
    r"\s*(?:will\s+)?(?:also\s+)?(?:continues?\s+(?:to\s+(?:serve|lead\s+"
    r"(?:the|our)\s+(?:company|bank|firm))\s+|with\s+(?:the|our)\s+(?:company|bank|firm)\s+)?as"
    r"|remains?(?:\s+on\s+(?:the|its|our)\s+board(?:\s+of\s+directors)?)?(?:\s+as)?"
    r"|retains?\s+(?:the\s+title\s+of|(?:his|her|their)\s+(?:title|position|role)s?\s+as))"
    rf"\s+{ARTICLES}"
)
CONTINUES = re.compile(rf"^\s*(?:,\s*who\s+)?{_CONTINUING}", re.I)
# "B, who has served as interim CEO since <date> and who will continue with the company as"
AND_CONTINUES = re.compile(rf"\band\s+who\s+{_CONTINUING}", re.I)
# "A, who has served as CEO since 2015, will continue ...": what A has held, then the news.
_WHO_HAS = re.compile(r"^\s*,\s*who\s+(?:has|had)\s+(?:been|served)\b[^;]*?,(?=\s+will\b)", re.I)
# "..., and has also been appointed to the Board", "... but will no longer hold the title of"
_AND_NEWS = re.compile(r"(?i)^\s*,?\s*(?:and|but)\s+(?=(?:has|have|will|was|is)\b)")
_UNTIL = re.compile(r"(?i)\buntil\b")
# "will remain on the Board" (no title said); "will continue to serve on the boards of
# directors of both the bank and the company": a seat on each board
_ON_BOARD = re.compile(
    r"(?i)^\s*(?:,\s*(?:who\s+)?)?(?:will\s+)?(?:also\s+)?(?:remains?|continues?\s+to\s+serve)\s+on\s+"
    r"(?:the|its|our)\s+boards?(?:\s+of\s+directors)?(?:\s+of\s+(?:both\s+)?(?P<one>the\s+\w+)"
    r"\s+and\s+(?:of\s+)?(?P<two>the\s+\w+))?\s*(?:[.;]|$"
    # "... on the Board and is among the incumbent nominees": a state told beside it, no news
    r"|(?=,?\s+and\s+(?:is|are)\s+(?!(?:to|being|expected|no\s+longer)\b)))"
)

Segment = Callable[[str, str, str, tuple[int, int], "date | None"], list[Stated]]


def kept_titles(
    text: str, after: str, span: tuple[int, int], near: date | None, segment: Segment
) -> list[Stated] | None:
    """The titles the segment ``after`` the name says the person keeps, with the news the
    rest of its clause tells (read by ``segment``); None when it says none is kept, or keeps
    them "until <date>" (ended then)."""
    had: list[Stated] = []
    if clause := _WHO_HAS.match(after):
        if not CONTINUES.match(after[clause.end() :]):
            return None
        had = _had(after[: clause.end()])  # "who has been President since 2008"
        after = " " * clause.end() + after[clause.end() :]
    if seats := _ON_BOARD.match(after):  # no title said: a director's seat (on each board)
        return [Stated("", "Director", org=seats["one"], also=seats["two"]), *had]
    kept = CONTINUES.match(after)
    if kept is None or _changed_chair(had, title_list(after, kept.end())):
        return None
    until = _UNTIL.search(after)
    if until and (last := until_day(after)):  # "will continue as CFO until <date>": its end
        return [replace(s, change="end", day=last) for s in title_list(after, kept.end())] + had
    stop = _list_end(after, kept.end())
    if until and (until.start() > stop or find_dates(after[until.end() :])):
        # "until his retirement at the meeting on <date>": the verb's day; "... and will
        # serve as principal financial officer until a CFO is appointed": another clause's
        return None
    held = title_list(after, kept.end())
    news = _AND_NEWS.match(after[stop:]) if held else None
    if news is None:
        return [*held, *had]
    rest = " " * (stop + news.end()) + after[stop + news.end() :]
    return [*held, *had, *(s for s in segment(text, "", rest, span, near) if s.change)]


_AS_OR_BEEN = re.compile(rf"(?i)\b(?:as|been)\s+{ARTICLES}(?=\w)")


def _had(clause: str) -> list[Stated]:
    """Each title a "who has served as A since 2009 and as B since 2012" clause names."""
    return [t for m in _AS_OR_BEEN.finditer(clause) for t in title_list(clause, m.end())]


def _changed_chair(had: list[Stated], kept: list[Stated]) -> bool:
    """ "who has served as Chairman since 2012, will continue to serve as Executive Chairman":
    a kept title that is another form of an office held is a change, not a title kept."""
    return any(
        same_office(h.title, k.title) and set(_words(k.title)) - set(_words(h.title))
        for h in had
        for k in kept
    )


def _words(title: str) -> list[str]:
    return re.findall(r"[a-z]+(?:-[a-z]+)*", office(title))


def _list_end(after: str, at: int) -> int:
    """Where the title list from ``at`` ends: at the next "and"/"but" that opens a clause."""
    m = re.search(r"(?i)\s*,?\s*(?:and|but)\s+(?:has|have|will|was|is)\b", after[at:])
    return at + m.start() if m else len(after)


# "Mr. Roe had served as a director since 1996 and as Vice Chairman since 2014", after the
# sentence that told his death or departure: the offices he held until then.
_HAD_SERVED = re.compile(r"(?i)^\s+had\s+(?:served\s+as|been)\s")


def had_served(after: str, key: str, ended: list[Stated]) -> list[Stated]:
    """The titles a "had served as" clause names, ended on the one day an earlier sentence
    ended the person's offices (``ended``: the story's dated changes), less those it ended."""
    if not _HAD_SERVED.match(after):
        return []
    left = [s for s in ended if s.key == key and s.change == "end"]
    days = {s.day for s in left}
    if len(days) != 1:
        return []
    day = days.pop()
    told = {s.title.lower() for s in left}
    return [replace(t, change="end", day=day) for t in _had(after) if t.title.lower() not in told]


# A bare rank ("Executive Vice President") is no office a new one replaces.
_RANK = re.compile(r"(?i)^(?:(?:executive|senior|group|corporate)\s+)*vice\s+president$")


def parts_kept(facts: list[Fact]) -> list[Fact]:
    """ "A, the Company's President and Chief Operating Officer, ... to succeed B as CEO,
    effective <date>. A will continue to serve as President.": the part A keeps is held as of
    the day A's new office starts; as of the same day as the fuller title it would be taken
    for a mere part of it. Not when what A does not keep is a bare rank ("Executive Vice
    President and CFO ... will continue to serve as CFO": the fuller title is kept)."""
    held = [f for f in facts if isinstance(f, Position)]
    return [_kept_on(f, held) if isinstance(f, Position) else f for f in facts]


def _kept_on(part: Position, held: list[Position]) -> Position:
    if part.as_of is None or part.start_date or part.end_date or not _says_kept(part):
        return part
    mine = [p for p in held if (p.holder, p.organization) == (part.holder, part.organization)]
    kept = office_parts(part.title)
    held_then = [p for p in mine if p.as_of == part.as_of and not (p.start_date or p.end_date)]
    wholes = [
        parts
        for parts in map(office_parts, (p.title for p in held_then))
        if kept < parts and not all(_RANK.match(x) for x in parts - kept)
    ]
    whole = set().union(*wholes)
    starts = {p.start_date for p in mine if p.start_date and not office_parts(p.title) & whole}
    if not wholes or len(starts) != 1:
        return part
    return replace(part, as_of=starts.pop())


def _says_kept(part: Position) -> bool:
    """The part's own sentence says it is kept ("will continue to serve as President")."""
    said = rf"(?i)\b(?:continues?|remains?|retains?)\b[^.;]*?\b{re.escape(part.title or '')}\b"
    return re.search(said, part.evidence) is not None
