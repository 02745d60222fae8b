"""The fixed parts of a Form 8-K: the cover page and the signature block.

The cover gives the registrant, jurisdiction, file and IRS numbers, address
and phone; the signature block gives who signed, with what title, when.

On the form each value is printed ABOVE (before) its parenthetical label,
"Delaware / (State or other jurisdiction of incorporation)"; PDF-to-text
dumps keep that order line by line, HTML tables cell by cell, sometimes with
the zip column or the phone label moved. Values are found by their shape
(file number, IRS number, zip) and by the label that follows them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from kg.extract.common import fold, normalise_cik
from kg.extract.form8k_listing import listing as _listing
from kg.extract.nlp import (
    CORP_SUFFIX,
    find_dates,
    first_date,
)
from kg.ingest.codes import CANADA, CANADA_POST
from kg.ingest.codes import US_STATES as EDGAR_US_STATES
from kg.model import Address

# Cover-page labels: on the form each value is printed ABOVE (before) its label.
_NAME_LABEL = re.compile(r"\(?\s*Exact\s*name\s*of\s*(?:the\s*)?registrant[^)\n]*\)?", re.I)
_ADDR_LABEL = re.compile(r"\(\s*Address\s*of\s*principal\s*executive\s*offices", re.IGNORECASE)
_ZIP_LABEL = re.compile(r"\(\s*Zip\s*Code\s*\)", re.IGNORECASE)
_LABEL_CELL = re.compile(r"^\(|^(?:of\s+incorporation|File\s+Number|Identification\s+No)", re.I)
_PHONE_LABEL = re.compile(r"telephone\s*number,?\s*including\s*area\s*code", re.IGNORECASE)
PHONE = re.compile(r"(?:\+?1[\s.-])?(?:\(\s*\d{3}\s*\)|\d{3})[\s.-]*\d{3}[\s.-]\d{4}\b")
# "1-16169", "001-33886", "333-46893-01" (a co-registrant's suffix).
FILE_NUMBER = r"\d{1,3}-\d{4,6}(?:-\d{2})?"
_FILE_NO = re.compile(rf"(?<![\d-]){FILE_NUMBER}(?![\d-])")
# "Commission File Number: 001-41220" printed with its label above the registrant's name.
_FILE_ABOVE = re.compile(rf"Commission\s+File\s+(?:Number|No\.?)\s*:?\s*({FILE_NUMBER})\b", re.I)
IRS_NUMBER = re.compile(r"(?<![\d-])\d{2}-\d{7}(?![\d-])")
_POSTAL = r"\d{5}(?:-\d{4})?|[A-Z]{1,2}\d[A-Z\d]?\s\d[A-Z]{2}"  # a US zip or a UK postcode
_ZIP = re.compile(rf"\b(?:{_POSTAL})$")
_INCORPORATED_AS = re.compile(r"\(an?\s+([A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)\s+corporation\)")
_REPORT_DATE = re.compile(r"Date\s*of\s*Report", re.IGNORECASE)
_FORMER_LABEL = re.compile(r"\(?\s*Former\s+name\s+or\s+former\s+address", re.IGNORECASE)
# What the former-name line holds when there is no former name: "Not Applicable", "N/A".
_NO_FORMER = re.compile(r"(?i)^(?:not\s+applicable|n/?a|none|no\s+change|unchanged)\.?$")
_CIK = re.compile(r"\b(?:CIK|Central\s+Index\s+Key)\b\W{0,6}(\d{4,10})\b", re.IGNORECASE)
_COVER_END = re.compile(
    r"Check\s*the\s*appropriate\s*box|^\s*Item\s*\d{1,2}\.\d{2}", re.IGNORECASE | re.MULTILINE
)


@dataclass
class Cover:
    """What the cover page of the form says about the registrant."""

    name: str | None = None
    cik: str | None = None
    jurisdiction: str | None = None
    file_number: str | None = None
    irs_number: str | None = None
    address: Address | None = None
    phone: str | None = None
    former_name: str | None = None
    report_date: date | None = None
    ticker: str | None = None
    exchange: str | None = None
    evidence: list[str] = field(default_factory=list)
    # The other registrants of a combined cover, each with its own state and numbers.
    co_registrants: list[Cover] = field(default_factory=list)


# --- places ----------------------------------------------------------------------


def _names(text: str) -> tuple[str, ...]:
    return tuple(text.split("|"))


# State name -> postal code, from EDGAR's own table; not the territories, whose
# codes are also words a cover cell may hold ("AS").
US_STATES = {name: code for code, name in EDGAR_US_STATES.items() if code not in {"AS", "GU", "VI"}}
_STATE_BY_KEY = {k.lower(): v for k, v in US_STATES.items()} | {
    v.lower(): v for v in US_STATES.values()
}
# Jurisdictions outside the US that registrants commonly give on the cover.
FOREIGN_JURISDICTIONS = _names(
    "Cayman Islands|British Virgin Islands|Bermuda|Marshall Islands|Canada|Ontario|"
    "British Columbia|Alberta|Quebec|Ireland|England and Wales|United Kingdom|Netherlands|"
    "Luxembourg|Israel|Switzerland|Jersey|Bahamas|Panama|Liberia|Singapore|Hong Kong|"
    "Australia|Germany|France|Japan|China|Mexico|Brazil|Curacao|Guernsey|Isle of Man|Cyprus"
)


# "a Japanese corporation", "a German limited liability company": the country's adjective.
NATIONALITIES = dict(
    pair.split("=")
    for pair in _names(
        "Japanese=Japan|German=Germany|Dutch=Netherlands|French=France|Swiss=Switzerland|"
        "Canadian=Canada|British=United Kingdom|English=England and Wales|Irish=Ireland|"
        "Israeli=Israel|Australian=Australia|Chinese=China|Mexican=Mexico|Brazilian=Brazil|"
        "Singaporean=Singapore|Cypriot=Cyprus|Bermudian=Bermuda"
    )
)


def state_code(text: str) -> str | None:
    """USPS code of a US state written out or abbreviated ("Nebraska", "Nebr.", "NE")."""
    key = fold(text).strip(" .,").lower()
    if key in _STATE_BY_KEY:
        return _STATE_BY_KEY[key]
    for name, code in US_STATES.items():
        if len(key) >= 3 and name.lower().startswith(key.rstrip(".")):
            return code
    return None


def jurisdiction_name(text: str) -> str | None:
    """The jurisdiction a cover-page cell names, spelled out ("DELAWARE" -> "Delaware");
    a cell may print the state's formal style ("State of Ohio", "Commonwealth of ...")."""
    key = fold(text).strip(" .,").lower()
    key = re.sub(r"^(?:the\s+)?(?:state|commonwealth)\s+of\s+", "", key)
    for name in (*US_STATES, *FOREIGN_JURISDICTIONS):
        if key == name.lower():
            return name
    nation = next((v for k, v in NATIONALITIES.items() if k.lower() == key), None)
    if nation:
        return nation
    code = _STATE_BY_KEY.get(key) if len(key) == 2 else None
    return EDGAR_US_STATES.get(code) if code else None


