"""Events a filing defines a term for, and their days, for ``kg.extract.prose_story``.

An 8-K filed at a closing states the event once, in its Introductory Note or Item 2.01, and
defines terms for it; the items then lean on the terms: "In connection with the Merger, as of
the Effective Time, A resigned". The term's day is read where it is defined:

- 'On March 3, 2024 (the "Closing Date")': the date before it (``prose_story``);
- 'on the Closing Date (the "Effective Time")', 'the effective time of the Merger (the
  "Effective Time")': the day of the event it is said of;
- 'On March 3, 2024, X completed the sale of its business (the "Sale")': the day of the
  sentence that says the event was completed (not an agreement's "dated as of" day, nor a
  record date's);
- 'Immediately following the Merger, ... (the "Bank Merger")', 'As a result of the Share
  Purchase, a change in control occurred (the "Change in Control")': the day of the event the
  sentence names;
- in the note, a term that none of these dates: the day of the event the note opened with
  ('... are referred to herein as the "Sale."').

Only terms for events count ("Merger", "Closing", "Distribution", "Effective Time"), never an
agreement's, a party's or a record date's.
"""

from __future__ import annotations

import re
from datetime import date

from kg.extract.prose_dates import DATE_RE, first_date

_EVENT = (
    r"Mergers?|Closing|Distribution|Separation|Spin-?[Oo]ff|Spinoff|Business\s+Combination"
    r"|Transactions?|Acquisition|Sale|(?:Share|Stock|Unit)\s+Exchange|Reorganization"
    r"|Change\s+(?:in|of)\s+Control|Emergence|Consummation|Purchase|Disposition|Divestiture"
    r"|Arrangement|Amalgamation|Conversion|Domestication|Offer|Meeting"
    r"|[A-Z][\w-]*\s+(?:Time|Date)"
)
# A term for an event: "Bank Merger", "Effective Time", "Closing Date"; not "Record Date",
# nor "Merger Agreement" or "Merger Sub" (an agreement, a party).
EVENT_TERM = re.compile(rf"(?!Record\b)(?:[A-Z][\w-]*\s+){{0,2}}(?:{_EVENT})")
_TERM = r"[A-Z][\w-]*(?:\s+(?:in\s+|of\s+)?[A-Z][\w-]*){0,3}"
# '(the "Merger")', '(such transaction, the "Sale")', 'are referred to herein as the "Sale."'
_DEFINES = re.compile(
    rf"\(\s*(?:(?:such\s+transactions?|collectively|together),?\s+)?(?:the\s+)?[\"“](?P<term>{_TERM})"
    r"[\"”]\s*\)"
    rf"|\breferred\s+to\s+(?:herein\s+|collectively\s+|together\s+)*as\s+(?:the\s+)?[\"“]"
    rf"(?P<named>{_TERM})[.,]?[\"”]"
)
# A defined term that names an instrument, not an event or a party: '(the "Merger Agreement")',
# '(the "Notes")'; neither a date before it nor the text around it makes it an event.
INSTRUMENT = re.compile(
    r"\b(?:Agreements?|Indentures?|Contracts?|Amendments?|Leases?|Plans?|Notes|Guarant(?:y|ee))$"
)
# The event said to be done: its verb in the past ("completed", "became effective").
_DONE = re.compile(
    r"(?i)\b(?:completed|consummated|closed|effected|merged|emerged|acquired|purchased|sold"
    r"|occurred|became\s+effective|was\s+effective|took\s+effect)\b"
)
# A date that is no event's: an agreement's or a filing's ("dated as of May 1, 2024").
_NOT_THE_EVENTS = re.compile(r"(?i)\b(?:dated|filed)\b(?:\s+as\s+of)?[^.;()]{0,40}$")
_DEFINED_AFTER = re.compile(rf"\s*\(\s*the\s+[\"“](?P<term>{_TERM})[\"”]")


def completed_on(sentence: str) -> date | None:
    """The day a sentence says its event was completed ("On May 1, 2024, X completed the
    sale ..."): its first date that is not an agreement's, a filing's or a record date's."""
    if not _DONE.search(sentence):
        return None
    for m in DATE_RE.finditer(sentence):
        if _NOT_THE_EVENTS.search(sentence, 0, m.start()):
            continue
        other = _DEFINED_AFTER.match(sentence, m.end())
        if other and not EVENT_TERM.fullmatch(other.group("term")):
            continue  # 'as of the close of business on <date> (the "Record Date")'
        return first_date(m.group(0))
    return None


def define_events(sentence: str, events: dict[str, date], fallback: date | None) -> None:
    """Add to ``events`` each event term the sentence defines without a date of its own, on
    the day read as the module says; ``fallback``: the note's event's day, for the last rule."""
    for m in _DEFINES.finditer(sentence):
        term = m.group("term") or m.group("named")
        if term in events or not EVENT_TERM.fullmatch(term):
            continue
        expected = _EXPECTED_ON.match(sentence, m.end())
        day = (
            (first_date(expected.group("day")) if expected else None)
            or _said_of(sentence[: m.start()], events)
            or completed_on(sentence)
            or _named_in(sentence, events)
            or fallback
        )
        if day is not None:
            events[term] = day
            if term.endswith(" Date"):  # "(the "Closing Date")" dates "the Closing" too
                events.setdefault(term[:-5], day)
    for m in (*_DONE_ON.finditer(sentence), *_MEETING_ON.finditer(sentence)):
        if day := first_date(m.group("day")):
            events.setdefault(m.group("term"), day)


