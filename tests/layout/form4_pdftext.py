r"""An ownershipDocument (Form 3, 4 or 5 XML) printed in the seed's PDF-to-text layout.

As ``tests/data/form4_text/001_e522093d6283adcf.txt`` prints it (its boilerplate is
copied from there): a header ("Issuer\n Form 4\n December 04, 2007"), boxes as
paragraphs whose continuation lines start with a space, box 1's "(Last) (First)
(Middle)" captions, "___" before unchecked boxes, Tables I and II one tab-separated
line per row, markers " ⁽²⁾", prices "\$ 16.66", the Reporting Owners table, the
signatures, "- (1) ..." footnotes. What the seed does not show (Table II rows, joint
filers, Forms 3 and 5, remarks) follows EDGAR's rendering of the form. Test-only.
"""

from __future__ import annotations

import textwrap
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any, Literal

from lxml import etree

_PARSER = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False)
_SUPERSCRIPT = str.maketrans("0123456789()", "⁰¹²³⁴⁵⁶⁷⁸⁹⁽⁾")
_BLANK = "___"

# The form's own words, copied from the seed so that they stay byte for byte its.
_SEED = (Path(__file__).parents[1] / "data" / "form4_text" / "001_e522093d6283adcf.txt").read_text(
    encoding="utf-8"
)


def _seed(start: str, end: str) -> str:
    """The seed's text from the line starting ``start`` up to the one starting ``end``."""
    at = _SEED.index("\n" + start) + 1
    return _SEED[at : _SEED.index("\n" + end, at) + 1] if end else _SEED[at:]


TABLE1_HEADER_4 = _seed("1. Title of Security", "Common Stock").rstrip("\n")
TABLE2_HEADER_4 = _seed("1. Title of Derivative Security", "\n").rstrip("\n")
TABLE1_HEADER_3 = (
    "1. Title of Security (Instr. 4)\t2. Amount of Securities Beneficially Owned (Instr. 4)"
    "\t3. Ownership Form: Direct (D) or Indirect (I) (Instr. 5)"
    "\t4. Nature of Indirect Beneficial Ownership (Instr. 5)"
)
TABLE2_HEADER_3 = (
    "1. Title of Derivative Security (Instr. 4)\t2. Date Exercisable and Expiration Date"
    " (Month/Day/Year)\t3. Title and Amount of Securities Underlying Derivative Security"
    " (Instr. 4)\t4. Conversion or Exercise Price of Derivative Security\t5. Ownership Form of"
    " Derivative Security: Direct (D) or Indirect (I) (Instr. 5)\t6. Nature of Indirect"
    " Beneficial Ownership (Instr. 5)\n\tDate Exercisable\tExpiration Date\tTitle"
    "\tAmount or Number of Shares\t\t\t"
)
# Per form: the heading, and the box of the period reported (Form 3 numbers it 2).
_FORMS = {
    "3": ("INITIAL STATEMENT OF BENEFICIAL OWNERSHIP", "Date of Event Requiring Statement"),
    "4": ("STATEMENT OF CHANGES IN BENEFICIAL OWNERSHIP", "Date of Earliest Transaction"),
    "5": (
        "ANNUAL STATEMENT OF CHANGES IN BENEFICIAL OWNERSHIP",
        "Statement for Issuer's Fiscal Year Ended",
    ),
}
_SECTION16 = _seed("Check this box if no longer", "\n") + "\n"
_TITLE = _seed("FORM 4 UNITED STATES", "\n") + "\n"
_OMB = _seed("OMB APPROVAL", "\n") + "\n"
_FILED = _seed("Filed pursuant to", "(Print or Type") + _seed("(Print or Type", "1. Name")
_REMINDER = _seed("Reminder:", "Table II")
_FORM_NOTES = _seed("- * If the form", "- (1)").rstrip("\n")
_FOOTER = _seed("Note: File three copies", "")
_PLAN_BOX = (
    "Check this box to indicate that a transaction was made pursuant to a contract, instruction"
    " or written plan for the purchase or sale of equity securities of the issuer that is"
    " intended to satisfy the affirmative defense conditions of Rule 10b5-1(c). See Instruction"
    " 10.\n\n"
)
# How Table II column 5 shows whether the securities were acquired or disposed of:
# "marked" as Table I does ("1,000 A"), "split" in EDGAR's separate (A) and (D)
# cells, "joined" as a bare amount (the side is then lost to the reader).
Amounts = Literal["marked", "split", "joined"]


