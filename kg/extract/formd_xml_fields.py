"""One field of a Form D ``edgarSubmission`` at a time, for ``kg.extract.formd_xml``.

Element text and check-box flags (with the words filers write in an empty box),
Item 1 jurisdictions and Item 2 / Item 3 addresses from EDGAR's state and country
codes, the tables from EDGAR's codes to the labels the paper form prints
(Item 3 relationships, Item 6 exemptions, Item 9 types of securities), Item 1's
year of incorporation and the boxes of items 4, 10, 14, 15 and 16 that
``Offering`` holds beside its amounts.
"""

from __future__ import annotations

import re

from lxml import etree

from kg.extract.common import fold, parse_decimal
from kg.ingest.codes import CANADA, COUNTRIES, US_STATES, address_place, jurisdiction
from kg.model import Address, Role

_Element = etree._Element

# Words filers put in a box that has nothing to say (Item 3 "N/A" first names,
# Item 12 "None" recipients, "None" previous names).
_EMPTY = frozenset({"", "-", "--", ".", "n/a", "na", "none", "not applicable", "nil", "null"})
# Item 3 relationship boxes -> ekg:role.
RELATED_ROLES: dict[str, Role] = {
    "executive officer": "Officer",
    "director": "Director",
    "promoter": "Promoter",
}
_SECTION_3C = re.compile(r"(?i)3c\.(\d{1,2})")


def _codes(spec: str) -> dict[str, str]:
    return dict(item.strip().split("=", 1) for item in spec.split(";") if item.strip())


# Item 9 boxes, in the order the form prints them.
_SECURITY_TYPES = _codes(
    "isEquityType=Equity;isDebtType=Debt;isOptionToAcquireType=Option, Warrant or Other Right"
    " to Acquire Another Security;isSecurityToBeAcquiredType=Security to be Acquired Upon"
    " Exercise of Option, Warrant or Other Right to Acquire Security;isPooledInvestmentFundType="
    "Pooled Investment Fund Interests;isTenantInCommonType=Tenant-in-Common Securities;"
    "isMineralPropertyType=Mineral Property Securities"
)
# Item 6 check boxes: the EDGAR code -> the label printed on the form.
_EXEMPTIONS = _codes(
    "04=Rule 504(b)(1) (not (i), (ii) or (iii));04a=Rule 504(b)(1) (not (i), (ii) or (iii));"
    "04.1=Rule 504(b)(1)(i);04.2=Rule 504(b)(1)(ii);04.3=Rule 504(b)(1)(iii);05=Rule 505;"
    "06=Rule 506;06b=Rule 506(b);06c=Rule 506(c);4a5=Securities Act Section 4(a)(5);"
    "3c=Investment Company Act Section 3(c)"
)
# Item 2 / Item 3 address elements, in the order they are written (for evidence).
ADDRESS_TAGS = ("street1", "street2", "city", "stateOrCountry", "zipCode")
_SMALL_WORDS = frozenset({"of", "and", "the", "da", "de", "du"})


def text_of(element: _Element | None, path: str = ".") -> str | None:
    """Folded text of the first match of ``path``; None when absent or empty."""
    found = element.find(path) if element is not None else None
    if found is None or found.text is None:
        return None
    return fold(found.text) or None


def value_of(element: _Element | None, path: str = ".") -> str | None:
    """Like ``text_of`` but "None", "N/A" and the like count as absent."""
    text = text_of(element, path)
    return None if text is None or text.lower() in _EMPTY else text


def flag_of(element: _Element | None, path: str) -> bool | None:
    """A check box or yes/no element; None when absent."""
    text = text_of(element, path)
    return None if text is None else text.lower() in {"true", "y", "yes", "1"}


def joined(element: _Element | None, *paths: str, sep: str = ", ") -> str:
    """Several boxes as written, for evidence."""
    return sep.join(t for t in (value_of(element, p) for p in paths) if t)


def read_jurisdiction(text: str | None) -> str | None:
    """Item 1: an EDGAR code (older notices) or a name in capitals, title-cased."""
    if text is None or text != text.upper():
        return text
    if text in US_STATES or text in CANADA or text in COUNTRIES:
        return jurisdiction(text)
    words = text.lower().split(" ")
    return " ".join(
        w if i and w in _SMALL_WORDS else w[:1].upper() + w[1:] for i, w in enumerate(words)
    )


