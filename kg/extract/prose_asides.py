"""A title said in passing after a name ("Jane Roe, currently CFO, ..."), or set off before it
("its Treasurer, B, signed"): it is held, and the news is read from the rest of the sentence.
Kept apart from ``kg.extract.prose_positions``, which hands in its segment reader (the two
call each other)."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from datetime import date

from kg.extract.nlp import DEPARTMENT, TITLE_RE, roles_for_title
from kg.extract.prose_events import office
from kg.extract.prose_titles import AND_JOB, Stated, title_at
from kg.extract.prose_verbs import END, NOTICE, event_day, nearest_verb, noticed_day, own_day

Segment = Callable[[str, str, str, tuple[int, int], "date | None"], list[Stated]]

# "..., EVP of the Registrant and President of the Bank,": a second title at another org.
AND_TITLE_OF = re.compile(
    rf"\s+of\s+[^,;]{{1,60}}?\s+and\s+(?=(?P<next>{TITLE_RE.pattern})\s+of\s)", re.I
)
# "the Bank's Senior Vice President": a title the filer's subsidiary defined so gives.
_WHOSE = re.compile(r"\b(the\s+Bank)['’]s\s+$")
MEMBER = re.compile(r"member\s+of\s+(?:the|its|our)\s+[Bb]oard(?:\s+of\s+[Dd]irectors)?")
# "the Company's Controller": the filer's own title, said with its defined name ("the
# Board's Lead Independent Director": a post on the filer's board).
OWN = (
    r"(?:(?:the|its|our|their|an?)\s+)?"
    r"(?:(?i:company|registrant|corporation|bank|trust|partnership|fund|board)['’]s\s+)?"
    r"(?:(?i:independent)\s+(?=(?i:chair)))?"  # "A, the independent Chair of the Board,"
)
# A title held now, said in passing between the name and the news; after an age only when
# "currently" says so ("A, 61, and B, 56, Co-CEOs of X, have been elected" may be moving on).
# or when the filer's own title follows ("appointed A, 44, the Company's Vice President,
# Treasury, as Senior Vice President"): a title held now, not one the age list shares.
_AGED = (
    r"(?:(?:age\s+)?\d{2}\s*,\s*(?=(?:who\s+is\s+)?(?:currently|presently)\b"
    r"|(?:the|its|our)\s+(?i:company|registrant|corporation|bank)['’]s\s))?"
)
# "elected A, formerly Executive Vice President--Operations, as President": a title said in
# passing as left, read as a title held now is, and ended (``_formerly``).
CURRENTLY = re.compile(
    rf"^\s*,\s*{_AGED}(?:who\s+is\s+)?(?:(?:currently|presently|(?P<former>formerly))\s+)?{OWN}"
    # "Vice President, Treasury and Investor Relations": a unit of two functions
    rf"(?P<title>{TITLE_RE.pattern}(?:,\s+(?-i:[A-Z][a-z]+\s+)?{DEPARTMENT}(?:\s+and\s+{DEPARTMENT})?"
    rf"|\s[-–]\s[A-Z][a-z]+|\s*(?:--|—)\s*(?-i:[A-Z][a-z]+)"
    rf"|(?-i:{AND_JOB.pattern}))?|{MEMBER.pattern})"  # "a member of the Board since 2011,"
    # not cut at a comma inside a title that ends the sentence ("with A, the Company's EVP,
    # General Counsel and Secretary."); "named A, SVP, interim CEO" is two titles
    rf"(?!\s*,\s*(?:{TITLE_RE.pattern})\s*(?:[.;]|$))"
    r"(?:\s+of\s+[^,]{1,60})?(?:\s+since\s+[\w ]{4,20})?\s*,",  # "a director since 2018,"
    re.I,
)
# "A, currently Senior Vice-President, Intermodal, will succeed B": any words after the title
# held now and its comma, up to the comma before the clause's verb, are its unit ("U.S.
# Retail", "EMEA Sales": a country's or region's letters too), also after "and General
# Manager".
_UNIT_WORD = r"(?-i:[A-Z][a-z]+|(?:[A-Z]\.){2,3}|[A-Z]{2,5})"
CURRENTLY_UNIT = re.compile(
    rf"^\s*,\s*{_AGED}(?:who\s+is\s+)?(?:currently|presently)\s+{OWN}(?P<title>(?:{TITLE_RE.pattern})"
    rf"(?-i:{AND_JOB.pattern})?(?:,\s+{_UNIT_WORD}(?:\s+{_UNIT_WORD}){{0,2}}){{1,2}})\s*,(?=\s*(?:will|has|have|had|is|was)\b)",
    re.I,
)


def no_aside(gap: str) -> str:
    """The words between two names without a title said in passing after the first."""
    return CURRENTLY.sub("", CURRENTLY_UNIT.sub("", gap))


_MOVES = re.compile(r"(?i)\btransition\w*\s+(?:to|into)\b")
# "A, currently EVP and COO, will become President and COO": the office held is left for the
# new one (not "will also become", nor a board seat, nor an office the new title keeps).
_BECOMES = re.compile(
    r"(?i)(?<!\balso\s)\b(?:will\s+)?bec(?:ome|omes|ame)\b|\btransition\w*\s+(?:to|into)\b"
    r"|(?<!\balso\s)(?<!\balso\sbeen\s)\bpromoted\s+to\b"  # "has been promoted to"
)


def with_aside(
    text: str,
    before: str,
    after: str,
    aside: re.Match[str],
    span: tuple[int, int],
    near: date | None,
    segment: Segment,
) -> list[Stated]:
    """The title said in passing is held; the news is read from the rest of the sentence, and
    a departure with no other title is that title's ("Jane Roe, General Counsel of Acme,
    informed the Company of her intention to retire": on a day after the verb, not the
    notice's)."""
    held = title_at(after, aside.start("title"), aside.end("title"))
    if MEMBER.fullmatch(after, aside.start("title"), aside.end("title")):
        held = Stated("", "Director")  # "a member of the Board": a director's seat
    if not held.org and (whose := _WHOSE.search(after, 0, aside.start("title"))):
        held = replace(held, org=whose.group(1))  # "A, the Bank's SVP": the Bank's office
    # "A, EVP of the Company and President of the Bank, will ...": both are held
    more = AND_TITLE_OF.match(after, aside.end("title"))
    second = [title_at(after, more.end(), more.end("next"))] if more else []
    blank = after[: aside.start()] + " " * (aside.end() - aside.start()) + after[aside.end() :]
    rest = segment(text, before, blank, span, near)
    if aside.groupdict().get("former"):
        return [*rest, _formerly(held, rest), *second]
    if not [s for s in rest if s.change] and (leaving := END.search(blank)):
        return [replace(held, change="end", day=_left_on(text, blank, leaving, span[1], near))]
    verb = nearest_verb(before, "")
    if not [s for s in rest if s.change] and verb and verb.re is END:
        # "terminated the employment of A, EVP of Sales, for cause": the title said ends
        return [replace(held, change="end", day=event_day(text, span[0], near))]
    return [*rest, _left_for(held, rest, blank), *second]


