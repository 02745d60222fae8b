"""Titles as a clause states them, for ``kg.extract.prose_positions``: "Name, Title",
"Name as Title", "is also a director of A and B", a title and the organisation after its
"of", and the first title after a verb that is not history ("former CEO of")."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date
from typing import Literal

from kg.extract.common import fold
from kg.extract.nlp import ABBREVIATED, COMPANY_RE, DEPARTMENT, TITLE_RE, company_list
from kg.extract.prose_offices import listed as listed_offices
from kg.extract.prose_units import division_of, plain_division, segment_unit

Change = Literal["start", "end"]


@dataclass(frozen=True)
class Stated:
    """A title a sentence gives a person, with the change it reports and the org text."""

    key: str
    title: str
    change: Change | None = None
    day: date | None = None
    org: str | None = None
    # An undated move's old title: it ends when ``until`` starts, if another sentence
    # dates that ("promoted from COO to President. The promotion was effective ...").
    until: str | None = None
    # "of the Company and of its principal subsidiary, Example Bank": the second organisation
    # the title is held at (``org`` None: the filer).
    also: str | None = None
    # The org is one the document says is the filer's own (a subsidiary, its general
    # partner): a company, never a unit; ``implied``: no org was said, the document's
    # general partner is assumed (a partnership's officers are its general partner's).
    own: bool = False
    implied: bool = False


ARTICLES = (
    r"(?:(?:the|our|its|their|a|an|current|currently|then|new|successor|sole"
    r"|(?i:company|registrant|corporation|bank)['’]s)\s+)*"  # "the Company's Controller"
)
_APPOSITION = re.compile(
    rf"^\s*,\s*(?:(?:age\s+)?\d{{2}}\s*,\s*)?(?:Ph\.\s?D\.\s*,\s*|M\.\s?D\.\s*,\s*)?{ARTICLES}$",
    re.I,
)
_AS = re.compile(rf"^\s+as\s+{ARTICLES}$", re.I)
_SERVING = re.compile(
    rf"\b(?:serves|serving|services|continues\s+to\s+serve|will\s+continue\s+to\s+serve)\s+as\s+"
    rf"{ARTICLES}$"
)
# A seat held now, in the present or present perfect: "is also a director of", "has served
# as a director of the Company since 1994". Past tenses ("served as", "was") are history.
_HOLDS = re.compile(
    rf"\b(?:is|has\s+(?:also\s+)?(?:been|served\s+as)|currently\s+serves\s+as)\s+"
    rf"(?:also\s+|currently\s+)?{ARTICLES}$",
    re.I,
)
# "of the nonprofit Example Institute": a word saying what kind of body it is, then the name.
_OWN_KIND = (
    r"(?:its|our|their|the\s+(?i:company|partnership|registrant)['’]s)\s+"
    r"(?:(?:wholly[- ]owned|principal|banking|operating|bank|insurance)\s+)*"
    r"(?:subsidiary|general\s+partner),\s+"
)
_ORG_AFTER = re.compile(
    r"^\s+(?:of|at)\s+(?:the\s+(?!(?:company|registrant|bank|firm)\b)[a-z][a-z-]+\s+(?=[A-Z])"
    rf"|{_OWN_KIND})?"
    r"(?P<org>(?:the|its|our)\s+(?:general\s+partner|bank)\b"  # "the bank": the filer's
    r"|both\s+the\s+[A-Z]\w+\s+and\s+the\s+[A-Z]\w+\b"  # "both the Company and the Bank"
    r"|(?:the\s+)?[A-Z0-9][\w&.'’-]*(?:\s+(?:&|and|of|[A-Z0-9][\w&.'’-]*))*"
    r"(?:,?\s+(?:Inc|Corp|Ltd|LLC|L\.L\.C|L\.P|LP|N\.A|Limited|plc)\.?)?)"
)
# "... of the Company and the Bank", "of the company and of its principal subsidiary, X": the
# second organisation the title is held at (a defined term, or a name said to be the filer's).
_AND_ORG = re.compile(
    rf"^\s+and\s+(?:of\s+)?(?:{_OWN_KIND}(?P<name>[A-Z][\w&.'’-]*(?:\s+(?:&|and|of|[A-Z][\w&.'’-]*))*"
    r"(?:,?\s+(?:Inc|Corp|Ltd|LLC|N\.A)\.?)?)|(?P<term>(?:the|its)\s+(?:[A-Z]\w+|general\s+partner|bank)))"
)
# "chief executive officer of a privately held software company": another, unnamed company.
_UNNAMED_ORG = re.compile(
    r"\s+(?:of|at|with)\s+(?P<org>(?:a|an|another)\s+(?:[\w-]+\s+){0,4}?"
    r"(?:company|firm|corporation|business|bank|partnership|fund|organi[sz]ation|startup|start-up))\b",
    re.I,
)
_LOWER_OWN = re.compile(r"^\s+of\s+(?:the|its|our)\s+(?:company|corporation|registrant)\b")
# A function beyond the listed ones, one word known by its ending ("Exploration", "Geology",
# "Logistics", "Procurement", "Security"), when it ends the title: a name or a place after
# the comma ("Vice President, Vance said") does not end so, and a firm ("Vice President,
# Acme Robotics") is two words or more.
_FUNCTION = (
    r"(?!(?:Corporation|Association|Foundation|Federation|Organi[sz]ation|Institution)\b)"
    r"[A-Z][a-z]+(?:tion|sion|ment|ics|ogy|ility|urity|ience|igence|ernance|urance|ucture"
    r"|itecture|earch"
    r"|(?:writ|keep|sourc|lend|bank|trad|plann|licens|merchandis|invest)ing)s?"
)
# ... or before "of the Company": "Senior Vice President, Underwriting of the Company"
# ... or any words when the date of the change or the tenure follows: "named President,
# Commercial Lines, effective ...", "has been Executive Vice President, Stores since 2021".
# ... or a word qualifying a function ("Clinical Development"; second: "Quality and Program
# Management"; "Industrial Products Group") or region, when the clause ends or "of <org>" follows.
_CLAUSE_END = r"(?=\s*(?:[,.;)]|$)|\s+(?:of|at)\s)"
_REGION = r"(?:the\s+)?(?:Americas|EMEA|APAC|Asia[\s-]Pacific|Europe|(?:North|Latin)\s+America)"
_AREA = rf"[A-Z][a-z]+\s+(?:{DEPARTMENT}|{_FUNCTION})(?:\s+(?:Group|Division|Segment|Sector))?"
_KNOWN_UNIT = (
    rf",\s+(?:{DEPARTMENT}(?:\s+and\s+(?:{DEPARTMENT}|{_AREA}{_CLAUSE_END}))?\b(?=[\s,.;]|$)"
    rf"|{_FUNCTION}(?:\s+and\s+{_FUNCTION})?(?=\s*(?:[,.;)]|$)|\s+(?:of|at)\s+(?:the|its|our)\s)"
    rf"|(?:{_AREA}|{_REGION})\b{_CLAUSE_END}"
    # "Senior Vice President, Claims, has been named"; "Group President, International, a new
    # position": one word, then the clause goes on (a person is named in two words or more)
    r"|[A-Z][a-z]{3,}(?=,\s+(?:a\s+new|has|had|will|was|is|who)\b))"
)
# ("Water Quality and Production since 2012": up to four words, "and" between the last two)
_UNIT = re.compile(
    rf"{_KNOWN_UNIT}|,\s+[A-Z][a-z]+(?:\s+[A-Z][a-z]+){{0,2}}(?:\s+and\s+[A-Z][a-z]+)?"
    r"(?=,\s+effective\b|\s+since\b)"
)
# ... the forms a function is known by, not any words before the date ("Acme Robotics")
_FUNCTION_UNIT = re.compile(_KNOWN_UNIT)


def is_unit(text: str, comma: int, end: int) -> bool:
    """Whether the words from the comma at ``comma`` to ``end`` name a title's function or
    unit ("Group President, Specialty Insurance"), not a person after a title."""
    unit = _FUNCTION_UNIT.match(text, comma)
    return bool(unit and unit.end() >= end)


# "President-Widget Group", "Vice President - Merchandising" (a word or two; spaced, also
# before a lowercase word, the line's end, or "and Treasurer", not a capitalised word: a name
# under a signature); "Executive Vice President -- Grocery", "Vice President—Finance".
_EXTENSION = re.compile(
    r"^[-–](?:[A-Z][\w&]*)(?:\s+[A-Z][\w&]*)*"
    rf"|^\s[-–]\s[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?(?:\s+and\s+(?i:{TITLE_RE.pattern}))?"
    r"(?=[ \t]*(?:[,.;)\n]|$)|\s+[a-z])"
    r"|^\s[-–]\s[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?(?![\w\s]*[A-Z])"
    r"|^\s*(?:--|—)\s*(?!The\b)[A-Z][\w&]*(?:\s+(?:and\s+)?[A-Z][\w&]*){0,2}"
)
# "director of corporate communications", "Vice President of Investor Relations": a function
# of the company, not an organisation (a function is never a company's name).
_OF_FUNCTION = re.compile(
    rf"\s+of\s+(?i:{DEPARTMENT})(?=\s*[,.;)]|\s+(?:of|at|for)\s|\s+since\b|\s*$)"
)
# ... and any words in lower case after a title in lower case: a company's name is capitalised.
_OF_LOWER = re.compile(
    r"\s+of\s+(?!(?:the|its|our|their|a|an|this|that|such|each|both|all|any)\b)[a-z]+"
    r"(?:\s+(?:and\s+)?[a-z]+){0,2}(?=\s*[,.;)]|\s+(?:of|at)\s|\s*$)"
)
# "Chief Financial Officer and principal financial officer": the designation the SEC's
# rules give the office, not another office.
_DESIGNATION = re.compile(
    r"(?i)\s*,?\s+(?:and|&)\s+(?:the\s+)?principal\s+(?:executive|financial|accounting|operating)"
    r"\s+officer$"
)
# "Senior Vice President and Senior Credit Administrator": a job the title list does not
# know, joined to a title by "and" (capitalised, as titles are).
# "Executive Vice President and Regional President of the Bank": one title, the org after it.
AND_JOB = re.compile(
    r"\s+and\s+(?:(?:[A-Z][a-z]+\s+){1,3}(?:Administrator|Manager)"
    r"|(?:Regional|Division(?:al)?|Group|Market|Area|Segment)\s+President)\b"
)
# "Vice President, Investor Relations and Corporate Communications": a second function.
_ENDS_UNIT = re.compile(rf",\s+{DEPARTMENT}$")
_AND_UNIT = re.compile(rf"\s+and\s+{DEPARTMENT}\b(?=[\s,.;)]|$)")
# "Senior Vice President, Finance and Treasurer": a title joined after its function.
_AND_TITLE = re.compile(rf"\s+and\s+(?:{TITLE_RE.pattern})", re.I)
_PLURAL = re.compile(
    r"(?i)(?:(?<=president)|(?<=officer)|(?<=treasurer)|(?<=chair)|(?<=ceo)|(?<=trustee))s\b"
)
# Words that make the title after them history.
_HISTORY = re.compile(
    r"(?i)\b(?:former|formerly|previously|most\s+recently|ex-|retired|(?<!has\s)(?<!have\s)served\s+as"
    r"|had\s+been|was)"
    r"\s+(?:(?:the|a|an|its|their|his|her)\s+)?$"
)


def appositions(before: str, after: str) -> list[Stated]:
    """ "Name, Title", "Name, age 42, Title", "Name as Title", "serves as Title" (and each
    office of a list: "serves as CFO of Acme Corp. and as a director of Example Inc.")."""
    if board := _ON_BOARDS.match(after):
        return _seats_on(after[board.end() :])
    m = TITLE_RE.search(after)
    if m is None:
        return []
    lead = after[: m.start()]
    if _APPOSITION.match(lead) or _AS.match(lead):
        return [] if is_committee(after, m.end()) else [title_at(after, m.start(), m.end())]
    if _SERVING.search(lead):
        return _its(lead, title_list(after, m.start()))
    if _HOLDS.search(lead) and not re.search(r"[.;]", lead):
        return _its(lead, _board_seats(after, m) or title_list(after, m.start()))
    return []


_ITS = re.compile(r"\bits\s+$")


def _its(lead: str, held: list[Stated]) -> list[Stated]:
    """ "founded Example Analytics LLC in 2009 and has served as its President": "its" is the
    company the clause named, not the filer."""
    found = COMPANY_RE.finditer(lead) if _ITS.search(lead) else iter(())
    named = [m.group(0) for m in found if re.match(r"[A-Z][a-z]", m.group(0))]
    if not named:
        return held
    return [replace(s, org=s.org or fold(named[-1]).rstrip(",")) for s in held]


# "a member of the Board": a director's seat, said without the title.
_MEMBER = re.compile(
    r"(?i)member\s+of\s+(?:the|its|our)\s+(?:(?:company|registrant)['’]s\s+)?board"
    r"(?:\s+of\s+directors)?\b(?!['’])"
)
_AND_AS = re.compile(rf"\s*,?\s+and\s+(?:as\s+)?{ARTICLES}", re.I)
# "chair of the Audit Committee", "member of its Compensation Committee": a seat on a
# committee of the board, not an office of the company.
_COMMITTEE = re.compile(
    r"\s+of\s+(?:the\s+|its\s+|our\s+|their\s+)?(?:[A-Z][\w&'’-]*,?\s+(?:and\s+)?)*Committee\b"
)


def is_committee(text: str, end: int) -> bool:
    """Whether the title ending at ``end`` is a committee's ("chair of the Audit Committee")."""
    return bool(_COMMITTEE.match(text, end))


