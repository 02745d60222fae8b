"""Test-only: render a Form D ``edgarSubmission`` XML as the seed's PDF-to-text dump.

The layout is copied from ``tests/data/formd_text/000_4ecf89f82e1dc858.txt``: the
numbered headings, tab-separated cells with empty cells kept, a checked box written
"X Label" (and "XYes" in item 8), values after their label or on the line under a
row of labels, the ``\\$`` escapes, the cumulative garbage rows of item 5, the item 1
name cut at a column edge ("Name of Issuer Acme Widgets" for "Acme Widgets, Inc."),
the first related person inline and the later ones in a table, and the signature
table. Some of the seed's breakage is reproduced, deterministically by the person's
position: a checked label cut by a tab ("X Executiv<TAB>e Officer", "X Pro<TAB>omoter"),
a city and state run together with OCR litter, a last name glued to the next label
("DOE Street Address 1<TAB>JANE"). Cells longer than a signature-table column wrap
onto continuation lines. The fixed text is in ``tests/data/formd_pdftext/layout.txt``
(blocks of the seed's lines with ``{value}`` fields and «Label» check boxes).
"""

from __future__ import annotations

import re
import textwrap
from pathlib import Path

from lxml import etree

from kg.ingest.codes import CANADA, COUNTRIES, US_STATES

_El = etree._Element
_SLOT = re.compile(r"«([^»]*)»")
_CUT = 25  # where item 1 loses the end of the issuer's name (the seed: 25 characters)
_SIG_WIDTH = 32  # a signature-table cell wraps past this many characters

# The form's fixed text, cut out of the seed, with «Label» slots for its boxes.
_LAYOUT = Path(__file__).parents[1] / "data" / "formd_pdftext" / "layout.txt"
_BLOCKS = dict(
    block.split("\n", 1) for block in _LAYOUT.read_text(encoding="utf-8").split("@@ ")[1:]
)


def _pipes(text: str) -> list[str]:
    """Labels written "a | b | c"."""
    return [item.strip() for item in text.split("|")]


_YEARS = {
    "overFiveYears": "Over Five Years Ago",
    "withinFiveYears": "Within Last Five Years",
    "yetToBeFormed": "Yet to Be Formed",
}
_FUNDS = "«Hedge Fund» «Private Equity Fund» «Venture Capital Fund» «Other Investment Fund» "
_REV = _pipes(
    "No Revenues | \\$1 - \\$1,000,000 | \\$1,000,001 - \\$5,000,000 | \\$5,000,001 - \\$25,000,000"
    " | \\$25,000,001 - \\$100,000,000 | Over \\$100,000,000 | Decline to Disclose | Not Applicable"
)
_NAV = _pipes(
    "No Aggregate Net Asset Value | \\$1 - \\$5,000,000 | \\$5,000,001 - \\$25,000,000"
    " | \\$25,000,001 - \\$50,000,000 | \\$50,000,001 - \\$100,000,000 | Over \\$100,000,000"
    " | Decline to Disclose | Not Applicable"
)
# Item 6: EDGAR's exemption codes -> the box's label as the form prints it.
EXEMPTION_LABELS = {
    "04": "Rule 504(b)(1) (not (i), (ii) or (iii))",
    "04a": "Rule 504(b)(1) (not (i), (ii) or (iii))",
    **{f"04.{n}": f"Rule 504 (b)(1)({'i' * n})" for n in (1, 2, 3)},
    "05": "Rule 505",
    "06b": "Rule 506(b)",
    "06c": "Rule 506(c)",
    "4a5": "Securities Act Section 4(a)(5)",
    "3c": "Investment Company Act Section 3(c)",
    **{f"3c.{n}": f"Section 3(c)({n})" for n in range(1, 15)},
}
# ... and the slot of the seed's text that prints it: 3(c)(4) to (7) and (9) lose the
# head of "Section" at a column edge as in the seed.
_EXEMPT_SLOTS = {
    **EXEMPTION_LABELS,
    "3c": "Investment Company Act Sec",
    "3c.4": "Section\tn 3(c)(4)",
    **{f"3c.{n}": f"n 3(c)({n})" for n in (5, 6, 9)},
    "3c.7": "Sectio\tn 3(c)(7)",
}
# Pre-2013 boxes the seed's form no longer prints: written next to "Rule 506(c)".
OLD_EXEMPTIONS = {"06": "Rule 506", "4a6": "Securities Act Section 4(6)"}
_SECURITY_TAGS = dict(
    zip(
        _pipes(
            "isEquityType | isDebtType | isOptionToAcquireType | isSecurityToBeAcquiredType"
            " | isPooledInvestmentFundType | isTenantInCommonType | isMineralPropertyType"
            " | isOtherType"
        ),
        _pipes(
            "Equity | Debt | Option, Warrant or Other Right to Acquire Another Security | Security"
            " to be Acquired Upon Exercise of Option, Warrant or Other Right to Acquire Security"
            " | Pooled Investment Fund Interests | Tenant-in-Common Securities"
            " | Mineral Property Securities | Other (describe)"
        ),
        strict=True,
    )
)


