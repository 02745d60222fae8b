"""The contacts a press release names, as a block or in a sentence.

A release ends (or opens) with whom to call: a heading naming the company and the
audience ("3M Investor Contact", "Media:", "CONTACT:"), then each contact's name with a
phone number or an email on the same or the next lines, sometimes a title. Releases
scraped to one line glue the parts together ("CONTACT:Jane RoePR DirectorPress@acme.com").
A sentence may name a contact too: "For investor relations information please contact
Jane Roe by phone at 555-555-5555". Each contact is an employee of the company the heading
names (the subject when it names none); a contact already known as an officer keeps that
position and gets only the phone and email.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass
from datetime import date

from kg.extract.common import company_ref, evidence, fold
from kg.extract.nlp import PERSON_NAME, TITLE_RE, person_from_text, roles_for_title
from kg.extract.parties import Parties
from kg.extract.prose_titles import title_at
from kg.model import EntityFacts, Fact, Position, Role

_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_PHONE = re.compile(r"(?:\+\d{1,2}[\s.-]?)?\(?\d{3}\)?[\s.-]?\d{3}[\s.-]\d{4}(?!\d)")
_AUDIENCE = r"(?:investors?|media|public|press|shareholders?)(?:\s+relations)?"
_HEADING = re.compile(
    rf"^(?P<org>(?:[\w&.'’-]+\s+){{0,3}}?)(?P<kind>{_AUDIENCE})?\s*(?:contacts?|inquiries)(?:\(s\))?"
    rf"\s*:?\s*(?P<rest>.*)$|^(?P<org2>)(?P<kind2>{_AUDIENCE})\s*:\s*(?P<rest2>.*)$",
    re.IGNORECASE,
)
_NAME_LINE = re.compile(
    rf"^(?:(?:Mr|Mrs|Ms|Dr)\.\s+)?(?P<name>{PERSON_NAME})(?:\s*,\s*(?P<rest>.*)|\s+(?P<glued>\S.*))?$"
)
# "contact Jane Roe by phone at ...", "contact Jane Roe, Manager of Investor Relations at ...".
_IN_PROSE = re.compile(
    rf"\bcontact\s+(?P<name>{PERSON_NAME})"
    rf"(?:\s*,\s*(?P<title>[A-Z][\w&' -]{{2,60}}?))?\s+(?:by|via|at)\b",
    re.IGNORECASE,
)
_JOB_WORDS = re.compile(r"\b(?:Manager|Director|Head|Officer|Relations|Communications|Affairs)\b")
_GLUED = re.compile(r"(?<=[a-z]{4})(?=[A-Z])")  # "SiegmethPR", "CommunicationsTASER"
_SOURCE_TAG = re.compile(r"^SOURCE\s+[A-Z]")
_SCRAPED = re.compile(r"\bCONTACTS?:\s*(?P<body>[^\n]+)", re.IGNORECASE)


@dataclass
class _Heading:
    org: str | None = None
    kind: str | None = None


def read_contacts(text: str, parties: Parties, when: date | None) -> list[Fact]:
    """Positions (employees of the company) and phone/email facts for every contact."""
    if parties.subject_key is None:
        return []
    lines, raw = _lines(text)
    heading = _Heading()
    out: list[Fact] = []
    for i, line in enumerate(lines):
        if head := _HEADING.match(line):
            org, kind = head.group("org") or "", head.group("kind") or head.group("kind2") or ""
            heading = _Heading(fold(org) or None, _kind(kind))
            line = head.group("rest") or head.group("rest2") or ""
            if said := _AUDIENCE_FIRST.match(line):  # "CONTACT: Investor Relations, Jane Roe, ..."
                heading = _Heading(heading.org, _kind(said.group(1)))
                line = line[said.end() :]
        found = _NAME_LINE.match(line) if not _is_firm(line, parties) else None
        person = person_from_text(found.group("name")) if found else None
        if found is None or person is None:
            continue
        below = _until_next(lines[i + 1 : i + 5], parties)
        around = [found.group("rest") or found.group("glued") or "", *below]
        used = next(
            (k for k in range(len(around), 0, -1) if _CONTACT_LINE.search(around[k - 1])), 1
        )
        source = evidence(" ".join(raw[i : i + used]))
        out.extend(_contact(found.group("name"), around, heading, parties, (when, source)))
    return out


_CONTACT_LINE = re.compile(rf"{_EMAIL.pattern}|{_PHONE.pattern}")
_AUDIENCE_FIRST = re.compile(rf"(?i)({_AUDIENCE})\s*[,:]\s*")


def _lines(text: str) -> tuple[list[str], list[str]]:
    """Folded lines, unglued ("SiegmethPR" -> "Siegmeth PR"), and as written (the evidence);
    a scraped one-line "CONTACT:..." block is cut out of its paragraph."""
    shown: list[str] = []
    raw: list[str] = []
    # PR Newswire's old closing tags open with a slash: "/CONTACT: Jane Roe, ... /"
    for line in (re.sub(r"^/(?=[A-Z][A-Za-z ]+:)", "", fold(x)) for x in text.split("\n")):
        scraped = _SCRAPED.search(line)
        if scraped and len(line) > 120:
            parts = re.split(r",\s+", scraped.group("body"))
            shown += ["Contact:", fold(_GLUED.sub(" ", parts[0]))]
            raw += ["", parts[0]]
            if len(parts) > 1:  # the next part is another contact
                shown.append("")
                raw.append("")
        elif line:
            shown.append(fold(_GLUED.sub(" ", line)) if len(line) < 120 else line)
            raw.append(line)
    return shown, raw


# A line that names a firm, not a person: an agency's or the company's name under a contact.
_FIRM_LINE = re.compile(
    r"^(?:[A-Z][\w&.,'’-]*\s+){0,5}(?:Communications|Advisors|Advisers|Partners|Group|Relations"
    r"|Strategies|Agency|Consulting|Associates|Public\s+Relations|LLC|L\.L\.C\.|Inc\.?|Ltd\.?"
    r"|Corp\.?|Company|Co\.)$"
)


# "Example Communications, on behalf of Acme": the agency, and whom it speaks for.
_ON_BEHALF = re.compile(r",?\s+(?:on\s+behalf\s+of|for)\s+[A-Z].*$")
# "Vice President, Investor Relations", "Investor Relations": a job under a name, no firm.
_FUNCTION_LINE = re.compile(rf"(?i)(?:{TITLE_RE.pattern})\b|{_AUDIENCE}$")


# "Senior Manager, Public Relations", "Head of Communications": a job line under a name.
_JOB_LINE = re.compile(
    r"^(?:(?:Senior|Assistant|Associate|Global|Group)\s+)*(?:Manager|Head|Director|Specialist"
    r"|Coordinator|Lead)(?:\s+of\s+|,\s+)[A-Z][\w&'’]+(?:\s+(?:(?:and|&)\s+)?[A-Z][\w&'’]*)*"
)


def _firm_name(line: str) -> str:
    return _ON_BEHALF.sub("", line)


def _is_firm(line: str, parties: Parties) -> bool:
    """An agency's name ("Example Communications"), or a company the release names."""
    line = _firm_name(line)
    if _FUNCTION_LINE.match(line) or _JOB_LINE.match(line):
        return False
    if _FIRM_LINE.search(line):
        return True
    key = parties.find(line)
    return key is not None and parties.ref(key).kind == "company"


