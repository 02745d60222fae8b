"""The verbs and dates of a position sentence, for ``kg.extract.prose_positions``: which
verb nearest a name starts or ends a title ("appointed", "will retire"), how far its clause
reaches, and the day the change takes effect ("effective <date>", the meeting's date, the
last date before the verb)."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from kg.extract.nlp import TITLE_RE
from kg.extract.prose_dates import (
    DATE_RE,
    DAY_OF,
    find_dates,
    first_date,
    month_end,
    yearless_dates,
)
from kg.extract.prose_titles import Change, Stated, appositions, title_list

# "designated" appoints a person ("designated Jane Roe", "designated as", or right before the
# name where a sentence is cut at it), not a thing ("designated funds").
START = re.compile(
    # "elect" too ("voted to elect A to serve as a director"), not "may elect to defer"
    r"\b(?:appoint\w*|elect(?:s|ed|ion)|elect\b(?!\s+to\b)|(?-i:named)(?!\s+executive\s+officer)"
    r"|designat(?:ed|es)(?=\s+(?-i:[A-Z])|\s+as\b|\s*$)"
    r"|promot\w+|elevat(?:e|es|ed|ing)\b(?!\s+(?:risk|level)s?\b)|hired|join\w*|bec[ao]me?s?|becoming|succeed(?:s|ed|ing)?|transition\w*"
    r"|step(?:s|ped|ping)?\s+into|(?:re-?)?assum(?:e|es|ed|ing)\s+the\s+(?:additional\s+)?"
    r"(?:role|position|office|title)"
    # "has been given the additional title of Executive Vice President": a title added
    r"|given\s+the\s+(?:additional\s+|new\s+)?(?:role|position|office|title)s?\s+of"
    # "resumed his role as Vice President, Treasury": a title held before, held again
    r"|resum(?:e|es|ed|ing)\s+(?:his|her|their|the)\s+(?:former\s+|prior\s+|previous\s+)?"
    r"(?:role|position|office|title)"
    r"|will\s+(?:also\s+)?serve\s+as"  # "will serve as interim CFO, effective <date>"
    # "will be Example's non-executive chairman": a company's office, said as what one will be
    r"|will\s+be(?=\s+(?-i:[A-Z][\w&.-]*)(?:\s+(?-i:[A-Z][\w&.-]*)){0,3}['’]s\s+(?:new\s+|first\s+)?"
    rf"(?:{TITLE_RE.pattern})))\b",
    re.I,
)
END = re.compile(
    r"\b(?:resign\w*|retir(?:e|es|ed|ing|ement)|step(?:ped|s)?\s+down|depart(?:s|ed|ing|ure)?|terminat\w+|"
    r"ceased?|remov(?:ed|es|al)|dismiss(?:ed|es|al)|separat(?:e|es|ed|ing|ion)\s+from|"
    r"not\s+stand\s+for\s+re-?election|passed\s+away|"
    # "learned of the death on April 4, 2020 of A, a director": A's seats end that day
    r"death(?=\s+(?:on\s+[\w ,]{6,24}?\s+)?of\s)|"
    # "will no longer hold the title of President", "will no longer serve as CFO"
    r"no\s+longer\s+(?:hold|serve|be)|"
    # "will leave the Company effective <date>" (not "a leave of absence")
    r"(?:leav(?:e|es|ing)|left)\s+(?:the|its|our)\s+(?:company|bank|firm|corporation|board)|"
    # "will leave Acme at the end of May": the company by its name
    r"(?:leav(?:e|es|ing)|left)\s+(?-i:[A-Z][\w&]+)(?=\s+(?:at|on|effective|in|to)\b|[,.])|"
    r"relinquish(?:es|ed|ing)?|died)\b",
    re.I,
)
# "effective March 1, 2024", "effective as of the close of business on March 1, 2024",
# "effective at the conclusion of the 2024 Annual Meeting ... on May 22, 2024"; the British
# "with effect from 1 October 2012".
EFFECTIVE = re.compile(
    r"\b(?:effective|with\s+effect\s+from)(?:\s+as\s+of|\s+on)?(?:\s+(?:the\s+close\s+of\s+business|at\s+the\s+"
    r"(?:conclusion|close|end)\s+of\s+[^.;]{0,80}?)\s+on)?\s+("
    + DATE_RE.pattern
    + r"|(?:the\s+)?"  # "effective on the 1st day of October, 2004"
    + DAY_OF
    + ")",
    re.I,
)
_A_RETIRED = re.compile(r"(?i)\b(?:a|an)\s+$")
_OF_NEXT = re.compile(r"\s+of\s+(?:(?:Mrs?|Ms|Dr)\.\s*)?$")
_SUCCESSOR_IS = re.compile(r"(?i)\bsuccessor\s+(?:is|has\s+been|will\s+be|can\s+be)\s+$")
_SINCE = re.compile(r"(?i)\bsince\s+(?:(?:he|she|they)\s+)?$")
_NOT_AN_EVENT_DATE = re.compile(
    r"(?i)\b(?:filed|dated|ended|ending|until|through)\s+(?:[^;,]{0,30}?\bon\s+)?$"
)
# "until December 31, 2024", "through December 31, 2017", "until 11:59 p.m. on December 31":
# the last day of a title held now.
_UNTIL = re.compile(r"(?i)\b(?:until|through)\s+(?:[^;,]{0,30}?\bon\s+)?(" + DATE_RE.pattern + ")")


def until_day(segment: str) -> date | None:
    """The last day "until <date>" gives a title the segment keeps."""
    m = _UNTIL.search(segment)
    return first_date(m.group(1)) if m else None


# "On <date>, A informed the Company that he will resign", "... notified the Board of her
# decision to retire": the date is the notice's; the departure's is its own ("effective
# <date>"), or another sentence's ("She will continue in her current role until <date>").
NOTICE = re.compile(
    r"(?i)\b(?:informed|notified|advised|told)\b[^;]{0,160}?\b(?:that\s+(?:he|she|they)\s+"
    r"(?:will|would|intends?\s+to|plans?\s+to)|of\s+(?:his|her|their)\s+(?:decision|intention"
    r"|intent|plans?)\s+to)\s+$"
)
_IMMEDIATELY = re.compile(r"(?i)\beffective\s+immediately\b|\bwith\s+immediate\s+effect\b")


def noticed_day(text: str, at: int, near: date | None) -> date | None:
    """The day of a departure a notice tells, the verb at ``at`` ("On May 1, A informed the
    Company of her decision to retire"): the sentence's date is the notice's, so only a date
    after the verb is the departure's ("..., effective June 30", "at the annual meeting on
    <date>"); "effective immediately" is the notice's day."""
    if _IMMEDIATELY.search(text, at):
        return event_day(text, at, near)
    return event_day(text[at:], 0, near)


_ON_DAY = re.compile(r"[^.;,]*?\bon\s+(" + DATE_RE.pattern + ")")
# "resigned from the Board ..., citing the time demands of her new position as CEO of X": the
# reason's titles are held elsewhere, not the ones the verb ends.
_PURPOSE = re.compile(
    r"(?i)\bin\s+order\s+to\b|\bto\s+(?:devote|focus|pursue|spend)\b|\bciting\b|\bdue\s+to\b"
)
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
_AND_STAYS = re.compile(
    r"(?i)\s+and\s+(?:will\s+)?(?:remain|continue)\s+(?:with\s+(?:the|our)\s+(?:company|bank|firm)\s+)?"
    r"(?:to\s+serve\s+)?as\s+(?:an?\s+|the\s+|its\s+|our\s+)?"
)
_DUTIES = re.compile(
    r"(?i)\b(?:his|her|their)\s+(?:current\s+|new\s+)?(?:duties|responsibilities|position|role)"
    r"\s+as\s+"
)


# "the promotion of B to Chief Business Officer, effective today": the document's date; so is
# "B as a director with immediate effect" beside another's "with effect from <date>".
_TODAY = re.compile(r"(?i)\beffective\s+(?:as\s+of\s+)?today\b|\bwith\s+immediate\s+effect\b")


def effective_in(segment: str, near: date | None) -> date | None:
    """The day a segment's own "effective <date>" or "effective today" (``near``) gives."""
    said = [m for m in (EFFECTIVE.search(segment), _TODAY.search(segment)) if m]
    if not said:
        return None
    first = min(said, key=lambda m: m.start())
    return first_date(first.group(1)) if first.re is EFFECTIVE else near


def own_day(
    after: str, scope: int, trigger: re.Match[str], near: date | None = None
) -> date | None:
    """The date the person's own segment gives its change: its "effective <date>" (or
    "effective today": ``near``, the document's date), over another person's in the same
    sentence ("appointed A as CMO, effective April 15, and promoted B, effective today");
    else the date of the person's own clause ("B, who retired as Chairman on August 9")."""
    if said := effective_in(after, near):
        return said
    if trigger.string is not after:
        return None
    own = _ON_DAY.match(after, trigger.end(), scope)
    return first_date(own.group(1)) if own else None


def verb_scope(after: str, trigger: re.Match[str], change: Change) -> tuple[str, list[Stated]]:
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
    if stays := _AND_STAYS.search(scope, trigger.end()):
        # "stepped down as CFO and will remain with the Company as SVP, Finance through
        # <date>": held until then (or held), not the title the verb ends
        scope, rest = scope[: stays.start()], scope[stays.start() :]
        rest = re.split(r"[.;]\s+(?=[A-Z])", rest)[0]  # a sentence the splitter ran on
        last = until_day(rest)
        kept = title_list(rest, stays.end() - stays.start())
        held = [*held, *(replace(s, change="end", day=last) if last else s for s in kept)]
    if purpose := _PURPOSE.search(scope, trigger.end()):
        scope, rest = scope[: purpose.start()], scope[purpose.start() :]
        if duties := _DUTIES.search(rest):
            held = [*held, *title_list(rest, duties.end())]
    return scope, held


# "joined the Company in 2011", "joined Example in 2011": the filer joined; not "joined the
# Bank" (the title after it is the bank's, an organisation the sentence leaves unnamed)
_JOINED_FILER = re.compile(
    r"\bjoin(?:ed|s)\s+(?:(?:the|our)\s+(?i:company|corporation|registrant)|(?!the\b)[A-Z]\w+)"
    r"\s+in\s+(?:19|20)\d{2}\b"
)
# "and has been VP, Quality since 2012": the clause joined by "and" (not a "who" clause's
# end: "A, who joined in 2015, has been SVP since 2018" is the news's subject, read there)
_AND_PERFECT = re.compile(r"(?:,\s+|\s+)and\s+has\s+(?:served|been)\b")


def held_beside_history(after: str, trigger: re.Match[str]) -> list[Stated]:
    """The offices a sentence says are held now beside the person's joining the filer told
    as history ("has been VP, Quality since 2012 and joined the Company in 2003 as an
    engineer", "joined the Company in 2011 and has served as SVP, Sales since 2015"): the
    joining dates nothing, but the clause in the present perfect before or after it names a
    title held, when the tenure follows the title straight ("... of Example Casualty since
    2001": another company's, which the title reader does not name)."""
    if trigger.string is not after or not _JOINED_FILER.match(after, trigger.start()):
        return []
    parts = [after[: trigger.start()]]
    if clause := _AND_PERFECT.search(after, trigger.end()):
        parts.append(re.split(r"[.;]\s+(?=[A-Z])", after[clause.start() :])[0])
    return [
        s
        for part in parts
        for s in appositions("", part)
        if re.search(rf"\b{re.escape(s.title)}\s+since\b", part)
    ]


def nearest_verb(before: str, after: str) -> re.Match[str] | None:
    """The verb nearest the name: after it ("is retiring from the Board to join a start-up
    as CEO"), else the last before it in the same clause ("the Board appointed Jane Roe")."""
    triggers = [t for t in (START.search(after), END.search(after)) if t]
    # "following the departure of B": the change is the next person's, not this one's; so is
    # "the vacancy created by the death of B" (the next name the model may not have found)
    triggers = [t for t in triggers if not _OF_NEXT.match(after, t.end())]
    triggers = [t for t in triggers if not t.group(0).lower().startswith("death")]
    # "A, a retired Senior Vice President of Acme": a word about A, no departure told here
    triggers = [t for t in triggers if not _A_RETIRED.search(after, 0, t.start())]
    # "will continue to serve as CLO until a successor is named": the successor's verb
    triggers = [t for t in triggers if not _SUCCESSOR_IS.search(after, 0, t.start())]
    # "has served as SVP, People since she joined the Company": the tenure's start, history
    triggers = [t for t in triggers if not _SINCE.search(after, 0, t.start())]
    if triggers:
        return min(triggers, key=lambda t: t.start())
    earlier = [*START.finditer(before), *END.finditer(before)]
    if not earlier:
        return None
    trigger = max(earlier, key=lambda t: t.start())
    between = re.sub(r"\b(?:Mrs?|Ms|Dr|[A-Z])\.", "", before[trigger.end() :])
    return None if re.search(r"[.;]|\bwho\b", between) else trigger


def event_day(
    text: str, at: int, near: date | None = None, verb: bool = False, upto: int | None = None
) -> date | None:
    """The event's date: "effective <date>", else the last date before the verb, else any;
    with ``near``, a day written without its year counts too. ``verb``: ``at`` is the verb's
    place, and a date after it in another's "who" clause is not its day; ``upto``: where the
    next person's words start (a date after it, "... and that B will join on May 2", is B's)."""
    if when := EFFECTIVE.search(text):
        return first_date(when.group(1))
    if event := _AT_EVENT.search(text, at):  # "... at the annual meeting to be held on <date>"
        return first_date(event.group(1))
    if _UPON.search(text, at):  # "upon the appointment of her successor": not yet known
        return None
    if last := month_end(text, at, near):  # "will leave at the end of May"
        return last
    written = find_dates(text)
    if not written and near is not None:
        written = yearless_dates(text, near)
    if not written and near is not None and _IMMEDIATELY.search(text):
        return near  # "named COO, effective immediately" in a release: its date
    dates = [(o, d) for o, d in written if not _NOT_AN_EVENT_DATE.search(text[:o])]
    earlier = [d for o, d in dates if o < at]
    # not a date after the verb in another's clause ("..., succeeding B, who will retire
    # on December 31"): B's day, not this change's
    later = [
        d
        for o, d in dates
        if o >= at
        and not (verb and _WHO.search(text, at, o))
        # "..., and B as Chair, both effective August 1": the sentence's day, not B's alone
        and (upto is None or o < upto or _EFFECTIVE_AT.search(text, 0, o))
    ]
    return earlier[-1] if earlier else (later[0] if later else None)


_WHO = re.compile(r",\s+who\s")
_EFFECTIVE_AT = re.compile(r"(?i)\beffective\s+(?:as\s+of\s+|on\s+)?$")


# "will be Example's non-executive chairman": the company whose office it is, before the title.
_WHOSE_OFFICE = re.compile(r"\s+((?-i:[A-Z][\w&.-]*)(?:\s+(?-i:[A-Z][\w&.-]*)){0,3})['’]s\s")


def possessed(scope: str, trigger: re.Match[str], titles: list[Stated]) -> list[Stated]:
    """The titles "will be X's <title>" gives, at X (said as the title's possessor)."""
    whose = (
        _WHOSE_OFFICE.match(scope, trigger.end())
        if trigger.group(0).lower().startswith("will be")
        else None
    )
    return [replace(s, org=s.org or whose.group(1)) for s in titles] if whose else titles
