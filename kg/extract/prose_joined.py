"""Names, clauses and words joined to the news of a position sentence, for
``kg.extract.prose_positions``: names that share the next name's verb ("A, 61, and B, 56,
have been elected", "A, CFO, and B will depart", "appointed A, currently President, Europe,
and B, currently CFO, as Co-CEOs"), and a clause joined to a departure that starts the
person's next office ("will step down as CEO and will become Executive Chairman"), and
"sole" before a title taken, which ends the co-office held before ("will become sole CEO"),
and a second act on the person by pronoun ("... and elected her to the Board")."""

from __future__ import annotations

import re
from dataclasses import replace

from kg.extract.nlp import TITLE_RE
from kg.extract.prose_asides import OWN
from kg.extract.prose_dates import DATE_RE, find_dates, first_date
from kg.extract.prose_titles import Stated, title_at
from kg.extract.prose_verbs import END, START

# "A, 61, and B", "A and Dr. B", "A, B and C" (the model's name need not hold the honorific)
_CONJOINED = re.compile(
    r"(?i)(?=.*?(?:[,&]|\band\b))[\s,]*(?:(?:age\s+)?\d{2}\s*,\s*)?(?:(?:and|&)\s*)?"
    r"(?:(?:Mr|Mrs|Ms|Dr)\.\s*)?"
)
_TITLED_AND = re.compile(
    rf"\s*,\s*{OWN}(?P<title>{TITLE_RE.pattern}"
    rf"(?:,\s+[A-Z][\w&]*(?:\s+[A-Z][\w&]*){{0,2}})?)\s*,\s*and\s*",
    re.I,
)
# "appointed A, currently President, Europe, and B, currently CFO, as Co-CEOs": A holds the
# title said in passing and shares B's verb (the news is the title after B)
_CURRENTLY_AND = re.compile(
    rf"\s*,\s*(?:currently|presently|now)\s+{OWN}(?P<title>{TITLE_RE.pattern}"
    rf"(?:,\s+[A-Z][\w&]*(?:\s+[A-Z][\w&]*){{0,2}})?)\s*,\s*and\s*",
    re.I,
)


# "appointed A, a Partner at Example Capital, and B as directors": a job at another company
# said in passing (with its article: "A, CEO of Wealth Management, and B" names a unit's
# head, whose title is A's own); A shares B's verb and title, not that job.
_ELSEWHERE_AND = re.compile(
    rf"\s*,\s*(?:a|an|the)\s+(?:former\s+|retired\s+)?"
    rf"(?:{TITLE_RE.pattern}|(?-i:[A-Z][a-z]+)(?:\s+(?-i:[A-Z][a-z]+)){{0,2}})\s+(?:at|of|with)\s+"
    r"(?-i:[A-Z][\w&.'’-]*)(?:\s+(?-i:[A-Z][\w&.'’-]*|&)){0,5}\s*,\s*and\s*",
    re.I,
)


# "A, a director since 2009 and chair of the Audit Committee, and B, ..., will leave the
# Board": A's seat, said in passing with its years, is the one B's verb leaves too.
_SEAT_AND = re.compile(
    r"(?i)\s*,\s*an?\s+(?:independent\s+)?director\s+since\s+(?:19|20)\d\d"
    r"(?:\s+and\s+[^,;.]{1,80})?\s*,\s*and\s*"
)


def waits(after: str) -> Stated | None:
    """A name that shares the next name's verb: None when it does not; else the title said
    with it ("A, Senior Vice President, Sales, and B, Controller, will depart"), or a blank
    one ("A, 61, and B, 56, have been elected"; "A, a Partner at X, and B")."""
    if _CONJOINED.fullmatch(after) or _ELSEWHERE_AND.fullmatch(after) or _SEAT_AND.fullmatch(after):
        return Stated("", "")
    titled = _TITLED_AND.fullmatch(after)
    return title_at(after, titled.start("title"), titled.end("title")) if titled else None


def elsewhere_aside(after: str) -> int:
    """The length of a job elsewhere said in passing before ", and" ("A, a Managing Director
    at X, and B as directors"): blanked, so that B's verb does not read it as the news."""
    m = _ELSEWHERE_AND.fullmatch(after)
    return after.rindex(",", 0, m.end()) if m else 0


# "... as CEO and will become", "..., and was appointed", "and to serve as": the clause after
# a departure that starts the person's next office
_AND_THEN = re.compile(
    r"(?i)(?:,\s*|\s+)and\s+(?:(?:will|would|was|has|have|is|to)\s+)?"
    r"(?:(?:then|also|thereafter|subsequently|been|be)\s+)*$"
)


def then_starts(after: str, trigger: re.Match[str], change: str | None) -> re.Match[str] | None:
    """The verb of a clause joined to a departure after the name that starts another office
    ("resigned as CFO and was appointed Vice Chairman"), or to a start, the office it becomes
    next ("will join as COO on <date> ... and will become CEO on <date>"), when nothing ends
    the sentence between them."""
    turn = _next_verb(after, trigger, START)
    if turn is None:
        return None
    if change == "start" and not re.fullmatch(r"(?i)bec[ao]mes?", turn.group(0)):
        return None  # "will join as CEO and will be appointed to the Board": one change, told twice
    return turn if _AND_THEN.search(after, trigger.end(), turn.start()) else None


def _next_verb(after: str, trigger: re.Match[str], verbs: re.Pattern[str]) -> re.Match[str] | None:
    """The first of ``verbs`` after ``trigger`` (a verb after the name) in the same sentence."""
    if trigger.string is not after:
        return None
    turn = verbs.search(after, trigger.end())
    if turn is None or re.search(r"[.;]\s", after[trigger.end() : turn.start()]):
        return None
    return turn


