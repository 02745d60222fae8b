"""The signature block of a Form 8-K: who signed, with what title, for which registrant,
when ("By: /s/ Name" with the title under it; a combined 8-K signs once per registrant)."""

from __future__ import annotations

import re
from datetime import date

from kg.extract.common import company_ref, evidence, fold
from kg.extract.nlp import (
    CORP_SUFFIX,
    DATE_RE,
    find_dates,
    first_date,
    person_from_text,
    roles_for_title,
)
from kg.model import EntityRef, Fact, Position, Signature

# "By: Acme GP, LLC, its general partner": the entity a registrant signs through, named on
# one line or wrapped over two ("By: Acme GP, LLC," / "its general partner").
_THROUGH = re.compile(
    r"(?i:By):\s*(?P<name>[^/:]+?),?\s+(?i:its\s+(?:sole\s+|managing\s+)?"
    r"(?:general\s+partner|manager|trustee|managing\s+member))\b"
)
# "/s/ Name" (any case), or "By: Name" typed without "/s/" when a "Name:" label follows.
_SIGNED = re.compile(
    r"(?i:/s/)[ \t]*([^\n]+)|^[ \t]*By:[ \t]*([A-Z][^\n/]+)\n(?=[ \t]*Name:)", re.MULTILINE
)


def read_signatures(
    block: str, registrants: list[EntityRef], fallback: date | None
) -> tuple[list[Fact], date | None]:
    """Signature and officer Position for each "/s/ Name" with its title and date."""
    facts: list[Fact] = []
    when = _signature_date(block) or fallback
    for m in _SIGNED.finditer(block):
        signer, title = _signed_name((m.group(1) or m.group(2)).strip(" ,"))
        if signer is None:
            continue
        after = m.end(m.lastindex or 0)
        if title is None:
            signer = _typed_name(block[after:], signer)
            title = _signature_title(block[after:], signer)
        line = _evidence_through(block, m.start(), after, title)
        company = _company_above(block[: m.start()], registrants)
        # "the registrant has duly caused this report to be signed on its behalf": each
        # signature is the company's printed above it (a combined 8-K signs once per registrant).
        facts.append(Signature(signer, line, title=title, date=when, on_behalf_of=company))
        roles = tuple(r for r in roles_for_title(title) if r in ("Officer", "Director"))
        if roles:
            # Signed through a general partner: the title is the signer's office there.
            office = _signed_through(block[: m.start()]) or company
            facts.append(Position(signer, office, roles, line, title=title, as_of=when))
    return facts, when


def _signed_name(text: str) -> tuple[EntityRef | None, str | None]:
    """The signer after "/s/", and the title when it follows on the same line after a
    comma ("/s/ Jane Roe, Executive Vice President, General Counsel and Secretary"): a
    page flattened to one line per paragraph prints the whole block on one line."""
    signer = person_from_text(text)
    if signer is not None:
        return signer, None
    head, _, rest = text.partition(", ")
    if rest and roles_for_title(rest):
        return person_from_text(head), rest.strip(" ,")
    return None, None


def _typed_name(after: str, signer: EntityRef) -> EntityRef:
    """The full name typed under a short "/s/" signature ("/s/ Jane Roe" / "Jane Q. Roe",
    "/s/ Jim Roe" / "James Roe, Treasurer"): the same person with more to the name; the
    signer is the typed name, so the title is read from the line under it or after the
    comma, not taken to be that name."""
    lines = [fold(x) for x in after.split("\n")[1:3] if fold(x)]
    line = lines[0].strip(" ,") if lines else ""
    head, _, rest = line.partition(", ")
    for text in (line, head) if rest and roles_for_title(rest) else (line,):
        typed = person_from_text(text) if text else None
        if typed and len(typed.name) > len(signer.name) and _same_person(typed, signer):
            return typed
    return signer


def _same_person(typed: EntityRef, signer: EntityRef) -> bool:
    """The same family name, and the same given name or the signature's short form of it
    ("Herb" for "Herbert")."""
    given, short = (typed.given_name or "").lower(), (signer.given_name or "").lower()
    same_given = given == short or (len(short) >= 3 and given.startswith(short))
    return same_given and (typed.family_name or "").lower() == (signer.family_name or "").lower()


def _evidence_through(block: str, start: int, after: int, title: str | None) -> str:
    """The signature lines verbatim, from "/s/" to the line that ends the title."""
    at = block.find(title.split(" ")[-1], after) if title else -1
    stop = block.find("\n", at) if at >= 0 else after
    return evidence(block[start : stop if stop >= 0 else len(block)])