@dataclass(frozen=True)
class Style:
    checked: str = "X"  # the mark of a checked box; "" prints it bare as the seed does
    amounts: Amounts = "marked"
    superscripts: bool = True  # " ⁽¹⁾" as the seed; False: "(1)" run on as EDGAR prints it


@dataclass
class _Ctx:
    root: Any
    form: str  # "3", "4" or "5"
    notes: dict[str, int]  # footnote id -> the number printed for it
    style: Style


def render(xml: bytes, style: Style = Style()) -> str:
    """The filing as the seed's PDF-to-text layout prints it."""
    root = etree.fromstring(xml.lstrip(), parser=_PARSER)
    for el in root.iter():
        if isinstance(el.tag, str) and el.tag.startswith("{"):
            el.tag = el.tag.split("}", 1)[1]
    form = _text(root, "documentType")[:1]
    ids = [n.get("id") for n in root.iterfind("footnotes/footnote")]
    ctx = _Ctx(root, form, {i: n for n, i in enumerate(ids, 1) if i}, style)
    parts = [_heading(ctx), _boxes(ctx), _table(ctx, False), _REMINDER, _table(ctx, True)]
    parts += [_reporting_owners(ctx), _signatures(ctx), _explanations(ctx), _FOOTER]
    # The seed escapes every dollar sign ("\\$ 16.66"), as a Markdown converter does.
    return ("\n\n" + "".join(parts)).replace("$", "\\$")


def _text(el: Any, path: str) -> str:
    found = el.find(path)
    if found is None:
        return ""
    value = found.find("value")
    text = (value.text if value is not None else found.text) or ""
    return " ".join(text.split())


def _marks(ctx: _Ctx, el: Any, path: str) -> str:
    """Superscript markers of the footnotes cited under ``path`` of ``el``."""
    found = el.find(path)
    numbers: list[int] = []
    for note in found.iter("footnoteId") if found is not None else ():
        number = ctx.notes.get(note.get("id"))
        if number and number not in numbers:
            numbers.append(number)
    marks = "".join(f"({n})" for n in numbers)
    return marks.translate(_SUPERSCRIPT) if ctx.style.superscripts else marks


def _cell(ctx: _Ctx, el: Any, path: str, shown: Callable[[str], str] | None = None) -> str:
    """A value (through ``shown`` when given) and its markers: "1,946 ⁽²⁾" (or "1,946(2)")."""
    value = _text(el, path)
    return _join(ctx, shown(value) if shown else value, _marks(ctx, el, path))


def _either(ctx: _Ctx, el: Any, shares: str) -> str:
    """A number of shares, or the dollar value the schema allows instead."""
    value = shares.replace("sharesOwned", "valueOwned").replace("SecurityShares", "SecurityValue")
    if el.find(value) is not None and el.find(shares) is None:
        return _cell(ctx, el, value, _money)
    return _cell(ctx, el, shares, _number)


def _join(ctx: _Ctx, value: str, marks: str) -> str:
    sep = " " if ctx.style.superscripts else ""
    return sep.join(p for p in (value, marks) if p)


def _words(*parts: str) -> str:
    return " ".join(p for p in parts if p)


def _number(text: str) -> str:
    """ "1946.00" -> "1,946"; "16.6600" -> "16.66"."""
    return f"{Decimal(text).normalize():,f}" if text else ""


def _money(text: str) -> str:
    return f"$ {_number(text)}" if text else ""


def _date(text: str) -> str:
    """ "2007-12-03" (maybe with a zone) -> "12/03/2007"."""
    return f"{text[5:7]}/{text[8:10]}/{text[:4]}" if len(text) >= 10 else text


