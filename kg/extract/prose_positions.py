"""Positions stated in prose: appointments, departures, "Name, Title" and "Name as Title".

Shared by the 8-K (Item 5.02) and press-release extractors. A sentence is cut into one
segment per person it names, from the end of the previous name to the start of the next,
so that a verb and a title are read for the person they belong to: "(i) A transitioned
from the role of Chief Financial Officer to Vice Chairman and (ii) B became Chief
Financial Officer" ends A's CFO position, starts A's Vice Chairman position and B's CFO
position. Names joined by "and" before one verb share it ("A, 61, and B, 56, have been
elected Co-Presidents"); "A to replace B" gives A the seat B leaves. Who the names are
and which organisation a title belongs to is ``kg.extract.prose_people``'s part.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date
from typing import Literal

from kg.extract.common import fold
from kg.extract.nlp import (
    ABBREVIATED,
    COMPANY_RE,
    DATE_RE,
    DEPARTMENT,
    TITLE_RE,
    company_list,
    find_dates,
    first_date,
    yearless_dates,
)

Change = Literal["start", "end"]

START = re.compile(
    r"\b(?:appoint\w*|elect(?:ed|ion)|(?-i:named)(?!\s+executive\s+officer)|designat(?:ed|es)(?=\s+(?-i:[A-Z])|\s+as\b)"
    r"|promot\w+|hired|join\w*|bec[ao]me?s?|becoming|succeed(?:s|ed|ing)?|transition\w*)\b",
    re.I,
)
END = re.compile(
    r"\b(?:resign\w*|retir(?:e|es|ed|ing|ement)|step(?:ped|s)?\s+down|depart(?:s|ed|ing|ure)?|terminat\w+|"
    r"ceased?|not\s+stand\s+for\s+re-?election|passed\s+away|died)\b",
    re.I,
)
# "effective March 1, 2024", "effective as of the close of business on March 1, 2024",
# "effective at the conclusion of the 2024 Annual Meeting ... on May 22, 2024".
EFFECTIVE = re.compile(
    r"\beffective(?:\s+as\s+of|\s+on)?(?:\s+(?:the\s+close\s+of\s+business|at\s+the\s+"
    r"(?:conclusion|close|end)\s+of\s+[^.;]{0,80}?)\s+on)?\s+(" + DATE_RE.pattern + ")",
    re.I,
)
# "from the role of Chief Financial Officer to Vice Chairman"
_ROLE_OF = r"(?:(?:the|his|her|their)\s+(?:role|position|office)s?\s+(?:of|as)\s+)?(?:the\s+)?"
_FROM_TO = re.compile(
    rf"\bfrom\s+{_ROLE_OF}(?P<old>{TITLE_RE.pattern}(?:,\s+[A-Z][\w&]*(?:\s+[A-Z][\w&]*){{0,2}})?)"
    rf"\s+to\s+{_ROLE_OF}(?P<new>{TITLE_RE.pattern})",  # "from Senior Vice President, Sales to"
    re.I,
)
# "the Company's Controller": the filer's own title, said with its defined name.
_OWN = r"(?:(?:the|its|our|their|an?)\s+)?(?:(?i:company|registrant|corporation|bank)['’]s\s+)?"
_CONJOINED = re.compile(r"[\s,]*(?:(?:age\s+)?\d{2}\s*,\s*)?(?:and|&)\s*", re.I)
_TITLED_AND = re.compile(
    rf"\s*,\s*{_OWN}(?P<title>{TITLE_RE.pattern}"
    rf"(?:,\s+[A-Z][\w&]*(?:\s+[A-Z][\w&]*){{0,2}})?)\s*,\s*and\s*",
    re.I,
)
_AS_AND = re.compile(r"\s+as\s+[^.;]+?,?\s+and\s+", re.I)  # "A as CFO and B"
_REPLACES = re.compile(
    r"\s*,?\s*(?:to\s+(?:replace|succeed)|replac(?:es|ing)|succeed(?:s|ing))\s*", re.I
)
_ARTICLES = (
    r"(?:(?:the|our|its|their|a|an|current|then|new|successor|sole"
    r"|(?i:company|registrant|corporation|bank)['’]s)\s+)*"  # "the Company's Controller"
)
_APPOSITION = re.compile(
    rf"^\s*,\s*(?:(?:age\s+)?\d{{2}}\s*,\s*)?(?:Ph\.\s?D\.\s*,\s*|M\.\s?D\.\s*,\s*)?{_ARTICLES}$",
    re.I,
)
_AS = re.compile(rf"^\s+as\s+{_ARTICLES}$", re.I)
_SERVING = re.compile(
    rf"\b(?:serves|serving|services|continues\s+to\s+serve|will\s+continue\s+to\s+serve)\s+as\s+"
    rf"{_ARTICLES}$"
)
# A seat held now, in the present or present perfect: "is also a director of", "has served
# as a director of the Company since 1994". Past tenses ("served as", "was") are history.
_HOLDS = re.compile(
    rf"\b(?:is|has\s+(?:also\s+)?(?:been|served\s+as)|currently\s+serves\s+as)\s+"
    rf"(?:also\s+|currently\s+)?{_ARTICLES}$",
    re.I,
)
_ORG_AFTER = re.compile(
    r"^\s+(?:of|at)\s+(?P<org>(?:the\s+)?[A-Z0-9][\w&.'’-]*(?:\s+(?:&|and|of|[A-Z0-9][\w&.'’-]*))*"
    r"(?:,?\s+(?:Inc|Corp|Ltd|LLC|N\.A)\.?)?)"
)
_UNIT = re.compile(rf",\s+{DEPARTMENT}\b(?=[\s,.;]|$)")
_EXTENSION = re.compile(r"^[-–](?:[A-Z][\w&]*)(?:\s+[A-Z][\w&]*)*")  # "President-Widget Group"
_PLURAL = re.compile(r"(?i)(?:(?<=president)|(?<=officer)|(?<=treasurer)|(?<=chair)|(?<=ceo))s\b")
_NOT_AN_EVENT_DATE = re.compile(r"(?i)\b(?:filed|dated|ended|ending)\s+(?:on\s+)?$")


@dataclass(frozen=True)
class Named:
    """A person named in a sentence: where, and the party key."""

    start: int
    end: int
    key: str


@dataclass(frozen=True)
class Stated:
    """A title a sentence gives a person, with the change it reports and the org text."""

    key: str
    title: str
    change: Change | None = None
    day: date | None = None
    org: str | None = None
    # An undated move's old title: it ends when ``until`` starts, if another sentence
    # dates that ("promoted from COO to President. The promotion was effective ...").
    until: str | None = None


def read_sentence(text: str, people: list[Named], near: date | None = None) -> list[Stated]:
    """Every title the sentence gives each person it names; ``near``, the document's date,
    gives a year to a day written without one ("who became CEO on May 22")."""
    people = sorted(people, key=lambda p: p.start)
    out: list[Stated] = []
    waiting: list[Named] = []
    own: dict[str, Stated] = {}  # a waiting person's title said with the name ("A, CFO, and B")
    shared: Stated | None = None  # the last change read in the sentence
    for i, person in enumerate(people):
        low = people[i - 1].end if i else 0
        if waiting:  # "has elected A and B": the verb before A is B's too
            low = people[i - len(waiting) - 1].end if i > len(waiting) else 0
        high = people[i + 1].start if i + 1 < len(people) else len(text)
        before, after = text[low : person.start], text[person.end : high]
        if i + 1 < len(people) and _CONJOINED.fullmatch(after):
            waiting.append(person)  # "A, 61, and B, 56, have been elected ...": B's verb
            continue
        titled = _TITLED_AND.fullmatch(after) if i + 1 < len(people) else None
        if titled:  # "A, Senior Vice President, Sales, and B, Controller, will depart"
            waiting.append(person)
            own[person.key] = _title(after, titled.start("title"), titled.end("title"))
            continue
        found = _segment(text, before, after, (person.start, person.end), near)
        found = _succession(text, people, i, found, near)
        if shared and not [s for s in found if s.change] and _AS_AND.fullmatch(before):
            # "appointed A as T1 and B as T2, each effective <date>": B's verb is A's
            found = [replace(s, change=shared.change, day=s.day or shared.day) for s in found]
        change = next((s for s in found if s.change), None)
        shared = change or shared
        for p in (*waiting, person):
            if p.key in own and change:  # the shared verb, with the person's own title
                out.append(replace(own[p.key], key=p.key, change=change.change, day=change.day))
            else:
                out.extend(replace(s, key=p.key) for s in found)
        waiting = []
    return list(dict.fromkeys(out))


def _succession(
    text: str, people: list[Named], i: int, found: list[Stated], near: date | None
) -> list[Stated]:
    """ "A to succeed B as CEO": A takes the title B leaves, and B leaves it."""
    person = people[i]
    if i + 1 < len(people) and not [s for s in found if s.change]:
        nxt = people[i + 1]
        after = text[person.end : nxt.start]
        if _REPLACES.fullmatch(_CURRENTLY.sub("", after)):
            later = _segment(text, after, text[nxt.end :], (nxt.start, nxt.end), near)
            took = [replace(s, change="start") for s in later if s.change]
            took = [replace(s, day=s.day or _day(text, person.start, near)) for s in took]
            found = [*took, *found]
    if i and _REPLACES.fullmatch(_CURRENTLY.sub("", text[people[i - 1].end : person.start])):
        # B: undated, when B leaves is not known here (and B does not hold it "now" either).
        found = [replace(s, change="end") if s.change == "start" else s for s in found]
        found = [s for s in found if s.change != "end" or s.day is not None]
    return found


def _segment(
    text: str, before: str, after: str, span: tuple[int, int], near: date | None
) -> list[Stated]:
    """The titles read for one person (at ``span`` in the text) from the text around it."""
    at, end = span
    if aside := _CURRENTLY.match(after):  # "named Jane Roe, currently CFO, as interim CEO"
        return _with_aside(text, before, after, aside, span, near)
    if m := _FROM_TO.search(after):
        day = _day(text, end + m.start(), near)
        old = _title(after, m.start("old"), m.end("old"))
        new = _title(after, m.start("new"), m.end("new"))
        if day is None:  # the move is history, or dated by another sentence
            return [replace(new, change="start"), replace(old, change="end", until=new.title)]
        return [replace(old, change="end", day=day), replace(new, change="start", day=day)]
    trigger = _trigger(before, after)
    if trigger is None:
        return _appositions(before, after)
    where = end + trigger.start() if trigger.string is after else at
    change: Change = "start" if START.fullmatch(trigger.group(0)) else "end"
    if change == "end" and _PAST_DEPARTURE.fullmatch(trigger.group(0)) and not _day(text, at):
        return []  # "retired in 2022 as CFO of Acme": a past seat, not this document's news
    if change == "start" and re.search(r"\bby\s*$", after):
        change = "end"  # "A is succeeded as Chairman by B": A leaves
    scope = after
    if trigger.string is after:  # "retiring from the Board to join a start-up as CEO": not ours
        turn = (START if change == "end" else END).search(after, trigger.end())
        scope = after[: turn.start()] if turn else after
        # "who was elected to the board, currently serves as CEO of ...": another clause;
        # "resigned from the Board in order to devote more time to his duties as CEO of X"
        for clause in (_NEXT_CLAUSE, _PURPOSE):
            if held := clause.search(scope, trigger.end()):
                scope = scope[: held.start()]
    titles = _titles_after(scope, trigger.end() if trigger.string is after else 0)
    if not titles:  # "current CEO, will retire"; "is succeeded as Chairman by B"
        cut = after[: trigger.start()] if trigger.string is after else before[trigger.end() :]
        titles = _titles_after(cut, 0)
    if not titles and re.search(r"(?i)\bboard\b|\bdirectors\b", scope):  # "as directors"
        titles = [Stated("", "Director")]
    if change == "end" and trigger.string is after and (held := _PRE_NOMINAL.search(before)):
        titles.append(_title(before, held.start(), held.end()))  # "Chairman Tom Smith is retiring"
    return [replace(s, change=change, day=_day(text, where, near)) for s in titles]


# A title held now, said in passing between the name and the news.
_CURRENTLY = re.compile(
    rf"^\s*,\s*(?:who\s+is\s+)?(?:(?:currently|presently)\s+)?{_OWN}"
    rf"(?P<title>{TITLE_RE.pattern})(?:\s+of\s+[^,]{{1,60}})?\s*,",
    re.I,
)
# Words that make the title after them history.
_HISTORY = re.compile(
    r"(?i)\b(?:former|formerly|previously|most\s+recently|ex-|(?<!has\s)(?<!have\s)served\s+as"
    r"|had\s+been|was)"
    r"\s+(?:(?:the|a|an|its|their|his|her)\s+)?$"
)
_PAST_DEPARTURE = re.compile(r"(?i)retired|resigned|stepped\s+down|departed|terminated|ceased|left")
_PURPOSE = re.compile(r"(?i)\bin\s+order\s+to\b|\bto\s+(?:devote|focus|pursue|spend)\b")
# The event's own date after the verb: a meeting's, a retirement's.
_AT_EVENT = re.compile(
    r"(?i)\b(?:meeting|retirement|conclusion)\b[^.;]{0,80}?\b(?:held\s+)?on\s+("
    + DATE_RE.pattern
    + ")"
)
_UPON = re.compile(
    r"(?i)\b(?:upon|following)\s+(?:the\s+)?(?:appointment|election|hiring|identification)\s+of"
    r"\s+(?:a|an|her|his|their)\s+successor"
)
_NEXT_CLAUSE = re.compile(
    r",\s+(?:and\s+)?(?:(?:currently|also|now)\s+)*(?:serves|is|has\s+(?:served|been))\b"
)
_PRE_NOMINAL = re.compile(rf"(?<![\w-])(?:{TITLE_RE.pattern})(?=\s+$)", re.I)


def _with_aside(
    text: str,
    before: str,
    after: str,
    aside: re.Match[str],
    span: tuple[int, int],
    near: date | None,
) -> list[Stated]:
    """The title said in passing is held; the news is read from the rest of the sentence, and
    a departure with no other title is that title's ("Jane Roe, General Counsel of Acme,
    informed the Company of her intention to retire")."""
    held = _title(after, aside.start("title"), aside.end("title"))
    blank = after[: aside.start()] + " " * (aside.end() - aside.start()) + after[aside.end() :]
    rest = _segment(text, before, blank, span, near)
    if not [s for s in rest if s.change] and (leaving := END.search(blank)):
        return [replace(held, change="end", day=_day(text, span[1] + leaving.start(), near))]
    return [*rest, held]