# --- reading the XML ------------------------------------------------------------


def _parse(xml: bytes) -> _El:
    parser = etree.XMLParser(
        resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False
    )
    start = xml.find(b"<edgarSubmission")
    root = etree.fromstring(xml[start:], parser)
    for element in root.iter():
        if isinstance(element.tag, str):
            element.tag = etree.QName(element).localname
    return root


def _t(element: _El | None, path: str = ".") -> str:
    """Folded text at ``path`` ("" when absent)."""
    found = element.find(path) if element is not None else None
    return " ".join((found.text or "").split()) if found is not None else ""


def _flag(element: _El | None, path: str) -> bool:
    return _t(element, path).lower() in {"true", "y", "yes", "1"}


def _boxes(template: str, ticked: set[str]) -> str:
    """«Label» -> "X Label" when ticked, else "Label"."""
    return _SLOT.sub(lambda m: ("X " if m.group(1) in ticked else "") + m.group(1), template)


def _place(code: str, described: str) -> str:
    """A state or country as the form prints it: in full, in capitals."""
    code = code.upper()
    name = US_STATES.get(code) or CANADA.get(code) or COUNTRIES.get(code)
    return (name or described or code).upper()


def _money(text: str) -> str:
    return f"\\${int(text):,} USD" if text.isdigit() else f"\\${text} USD"


# --- items 1 to 3 ---------------------------------------------------------------


def _cut(name: str, width: int = _CUT) -> tuple[str, str]:
    """The name split where a column edge cuts it: before a space or comma, at ``width``."""
    if len(name) <= width:
        return name, ""
    at = max(name.rfind(" ", 0, width + 1), name.rfind(",", 0, width + 1))
    at = at if at > 0 else width
    return name[:at].rstrip(), name[at:].strip()


def _issuer(issuer: _El) -> list[str]:
    """Items 1 and 2 for one issuer."""
    kind = _t(issuer, "entityType")
    previous = [_t(p) for p in issuer.findall("edgarPreviousNameList/value")]
    previous = [p for p in previous if p and p.lower() != "none"]
    year = issuer.find("yearOfInc")
    ticked = {"Other (Specify)" if kind == "Other" else kind} | {
        label for tag, label in _YEARS.items() if _flag(year, tag)
    }
    head, tail = _cut(_t(issuer, "entityName"))
    address = issuer.find("issuerAddress")
    text = _BLOCKS["issuer"].format(
        previous="\t".join(previous) or "X None",
        cik=_t(issuer, "cik"),
        head=head,
        tail=tail,
        juris=_place(_t(issuer, "jurisdictionOfInc"), ""),
        other=f" {_t(issuer, 'entityTypeOtherDesc')}" if kind == "Other" else "",
        year=f" {_t(year, 'value')}" if _flag(year, "withinFiveYears") else "",
        phone=_t(issuer, "issuerPhoneNumber"),
        # "2": the seed's litter in an empty street box.
        **(_address(address) | {"street2": _t(address, "street2") or "2"}),
    )
    return _boxes(text, ticked).split("\n")[:-1]


def _address(address: _El | None) -> dict[str, str]:
    """Street, city, state or country in full, and ZIP code as the form prints them."""
    found = {tag: _t(address, tag) for tag in ("street1", "street2", "city")}
    code, said = _t(address, "stateOrCountry"), _t(address, "stateOrCountryDescription")
    return found | {"state": _place(code, said), "zip": _t(address, "zipCode")}


def _relationship(info: _El, index: int) -> str:
    """ "Relationship: X Executive Officer X Director Promoter", a tab cutting a checked
    label for every third person as in the seed's first block."""
    ticked = {_t(r) for r in info.findall("relatedPersonRelationshipList/relationship")}
    if index % 3 == 0:
        officer = ("X " if "Executive Officer" in ticked else "") + "Executiv\te Officer"
        promoter = ("X " if "Promoter" in ticked else "") + "Pro\tomoter"
        return f"Relationship: {officer} {_boxes('«Director»', ticked)} {promoter}\t\t"
    return _boxes("Relationship: «Executive Officer»\t«Director» «Promoter»\t", ticked)