def _para(*lines: str) -> str:
    """A paragraph as pdftotext writes it: continuation lines start with a space."""
    return "\n ".join(line for line in lines if line) + "\n\n"


def _on(el: Any, path: str) -> bool:
    return _text(el, path).lower() in {"1", "true"}


def _heading(ctx: _Ctx) -> str:
    dates = [_text(s, "signatureDate") for s in ctx.root.iterfind("ownerSignature")]
    when = max((d for d in dates if d), default="") or _text(ctx.root, "periodOfReport")
    shown = date.fromisoformat(when[:10]).strftime("%B %d, %Y") if when else ""
    lines = [
        _para(
            _text(ctx.root, "issuer/issuerName"), f"Form {_text(ctx.root, 'documentType')}", shown
        ),
        _TITLE.replace("FORM 4", f"FORM {ctx.form}"),
        _OMB,
    ]
    if ctx.form != "3":
        lines.append(_words("X" if _on(ctx.root, "notSubjectToSection16") else "", _SECTION16))
    if _text(ctx.root, "aff10b5One"):  # the 2023 form; checked is "X" in every style, as 1(b)
        lines.append(_words("X" if _on(ctx.root, "aff10b5One") else "", _PLAN_BOX))
    lines += [_FORMS[ctx.form][0] + " OF SECURITIES\n\n", _FILED]
    return "".join(lines)


def _street(owner: Any) -> list[str]:
    streets = (_text(owner, f"reportingOwnerAddress/rptOwnerStreet{i}") for i in (1, 2))
    return [s for s in streets if s]


def _city(owner: Any) -> str:
    city, state, postal = (
        _text(owner, f"reportingOwnerAddress/rptOwner{k}") for k in ("City", "State", "ZipCode")
    )
    return ", ".join(p for p in (city, _words(state, postal)) if p)


def _boxes(ctx: _Ctx) -> str:
    first, *others = ctx.root.findall("reportingOwner")
    joint = bool(others)
    name = _text(first, "reportingOwnerId/rptOwnerName")
    street = textwrap.wrap(", ".join(_street(first)), 25)  # the seed's box 1 wraps at 25
    parts = {
        "name": _para("1. Name and Address of Reporting Person *", *textwrap.wrap(name, 40))
        + "(Last) (First) (Middle)\n\n"
        + (_para(*street) if street else "")
        + "(Street)\n\n"
        + (_para(_city(first)) if _city(first) else "")
        + "(City) (State) (Zip)\n\n",
        "issuer": _para(
            "{n}. Issuer Name and Ticker or Trading Symbol",
            *textwrap.wrap(_text(ctx.root, "issuer/issuerName"), 40),
            f"[{_text(ctx.root, 'issuer/issuerTradingSymbol')}]",
        ),
        "period": _para(
            f"{{n}}. {_FORMS[ctx.form][1]}",
            "(Month/Day/Year)",
            _date(_text(ctx.root, "periodOfReport")),
        ),
        "amendment": _para(
            "{n}. If Amendment, Date Original Filed(Month/Day/Year)",
            _date(_text(ctx.root, "dateOfOriginalSubmission")),
        ),
        "relationship": _relationship_box(ctx, first),
        "filing": _para(
            "6. Individual or Joint/Group Filing(Check Applicable Line)",
            _words(_mark(ctx, not joint), "Form filed by One Reporting Person"),
            _words(_mark(ctx, joint), "Form filed by More than One Reporting Person"),
        ),
    }
    order = ("name", "period", "issuer", "relationship", "amendment", "filing")
    if ctx.form != "3":
        order = ("name", "issuer", "period", "amendment", "relationship", "filing")
    return "".join(parts[k].replace("{n}", str(n), 1) for n, k in enumerate(order, 1))


def _mark(ctx: _Ctx, on: bool) -> str:
    return ctx.style.checked if on else _BLANK


