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
from kg.extract.prose_titles import Stated, title_at
from kg.extract.prose_verbs import START

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


def waits(after: str) -> Stated | None:
    """A name that shares the next name's verb: None when it does not; else the title said
    with it ("A, Senior Vice President, Sales, and B, Controller, will depart"), or a blank
    one ("A, 61, and B, 56, have been elected")."""
    if _CONJOINED.fullmatch(after):
        return Stated("", "")
    titled = _TITLED_AND.fullmatch(after)
    return title_at(after, titled.start("title"), titled.end("title")) if titled else None


# "... as CEO and will become", "..., and was appointed", "and to serve as": the clause after
# a departure that starts the person's next office
_AND_THEN = re.compile(
    r"(?i)(?:,\s*|\s+)and\s+(?:(?:will|would|was|has|have|is|to)\s+)?"
    r"(?:(?:then|also|thereafter|subsequently|been|be)\s+)*$"
)


def then_starts(after: str, trigger: re.Match[str]) -> re.Match[str] | None:
    """The verb of a clause joined to a departure after the name that starts another office
    ("resigned as CFO and was appointed Vice Chairman"), when nothing ends the sentence
    between them."""
    if trigger.string is not after:
        return None
    turn = START.search(after, trigger.end())
    if turn is None or re.search(r"[.;]\s", after[trigger.end() : turn.start()]):
        return None
    return turn if _AND_THEN.search(after, trigger.end(), turn.start()) else None


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