def held_now(after: str) -> Stated | None:
    """The title a name that shares the next name's verb is said to hold now ("A, currently
    President, Europe, and B ..."), else None."""
    now = _CURRENTLY_AND.fullmatch(after)
    return title_at(after, now.start("title"), now.end("title")) if now else None


_FILER = re.compile(r"(?i)(?:the\s+)?(?:company|registrant|corporation)")


def sole_ends(after: str, found: list[Stated]) -> list[Stated]:
    """``found`` and, for a title taken as "sole" ("will become sole Chief Executive
    Officer", "was named sole President"), the co-office the person held until then, ended
    on the same day."""
    ended = [
        replace(s, title=f"Co-{s.title}", change="end")
        for s in found
        if s.change == "start"
        # the filer's office; not "sole CEO of the CIB" (a business's: its co-office unsaid)
        and (s.org is None or _FILER.fullmatch(s.org))
        and re.search(rf"(?i)\bsole\s+(?:the\s+)?{re.escape(s.title)}", after)
    ]
    return [*found, *ended]


# "appointed A as CEO and elected her to the Board": a second act on the same person, by pronoun
_AND_HIM = re.compile(
    r"(?i)(?:,\s*|\s+)and\s+(?:(?:has|have|was|were|also)\s+)*"
    r"(?P<verb>elected|appointed|named)\s+(?:him|her|them)\b"
)

_SUCCEEDS = re.compile(r"(?i)\b(?:succeed|replac)\w*\s+(?:(?:Mr|Ms|Mrs|Dr)\.\s*)?$")


def and_elected_them(before: str, after: str) -> re.Match[str] | None:
    """The verb of a clause after the person's news (``before`` and ``after`` the name) that
    acts on the person again by a pronoun ("..., and elected her to the board of directors,
    in each case effective <date>"), when nothing ends the sentence before it."""
    # anywhere in the segment: the nearest verb may be this one ("appointed A as CEO and
    # elected her": "elected", the title before it the appointment's)
    if _SUCCEEDS.search(before):
        return None  # "appointed A to succeed Mr. B as CEO, and elected her": A, not B
    again = _AND_HIM.search(after)
    if again is None or re.search(r"[.;]\s", after[: again.start()]):
        return None
    at = again.start("verb")
    if not after[:at].strip():
        return None  # the clause read already (the segment blanked up to it)
    # matched in the segment blanked up to the verb: the titles said before it are not its own
    return START.match(" " * at + after[at:], at)


# "will serve as Executive Chairman from January 1, 2018 through the 2018 Annual Meeting,
# currently expected to be held on May 17, 2018": the office's first and last days
_FROM_THROUGH = re.compile(
    rf"(?i)\bfrom\s+(?P<first>{DATE_RE.pattern})\s+(?:through|until|till|to)\s+(?P<rest>[^;]*)"
)


# "will join as President and COO on July 10, 2017, will serve in that role through December
# 31, 2017, and will become CEO": the last day of the office just started
_IN_THAT_ROLE = re.compile(
    r"(?i),\s*(?:and\s+)?will\s+(?:serve|remain|continue)\s+in\s+(?:that|this|such|the\s+same)\s+"
    rf"(?:role|position|capacity|office)\s+(?:through|until)\s+(?P<last>{DATE_RE.pattern})"
)


def from_through(scope: str, found: list[Stated]) -> list[Stated]:
    """``found``, the titles the verb starts dated by a "from <date> through <date or event
    on date>" span in its ``scope`` (started on the first day, ended on the last), or ended by
    a clause after it ("..., will serve in that role through <date>")."""
    span = _FROM_THROUGH.search(scope)
    first = first_date(span["first"]) if span else None
    last = find_dates(span["rest"]) if span else []
    started = [replace(s, day=first or s.day) for s in found if s.change == "start"]
    if first is None or not last:
        role = _IN_THAT_ROLE.search(scope)
        last = [(0, first_date(role["last"]))] if role else []
    if not last or last[0][1] is None:
        return found
    ended = [replace(s, change="end", day=last[0][1]) for s in started]
    return [*(s for s in found if s.change != "start"), *started, *ended]


def joined_verb(
    before: str, after: str, trigger: re.Match[str], change: str | None
) -> re.Match[str] | None:
    """The verb of a clause joined to the person's news that starts another office: "will
    step down as CEO and will become Executive Chairman", "appointed A as CEO and elected
    her to the Board", "will join as COO on <date>, ..., and will become CEO on <date>"."""
    then = and_elected_them(before, after) if change == "start" else None
    return then or then_starts(after, trigger, change)


# "was removed as Chairman and, at the Board's request, resigned as a director": a second
# departure joined to the first by "and" (an aside between them), with its own title.
_AND_ALSO = re.compile(
    r"(?i)\s*,?\s+and\s*(?:,[^,.;]{1,60},\s*)?(?:(?:has|have|was|were|will|also)\s+)*$"
)


def then_leaves(after: str, trigger: re.Match[str], change: str | None) -> re.Match[str] | None:
    """The verb of a second departure joined to the person's first ("removed as Chairman and
    resigned as a director on the same day"), when nothing ends the sentence between them."""
    turn = _next_verb(after, trigger, END) if change == "end" else None
    return turn if turn and _AND_ALSO.search(after, trigger.end(), turn.start()) else None