def _left_for(held: Stated, rest: list[Stated], blank: str) -> Stated:
    """The title said in passing, ended when the rest of the sentence leaves the board it
    sits on or moves its holder to another office; else held as it is."""
    left = next((s for s in rest if s.change == "end" and s.title == "Director"), None)
    if left and "Director" in roles_for_title(held.title):
        held = replace(held, change="end", day=left.day)  # "A, Chairman, will leave the Board"
    took = next((s for s in rest if s.change == "start" and s.day), None)
    if took and _MOVES.search(blank):  # "A, the Trust's CEO, will transition to the role of"
        return replace(_chair_kept(held, rest), change="end", day=took.day)
    if _moves_on(held, rest, blank):  # undated: the day a heading or the story gives both
        days = {s.day for s in rest if s.change == "start"}
        day = days.pop() if len(days) == 1 else None
        return replace(_chair_kept(held, rest), change="end", day=day)
    return held


# A part of a title that is no office left when its holder becomes Executive Chairman: the
# chair (kept, in its new form) and "founder" (no office at all).
_CHAIR_PART = re.compile(
    r"(?i)(?:co-?)?founder|chair(?:man|woman|person)?(?:\s+of\s+the\s+board(?:\s+of\s+directors)?)?"
)
_PARTS = re.compile(r"\s*,\s*(?:and\s+)?|\s+and\s+")


def _chair_kept(held: Stated, rest: list[Stated]) -> Stated:
    """ "A, the Company's founder, Chairman and CEO, will become Executive Chairman": the
    office left is the CEO's; the chair goes on as the new title, and a founder holds none."""
    if not any(s.change == "start" and re.search(r"(?i)\bchair", s.title) for s in rest):
        return held
    parts = _PARTS.split(held.title)
    left = [p for p in parts if not _CHAIR_PART.fullmatch(p)]
    if not left or len(left) == len(parts):
        return held
    return replace(held, title=" and ".join(left))


def _formerly(held: Stated, rest: list[Stated]) -> Stated:
    """The title a "formerly" aside says was left: ended on the day the news starts an office,
    when it gives one day (the office left for the new one), else on a day not said."""
    days = {s.day for s in rest if s.change == "start"}
    return replace(held, change="end", day=days.pop() if len(days) == 1 else None)