def _until_next(lines: list[str], parties: Parties) -> list[str]:
    """The lines under a contact's name, up to the next heading or name (or a blank)."""
    out: list[str] = []
    room = 3  # lines; one more for a company's name wrapped over two
    for k, line in enumerate(lines):
        # "SOURCE Acme Widgets, Inc.": the wire's closing tag, not the contact's employer.
        if len(out) >= room or not line or _HEADING.match(line) or _SOURCE_TAG.match(line):
            break
        # "Acme Widget" / "Holdings, Inc.": a company's name wrapped is not a person's
        wrapped = k + 1 < len(lines) and _FIRM_LINE.search(f"{line} {lines[k + 1]}")
        if person_from_text(line) and not _is_firm(line, parties) and not wrapped:
            break
        room += 1 if wrapped else 0
        out.append(line)
    return out


def _kind(word: str) -> str | None:
    if re.match(r"(?i)investor|shareholder", word):
        return "Investor Relations"
    return "Media Relations" if re.match(r"(?i)media|public|press", word) else None


def _contact(
    name: str,
    around: list[str],
    heading: _Heading,
    parties: Parties,
    read: tuple[date | None, str],
) -> list[Fact]:
    """A Position and the phone and email of one contact; ``read``: (as of, evidence)."""
    when, source = read
    joined = " ".join(around)
    phone, email = _PHONE.search(joined), _EMAIL.search(joined)
    if not (phone or email):
        return []
    person = person_from_text(name)
    assert person is not None
    agency, around = _agency(around, parties)
    title = _title(around) or heading.kind
    key = parties.add_person(person, source)  # not "Acme Widgets, Inc. Announces ..."
    if key is None:
        return []
    holder = parties.ref(key)
    org = _contact_org(heading, agency, parties, source)
    out: list[Fact] = [
        EntityFacts(
            entity=holder,
            evidence=source,
            phone=fold(phone.group(0)) if phone else None,
            email=email.group(0) if email else None,
        )
    ]
    roles: tuple[Role, ...] = tuple(r for r in roles_for_title(title) if r == "Officer")
    # A name and a number under "Contact:" say whom to call, not what the person does: an
    # agency's staff, an outside spokesman, an employee, the text does not tell.
    if org is not None and title is not None:
        organization = parties.ref(org)
        position = Position(holder, organization, roles or ("Employee",), source, title, as_of=when)
        out.insert(0, position)
    return out


