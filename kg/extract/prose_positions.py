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
from functools import partial

from kg.extract.nlp import (
    TITLE_RE,
)
from kg.extract.prose_asides import (
    CURRENTLY,
    CURRENTLY_UNIT,
    clause_objects,
    left_by_becoming,
    titled_before,
    with_aside,
)
from kg.extract.prose_chairs import committee_chair, lead_ends_chair
from kg.extract.prose_elsewhere import held_where_from
from kg.extract.prose_joined import (
    elsewhere_aside,
    from_through,
    held_now,
    joined_verb,
    sole_ends,
    then_leaves,
    waits,
)
from kg.extract.prose_kept import AND_CONTINUES, had_served, kept_titles
from kg.extract.prose_listed import NEXT_TITLE, WHO_THEN_AS, listed_to, shares_change
from kg.extract.prose_seats import board_seat
from kg.extract.prose_story import Story
from kg.extract.prose_succession import (
    effective_later,
    interim_span,
    returning,
    succeeding,
)
from kg.extract.prose_successors import left_to_successor, succession
from kg.extract.prose_titles import (
    Change,
    Stated,
    appositions,
    title_at,
    title_list,
    titles_after,
)
from kg.extract.prose_verbs import (
    NOTICE,
    START,
    event_day,
    held_beside_history,
    nearest_verb,
    noticed_day,
    own_day,
    possessed,
    verb_scope,
)

# "from the role of Chief Financial Officer to Vice Chairman"
_ROLE_OF = r"(?:(?:the|his|her|their)\s+(?:role|position|office)s?\s+(?:of|as)\s+)?(?:the\s+)?"
_FROM_TO = re.compile(
    rf"\bfrom\s+{_ROLE_OF}(?P<old>{TITLE_RE.pattern}(?:,\s+[A-Z][\w&]*(?:\s+[A-Z][\w&]*){{0,2}})?)"
    rf"\s+to\s+{_ROLE_OF}(?P<new>{TITLE_RE.pattern})",  # "from Senior Vice President, Sales to"
    re.I,
)
# "the promotion of A to Chief People Officer from Senior Vice President, Talent"
_TO_FROM = re.compile(
    rf"\bto\s+{_ROLE_OF}(?P<new>{TITLE_RE.pattern})\s+from\s+{_ROLE_OF}"
    rf"(?P<old>{TITLE_RE.pattern}(?:,\s+[A-Z][\w&]*(?:\s+[A-Z][\w&]*){{0,2}})?)",
    re.I,
)


# "will continue as SVP, Special Projects, reporting to Ms. B": the verb before is not B's.
# "reporting to Vice Chairman B": a title said before the name (capitalised) is B's.
_REPORTS_TO = re.compile(
    r"(?i)\breport(?:s|ing)?\s+(?:directly\s+)?to\s+(?:(?:the|our|its)\s+)?"
    rf"(?:(?:{TITLE_RE.pattern})\s+)?(?:(?:Mrs?|Ms|Dr)\.\s*)?$"
)


def _reported_to(before: str, at: int) -> list[Stated]:
    """The title written before the name of the one a person reports to, held now
    ("reporting to Chief Operating Officer B"); none when only "to B" or "to the president"."""
    pre = _PRE_NOMINAL.search(before, at)
    if pre is None or not pre.group(0)[:1].isupper():
        return []
    return [title_at(before, pre.start(), pre.end())]


@dataclass(frozen=True)
class Named:
    """A person named in a sentence: where, the party key, and what the document's earlier
    sentences said (a succession they date)."""

    start: int
    end: int
    key: str
    story: Story | None = field(default=None, compare=False, repr=False)
    group: tuple[str, ...] = ()  # "elected each of them": the others the words name too


def read_sentence(text: str, people: list[Named], near: date | None = None) -> list[Stated]:
    """Every title the sentence gives each person it names; ``near``, the document's date,
    gives a year to a day written without one ("who became CEO on May 22")."""
    people = sorted((_with_letters(text, p) for p in people), key=lambda p: p.start)
    objects = clause_objects(text, [(p.start, p.end) for p in people])
    people = [p for i, p in enumerate(people) if i not in objects]
    out: list[Stated] = []
    waiting: list[Named] = []
    own: dict[str, Stated] = {}  # a waiting person's title said with the name ("A, CFO, and B")
    held: dict[str, Stated] = {}  # ... said as held now ("A, currently CFO, and B")
    shared: Stated | None = None  # the last change read in the sentence
    for i, person in enumerate(people):
        low = people[i - 1].end if i else 0
        if waiting:  # "has elected A and B": the verb before A is B's too
            low = people[i - len(waiting) - 1].end if i > len(waiting) else 0
        high = people[i + 1].start if i + 1 < len(people) else len(text)
        after = text[person.end : high]
        if i + 1 < len(people):  # "as Interim CEO, and independent director B": B's title
            after = NEXT_TITLE.sub("", after)
            if (now := held_now(after)) is not None:
                waiting.append(person)
                held[person.key] = now
                continue
            if (shares := waits(after)) is not None:
                waiting.append(person)  # "A, 61, and B, 56, have been elected ...": B's verb
                own.update({person.key: shares} if shares.title else {})
                cut = elsewhere_aside(after)  # "A, a Partner at X, and B": not B's news
                text = text[: person.end] + " " * cut + text[person.end + cut :]
                continue
        found = _read_person(text, people, i, (low, after), near, shared)
        change = next((s for s in found if s.change), None)
        shared = change or shared
        for p in (*waiting, person):
            out.extend(_shared(p.key, own.get(p.key), change, found, held.get(p.key)))
        out.extend(left_to_successor(after, found, people[: i - len(waiting)]))
        waiting = []
    out += [replace(s, key=k) for p in people for k in p.group for s in out if s.key == p.key]
    return _told(out, people)


