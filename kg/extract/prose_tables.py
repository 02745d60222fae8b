"""Positions an 8-K lays out as lines rather than sentences: a name over its title (an
Item 5.02 pay table), and the nominees "were elected" at a meeting (Item 5.07)."""

from __future__ import annotations

import itertools
import re
from datetime import date

from kg.extract.common import evidence, fold
from kg.extract.nlp import TITLE_RE, first_date, person_from_text, roles_for_title
from kg.extract.parties import Parties
from kg.model import Position

# A table's header row, "Name | Title", printed as one line: each row under it is a name,
# then its title ("Jane Roe Executive Vice President and Chief Financial Officer").
_HEADER = re.compile(r"(?i)^name\s+(?:title|position|office)s?(?:\s+held)?$")


def table_rows(lines: list[str]) -> list[tuple[str, str, str]]:
    """(name, title, evidence) for each "name title" row under a "Name Title" header."""
    out = []
    for i, line in enumerate(lines):
        if not _HEADER.match(line):
            continue
        for row in lines[i + 1 :]:
            title = TITLE_RE.search(row)
            name = row[: title.start()].strip() if title else ""
            if title is None or title.end() != len(row) or person_from_text(name) is None:
                break  # the table has ended
            out.append((name, title.group(0), row))
    return out


def table_titles(lines: list[str]) -> list[tuple[str, str, str]]:
    """(name, title, evidence) for each line holding only a name with a title line under it,
    and each row of a name-and-title table (``table_rows``)."""
    out = table_rows(lines)
    for name, below in itertools.pairwise(lines):
        title = TITLE_RE.match(below)
        if person_from_text(name) is None or title is None or person_from_text(below):
            continue
        text = re.sub(r"\s*\([^)]*\)\s*$", "", below).strip(" ,")
        if len(text) <= 80 and not re.search(r"\d", text):
            out.append((name, text, f"{name} {below}"))
    return out


_ELECTED = re.compile(
    r"(?i)\b(?:nominees?|directors?)\b[^.]{0,80}\bw(?:ere|as)\s+(?:duly\s+)?(?:re-?)?elected\b"
)
_VOTE_ROW = re.compile(r"^(?P<name>[A-Z][\w.'’ -]{3,60}?)\s+(?:[\d,]{3,}|—|-)(?:\s+|$)")


def elected_directors(lines: list[str]) -> list[tuple[str, str]]:
    """(name, evidence) for each nominee row under "the nominees ... were elected" (Item 5.07)."""
    text = " ".join(lines)
    said = _ELECTED.search(text)
    if said is None:
        return []
    out = []
    seen = False
    for line in lines:
        seen = seen or bool(_ELECTED.search(line))
        m = _VOTE_ROW.match(line) if seen else None
        if m and person_from_text(m.group("name")):
            out.append((m.group("name"), line))
        elif out and not m:
            break  # the table of nominees has ended
    return out


def table_positions(
    body_502: str, body_507: str, parties: Parties, report_date: date | None
) -> list[Position]:
    """Name-over-title tables (Item 5.02 pay tables) and directors elected (Item 5.07)."""
    if parties.subject_key is None:
        return []
    subject = parties.ref(parties.subject_key)
    out = []
    lines = [fold(x) for x in body_502.split("\n") if fold(x)]
    for name, title, source in table_titles(lines):
        holder = parties.ref(parties.add(person_from_text(name) or subject, source))
        roles = roles_for_title(title) or ("Officer",)
        out.append(Position(holder, subject, roles, evidence(source), title, as_of=report_date))
    body = body_507
    lines = [fold(x) for x in body.split("\n") if fold(x)]
    meeting = first_date(body) or report_date
    for name, source in elected_directors(lines):
        holder = parties.ref(parties.add(person_from_text(name) or subject, source))
        out.append(Position(holder, subject, ("Director",), evidence(source), "Director", meeting))
    return out
