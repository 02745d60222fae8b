"""Test-only: render a Form D ``edgarSubmission`` XML as EDGAR's HTML view of it.

EDGAR serves every Form D twice: the XML (``primary_doc.xml``) and the page its
stylesheet makes of it (``xslFormDX01/primary_doc.xml``), which is what a browser
shows and what the seed printed to PDF. No copy of that page is in reach (not in
the corpus, not in the library), so this renderer is built from two sources:

- the seed's print (``tests/data/formd_text/000_4ecf89f82e1dc858.txt``) for the
  wording and order of every label, box and value; and
- the page's structure as public scrapers of the live page rely on it: one
  ``<table summary="...">`` per item ("Issuer Identity Information", "Related
  Persons", "Offering and Sales Amounts", ...), rows of ``<th>`` labels with the
  values in the ``<td>`` cells of the row under them, and a check box as a cell of
  its own holding "X" when ticked (empty otherwise) before the cell with its label.

What is *not* known, and so is varied by the tests rather than assumed: whether an
unticked box is an empty cell or a "☐"-like glyph, and whether a box and its label
share a cell.
"""

from __future__ import annotations

from html import escape

from tests.layout.formd_pdftext import (
    _NAV,
    _REV,
    _SECURITY_TAGS,
    _STATE_NAMES,
    _YEARS,
    EXEMPTION_LABELS,
    OLD_EXEMPTIONS,
    _El,
    _flag,
    _parse,
    _place,
    _t,
)

_INDUSTRY = (
    "Agriculture",
    "Banking & Financial Services",
    "Commercial Banking",
    "Insurance",
    "Investing",
    "Investment Banking",
    "Pooled Investment Fund",
    "Other Banking & Financial Services",
    "Business Services",
    "Energy",
    "Coal Mining",
    "Electric Utilities",
    "Energy Conservation",
    "Environmental Services",
    "Oil & Gas",
    "Other Energy",
    "Health Care",
    "Biotechnology",
    "Health Insurance",
    "Hospitals & Physicians",
    "Pharmaceuticals",
    "Other Health Care",
    "Manufacturing",
    "Real Estate",
    "Commercial",
    "Construction",
    "REITS & Finance",
    "Residential",
    "Other Real Estate",
    "Retailing",
    "Restaurants",
    "Technology",
    "Computers",
    "Telecommunications",
    "Other Technology",
    "Travel",
    "Airlines & Airports",
    "Lodging & Conventions",
    "Tourism & Travel Services",
    "Other Travel",
    "Other",
)
# Group headings of item 4 are printed without a box.
_HEADINGS = {"Banking & Financial Services", "Energy", "Health Care", "Real Estate"}
_HEADINGS |= {"Technology", "Travel"}
_FUNDS = ("Hedge Fund", "Private Equity Fund", "Venture Capital Fund", "Other Investment Fund")
_ENTITY_TYPES = (
    "Corporation",
    "Limited Partnership",
    "Limited Liability Company",
    "General Partnership",
    "Business Trust",
    "Other (Specify)",
)


class Style:
    """How boxes are drawn: an unticked box's text, and a box in its label's cell."""

    def __init__(self, tick: str = "X", empty: str = "&#160;", same_cell: bool = False) -> None:
        self.tick = tick
        self.empty = empty
        self.same_cell = same_cell

    def box(self, label: str, ticked: bool) -> str:
        mark = self.tick if ticked else self.empty
        if self.same_cell:
            return f'<td class="FormText"><span class="CheckBox">{mark}</span> {escape(label)}</td>'
        return f'<td class="CheckBox">{mark}</td><td class="FormText">{escape(label)}</td>'


def _table(summary: str, rows: list[str]) -> str:
    body = "".join(f"<tr>{row}</tr>" for row in rows)
    return f'<table summary="{summary}" width="100%" border="0"><tbody>{body}</tbody></table>'


def _th(*labels: str) -> str:
    return "".join(f'<th class="FieldLabel">{escape(label)}</th>' for label in labels)


def _td(*values: str) -> str:
    return "".join(f'<td class="FormData">{escape(value) or "&#160;"}</td>' for value in values)


def _boxes(style: Style, labels: tuple[str, ...] | list[str], ticked: set[str]) -> str:
    """A nested table, one box per row."""
    rows = [style.box(label, label in ticked) for label in labels]
    return "<table>" + "".join(f"<tr>{row}</tr>" for row in rows) + "</table>"


def _address_rows(address: _El | None, zip_label: str = "ZIP/PostalCode") -> list[str]:
    code, said = _t(address, "stateOrCountry"), _t(address, "stateOrCountryDescription")
    return [
        _th("Street Address 1", "Street Address 2"),
        _td(_t(address, "street1"), _t(address, "street2")),
        _th("City", "State/Province/Country", zip_label),
        _td(_t(address, "city"), _place(code, said), _t(address, "zipCode")),
    ]