def title_list(text: str, start: int) -> list[Stated]:
    """The title at ``start`` and each one joined to it by "and (as)": "as a director and as
    Chairman of the Board", "as Chief Executive Officer and as a member of the Board"."""
    out: list[Stated] = []
    at = start
    while True:
        if member := _MEMBER.match(text, at):
            stated, at = Stated("", "Director"), member.end()
        elif (m := TITLE_RE.match(text, at)) and not is_committee(text, m.end()):
            stated, at = _read_title(text, m.start(), m.end())
        else:
            return out
        joined = _AND_AS.match(text, at)
        offices = _offices(stated) if joined else [stated]
        listed = [replace(stated, title=t) for t in listed_offices(stated.title)]
        out.extend(offices if len(offices) > 1 else listed)
        if joined is None:
            return out
        at = joined.end()


def _offices(stated: Stated) -> list[Stated]:
    """ "as Chief Executive Officer, President and a director": a list of offices whose "and"
    joins the last one, so each comma parts two offices. A rank before a function ("Senior
    Vice President, Chief Accounting Officer") is one office, as is a function ("President,
    Sales": not a title on its own)."""
    parts = re.split(r"\s*,\s*", stated.title)
    if len(parts) < 2 or re.search(r"(?i)\bvice\b|&|\band\b", stated.title):
        return [stated]
    if not all(TITLE_RE.fullmatch(p) for p in parts):
        return [stated]
    return [replace(stated, title=p) for p in parts]