# --- addresses -----------------------------------------------------------------------


def parse_address(text: str, zip_code: str | None = None) -> Address | None:
    """Street, city, state and zip from "8120 Main St, Springfield, Illinois 62701"."""
    text = fold(text).strip(" ,")
    if zip_code is None and (m := re.search(rf"\s*\b({_POSTAL})$", text)):
        zip_code, text = m.group(1), text[: m.start()].strip(" ,")
    parts = [p.strip() for p in re.split(r"\s*,\s*|\s*\n\s*", text) if p.strip()]
    if not parts:
        return None
    if zip_code is None and (canadian := _canadian(parts)):
        return canadian
    state = state_code(parts[-1]) if len(parts) > 1 else None
    if state is None and len(parts) > 1 and (m := re.match(r"(.+?)\s+(\S+\.?)$", parts[-1])):
        state = state_code(m.group(2))
        if state:
            parts[-1:] = [m.group(1), m.group(2)]
    if state and len(parts) >= 3:
        return Address(", ".join(parts[:-2]), parts[-2], state, zip_code)
    if state:
        return Address(None, parts[0], state, zip_code)
    return Address(", ".join(parts), None, None, zip_code)


# A Canadian postal code ("A1B 2C3") and the provinces, by name or Canada Post's code.
_CA_POSTAL = re.compile(r"\s*\b([A-Z]\d[A-Z])\s?(\d[A-Z]\d)$")
_PROVINCES = {name.lower(): name for name in CANADA.values()} | {
    code.lower(): name for code, name in CANADA_POST.items()
}
# The city (maybe empty) and the province ending what precedes the postal code.
_CITY_PROVINCE = re.compile(
    r"^(.*?)\s*\b(" + "|".join(map(re.escape, _PROVINCES)) + r")\.?$", re.IGNORECASE
)
# A rural route ("RR 6", "R.R. #2") printed before the place: part of the street, no city.
_RURAL_ROUTE = re.compile(r"^(R\.?\s?R\.?\s*#?\s*\d+)\s+(.+)$", re.IGNORECASE)