def _trigger(before: str, after: str) -> re.Match[str] | None:
    """The verb nearest the name: after it ("is retiring from the Board to join a start-up
    as CEO"), else the last before it in the same clause ("the Board appointed Jane Roe")."""
    triggers = [t for t in (START.search(after), END.search(after)) if t]
    if triggers:
        return min(triggers, key=lambda t: t.start())
    earlier = [*START.finditer(before), *END.finditer(before)]
    if not earlier:
        return None
    trigger = max(earlier, key=lambda t: t.start())
    between = re.sub(r"\b(?:Mrs?|Ms|Dr|[A-Z])\.", "", before[trigger.end() :])
    return None if re.search(r"[.;]|\bwho\b", between) else trigger


def _appositions(before: str, after: str) -> list[Stated]:
    """ "Name, Title", "Name, age 42, Title", "Name as Title", "serves as Title"."""
    m = TITLE_RE.search(after)
    if m is None:
        return []
    lead = after[: m.start()]
    if _APPOSITION.match(lead) or _AS.match(lead) or _SERVING.search(lead):
        return [_title(after, m.start(), m.end())]
    if _HOLDS.search(lead) and not re.search(r"[.;]", lead):
        return _board_seats(after, m) or [_title(after, m.start(), m.end())]
    return []


