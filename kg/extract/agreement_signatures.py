"""The signature pages of an agreement exhibit: "By: /s/ Name", "Name:", "Title:" blocks under
the company each signs for."""

from __future__ import annotations

import re
from datetime import date

from kg.extract import nlp
from kg.extract.common import company_ref, evidence, fold
from kg.extract.nlp import CORP_SUFFIX, person_from_text
from kg.extract.parties import Parties
from kg.model import EntityRef, Fact, Position, Signature

_BY = re.compile(r"^\s*(?:By(?:\s*:|\s+(?=/s/|_))\s*(?P<rest>.*)|(?P<bare>/s/.*))$", re.I)
_LABEL = re.compile(r"^\s*(Name|Title|Its)\s*:\s*(.*)$", re.IGNORECASE)
_AS_OF_DATE = re.compile(r"(?i)as\s+of\s+the\s+date\s+(?:first|hereof)|first\s+above\s+written")


def signatures(lines: list[str], parties: Parties, when: date | None) -> list[Fact]:
    """Signature (and officer Position) for each "By: /s/ Name  Name: ..  Title: .." block
    in the ``lines`` after the preamble; ``when`` is the agreement's date, the signatures'
    too when the page says "as of the date first above written"."""
    signed_on = when if _AS_OF_DATE.search("\n".join(lines)) else None
    out: list[Fact] = []
    company: EntityRef | None = None
    for i, line in enumerate(lines):
        m = _BY.match(line)
        if m is None:
            continue
        above = lines[i - 1] if i else ""
        labelled = bool(_LABEL.match(above))  # a second signer for the same company keeps it
        if not labelled:
            company = _signing_company(above, parties) if m.group("rest") is not None else None
        name, title, used = _signer(m.group("rest") or m.group("bare") or "", lines[i + 1 : i + 5])
        signer = person_from_text(name) if name else None
        if signer is None:
            continue
        first = i - 1 if company is not None and not labelled else i
        source = evidence(" ".join(lines[first : i + 1 + used]))
        out.append(Signature(signer, source, title=title, date=signed_on, on_behalf_of=company))
        roles = tuple(r for r in nlp.roles_for_title(title) if r in ("Officer", "Director"))
        if roles and company is not None:
            out.append(Position(signer, company, roles, source, title=title, as_of=signed_on))
    return out


def _signer(first: str, below: list[str]) -> tuple[str | None, str | None, int]:
    """(name, title, lines used) from the text after "By:" and the labelled lines below."""
    name: str | None = fold(first.replace("/s/", "").strip(" _\t")) or None
    title, used = None, 0
    for line in below:
        label = _LABEL.match(line)
        if label and label.group(1).lower() == "name":
            name = fold(label.group(2)) or name
        elif label:
            title = fold(label.group(2)) or None
        elif name is None and not _BY.match(line):
            name = line  # "By:" with the printed name (and title) on the next line
        else:
            break
        used += 1
    if name and "," in name and title is None:  # "Jane Doe, Chief Financial Officer"
        name, title = (fold(x) for x in name.split(",", 1))
    return name, title or None, used


def _signing_company(line: str, parties: Parties) -> EntityRef | None:
    """The company printed above "By:": a party (its spelling kept as an alias) or a name."""
    line = line.strip(" :,")
    key = parties.find(line)
    if key is not None:
        parties.alias(key, line)
        return parties.ref(key)
    if re.search(rf"\b{CORP_SUFFIX}\.?$", line) and not person_from_text(line):
        return company_ref(line)
    return None