def _canadian(parts: list[str]) -> Address | None:
    """A Canadian address ending "..., Toronto, Ontario M5V 2T6" (province and city with or
    without a comma between): street, city, province, postal code and the country."""
    postal = _CA_POSTAL.search(parts[-1])
    rest = parts[-1][: postal.start()].strip(" ,") if postal else ""
    place = _CITY_PROVINCE.match(rest)
    if postal is None or place is None:
        return None
    lines = [*parts[:-1], place.group(1)] if place.group(1) else parts[:-1]
    if not lines:
        return None
    city = lines.pop()
    if route := _RURAL_ROUTE.match(city):
        lines, city = [*lines, route.group(1)], route.group(2)
    code = f"{postal.group(1)} {postal.group(2)}"
    province = _PROVINCES[place.group(2).lower()]
    return Address(", ".join(lines) or None, city, province, code, "Canada")


# --- the cover page ------------------------------------------------------------------


def _cells(text: str) -> list[str]:
    """Cover lines and table cells, without rules drawn with underscores."""
    out = []
    for line in re.split(r"[\n\t|]", text):
        line = fold(line)
        if line and not re.fullmatch(r"[_\-=—.\s]+", line):
            out.append(line)
    return out


def read_cover(text: str) -> Cover:
    """Registrant facts from the cover, read by label (values come before their labels)."""
    cover = Cover(report_date=_report_date(text), cik=_cik(text[:12000]))
    if listed := _listing(text[:30000]):  # also on a cover with no name label (combined)
        cover.ticker, cover.exchange, row = listed
        cover.evidence.append(row)
    start = _NAME_LABEL.search(text)
    end = _COVER_END.search(text, start.end() if start else 0)
    if not start:
        return cover
    block = text[max(0, start.start() - 300) : end.start() if end else start.end() + 2500]
    cells = _cells(block)
    label_at = next(i for i, c in enumerate(cells) if _NAME_LABEL.search(c))
    cover.name = _name_before(cells, label_at)
    cells = cells[label_at + 1 :]
    after = text[start.end() : end.start() if end else start.end() + 2500]
    no_phones = PHONE.sub(" ", after)
    cover.jurisdiction = _jurisdiction(cells, after)
    file_no = _file_over_label(no_phones) or _FILE_NO.search(IRS_NUMBER.sub(" ", no_phones))
    irs = IRS_NUMBER.search(no_phones)
    file_no = file_no or _FILE_ABOVE.search(text, max(0, start.start() - 400), start.start())
    cover.file_number = file_no.group(file_no.lastindex or 0) if file_no else None
    cover.irs_number = irs.group(0) if irs else None
    combined = _combined(after)
    cover.address = _address(cells) or combined[0]
    cover.phone = _phone(after) or combined[1]
    cover.former_name = _former_name(cells)
    last = max(
        [m.end() for m in (_ZIP_LABEL.search(after), _ADDR_LABEL.search(after)) if m]
        or [min(len(after), 300)]
    )
    named = text.rfind(cover.name, 0, start.start()) if cover.name else -1
    cover.evidence.insert(0, text[named if named >= 0 else start.start() : start.end() + last])
    return cover