def _person(info: _El, index: int) -> list[str]:
    """One related person: inline labels for the first, then the last name glued to the
    next label for the second, then a table for the others, as in the seed."""
    name = info.find("relatedPersonName")
    clarification = _t(info, "relationshipClarification")
    said = f"Clarification of Response (if Neces\tssary):\t{clarification}"
    layout = ("person_inline", "person_glued")[index] if index < 2 else "person_table"
    text = _BLOCKS[layout].format(
        **{part: _t(name, f"{part}Name") for part in ("last", "first", "middle")},
        **_address(info.find("relatedPersonAddress")),
        relationship=_relationship(info, index),
        said=said + "\n" if clarification or index else "",
    )
    return text.split("\n")[:-1]


# --- items 4 to 14 --------------------------------------------------------------


def _industry(data: _El | None) -> list[str]:
    group = _t(data, "industryGroup/industryGroupType").replace(" and ", " & ")
    fund = _t(data, "industryGroup/investmentFundInfo/investmentFundType")
    act = _t(data, "industryGroup/investmentFundInfo/is40Act").lower()
    text = _BLOCKS["industry"].format(
        funds=_FUNDS if fund else "",
        act={"true": "XYes No", "false": "Yes XNo"}.get(act, "Yes No"),
    )
    return _boxes(text, {group, fund}).split("\n")[:-1]


def _size(data: _El | None) -> list[str]:
    """Item 5's cumulative rows as the seed has them, the X in the last full one."""
    revenue = _t(data, "issuerSize/revenueRange")
    nav = _t(data, "issuerSize/aggregateNetAssetValueRange")
    lines = ["5. Issuer Size\t\t", "Revenue Range OR\tAggregate Net Asset Value Rang\te"]
    for n in range(1, len(_REV) + 1):
        lines.append(" ".join(_REV[:n]) + "\t" + " ".join(_NAV[:n]) + "\t")
    rev = [("X " if revenue and r.replace("\\$", "$") == revenue else "") + r for r in _REV]
    navs = [("X " if nav and r.replace("\\$", "$") == nav else "") + r for r in _NAV]
    lines.append(" ".join(rev) + "\t" + " ".join(navs) + "\t")
    return lines


def _exemptions(data: _El | None) -> list[str]:
    codes = {_t(i).lower() for i in data.findall("federalExemptionsExclusions/item")}
    old = " ".join(f"X {label}" for code, label in OLD_EXEMPTIONS.items() if code in codes)
    ticked = {_EXEMPT_SLOTS[c] for c in codes if c in _EXEMPT_SLOTS}
    return _boxes(_BLOCKS["size_tail"].format(old=old), ticked).split("\n")[:-1]


def _filing(data: _El | None) -> list[str]:
    """Items 7 and 8."""
    first_sale = data.find("typeOfFiling/dateOfFirstSale")
    amended = _flag(data, "typeOfFiling/newOrAmendment/isAmendment")
    ticked = {"Amendment" if amended else "New Notice"}
    if _flag(first_sale, "yetToOccur"):
        ticked.add("First Sale Yet\tto Occur")
    when = _t(first_sale, "value")
    more = _flag(data, "durationOfOffering/moreThanOneYear")
    return [
        "7. Type of Filing\t",
        _boxes(
            f"«New Notice» Date of First Sale {when + ' ' if when else ''}"
            "«First Sale Yet\tto Occur»",
            ticked,
        ),
        _boxes("«Amendment»\t", ticked),
        "8. Duration of Offering\t",
        "o. Duration of Offering\t",
        "Does the Issuer intend this offering to last more than\tone year? "
        + ("XYes No" if more else "Yes XNo"),
    ]


def _securities(data: _El | None) -> list[str]:
    types = data.find("typesOfSecuritiesOffered")
    ticked = {label for tag, label in _SECURITY_TAGS.items() if _flag(types, tag)}
    other = _t(types, "descriptionOfOtherType")
    text = _BLOCKS["securities"].format(other=f" {other}" if other else "")
    return _boxes(text, ticked).split("\n")[:-1]


