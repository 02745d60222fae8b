"""Names in Forms 3, 4 and 5 as text: box 1, the Reporting Owners table, the signatures.

Box 1 writes the reporting person family name first ("Last First Middle"); the
Reporting Owners table has a row per reporting person, name and address in one
cell; the signature block writes signers given name first, often "/s/" and
"by ..., as attorney-in-fact for ...". Used by ``kg.extract.form4_text``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from itertools import pairwise

from kg.extract import _ownership as own
from kg.extract.common import company_ref, evidence, fold, parse_date, person_ref
from kg.model import Address, EntityRef, Role, Signature

# A date as the form prints it ("Date of Earliest Transaction", the signature's date).
DATE = re.compile(r"\b\d{1,2}/\d{1,2}/\d{2,4}\b")
_COMPANY_WORDS = re.compile(
    r"\b(?:L\.?L\.?C|L\.?L\.?P|L\.?P|Inc|Incorporated|Corp|Corporation|Company|Co|Ltd|Limited"
    r"|Trust|Fund|Funds|Partners|Partnership|Capital|Holdings?|Group|Management|Advisors"
    r"|Advisers|Associates|Investments?|Ventures|Bank|Foundation|PLC|N\.V|S\.A|AG|GmbH)\b"
    r"|/[A-Z]{2,3}/",
    re.I,
)
_SUFFIX = re.compile(r"^(?:Jr|Sr|II|III|IV|V|M\.?D|Ph\.?D|Esq)\.?$", re.I)
# Where the address starts in the Reporting Owners table's "Name / Address" cell.
_ADDRESS_START = re.compile(r"(?<!\S)(?:c/o|attn\.?:?|p\.?\s?o\.?\s+box)\s", re.I)
# A word opening with a digit may open the street; a date ("Trust dtd 12/01/2005") does not.
_NUMBER_WORD = re.compile(r"(?<!\S)(?!\d{1,2}/\d{1,2}/\d{2,4}(?!\S))\d\S*")
_ENDS_COMPANY = re.compile(
    "(?:" + _COMPANY_WORDS.pattern + r")[.,]?(?:\s*/[A-Z]{2,3}/?)?\s*$", re.I
)


def norm(text: str) -> str:
    """Letters and digits only, so that spellings of one name compare equal."""
    return re.sub(r"[^a-z0-9]", "", text.lower())


def owner_ref(raw: str) -> EntityRef:
    """Box 1 writes a person "Last First Middle"; a company as it is called.

    Read as the XML and HTML copies of the form are read, so that one owner gets
    one name whichever copy of the filing was ingested."""
    return own.owner_ref(fold(raw), None)


# ---------------------------------------------------------------- box 1


def split_owner_box(box: list[str]) -> tuple[str, str, str]:
    """Box 1: name, "(Last) (First) (Middle)", street, "(Street)", city, "(City) (State) (Zip)"."""
    parts: dict[str, list[str]] = {"name": [], "street": [], "city": []}
    current = "name"
    for line in box:
        if line.startswith("(Last)"):
            current = "street"
        elif line.startswith("(Street)"):
            current = "city"
        elif line.startswith("(City)"):
            break
        else:
            parts[current].append(line)
    return tuple(" ".join(parts[k]).strip(" ,") for k in ("name", "street", "city"))  # type: ignore[return-value]


def care_of(street: str, issuer_name: str) -> tuple[str | None, str]:
    """An owner address "c/o" the issuer: the issuer's name as written, and the street after it."""
    words = re.sub(r"^c/o\s+", "", street, flags=re.I).split()
    target = norm(issuer_name)
    for i in range(1, len(words)):
        head = " ".join(words[:i])
        if norm(head) == target and target:
            return head.rstrip(","), " ".join(words[i:])
        if not target.startswith(norm(head)):
            break
    return None, street


def parse_address(street: str, city_line: str) -> Address | None:
    """Box 1's street and its "City, ST Zip" line."""
    if not street and not city_line:
        return None
    match = re.match(r"^(.*?),?\s+([A-Z]{2})\s+(\d{5}(?:-\d{4})?)$", city_line)
    if match:
        city, state, postal = match.groups()
        return Address(street=street or None, city=city, state=state, postal_code=postal)
    return Address(street=street or None, city=city_line or None)


def row_address(rest: str, city_line: str) -> Address | None:
    """A joint filer's address in the Reporting Owners table, when its city is box 1's."""
    words = rest.split()
    for i in range(len(words) - 1, -1, -1) if city_line else ():
        if norm(" ".join(words[i:])) == norm(city_line):
            return parse_address(" ".join(words[:i]), city_line)
    return None


# ---------------------------------------------------------------- the Reporting Owners table


