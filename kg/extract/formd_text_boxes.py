"""Form D boxes read from the page beside the amounts, for ``kg.extract.formd_text``.

Item 1's "Year of Incorporation/Organization", item 4's question to a pooled
investment fund (registered under the Investment Company Act of 1940?), item 10
(business combination), item 14 (non-accredited investors), item 15 (sales
commissions and finders' fees) and item 16 (use of proceeds), read by their printed
labels as ``kg.extract.formd_text_layout`` reads every box: an "X" right before a
label ticks it, a value follows its label on the line or in the next cell.
"""

from __future__ import annotations

import re
from decimal import Decimal

from kg.extract import formd_text_layout as form
from kg.extract.common import fold, parse_decimal

# Item 1: the boxes of "Year of Incorporation/Organization", labelled as printed.
_AGES = {
    label: label for label in ("Over Five Years Ago", "Within Last Five Years", "Yet to Be Formed")
}
_YEAR = re.compile(r"(?<![\d$,.])(?:1[89]|20)\d\d(?![\d,])")
_CLARIFICATION = re.compile(r"Clarification\s+of\s+Response[^:\n]*:(.*)", re.S)
_ESTIMATE = {"Estimate": "estimate"}
_NON_ACCREDITED = {"Select if securities": "yes"}
# Item 14's first sentence ends with the non-accredited count's cell, when given: after a
# full stop or a colon, on the sentence's last line or alone on the next line (never past
# a blank line, nor the next sentence's words).
_NON_ACCREDITED_COUNT = re.compile(
    r"enter\s+the\s+number\s+of\s+such\s+non-?\s*accredited\s+investors\s+who\s+already\s+have"
    r"\s+invested\s+in\s+the\s+offering[ \t]*[.:]?[ \t]*"
    r"(?:(?P<same>\d[\d,]*)|\n[ \t]*(?P<next>\d[\d,]*)[ \t]*(?:\n|$))?",
    re.I,
)
_TOTAL_COUNTS = re.compile(
    r"total\s+number\s+of\s+investors\s+who\s+already\s+have\s+invested\s+in\s+the\s+"
    r"offering\s*:?((?:\s*\d[\d,]*)+)",
    re.I,
)


def incorporation(identity: str) -> tuple[str | None, int | None]:
    """Item 1: the box ticked and, within the last five years, the year written after it."""
    ticked = form.checked(identity, _AGES)
    if not ticked:
        return None, None
    age = ticked[0]
    year = _YEAR.search(identity, age.start) if age.value == "Within Last Five Years" else None
    return age.value, int(year.group(0)) if year else None


def offering_boxes(sections: form.Sections) -> dict[str, object]:
    """Items 4 (a fund's 1940 Act answer), 10, 14, 15 and 16 as ``Offering`` fields."""
    combination = _item(sections, "10")
    found: dict[str, object] = {
        "registered_investment_company": _registered(_item(sections, "4")),
        "is_business_combination": form.yes_no(_before_clarification(combination)),
        "business_combination_clarification": _clarification(combination),
        **_investors(_item(sections, "14")),
    }
    fees = _item(sections, "15")
    commissions = _amount(fees, r"Sales\s+Commissions")
    finders = _amount(fees, r"Finders?['’]?\s*s?\s+Fees")
    found["sales_commissions"], found["sales_commissions_estimated"] = commissions
    found["finders_fees"], found["finders_fees_estimated"] = finders
    found["commissions_and_fees_clarification"] = _clarification(fees)
    proceeds = _item(sections, "16")
    used = _amount(proceeds, None)
    found["proceeds_to_related_persons"], found["proceeds_to_related_persons_estimated"] = used
    found["use_of_proceeds_clarification"] = _clarification(proceeds)
    return found


def _item(sections: form.Sections, key: str) -> str:
    """An item under its own heading only: ``Sections.get`` gives an item whose heading the
    print garbled the item before it, whose boxes would be read as this one's."""
    return sections.get(key) if key in sections.starts else ""


