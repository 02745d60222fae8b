"""What a document's earlier sentences said, for a sentence that leans on them.

A sentence may name its person by a pronoun ("She is also a director of Acme Corp."),
or date a succession only in another sentence ("Mr. B will succeed Ms. A as President."
after "Ms. A's retirement will be effective June 30, 2024", or after "Mr. B was appointed
President, effective June 30, 2024"). Each reader (8-K, release) makes one ``Story`` per
document; ``named_people`` updates it and hands it to the sentence reader with the people.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from datetime import date

from kg.extract.prose_dates import DATE_RE, first_date
from kg.extract.prose_defined import (
    INSTRUMENT,
    acted_on,
    completed_on,
    define_events,
    upon_event,
)
from kg.extract.prose_events import Span, same_office, upon_day
from kg.extract.prose_orgs import OwnOrgs
from kg.extract.prose_titles import Stated

# "... announced changes to its leadership, each effective April 1, 2024:": the day of every
# change the list after it tells without a day of its own.
_TRUSTEES = re.compile(r"(?i)\bboard\s+of\s+trustees\b")
_LIST_HEAD = re.compile(r"(?i)\beffective\s+(?:as\s+of\s+)?(?P<day>[^:;]{6,30}?)\s*:\s*$")
# "announced three executive promotions, each effective January 1, 2025, as part of ...": a
# heading that names no one, over the sentences that name the people promoted.
_EACH_EFFECTIVE = re.compile(
    rf"(?i)\beach\s+effective\s+(?:as\s+of\s+|on\s+)?(?P<day>{DATE_RE.pattern})"
    # "approved changes to the titles of certain executive officers, effective <date>."
    r"|\b(?:changes?|appointments?|promotions?|transitions?)\s+(?:to|in|of)\s+(?:the\s+)?"
    r"(?:[\w'’]+\s+){0,5}?(?:titles?|officers?|management|leadership|roles?)\b[^.;]{0,80}?"
    rf"\beffective\s+(?:as\s+of\s+|on\s+)?(?P<day2>{DATE_RE.pattern})"
    # "announced the following executive appointments, effective January 15, 2024, as part of"
    r"|\bfollowing\s+(?:[\w-]+\s+){0,2}(?:appointments|promotions|changes|elections)\s*,?\s*"
    rf"effective\s+(?:as\s+of\s+|on\s+)?(?P<day3>{DATE_RE.pattern})"
)
# "the closing of the merger on March 28, 2024 (the "Closing")": a defined event's day, for a
# later "Effective upon the Closing, A was appointed ..."; "the 2025 Annual Meeting, scheduled
# for June 12, 2025 (the "Annual Meeting")", for "will retire from the Board at the Annual Meeting";
# "effective July 9, 2018 (the "Start Date")", for "will return to her role on the Start Date"
_DEFINED_EVENT = re.compile(
    rf"\b(?i:on|as\s+of|scheduled\s+for|effective)\s+(?P<day>{DATE_RE.pattern})\s*\(\s*the\s+[\"“]"
    r"(?P<term>[A-Z][A-Za-z]+(?:\s+[A-Z][A-Za-z]+){0,2})[\"”]\s*\)"
)
# "... also resigned as a director on the same date", "will transition to the role of Executive
# Chair on the same date", "At the same meeting the Board elected A": the day the sentence
# before gave its change.
_SAME_DAY = re.compile(
    r"(?i)\b(?:on|as\s+of|effective)\s+(?:the\s+same|that)\s+(?:date|day)\b"
    r"|\b(?:at\s+the\s+same\s+(?:time|meeting)|simultaneously|concurrently)\b"
    # "The Board also designated A as Vice Chairman": another act of the same meeting
    r"|^(?:The\s+)?Board\s+(?:of\s+Directors\s+)?(?:has\s+)?also\s+(?:appointed|named|elected"
    r"|designated|promoted)\b"
    # "Ms. Roe will also serve as Chairman of the board of directors of the Bank", "B will
    # also assume the title of President": another office the same change brings
    r"|\bwill\s+also\s+(?:serve\s+as|assume\s+the\s+(?:title|role|position)s?\s+of)\b"
)
# "of both the Company and the Bank": one office at each.
_BOTH = re.compile(r"(?i)both\s+(?P<one>the\s+\w+)\s+and\s+(?P<two>the\s+\w+)")
# A title an officer of a partnership holds: its general partner's (a partnership has none).
_OFFICE = re.compile(r"(?i)officer|president|treasurer|secretary|controller|counsel|chair|director")


@dataclass
class Story:
    """The people the last sentence named, the pronoun each takes ("Ms." is "she"), and
    every dated change read so far."""

    named: tuple[str, ...] = ()
    pronoun: dict[str, str] = field(default_factory=dict)
    dated: list[Stated] = field(default_factory=list)
    started: list[Stated] = field(default_factory=list)  # dated or not
    ending: list[Stated] = field(default_factory=list)  # undated departures
    listed_day: date | None = None  # the day a list's heading gives its changes
    trustees: bool = False  # the board is a "Board of Trustees": its seats are trustees'
    events: dict[str, date] = field(default_factory=dict)  # a defined event's day, by term
    event_day: date | None = None  # the day of the defined event this sentence is upon
    in_note: bool = False  # the sentence is the Introductory Note's (set by the 8-K reader)
    note_day: date | None = None  # the day of the event the note opened with
    acted: date | None = None  # the day the sentence opens with, when its change is upon an event
    same_day: date | None = None  # "on the same date": the day of the last dated change
    orgs: OwnOrgs = field(default_factory=OwnOrgs)  # the filer's subsidiaries, general partner

    def lead(self, sentence: str, names: bool) -> None:
        """Keep the day a list's heading sentence gives; a sentence naming no one, or a
        quote, ends the list."""
        self.trustees = self.trustees or bool(_TRUSTEES.search(sentence))
        if head := _LIST_HEAD.search(sentence):
            # "effective as of the Distribution Time:": the defined event's day
            self.listed_day = first_date(head.group("day")) or self._event_named(head["day"])
        elif not names and (each := each_effective(sentence)):
            self.listed_day = each
        elif not names or sentence.startswith(('"', "“")):
            self.listed_day = None
        self.orgs.learn(sentence)
        self.acted = acted_on(sentence)
        # the last change of a person this sentence names, else the last one told
        mine = [s for s in self.dated if s.key in self.named] or self.dated
        self.same_day = mine[-1].day if mine and _SAME_DAY.search(sentence) else None
        self._define(sentence)
        said = [
            (at, t, d)
            for t, d in self.events.items()
            if (at := upon_event(t, sentence)) is not None
        ]
        self.event_day = _after(*min(said)[1:], sentence) if said else None

    def _event_named(self, words: str) -> date | None:
        """The day of the defined event ``words`` name ("the Distribution Time")."""
        said = [d for t, d in self.events.items() if re.search(rf"\bthe\s+{re.escape(t)}$", words)]
        return said[0] if said else None

    def _define(self, sentence: str) -> None:
        """The days of the events the sentence defines terms for (``prose_defined``)."""
        for m in _DEFINED_EVENT.finditer(sentence):
            if INSTRUMENT.search(m.group("term")):
                continue  # 'dated as of May 1, 2024 (the "Merger Agreement")': no event
            if day := first_date(m.group("day")):
                self.events[m.group("term")] = day
                # "(the "Closing Date")" dates "effective as of the Closing" too
                if m.group("term").endswith(" Date"):
                    self.events.setdefault(m.group("term")[:-5], day)
        if self.in_note and self.note_day is None:
            self.note_day = completed_on(sentence)
        define_events(sentence, self.events, self.note_day if self.in_note else None)

    def upon(self, sentence: str, named: list[Span]) -> None:
        """Keep the day of the change the sentence's news is "upon" ("upon Mr. B's departure",
        "when Dr. B joins"), when no defined event dates it."""
        self.event_day = self.event_day or upon_day(sentence, named, self.dated)

    def filled(self, found: list[Stated]) -> list[Stated]:
        """A change with no day of its own takes the day of the heading over its list; a seat
        on a Board of Trustees ("retired from the Board") is a trustee's."""
        if self.trustees:
            found = [replace(s, title="Trustee") if s.title == "Director" else s for s in found]
        found = [named for s in found for named in self._defined_orgs(s)]
        day = self.listed_day or self.event_day or self.same_day
        if day is None:
            return found
        # "On <date>, the Board appointed B, effective upon the Closing": the Closing's day
        acted = self.acted if self.event_day else None
        return [replace(s, day=day) if s.change and s.day in (None, acted) else s for s in found]

    def _defined_orgs(self, stated: Stated) -> list[Stated]:
        """The title at the organisation its defined term names ("of the Bank": the bank the
        filing defined so); one per organisation of "both the Company and the Bank" or "of
        the Company and of its subsidiary, X"; with no org said, a partnership's general
        partner (its officers are the general partner's)."""
        if stated.org is None and stated.also is None:
            partner = self.orgs.partner
            if partner and _OFFICE.search(stated.title):
                return [replace(stated, org=partner, own=True, implied=True)]
            return [stated]
        both = _BOTH.fullmatch(stated.org or "")
        orgs = [both.group("one"), both.group("two")] if both else [stated.org]
        out = []
        for org in [*orgs, *([stated.also] if stated.also else [])]:
            named = self.orgs.named(org) if org else None
            out.append(replace(stated, org=named or org, also=None, own=named is not None))
        return out

    def heard(self, found: Iterable[Stated]) -> None:
        found = list(found)
        self.dated.extend(s for s in found if s.change and s.day)
        self.started.extend(s for s in found if s.change == "start" and s.title)
        self.ending.extend(s for s in found if s.change == "end" and s.title and not s.day)

    def pending_ends(self, key: str) -> list[Stated]:
        """The titles earlier sentences say ``key`` will leave, on no day they gave ("informed
        the Company that he will resign as CFO", before "His resignation will be effective")."""
        return list(dict.fromkeys(s for s in self.ending if s.key == key))

    def new_title(self, key: str) -> Stated | None:
        """The one title earlier sentences start ``key`` in ("appointed A as CFO"), with
        its day when one is given; None when they start several, none, or on two days."""
        said = [s for s in self.started if s.key == key]
        days = {s.day for s in said if s.day}
        # "Appoints A Chief Financial Officer" (a headline), then "as Executive Vice President
        # and Chief Financial Officer": one office, said fully the second time
        fullest = max(said, key=lambda s: len(s.title), default=None)
        if fullest is None or len(days) > 1:
            return None
        if any(not same_office(s.title, fullest.title) for s in said):
            return None
        return replace(fullest, day=days.pop() if days else None)

    def start_day(self, key: str) -> date | None:
        """The one day earlier sentences start ``key`` in anything ("upon Mr. B's start")."""
        days = {s.day for s in self.dated if s.key == key and s.change == "start"}
        return days.pop() if len(days) == 1 else None

    def antecedent(self, pronoun: str) -> str | None:
        """The person a sentence-opening "He" or "She" is: the one the sentence before
        named, when it named one only and nothing says it takes the other pronoun."""
        if len(self.named) != 1:
            return None
        key = self.named[0]
        pronoun = {"his": "he", "her": "she"}.get(pronoun.lower(), pronoun.lower())
        return key if self.pronoun.get(key, pronoun) == pronoun else None

    def succession_day(self, successor: str, predecessor: str, title: str) -> date | None:
        """The day an undated "B succeeds A (as T)" takes effect: the day another sentence
        starts B in, or ends A in, that title (one day only)."""
        said = [
            s
            for s in self.dated
            if (s.key, s.change) in {(successor, "start"), (predecessor, "end")}
            and same_office(s.title, title)
        ]
        days = {s.day for s in said}
        return days.pop() if len(days) == 1 else None


def each_effective(sentence: str) -> date | None:
    """The day a heading gives every change the sentences after it tell ("announced the
    following appointments, each effective February 1, 2024")."""
    each = _EACH_EFFECTIVE.search(sentence)
    return first_date(each["day"] or each["day2"] or each["day3"]) if each else None


def _after(term: str, day: date, sentence: str) -> date:
    """The event's day, or the next ("effective the day following the Annual Meeting")."""
    later = re.search(
        rf"(?i)\bthe\s+day\s+(?:following|after)\s+the\s+{re.escape(term)}\b", sentence
    )
    return date.fromordinal(day.toordinal() + 1) if later else day