def _report_date(text: str) -> date | None:
    """The date printed next to "Date of Report (Date of earliest event reported)"."""
    label = _REPORT_DATE.search(text[:12000])
    if not label:
        return None
    after = find_dates(text[label.end() : label.end() + 300])
    if after:
        return after[0][1]
    before = find_dates(text[max(0, label.start() - 120) : label.start()])
    return before[-1][1] if before else None


def _cik(head: str) -> str | None:
    m = _CIK.search(head)
    return normalise_cik(m.group(1)) if m else None


def _name_before(cells: list[str], label_at: int) -> str | None:
    """The registrant's name: the cell printed just above its label."""
    for cell in reversed(cells[max(0, label_at - 3) : label_at]):
        if _LABEL_CELL.search(cell) or _REPORT_DATE.search(cell) or first_date(cell):
            break
        if re.search(r"[A-Za-z]", cell):
            return cell.strip(" ,")
    return None


# "(Commission File Number)" and the line printed over it, where an old file number may
# have fewer digits ("1-416"); a number found by shape alone may be a registration
# statement's in the report's text.
_FILE_LABEL = re.compile(r"Commission\s+File\s+(?:Number|No\b)", re.IGNORECASE)
_SHORT_FILE_NO = re.compile(r"(?<![\d-])\d{1,3}-\d{3,6}(?:-\d{2})?(?![\d-])")


def _file_over_label(after: str) -> re.Match[str] | None:
    """The file number on the line just above its "(Commission File Number)" label."""
    label = _FILE_LABEL.search(after)
    if label is None:
        return None
    above = [x for x in after[: label.start()].split("\n")[:-1] if fold(x)]
    return _SHORT_FILE_NO.search(IRS_NUMBER.sub(" ", above[-1])) if above else None


def _jurisdiction(cells: list[str], after: str) -> str | None:
    for cell in cells[:12]:
        for part in re.split(r"\s+(?=(?:File\s+No\.?\s*)?\d)", cell):
            if name := jurisdiction_name(part):
                return name
    m = _INCORPORATED_AS.search(after)
    return jurisdiction_name(m.group(1)) if m else None


def _address(cells: list[str]) -> Address | None:
    """Street, city, state and zip: the cells above "(Address of principal executive offices)"."""
    at = next((i for i, c in enumerate(cells) if _ADDR_LABEL.search(c)), None)
    if at is None:
        return None
    lines: list[str] = []
    window, zip_code = _zip_column(cells[max(0, at - 8) : at])
    for cell in reversed(window):
        if _ZIP_LABEL.fullmatch(cell) or re.fullmatch(r"[,.;]", cell):
            continue  # the zip cell may sit between the street and the city
        if (
            _LABEL_CELL.search(cell)
            or ")" in cell
            or IRS_NUMBER.search(cell)
            or _FILE_NO.search(cell)
        ):
            break
        if _ZIP.fullmatch(cell):
            zip_code = cell
            continue
        lines.insert(0, cell)
    if not lines:
        return None
    if zip_code is None:  # the value printed above "(Zip Code)", wherever that column is
        labels = [i for i, c in enumerate(cells) if _ZIP_LABEL.search(c) and i > 0]
        zip_code = next((cells[i - 1] for i in labels if _ZIP.fullmatch(cells[i - 1])), None)
    return parse_address(", ".join(lines), zip_code)


