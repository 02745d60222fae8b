"""An ownershipDocument (Form 3, 4 or 5 XML) rendered as EDGAR's HTML page (test-only).

Copied from the real pages in ``tests/data/form4_xml/*.rendered.html`` (EDGAR's
``xslF345X0N`` view), verbatim where possible (``<head>``, header table, box 1, box
6, Table I/II headers, closing boilerplate): the "no longer subject to Section 16"
box as a bordered one-cell table before its label, the box tables of Form 4 (Evans,
Microsoft) and Form 3 (Triton), names as ``browse-edgar`` links with the CIK,
``[ TICKER ]``, ``X`` spans before box 5 labels and its two-span title row, one
``<td>`` per printed column (Form 4: 11 and 16, Form 3: 4 and 8), ``$`` as its own
span, marks ``<sup>(N)</sup>`` after the cited value, holdings with empty
transaction cells, "Explanation of Responses" rows ``N. text``, "Remarks:",
signatures above "** Signature of Reporting Person", joint filers' box 1 repeated
after Table II (Triton); there is no "Reporting Owners" table on this page.

Inferred, by the same conventions: box 5 as the union of the owners' roles with
the first title (the XSLT tests the whole node set), Table II transactions with
underlying securities, Form 5 (title, "Statement for Issuer's Fiscal Year Ended",
no ``V`` column: 10 and 15 cells, its two extra header boxes, Form 4 headers),
the amendment date, the Rule 10b5-1(c) box as another header check-box row,
remarks text, marks of elements without a column (``transactionTimeliness`` in the
code cell; Table II amount and A/D under (A) or (D)).
"""

from __future__ import annotations

import html
import re
from pathlib import Path
from typing import Any

from lxml import etree

_X = '<span class="FormData">X</span>'
_PARSER = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False)
_REAL = Path(__file__).parents[1] / "data" / "form4_xml"
_PAGE = (_REAL / "edgartools_evans_bancorp_sullivan_form4.rendered.html").read_text("utf-8")
_FORM3 = (_REAL / "edgartools_triton_brookfield_form3.rendered.html").read_text("utf-8")
_HEAD = _PAGE[: _PAGE.index("</head>") + len("</head>")]  # with the DOCTYPE


def _thead(page: str, label: str) -> str:
    found = re.search(r"<thead>\s*<tr><th[^>]*>\s*<b>" + label + r".*?</thead>", page, re.S)
    return found.group(0) if found else ""


# Table headers by (form, derivative); Form 5 prints Form 4's (its V column aside).
_HEADS = {
    (form, d): _thead(_FORM3 if form == "3" else _PAGE, "Table II -" if d else "Table I -")
    for form in "345"
    for d in (False, True)
}
# Box 1 cut at its values: the link's CIK and name, two street lines, city, state, zip.
_BOX1 = re.split(
    r'(?<=CIK=)\d+">[^<]*(?=</a>)|(?<=<span class="FormData">)[^<]*(?=</span>)',
    _PAGE[
        _PAGE.index('<span class="MedSmallFormText">1. Name') : _PAGE.index(
            '</td>\n<td width="35%" valign'
        )
    ],
)
# Evans' "no longer subject to Section 16" row: mark and label are the slots.
_FOUND = re.search(
    r'(<tr valign="middle">.*?<tr><td>)(  )(</td>.*?"SmallFormText">)(.*?)(</td>\s*</tr>\n)',
    _PAGE,
    re.S,
)
assert _FOUND
_CHECK = _FOUND.groups()
_SECTION16 = _CHECK[3]
# The header table up to its check-box rows.
_TOP = _PAGE[_PAGE.index("<body>") : _PAGE.index('<tr valign="middle">')]
_BOX6 = _PAGE[_PAGE.index('<span class="MedSmallFormText">6. Individual') :]
_BOX6 = _BOX6[: _BOX6.index("</table>") + len("</table>\n")]
_ONE, _NOT_ONE = (f'<td width="15%" align="center">{x}</td>' for x in (_X, ""))
_TAIL = _PAGE[_PAGE.index('<tr>\n<td></td>\n<td class="MedSmallFormText">** Signature') :]
_TAIL = _TAIL[: _TAIL.index("</table>")]

