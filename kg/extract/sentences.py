"""Prose text before reading: entities decoded and spaces tidied (``clean_text``), and
the text cut into sentences by punctuation (``sentences_of``), which needs no model:
the rules below know the periods that end no sentence ("Mr.", "Inc. (the", "Sept. 30")."""

from __future__ import annotations

import html
import re

from kg.extract.common import fold


def clean_text(text: str) -> str:
    """Plain text with entities decoded, no-break spaces and markdown bold removed."""
    text = html.unescape(text).replace("\xa0", " ").replace("\u200b", "").replace("\f", "\n")
    text = text.replace("**", "")
    text = re.sub(r"[ \t]+", " ", text)
    return re.sub(r" *\n *", "\n", text)


# (not "Regulation S-K.": a form's letter after a hyphen is no initial)
_NOT_A_STOP = re.compile(r"\b(?:Mr|Mrs|Ms|Dr|No|Inc|Corp|Co|Ltd|St|(?<!-)[A-Z])\.,?$")
# A company's legal form before a comma, in any case ("ACME HOLDING CO., LTD.", "Foo plc.,
# a company"), ends no sentence: a release runs paragraphs together with ", " after words.
_FIRM_COMMA = re.compile(r"\b(?i:Inc|Corp|Co|Cos|Ltd|Plc|Bros)\.[\"”]?,$")
_MONTH_STOP = re.compile(r"\b(?:Jan|Feb|Mar|Apr|Aug|Sept?|Oct|Nov|Dec)\.$")


def sentences_of(text: str) -> list[str]:
    """Sentences by punctuation (cheap; the statistical parser is not needed for this)."""
    text = fold(text)
    # "effective as of the Distribution Time: • A ceased ...; • B ...; and • C ...": each
    # bullet is a sentence of its own (the model reads no names across the marks), under the
    # head that dates them all (``prose_story``'s list heading).
    text = _BULLET.sub("\n\n", text)
    text = _LOST_APOSTROPHE.sub(r"\1's", text)
    text = _PREFIX_BROKEN.sub(r"\1-", text)
    # A footnote mark glued to the full stop ("effective immediately.1 In addition") ends it too.
    # Scraped releases run paragraphs together with ", " ("... Roe., Mr. Smith is").
    parts = re.split(
        r"(?:(?<=[.!?])|(?<=[.!?][\"”])|(?<=[a-z][.!?]\d)|(?<=[.!?],)|(?<=[.!?][\"”],))\s+"
        r"(?=[\"“]?[A-Z0-9]|\([a-z]\)\s)"  # an Item 5.02 "(c) On May 1, ..." opens one too
        r"|\n\n",  # a bullet's
        text,
    )
    merged: list[str] = []
    for part in parts:
        # "Mr. Smith", "Inc. (the", "No. 3" end with a period but do not end a sentence;
        # "... of Acme Widgets, Inc. The Board also ..." does.
        ends_firm = _FIRM_STOP.search(merged[-1]) if merged else None
        stop = merged and (
            _FIRM_COMMA.search(merged[-1])
            or (_NOT_A_STOP.search(merged[-1]) and not (ends_firm and _OPENS.match(part)))
        )
        month = merged and _MONTH_STOP.search(merged[-1]) and part[:1].isdigit()  # "Sept. 30"
        if stop or month:
            merged[-1] += " " + part
        else:
            merged.append(part)
    return [s for s in merged if s]


_FIRM_STOP = re.compile(r"\b(?:Inc|Corp|Co|Ltd)\.$")
# A printed filing's text loses the apostrophe of a defined name's possessive ("the Company s
# President and Chief Operating Officer"): put back, so the title reads as the filer's own.
# A line's end that broke a prefixed word at its hyphen ("did not stand for re-" / "election"):
# the word joined again, as it is written elsewhere.
_PREFIX_BROKEN = re.compile(r"\b((?i:re|co|non|pre))-\s+(?=[a-z]{3})")
_LOST_APOSTROPHE = re.compile(
    r"\b((?i:the)\s+(?:Company|Registrant|Corporation|Bank|Board|Partnership|Trust))\s+s(?=\s)"
)
_BULLET = re.compile(r"(?<=[:;])\s*(?:and\s+)?[•●▪◦]\s*")
_OPENS = re.compile(
    r"(?:The|This|These|That|In|On|Mr|Mrs|Ms|Dr|He|She|It|Its|Our|We|As|Upon|There|Following"
    r"|Prior|Effective|Pursuant|Since|From|Under|Each|All|Such)\b"
)