def read_address(element: _Element | None) -> Address | None:
    """Item 2 / Item 3 address: US states keep their code, other codes name a country."""
    if element is None:
        return None
    streets = [s for s in (value_of(element, "street1"), value_of(element, "street2")) if s]
    code = (value_of(element, "stateOrCountry") or "").upper()
    described = value_of(element, "stateOrCountryDescription")
    state = country = None
    if code in US_STATES or code in CANADA or code in COUNTRIES:
        state, country = address_place(code)
    elif code and code != "XX":  # "XX" is EDGAR's "Unknown"
        country = read_jurisdiction(described) if described and described != "Unknown" else code
    address = Address(
        street=", ".join(streets) or None,
        city=value_of(element, "city"),
        state=state,
        postal_code=value_of(element, "zipCode"),
        country=country,
    )
    return None if address == Address() else address


def exemption_label(code: str) -> str:
    """Item 6: the form's label for an EDGAR code; unknown codes as written."""
    label = _EXEMPTIONS.get(code.lower())
    if label:
        return label
    match = _SECTION_3C.fullmatch(code)
    return f"Section 3(c)({int(match.group(1))})" if match else code


def security_types(offering: _Element | None) -> tuple[str, ...]:
    """Item 9 boxes checked."""
    types = [label for tag, label in _SECURITY_TYPES.items() if flag_of(offering, f".//{tag}")]
    if flag_of(offering, ".//isOtherType"):
        other = value_of(offering, ".//descriptionOfOtherType")
        types.append(f"Other: {other}" if other else "Other")
    return tuple(types)


# Item 1 "Year of Incorporation/Organization": the element of each box -> its label.
_INCORPORATION_AGES = {
    "overFiveYears": "Over Five Years Ago",
    "withinFiveYears": "Within Last Five Years",
    "yetToBeFormed": "Yet to Be Formed",
}


def incorporation(issuer: _Element | None) -> tuple[str | None, int | None]:
    """Item 1: the box ticked and the year, which the form asks for within five years only."""
    year = issuer.find("yearOfInc") if issuer is not None else None
    ages = [label for tag, label in _INCORPORATION_AGES.items() if flag_of(year, tag)]
    value = text_of(year, "value")
    return (ages[0] if ages else None), (int(value) if value and value.isdigit() else None)


def _estimated(element: _Element | None, amount: object) -> bool | None:
    """An amount's "Estimate" box: the element is written only when ticked, so an amount
    without it is not an estimate."""
    ticked = flag_of(element, "isEstimate")
    return ticked if ticked is not None else (False if amount is not None else None)


def _child(parent: _Element | None, tag: str) -> _Element | None:
    return parent.find(tag) if parent is not None else None


def offering_boxes(data: _Element | None) -> dict[str, object]:
    """Items 4 (a fund's 1940 Act registration), 10, 14, 15 and 16, as ``Offering`` fields."""
    combination = _child(data, "businessCombinationTransaction")
    fees = _child(data, "salesCommissionsFindersFees")
    proceeds = _child(data, "useOfProceeds")
    found: dict[str, object] = {
        "registered_investment_company": flag_of(data, "industryGroup/investmentFundInfo/is40Act"),
        "is_business_combination": flag_of(combination, "isBusinessCombinationTransaction"),
        "business_combination_clarification": value_of(combination, "clarificationOfResponse"),
        "has_non_accredited_investors": flag_of(data, "investors/hasNonAccreditedInvestors"),
        "commissions_and_fees_clarification": value_of(fees, "clarificationOfResponse"),
        "use_of_proceeds_clarification": value_of(proceeds, "clarificationOfResponse"),
    }
    count = text_of(data, "investors/numberNonAccreditedInvestors")
    found["non_accredited_investors"] = int(count) if count and count.isdigit() else None
    for element, field in (
        (_child(fees, "salesCommissions"), "sales_commissions"),
        (_child(fees, "findersFees"), "finders_fees"),
        (_child(proceeds, "grossProceedsUsed"), "proceeds_to_related_persons"),
    ):
        amount = parse_decimal(text_of(element, "dollarAmount"))
        found[field] = amount
        found[f"{field}_estimated"] = _estimated(element, amount)
    return found
