"""The business a title is over, said after it and a comma, for ``kg.extract.prose_titles``
and the name readers: "named President, Specialty Adhesives.", "currently Vice President and
General Manager, Industrial Tapes, has been named ...": words a reader could take for a person
or a company."""

from __future__ import annotations

import re

from kg.extract.nlp import TITLE_RE

# A title a verb gives, or one "currently" held, then a comma and capitalised words that end
# the clause: "named President, Specialty Adhesives.", "currently Vice President and General
# Manager, Industrial Tapes, has been named": the business the title is over, not a person
# (a name comes after a title with a comma only in apposition: "its CFO, Jane Roe,"). After
# "as" only at the sentence's end: "appointed A as Vice President, Acme Robotics, effective
# ..." may name a firm.
_TITLE_OBJECT = re.compile(
    r"(?P<held>\b(?:currently|presently)\s+(?:the\s+)?(?:(?i:company|bank)['’]s\s+)?"
    r"|\b(?:named|promoted\s+to|become|becomes|became)\s+"
    # "will relinquish the title of President, Brands upon becoming CEO"
    r"|\bthe\s+(?:additional\s+)?(?:title|role|position|office)\s+of\s+)$|(?P<as>\bas\s+)$"
)
_ANCHOR = re.compile(_TITLE_OBJECT.pattern.replace("$", ""))
_WORDS = r",\s+(?:[A-Z][a-z]+\s+){0,2}[A-Z][a-z]+"
_OBJECT_UNIT = re.compile(
    rf"{_WORDS}(?=\s*(?:[.;]|$)|,\s+(?:effective|has|have|had|will|was|is|who|which|a\s+new)\b"
    r"|\s+(?:upon|when|following)\b)"  # "President, Brands upon becoming CEO"
)
_LAST_UNIT = re.compile(rf"{_WORDS}(?=\s*(?:[.;]|$))")
# "Vice President, Operations" before the unit: a title with its function
_TITLED = re.compile(rf"(?i:{TITLE_RE.pattern})(?:{_WORDS})?")


def segment_unit(text: str, start: int, end: int) -> re.Match[str] | None:
    """The unit after a title that a verb gives or "currently" holds (``_TITLE_OBJECT``)."""
    anchor = _TITLE_OBJECT.search(text, max(0, start - 40), start)
    if anchor is None:
        return None
    return (_LAST_UNIT if anchor.group("as") else _OBJECT_UNIT).match(text, end)


def unit_after_object(text: str, at: int, end: int) -> bool:
    """Whether the capitalised words at ``text[at:end]`` are such a title's unit."""
    comma = text.rfind(",", 0, at)
    if comma < 0 or text[comma + 1 : at].strip():
        return False
    anchors = list(_ANCHOR.finditer(text, max(0, comma - 100), comma))
    between = text[anchors[-1].end() : comma] if anchors else ""
    titled = TITLE_RE.match(between) and not re.search(r"[,.;]", between)
    if not anchors or not (titled or _TITLED.fullmatch(between)):
        return False  # the title is not the one before the comma
    unit = segment_unit(text, anchors[-1].end(), comma)
    return bool(unit and unit.end() >= end)


# "President of its Hydraulic Components Division", "president of the company's Marine
# Systems Division", "Vice President of the Industrial Segment": the unit the title is over
# is part of the title (a division is no company, and no other company's office).
_DIVISION_OF = re.compile(
    r"\s+of\s+(?P<whose>(?:the|its|our)\s+(?:(?i:company|corporation|registrant)['’]s\s+)?)"
    r"(?:[A-Z][\w&'’-]*,?\s+(?:(?:and|&)\s+)?){1,5}"
    r"(?:Division|Segment|Business\s+(?:Unit|Group)|Sector)s?\b"
)


def division_of(text: str, end: int) -> re.Match[str] | None:
    """The division, segment or business unit "of" after the title ending at ``end``."""
    return _DIVISION_OF.match(text, end)


def plain_division(title: str) -> str:
    """The title with its division said as "of the": "President of its Hydraulic Components
    Division" is "President of the Hydraulic Components Division"."""
    whose = _DIVISION_OF.search(title)
    if whose is None or whose.group("whose") == "the ":
        return title
    return title[: whose.start("whose")] + "the " + title[whose.end("whose") :]