def _issuer(issuer: _El, style: Style) -> str:
    kind = _t(issuer, "entityType")
    ticked = {"Other (Specify)" if kind == "Other" else kind}
    previous = [_t(p) for p in issuer.findall("edgarPreviousNameList/value")]
    previous = [p for p in previous if p and p.lower() != "none"]
    year = issuer.find("yearOfInc")
    years = {label for tag, label in _YEARS.items() if _flag(year, tag)}
    cik = _t(issuer, "cik")
    other = _t(issuer, "entityTypeOtherDesc") if kind == "Other" else ""
    identity = [
        _th("CIK (Filer ID Number)", "Previous Names")
        + style.box("None", not previous)
        + _th("Entity Type"),
        f'<td><a href="/cgi-bin/browse-edgar?action=getcompany&amp;CIK={cik}">{cik}</a></td>'
        + _td(", ".join(previous))
        + f"<td>{_boxes(style, _ENTITY_TYPES, ticked)}</td>"
        + _td(other),
        _th("Name of Issuer"),
        _td(_t(issuer, "entityName")),
        _th("Jurisdiction of Incorporation/Organization"),
        _td(_place(_t(issuer, "jurisdictionOfInc"), "")),
        _th("Year of Incorporation/Organization"),
        f"<td>{_boxes(style, list(_YEARS.values()), years)}</td>"
        + _td(_t(year, "value") if _flag(year, "withinFiveYears") else ""),
    ]
    address = issuer.find("issuerAddress")
    contact = [
        _th("Name of Issuer"),
        _td(_t(issuer, "entityName")),
        *_address_rows(address),
        _th("Phone Number of Issuer"),
        _td(_t(issuer, "issuerPhoneNumber")),
    ]
    return (
        "<h2>1. Issuer's Identity</h2>"
        + _table("Issuer Identity Information", identity)
        + "<h2>2. Principal Place of Business and Contact Information</h2>"
        + _table("Principal Place of Business and Contact Information", contact)
    )


def _person(info: _El, style: Style) -> str:
    name = info.find("relatedPersonName")
    ticked = {_t(r) for r in info.findall("relatedPersonRelationshipList/relationship")}
    relationship = "".join(
        style.box(label, label in ticked) for label in ("Executive Officer", "Director", "Promoter")
    )
    rows = [
        _th("Last Name", "First Name", "Middle Name"),
        _td(*(_t(name, f"{part}Name") for part in ("last", "first", "middle"))),
        *_address_rows(info.find("relatedPersonAddress")),
        '<td class="FieldLabel">Relationship:</td>' + relationship,
        '<td class="FieldLabel">Clarification of Response (if Necessary):</td>'
        + _td(_t(info, "relationshipClarification")),
    ]
    return _table("Related Persons", rows)


def _industry(data: _El | None, style: Style) -> str:
    group = _t(data, "industryGroup/industryGroupType").replace(" and ", " & ")
    fund = _t(data, "industryGroup/investmentFundInfo/investmentFundType")
    act = _t(data, "industryGroup/investmentFundInfo/is40Act").lower()
    rows = []
    for label in _INDUSTRY:
        if label in _HEADINGS:
            rows.append(f'<td colspan="2" class="FormText">{escape(label)}</td>')
            continue
        rows.append(style.box(label, label == group))
        if label == "Pooled Investment Fund" and fund:
            rows.extend(style.box(f, f == fund) for f in _FUNDS)
            rows.append(
                '<td colspan="2">Is the issuer registered as an investment company under the'
                " Investment Company Act of 1940?</td>"
            )
            rows.append(style.box("Yes", act == "true") + style.box("No", act == "false"))
    return "<h2>4. Industry Group</h2>" + _table("Industry Group", rows)


def _size(data: _El | None, style: Style) -> str:
    revenue = _t(data, "issuerSize/revenueRange")
    nav = _t(data, "issuerSize/aggregateNetAssetValueRange")
    revs = [r.replace("\\$", "$") for r in _REV]
    navs = [n.replace("\\$", "$") for n in _NAV]
    rows = [_th("Revenue Range", "OR", "Aggregate Net Asset Value Range")]
    for rev, amount in zip(revs, navs, strict=True):
        rows.append(style.box(rev, rev == revenue) + "<td></td>" + style.box(amount, amount == nav))
    return "<h2>5. Issuer Size</h2>" + _table("Issuer Size", rows)