_FORMS = {  # title and OMB number
    "3": ("INITIAL STATEMENT OF BENEFICIAL OWNERSHIP OF SECURITIES", "3235-0104"),
    "4": ("STATEMENT OF CHANGES IN BENEFICIAL OWNERSHIP", "3235-0287"),
    "5": ("ANNUAL STATEMENT OF CHANGES IN BENEFICIAL OWNERSHIP", "3235-0362"),
}
_DATED = {  # the box dating the report
    "3": "Date of Event Requiring Statement",
    "4": "Date of Earliest Transaction",
    "5": "Statement for Issuer's Fiscal Year Ended",
}
_PLAN = (
    "Check this box to indicate that a transaction was made pursuant to a contract,"
    " instruction or written plan for the purchase or sale of equity securities of the"
    " issuer that is intended to satisfy the affirmative defense conditions of Rule"
    " 10b5-1(c). See Instruction 10."
)
_FORM5_BOXES = {
    "form3HoldingsReported": "Form 3 Holdings Reported.",
    "form4TransactionsReported": "Form 4 Transactions Reported.",
}
_ROLES = (
    (("isDirector", "Director"), ("isTenPercentOwner", "10% Owner")),
    (("isOfficer", "Officer (give title below)"), ("isOther", "Other (specify below)")),
)


def _words(text: str) -> tuple[str, ...]:
    return tuple(text.split())


# Row element -> the column its value (and footnote marks) print in.
_COLUMN = dict(
    pair.split("=")
    for pair in _words("""securityTitle=title conversionOrExercisePrice=conv transactionDate=date
    deemedExecutionDate=deemed transactionCoding=code transactionTimeliness=code
    transactionShares=amount transactionPricePerShare=price transactionAcquiredDisposedCode=ad
    exerciseDate=exercisable expirationDate=expiration underlyingSecurityTitle=u_title
    underlyingSecurityShares=u_amount sharesOwnedFollowingTransaction=after
    directOrIndirectOwnership=di natureOfOwnership=nature""")
)
_T1 = _words("title date deemed code v amount ad price after di nature")
_T2 = _words(
    "title conv date deemed code v a d exercisable expiration u_title u_amount price after di"
    " nature"
)
_LAYOUTS = {
    ("3", False): ("title", "after", "di", "nature"),
    ("3", True): _words("title exercisable expiration u_title u_amount conv di nature"),
    **{("4", d): t for d, t in ((False, _T1), (True, _T2))},
    **{("5", d): tuple(c for c in t if c != "v") for d, t in ((False, _T1), (True, _T2))},
}
_LEFT = {"title", "nature"}
_DOLLAR = {"price", "conv"}
_MARK = '<span class="FootnoteData"><sup>({})</sup></span>'
_DATES = {"date", "deemed", "exercisable", "expiration"}
_NUMBERS = {"amount", "after", "u_amount", "price", "conv", "a", "d"}


def _e(text: str | None) -> str:
    return html.escape(text or "", quote=False)


def _value(el: Any) -> str:
    """A field's text: its ``<value>`` child's, or its own."""
    if el is None:
        return ""
    inner = el.find("value")
    return " ".join(("".join((inner if inner is not None else el).itertext())).split())


def _field(root: Any, path: str) -> str:
    return _value(root.find(path)) if root is not None else ""


def _flag(text: str) -> bool:
    return text.strip().lower() in ("1", "true")


def _date(text: str) -> str:
    found = re.match(r"(\d{4})-(\d{2})-(\d{2})", text)
    return f"{found.group(2)}/{found.group(3)}/{found.group(1)}" if found else text


def _number(text: str) -> str:
    """Thousands grouped, the decimals as filed ("5381.2" -> "5,381.2")."""
    found = re.fullmatch(r"(-?)(\d+)(\.\d+)?", text.strip())
    return f"{found[1]}{int(found[2]):,}{found[3] or ''}" if found else text