def _contact_org(
    heading: _Heading, agency: str | None, parties: Parties, source: str
) -> str | None:
    """Whom a contact speaks for: an agency named under the name, else the organisation
    the heading names ("Contacts at Acme:"), else the company the release is about."""
    if agency:
        return parties.find(agency) or parties.add(company_ref(agency), source)
    if heading.org and (key := parties.find(heading.org)):
        return key
    return parties.subject_key


def _agency(around: list[str], parties: Parties) -> tuple[str | None, list[str]]:
    """The firm a contact speaks for, and the lines under the name without it.

    "Jane Roe / Example Communications / jane@example.com": she speaks for an agency. The
    firm's line sits between the name and the number; a company named after them is not hers.
    """
    above = itertools.takewhile(lambda a: not _CONTACT_LINE.search(a), around[:2])
    firm = next((fold(a) for a in above if _is_firm(fold(a), parties)), None)
    rest = [a for a in around if fold(a) != firm]
    return (_firm_name(firm) if firm else None), rest


def _title(around: list[str]) -> str | None:
    """ "(Investor Relations)", "Chief Financial Officer", a title line under the name."""
    for part in around[:2]:
        if job_line := _JOB_LINE.match(part):
            return fold(job_line.group(0))
        stated = re.search(r"\(([^)]*[A-Za-z][^)]*)\)", part)
        if stated and not _PHONE.search(stated.group(0)):
            return fold(stated.group(1))
        title = TITLE_RE.match(part) or re.match(r"(?:PR|IR)\s+\w+", part)
        if title:
            # "Vice President, Finance and Investor Relations": the function after the comma
            unit = title_at(part, title.start(), title.end()).title
            if len(unit) > len(fold(title.group(0))):
                return unit
            # "Vice President of Communications", "VP Communications"; not the email "Press@".
            tail = re.match(r"(?:\s+(?:of\s+)?[A-Z][a-z]+(?![@\w])){1,2}", part[title.end() :])
            return fold(title.group(0) + (tail.group(0) if tail else ""))
        # "Manager of Investor Relations at jane@acme.com": a job the title list lacks.
        job = re.match(r"([A-Z][\w&' -]{2,60}?)\s*(?:,|\bat\b|\(|$)", part)
        if job and _JOB_WORDS.search(job.group(1)):
            return fold(job.group(1))
    return None


def prose_contacts(sentences: list[str], parties: Parties, when: date | None) -> list[Fact]:
    """ "please contact Jane Roe by phone at ... or via email at ...": an employee contact."""
    out: list[Fact] = []
    for sentence in sentences:
        for m in _IN_PROSE.finditer(sentence):
            kind = _kind("investor" if re.search(r"(?i)investor", sentence) else "")
            start = m.start("title") if m.group("title") else m.end()
            tail = sentence[start : m.end() + 160]
            read = (when, evidence(sentence))
            out.extend(_contact(m.group("name"), [tail], _Heading(None, kind), parties, read))
    return out


# "On behalf of the Board of Directors," over the signer's name and title (a closing many
# releases of companies listed in Canada carry): the subject's officer.
_SIGN_OFF = re.compile(r"(?i)^\s*on\s+behalf\s+of\s+the\s+board(?:\s+of\s+directors)?\s*[,:]?\s*$")


def signed_off(text: str, parties: Parties, when: date | None) -> list[Position]:
    """The officer who signs a release off for its board: a name line, then a title line
    (or "Name, Title" on one line)."""
    if parties.subject_key is None:
        return []
    lines = [fold(x) for x in text.split("\n") if fold(x)]
    out = []
    for i, line in enumerate(lines[:-1]):
        if not _SIGN_OFF.match(line):
            continue
        name, _, title = re.sub(r"^/s/\s*", "", lines[i + 1]).partition(",")
        title = title.strip() or (lines[i + 2] if i + 2 < len(lines) else "")
        person = person_from_text(name)
        if person is None or not TITLE_RE.fullmatch(title) or not roles_for_title(title):
            continue
        holder = parties.ref(parties.add(person, name))
        subject = parties.ref(parties.subject_key)
        source = evidence(" ".join(lines[i : i + 3]))
        out.append(Position(holder, subject, roles_for_title(title), source, title, when))
    return out
