"""The boxes of Form D and how a PDF-to-text dump of the form is read.

The dump keeps the form's numbered section headings ("3. Related Persons",
"13. Offering and Sales Amounts") but breaks the rest: cells are split by tabs,
words are cut by column gaps ("Executiv<TAB>e Officer"), rows of checkbox
labels repeat, and a value sits either after its label on the same line or on
the line below a row of labels. So a section is found by its heading, and a
box counts as checked when an "X" comes right before the box's label.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable

from kg.extract.common import display_name, fold
from kg.ingest.codes import CANADA, COUNTRIES, US_STATES
from kg.model import Address, Role

# --- the form's boxes: printed label -> value (EDGAR's XML spelling) ---------


def _table(text: str) -> tuple[str, ...]:
    """Labels written "a | b | c" over several lines."""
    return tuple(item for item in re.split(r"\s*[|\n]\s*", text.strip()) if item)


def _labels(text: str) -> dict[str, str]:
    """Boxes whose value is their printed label, written as for ``_table``."""
    return {label: label for label in _table(text)}


# Item 1 "Entity Type".
ENTITY_TYPES = _labels(
    "Corporation | Limited Partnership | Limited Liability Company | General Partnership"
    "| Business Trust | Other"
) | {"Other (Specify)": "Other"}
# Item 4: the XML spells "&" as "and" ("Oil and Gas"); both printings are read.
INDUSTRIES = _labels("""
    Agriculture | Commercial Banking | Insurance | Investing | Investment Banking
    Pooled Investment Fund | Other Banking and Financial Services | Business Services
    Coal Mining | Electric Utilities | Energy Conservation | Environmental Services
    Oil and Gas | Other Energy | Biotechnology | Health Insurance | Hospitals and Physicians
    Pharmaceuticals | Other Health Care | Manufacturing | Commercial | Construction
    REITS and Finance | Residential | Other Real Estate | Retailing | Restaurants | Computers
    Telecommunications | Other Technology | Airlines and Airports | Lodging and Conventions
    Tourism and Travel Services | Other Travel | Other
""")
INDUSTRIES |= {label.replace(" and ", " & "): value for label, value in INDUSTRIES.items()}
# Item 4's sub-boxes under "Pooled Investment Fund".
FUND_TYPES = _labels(
    "Hedge Fund | Private Equity Fund | Venture Capital Fund | Other Investment Fund"
)
# Item 5, left column; the right column (aggregate net asset value) is told
# apart by its own labels and by standing after "Aggregate Net Asset Value".
REVENUE = _table("""
    No Revenues | $1 - $1,000,000 | $1,000,001 - $5,000,000 | $5,000,001 - $25,000,000
    $25,000,001 - $100,000,000 | Over $100,000,000 | Decline to Disclose | Not Applicable
""")
NAV_ONLY = _table("""
    No Aggregate Net Asset Value | $1 - $5,000,000 | $25,000,001 - $50,000,000
    $50,000,001 - $100,000,000
""")
# Item 6: Rule 504 sub-boxes print as "Rule 504 (b)(1)(i)".
EXEMPTIONS = _labels("""
    Rule 504(b)(1) (not (i), (ii) or (iii)) | Rule 504(b)(1)(i) | Rule 504(b)(1)(ii)
    Rule 504(b)(1)(iii) | Rule 504 | Rule 505 | Rule 506(b) | Rule 506(c) | Rule 506
    Securities Act Section 4(a)(5) | Securities Act Section 4(6)
    Investment Company Act Section 3(c)
""") | {
    "Rule 504(b)(1)": "Rule 504(b)(1) (not (i), (ii) or (iii))",
    # The dump cuts this label at a column edge ("Investment Company Act Sec<TAB>tion 3(c)").
    "Investment Company Act Sec": "Investment Company Act Section 3(c)",
    **{f"Section 3(c)({n})": f"Section 3(c)({n})" for n in range(1, 15)},
}
FILING_TYPES = {"New Notice": "new", "Amendment": "amendment", "First Sale Yet to Occur": "yet"}
# Item 9.
SECURITIES = _labels("""
    Equity | Debt | Option, Warrant or Other Right to Acquire Another Security
    Security to be Acquired Upon Exercise of Option, Warrant or Other Right to Acquire Security
    Pooled Investment Fund Interests | Tenant-in-Common Securities | Mineral Property Securities
