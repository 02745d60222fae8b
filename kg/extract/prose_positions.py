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
from dataclasses import dataclass, field, replace
from datetime import date

from kg.extract.nlp import (
    DATE_RE,
    DEPARTMENT,
    TITLE_RE,
    find_dates,
    first_date,
    roles_for_title,
    yearless_dates,
)
from kg.extract.prose_story import Story
from kg.extract.prose_succession import (
    REPLACES,
    SUCCEEDED,
    from_story,
    handed_over,
    new_to,
    returning,
    succeeding,
)
from kg.extract.prose_titles import (
    ARTICLES,
    Change,
    Stated,
    appositions,
    board_seat,
    title_at,
    title_list,
    titles_after,
)

# "designated" appoints a person ("designated Jane Roe", "designated as", or right before the
# name where a sentence is cut at it), not a thing ("designated funds").
START = re.compile(
    r"\b(?:appoint\w*|elect(?:ed|ion)|(?-i:named)(?!\s+executive\s+officer)"
    r"|designat(?:ed|es)(?=\s+(?-i:[A-Z])|\s+as\b|\s*$)"
    r"|promot\w+|hired|join\w*|bec[ao]me?s?|becoming|succeed(?:s|ed|ing)?|transition\w*"
    r"|will\s+(?:also\s+)?serve\s+as)\b",  # "will serve as interim CFO, effective <date>"
    re.I,
)
END = re.compile(
    r"\b(?:resign\w*|retir(?:e|es|ed|ing|ement)|step(?:ped|s)?\s+down|depart(?:s|ed|ing|ure)?|terminat\w+|"
    r"ceased?|remov(?:ed|es|al)|dismiss(?:ed|es|al)|separat(?:e|es|ed|ing|ion)\s+from|"
    r"not\s+stand\s+for\s+re-?election|passed\s+away|"
    r"died)\b",
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
_OWN = (
    r"(?:(?:the|its|our|their|an?)\s+)?"
    r"(?:(?i:company|registrant|corporation|bank|trust|partnership|fund)['’]s\s+)?"
)
# "A, 61, and B", "A and Dr. B", "A, B and C" (the model's name need not hold the honorific)
_CONJOINED = re.compile(
    r"(?i)(?=.*?(?:[,&]|\band\b))[\s,]*(?:(?:age\s+)?\d{2}\s*,\s*)?(?:(?:and|&)\s*)?"
    r"(?:(?:Mr|Mrs|Ms|Dr)\.\s*)?"
)
_TITLED_AND = re.compile(
    rf"\s*,\s*{_OWN}(?P<title>{TITLE_RE.pattern}"
    rf"(?:,\s+[A-Z][\w&]*(?:\s+[A-Z][\w&]*){{0,2}})?)\s*,\s*and\s*",
    re.I,
)
_AS_AND = re.compile(r"\s+as\s+[^.;]+?,?\s+and\s+", re.I)  # "A as CFO and B"
_NOT_AN_EVENT_DATE = re.compile(r"(?i)\b(?:filed|dated|ended|ending)\s+(?:on\s+)?$")


@dataclass(frozen=True)
class Named:
    """A person named in a sentence: where, the party key, and what the document's earlier
    sentences said (a succession they date)."""

    start: int
    end: int
    key: str
    story: Story | None = field(default=None, compare=False, repr=False)


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
            own[person.key] = title_at(after, titled.start("title"), titled.end("title"))
            continue
        found = _segment(text, before, after, (person.start, person.end), near)
        found = _succession(text, people, i, found, near)
        found = succeeding(text[low : person.start], shared, found)
        found = found or returning(text, people, i)
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
    if story := next((p.story for p in people if p.story), None):
        story.heard(out)
    return list(dict.fromkeys(out))


def _succession(
    text: str, people: list[Named], i: int, found: list[Stated], near: date | None
) -> list[Stated]:
    """ "A to succeed B as CEO": A takes the title B leaves, and B leaves it; undated, on
    the day an earlier sentence gives A's start or B's departure in it."""
    person = people[i]
    if i + 1 < len(people) and not [s for s in found if s.change]:
        nxt = people[i + 1]
        after = text[person.end : nxt.start]
        rest = text[nxt.end :]
        # the title B leaves: said with B ("as CEO") or with B's own verb ("who is resigning
        # from the Board"), not one a clause says B holds ("who has served as interim CFO")
        verb = _trigger(after, rest)
        leaves = _AS_TITLE.match(rest) or (verb is not None and verb.string is rest)
        if REPLACES.fullmatch(_CURRENTLY.sub("", after)) and leaves:
            later = _segment(text, after, rest, (nxt.start, nxt.end), near)
            took = [replace(s, change="start") for s in later if new_to(person, s)]
            took = [replace(s, day=s.day or _day(text, person.start, near)) for s in took]
            took = [replace(s, day=s.day or _told(person, nxt.key, s.title)) for s in took]
            found = [*took, *found]
    if i and SUCCEEDED.fullmatch(_CURRENTLY.sub("", text[people[i - 1].end : person.start])):
        # B: undated, when B leaves is not known here (and B does not hold it "now" either).
        earlier = people[i - 1]
        found = [replace(s, change="end") if s.change == "start" else s for s in found]
        found = handed_over(found, earlier)
        found = [replace(s, day=s.day or _told(earlier, person.key, s.title)) for s in found]
        found = [s for s in found if s.change != "end" or s.day is not None]
    effective = EFFECTIVE.search(text)
    on = first_date(effective.group(1)) if effective else None
    return from_story(found, people, i, _gaps(text, people, i), on)


def _gaps(text: str, people: list[Named], i: int) -> tuple[str | None, str | None]:
    """The words between the person and the one before, and the one after (an aside cut)."""
    at = people[i]
    before = _CURRENTLY.sub("", text[people[i - 1].end : at.start]) if i else None
    nxt = people[i + 1] if i + 1 < len(people) else None
    return before, _CURRENTLY.sub("", text[at.end : nxt.start]) if nxt else None


_AS_TITLE = re.compile(r"\s+as\s")


def _told(successor: Named, predecessor: str, title: str) -> date | None:
    """The day earlier sentences give a succession this sentence leaves undated."""
    story = successor.story
    return story.succession_day(successor.key, predecessor, title) if story else None


def _segment(
    text: str, before: str, after: str, span: tuple[int, int], near: date | None
) -> list[Stated]:
    """The titles read for one person (at ``span`` in the text) from the text around it."""
    end = span[1]
    if aside := _CURRENTLY.match(after):  # "named Jane Roe, currently CFO, as interim CEO"
        return _with_aside(text, before, after, aside, span, near)
    if (kept := _CONTINUES.match(after)) and not re.search(r"(?i)\buntil\b", after):
        # "will continue to serve as a director and as Chairman following his retirement":
        # held, whatever else the sentence says ("until <date>" would end them: read below)
        return title_list(after, kept.end())
    if m := _FROM_TO.search(after):
        day = _day(text, end + m.start(), near)
        old = title_at(after, m.start("old"), m.end("old"))
        new = title_at(after, m.start("new"), m.end("new"))
        if day is None:  # the move is history, or dated by another sentence
            return [replace(new, change="start"), replace(old, change="end", until=new.title)]
        return [replace(old, change="end", day=day), replace(new, change="start", day=day)]
    trigger = _trigger(before, after)
    if trigger is None:
        return appositions(before, after)
    return _changed(text, before, after, trigger, span, near)


def _changed(
    text: str,
    before: str,
    after: str,
    trigger: re.Match[str],
    span: tuple[int, int],
    near: date | None,
) -> list[Stated]:
    """The titles ``trigger`` (a verb before or after the name) starts or ends, with the
    titles the segment's other clauses say are held now."""
    at, end = span
    where = end + trigger.start() if trigger.string is after else at
    change: Change = "start" if START.fullmatch(trigger.group(0)) else "end"
    perfect = trigger.string is after and re.search(r"\b(?:has|have)\s+$", after[: trigger.start()])
    past = _PAST_DEPARTURE.fullmatch(trigger.group(0)) and not perfect
    if change == "end" and past and not _day(text, at):
        return []  # "retired in 2022 as CFO of Acme": a past seat, not this document's news
    if (
        change == "start"
        and _SUCCEEDED_BY.match(trigger.group(0))
        and re.search(r"\bby\s*$", after)
    ):
        change = "end"  # "A is succeeded as Chairman by B": A leaves
    scope, held = _scope(after, trigger, change)
    titles = titles_after(scope, trigger.end() if trigger.string is after else 0)
    if not titles:  # "current CEO, will retire"; "is succeeded as Chairman by B"
        cut = after[: trigger.start()] if trigger.string is after else before[trigger.end() :]
        titles = titles_after(cut, 0)
    titles = titles or board_seat(scope)
    if change == "end" and trigger.string is after and (pre := _PRE_NOMINAL.search(before)):
        titles.append(title_at(before, pre.start(), pre.end()))  # "Chairman Tom Smith retires"
    day = _own_day(after, len(scope), trigger) or _day(text, where, near)
    if day is None and change == "start" and _IN_YEAR.search(scope):
        return held  # "joined the Board in 2006": history, said in passing
    return [*(replace(s, change=change, day=day) for s in titles), *held]


def _own_day(after: str, scope: int, trigger: re.Match[str]) -> date | None:
    """The date the person's own clause (``after`` up to ``scope``) gives its verb ("B, who
    retired as Chairman on August 9"), over the sentence's "effective <date>", which may be
    another person's."""
    if trigger.string is not after or EFFECTIVE.search(after, trigger.end(), scope):
        return None
    own = _ON_DAY.match(after, trigger.end(), scope)
    return first_date(own.group(1)) if own else None


def _scope(after: str, trigger: re.Match[str], change: Change) -> tuple[str, list[Stated]]:
    """The part of the segment a verb after the name governs ("retiring from the Board to
    join a start-up as CEO": not the start-up's CEO), and the titles the clauses cut off say
    are held now: "was elected to the Board in 2019 and currently serves as CEO of Acme",
    "resigned from the Board ... to devote more time to his duties as CEO of Example Co."."""
    if trigger.string is not after:
        return after, []
    turn = (START if change == "end" else END).search(after, trigger.end())
    scope = after[: turn.start()] if turn else after
    held: list[Stated] = []
    if clause := _NEXT_CLAUSE.search(scope, trigger.end()):
        scope, rest = scope[: clause.start()], scope[clause.start() :]
        if not clause.group("perfect"):
            # "has been Controller since 2022" beside "appointed CFO": perhaps no longer
            # held by the report's date; "currently serves as" is held.
            held = appositions("", re.sub(r"^\s*,", "", rest))
    if purpose := _PURPOSE.search(scope, trigger.end()):
        scope, rest = scope[: purpose.start()], scope[purpose.start() :]
        if duties := _DUTIES.search(rest):
            held = [*held, *title_list(rest, duties.end())]
    return scope, held


# A title held now, said in passing between the name and the news; after an age only when
# "currently" says so ("A, 61, and B, 56, Co-CEOs of X, have been elected" may be moving on).
_AGED = r"(?:(?:age\s+)?\d{2}\s*,\s*(?=(?:who\s+is\s+)?(?:currently|presently)\b))?"
_CURRENTLY = re.compile(
    rf"^\s*,\s*{_AGED}(?:who\s+is\s+)?(?:(?:currently|presently)\s+)?{_OWN}"
    rf"(?P<title>{TITLE_RE.pattern}(?:,\s+{DEPARTMENT}|\s[-–]\s[A-Z][a-z]+)?)"  # "- Sales"
    r"(?:\s+of\s+[^,]{1,60})?(?:\s+since\s+[\w ]{4,20})?\s*,",  # "a director since 2018,"
    re.I,
)
_PAST_DEPARTURE = re.compile(
    r"(?i)retired|resigned|stepped\s+down|departed|terminated|ceased|left|removed|dismissed"
)
# "is succeeded as Chairman by B" leaves; "appointed A to fill the vacancy created by B" starts.
_SUCCEEDED_BY = re.compile(r"(?i)succeed")
_MOVES = re.compile(r"(?i)\btransition\w*\s+(?:to|into)\b")
_IMMEDIATELY = re.compile(r"(?i)\beffective\s+immediately\b")
_IN_YEAR = re.compile(r"\bin\s+(?:19|20)\d{2}\b")
_ON_DAY = re.compile(r"[^.;,]*?\bon\s+(" + DATE_RE.pattern + ")")
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
    r"(?:,\s+(?:and\s+)?|\s+and\s+)(?:(?:currently|also|now)\s+)*(?:serves|is|(?P<perfect>has\s+(?:served|been)))\b"
)
# "will continue to serve as", "will remain on the Board as", "who will remain a director",
# "who will continue to lead the company as Chief Executive Officer"
_CONTINUES = re.compile(
    r"^\s*(?:,\s*who\s+)?\s*(?:will\s+)?(?:also\s+)?(?:continues?\s+(?:to\s+(?:serve|lead\s+"
    r"(?:the|our)\s+(?:company|bank|firm))\s+|with\s+(?:the|our)\s+(?:company|bank|firm)\s+)?as"
    r"|remains?(?:\s+on\s+(?:the|its|our)\s+board(?:\s+of\s+directors)?)?(?:\s+as)?)"
    rf"\s+{ARTICLES}",
    re.I,
)
_DUTIES = re.compile(
    r"(?i)\b(?:his|her|their)\s+(?:current\s+)?(?:duties|responsibilities)\s+as\s+"
)
_PRE_NOMINAL = re.compile(rf"(?<![\w-])(?:{TITLE_RE.pattern})(?=,?\s+$)", re.I)


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
    held = title_at(after, aside.start("title"), aside.end("title"))
    blank = after[: aside.start()] + " " * (aside.end() - aside.start()) + after[aside.end() :]
    rest = _segment(text, before, blank, span, near)
    if not [s for s in rest if s.change] and (leaving := END.search(blank)):
        return [replace(held, change="end", day=_day(text, span[1] + leaving.start(), near))]
    left = next((s for s in rest if s.change == "end" and s.title == "Director"), None)
    if left and "Director" in roles_for_title(held.title):
        held = replace(held, change="end", day=left.day)  # "A, Chairman, will leave the Board"
    took = next((s for s in rest if s.change == "start" and s.day), None)
    if took and _MOVES.search(blank):  # "A, the Trust's CEO, will transition to the role of"
        held = replace(held, change="end", day=took.day)
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
    if not written and near is not None and _IMMEDIATELY.search(text):
        return near  # "named COO, effective immediately" in a release: its date
    dates = [(o, d) for o, d in written if not _NOT_AN_EVENT_DATE.search(text[:o])]
    earlier = [d for o, d in dates if o < at]
    return earlier[-1] if earlier else (dates[0][1] if dates else None)