def _told(out: list[Stated], people: list[Named]) -> list[Stated]:
    """The sentence's titles, completed by what the document's story told before (and
    remembered for the sentences after), each once."""
    if story := next((p.story for p in people if p.story), None):
        out = story.filled(out)
        story.heard(out)
    return list(dict.fromkeys(out))


def _read_person(
    text: str,
    people: list[Named],
    i: int,
    segment: tuple[int, str],
    near: date | None,
    shared: Stated | None,
) -> list[Stated]:
    """The titles read for ``people[i]`` from its ``segment`` (where the words before it
    start, and the words after it), with the successions and days the sentence and the
    story give them; ``shared``: the sentence's last change before it."""
    person, (low, after) = people[i], segment
    before, story = text[low : person.start], person.story
    if reports := _REPORTS_TO.search(before):  # "..., reporting to Ms. B": no news of B's
        return [*_reported_to(before, reports.start()), *appositions("", after)]
    upon = (story.listed_day or story.event_day or story.same_day) if story else None
    found = _segment(text, before, after, (person.start, person.end), near, upon)
    found = found or had_served(after, person.key, story.dated if story else [])
    found = found or titled_before(before, after)
    found = found or listed_to(before, after, shared, near)
    found = succession(text, people, i, found, near, _segment)
    found = succeeding(before, shared, found, after)
    found = interim_span(found, person, after)
    found = lead_ends_chair(found, after)
    found = committee_chair(text, person, found)
    # "She will continue in her current role until <date> and will thereafter serve as an
    # adviser to the CEO": the day of the departure told before is the sentence's news
    found = effective_later(after, person) or [*found, *returning(text, people, i)]
    if shared and not [s for s in found if s.change]:
        found = shares_change(found, shared, (text, people[0].start, before, after), near)
    return found


def _shared(
    key: str,
    own: Stated | None,
    change: Stated | None,
    found: list[Stated],
    held: Stated | None = None,
) -> list[Stated]:
    """What a person the verb is shared with gets: the shared change with the person's own
    title ("A, CFO, and B will depart"), and a board seat the verb leaves ("A, Chair of the
    Board, and B will retire from the Board"); with a title held now ("A, currently CFO, and
    B, ... as Co-CEOs"), the shared news and that title, not the title the last name holds;
    else what the sentence gives the last name."""
    if held is not None:
        return [replace(s, key=key) for s in (*(s for s in found if s.change), held)]
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


# A clause after the object of "succeeds" saying what the object holds now.
_HELD_BY_OBJECT = re.compile(r"(?i)\s*,\s*who\s+(?:has|had)\s+(?:served|been)\b")


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
    if aside := CURRENTLY_UNIT.match(after) or CURRENTLY.match(after):
        # "named Jane Roe, currently CFO, as interim CEO"
        return with_aside(text, before, after, aside, span, near, partial(_segment, upon=upon))
    if clause := WHO_THEN_AS.match(after):  # history or held: the news is after it
        after = " " * clause.end() + after[clause.end() :]
    kept = kept_titles(text, after, span, near, partial(_segment, upon=upon))
    if kept is not None:  # "will continue to serve as a director and as Chairman"
        return kept
    if m := _FROM_TO.search(after) or _TO_FROM.search(after):
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
        stays = AND_CONTINUES.search(after)
        return [*appositions(before, after), *(title_list(after, stays.end()) if stays else [])]
    return _changed(text, before, after, trigger, span, near, upon)