def _relationship_box(ctx: _Ctx, owner: Any) -> str:
    rel = "reportingOwnerRelationship/"
    d, o, t, x = (
        _on(owner, rel + k) for k in ("isDirector", "isOfficer", "isTenPercentOwner", "isOther")
    )
    return _para(
        "{n}. Relationship of Reporting Person(s) to Issuer",
        "(Check all applicable)",
        _words(_mark(ctx, d), "Director", _mark(ctx, t), "10% Owner"),
        _words(_mark(ctx, o), "Officer (give title below)", _mark(ctx, x), "Other (specify below)"),
        _text(owner, rel + "officerTitle") if o else "",
        _text(owner, rel + "otherText") if x else "",
    )


def _common_tail(ctx: _Ctx, row: Any) -> list[str]:
    """Owned after, direct or indirect, nature: the last columns of every row."""
    return [
        _either(ctx, row, "postTransactionAmounts/sharesOwnedFollowingTransaction"),
        _cell(ctx, row, "ownershipNature/directOrIndirectOwnership"),
        _cell(ctx, row, "ownershipNature/natureOfOwnership"),
    ]


def _trade(ctx: _Ctx, row: Any) -> list[str]:
    """Transaction date, deemed execution date, and the code: "S ⁽¹⁾", "G V" (voluntary)."""
    code = _words(
        _text(row, "transactionCoding/transactionCode"),
        "V" if _on(row, "transactionCoding/equitySwapInvolved") else "",
    )
    return [
        _cell(ctx, row, "transactionDate", _date),
        _cell(ctx, row, "deemedExecutionDate", _date),
        _join(ctx, code, _marks(ctx, row, "transactionCoding")),
    ]


def _amounts(ctx: _Ctx, row: Any) -> tuple[str, str, str]:
    """Amount, (A) or (D), price, each with its markers."""
    base = "transactionAmounts/"
    return (
        _cell(ctx, row, base + "transactionShares", _number),
        _cell(ctx, row, base + "transactionAcquiredDisposedCode"),
        _cell(ctx, row, base + "transactionPricePerShare", _money),
    )


def _table1_row(ctx: _Ctx, row: Any) -> list[str]:
    title = _cell(ctx, row, "securityTitle")
    if ctx.form == "3":
        return [title, *_common_tail(ctx, row)]
    if row.tag.endswith("Holding"):
        return [title, "", "", "", "", *_common_tail(ctx, row)]
    # Column 4 in one cell as the seed prints it: "100 D \$ 16.66".
    return [title, *_trade(ctx, row), _words(*_amounts(ctx, row)), *_common_tail(ctx, row)]


def _terms(ctx: _Ctx, row: Any) -> list[str]:
    """Date exercisable, expiration date, underlying title and amount."""
    und = "underlyingSecurity/"
    return [
        _cell(ctx, row, "exerciseDate", _date),
        _cell(ctx, row, "expirationDate", _date),
        _cell(ctx, row, und + "underlyingSecurityTitle"),
        _either(ctx, row, und + "underlyingSecurityShares"),
    ]


def _side_cells(ctx: _Ctx, amount: str, side: str) -> list[str]:
    """Column 5 of Table II in the chosen style."""
    if ctx.style.amounts == "split":
        disposed = side.startswith("D")
        return ["" if disposed else amount, amount if disposed else ""]
    return [amount] if ctx.style.amounts == "joined" else [_words(amount, side)]


def _table2_row(ctx: _Ctx, row: Any) -> list[str]:
    title = _cell(ctx, row, "securityTitle")
    conversion = _cell(ctx, row, "conversionOrExercisePrice", _money)
    tail = _common_tail(ctx, row)
    if ctx.form == "3":
        return [title, *_terms(ctx, row), conversion, *tail[1:]]
    if row.tag.endswith("Holding"):
        blank = ["", "", "", ""] + (["", ""] if ctx.style.amounts == "split" else [""])
        return [title, conversion, *blank, *_terms(ctx, row), "", *tail]
    amount, side, price = _amounts(ctx, row)
    sides = _side_cells(ctx, amount, side)
    return [title, conversion, *_trade(ctx, row), *sides, *_terms(ctx, row), price, *tail]


