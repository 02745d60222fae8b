"""The Reporting Owners table of a printed Form 3, 4 or 5.

One row per reporting person: a "Name / Address" cell (the name as EDGAR holds it,
then street and "City, ST Zip" in one run of text), then the Director, 10% Owner,
Officer and Other columns. The rows after box 1's person are the joint filers, whose
name ends where the address starts; used by ``kg.extract.form4_text``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import pairwise

from kg.extract import _ownership as own
from kg.extract.common import fold
from kg.extract.form4_text_boxes import BOX
from kg.extract.form4_text_names import (
    CITY_LINE,
    COMPANY_WORDS,
    DATE,
    SUFFIX,
    norm,
    parse_address,
)
from kg.extract.form4_text_spaces import tabbed
from kg.model import Address, Role

# Where the address starts in the Reporting Owners table's "Name / Address" cell.
_ADDRESS_START = re.compile(r"(?<!\S)(?:c/o|attn\.?:?|p\.?\s?o\.?\s+box)\s", re.I)
# A word opening with a digit may open the street; a date ("Trust dtd 12/01/2005") does not.
_NUMBER_WORD = re.compile(r"(?<!\S)(?!\d{1,2}/\d{1,2}/\d{2,4}(?!\S))\d\S*")
_ENDS_COMPANY = re.compile("(?:" + COMPANY_WORDS.pattern + r")[.,]?(?:\s*/[A-Z]{2,3}/?)?\s*$", re.I)


def row_address(rest: str, city_line: str) -> Address | None:
    """A joint filer's address in the Reporting Owners table: box 1's city when it is that,
    else street and "City, ST Zip" told apart where the street's last word is."""
    words = rest.split()
    for i in range(len(words) - 1, -1, -1) if city_line else ():
        if norm(" ".join(words[i:])) == norm(city_line):
            return parse_address(" ".join(words[:i]), city_line)
    return _own_address(rest)


# Words that end a street ("ELM STREET", "SPEAR TOWER", "12TH FLOOR"), not a city's.
_STREET_END = re.compile(
    r"ST|STREET|AVE|AVENUE|RD|ROAD|BLVD|BOULEVARD|DR|DRIVE|LN|LANE|WAY|PL|PLACE|PLAZA|PKWY"
    r"|PARKWAY|HWY|HIGHWAY|CT|COURT|CIR|CIRCLE|SQ|SQUARE|TER|TERRACE|TOWERS?|FL|FLOOR|CENTER"
    r"|CENTRE|BUILDING|HOUSE|PIKE|TURNPIKE|TRAIL|WALK|QUAY|WHARF|NE|NW|SE|SW",
    re.I,
)
# Words whose designator follows them ("SUITE B", "BUILDING 3", "PO BOX 309").
_DESIGNATES = re.compile(r"SUITE|STE|UNIT|BLDG|BUILDING|ROOM|RM|APT|BOX|#", re.I)


def _own_address(rest: str) -> Address | None:
    """ "500 ELM STREET, 12TH FLOOR BOSTON, MA 02116": the city is the words after the
    street's last word (one with a digit, a street word, one a comma ends, a designator's
    letter), up to the comma before the state; the city keeps at least one word."""
    head, comma, tail = rest.rpartition(",")
    if not comma or not CITY_LINE.match(f"X, {tail.strip()}"):
        return None
    words = head.split()
    end = next((j for j in range(len(words) - 2, -1, -1) if _ends_street(words, j)), None)
    if end is None or len(words) - end - 1 > 4:
        return None
    return parse_address(" ".join(words[: end + 1]), f"{' '.join(words[end + 1 :])},{tail}")


def _ends_street(words: list[str], at: int) -> bool:
    word = words[at]
    bare = word.strip(",.;:")
    designator = at > 0 and _DESIGNATES.fullmatch(words[at - 1].strip(",.:")) is not None
    return (
        any(c.isdigit() for c in word)
        or word.endswith(",")
        or _STREET_END.fullmatch(bare) is not None
        or (designator and len(bare) <= 2)
    )


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
    for at, line in enumerate(_table(lines, start) if start is not None else ()):
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


def _table(lines: list[str], start: int) -> list[str]:
    """The table's lines up to the next box ("Signatures"), with tabs between cells when
    the print sets them apart by spaces."""
    end = next((i for i in range(start + 1, len(lines)) if BOX.match(lines[i])), len(lines))
    table = lines[start:end]
    spaced = tabbed(table)
    return (table if spaced is table else _wraps_joined(spaced)) + lines[end:]


def _wraps_joined(lines: list[str]) -> list[str]:
    """A print set out by columns wraps the "Name / Address" cell over lines: a line with
    text in that column only goes on in the row above."""
    out: list[str] = []
    for line in lines:
        cells = line.split("\t")
        above = out[-1].split("\t") if out else []
        if len(above) > 1 and above[0].strip() and cells[0].strip() and not "".join(cells[1:]):
            out[-1] = "\t".join([f"{above[0]} {cells[0].strip()}", *above[1:]])
        else:
            out.append(line)
    return out