def _exemptions(data: _El | None, style: Style) -> str:
    codes = {_t(i).lower() for i in data.findall("federalExemptionsExclusions/item")}
    labels = list(dict.fromkeys(EXEMPTION_LABELS.values()))
    labels += [label for code, label in OLD_EXEMPTIONS.items() if code in codes]
    ticked = {label for code, label in (EXEMPTION_LABELS | OLD_EXEMPTIONS).items() if code in codes}
    rows = [style.box(label, label in ticked) for label in labels]
    return (
        "<h2>6. Federal Exemption(s) and Exclusion(s) Claimed (select all that apply)</h2>"
        + _table("Federal Exemptions and Exclusions Claimed", rows)
    )


def _filing(data: _El | None, style: Style) -> str:
    """Items 7 and 8."""
    first_sale = data.find("typeOfFiling/dateOfFirstSale")
    amended = _flag(data, "typeOfFiling/newOrAmendment/isAmendment")
    more = _flag(data, "durationOfOffering/moreThanOneYear")
    filing = [
        style.box("New Notice", not amended)
        + '<td class="FieldLabel">Date of First Sale</td>'
        + _td(_t(first_sale, "value"))
        + style.box("First Sale Yet to Occur", _flag(first_sale, "yetToOccur")),
        style.box("Amendment", amended),
    ]
    duration = [
        '<td class="FormText">Does the Issuer intend this offering to last more than one'
        " year?</td>" + style.box("Yes", more) + style.box("No", not more)
    ]
    return (
        "<h2>7. Type of Filing</h2>"
        + _table("Type of Filing", filing)
        + "<h2>8. Duration of Offering</h2>"
        + _table("Duration of Offering", duration)
    )


def _securities(data: _El | None, style: Style) -> str:
    types = data.find("typesOfSecuritiesOffered")
    ticked = {label for tag, label in _SECURITY_TAGS.items() if _flag(types, tag)}
    rows = [style.box(label, label in ticked) for label in _SECURITY_TAGS.values()]
    rows[-1] += _td(_t(types, "descriptionOfOtherType"))
    return "<h2>9. Type(s) of Securities Offered (select all that apply)</h2>" + _table(
        "Types of Securities Offered", rows
    )


def _combination(data: _El | None, style: Style) -> str:
    combined = _flag(data, "businessCombinationTransaction/isBusinessCombinationTransaction")
    rows = [
        '<td class="FormText">Is this offering being made in connection with a business'
        " combination transaction, such as a merger, acquisition or exchange offer?</td>"
        + style.box("Yes", combined)
        + style.box("No", not combined),
        '<td class="FieldLabel">Clarification of Response (if Necessary):</td>'
        + _td(_t(data, "businessCombinationTransaction/clarificationOfResponse")),
    ]
    minimum = _t(data, "minimumInvestmentAccepted") or "0"
    return (
        "<h2>10. Business Combination Transaction</h2>"
        + _table("Business Combination Transaction", rows)
        + "<h2>11. Minimum Investment</h2>"
        + _table(
            "Minimum Investment",
            ['<td class="FormText">Minimum investment accepted from any outside investor</td>'
             + _td(_money(minimum))],
        )
    )  # fmt: skip


def _money(text: str) -> str:
    return f"${int(text):,} USD" if text.isdigit() else f"${text} USD"


def _compensation(data: _El | None, style: Style) -> str:
    tables = []
    recipients = data.findall("salesCompensationList/recipient")
    named = [r for r in recipients if _t(r, "recipientName").lower() not in {"", "none"}]
    for recipient in named or [None]:
        crd = _t(recipient, "recipientCRDNumber")
        dealer = _t(recipient, "associatedBDName")
        dealer_crd = _t(recipient, "associatedBDCRDNumber")
        listed = recipient.find("statesOfSolicitationList") if recipient is not None else None
        # A state checked shows by name (its <description>, else its code); "All States"
        # and "Foreign/non-US" are boxes.
        states = [
            _t(c) for c in (listed if listed is not None else ()) if c.tag in ("value", "state")
        ]
        names = [_STATE_NAMES.get(s, s) for s in states if s != "All States"]
        rows = [
            _th("Recipient", "Recipient CRD Number"),
            _td(_t(recipient, "recipientName") if recipient is not None else "")
            + _none(crd, style),
            _th("(Associated) Broker or Dealer", "(Associated) Broker or Dealer CRD Number"),
            _none(dealer, style) + _none(dealer_crd, style),
            *_address_rows(
                recipient.find("recipientAddress") if recipient is not None else None,
                "ZIP/Postal Code",
            ),
            '<td class="FieldLabel">State(s) of Solicitation (select all that apply)<br/>'
            'Check "All States" or check individual States</td>'
            + style.box("All States", "All States" in states)
            + style.box("Foreign/non-US", _flag(recipient, "foreignSolicitation"))
            + _td(", ".join(names)),
        ]
        tables.append(_table("Sales Compensation", rows))
    return "<h2>12. Sales Compensation</h2>" + "".join(tables)