def _table(ctx: _Ctx, derivative: bool) -> str:
    """Table I or II: its heading, its column headers, one tab-separated line per row."""
    label = "Table II - Derivative" if derivative else "Table I - Non-Derivative"
    what = (
        "Acquired, Disposed of, or Beneficially Owned" if ctx.form != "3" else "Beneficially Owned"
    )
    lines = [f"{label} Securities {what}"]
    if derivative:
        lines.append("(e.g., puts, calls, warrants, options, convertible securities)")
    pair = (TABLE2_HEADER_3, TABLE2_HEADER_4) if derivative else (TABLE1_HEADER_3, TABLE1_HEADER_4)
    lines += ["", pair[ctx.form != "3"]]
    reader = _table2_row if derivative else _table1_row
    rows = ctx.root.iterfind("derivativeTable/*" if derivative else "nonDerivativeTable/*")
    lines += ["\t".join(reader(ctx, r)) for r in rows]
    return "\n".join(lines) + "\n\n"


def _owner_row(owner: Any) -> str:
    """Name and address in one cell, then X (or the title) under each relationship."""
    rel = "reportingOwnerRelationship/"
    name = _words(_text(owner, "reportingOwnerId/rptOwnerName"), *_street(owner), _city(owner))
    cells = [
        name,
        "X" if _on(owner, rel + "isDirector") else "",
        "X" if _on(owner, rel + "isTenPercentOwner") else "",
        (_text(owner, rel + "officerTitle") or "X") if _on(owner, rel + "isOfficer") else "",
        (_text(owner, rel + "otherText") or "X") if _on(owner, rel + "isOther") else "",
    ]
    return "\t".join(cells)


def _reporting_owners(ctx: _Ctx) -> str:
    head = "Reporting Owners\n\nReporting Owner Name / Address\tRelationships\t\t\t\n"
    head += "\tDirector\t10% Owner\tOfficer\tOther\n"
    return head + "\n".join(_owner_row(o) for o in ctx.root.findall("reportingOwner")) + "\n\n"


def _signatures(ctx: _Ctx) -> str:
    pairs = [
        f"{_text(s, 'signatureName')}\n{_date(_text(s, 'signatureDate'))}\n\n"
        for s in ctx.root.iterfind("ownerSignature")
    ]
    return "Signatures\n\n" + "".join(pairs) + "Signature of Reporting Person Date\n\n"


def _explanations(ctx: _Ctx) -> str:
    lines = [_FORM_NOTES]
    for note in ctx.root.iterfind("footnotes/footnote"):
        number = ctx.notes.get(note.get("id"))
        lines.append(f"- ({number}) " + " ".join("".join(note.itertext()).split()))
    text = "Explanation of Responses:\n\n" + "\n".join(lines) + "\n\n"
    remarks = " ".join((ctx.root.findtext("remarks") or "").split())
    return text + (f"Remarks:\n\n{remarks}\n\n" if remarks else "")


_TABLE_TITLE = ("Table I -", "Table II -")
_TABLE_END = ("Reminder:", "Reporting Owners", "Explanation of Responses")
_HEADING = ("1.", "\t", "(e.g.")


def paginate(text: str, every: int) -> str:
    """The print cut into pages of ``every`` lines, as a browser prints a long form: each
    break bears the page's URL and counter, a form feed and the next page's date-and-time
    header; a table cut by a break repeats its title and column headings on the next page."""
    out: list[str] = []
    heading: list[str] = []  # the open table's title and column headings
    rows = False  # has the open table's first row been printed?
    for n, line in enumerate(text.split("\n")):
        if n and n % every == 0:
            page = n // every
            out.append(f"https://www.sec.gov/Archives/edgar/data/1/0001/doc4.xml\t{page}/9")
            out.append(f"\f1/5/24, 9:{page % 60:02d} AM\tSEC FORM 4")
            out += heading
        if line.startswith(_TABLE_TITLE):
            heading, rows = [line], False
        elif line.startswith(_TABLE_END):
            heading = []
        elif heading and not rows and (line.startswith(_HEADING) or not line):
            heading.append(line)
        elif heading:
            rows = True
        out.append(line)
    return "\n".join(out)