_OTHER_BOARDS = re.compile(
    rf"^\s+of\s+(?P<orgs>(?:{COMPANY_RE.pattern})(?:\s*(?:,\s*and|,|and)\s+(?:{COMPANY_RE.pattern}))*)"
)


# "currently serves on the board of directors of Acme Corp.": a seat held now ("served on"
# is history).
_ON_BOARDS = re.compile(
    r"^\s*(?:,\s*)?(?:(?:currently|also|now)\s+)*(?:serves|sits|has\s+served)\s+(?:also\s+)?"
    r"on\s+(?:the|its)\s+boards?(?:\s+of\s+directors)?(?=\s+of\s)",
    re.I,
)


def _seats_on(text: str) -> list[Stated]:
    """One director's seat per company of the list ``text`` opens ("of A and B"); the
    filer's own board when it names none."""
    listed = _OTHER_BOARDS.match(text)
    names = company_list(fold(listed.group("orgs"))) if listed else []
    return [Stated("", "Director", org=n) for n in names] or [Stated("", "Director")]


def _board_seats(text: str, title: re.Match[str]) -> list[Stated]:
    """ "is also a director of Acme Corporation and Widget Technology": one seat per
    company listed (a board belongs to a company; the list is not one name)."""
    if fold(title.group(0)).lower() != "director" or _OF_FUNCTION.match(text, title.end()):
        return []  # "Director of Financial Reporting": an officer's function, not a board
    listed = _OTHER_BOARDS.match(text[title.end() :])
    if listed is None:
        return []
    names = company_list(fold(listed.group("orgs")))
    names = [n for n in names if not re.fullmatch(r"(?i)(?:the\s+)?(?:company|registrant)", n)]
    return [Stated("", fold(title.group(0)), org=n) for n in names]


