"""Dates as filings write them: "March 1, 2024", "DECEMBER 15, 1998", "3/1/2024", "on this
8th day of January, 2025", and a day written without its year ("effective January 1"), placed
in the year nearest the document's date."""

from __future__ import annotations

import re
from datetime import date

from kg.extract.common import fold, parse_date

_MONTH_NAMES = (
    r"Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
    r"|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?"
)
# As written, or in capitals on a cover page ("DECEMBER 15, 1998"); not "may 5".
_MONTH = rf"(?:{_MONTH_NAMES}|{_MONTH_NAMES.upper()})"
# Day first, as British and Commonwealth releases write it: "3 October 2011", "1st Oct. 2012".
# (No groups in DATE_RE: the patterns that embed it number their own.)
_DAY_FIRST = rf"\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTH}\.?,?\s+\d{{4}}"
DATE_RE = re.compile(
    rf"\b{_MONTH}\.?\s+\d{{1,2}}(?:st|nd|rd|th)?\s*,?\s+\d{{4}}\b|\b\d{{1,2}}/\d{{1,2}}/\d{{4}}\b"
    rf"|\b{_DAY_FIRST}\b"
)
_DAY_FIRST_RE = re.compile(rf"(\d{{1,2}})(?:st|nd|rd|th)?\s+({_MONTH})\.?,?\s+(\d{{4}})")
# "on this 8th day of January, 2025" (signature paragraphs), "effective on the 1st day of
# October, 2004" (an older 8-K's wording); DAY_OF has no groups, for the patterns embedding it.
_DAY_OF_RE = re.compile(rf"\b(\d{{1,2}})(?:st|nd|rd|th)?\s+day\s+of\s+({_MONTH}),?\s+(\d{{4}})")
DAY_OF = rf"\b\d{{1,2}}(?:st|nd|rd|th)?\s+day\s+of\s+{_MONTH},?\s+\d{{4}}"


# "on May 22", "effective January 1": a day without its year (not "May 22, 2017").
_YEARLESS_RE = re.compile(
    rf"\b({_MONTH})\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?\b(?!\s*,?\s*\d{{4}})(?!,\d)"
)


def yearless_dates(text: str, near: date) -> list[tuple[int, date]]:
    """Days written without a year, each in the year that puts it nearest ``near`` (the
    document's date): "May 22" in an October release is that May; "January 1" in a December
    one, the coming January."""
    found = []
    for m in _YEARLESS_RE.finditer(text):
        month = _month(m.group(1))  # "Sept. 30"
        candidates = [parse_date(f"{month} {m.group(2)}, {near.year + k}") for k in (-1, 0, 1)]
        days = [d for d in candidates if d is not None]
        lead = text[max(0, m.start() - 80) : m.start()]
        if _FUTURE.search(lead):  # "will become CEO on January 1": the next one
            days = [d for d in days if d >= near]
        elif _PAST.search(lead):  # "became CEO on May 22": the last one
            days = [d for d in days if d <= near]
        if days:
            found.append((m.start(), min(days, key=lambda d: abs((d - near).days))))
    return found


_FUTURE = re.compile(r"(?i)\b(?:will|shall|to\s+(?:become|be|join|serve|retire|step))\b")
_PAST = re.compile(r"(?i)\b(?:became|was|were|had|joined|retired|resigned|stepped)\b")


# "will leave the company at the end of May": the month's last day.
_MONTH_END = re.compile(rf"\b(?:at|by)\s+the\s+end\s+of\s+({_MONTH})\b(?:\s*,?\s*(\d{{4}}))?")


def month_end(text: str, at: int, near: date | None) -> date | None:
    """The last day of the month "at the end of <month>" names after ``at``; its year as
    written, else the one nearest ``near`` (the document's date) not before it."""
    m = _MONTH_END.search(text, at)
    first = parse_date(f"{_month(m.group(1))} 1, 2000") if m else None
    if m is None or first is None or (m.group(2) is None and near is None):
        return None
    year = int(m.group(2)) if m.group(2) else near.year  # type: ignore[union-attr]
    if not m.group(2) and near and date(year, first.month, 28) < near:
        year += 1
    following = date(year + first.month // 12, first.month % 12 + 1, 1)
    return date.fromordinal(following.toordinal() - 1)


def find_dates(text: str) -> list[tuple[int, date]]:
    """Every date written in ``text`` with its offset, in order."""
    found = []
    for m in DATE_RE.finditer(text):
        written = fold(m.group(0))
        if day_first := _DAY_FIRST_RE.fullmatch(written):  # "3 October 2011": month first
            month = _month(day_first.group(2))
            written = f"{month} {day_first.group(1)} {day_first.group(3)}"
        value = parse_date(re.sub(r"\s*,?\s+(\d{4})$", r", \1", written))
        if value:
            found.append((m.start(), value))
    for m in _DAY_OF_RE.finditer(text):
        value = parse_date(f"{m.group(2)} {m.group(1)}, {m.group(3)}")
        if value:
            found.append((m.start(), value))
    return sorted(found, key=lambda pair: pair[0])


def first_date(text: str) -> date | None:
    dates = find_dates(text)
    return dates[0][1] if dates else None


# "Both changes take effect April 1.", "The appointments are effective immediately.": a
# sentence naming no one that dates the changes the sentence before it told.
_THEY_TAKE_EFFECT = re.compile(
    r"(?i)^\s*(?:both|all|the|these|each\s+of\s+the(?:se)?)\s+(?:(?:two|three|four|new|above"
    r"|executive|leadership|management|board)\s+)*(?:changes?|appointments?|promotions?"
    r"|transitions?|moves?|elections?)\s+(?:(?:will|are\s+to)\s+)?(?:takes?|took|become|became"
    r"|are|were|be)\s+(?:effective|effect)\b(?P<rest>[^;]*)$"
)


def later_day(sentence: str, near: date | None) -> date | None:
    """The day such a sentence gives ("immediately": ``near``, the document's date)."""
    m = _THEY_TAKE_EFFECT.match(sentence)
    if m is None:
        return None
    rest = m.group("rest")
    if re.match(r"(?i)\s*immediately\b", rest):
        return near
    if written := first_date(rest):
        return written
    yearless = yearless_dates(rest, near) if near else []
    return yearless[0][1] if yearless else None


def opening_day(sentence: str) -> date | None:
    """The day of a sentence's opening "On <date>," ("(b) On March 5, 2009, ...")."""
    m = re.match(r"\s*(?:\([a-z]\)\s*)?(?:Also\s+)?On\s+([^;]{4,40}?\d{4})\s*,", sentence)
    return first_date(m.group(1)) if m else None


def _month(name: str) -> str:
    """A month as ``parse_date`` reads it: "Sept" (without its period) is "Sep"."""
    return "Sep" if name.lower() == "sept" else name
