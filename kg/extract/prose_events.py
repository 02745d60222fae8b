"""Changes dated by another person's change, for ``kg.extract.prose_story``: "Upon Mr. B's
departure, A will reassume the title of President", "to succeed Dr. B as Chair upon her
retirement", "will become Senior Advisor when Dr. B joins", "will join the Board upon
becoming CEO". The day is the one earlier sentences gave that change (one day only);
nothing when they gave none.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date

from kg.extract.nlp import TITLE_RE, one_chair
from kg.extract.prose_titles import Change, Stated

# The event a clause is "upon": its noun after a possessive, or its verb after the name.
_ENDS = r"departure|retirement|resignation|separation|exit"
_STARTS = r"arrival|start(?:\s+date)?|first\s+day|joining|appointment|election|commencement"
_POSSESSIVE = r"(?:(?P<pronoun>his|her|their)|(?P<named>[^,;]{2,40}?)['’]s?)"
_UPON = r"\b(?:upon|on|when|following|after|at\s+the\s+time\s+of)\s+(?:the\s+)?"
_UPON_NOUN = re.compile(rf"(?i){_UPON}{_POSSESSIVE}\s+(?:(?P<end>{_ENDS})|(?P<start>{_STARTS}))\b")
_UPON_VERB = re.compile(
    r"(?i)\b(?:when|once|after)\s+(?P<named>[^,;]{2,40}?)\s+(?:(?P<end>retires|departs|leaves"
    r"|steps\s+down)|(?P<start>joins|starts|arrives|assumes|becomes|takes\s+over))\b"
    r"(?P<rest>[^.;]{0,80})"
)
# "upon becoming CEO": the sentence's own person, on the day it starts that title.
_UPON_BECOMING = re.compile(
    rf"(?i)\b(?:upon|when|after|on)\s+(?:becoming|assuming|being\s+named)\s+(?:the\s+)?"
    rf"(?P<title>{TITLE_RE.pattern})"
)
# A person named in the sentence: start, end, party key (-1, -1: named in the one before).
Span = tuple[int, int, str]


def upon_day(text: str, named: Sequence[Span], dated: list[Stated]) -> date | None:
    """The day of the change a sentence's "upon ..." clause names, from ``dated`` (the dated
    changes earlier sentences read)."""
    if m := _UPON_BECOMING.search(text):
        keys = [key for start, _, key in named if 0 <= start < m.start()]
        return _one(dated, keys[-1:], "start", m.group("title")) if keys else None
    m = _UPON_NOUN.search(text) or _UPON_VERB.search(text)
    if m is None:
        return None
    change: Change = "end" if m.group("end") else "start"
    title = _title_after(rest) if (rest := m.groupdict().get("rest")) else None
    if m.group("named"):
        keys = [key for start, end, key in named if m.start("named") <= start < m.end("named")]
    else:  # "upon her retirement": whoever in the sentence an earlier one gave that change
        keys = [key for _, _, key in named if _one(dated, [key], change, None)]
    return _one(dated, list(dict.fromkeys(keys)), change, title) if len(set(keys)) == 1 else None


def _title_after(rest: str) -> str | None:
    """ "assumes the Executive Chairman role": the title the event is about."""
    m = TITLE_RE.search(rest)
    return m.group(0) if m and m.start() < 12 else None


def _one(dated: list[Stated], keys: list[str], change: Change, title: str | None) -> date | None:
    days = {
        s.day
        for s in dated
        if s.key in keys and s.change == change and (title is None or same_office(s.title, title))
    }
    return days.pop() if len(days) == 1 else None


def same_office(a: str, b: str) -> bool:
    """ "interim Chief Financial Officer" and "Senior Vice President and Chief Financial
    Officer" name one office (the successor's title may be fuller than the predecessor's);
    a co-CEO takes the CEO's office."""
    a, b = office(a), office(b)
    return _within(a, b) or _within(b, a)


def _within(a: str, b: str) -> bool:
    """Whether office ``a`` is said in ``b``: not the "president" of a "vice president" (a
    senior vice president of the parent is no subsidiary's president)."""
    at = b.find(a)
    while at >= 0:
        if not re.search(r"vice[\s-]+$", b[:at]):
            return True
        at = b.find(a, at + 1)
    return False


def office(title: str) -> str:
    """The office a title names: "Chairman of the Board" and "Chair of the Board" are one."""
    office = re.sub(r"(?i)\b(?:interim|acting)\s+|(?<![\w-])co-\s*", "", title).lower()
    return one_chair(office)


def office_parts(title: str | None) -> set[str]:
    """The offices one title names, each as ``office``: "Executive Vice President, Finance
    and Chief Lending Officer" names three."""
    return {office(p) for p in re.split(r"(?i),\s*(?:and\s+)?|\s+and\s+", title or "") if p}
