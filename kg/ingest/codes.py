"""EDGAR's code tables: state and country codes, and 8-K item titles.

EDGAR writes a US state as its postal code and any other place as a code of
its own ("X0" United Kingdom, "E9" Cayman Islands, "A6" Ontario). Only the
common foreign codes are listed; an unknown code is passed on as written
rather than guessed at. The 8-K item titles are those EDGAR puts in a
header's ITEM INFORMATION lines; items were renumbered on 2004-08-23.
"""

from __future__ import annotations

import re
from datetime import date

_US = (
    "AL Alabama|AK Alaska|AZ Arizona|AR Arkansas|CA California|CO Colorado|CT Connecticut"
    "|DE Delaware|DC District of Columbia|FL Florida|GA Georgia|HI Hawaii|ID Idaho"
    "|IL Illinois|IN Indiana|IA Iowa|KS Kansas|KY Kentucky|LA Louisiana|ME Maine"
    "|MD Maryland|MA Massachusetts|MI Michigan|MN Minnesota|MS Mississippi|MO Missouri"
    "|MT Montana|NE Nebraska|NV Nevada|NH New Hampshire|NJ New Jersey|NM New Mexico"
    "|NY New York|NC North Carolina|ND North Dakota|OH Ohio|OK Oklahoma|OR Oregon"
    "|PA Pennsylvania|RI Rhode Island|SC South Carolina|SD South Dakota|TN Tennessee"
    "|TX Texas|UT Utah|VT Vermont|VA Virginia|WA Washington|WV West Virginia|WI Wisconsin"
    "|WY Wyoming|PR Puerto Rico|GU Guam|VI U.S. Virgin Islands|AS American Samoa"
)
US_STATES: dict[str, str] = dict(pair.split(" ", 1) for pair in _US.split("|"))

CANADA: dict[str, str] = {
    "A0": "Alberta", "A1": "British Columbia", "A2": "Manitoba", "A3": "New Brunswick",
    "A4": "Newfoundland", "A5": "Nova Scotia", "A6": "Ontario", "A7": "Prince Edward Island",
    "A8": "Quebec", "A9": "Saskatchewan", "B0": "Yukon",
}  # fmt: skip
# Canada Post's province codes, as an address prints them ("Toronto, ON M5V 2T6").
CANADA_POST: dict[str, str] = {
    "AB": "Alberta", "BC": "British Columbia", "MB": "Manitoba", "NB": "New Brunswick",
    "NL": "Newfoundland", "NS": "Nova Scotia", "ON": "Ontario", "PE": "Prince Edward Island",
    "QC": "Quebec", "SK": "Saskatchewan", "YT": "Yukon",
}  # fmt: skip

COUNTRIES: dict[str, str] = {
    "C1": "Argentina", "C3": "Australia", "C4": "Austria", "C5": "Bahamas", "C9": "Belgium",
    "D0": "Bermuda", "D5": "Brazil", "D8": "British Virgin Islands", "E9": "Cayman Islands",
    "F3": "Chile", "F4": "China", "F8": "Colombia", "G4": "Cyprus", "G7": "Denmark",
    "H9": "Finland", "I0": "France", "2M": "Germany", "J1": "Gibraltar", "J3": "Greece",
    "Y7": "Guernsey", "K3": "Hong Kong", "K7": "India", "K8": "Indonesia", "L2": "Ireland",
    "Y8": "Isle of Man", "L3": "Israel", "L6": "Italy", "M0": "Japan", "Y9": "Jersey",
    "M5": "South Korea", "N2": "Liechtenstein", "N4": "Luxembourg", "N8": "Malaysia",
    "O1": "Malta", "1T": "Marshall Islands", "O4": "Mauritius", "O5": "Mexico", "O9": "Monaco",
    "P7": "Netherlands", "P8": "Netherlands Antilles", "Q2": "New Zealand", "Q8": "Norway",
    "R1": "Panama", "R5": "Peru", "R6": "Philippines", "R9": "Poland", "S1": "Portugal",
    "1Z": "Russia", "T0": "Saudi Arabia", "U0": "Singapore", "T3": "South Africa",
    "U3": "Spain", "V7": "Sweden", "V8": "Switzerland", "F5": "Taiwan", "W1": "Thailand",
    "W8": "Turkey", "C0": "United Arab Emirates", "X0": "United Kingdom", "X3": "Uruguay",
    "Q1": "Vietnam",
}  # fmt: skip


def jurisdiction(code: str) -> str | None:
    """A STATE OF INCORPORATION code as a place name ("DE" -> "Delaware");
    an unknown code as written; None when empty."""
    code = code.strip().upper()
    if not code:
        return None
    return US_STATES.get(code) or CANADA.get(code) or COUNTRIES.get(code) or code


def address_place(code: str) -> tuple[str | None, str | None]:
    """An address's STATE code as (state, country): a US state keeps its
    postal code with no country; a foreign code becomes its country."""
    code = code.strip().upper()
    if not code:
        return None, None
    if code in US_STATES:
        return code, None
    if code in CANADA:
        return CANADA[code], "Canada"
    if code in COUNTRIES:
        return None, COUNTRIES[code]
    return code, None


_PLACE_SMALL_WORDS = frozenset({"of", "and", "the"})


def described_place(code: str | None, description: str | None) -> tuple[str | None, str | None]:
    """(state, country) of an address given as an EDGAR code and the description EDGAR
    prints beside it ("M0" / "JAPAN"): a known code decides; otherwise a description
    names the country (title-cased from EDGAR's capitals); otherwise the code as written."""
    code = (code or "").strip().upper()
    if code in US_STATES or code in CANADA or code in COUNTRIES or not description:
        return address_place(code)
    if description != description.upper():
        return None, description
    words = description.lower().split()
    country = " ".join(
        w if i and w in _PLACE_SMALL_WORDS else w[:1].upper() + w[1:] for i, w in enumerate(words)
    )
    return None, country or None