def split_owner_cell(
    cell: str, known_address: str = "", named: frozenset[str] = frozenset()
) -> tuple[str, str]:
    """ "DOE JANE Q 100 MAIN STREET SPRINGFIELD, IL 62701" -> name, address.

    The address is the one box 1 gives when it is the same; else it starts at the
    first sign of a street: "c/o", a number that does not belong to the name ("Fund 1
    LLC"), a street opening with a word ("ONE HARBOR PLAZA", "CORAL HOUSE,"). Words
    the filing writes elsewhere (``named``: the signatures, the notes) tell where a
    name in capitals ends before a building's name ("DOE JANE EMPIRE STATE BUILDING")."""
    target = norm(known_address)
    for match in re.finditer(r"(?<=\s)\S", cell):
        if target and norm(cell[match.start() :]) == target:
            return cell[: match.start()].strip(" ,"), cell[match.start() :]
    tokens = list(re.finditer(r"\S+", cell))
    worded = _worded_street(tokens)
    cut = min(_number_cut(cell), len(cell) if worded is None else worded)
    if cut == worded:  # a building's name may have more words than the one before its word
        cut = _named_end(tokens, cut, named)
    return cell[:cut].strip(" ,"), cell[cut:].strip(" ,")


def _named_end(tokens: list[re.Match[str]], cut: int, named: frozenset[str]) -> int:
    """An earlier end of the name: where the words the filing names elsewhere stop, the
    words between that and ``cut`` plain words in capitals (a building's name), never an
    initial, a suffix or a company's word."""
    inside = [t for t in tokens if t.start() < cut]
    known = 0
    while known < len(inside) and norm(inside[known].group()) in named:
        known += 1
    rest = [t.group().strip(",.") for t in inside[known:]]
    if known < 2 or not rest:
        return cut
    if all(w.isalpha() and w.isupper() and len(w) > 1 for w in rest) and not any(
        SUFFIX.match(w) or _ENDS_COMPANY.fullmatch(w) for w in rest
    ):
        return inside[known].start()
    return cut


def _number_cut(cell: str) -> int:
    """Where "c/o" or the first number that does not belong to the name opens the address."""
    care = _ADDRESS_START.search(cell)
    end = care.start() if care else len(cell)
    starts = [m.start() for m in _NUMBER_WORD.finditer(cell, 0, end) if m.start() > 0] + [end]
    for here, after in pairwise(starts):
        segment = cell[here:after].strip(" ,")
        # ", CO 80202" ends a street segment with its state; ", LP" ends a fund's name.
        if not _ENDS_COMPANY.search(segment) or re.search(r",\s*(?!LP$)[A-Z]{2}$", segment):
            return here
    return end


# Words that end the first part of a street ("HARBOR PLAZA", "FIFTH FLOOR", "CORAL HOUSE").
_STREET_WORD = re.compile(
    r"PLAZA|TOWERS?|FLOOR|HOUSE|BUILDING|CENTER|CENTRE|SUITE|PLACE|SQUARE|COURT|STREET|AVENUE"
    r"|ROAD|BOULEVARD|DRIVE|LANE|PARKWAY|CHAMBERS|QUAY|WHARF",
    re.I,
)
# A street's number spelt out ("ONE HARBOR PLAZA") or a floor's ordinal ("FIFTH FLOOR").
_SPELT_NUMBER = re.compile(
    r"ONE|TWO|THREE|FOUR|FIVE|SIX|SEVEN|EIGHT|NINE|TEN|ELEVEN|TWELVE|FIRST|SECOND|THIRD"
    r"|FOURTH|FIFTH|SIXTH|SEVENTH|EIGHTH|NINTH|TENTH|\d+(?:ST|ND|RD|TH)",
    re.I,
)


def _bare(word: str) -> str:
    return word.strip(",.;:")


def _names_a_company(words: list[str], at: int) -> bool:
    """ "Acme Tower, Inc.", "Third Avenue Fund": the street word is part of a company's name."""
    return at + 1 < len(words) and bool(_ENDS_COMPANY.fullmatch(_bare(words[at + 1])))


def _worded_street(tokens: list[re.Match[str]]) -> int | None:
    """Where a street that opens with a word starts: a spelt number with a street word after
    it ("ONE HARBOR PLAZA", "FIFTH FLOOR"), or a building's name, one word before a street
    word that a comma ends ("CORAL HOUSE,"), that word not the name's (an initial, "L.P.",
    the mixed case of a name before an address in capitals)."""
    words = [t.group() for t in tokens]
    for i in range(1, len(words)):
        if _SPELT_NUMBER.fullmatch(_bare(words[i])):
            for j in range(i + 1, min(i + 4, len(words))):
                if _STREET_WORD.fullmatch(_bare(words[j])) and not _names_a_company(words, j):
                    return tokens[i].start()
                if words[j].endswith(","):  # the part ended with no street word
                    break
        elif (
            i >= 2
            and words[i].endswith(",")
            and _STREET_WORD.fullmatch(_bare(words[i]))
            and not _names_a_company(words, i)
            and _building_name(words[i - 1], words[i])
        ):
            return tokens[i - 1].start()
    return None


def _building_name(word: str, street_word: str) -> bool:
    """Whether ``word`` may name the building of ``street_word`` rather than end a name."""
    bare = _bare(word)
    ends_name = (
        word.endswith(",")
        or len(bare) < 2  # an initial
        or SUFFIX.match(bare) is not None
        or _ENDS_COMPANY.fullmatch(bare) is not None
        or DATE.fullmatch(bare) is not None
        or (street_word.isupper() and not bare.isupper())  # "Doe Jane ROCKEFELLER CENTER,"
    )
    return not ends_name