# "the board of directors of the General Partner", "the officers of the Manager": a title
# after "of the" is an organisation's defined name, not the person's office.
_AN_ORG = re.compile(r"\bof\s+(?:the|its|our)\s+$")


def titles_after(text: str, offset: int) -> list[Stated]:
    """The first title after ``offset`` that is not history ("former CEO of", "where she
    served as") nor a committee's, and the ones joined to it by "and (as)" or "... and"."""
    m = TITLE_RE.search(text, offset)
    while m is not None and (
        _HISTORY.search(text, max(offset, m.start() - 60), m.start())
        or is_committee(text, m.end())
        or _AN_ORG.search(text, max(offset, m.start() - 20), m.start())
    ):
        m = TITLE_RE.search(text, m.end())
    if m is None:
        return []
    listed = title_list(text, m.start())  # "as President and CEO and as a director"
    if len(listed) > 1:
        return listed
    first = title_at(text, m.start(), m.end())
    out = [first]
    rest = text[m.end() :]
    joined = re.match(r"\s+(?:of|at)\s+[^;]{0,80}?\)?\s+and\s+(?:(?:the|as)\s+)*", rest)
    if joined and (second := TITLE_RE.match(rest, joined.end())):
        out.append(title_at(rest, second.start(), second.end()))
    return out