# "Springfield, Illinois   (Zip Code)": a text cover's label printed in a column beside the
# address's last line, its value beside the line above ("100 Main Street   62701").
_ZIP_LABEL_BESIDE = re.compile(r"(?<=\S)\s+\(\s*Zip\s*Code\s*\)$", re.IGNORECASE)
_ZIP_BESIDE = re.compile(r"(?<=[A-Za-z.])\s+(\d{5}(?:-\d{4})?)$")


def _zip_column(window: list[str]) -> tuple[list[str], str | None]:
    """The address lines without a zip column beside them, and the zip it holds."""
    beside = [i for i, c in enumerate(window) if _ZIP_LABEL_BESIDE.search(c)]
    if not beside or beside[-1] == 0:
        return window, None
    at = beside[-1]
    out = [*window[: at - 1], window[at - 1], _ZIP_LABEL_BESIDE.sub("", window[at])]
    zip_code = _ZIP_BESIDE.search(window[at - 1])
    if zip_code:
        out[at - 1] = window[at - 1][: zip_code.start()]
    return out + window[at + 1 :], zip_code.group(1) if zip_code else None


def _combined(after: str) -> tuple[Address | None, str | None]:
    """One column holding the name, "(a Pennsylvania corporation)", the address lines and the
    phone (a cover shared by several registrants): the lines between the two."""
    incorporated = _INCORPORATED_AS.search(after)
    if incorporated is None:
        return None, None
    lines: list[str] = []
    for line in (fold(x) for x in after[incorporated.end() :].split("\n")[:8]):
        if phone := PHONE.fullmatch(line):
            address = parse_address(", ".join(lines)) if lines else None
            return address, re.sub(r"\(\s*(\d{3})\s*\)\s*", r"(\1) ", phone.group(0))
        if line:
            lines.append(line)
    return None, None


def _former_name(cells: list[str]) -> str | None:
    """The company name above "(Former name or former address ...)": no address, no "N/A"."""
    at = next((i for i, c in enumerate(cells) if _FORMER_LABEL.match(c)), None)
    value = cells[at - 1].strip(" ,") if at else ""
    named = re.search(rf"\b{CORP_SUFFIX}\b", value) and not re.search(r"\d|\)$|:$", value)
    return value if named and not _NO_FORMER.match(value) else None


def _phone(after: str) -> str | None:
    label = _PHONE_LABEL.search(after)
    if not label:
        return None
    window = after[max(0, label.start() - 120) : label.end() + 120]
    at = label.start() - max(0, label.start() - 120)
    near = min(PHONE.finditer(window), key=lambda m: abs(m.start() - at), default=None)
    if near is None:
        return None
    # "+44 151 601 9477": a number abroad keeps the country code before its US-shaped digits.
    abroad = re.search(r"\+(?!1\b)\d{1,3}\s*$", window[: near.start()])
    found = f"{abroad.group(0).strip()} {near.group(0)}" if abroad else near.group(0)
    return re.sub(r"\(\s*(\d{3})\s*\)\s*", r"(\1) ", fold(found))


# 'Acme Optics, Inc. (the "Company") entered into': the name the items define the filer by.
_DEFINED = re.compile(
    rf"(?P<name>(?:[A-Z][\w&'’.-]*,?\s+){{0,6}}?[A-Z][\w&'’.-]*,?\s+{CORP_SUFFIX}\.?)"
    r"\s*\(\s*(?:the\s+)?[\"“](?:Company|Registrant)[\"”]\s*\)"
)


def defined_registrant(text: str) -> str | None:
    """The company the report's prose defines as "the Company" or "the Registrant" (a cover
    whose name is an image, a signature block without it)."""
    m = _DEFINED.search(fold(text))
    return m.group("name") if m else None