_OTHER_BOARDS = re.compile(
    rf"^\s+of\s+(?P<orgs>(?:{COMPANY_RE.pattern})(?:\s*(?:,\s*and|,|and)\s+(?:{COMPANY_RE.pattern}))*)"
)


def _board_seats(text: str, title: re.Match[str]) -> list[Stated]:
    """ "is also a director of Acme Corporation and Widget Technology": one seat per
    company listed (a board belongs to a company; the list is not one name)."""
    if fold(title.group(0)).lower() != "director":
        return []
    listed = _OTHER_BOARDS.match(text[title.end() :])
    if listed is None:
        return []
    names = company_list(fold(listed.group("orgs")))
    names = [n for n in names if not re.fullmatch(r"(?i)(?:the\s+)?(?:company|registrant)", n)]
    return [Stated("", fold(title.group(0)), org=n) for n in names]


def _titles_after(text: str, offset: int) -> list[Stated]:
    """The first title after ``offset`` that is not history ("former CEO of", "where she
    served as"), and a second one joined to it by "... and"."""
    m = TITLE_RE.search(text, offset)
    while m is not None and _HISTORY.search(text, max(offset, m.start() - 60), m.start()):
        m = TITLE_RE.search(text, m.end())
    if m is None:
        return []
    first = _title(text, m.start(), m.end())
    out = [first]
    rest = text[m.end() :]
    joined = re.match(r"\s+(?:of|at)\s+[^;]{0,80}?\)?\s+and\s+(?:(?:the|as)\s+)*", rest)
    if joined and (second := TITLE_RE.match(rest, joined.end())):
        out.append(_title(rest, second.start(), second.end()))
    return out