def _company_above(before: str, registrants: list[EntityRef]) -> EntityRef:
    """The company printed just above a signature: a combined 8-K signs once per registrant.
    A "By: <general partner>, its general partner" line between the two is passed: the
    signature is the registrant's, made through its partner."""
    lines = [fold(x) for x in before.split("\n")[-5:] if fold(x)]
    for line in reversed(lines):
        # "Date: June 1, 2025 <tab> ACME POWER COMPANY": the date's cell beside the name.
        line = re.sub(rf"^Dated?\s*:?\s*(?:{DATE_RE.pattern})\s*", "", line)
        if _THROUGH.match(line):
            continue
        for registrant in registrants:
            if any(line.lower() == n.lower() for n in (registrant.name, *registrant.aliases)):
                return registrant
        company = re.fullmatch(rf"[A-Z][\w&.,' -]+\s{CORP_SUFFIX}\.?", line)
        if company and not person_from_text(line):
            return company_ref(line)
    return registrants[0]


def _signed_through(before: str) -> EntityRef | None:
    """The company a registrant signs through ("By: Acme GP, LLC, its general partner"),
    printed between the registrant's name and this signature: the signer is that partner's
    officer (an MLP's officers are its general partner's), signing for the registrant."""
    lines = [fold(x) for x in before.split("\n")[-5:] if fold(x)]
    # Only the lines after the previous signature's (a combined 8-K signs once per registrant).
    ends = [i for i, x in enumerate(lines) if re.search(r"(?i)/s/|^(?:Name|Title)\s*:", x)]
    through = _THROUGH.search(" ".join(lines[ends[-1] + 1 :] if ends else lines))
    if through is None:
        return None
    name = through["name"].strip(" ,")
    return None if person_from_text(name) else company_ref(name)


def signature_company(block: str) -> str | None:
    """The registrant printed above "By: /s/" in the signature block (cover fallback)."""
    signed = re.search(r"By:|(?i:/s/)", block)
    for line in reversed(block[: signed.start()].split("\n") if signed else []):
        line = fold(line)
        if not line or first_date(line) or re.fullmatch(r"\(?Registrant\)?", line, re.I):
            continue
        return None if re.search(r"Pursuant|authorized|SIGNATURE", line, re.I) else line
    return None


def _signature_date(block: str) -> date | None:
    """ "Date: ...", else the date printed nearest the "/s/" line."""
    labelled = re.search(r"Dated?\s*:?\s*(" + DATE_RE.pattern + ")", block)
    if labelled:
        return first_date(labelled.group(1))
    signed = block.lower().find("/s/")
    dates = find_dates(block)
    if not dates:
        return None
    return min(dates, key=lambda pair: abs(pair[0] - signed))[1]


def _signature_title(after: str, signer: EntityRef) -> str | None:
    """ "Title: X", else the lines under the printed name (joined across "and")."""
    labelled = re.search(r"Title\s*:\s*([^\n]*\S[^\n]*|\s*\n\s*[^\n]+)((?:\n[^\n]+)?)", after[:300])
    if labelled:
        title = fold(labelled.group(1))
        if _wraps(title, fold(labelled.group(2))):  # the title wraps onto the next line
            title = fold(title + " " + labelled.group(2))
        return title.strip(" ,") or None
    lines = [fold(x) for x in after.split("\n")[1:6] if fold(x)]
    title: list[str] = []
    for line in lines:
        # "Date: March 30, 2021 Jane Roe, Senior Vice President": the date, then the name.
        line = re.sub(rf"^Dated?:?\s*(?:{DATE_RE.pattern})\s*", "", line)
        line = re.sub(rf"^{re.escape(signer.name)}\s*,\s*", "", line, flags=re.I)
        named = person_from_text(line.strip(" ,"))
        if named and named.name == signer.name:
            continue
        if not line.strip("-_=— ") or line.startswith("Name"):
            continue  # a rule drawn under the signature, the "Name:" label
        if first_date(line) or line.startswith(("Date", "(", "By")):
            break
        if title and not _wraps(title[-1], line):
            break
        title.append(line)
    return fold(" ".join(title)).strip(" ,") or None


# A title wrapped before its "and": "Senior Vice President" / "and Chief Financial Officer".
_CONTINUED = re.compile(r"^(?:and|&)\s", re.IGNORECASE)
# The nouns a title ends with: "Chief Financial" / "Officer" is one title cut in two.
_TITLE_NOUN = (
    r"(?:Officer|Secretary|Counsel|Treasurer|Controller|Director|President|Partner|Manager"
    r"|Member|Chairman|Chair|Trustee|Signatory|Accountant)s?"
)
_ENDS_WITH_NOUN = re.compile(rf"\b{_TITLE_NOUN}$")
_NOUN_FIRST = re.compile(rf"^{_TITLE_NOUN}\b(?:\s+[\w&,]+){{0,3}}$")


def _wraps(title: str, line: str) -> bool:
    """Whether ``line`` goes on with ``title``: after "and" or a comma, a line opening with
    "and", or the noun a print wrapped away from its title ("Chief Financial" / "Officer")."""
    if re.search(r"(?:\band|,|&)$", title) or _CONTINUED.match(line):
        return True
    return not _ENDS_WITH_NOUN.search(title) and bool(_NOUN_FIRST.match(line))