def title_at(text: str, start: int, end: int) -> Stated:
    """A title as written (singular), its "-Group" extension and the org after "of"/"at"."""
    return _read_title(text, start, end)[0]


def _read_title(text: str, start: int, end: int) -> tuple[Stated, int]:
    """``title_at``, and where in ``text`` the title and its org end."""
    end = _title_end(text, start, end)
    title = fold(text[start:end])
    if ext := _EXTENSION.match(text[end:]):
        title, end = title + ext.group(0), end + ext.end()
    title = _designated(_PLURAL.sub("", plain_division(title)))
    if unnamed := _UNNAMED_ORG.match(text, end):  # "chief executive officer of a private company"
        return Stated("", title, org=fold(unnamed.group("org"))), unnamed.end()
    org = _ORG_AFTER.match(text[end:])
    if org is None:
        lower = _LOWER_OWN.match(text[end:])  # "of the company and of its subsidiary, X"
        also = _AND_ORG.match(text[end + lower.end() :]) if lower else None
        return Stated("", title, also=_second(also)), end
    # "Acme Corp. and she", "Acme Corp. and as a director of ...": the name ends before "and"
    kept = re.sub(r"(?:\s+(?:and|of|&))+$", "", org.group("org"))
    name = fold(kept)
    end += org.start("org") + len(kept)
    also = _AND_ORG.match(text[end:]) if not kept.startswith("both") else None
    name = name if ABBREVIATED.search(name) else name.rstrip(".")
    return Stated("", title, org=name, also=_second(also)), end


def _title_end(text: str, start: int, end: int) -> int:
    """Where the title TITLE_RE found at ``text[start:end]`` ends with the words that are
    part of it: a job joined by "and", its function or unit after a comma or "of"."""
    while (more := TITLE_RE.match(text, end + 1)) and text[end : end + 1] == " ":
        end = more.end()  # "Vice President General Counsel": a comma lost in the filing
    if job := AND_JOB.match(text, end):  # "Senior Vice President and Credit Administrator"
        end = job.end()
    if _ENDS_UNIT.search(text, start, end) and (more := _AND_UNIT.match(text, end)):
        end = more.end()  # "Vice President, Investor Relations and Treasury"
    if unit := _UNIT.match(text, end):  # "Senior Vice President, Sales": the function is named
        end = joined.end() if (joined := _AND_TITLE.match(text, unit.end())) else unit.end()
    if more := segment_unit(text, start, end):  # "currently VP, Operations, Engineered Films,"
        end = more.end()
    unit = _OF_FUNCTION.match(text, end) or division_of(text, end)  # "of its X Division"
    if unit is None and text[start:end].islower():  # "vice president of strategic planning"
        unit = _OF_LOWER.match(text, end)
    end = unit.end() if unit else end  # "director of corporate communications"
    if unit and (more := segment_unit(text, start, end)):
        end = more.end()  # "currently Director of Operations, Industrial Tapes,"
    return end


def _designated(title: str) -> str:
    """The title without the SEC's designation of its office, the offices it lists kept
    joined: "CFO, Treasurer and principal accounting officer" is "CFO and Treasurer"."""
    plain = _DESIGNATION.sub("", title)
    if not plain or plain == title:
        return title
    parts = re.split(r"\s*,\s*", plain)
    listed = len(parts) > 1 and all(TITLE_RE.fullmatch(t) for t in parts)
    vice = re.search(r"(?i)\bvice\b", plain)  # "Vice President, Controller" is one office
    return " and ".join([", ".join(parts[:-1]), parts[-1]]) if listed and not vice else plain


def _second(also: re.Match[str] | None) -> str | None:
    """The second organisation ``_AND_ORG`` read, as written."""
    return fold(also.group("name") or also.group("term")).rstrip(",") if also else None