def _number_of(note_id: str) -> str:
    """The mark a footnote id prints as: "F1" -> "1"."""
    return re.sub(r"\D", "", note_id) or note_id


def _checkbox_row(checked: bool, label: str) -> str:
    head, _, middle, _, tail = _CHECK
    return f"{head}{'X' if checked else '  '}{middle}{label}{tail}"


def _header(root: Any, form: str) -> str:
    """Evans' header table with this form's name, title, OMB number and check boxes."""
    boxes: list[tuple[bool, str]] = []
    if form != "3":
        boxes.append((_flag(_field(root, "notSubjectToSection16")), _SECTION16))
    for tag in ("form3HoldingsReported", "form4TransactionsReported") if form == "5" else ():
        boxes.append((_flag(_field(root, tag)), _FORM5_BOXES[tag]))
    if root.find("aff10b5One") is not None:
        boxes.append((_flag(_field(root, "aff10b5One")), _PLAN))
    top = _TOP.replace(_FORMS["4"][0], _FORMS[form][0]).replace(_FORMS["4"][1], _FORMS[form][1])
    top = top.replace("Form 4", f"Form {form}").replace("FORM 4", f"FORM {form}")
    top = top.replace('rowspan="2"', f'rowspan="{len(boxes) + 1}"')
    return top + "".join(_checkbox_row(c, label) for c, label in boxes) + "</table>\n"


def _owner_box(owner: Any) -> str:
    """Evans' box 1 with this owner's link and address in its six value slots."""
    addr = owner.find("reportingOwnerAddress")
    values = [
        f'{_field(owner, "reportingOwnerId/rptOwnerCik")}">'
        + _e(_field(owner, "reportingOwnerId/rptOwnerName")),
        *(_e(_field(addr, f"rptOwner{t}")) for t in ("Street1", "Street2", "City", "State")),
        _e(_field(addr, "rptOwnerZipCode")),
    ]
    return "".join(part + value for part, value in zip(_BOX1, [*values, ""], strict=True))


def _issuer_box(root: Any, number: str) -> str:
    cik, name = _field(root, "issuer/issuerCik"), _e(_field(root, "issuer/issuerName"))
    ticker = _e(_field(root, "issuer/issuerTradingSymbol"))
    return (
        f'<span class="MedSmallFormText">{number}. Issuer Name <b>and</b> Ticker or Trading'
        ' Symbol\n      </span><br><a href="/cgi-bin/browse-edgar?action=getcompany&amp;'
        f'CIK={cik}">{name}</a>\n     [ <span class="FormData">{ticker}</span> ]\n'
    )


def _relationship_box(owners: list[Any], number: str) -> str:
    """X marks over all owners (the XSLT tests the whole node set); the first title."""
    rels = [o.find("reportingOwnerRelationship") for o in owners]
    rows = ""
    for pair in _ROLES:  # box 5's two rows
        cells = "".join(
            f'<td width="15%" align="center">{_X if any(_flag(_field(r, t)) for r in rels) else ""}'
            f'</td>\n<td width="35%" class="MedSmallFormText">{label}</td>\n'
            for t, label in pair
        )
        rows += f"<tr>\n{cells}</tr>\n"
    titles = "".join(
        '<span class="FormData">{}</span>'.format(
            next((_e(_field(r, tag)) for r in rels if _flag(_field(r, flag))), "")
        )
        for tag, flag in (("officerTitle", "isOfficer"), ("otherText", "isOther"))
    )
    return (
        f'<span class="MedSmallFormText">{number}. Relationship of Reporting Person(s) to'
        ' Issuer\n      </span><br><span class="MedSmallFormText">(Check all applicable)'
        f'</span><table border="0" width="100%">\n{rows}<tr><td colspan="4" align="center">\n'
        f"{titles}\n</td></tr>\n</table>\n"
    )


def _dated_box(number: str, label: str, value: str) -> str:
    shown = f'<span class="FormData">{_date(value)}</span>' if value else ""
    label = f"{number}. {label}\n (Month/Day/Year)"
    return f'<span class="MedSmallFormText">{label}</span><br>{shown}\n'