# Item numbers since 2004-08-23, by the titles EDGAR headers use (and the
# wording of 2004-2006 headers for 5.02, "Principal Officers").
_ITEMS: tuple[tuple[str, str], ...] = (
    ("1.01", "Entry into a Material Definitive Agreement"),
    ("1.02", "Termination of a Material Definitive Agreement"),
    ("1.03", "Bankruptcy or Receivership"),
    ("1.04", "Mine Safety - Reporting of Shutdowns and Patterns of Violations"),
    ("1.05", "Material Cybersecurity Incidents"),
    ("2.01", "Completion of Acquisition or Disposition of Assets"),
    ("2.02", "Results of Operations and Financial Condition"),
    (
        "2.03",
        "Creation of a Direct Financial Obligation or an Obligation under an "
        "Off-Balance Sheet Arrangement of a Registrant",
    ),
    (
        "2.04",
        "Triggering Events That Accelerate or Increase a Direct Financial Obligation "
        "or an Obligation under an Off-Balance Sheet Arrangement",
    ),
    ("2.05", "Costs Associated with Exit or Disposal Activities"),
    ("2.06", "Material Impairments"),
    (
        "3.01",
        "Notice of Delisting or Failure to Satisfy a Continued Listing Rule or "
        "Standard; Transfer of Listing",
    ),
    ("3.02", "Unregistered Sales of Equity Securities"),
    ("3.03", "Material Modification to Rights of Security Holders"),
    ("3.03", "Material Modifications to Rights of Security Holders"),
    ("4.01", "Changes in Registrant's Certifying Accountant"),
    (
        "4.02",
        "Non-Reliance on Previously Issued Financial Statements or a Related Audit "
        "Report or Completed Interim Review",
    ),
    ("5.01", "Changes in Control of Registrant"),
    (
        "5.02",
        "Departure of Directors or Certain Officers; Election of Directors; "
        "Appointment of Certain Officers; Compensatory Arrangements of Certain Officers",
    ),
    (
        "5.02",
        "Departure of Directors or Principal Officers; Election of Directors; "
        "Appointment of Principal Officers",
    ),
    ("5.03", "Amendments to Articles of Incorporation or Bylaws; Change in Fiscal Year"),
    ("5.04", "Temporary Suspension of Trading Under Registrant's Employee Benefit Plans"),
    (
        "5.05",
        "Amendments to the Registrant's Code of Ethics, or Waiver of a Provision of "
        "the Code of Ethics",
    ),
    ("5.06", "Change in Shell Company Status"),
    ("5.07", "Submission of Matters to a Vote of Security Holders"),
    ("5.08", "Shareholder Director Nominations"),
    ("6.01", "ABS Informational and Computational Material"),
    ("6.02", "Change of Servicer or Trustee"),
    ("6.03", "Change in Credit Enhancement or Other External Support"),
    ("6.04", "Failure to Make a Required Distribution"),
    ("6.05", "Securities Act Updating Disclosure"),
    ("6.06", "Static Pool"),
    ("7.01", "Regulation FD Disclosure"),
    ("8.01", "Other Events"),
    ("9.01", "Financial Statements and Exhibits"),
)
# Item numbers before 2004-08-23.
_OLD_ITEMS: tuple[tuple[str, str], ...] = (
    ("1", "Changes in Control of Registrant"),
    ("2", "Acquisition or Disposition of Assets"),
    ("3", "Bankruptcy or Receivership"),
    ("4", "Changes in Registrant's Certifying Accountant"),
    ("5", "Other Events"),
    ("5", "Other Events and Regulation FD Disclosure"),
    ("6", "Resignations of Registrant's Directors"),
    ("7", "Financial Statements and Exhibits"),
    ("7", "Financial Statements, Pro Forma Financial Information and Exhibits"),
    ("8", "Change in Fiscal Year"),
    ("9", "Regulation FD Disclosure"),
    (
        "10",
        "Amendments to the Registrant's Code of Ethics, or Waiver of a Provision of "
        "the Code of Ethics",
    ),
    ("11", "Temporary Suspension of Trading Under Registrant's Employee Benefit Plans"),
    ("12", "Results of Operations and Financial Condition"),
)
RENUMBERED = date(2004, 8, 23)
_NUMBER = re.compile(r"(?i)(?:item\s*)?(\d{1,2}(?:\.\d{2})?)\.?")


def _key(title: str) -> str:
    return " ".join(re.sub(r"[^a-z0-9]+", " ", title.lower().replace("'", "")).split())


_BY_TITLE = {_key(title): number for number, title in _ITEMS}
_OLD_BY_TITLE = {_key(title): number for number, title in _OLD_ITEMS}


def item_number(text: str, filed: date | None = None) -> str | None:
    """The 8-K item number for a header's ITEM INFORMATION text, or None.

    A number stays a number ("5.02", "Item 9.01"). A title is looked up in the
    numbering in force on the filing date; a title that runs on past the
    standard one ("Other Events (Item 8.01)") still matches it.
    """
    match = _NUMBER.fullmatch(text.strip())
    if match:
        return match.group(1)
    table = _OLD_BY_TITLE if filed is not None and filed < RENUMBERED else _BY_TITLE
    key = _key(text)
    if key in table:
        return table[key]
    prefixed = [k for k in table if key.startswith(k + " ")]
    return table[max(prefixed, key=len)] if prefixed else None