def _registered(industry: str) -> bool | None:
    """Item 4: the Yes/No answer printed on the line after the 1940 Act question."""
    question = re.search(r"Investment\s+Company\s+Act\s+of\s+1940\s*\?", industry)
    if question is None:
        return None
    lines = industry[question.end() :].split("\n", 2)
    return form.yes_no("\n".join(lines[:2]))


def _before_clarification(text: str) -> str:
    return _CLARIFICATION.split(text, maxsplit=1)[0]


def _clarification(text: str) -> str | None:
    """What the filer wrote after "Clarification of Response (if Necessary):"."""
    found = _CLARIFICATION.search(text)
    said = fold(found.group(1)) if found else ""
    return said if re.search(r"[A-Za-z]{2}", said) else None


def _amount(text: str, label: str | None) -> tuple[Decimal | None, bool | None]:
    """The dollars right after ``label`` (the first in ``text`` without one) and whether the
    "Estimate" box printed after them is ticked (None when no such box is printed)."""
    text = _before_clarification(text)
    if label is None:
        money = form.MONEY.search(text)
    else:  # the heading and the instructions name the box too, with no "$" after them
        at = re.search(label + r"[\s:]*(?=\$)", text)
        money = form.MONEY.match(text, at.end()) if at else None
    if money is None:
        return None, None
    window = re.split(r"\$|Finders?\b|Sales\s+Commissions", text[money.end() :], maxsplit=1)[0]
    estimated = bool(form.checked(window, _ESTIMATE)) if "Estimate" in window else None
    return parse_decimal(money.group(1)), estimated


def _investors(text: str) -> dict[str, object]:
    """Item 14: the non-accredited box and the count entered beside it. The count is the
    cell after the box's sentence or, where the print puts both counts at the end, the
    first of the two numbers after the last sentence."""
    if not re.search(r"Select\s+if\s+securities", text):
        return {}
    count = _NON_ACCREDITED_COUNT.search(text)
    written = (count.group("same") or count.group("next")) if count else None
    totals = _TOTAL_COUNTS.search(text)
    numbers = totals.group(1).split() if totals else []
    if written is None and len(numbers) >= 2:
        written = numbers[-2]
    return {
        "has_non_accredited_investors": bool(form.checked(text, _NON_ACCREDITED)),
        "non_accredited_investors": int(written.replace(",", "")) if written else None,
    }


_TICK = r"[X☒☑✔✓]"
_NONE_BOX = re.compile(rf"(?i)(?:{_TICK}\s*)?None")


def previous_names(identity: str) -> tuple[str, ...]:
    """Item 1's "Previous Names" box: the cells after its label up to "Entity Type" on the
    same row ("X None" when the issuer had none). EDGAR's HTML page prints its list of
    names under that row instead, one a line after the CIK, its "None" box left blank."""
    row = re.search(r"Previous\s+Names\t(.*?)(?:\tEntity\s+Type|$)", identity, re.M)
    if row is None:
        return ()
    cells = [fold(c) for c in row.group(1).split("\t")]
    names = [c for c in cells if re.search("[A-Za-z]{2}", c) and not _NONE_BOX.fullmatch(c)]
    if names or re.search(rf"(?i){_TICK}\s*None", " ".join(cells)):
        return tuple(names)
    return _listed_below(identity[row.end() :])


def _listed_below(text: str) -> tuple[str, ...]:
    """The lines after the row, past the CIK, up to the first cell of the entity type's
    boxes (a tab-split line) or a blank line."""
    names: list[str] = []
    for line in text.lstrip("\n").split("\n"):
        if "\t" in line or not line.strip():
            break
        if re.search("[A-Za-z]{2}", line) and not _NONE_BOX.fullmatch(line.strip()):
            names.append(fold(line))
    return tuple(names)