def _joint_box(count: int) -> str:
    """Evans' box 6, its X moved to the second line for a joint filing."""
    if count == 1:
        return _BOX6
    return _BOX6.replace(_ONE, "\0").replace(_NOT_ONE, _ONE).replace("\0", _NOT_ONE)


def _boxes(root: Any, form: str, owners: list[Any]) -> str:
    period = _field(root, "periodOfReport")
    amended = _field(root, "dateOfOriginalSubmission")
    owner = _owner_box(owners[0])
    joint = _joint_box(len(owners))
    table = '<table width="100%" border="1" cellspacing="0" cellpadding="4">\n'
    if form == "3":
        return (
            f'{table}<tr>\n<td rowspan="3" width="30%" valign="top">\n{owner}</td>\n'
            '<td rowspan="3" width="15%" valign="top">\n'
            f"{_dated_box('2', _DATED['3'], period)}</td>\n"
            f'<td valign="top" colspan="2">\n{_issuer_box(root, "3")}</td>\n</tr>\n'
            f'<tr>\n<td rowspan="2" width="30%" valign="top">\n{_relationship_box(owners, "4")}'
            f'</td>\n<td valign="top">\n'
            f"{_dated_box('5', 'If Amendment, Date of Original Filed', amended)}</td>\n</tr>\n"
            f'<tr><td valign="top">\n{joint}</td></tr>\n</table>\n'
        )
    return (
        f'{table}<tr>\n<td rowspan="3" width="35%" valign="top">\n{owner}</td>\n'
        f'<td width="35%" valign="top">\n{_issuer_box(root, "2")}</td>\n'
        f'<td rowspan="2" valign="top">\n{_relationship_box(owners, "5")}</td>\n</tr>\n'
        f'<tr><td valign="top">\n{_dated_box("3", _DATED[form], period)}</td></tr>\n'
        f'<tr>\n<td valign="top">\n'
        f"{_dated_box('4', 'If Amendment, Date of Original Filed', amended)}</td>\n"
        f'<td valign="top">\n{joint}</td>\n</tr>\n</table>\n'
    )


def _row_cells(row: Any) -> tuple[dict[str, str], dict[str, list[str]]]:
    """Column -> text, and column -> footnote ids, of one table row."""
    values: dict[str, str] = {}
    marks: dict[str, list[str]] = {}
    for el in row.iter():  # (a comment's tag is a function: in no dict, equal to no name)
        if el.tag in _COLUMN and el.tag not in ("transactionCoding", "transactionTimeliness"):
            values.setdefault(_COLUMN[el.tag], _value(el))
        if el.tag == "transactionCode":
            values["code"] = _value(el)
        if el.tag == "equitySwapInvolved" and _flag(_value(el)):
            values["v"] = "V"
        if el.tag == "footnoteId" and el.get("id"):
            column = next((_COLUMN[a.tag] for a in el.iterancestors() if a.tag in _COLUMN), "title")
            if el.get("id") not in marks.setdefault(column, []):
                marks[column].append(el.get("id"))
    if "amount" in values:  # Table II prints the amount under (A) or (D)
        side = "a" if values.get("ad", "").upper().startswith("A") else "d"
        values[side] = values["amount"]
    return values, marks


def _placed(
    marks: dict[str, list[str]], layout: tuple[str, ...], side: str
) -> dict[str, list[str]]:
    """Marks of a column the table lacks go where its value prints: Table II's amount and
    A/D under (A) or (D); anything else after the title."""
    placed: dict[str, list[str]] = {}
    for column, ids in marks.items():
        if column not in layout:
            column = side if column in ("amount", "ad") and side in layout else "title"
        placed[column] = list(dict.fromkeys([*placed.get(column, []), *ids]))
    return placed


