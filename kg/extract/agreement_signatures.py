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

# "By: /s/ Jane Doe", "/s/ Jane Doe", and the purchaser page of a subscription or securities
# purchase agreement: "Signature of Authorized Signatory of Purchaser: /s/ Jane Doe".
_BY = re.compile(
    r"^\s*(?:(?:By|Signature(?:\s+of\s+[^:]{3,60})?)(?:\s*:|\s+(?=/s/|_))\s*(?P<rest>.*)"
    r"|(?P<bare>/s/.*))$",
    re.I,
)
# "Name:", "Title:", "Its:"; on a purchaser page "Name of Authorized Signatory:".
_LABEL = re.compile(
    r"^\s*(Name|Title|Its)(?:\s+of\s+(?:the\s+)?(?:Authorized\s+)?Signatory)?\s*:\s*(.*)$", re.I
)
# The signing entity given by a label: "Name of Purchaser: Acme Fund, L.P.".
_ENTITY_LABEL = re.compile(
    r"^\s*Name\s+of\s+(?:the\s+)?(?:Purchaser|Investor|Subscriber|Holder|Buyer|Lender|Seller"
    r"|Investing\s+Entity|Entity)\s*:\s*(?P<name>\S.*)$",
    re.I,
)
# Lines between a company's name and its "By:": "a Delaware corporation", "as Administrative
# Agent", "its general partner", a rule, a "[Signature Page to ...]" note.
_BETWEEN_LINES = re.compile(
    r"^(?:an?\s+[\w\s-]*\b(?:corporation|company|partnership|trust|bank|association|entity)\b.*"
    r"|as\s+.+|its\s+.+|[-_=\s]+|\[.*\]?"
    # A notice address printed beside the signature in another column.
    r"|\d+\s+[\w\s.]*\b(?:Street|St|Avenue|Ave|Road|Rd|Drive|Boulevard|Blvd|Way|Plaza|Suite)\b.*)$",
    re.I,
)
# "BORROWER:", "GUARANTORS:", "LANDLORD:" before (or above) the company it heads.
_ROLE_HEAD = re.compile(r"^[A-Z][A-Z /]{2,30}:\s*")
_RULE = re.compile(r"^[-_=\s]+$")
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
            at = _company_line(lines, i)
            rest = m.group("rest") is not None
            described = at is not None and at < i - 1
            found = rest and at is not None
            company = _signing_company(lines[at], parties, described) if found else None
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
        if _RULE.match(line):  # the line drawn to sign on
            used += 1
            continue
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


def _company_line(lines: list[str], at: int) -> int | None:
    """The index of the line naming the company a "By:" at ``at`` signs for: the line above,
    past its description ("a Delaware corporation", "as Administrative Agent")."""
    for i in range(at - 1, max(-1, at - 5), -1):
        if _ENTITY_LABEL.match(lines[i]) or not _BETWEEN_LINES.match(lines[i]):
            return None if _LABEL.match(lines[i]) or _BY.match(lines[i]) else i
    return None


def _signing_company(line: str, parties: Parties, described: bool = False) -> EntityRef | None:
    """The company printed above "By:": a party (its spelling kept as an alias) or a name
    with a legal form, or any name ``described`` by the lines under it ("as a Lender")."""
    labelled = _ENTITY_LABEL.match(line)
    line = labelled.group("name") if labelled else _ROLE_HEAD.sub("", line)
    # "ACME CORP.  Address for Notice:": a label printed beside the name in another column.
    line = re.sub(r"\s+[A-Z][\w ]{2,30}:$", "", line).strip(" :,")
    key = parties.find(line)
    if key is not None:
        parties.alias(key, line)
        return parties.ref(key)
    legal_form = re.search(rf"\b{CORP_SUFFIX}\.?$", line) or described
    if labelled or (legal_form and not person_from_text(line)):
        return company_ref(line)
    return None


def columns(text: str) -> str:
    """Signature blocks printed side by side (cells split by tabs: "ACME CORP.<tab>EXECUTIVE")
    as one column after the other, so each "By:" has its company above it."""
    out: list[str] = []
    run: list[list[str]] = []
    for line in [*text.split("\n"), ""]:
        cells = line.split("\t")
        if len(cells) > 1 or (run and line.strip()):
            run.append(cells)
            continue
        out.extend(_unzip(run))
        run = []
        out.append(line)
    return "\n".join(out[:-1])


def _unzip(run: list[list[str]]) -> list[str]:
    """The cells of a run of table rows column by column, when two columns sign ("By: /s/ A"
    beside "/s/ B"); not a row that only splits "By:" from its name."""
    signing = {c for row in run for c, cell in enumerate(row) if _signs(cell)}
    if len(signing) < 2:
        return ["\t".join(row) for row in run]
    width = max(len(row) for row in run)
    return [row[c] for c in range(width) for row in run if c < len(row) and row[c].strip()]


def _signs(cell: str) -> bool:
    m = _BY.match(cell)
    return m is not None and bool(
        re.search(r"[A-Za-z]{2}", m.group("rest") or m.group("bare") or "")
    )