def _left_on(
    text: str, blank: str, leaving: re.Match[str], end: int, near: date | None
) -> date | None:
    """The day of the departure ``leaving`` (a verb in ``blank``, the segment after the name
    ending at ``end``): a notice's departure on a day after the verb; else the verb's own
    "on <date>" ("will step down from that role on <date> and will serve as an advisor until
    his retirement on <date>": not the retirement's), else the sentence's day."""
    if NOTICE.search(blank, 0, leaving.start()):
        return noticed_day(text, end + leaving.start(), near)
    return own_day(blank, len(blank), leaving, near) or event_day(text, end + leaving.start(), near)


def _moves_on(held: Stated, rest: list[Stated], blank: str) -> bool:
    """Whether the news "will become <new title>" leaves the office said in passing: a new
    form of the same office ("EVP and COO" to "President and COO", "SVP, General Counsel" to
    "EVP, General Counsel and Secretary", "Executive Chairman" to "non-executive Chairman"),
    or any office one "transitions" from. Another office may be held beside it ("currently
    VP, Advanced Engineering, will become CTO, a newly created role": not said to end)."""
    took = [s for s in rest if s.change == "start" and s.org == held.org]
    if not took or not _BECOMES.search(blank):
        return False
    if "Officer" not in roles_for_title(held.title):
        return False  # "A, a director, will become Chairman": the seat is kept
    old = set(_words(held.title))
    # "A, currently President, will become President and CEO" keeps the office it held
    if any(old <= set(_words(s.title)) for s in took):
        return False
    if re.match(r"(?i)co-", held.title):
        return True  # "B, who has served as Co-CEO alongside A, will become Vice Chair"
    return _MOVES.search(blank) is not None or any(
        old & set(_words(s.title)) - {"and", "of", "the"} for s in took
    )


def _words(title: str) -> list[str]:
    return re.findall(r"[a-z]+(?:-[a-z]+)*", office(title))  # "non-executive" is no "executive"


# "A, who has served as COO since 2018, will become EVP, Strategy" (or "will transition to
# the role of"): the office the clause says A holds is left for the new one (as with "A,
# currently COO, will become ...").
_WHO_HELD = re.compile(
    r"(?i)^\s*,\s*who\s+(?:has|had)\s+(?:been|served\s+as)\s+(?:the\s+|its\s+|our\s+|an?\s+)?"
    rf"(?P<title>{TITLE_RE.pattern})[^,;.]{{0,60}}?(?:,\s*|\s+and\s+)(?:who\s+)?(?:will|is\s+to)\s+"
    r"(?:then\s+)?(?:bec(?:ome|omes)|transition\s+(?:to|into))\b"
)


def left_by_becoming(after: str, found: list[Stated]) -> list[Stated]:
    """``found`` and the office a "who has served as" clause says is held, ended on the day
    the person's "will become" starts the new one."""
    m = _WHO_HELD.match(after)
    if m is None:
        return found
    held = title_at(after, m.start("title"), m.end("title"))
    if not _moves_on(held, found, m.group(0)):
        return found
    days = {s.day for s in found if s.change == "start"}
    return [*found, replace(held, change="end", day=days.pop() if len(days) == 1 else None)]


# "B, who has served as Co-CEO alongside A since 2022, will become Vice Chair": A is the
# clause's object; the verb after it is B's.
_CLAUSE_OBJECT = re.compile(
    r"\s*,\s*who\s+(?:has\s+|had\s+)?(?:served|been|worked)\b[^,;]*?\b(?:alongside|with|under"
    r"|beside)\s+(?:(?:Mr|Ms|Mrs|Dr)\.\s+)?$",
    re.I,
)


def clause_objects(text: str, spans: list[tuple[int, int]]) -> set[int]:
    """The indices of the names (``spans``, in order) said as the object of the name before's
    "who has served ... alongside" clause: no news of their own here."""
    return {
        i for i in range(1, len(spans)) if _CLAUSE_OBJECT.match(text, spans[i - 1][1], spans[i][0])
    }


# "the Company's Chief Executive Officer, Dr. B, spoke": a title set off before B is B's.
_OWN_TITLE_BEFORE = re.compile(
    rf"\b(?:(?:company|registrant|corporation)['’]s|its|our)\s+(?P<title>{TITLE_RE.pattern})"
    r"\s*,\s*(?:(?:Mrs?|Ms|Dr)\.\s*)?$",
    re.I,
)


def titled_before(before: str, after: str) -> list[Stated]:
    """The title held before the name ("its Treasurer, B, signed"), capitalised; B in commas."""
    m = _OWN_TITLE_BEFORE.search(before)
    if m is None or not m["title"][:1].isupper() or not re.match(r"\s*,", after):
        return []
    return [title_at(before, m.start("title"), m.end("title"))]