@dataclass(frozen=True)
class OwnerRow:
    """One row of the "Reporting Owners" table: name and address, then the relationships."""

    cell: str  # "Name / Address" as printed: the name, then street and "City, ST Zip"
    line: str
    roles: tuple[Role, ...]
    title: str | None


_COLUMNS: dict[str, tuple[bool, bool, bool, bool]] = {
    "Director": (True, False, False, False),
    "Officer": (False, True, False, False),
    "10% Owner": (False, False, True, False),
    "Other": (False, False, False, True),
}


def owner_rows(lines: list[str]) -> list[OwnerRow]:
    """The rows under "Reporting Owner Name / Address" and its Director ... Other heading."""
    start = next((i for i, ln in enumerate(lines) if ln.startswith("Reporting Owner Name")), None)
    columns: dict[int, str] = {}
    rows: list[OwnerRow] = []
    # From the heading line itself: a print may put the columns' names on it.
    for at, line in enumerate(lines[start:] if start is not None else ()):
        cells = [fold(c) for c in line.split("\t")]
        if "Director" in cells and not columns:
            columns = {i: c for i, c in enumerate(cells) if c in _COLUMNS}
        elif at == 0:
            continue  # the heading: "Reporting Owner Name / Address<TAB>Relationships"
        elif "\t" in line and cells[0]:
            on = [c for i, c in columns.items() if i < len(cells) and cells[i]]
            flags = [any(_COLUMNS[c][k] for c in on) for k in range(4)]
            titles = [
                cells[i]
                for i, c in columns.items()
                if c in {"Officer", "Other"}
                and i < len(cells)
                and cells[i].upper() not in {"", "X"}
            ]
            rows.append(OwnerRow(cells[0], line, own.roles_of(*flags), (titles or [None])[0]))
        elif rows and fold(line):  # a blank line between two owners does not end the table
            break
    return rows


def split_owner_cell(cell: str, known_address: str = "") -> tuple[str, str]:
    """ "DOE JANE Q 100 MAIN STREET SPRINGFIELD, IL 62701" -> name, address.

    The address is the one box 1 gives when it is the same; else it starts at
    "c/o" or at the first number that does not belong to the name ("Fund 1 LLC")."""
    target = norm(known_address)
    for match in re.finditer(r"(?<=\s)\S", cell):
        if target and norm(cell[match.start() :]) == target:
            return cell[: match.start()].strip(" ,"), cell[match.start() :]
    care = _ADDRESS_START.search(cell)
    end = care.start() if care else len(cell)
    starts = [m.start() for m in _NUMBER_WORD.finditer(cell, 0, end) if m.start() > 0] + [end]
    cut = end
    for here, after in pairwise(starts):
        segment = cell[here:after].strip(" ,")
        # ", CO 80202" ends a street segment with its state; ", LP" ends a fund's name.
        if not _ENDS_COMPANY.search(segment) or re.search(r",\s*(?!LP$)[A-Z]{2}$", segment):
            cut = here
            break
    return cell[:cut].strip(" ,"), cell[cut:].strip(" ,")


# ---------------------------------------------------------------- the signature block

_ATTORNEY = r"(?:as\s+)?(?:his\s+|her\s+|its\s+|the\s+)?attorney[- ]in[- ]fact"
_FOR = re.compile(rf"^(?P<signer>.+?),?\s+{_ATTORNEY}\s+(?:for|on behalf of)\s+(?P<for>.+)$", re.I)
_BY = re.compile(rf"^(?P<for>.+?),?\s+by:?\s+(?P<signer>.+?)(?:,?\s+{_ATTORNEY})?\.?$", re.I)
# Words of a signature block that are never part of a signer's name.
_NOT_A_NAME = re.compile(
    r"\d|\b(?:attorney|power|signatures?|see|exhibit|behalf|by|for|of|the|and|remarks|reporting)\b",
    re.I,
)
# A signature line marked "/s/" or "By:" (the mark EDGAR filers type before a name).
_SIGNED = re.compile(r"/s/|\bBy\s*:", re.I)
_ALONE = re.compile(rf"^(?P<signer>.+?),?\s+{_ATTORNEY}\.?$", re.I)