def _title(text: str, start: int, end: int) -> Stated:
    """A title as written (singular), its "-Group" extension and the org after "of"/"at"."""
    while (more := TITLE_RE.match(text, end + 1)) and text[end : end + 1] == " ":
        end = more.end()  # "Vice President General Counsel": a comma lost in the filing
    if unit := _UNIT.match(text, end):  # "Senior Vice President, Sales": the function is named
        end = unit.end()
    title = fold(text[start:end])
    if ext := _EXTENSION.match(text[end:]):
        title, end = title + ext.group(0), end + ext.end()
    title = _PLURAL.sub("", title)
    org = _ORG_AFTER.match(text[end:])
    if org is None:
        return Stated("", title)
    name = re.sub(r"(?:\s+(?:and|of|&))+$", "", fold(org.group("org")))  # "Acme Corp. and she"
    return Stated("", title, org=name if ABBREVIATED.search(name) else name.rstrip("."))


def _day(text: str, at: int, near: date | None = None) -> date | None:
    """The event's date: "effective <date>", else the last date before the verb, else any;
    with ``near``, a day written without its year counts too."""
    if when := EFFECTIVE.search(text):
        return first_date(when.group(1))
    if event := _AT_EVENT.search(text, at):  # "... at the annual meeting to be held on <date>"
        return first_date(event.group(1))
    if _UPON.search(text, at):  # "upon the appointment of her successor": not yet known
        return None
    written = find_dates(text)
    if not written and near is not None:
        written = yearless_dates(text, near)
    dates = [(o, d) for o, d in written if not _NOT_AN_EVENT_DATE.search(text[:o])]
    earlier = [d for o, d in dates if o < at]
    return earlier[-1] if earlier else (dates[0][1] if dates else None)
