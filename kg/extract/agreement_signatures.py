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
# "Per:" is the Canadian form of "By:".
_BY = re.compile(
    r"^\s*(?:(?:By|Per|Signature(?:\s+of\s+[^:]{3,60})?)(?:\s*:|\s+(?=/s/|_))\s*(?P<rest>.*)"
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
# A title cut before its end: "President and Chief" goes on on the next line.
_UNFINISHED = re.compile(r"(?i)(?:\b(?:and|of|for|the|Chief|Vice|Senior|Executive)|[,&])$")
# The label of a witness's signature: "WITNESS:", "Witnessed by:", "In the presence of:",
# "ATTEST:"; or the word under it ("/s/ Jane Roe" / "Witness"). A ")" column of a Canadian
# "SIGNED, SEALED AND DELIVERED" block may trail it.
_WITNESS = re.compile(
    r"^(?:witness(?:es|ed\s+by)?|in\s+the\s+presence\s+of|attest(?:ed)?(?:\s+by)?)\s*:?[\s)]*$",
    re.I,
)
_CAPTION = re.compile(r"^witness[\s)]*$", re.I)
# A printed form's caption under its value ("DANIEL ROE" / "Printed Name", "CFO" / "Title").
_UNDER_NAME = re.compile(r"^\(?(?:print(?:ed)?\s+)?name\)?$", re.I)
_UNDER_TITLE = re.compile(r"^\(?(?:title|its)\)?$", re.I)
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
        if m is None or _witnessed(lines, i) or _through_entity(lines, i):
            continue  # a witness attests, and "By: Acme GP, LLC, its manager" signs nothing
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
        # A bare "/s/ Name" with no title under the last company's block is a person signing
        # as a party in their own right, not that company's second signatory.
        signs_for = None if labelled and m.group("bare") and title is None else company
        first = i - 1 if signs_for is not None and not labelled else i
        source = evidence(" ".join(lines[first : i + 1 + used]))
        out.append(Signature(signer, source, title=title, date=signed_on, on_behalf_of=signs_for))
        roles = tuple(r for r in nlp.roles_for_title(title) if r in ("Officer", "Director"))
        if roles and signs_for is not None:
            out.append(Position(signer, signs_for, roles, source, title=title, as_of=signed_on))
    return out


def _witnessed(lines: list[str], at: int) -> bool:
    """Whether the "/s/" at ``at`` is a witness's: a witness label just above it (past a
    rule), or "Witness" under it, in place of a name or a title."""
    above = [x for x in lines[max(0, at - 3) : at] if not _RULE.match(x)]
    below = [x for x in lines[at + 1 : at + 4] if not _RULE.match(x)]
    if above and _WITNESS.match(above[-1]) and not _CAPTION.match(above[-1]):
        return True  # a "WITNESS:" heading; a bare "Witness" caption is another block's end
    return bool(below) and _WITNESS.match(below[0]) is not None


def described_signers(lines: list[str]) -> list[tuple[str, str]]:
    """(company, description) of each signature block that describes its company between
    the name and "By:" ("ACME, LLC," / "a Delaware limited liability company" / "By: ...")."""
    out = []
    for i, line in enumerate(lines):
        at = _company_line(lines, i) if _BY.match(line) else None
        if at is not None and at < i - 1:
            desc = " ".join(x for x in lines[at + 1 : i] if not _BY.match(x))
            name = _ROLE_HEAD.sub("", lines[at]).strip(" ,:")
            out.append((name, desc))
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
        if _UNDER_NAME.match(line) or _UNDER_TITLE.match(line):
            pass  # a caption: its value is the line above
        elif title is None and name and _captioned_title(below, used):
            title = line
        elif label and label.group(1).lower() == "name":
            name = fold(label.group(2)) or name
        elif label:
            title = fold(label.group(2)) or None
        elif title and _UNFINISHED.search(title) and not _BY.match(line):
            title = f"{title} {line}"  # "Title: President and Chief" / "Executive Officer"
        elif name is None and not _BY.match(line):
            name = line  # "By:" with the printed name (and title) on the next line
        elif name and title is None and _printed_title(name, line, below[:used]):
            title = line  # "By: /s/ Jane Roe" / "Jane Roe" / "Chair of the Board": no labels
        elif not (name and used == 0 and _same_name(name, line)):
            break
        used += 1
    if name and "," in name and title is None:  # "Jane Doe, Chief Financial Officer"
        name, title = (fold(x) for x in name.split(",", 1))
    return name, title or None, used


def _captioned_title(below: list[str], at: int) -> bool:
    """Whether ``below[at]`` is a value printed over the caption "Title" (after the name's
    own caption): "By: /s/ Jane Roe" / "JANE ROE" / "Printed Name" / "CFO" / "Title"."""
    following = below[at + 1] if at + 1 < len(below) else ""
    return bool(_UNDER_TITLE.match(following)) and not _UNDER_NAME.match(below[at])


def _same_name(name: str, line: str) -> bool:
    """Whether ``line`` prints the name signed above it ("/s/ Jane Roe" / "Jane Roe")."""
    printed = person_from_text(line)
    return printed is not None and printed.name.lower() == fold(name).lower()


def _printed_title(name: str, line: str, used: list[str]) -> bool:
    """A title printed with no label under the signer's printed name: the line just after
    the name repeated, one that names an office (not a date, a company or another "By:")."""
    if len(used) != 1 or not _same_name(name, used[0]) or _BY.match(line) or _LABEL.match(line):
        return False
    office = nlp.roles_for_title(line) or _OFFICE.search(line)
    return bool(office) and not re.search(r"\d|:", line)


# Offices that name no officer or director role but are a signer's title all the same.
_OFFICE = re.compile(r"\b(?:Member|Manager|Partner|Signatory|Trustee|Attorney-in-Fact)$")


def _company_line(lines: list[str], at: int) -> int | None:
    """The index of the line naming the company a "By:" at ``at`` signs for: the line above,
    past its description ("a Delaware corporation", "as Administrative Agent")."""
    for i in range(at - 1, max(-1, at - 8), -1):
        if _through(lines, i, at):
            continue  # "By: Acme GP, LLC, its general partner": the company is above it
        if _ENTITY_LABEL.match(lines[i]) or not _BETWEEN_LINES.match(lines[i]):
            return None if _LABEL.match(lines[i]) or _BY.match(lines[i]) else i
    return None


def _through(lines: list[str], i: int, at: int) -> bool:
    """Whether line ``i`` is a "By:" naming the entity a company signs through, its general
    partner, member or manager ("By: Acme GP, LLC," ... "its general partner"): no "/s/",
    and an "its <role>" on it or on the description lines down to the signature."""
    m = _BY.match(lines[i])
    rest = m.group("rest") if m else None
    if not rest or "/s/" in rest or _LABEL.match(rest):
        return False
    return any(re.search(r"(?i)(?:^|,\s*)its\s+\w", line) for line in [rest, *lines[i + 1 : at]])


def _through_entity(lines: list[str], i: int) -> bool:
    """ "By: Acme Management, Inc.," / "its Manager": the entity signing for the company is
    named (with its legal form) on the "By:" line; the person signs on a "By:" below."""
    m = _BY.match(lines[i])
    rest = (m.group("rest") or "").strip(" ,") if m else ""
    named = re.search(rf"(?i)\b{CORP_SUFFIX}\.?$", rest)
    return bool(named) and _through(lines, i, i + 3)


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
    # A name printed in capitals keeps its legal form in capitals too ("ACME MARKETS, INC.").
    legal_form = re.search(rf"\b{CORP_SUFFIX}\.?$", line, re.I if line.isupper() else 0)
    legal_form = legal_form or described
    if labelled or (legal_form and not person_from_text(line)):
        return company_ref(line)
    return None


def columns(text: str) -> str:
    """Signature blocks printed side by side (cells split by tabs: "ACME CORP.<tab>EXECUTIVE",
    or by spaces in a fixed-width print) as one column after the other, so each "By:" has its
    company above it."""
    out: list[str] = []
    run: list[list[str]] = []
    for line in [*_fixed_width(text.split("\n")), ""]:
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
    witness = {
        c for row in run if len(row) > 1 for c, cell in enumerate(row) if _WITNESS.match(cell)
    }
    if witness:  # "WITNESS:" beside "TENANT:": the witness's column is no party's block
        # (a row of one cell lost its empty cells: which column it is in is unknown, it stays)
        run = [[x for c, x in enumerate(row) if c not in witness or len(row) == 1] for row in run]
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


# Two signatures on one line of a fixed-width print: "By: /s/ A" ... "/s/ B", three or more
# spaces between; the second cell's offset is where the right-hand column starts.
_TWO_SIGNED = re.compile(
    r"^(?P<left>\s*(?:\S.*?)?/s/.*?\S)\s{3,}(?P<right>(?:By:\s*)?/s/\s*\S.*)$", re.I
)


def _fixed_width(lines: list[str]) -> list[str]:
    """Side-by-side signature columns of a fixed-width print, as tab-separated rows cut at the
    right-hand column's offset: the block runs up over the company names printed at that
    offset (and blank lines) and down to the first blank line."""
    out = list(lines)
    i = 0
    while i < len(out):
        m = _TWO_SIGNED.match(out[i])
        if m is None:
            i += 1
            continue
        at = m.start("right")
        top = i
        while top > 0 and (not out[top - 1].strip() or _starts_at(out[top - 1], at)):
            top -= 1
        bottom = i
        while bottom + 1 < len(out) and out[bottom + 1].strip() and _fits(out[bottom + 1], at):
            bottom += 1
        # Blank lines inside the block would end the run that is unzipped.
        rows = [f"{x[:at].strip()}\t{x[at:].strip()}" for x in out[top : bottom + 1] if x.strip()]
        out[top : bottom + 1] = rows
        # Read the block again from its top: a third column is one more gap on its lines.
        # (Lines above it did not match and have not changed.)
        i = top
    return out


def _starts_at(line: str, at: int) -> bool:
    """A cell starts at ``at`` (a name printed over the right-hand signature)."""
    return len(line) > at and line[at] != " " and line[at - 3 : at] == "   "


def _fits(line: str, at: int) -> bool:
    """No text runs across the column boundary at ``at``."""
    return len(line) <= at or line[at - 1] == " " or line[at] == " "