def _acted_on(before: str, after: str, trigger: re.Match[str], near: date | None) -> date | None:
    """ "The Board has appointed A to serve as interim CEO": the report's news, on its date
    ``near`` (not "effective upon <an event>": the event's day, when told)."""
    acted = trigger.string is before and _HAS_ACTED.search(before, 0, trigger.end())
    return near if acted and not re.search(r"(?i)\beffective\b", after) else None


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
    change = _change_of(trigger, after)
    perfect = trigger.string is after and re.search(r"\b(?:has|have)\s+$", after[: trigger.start()])
    past = _PAST_DEPARTURE.fullmatch(trigger.group(0)) and not perfect
    if change == "end" and past and not (event_day(text, span[0], near) or upon):
        return []  # "retired in 2022 as CFO of Acme": a past seat, not this document's news
    scope, held = verb_scope(after, trigger, change)
    if (elsewhere := held_where_from(scope)) is not None:
        return [*elsewhere, *held]  # "joins from Example Co., where she has served as GC"
    titles = _titles_changed(before, after, scope, trigger, change)
    day = _change_day(text, after, scope, trigger, span, near, upon)
    verb_at = trigger.start() if trigger.string is after else 0
    if day is None and change == "start" and _IN_YEAR.search(scope, verb_at):
        # "joined the Board in 2006": history, said in passing, beside an office held now
        return [*held, *held_beside_history(after, trigger)]
    if day is None and upon is None and change == "start":
        day = _acted_on(before, after, trigger, near)
    found = [*(replace(s, change=change, day=day) for s in titles), *held]
    if then := joined_verb(before, after, trigger, change):  # "... and will become CEO"
        started = _changed(text, before, then.string, then, span, near, upon)
        found += [replace(s, day=s.day or day) for s in started if s.change == "start"]
    if also := then_leaves(after, trigger, change):  # "... and resigned as a director"
        left = _changed(text, before, after, also, span, near, upon)
        found += [replace(s, day=s.day or day) for s in left if s.change == "end"]
    found = sole_ends(after, found)
    if change == "start" and trigger.string is after:  # "as T from <date> through <date>"
        found = from_through(after[trigger.end() :], found)
    return left_by_becoming(after, found) if trigger.string is after else found


def _change_of(trigger: re.Match[str], after: str) -> Change:
    """The change the verb makes; "A is succeeded as Chairman by B": A leaves."""
    if not START.fullmatch(trigger.group(0)):
        return "end"
    succeeded_by = _SUCCEEDED_BY.match(trigger.group(0)) and re.search(r"\bby\s*$", after)
    return "end" if succeeded_by else "start"


def _titles_changed(
    before: str, after: str, scope: str, trigger: re.Match[str], change: Change
) -> list[Stated]:
    """The titles the verb changes: after it in its scope, else before it ("current CEO,
    will retire"), else a board seat ("resigned from the Board", "were elected to the Board:
    A, B and C"), with a title before the name a departure ends ("Chairman Tom Smith retires")."""
    titles = titles_after(scope, trigger.end() if trigger.string is after else 0)
    if not titles:  # "current CEO, will retire"; "is succeeded as Chairman by B"
        cut = after[: trigger.start()] if trigger.string is after else before[trigger.end() :]
        # "A, who has served as Chairman since 2011, will retire from the Board": the seat too
        seat = change == "end" and re.search(r"(?i)\bfrom\s+(?:the|its|our)\s+board\b", scope)
        titles = [*titles_after(cut, 0), *(board_seat(scope) if seat else [])]
    titles = possessed(scope, trigger, titles) or board_seat(scope)
    head = _BEFORE_COLON.match(before, trigger.end()) if trigger.string is before else None
    if not titles and head:
        titles = board_seat(head.group(1))  # "were elected to the Board: A, B and C"
    if change == "end" and trigger.string is after and (pre := _PRE_NOMINAL.search(before)):
        titles.append(title_at(before, pre.start(), pre.end()))  # "Chairman Tom Smith retires"
    return titles


def _change_day(
    text: str,
    after: str,
    scope: str,
    trigger: re.Match[str],
    span: tuple[int, int],
    near: date | None,
    upon: date | None,
) -> date | None:
    """The day of the change: the segment's own ("effective <date>"), else the sentence's
    (not a notice's: "informed the Company that he will resign"); a date after the verb in
    another's "who" clause only when the story gives none, nor one after the next name."""
    if day := own_day(after, len(scope), trigger, near):
        return day
    if NOTICE.search(after, 0, max(trigger.start(), 0)):
        return noticed_day(text, span[1] + trigger.start(), near)  # not the notice's day
    verb = trigger.string is after
    where = span[1] + trigger.start() if verb else span[0]
    upto = None if verb else span[1] + len(after)  # not the next one's date
    day = event_day(text, where, near, verb and upon is not None, upto)
    return day or (None if upon else event_day(text, where, near, upto=upto))


_PAST_DEPARTURE = re.compile(
    r"(?i)retired|resigned|stepped\s+down|departed|terminated|ceased|left|removed|dismissed"
)
# "is succeeded as Chairman by B" leaves; "appointed A to fill the vacancy created by B" starts.
_SUCCEEDED_BY = re.compile(r"(?i)succeed")
# The verb's words end in a colon: the names after it are a list the verb is about.
_BEFORE_COLON = re.compile(r"([^:;.]{0,60}):")
_IN_YEAR = re.compile(r"\bin\s+(?:19|20)\d{2}\b")
# The board's act in the present perfect, before the name: news of the report's date.
_HAS_ACTED = re.compile(
    r"(?i)\b(?:board|directors)\s+(?:of\s+directors\s+)?(?:has|have)\s+(?:also\s+)?"
    r"(?:appointed|named|elected)$"
)
_PRE_NOMINAL = re.compile(rf"(?<![\w-])(?:{TITLE_RE.pattern})(?=,?\s+$)", re.I)