def read_signatures(lines: list[str], owners: tuple[EntityRef, ...]) -> list[Signature]:
    """The block above "Signature of Reporting Person": a signer line, then its date."""
    end = next((i for i, ln in enumerate(lines) if "Signature of Reporting Person" in ln), None)
    if end is None:
        return []
    start = next(
        (
            i
            for i in range(end - 1, -1, -1)
            if fold(lines[i]).lower() in {"signatures", "signature"}
        ),
        None,
    )
    if start is None:  # EDGAR's later print: the "/s/ Name Date" lines follow the remarks
        start = end - 1
        while start >= 0 and (not fold(lines[start]) or _SIGNATURE_LINE.search(lines[start])):
            start -= 1
    block: list[str] = []
    for line in lines[start + 1 : end]:
        if line[:1].isspace() and block and fold(line) and not DATE.fullmatch(block[-1]):
            block[-1] += " " + fold(line)  # a signature wrapped onto a continuation line
        elif fold(line):
            block.append(fold(line))
    found: list[Signature] = []
    for i, text in enumerate(block):
        if DATE.fullmatch(text):
            continue
        trailing = DATE.search(text)
        when_text = trailing.group(0) if trailing else (block[i + 1] if i + 1 < len(block) else "")
        when = parse_date(when_text) if DATE.fullmatch(when_text) else None
        signer_text = DATE.sub("", text).strip(" ,")
        if when is None and "/s/" not in signer_text.lower():
            continue
        source = text if trailing else f"{text} {when_text}"
        if _SIGNED.search(signer_text):
            signature = _signed(signer_text, when, owners, source)
        else:  # "Jane Roe, as attorney-in-fact for ...", or wordings only the shared reader knows
            signature = _signature(signer_text, when, owners, source)
            signature = signature or _signed(signer_text, when, owners, source)
        if signature:
            found.append(signature)
    return found


_SIGNATURE_LINE = re.compile(r"(?i)/s/|\b\d{1,2}/\d{1,2}/\d{2,4}\s*$")


def _signed(
    text: str, when: date | None, owners: tuple[EntityRef, ...], source: str
) -> Signature | None:
    """A "/s/" or "By:" line, read as the XML and HTML copies of the form read it
    ("Fund LP, By: its GP, By: /s/ Name, Title", "/s/ Name, by power of attorney for X")."""
    parsed = own.parse_signature(text, owners)
    if parsed is None:
        return None
    signer, title, behalf = parsed
    title = "Attorney-in-fact" if title == "Attorney-in-Fact" else title  # this reader's spelling
    return Signature(
        signer=signer, evidence=evidence(source), title=title, date=when, on_behalf_of=behalf
    )


def _signature(
    text: str, when: date | None, owners: tuple[EntityRef, ...], source: str
) -> Signature | None:
    body = re.sub(r"^(?:by:?\s*)?/s/\s*", "", text, flags=re.I).strip()
    title: str | None = None
    principal: str | None = None
    for pattern in (_FOR, _BY, _ALONE):
        match = pattern.match(body)
        if match:
            body, principal = match.group("signer"), match.groupdict().get("for")
            title = "Attorney-in-fact" if re.search("attorney", text, re.I) else None
            break
    body = re.sub(r"^(?:by:?\s*)?/s/\s*", "", body, flags=re.I)
    if title is None and "," in body and not _SUFFIX.match(body.rsplit(",", 1)[1].strip()):
        body, title = (p.strip() for p in body.split(",", 1))
    signer = _owner_named(body, owners) or _given_first(body)
    if signer is None:
        return None
    behalf = None
    if principal:
        behalf = _owner_named(principal, owners) or _given_first(principal)
    elif (
        len(owners) == 1
        and signer is not owners[0]
        and (title == "Attorney-in-fact" or owners[0].kind == "company")
    ):
        behalf = owners[0]  # an attorney-in-fact, or an officer signing for the owning company
    return Signature(
        signer=signer, evidence=evidence(source), title=title, date=when, on_behalf_of=behalf
    )


def _owner_named(text: str, owners: tuple[EntityRef, ...]) -> EntityRef | None:
    """The reporting owner ``text`` names: its words in any order ("Doe Jane", "Jane Doe"),
    or all of its given and family names ("Jane Doe" for box 1's "Doe Jane Q")."""
    words = sorted(norm(w) for w in text.split())
    for ref in owners:
        if any(words == sorted(norm(w) for w in n.split()) for n in (ref.name, *ref.aliases)):
            return ref
    return own.match_owner(text, owners)


def _given_first(text: str) -> EntityRef | None:
    """A signer written given name first ("Jane Q. Public"); None for text that is not a name."""
    text = fold(text).strip(" .,")
    if _COMPANY_WORDS.search(text) and not re.search(r"\d|signature|exhibit|\bsee\b", text, re.I):
        return company_ref(text)
    if _NOT_A_NAME.search(text):
        return None
    tokens = text.split()
    if not 2 <= len(tokens) <= 5 or not all(
        re.fullmatch(r"[A-Za-z][A-Za-z.'’-]*", t) for t in tokens
    ):
        return None
    suffix = [tokens.pop()] if len(tokens) > 2 and _SUFFIX.match(tokens[-1]) else []
    family = " ".join([tokens[-1], *suffix])
    return person_ref(tokens[0], family, " ".join(tokens[1:-1]) or None)