def _compensation(data: _El | None) -> list[str]:
    """Item 12: "X None" when nobody is paid, else a row per recipient under the labels."""
    lines = ["12. Sales Compensation\t"]
    recipients = data.findall("salesCompensationList/recipient")
    named = [r for r in recipients if _t(r, "recipientName").lower() not in {"", "none"}]
    if not named:
        lines += [
            "Recipient\tRecipient CRD Number X None",
            "(Acceptated) Bushess on Declar V News\t(Associated) Broker or Dealer CRD",
            "(Associated) Broker or Dealer X None\tNumber X None",
        ]
    for recipient in named:
        crd = _t(recipient, "recipientCRDNumber")
        dealer = _t(recipient, "associatedBDName")
        lines += [
            "Recipient\tRecipient CRD Number",
            f"{_t(recipient, 'recipientName')}\t{crd if crd.lower() != 'none' else 'X None'}\t",
            f"(Associated) Broker or Dealer {dealer if dealer.lower() != 'none' else 'X None'}"
            "\t(Associated) Broker or Dealer CRD Number",
            *_states(recipient),
        ]
    return lines + (_BLOCKS["states"].split("\n")[:-1] if not named else [])


# A state checked is printed by name, as the XML's <description> beside its code spells it.
_STATE_NAMES = {code: name.upper() for code, name in US_STATES.items()}


def _states(recipient: _El) -> list[str]:
    """Item 12's state boxes under a recipient, the seed's lines with the marks written:
    an X before "Foreign/non-US" and "All States" when ticked, the states checked by name
    after the "States" label (the seed, with no recipient, shows none ticked)."""
    listed = recipient.find("statesOfSolicitationList")
    written = [_t(c) for c in (listed if listed is not None else ()) if c.tag != "description"]
    every = any(w.lower() == "all states" for w in written)
    names = [_STATE_NAMES.get(w, w) for w in written if w.lower() != "all states"]
    foreign = "X " if _flag(recipient, "foreignSolicitation") else ""
    head = _BLOCKS["states"].split("\n")[:2]
    return [
        *head,
        f"State(s) of Solicitation (select all that apply)\t{foreign}Foreign/non-US",
        'Check "All States" or check individual States\t' + ("X All States" if every else ""),
        "States\t" + ", ".join(names),
    ]


def _amount(label: str, written: str, open_ended: bool) -> str:
    """Item 13: "$N USD or Indefinite", "USD or X Indefinite" when indefinite."""
    if written.lower().startswith("indefinite"):
        return f"{label} USD or X Indefinite\t"
    return f"{label} {_money(written)}" + (" or Indefinite\t" if open_ended else "\t")


def _offering_tail(data: _El | None) -> list[str]:
    """Items 10, 11, 13 and 14 (item 12 between them)."""
    amounts = data.find("offeringSalesAmounts")
    minimum = _money(_t(data, "minimumInvestmentAccepted") or "0")
    item_13 = _BLOCKS["amounts"].format(
        offering=_amount("Total Offering Amount", _t(amounts, "totalOfferingAmount"), True),
        sold=_amount("Total Amount Sold", _t(amounts, "totalAmountSold"), False),
        remaining=_amount("Total Remaining to be Sold", _t(amounts, "totalRemaining"), True),
        accredited="X " if _flag(data, "investors/hasNonAccreditedInvestors") else "",
        investors=_t(data, "investors/totalNumberAlreadyInvested"),
    )
    return [
        *_BLOCKS["minimum"].format(minimum=minimum).split("\n")[:-1],
        *_compensation(data),
        *item_13.split("\n")[:-1],
    ]


def _signature_rows(root: _El) -> list[str]:
    """One row per signature; a cell wider than its column goes on under it."""
    rows = []
    for signature in root.findall(".//signatureBlock/signature"):
        cells = [
            _t(signature, tag)
            for tag in ("issuerName", "signatureName", "nameOfSigner", "signatureTitle")
        ]
        cells.append(_t(signature, "signatureDate"))
        wrapped = [textwrap.wrap(cell, _SIG_WIDTH) or [""] for cell in cells]
        for depth in range(max(len(w) for w in wrapped)):
            rows.append("\t".join(w[depth] if depth < len(w) else "" for w in wrapped))
    return rows


def render(xml: bytes) -> str:
    """The whole dump of one Form D, co-issuers' items 1 and 2 after the primary's."""
    root = _parse(xml)
    data = root.find(".//offeringData")
    lines = _BLOCKS["head"].split("\n")
    for issuer in [root.find(".//primaryIssuer"), *root.findall(".//issuerList/issuer")]:
        lines += _issuer(issuer)
    lines.append("3. Related Persons\t\t\t\t")
    for index, info in enumerate(root.findall(".//relatedPersonsList/relatedPersonInfo")):
        lines += _person(info, index)
    lines += [
        *_industry(data),
        *_size(data),
        *_exemptions(data),
        *_filing(data),
        *_securities(data),
        *_offering_tail(data),
        *_BLOCKS["tail"].split("\n")[:-1],
        *_signature_rows(root),
    ]
    return "\n".join(lines) + "\n\n" + _BLOCKS["foot"]
