"""A press release's dateline in the forms the wires print it ("CITY, State, May 12, 2010
(BUSINESS WIRE) --", "BOSTON--(BUSINESS WIRE)--Jan. 8, 2024--", "AUSTIN, Texas, June 3
/PRNewswire/ --"), its wire and its date."""

from __future__ import annotations

import re
from datetime import date

from kg.extract.common import parse_date
from kg.extract.prose_dates import DATE_RE, find_dates, first_date

_WIRE = (
    r"BUSINESS\s+WIRE|Business\s+Wire|PRNewswire(?:-FirstCall|-USNewswire)?|PR\s+Newswire"
    r"|GLOBE\s+NEWSWIRE|GlobeNewswire|ACCESSWIRE|Accesswire|Marketwired|Marketwire"
    r"|CNW(?:\s+Group)?|Canada\s+NewsWire"
)
_PUBLISHERS = {
    "businesswire": "Business Wire",
    "prnewswire": "PR Newswire",
    "globenewswire": "GlobeNewswire",
    "accesswire": "ACCESSWIRE",
    "marketwired": "Marketwired",
    "marketwire": "Marketwired",
    "cnw": "Canada NewsWire",
    "canadanewswire": "Canada NewsWire",
}
_MONTH_DAY = r"(?:Jan|Feb|Mar|Apr|May|June?|July?|Aug|Sept?|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}"
# The state after the city may be printed in capitals, as the city is ("NEW MEXICO").
_PLACE = (
    r"[A-Z][A-Za-z.'’-]*(?: +[A-Z][A-Za-z.'’-]*)*"
    r"(?:, *[A-Z][A-Za-z.]*(?: +(?:[A-Z][a-z.]+|[A-Z]{2,}(?![a-z])))?)?"
)
# The date ends at a dash, or at the dots an old release printed ("June 2, 1999...ACME").
_DATELINE = re.compile(
    rf"(?P<place>{_PLACE}(?:\s+and\s+{_PLACE})?),?\s*(?:[–—]\s*)?\(?(?P<date>{DATE_RE.pattern})\)?\s*"
    rf"(?:[(/]\s*(?P<wire>{_WIRE})[^)/]{{0,30}}[)/]\s*)?(?:--|–|—|-\s|\.{{3}}|…)"
)
# "BOSTON--(BUSINESS WIRE)--Jan. 8, 2024--", "VANCOUVER, BC / ACCESSWIRE / January 22, 2024 /":
# the wire before the date.
_DATELINE_WIRE_FIRST = re.compile(
    rf"(?P<place>{_PLACE})\s*(?:--|/)\s*\(?\s*(?P<wire>{_WIRE})\s*\)?\s*(?:--|/)\s*"
    rf"(?P<date>{DATE_RE.pattern})\s*(?:--|/|–|—)"
)

# "OXFORD, UNITED KINGDOM--(Marketwire - Sept. 14, 2011) -", "TORONTO, ONTARIO--(Marketwired -
# Jan. 5, 2015) -": the Canadian wires print wire and date inside one parenthesis.
_CAPS_PLACE = (
    r"[A-Z][A-Za-z.'’]*(?: +[A-Z][A-Za-z.'’]*)*(?:, *[A-Z][A-Za-z.]*(?: +[A-Z][A-Za-z.]+)?)?"
)
_DATELINE_WIRE_DATE = re.compile(
    rf"(?P<place>{_CAPS_PLACE})\s*(?:--|–|—)?\s*\(\s*(?P<wire>{_WIRE})\s*[-–—]+\s*"
    rf"(?P<date>{DATE_RE.pattern})\s*\)\s*(?:--|-|–|—)"
)

# "AUSTIN, Texas, June 3 /PRNewswire/ --": a wire's dateline without the year.
_DATELINE_NO_YEAR = re.compile(
    rf"(?P<place>{_PLACE}),?\s*(?P<date>{_MONTH_DAY})\s*/\s*(?P<wire>{_WIRE})[^/]{{0,30}}/\s*(?:--|–|—)"
)
_COPYRIGHT_YEAR = re.compile(r"(?i)(?:copyright|\(c\)|©)\s*(?:\(c\)\s*)?((?:19|20)\d{2})\b")


_DATE_LINE = re.compile(r"^(?:DATE|For\s+Immediate\s+Release)\s*:\s*(.+)$", re.I | re.M)


def _year_elsewhere(text: str, month_day: str) -> date | None:
    """A dateline's day ("Jan. 14") in its year, said elsewhere: the same day written in
    full (an old wire's foot line "01/14/2003"), else the copyright line's year."""
    year = _COPYRIGHT_YEAR.search(text)
    guess = parse_date(f"{month_day}, {year.group(1) if year else 2000}")
    if guess is None:
        return None
    same = [d for _, d in find_dates(text) if (d.month, d.day) == (guess.month, guess.day)]
    if len({d.year for d in same}) == 1:
        return same[0]
    return guess if year else None


def dateline_of(text: str) -> re.Match[str] | None:
    """The first dateline of any form."""
    forms = (_DATELINE, _DATELINE_WIRE_FIRST, _DATELINE_WIRE_DATE, _DATELINE_NO_YEAR)
    found = [m for m in (form.search(text) for form in forms) if m]
    return min(found, key=lambda m: m.start()) if found else None


def publisher_of(wire: str | None) -> str | None:
    key = re.sub(r"[^a-z]", "", (wire or "").lower())
    return next((name for k, name in _PUBLISHERS.items() if key.startswith(k)), None)


def published_on(text: str, dateline: re.Match[str] | None) -> date | None:
    if dateline and (written := first_date(dateline.group("date"))):
        return written
    if dateline:  # no year in the dateline: the release's copyright line gives it
        return _year_elsewhere(text, dateline.group("date"))
    labelled = _DATE_LINE.search(text[:3000])
    if labelled:
        return parse_date(labelled.group(1)) or first_date(labelled.group(1))
    return first_date(text[:1500])