# "effective upon completion of the merger on July 1, 2010": an event named without a defined
# term, and its day, for a later "Also effective upon completion of the merger, ..." (the term
# is the event's noun as written: ``upon_event`` finds it after "the").
_DONE_ON = re.compile(
    r"(?i:\b(?:completion|closing|consummation|effectiveness)\s+of\s+the\s+)"
    r"(?P<term>merger|acquisition|spin-?off|distribution|separation|business\s+combination)"
    rf"\s+(?i:on|as\s+of)\s+(?P<day>{DATE_RE.pattern})"
)

# "following the company's 2020 Annual Meeting of Shareholders on May 21, 2020" (or "...,
# scheduled for May 4, 2021"): the meeting's day, for a later "will retire from the Board at
# the Annual Meeting".
_MEETING_ON = re.compile(
    r"\b(?P<term>Annual\s+Meeting)(?:\s+of\s+(?:Share|Stock)holders)?,?\s+"
    r"(?:(?:(?:to\s+be\s+)?held\s+)?on|scheduled\s+for(?:\s+on)?)\s+"
    rf"(?P<day>{DATE_RE.pattern})"
)


# '(the "Distribution"), which is expected to occur on March 1, 2019': the day the term's
# definition goes on to give it.
_EXPECTED_ON = re.compile(
    r"\s*,\s*which\s+(?:is|was|are)\s+(?:expected|scheduled|anticipated)\s+to\s+(?:occur|close"
    rf"|be\s+(?:completed|consummated|effective)|take\s+place)\s+on\s+(?P<day>{DATE_RE.pattern})"
)


def _said_of(before: str, events: dict[str, date]) -> date | None:
    """ "on the Closing Date (the ...", "the effective time of the Merger (the ...": the day of
    the event the defined term is said of."""
    for term, day in events.items():
        if re.search(rf"\b(?:of|on|at|upon|as\s+of)\s+the\s+{re.escape(term)}\s*$", before):
            return day
    return None


def _named_in(sentence: str, events: dict[str, date]) -> date | None:
    """The day of the known event the sentence names first ("Immediately following the
    Merger, ...")."""
    said = [
        (m.start(), day)
        for term, day in events.items()
        if EVENT_TERM.fullmatch(term)
        and (
            m := re.search(rf"\b(?i:the)\s+{re.escape(term)}\b(?!\s+(?:Agreement|Sub)\b)", sentence)
        )
    ]
    return min(said, key=lambda pair: pair[0])[1] if said else None


# The words that date a sentence's news by a defined event: "upon the Closing", "at the
# Effective Time", "on the Effective Date", "in connection with the Merger", "effective
# immediately prior to the Distribution", "upon the consummation of the Merger".
_UPON = (
    r"\b(?i:(?:upon|at|following|after|as\s+of|on|in\s+connection\s+with"
    r"|immediately\s+(?:prior\s+to|before))\s+"
    r"(?:(?:the\s+)?(?:conclusion|close|end|closing|consummation|completion|effectiveness"
    r"|occurrence|effective\s+time)\s+of\s+)?)"
)


def upon_event(term: str, sentence: str) -> int | None:
    """Where the sentence dates its news by the defined event ``term``; None if it does not."""
    m = re.search(rf"{_UPON}the\s+{re.escape(term)}\b(?!\s+(?:Agreement|Sub)\b)", sentence)
    return m.start() if m else None


# "On March 14, 2024, the Board appointed B as CFO, effective upon Ms. A's departure": the
# opening date is the day the Board acted; the change takes effect on the event's day.
_OPENS_ON = re.compile(rf"^\s*(?:\([a-z]\)\s*)?(?:Also\s+)?(?i:on)\s+(?P<day>{DATE_RE.pattern})")
_EFFECTIVE_UPON = re.compile(
    r"(?i)\beffective\s+(?:as\s+of\s+|upon\s+|at\s+|immediately\s+(?:prior\s+to|before"
    r"|after|following)\s+)(?!(?:the\s+)?(?:close\s+of\s+business|\d))"
)
_EFFECTIVE_ON = re.compile(rf"(?i)\beffective\b[^.;]{{0,60}}?{DATE_RE.pattern}")


def acted_on(sentence: str) -> date | None:
    """The date a sentence opens with when it says its change takes effect upon an event
    and on no date ("effective upon the Closing", "effective upon Ms. A's departure")."""
    m = _OPENS_ON.match(sentence)
    if m is None or not _EFFECTIVE_UPON.search(sentence) or _EFFECTIVE_ON.search(sentence):
        return None
    return first_date(m.group("day"))