def _td(column: str, text: str, ids: list[str], small: bool) -> str:
    cls = "SmallFormData" if small or column == "code" else "FormData"
    shown = _date(text) if column in _DATES else _number(text) if column in _NUMBERS else text
    value = f'<span class="{cls}">{_e(shown)}</span>' if shown else ""
    if shown and column in _DOLLAR:
        value = f'<span class="FormText">$</span>{value}'
    align = "left" if column in _LEFT else "center"
    return f'<td align="{align}">{value}{"".join(_MARK.format(_number_of(i)) for i in ids)}</td>\n'


def _table(root: Any, form: str, derivative: bool) -> str:
    layout = _LAYOUTS[(form, derivative)]
    tag = "derivativeTable" if derivative else "nonDerivativeTable"
    body = ""
    for row in root.iterfind(f"{tag}/*"):
        if not isinstance(row.tag, str):
            continue
        values, marks = _row_cells(row)
        if not derivative or form == "3":
            values.pop("a", None), values.pop("d", None)
        marks = _placed(marks, layout, "a" if "a" in values else "d")
        cells = "".join(_td(c, values.get(c, ""), marks.get(c, []), derivative) for c in layout)
        body += f"<tr>\n{cells}</tr>"
    return (
        '<table width="100%" border="1" cellspacing="0" cellpadding="4">\n'
        f"{_HEADS[(form, derivative)]}\n<tbody>{body}</tbody>\n</table>\n"
    )


def _joint(owners: list[Any]) -> str:
    """Every reporting owner's box 1 again, one row each (Triton's joint Form 3)."""
    if len(owners) < 2:
        return ""
    rows = "".join(f'<tr><td valign="top">\n{_owner_box(o)}</td></tr>\n' for o in owners)
    return f'<table width="40%" border="1" cellspacing="0" cellpadding="4">\n{rows}</table>\n'


def _notes(root: Any) -> str:
    rows = ""
    for note in root.iterfind("footnotes/footnote"):
        number = _number_of(note.get("id") or "")
        text = _e(" ".join("".join(note.itertext()).split()))
        rows += f'<tr><td class="FootnoteData">{number}. {text}</td></tr>\n'
    remarks = _e(_field(root, "remarks"))
    return (
        '<table border="0" width="100%">\n<tr><td class="MedSmallFormText"><b>Explanation of'
        f" Responses:</b></td></tr>\n{rows}"
        '<tr><td class="FormText"><b>Remarks:</b></td></tr>\n'
        f'<tr><td class="FootnoteData">{remarks}</td></tr>\n</table>\n'
    )


def _signatures(root: Any, form: str) -> str:
    rows = ""
    for sig in root.iterfind("ownerSignature"):
        name, when = _e(_field(sig, "signatureName")), _date(_field(sig, "signatureDate"))
        rows += (
            '<tr>\n<td width="60%"></td>\n<td width="20%"><u><span class="FormData">'
            f'{name}</span></u></td>\n<td width="20%"><u><span class="FormData">{when}'
            "</span></u></td>\n</tr>\n"
        )
    tail = _TAIL.replace("4\n\n ", "5\n\n ") if form == "3" else _TAIL  # its Instruction 5(b)(v)
    return f'<table width="100%" border="0">\n{rows}{tail}</table>\n'


def form_of(root: Any) -> str:
    """ "3", "4" or "5" from ``documentType`` ("4/A" is a Form 4)."""
    found = re.match(r"\s*([345])", _field(root, "documentType"))
    return found.group(1) if found else "4"


def render(xml: bytes) -> str:
    """The page EDGAR shows for this ownershipDocument."""
    root = etree.fromstring(xml.lstrip(b"\xef\xbb\xbf").lstrip(), parser=_PARSER)
    form = form_of(root)
    owners = list(root.iterfind("reportingOwner"))
    head = _HEAD.replace("SEC FORM\n            4", f"SEC FORM\n            {form}")
    return (
        f"{head}\n{_header(root, form)}{_boxes(root, form, owners)}"
        f"{_table(root, form, False)}{_table(root, form, True)}{_joint(owners)}"
        f"{_notes(root)}{_signatures(root, form)}</body>\n</html>\n"
    )