def _none(value: str, style: Style) -> str:
    """A cell that is a value, or a ticked "None" box when the filer said none."""
    if value and value.lower() != "none":
        return _td(value)
    return f"<td><table><tr>{style.box('None', True)}</tr></table></td>"


def _amount(label: str, written: str, open_ended: bool, style: Style) -> str:
    row = f'<td class="FieldLabel">{label}</td>'
    if written.lower().startswith("indefinite"):
        return row + _td("USD") + "<td>or</td>" + style.box("Indefinite", True)
    row += _td(_money(written))
    return row + ("<td>or</td>" + style.box("Indefinite", False) if open_ended else "")


def _amounts(data: _El | None, style: Style) -> str:
    amounts = data.find("offeringSalesAmounts")
    rows = [
        _amount("Total Offering Amount", _t(amounts, "totalOfferingAmount"), True, style),
        _amount("Total Amount Sold", _t(amounts, "totalAmountSold"), False, style),
        _amount("Total Remaining to be Sold", _t(amounts, "totalRemaining"), True, style),
        '<td class="FieldLabel">Clarification of Response (if Necessary):</td>'
        + _td(_t(amounts, "clarificationOfResponse")),
    ]
    investors = [
        style.box(
            "Select if securities in the offering have been or may be sold to persons who do"
            " not qualify as accredited investors, and enter the number of such non-accredited"
            " investors who already have invested in the offering.",
            _flag(data, "investors/hasNonAccreditedInvestors"),
        )
        + _td(_t(data, "investors/numberNonAccreditedInvestors")),
        '<td class="FormText">Regardless of whether securities in the offering have been or'
        " may be sold to persons who do not qualify as accredited investors, enter the total"
        " number of investors who already have invested in the offering:</td>"
        + _td(_t(data, "investors/totalNumberAlreadyInvested")),
    ]
    return (
        "<h2>13. Offering and Sales Amounts</h2>"
        + _table("Offering and Sales Amounts", rows)
        + "<h2>14. Investors</h2>"
        + _table("Investors", investors)
    )


def _signatures(root: _El) -> str:
    rows = [_th("Issuer", "Signature", "Name of Signer", "Title", "Date")]
    for signature in root.findall(".//signatureBlock/signature"):
        tags = ("issuerName", "signatureName", "nameOfSigner", "signatureTitle", "signatureDate")
        rows.append(_td(*(_t(signature, tag) for tag in tags)))
    return (
        "<h2>Signature and Submission</h2>"
        "<p>Please verify the information you have entered and review the Terms of Submission"
        " below before signing and clicking SUBMIT below to file this notice.</p>"
        "<p>Each Issuer identified above has read this notice, knows the contents to be true,"
        " and has duly caused this notice to be signed on its behalf by the undersigned duly"
        " authorized person.</p>" + _table("Signature Block", rows)
    )


_HEAD = (
    "<html><head><title>SEC FORM D</title><style>.FormData{{color:blue}}</style></head><body>"
    '<table summary="Form D Header Information"><tr><td>The Securities and Exchange Commission'
    " has not necessarily reviewed the information in this filing and has not determined if"
    " it is accurate and complete.<br/>The reader should not assume that the information is"
    " accurate and complete.</td></tr><tr><td>UNITED STATES SECURITIES AND EXCHANGE COMMISSION"
    '<br/>Washington, D.C. 20549</td><td><span class="FormTitle">FORM {form}</span></td>'
    "<td>OMB APPROVAL<br/>OMB Number: 3235-0076</td></tr></table>"
    "<h1>Notice of Exempt Offering of Securities</h1>"
)


def render(xml: bytes, style: Style | None = None) -> str:
    """The page of one Form D: co-issuers' items 1 and 2 after the primary issuer's."""
    style = style or Style()
    root = _parse(xml)
    data = root.find(".//offeringData")
    form = _t(root, "submissionType") or "D"
    parts = [_HEAD.format(form=escape(form))]
    for issuer in [root.find(".//primaryIssuer"), *root.findall(".//issuerList/issuer")]:
        parts.append(_issuer(issuer, style))
    parts.append("<h2>3. Related Persons</h2>")
    parts += [_person(i, style) for i in root.findall(".//relatedPersonsList/relatedPersonInfo")]
    parts += [
        _industry(data, style),
        _size(data, style),
        _exemptions(data, style),
        _filing(data, style),
        _securities(data, style),
        _combination(data, style),
        _compensation(data, style),
        _amounts(data, style),
        _signatures(root),
        "</body></html>",
    ]
    return "".join(parts)