""") | {"Other (describe)": "Other"}
# Item 3 "Relationship" boxes -> roles of the model.
RELATIONSHIPS: dict[str, Role] = {
    "Executive Officer": "Officer", "Director": "Director", "Promoter": "Promoter"
}  # fmt: skip

# Section headings in form order; the number may be followed by "." or ","
# ("11, Minimum Investment") and later words may be cut by tabs.
_HEADINGS = (
    *(
        (str(number), rf"{number}\s*[.,]\s*" + words.replace(" ", r"\s+"))
        for number, words in enumerate(_table(r"""
    Issuer['’]?s Identity | Principal Place | Related Persons | Industry Group | Issuer Size
    Federal Exemption | Type of Filing | Duration of Offering | Type\s*\(?s?\)? of Securities
    Business Combination | Minimum Investment | Sales Compensation | Offering and Sales
    Investors | Sales Commissions | Use of Proceeds
"""), start=1)
    ),
    ("sig", r"Signature\s+and\s+Submission"),
)  # fmt: skip
_MARK = re.compile(r"(?<![A-Za-z0-9])[X☒☑✔✓■]")
# Bounded, so that no date is read out of an accession number ("0001193125-12-123456").
DATE = re.compile(r"(?<![\d-])(?:\d{4}-\d{2}-\d{2}|\d{1,2}/\d{1,2}/\d{4})(?![\d-])")
MONEY = re.compile(r"\$\s*(\d[\d,]*(?:\.\d+)?)")
_PHONE = re.compile(r"^\+?[\d\s().\-/]{7,}$")
_ZIP = re.compile(r"^\d{5}(?:-\d{4})?$")
# Items 1-3 write places in full ("COLORADO"); EDGAR's tables give the codes.
_PLACES: dict[str, tuple[str | None, str | None]] = {
    **{name.upper(): (None, name) for name in COUNTRIES.values()},
    **{name.upper(): (name, "Canada") for name in CANADA.values()},
    **{name.upper(): (code, None) for code, name in US_STATES.items()},
}
ADDRESS_LABEL = re.compile(
    r"Street\s+Address\s*[12]?|^[ \t]*City\b|(?<=\t)City\b"
    r"|State\s*/\s*Province\s*/?\s*(?:\S{0,3}\s+)?(?:Country)?"
    r"|ZIP\s*/\s*Postal\s*Code|Phone\s+Number\s+of\s+Issuer",
    re.M,
)

# --- sections and boxes ---------------------------------------------------------


@dataclasses.dataclass(frozen=True)
class Sections:
    """Where each numbered heading starts in the text."""

    text: str
    starts: dict[str, int]

    @classmethod
    def find(cls, text: str) -> Sections:
        starts: dict[str, int] = {}
        pos = 0
        for key, pattern in _HEADINGS:
            found = re.compile(r"(?<![\d(])" + pattern, re.I).search(text, pos)
            if found:
                starts[key] = found.start()
                pos = found.end()
        return cls(text, starts)

    def get(self, first: str, last: str | None = None) -> str:
        """Sections ``first`` to ``last``; "" when ``first`` is missing at the end (truncated).

        A heading garbled beyond recognition inside the form is read as part of
        the section before it, so its boxes are still found.
        """
        keys = [key for key, _ in _HEADINGS]
        i, j = keys.index(first), keys.index(last or first)
        before = [self.starts[k] for k in keys[:i] if k in self.starts]
        after = [self.starts[k] for k in keys[j + 1 :] if k in self.starts]
        if first in self.starts:
            start = self.starts[first]
        elif before and after:
            start = before[-1]
        else:
            return ""
        return self.text[start : after[0] if after else len(self.text)]

    def issuers(self) -> list[tuple[str, str]]:
        """(item 1, item 2) of each issuer, the primary first: the form prints both items
        again for every co-issuer before item 3, so each "1." heading opens an issuer."""
        text = self.get("1", "2")
        identity = re.compile(r"(?<![\d(])" + dict(_HEADINGS)["1"], re.I)
        place = re.compile(r"(?<![\d(])" + dict(_HEADINGS)["2"], re.I)
        starts = [found.start() for found in identity.finditer(text)] or [0]
        issuers = []
        for start, end in zip(starts, [*starts[1:], len(text)], strict=True):
            at = place.search(text, start, end)
            cut = at.start() if at else end
            issuers.append((text[start:cut], text[cut:end]))
        return issuers


@dataclasses.dataclass(frozen=True)
class Check:
    """A checked box: its value and the verbatim "X Label" it was read from."""

    value: str
    start: int
    snippet: str


def _spelled(text: str, label: str) -> int:
    """How much of ``text`` spells ``label`` (0: it does not).

    White space is ignored, and so is a letter repeated where a column gap cut
    the word ("Pro<TAB>omoter", "Sectio<TAB>n n 3(c)").
    """
    want = re.sub(r"\s+", "", label.lower())
    got, prev = 0, ""
    for pos, char in enumerate(text.lower()):
        if got == len(want):
            return pos
        if char.isspace():
            continue
        if char == want[got]:
            got, prev = got + 1, char
        elif not (char == prev and char.isalpha()):
            return 0
    return len(text) if got == len(want) else 0


def _head_cut(text: str, label: str) -> int:
    """Like ``_spelled`` for a label whose first word lost its head at a column edge
    ("X n 3(c)(5)" for "X Section 3(c)(5)"); only where the rest is distinctive."""
    head, _, rest = label.lower().partition(" ")
    cut = re.match(r"\s*([A-Za-z]{1,12})\s", text)
    tail = cut.group(1).lower() if cut else head
    if tail == head or not head.endswith(tail) or len(re.sub(r"\s", "", rest)) < 5:
        return 0
    size = _spelled(text[cut.end() :], rest) if cut else 0
    return cut.end() + size if cut and size else 0


def checked(text: str, labels: dict[str, str]) -> list[Check]:
    """The boxes among ``labels`` that carry an X in ``text``, in order of appearance."""
    by_length = sorted(labels, key=lambda label: -len(re.sub(r"\s+", "", label)))
    found = []
    for mark in _MARK.finditer(text):
        after = text[mark.end() : mark.end() + 200]
        for spell in (_spelled, _head_cut):
            size, label = next(
                ((s, lab) for lab in by_length if (s := _fits(spell, after, lab))), (0, "")
            )
            if size:
                end = mark.end() + size
                found.append(Check(labels[label], mark.start(), fold(text[mark.start() : end])))
                break
    return found


def _fits(spell: Callable[[str, str], int], after: str, label: str) -> int:
    size = spell(after, label)  # "X Other" must not be read out of "X Otherwise":
    return 0 if label[-1].isalpha() and after[size : size + 1].islower() else size


def yes_no(text: str) -> bool | None:
    """A "XYes No" / "Yes X No" answer."""
    answers = checked(text, {"Yes": "yes", "No": "no"})
    return answers[0].value == "yes" if answers else None


def cells(text: str) -> list[str]:
    """The non-empty cells of a dump: tabs, line ends and wide gaps separate them."""
    return [fold(cell) for cell in re.split(r"\t|\n| {2,}", text) if fold(cell)]


def column_cells(text: str, labels: re.Pattern[str]) -> list[str]:
    """The values of rows of labels and values, a value wrapped onto the lines below
    joined back up by column ("1234 LONG<TAB>SUITE" over "ROAD<TAB>1200"): a line with
    values opens a row, and a label-free line under it goes on in the row's columns."""
    rows: list[list[str]] = []
    open_row: list[str] | None = None
    for line in text.split("\n"):
        values = labels.sub("  ", line).split("\t")  # two spaces: a label still splits
        if not any(value.strip() for value in values):
            open_row = None if line.strip() else open_row  # a row of labels only
        elif open_row is None or labels.search(line):
            open_row = values
            rows.append(open_row)
        else:
            open_row.extend([""] * (len(values) - len(open_row)))
            for column, value in enumerate(values):
                # A word cut at its hyphen ("SMITH-" / "JONES") joins up without a space.
                space = "" if open_row[column].rstrip().endswith("-") else " "
                open_row[column] = f"{open_row[column].rstrip()}{space}{value.lstrip()}"
    return [fold(c) for row in rows for cell in row for c in re.split(r" {2,}", cell) if fold(c)]


def line_value(text: str, label: str, stop: str | None = None) -> str | None:
    """The value after ``label`` on its line (up to ``stop``), else the cell under it."""
    found = re.search(label, text)
    if not found:
        return None
    line_start = text.rfind("\n", 0, found.start()) + 1
    line_end = text.find("\n", found.end())
    line_end = len(text) if line_end < 0 else line_end
    rest = text[found.end() : line_end]
    value = fold(re.split(stop, rest)[0] if stop else rest)
    if not value:
        # Values printed on the line below a row of labels, one tab column each.
        column = text[line_start : found.start()].count("\t")
        below = text[line_end + 1 :].split("\n", 1)[0].split("\t")
        value = fold(below[column]) if column < len(below) else ""
    value = re.sub(r"\s+([,.])", r"\1", value)  # "Acme Corp<TAB>, Inc." -> "Acme Corp, Inc."
    return value if re.search(r"[A-Za-z0-9]{2}", value) else None


def address(text: str) -> tuple[Address | None, str | None]:
    """Street, city, state and ZIP (and the issuer's phone) from an address block.

    The dump writes values after their labels or on the line under them, and
    the city row may lose its tab ("SPRINGFIELD OHIO") or gain OCR litter
    ("o o i i"); cells without a two-letter word are litter.
    """
    city_at = re.search(r"(?m)^[ \t]*City\b", text)
    streets = column_cells(text[: city_at.start()] if city_at else text, ADDRESS_LABEL)
    rest = column_cells(text[city_at.start() :], ADDRESS_LABEL) if city_at else []
    phone = next((c for c in rest if _PHONE.match(c) and sum(d.isdigit() for d in c) >= 10), None)
    postal = next((c for c in rest if _ZIP.match(c)), None) or next(
        (c for c in rest if c != phone and len(c) <= 10 and re.search(r"\d", c)), None
    )
    words = [c for c in rest if c not in (phone, postal) and re.search(r"[A-Za-z]{2}", c)]
    city, written = _city_state(words)
    state, country = place(written)
    street = (
        ", ".join([streets[0], *(s for s in streets[1:] if re.search(r"[A-Za-z]{3}", s))][:2])
        if streets
        else None
    )
    found = Address(
        display_name(street) if street else None, display_name(city) if city else None,
        state, postal, country,
    )  # fmt: skip
    return (found if found != Address() else None), phone


def _city_state(words: list[str]) -> tuple[str | None, str | None]:
    if len(words) >= 2:
        return words[0], words[1]
    if not words:
        return None, None
    for name in sorted(_PLACES, key=len, reverse=True):
        if words[0].upper().endswith(" " + name):
            return words[0][: -len(name)].strip(" ,"), name
    return words[0], None


def place(text: str | None) -> tuple[str | None, str | None]:
    """A state or country written in full as (state, country), as EDGAR's codes give them:
    a US state as its postal code, a Canadian province with country Canada."""
    if not text or not fold(text):
        return None, None
    text = fold(text)
    if text.upper() in _PLACES:
        return _PLACES[text.upper()]
    if text.upper() in US_STATES:
        return text.upper(), None
    return display_name(text), None


def place_name(text: str | None) -> str | None:
    """A jurisdiction written in full, spelled as EDGAR's tables spell it ("Delaware")."""
    if not text or not fold(text):
        return None
    text = fold(text)
    state, country = _PLACES.get(text.upper(), (None, None))
    if state in US_STATES:
        return US_STATES[state]
    return state or country or display_name(text)
