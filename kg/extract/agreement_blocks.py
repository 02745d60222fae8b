"""How an agreement's preamble describes its parties: the entity type and jurisdiction
("a Delaware corporation", "a company incorporated in England and Wales", "a Japanese
corporation"), and the forms of agreements drafted in Canada and the United Kingdom.

The parties stand in a block of their own under "BETWEEN:" or "AMONG:", one paragraph
each, separated by "- and -" or "AND:" lines or numbered "(1)", "(2)"; the preamble
sentence above the block only dates the agreement ("THIS AGREEMENT is made on 3 October
2005", "dated as of the 1st day of March, 2011"). Read here: the block's party paragraphs
(each to be read like one entry of a "between ..." list) and a day-first date.
"""

from __future__ import annotations

import re
from datetime import date

from kg.extract.common import fold

ENTITY_TYPE = (
    r"(?i:(?:public\s+)?limited\s+liability\s+company|limited\s+partnership|general\s+partnership"
    r"|statutory\s+trust|business\s+trust|exempted\s+company|banking\s+corporation"
    r"|corporation|company|partnership|trust|bank)"
)
JURIS = r"(?P<juris>[A-Z][a-z]+(?:\s+[A-Z][a-z]+){0,2}?)"
_TYPED = re.compile(rf"\ban?\s+{JURIS}\s+(?P<type>{ENTITY_TYPE})\b")
_LAWS_OF = re.compile(
    # "a stock corporation organized under the laws of Switzerland": a word or two before the type.
    # "a company with limited liability organized under the laws of the Federal Republic of
    # Germany", "a company incorporated in England and Wales".
    rf"\ban?\s+(?:[a-z-]+\s+){{0,2}}?(?P<type>{ENTITY_TYPE})\s+(?:with\s+limited\s+liability\s+)?"
    r"(?:duly\s+)?(?:organized|organised|incorporated|formed|existing)"
    r"(?:[\w\s]{0,30}?\s+under\s+the\s+laws\s+of|\s+in)\s+(?:the\s+(?:State|Commonwealth|Province"
    r"|Federal\s+Republic|Republic|Kingdom|Grand\s+Duchy)\s+of\s+|the\s+)?"
    r"(?P<juris>England\s+and\s+Wales|[A-Z][a-z]+(?:\s+[A-Z][a-z]+){0,2})"
)


def described_as(desc: str) -> re.Match[str] | None:
    """The entity type ("type") and jurisdiction ("juris") a party's description gives."""
    return _TYPED.search(desc) or _LAWS_OF.search(desc)


# "BETWEEN:", "AMONG:", "BY AND BETWEEN:" on a line of their own.
_HEAD = re.compile(r"(?im)^[ \t]*(?:by\s+and\s+)?(?:between|among(?:st)?)[ \t]*:?[ \t]*$")
# What ends the block: the recitals or the operative words.
_END = re.compile(
    r"(?im)^[ \t]*(?:\(?[A-Z]\)\s+)?(?:WHEREAS|RECITALS|BACKGROUND|IT\s+IS\s+(?:HEREBY\s+)?AGREED"
    r"|NOW[, ]+THEREFORE|THIS\s+AGREEMENT\s+WITNESSES)\b"
)
# "- and -", "AND:", "and" alone on a line; a numbered "(2)" opening a paragraph.
_SEPARATOR = re.compile(r"(?im)^[ \t]*(?:-+\s*and\s*-+|and\s*:?)[ \t]*$")
_NUMBERED = re.compile(r"(?m)^[ \t]*\(\d{1,2}\)[ \t]+")
# "(hereinafter called the "Licensor")" on a line of its own: the same party's term.
_HEREINAFTER = re.compile(r"(?i)\((?:hereinafter\s+(?:called|referred\s+to\s+as)\s+)?")


def block_parties(text: str) -> list[str]:
    """The party paragraphs of a "BETWEEN:" / "AMONG:" block at the top of ``text``, each
    folded to one line ("ACME LTD., a corporation existing under the laws of Alberta (the
    "Vendor")"), without their numbers and the "; and" that joins them."""
    head = _HEAD.search(text)
    if head is None:
        return []
    end = _END.search(text, head.end())
    block = text[head.end() : end.start() if end else head.end() + 3000]
    parts = _NUMBERED.split(block) if _NUMBERED.search(block) else _SEPARATOR.split(block)
    out = []
    for part in parts:
        line = fold(_HEREINAFTER.sub("(", part.replace("\n", " ")))
        line = re.sub(r"(?i)[;,.]?\s*(?:and|-\s*and\s*-)?\s*$", "", line).strip()
        if re.match(r"[A-Z]", line):
            out.append(line)
    return out


_MONTHS = [
    "january", "february", "march", "april", "may", "june",
    "july", "august", "september", "october", "november", "december",
]  # fmt: skip
_DAY_FIRST = re.compile(
    r"\b(\d{1,2})(?:st|nd|rd|th)?\s+(?:day\s+of\s+)?(" + "|".join(_MONTHS) + r")\s*,?\s+(\d{4})\b",
    re.IGNORECASE,
)


def day_first_date(text: str) -> date | None:
    """The first date written day first ("3 October 2005", "the 1st day of March, 2011")."""
    m = _DAY_FIRST.search(text)
    if m is None:
        return None
    try:
        return date(int(m.group(3)), _MONTHS.index(m.group(2).lower()) + 1, int(m.group(1)))
    except ValueError:
        return None


# A letter agreement's writers "confirm their agreement (this "Agreement") with A, B, C and D
# (each, an "Agent")": the addressees, listed after "with" up to their defined term.
_AGREEMENT_WITH = re.compile(
    r"\b(?:confirms?|enters?\s+into|makes?)\s+(?:its|their|this|the)\s+agreement"
    r"(?:\s*\([^()]*\))?\s+with\s+(?P<list>[^()“”\"]+?)\s*(?=\(|,?\s+as\s+follows\b|$)"
)
# A comma ends a name unless a legal form follows it ("Roe Capital, Inc.", "Doe & Co., LLC").
_NAME_COMMA = re.compile(
    r",\s+(?!(?:Inc|Corp|Co|Ltd|LLC|L\.L\.C|LP|L\.P|LLP|N\.A|plc|PLC)\b\.?)(?:and\s+)?"
    r"|\s+and\s+(?=[A-Z])"
)


def agreement_with(sentence: str) -> list[str]:
    """The names a letter agreement's writers confirm their agreement with, in order."""
    m = _AGREEMENT_WITH.search(sentence)
    names = _NAME_COMMA.split(m.group("list").strip(" ,")) if m else []
    return [n.strip(" ,") for n in names if n.strip(" ,")[:1].isupper()]
