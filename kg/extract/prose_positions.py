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
    DEPARTMENT,
    TITLE_RE,
    first_date,
)
from kg.extract.prose_asides import with_aside
from kg.extract.prose_chairs import committee_chair, lead_ends_chair
from kg.extract.prose_seats import board_seat
from kg.extract.prose_story import Story
from kg.extract.prose_succession import (
    REPLACES,
    SUCCEEDED,
    effective_later,
    from_story,
    handed_over,
    interim_span,
    new_to,
    returning,
    succeeding,
)
from kg.extract.prose_titles import (
    AND_JOB,
    ARTICLES,
    Change,
    Stated,
    appositions,
    held_where_from,
    title_at,
    title_list,
    titles_after,
)
from kg.extract.prose_verbs import (
    EFFECTIVE,
    START,
    effective_in,
    event_day,
    nearest_verb,
    own_day,
    until_day,
    verb_scope,
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
# "A as CFO and B", "A as CEO, B as CFO and C"
_AS_AND = re.compile(r"\s+as\s+[^.;]+?(?:,?\s+and\s+|,\s+)", re.I)
# "appointed A, who had served as Chair, as Interim CEO": the clause says what A held; the
# appointment's title is the one after it.
_WHO_THEN_AS = re.compile(r"^\s*,\s*who\s+(?:has|had)\s+(?:been|served)\b[^;]*?,(?=\s+as\s)", re.I)
# "..., and independent director B": a title said before the next name is that name's.
_NEXT_TITLE = re.compile(rf"(?<=\band)\s+(?:{TITLE_RE.pattern})\s*$", re.I)


# "...: A, Executive Vice President; and B, General Counsel": the next item of a list.
_SEMI_LISTED = re.compile(r"\s*,[^;:]{3,160};\s*(?:and\s+)?")


def _colon_listed(text: str, people: list[Named], before: str) -> bool:
    """Whether the person is a later item of a list of "name, title" items set off by
    semicolons after a colon (the verb before the colon is each item's)."""
    return ":" in text[: people[0].start] and bool(_SEMI_LISTED.fullmatch(before))


def _bare(before: str) -> str:
    """The words between two names without the first one's "who" clause and the second
    one's title: "A, who had served as Chair, as CEO, and director B" is "A as CEO and B"."""
    return _NEXT_TITLE.sub(" ", _WHO_THEN_AS.sub("", before))


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
    people = sorted((_with_letters(text, p) for p in people), key=lambda p: p.start)
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
        if i + 1 < len(people):  # "as Interim CEO, and independent director B": B's title
            after = _NEXT_TITLE.sub("", after)
        if i + 1 < len(people) and _CONJOINED.fullmatch(after):
            waiting.append(person)  # "A, 61, and B, 56, have been elected ...": B's verb
            continue
        titled = _TITLED_AND.fullmatch(after) if i + 1 < len(people) else None
        if titled:  # "A, Senior Vice President, Sales, and B, Controller, will depart"
            waiting.append(person)
            own[person.key] = title_at(after, titled.start("title"), titled.end("title"))
            continue
        upon = person.story.event_day if person.story else None
        found = _segment(text, before, after, (person.start, person.end), near, upon)
        found = _succession(text, people, i, found, near)
        found = succeeding(text[low : person.start], shared, found, after)
        found = interim_span(found, person, after)
        found = lead_ends_chair(found, after)
        found = committee_chair(text, person, found)
        found = [*found, *returning(text, people, i)] or effective_later(after, person)
        if shared and not [s for s in found if s.change] and _AS_AND.fullmatch(_bare(before)):
            # "appointed A as T1 and B as T2, each effective <date>": B's verb is A's
            # ("..., and B as a director with immediate effect": B's own day)
            day = effective_in(after, near) or shared.day
            found = [replace(s, change=shared.change, day=s.day or day) for s in found]
        if shared and not [s for s in found if s.change] and _colon_listed(text, people, before):
            # "were appointed to the same offices: A, EVP and CFO; and B, SVP and GC"
            found = [replace(s, change=shared.change, day=s.day or shared.day) for s in found]
        change = next((s for s in found if s.change), None)
        shared = change or shared
        for p in (*waiting, person):
            out.extend(_shared(p.key, own.get(p.key), change, found))
        waiting = []
    if story := next((p.story for p in people if p.story), None):
        out = story.filled(out)
        story.heard(out)
    return list(dict.fromkeys(out))


def _shared(
    key: str, own: Stated | None, change: Stated | None, found: list[Stated]
) -> list[Stated]:
    """What a person the verb is shared with gets: the shared change with the person's own
    title ("A, CFO, and B will depart"), and a board seat the verb leaves ("A, Chair of the
    Board, and B will retire from the Board"); else what the sentence gives the last name."""
    if own is None or change is None:
        return [replace(s, key=key) for s in found]
    seats = [s for s in found if s.change and s.title in ("Director", "Trustee")]
    mine = replace(own, key=key, change=change.change, day=change.day)
    return [mine, *(replace(s, key=key) for s in seats)]


# Letters after a name ("Jane Roe, M.D., Ph.D., the Company's ..."; "John Doe, Jr.,") are
# the name's: the title said in passing comes after them.
LETTERS = re.compile(
    r"(?:,?\s*(?:M\.\s?D|Ph\.\s?D|J\.\s?D|Pharm\.\s?D|D\.\s?V\.\s?M|CPA|CFA|M\.?B\.?A|Jr|Sr)\.?"
    r"(?![\w-]))+"
)


def _with_letters(text: str, person: Named) -> Named:
    """The person's span with the degrees and suffix written after the name."""
    m = LETTERS.match(text, person.end)
    return replace(person, end=m.end()) if m else person


def _succession(
    text: str, people: list[Named], i: int, found: list[Stated], near: date | None
) -> list[Stated]:
    """ "A to succeed B as CEO": A takes the title B leaves, and B leaves it; undated, on
    the day an earlier sentence gives A's start or B's departure in it."""
    person = people[i]
    if i + 1 < len(people) and _ABOUT_NEXT.search(text, person.end, people[i + 1].start):
        found = [s for s in found if not s.change]  # "will succeed co-founder B": B's, not A's
    if i + 1 < len(people) and not [s for s in found if s.change]:
        nxt = people[i + 1]
        after = text[person.end : nxt.start]
        rest = text[nxt.end :]
        # the title B leaves: said with B ("as CEO") or with B's own verb ("who is resigning
        # from the Board"), not one a clause says B holds ("who has served as interim CFO")
        verb = nearest_verb(after, rest)
        # not "replaces B, who has been named SVP, Planning": what B takes, A does not
        leaves = _AS_TITLE.match(rest) or (
            verb is not None and verb.string is rest and not START.fullmatch(verb.group(0))
        )
        gap = _CURRENTLY.sub("", after)
        # "A will succeed B as CEO on <date>": the date is the succession's, A's too
        if (REPLACES.fullmatch(gap) and leaves) or (
            SUCCEEDED.fullmatch(gap) and _AS_TITLE.match(rest)
        ):
            later = _segment(text, after, rest, (nxt.start, nxt.end), near)
            took = [replace(s, change="start") for s in later if new_to(person, s)]
            took = [replace(s, day=s.day or event_day(text, person.start, near)) for s in took]
            took = [replace(s, day=s.day or _told(person, nxt.key, s.title)) for s in took]
            found = [*took, *found]
    if i and SUCCEEDED.fullmatch(_CURRENTLY.sub("", text[people[i - 1].end : person.start])):
        # B: undated, when B leaves is not known here (and B does not hold it "now" either).
        earlier = people[i - 1]
        if not _TAKES_ANOTHER.match(text, person.end):
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
_ABOUT_NEXT = re.compile(r"(?i)\b(?:succeed|replace)\w*\s+(?:co-?)?founder\s*$")
# "A replaces B, who has been named SVP of Planning": B's own clause starts B in another office.
_TAKES_ANOTHER = re.compile(
    r"(?i)\s*,\s*who\s+(?:has|have|had|will|is|was)\s+(?:also\s+)?(?:been|be)\s+"
    r"(?:named|appointed|promoted|elected)\b"
)
# A clause after the object of "succeeds" saying what the object holds now.
_HELD_BY_OBJECT = re.compile(r"(?i)\s*,\s*who\s+(?:has|had)\s+(?:served|been)\b")


def _told(successor: Named, predecessor: str, title: str) -> date | None:
    """The day earlier sentences give a succession this sentence leaves undated."""
    story = successor.story
    if story is None:
        return None
    # else the day of the event the sentence is upon ("to succeed B as Chair upon her retirement")
    return story.succession_day(successor.key, predecessor, title) or story.event_day


def _segment(
    text: str,
    before: str,
    after: str,
    span: tuple[int, int],
    near: date | None,
    upon: date | None = None,
) -> list[Stated]:
    """The titles read for one person (at ``span`` in the text) from the text around it;
    ``upon``: the day of the defined event the sentence dates its news by ("In connection
    with the Merger, A resigned")."""
    end = span[1]
    if aside := _CURRENTLY.match(after):  # "named Jane Roe, currently CFO, as interim CEO"
        return with_aside(text, before, after, aside, span, near, _segment)
    if clause := _WHO_THEN_AS.match(after):  # history or held: the news is after it
        after = " " * clause.end() + after[clause.end() :]
    if (kept := _CONTINUES.match(after)) and not re.search(r"(?i)\buntil\b", after):
        # "will continue to serve as a director and as Chairman following his retirement":
        # held, whatever else the sentence says ("until <date>" would end them: read below)
        return title_list(after, kept.end())
    if kept and (last := until_day(after)):  # "will continue as CFO until <date>": its end
        return [replace(s, change="end", day=last) for s in title_list(after, kept.end())]
    if m := _FROM_TO.search(after):
        day = event_day(text, end + m.start(), near)
        old = title_at(after, m.start("old"), m.end("old"))
        new = title_at(after, m.start("new"), m.end("new"))
        if day is None:  # the move is history, or dated by another sentence
            return [replace(new, change="start"), replace(old, change="end", until=new.title)]
        return [replace(old, change="end", day=day), replace(new, change="start", day=day)]
    trigger = nearest_verb(before, after)
    succeeds = trigger and trigger.string is before and _SUCCEEDED_BY.match(trigger.group(0))
    if trigger is None or (succeeds and _HELD_BY_OBJECT.match(after)):
        # "succeeds B, who has served as interim CFO since <date>": what B holds now
        kept = _AND_CONTINUES.search(after)
        return [*appositions(before, after), *(title_list(after, kept.end()) if kept else [])]
    return _changed(text, before, after, trigger, span, near, upon)


def _changed(
    text: str,
    before: str,
    after: str,
    trigger: re.Match[str],
    span: tuple[int, int],
    near: date | None,
    upon: date | None = None,
) -> list[Stated]:
    """The titles ``trigger`` (a verb before or after the name) starts or ends, with the
    titles the segment's other clauses say are held now."""
    at, end = span
    where = end + trigger.start() if trigger.string is after else at
    change: Change = "start" if START.fullmatch(trigger.group(0)) else "end"
    perfect = trigger.string is after and re.search(r"\b(?:has|have)\s+$", after[: trigger.start()])
    past = _PAST_DEPARTURE.fullmatch(trigger.group(0)) and not perfect
    if change == "end" and past and not (event_day(text, at) or upon):
        return []  # "retired in 2022 as CFO of Acme": a past seat, not this document's news
    if (
        change == "start"
        and _SUCCEEDED_BY.match(trigger.group(0))
        and re.search(r"\bby\s*$", after)
    ):
        change = "end"  # "A is succeeded as Chairman by B": A leaves
    scope, held = verb_scope(after, trigger, change)
    if (elsewhere := held_where_from(scope)) is not None:
        return [*elsewhere, *held]  # "joins from Example Co., where she has served as GC"
    titles = titles_after(scope, trigger.end() if trigger.string is after else 0)
    if not titles:  # "current CEO, will retire"; "is succeeded as Chairman by B"
        cut = after[: trigger.start()] if trigger.string is after else before[trigger.end() :]
        titles = titles_after(cut, 0)
    titles = titles or board_seat(scope)
    if (
        not titles
        and trigger.string is before
        and (head := _BEFORE_COLON.match(before, trigger.end()))
    ):
        titles = board_seat(head.group(1))  # "were elected to the Board: A, B and C"
    if change == "end" and trigger.string is after and (pre := _PRE_NOMINAL.search(before)):
        titles.append(title_at(before, pre.start(), pre.end()))  # "Chairman Tom Smith retires"
    day = own_day(after, len(scope), trigger, near)
    if day is None and not _NOTICE.search(after, 0, max(trigger.start(), 0)):
        day = event_day(text, where, near)
    if day is None and change == "start" and _IN_YEAR.search(scope):
        return held  # "joined the Board in 2006": history, said in passing
    return [*(replace(s, change=change, day=day) for s in titles), *held]


# A title held now, said in passing between the name and the news; after an age only when
# "currently" says so ("A, 61, and B, 56, Co-CEOs of X, have been elected" may be moving on).
_AGED = r"(?:(?:age\s+)?\d{2}\s*,\s*(?=(?:who\s+is\s+)?(?:currently|presently)\b))?"
_CURRENTLY = re.compile(
    rf"^\s*,\s*{_AGED}(?:who\s+is\s+)?(?:(?:currently|presently)\s+)?{_OWN}"
    rf"(?P<title>{TITLE_RE.pattern}(?:,\s+(?-i:[A-Z][a-z]+\s+)?{DEPARTMENT}|\s[-–]\s[A-Z][a-z]+"
    rf"|(?-i:{AND_JOB.pattern}))?)"
    # not cut at a comma inside a title that ends the sentence ("with A, the Company's EVP,
    # General Counsel and Secretary."); "named A, SVP, interim CEO" is two titles
    rf"(?!\s*,\s*(?:{TITLE_RE.pattern})\s*(?:[.;]|$))"
    r"(?:\s+of\s+[^,]{1,60})?(?:\s+since\s+[\w ]{4,20})?\s*,",  # "a director since 2018,"
    re.I,
)
# "On <date>, A informed the Company that he will resign": the date is the notice's; the
# departure's is its own ("effective <date>"), or another sentence's.
_NOTICE = re.compile(
    r"(?i)\b(?:informed|notified|advised|told)\b[^;]{0,160}?\bthat\s+(?:he|she|they)\s+"
    r"(?:will|would|intends?\s+to|plans?\s+to)\s+$"
)
_PAST_DEPARTURE = re.compile(
    r"(?i)retired|resigned|stepped\s+down|departed|terminated|ceased|left|removed|dismissed"
)
# "is succeeded as Chairman by B" leaves; "appointed A to fill the vacancy created by B" starts.
_SUCCEEDED_BY = re.compile(r"(?i)succeed")
# The verb's words end in a colon: the names after it are a list the verb is about.
_BEFORE_COLON = re.compile(r"([^:;.]{0,60}):")
_IN_YEAR = re.compile(r"\bin\s+(?:19|20)\d{2}\b")
# "will continue to serve as", "will remain on the Board as", "who will remain a director",
# "who will continue to lead the company as Chief Executive Officer"
_CONTINUING = (
    r"\s*(?:will\s+)?(?:also\s+)?(?:continues?\s+(?:to\s+(?:serve|lead\s+"
    r"(?:the|our)\s+(?:company|bank|firm))\s+|with\s+(?:the|our)\s+(?:company|bank|firm)\s+)?as"
    r"|remains?(?:\s+on\s+(?:the|its|our)\s+board(?:\s+of\s+directors)?)?(?:\s+as)?)"
    rf"\s+{ARTICLES}"
)
_CONTINUES = re.compile(rf"^\s*(?:,\s*who\s+)?{_CONTINUING}", re.I)
# "B, who has served as interim CEO since <date> and who will continue with the company as"
_AND_CONTINUES = re.compile(rf"\band\s+who\s+{_CONTINUING}", re.I)
_PRE_NOMINAL = re.compile(rf"(?<![\w-])(?:{TITLE_RE.pattern})(?=,?\s+$)", re.I)
