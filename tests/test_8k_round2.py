"""Round 2 on the 8-K covers and agreements: the classes held-out set 2 (tests/data/heldout/
eightk2) left open, each checked on a small made-up document of its own layout or wording."""

from __future__ import annotations

from datetime import date

from kg.extract import agreement as agreement_reader
from kg.extract import form8k
from kg.extract.agreement_amends import amended
from kg.extract.agreement_signatures import columns
from kg.extract.form8k_registrants import registrants
from kg.extract.parties import Parties
from kg.ingest import read_bytes
from kg.model import Agreement, EntityFacts, EntityRef, Extraction, Signature, Source


def _read(text: str, name: str = "doc.txt") -> Extraction:
    doc = read_bytes(text.encode(), name)
    reader = form8k if form8k.detect(doc) else agreement_reader
    return reader.extract(doc)


def _facts(x: Extraction) -> dict[str, EntityFacts]:
    return {f.entity.name: f for f in x.facts if isinstance(f, EntityFacts)}


def _signatures(x: Extraction) -> list[tuple[str, str | None, str | None]]:
    return [
        (g.signer.name, g.title, g.on_behalf_of.name if g.on_behalf_of else None)
        for g in x.facts
        if isinstance(g, Signature)
    ]


def _agreements(x: Extraction) -> list[Agreement]:
    return [f for f in x.facts if isinstance(f, Agreement)]


_HEAD = """UNITED STATES
SECURITIES AND EXCHANGE COMMISSION
FORM 8-K
CURRENT REPORT
Date of Report (Date of earliest event reported): March 3, 2021
"""

# --- co-registrant covers ----------------------------------------------------------------

_TABLE_COVER = (
    _HEAD
    + """
Commission\tRegistrant; State of Incorporation;\tIRS Employer
File Number\tAddress and Telephone Number\tIdentification No.
1-1111\tExampla Holdings Corporation\t11-1111111
(An Ohio Corporation)
10 Main Street
Columbus, Ohio 43215
(614) 555-0101
1-2222\tExampla Power Company\t22-2222222
(A West Virginia Corporation)
20 River Road
Charleston, West Virginia 25301
(304) 555-0102

Check the appropriate box below if the Form 8-K filing is intended to satisfy ...

Item 8.01 Other Events.
Exampla Power Company redeemed its bonds.

SIGNATURES
Pursuant to the requirements of the Securities Exchange Act of 1934, each registrant has
duly caused this report to be signed on its behalf.

EXAMPLA HOLDINGS CORPORATION
By: /s/ Jane Q. Roe
Jane Q. Roe
Treasurer

EXAMPLA POWER COMPANY
By: /s/ Jane Q. Roe
Jane Q. Roe
Assistant Treasurer
"""
)


def test_table_of_registrants_gives_each_its_own_company() -> None:
    """ "Commission File Number | Registrant; State; Address | IRS No." with one row per
    registrant: the first row is the registrant, the next its co-registrant."""
    x = _read(_TABLE_COVER)
    assert x.document.subject is not None
    assert x.document.subject.name == "Exampla Holdings Corporation"
    facts = _facts(x)
    holding, power = facts["Exampla Holdings Corporation"], facts["Exampla Power Company"]
    assert (holding.jurisdiction, holding.file_number, holding.irs_number) == (
        "Ohio",
        "1-1111",
        "11-1111111",
    )
    assert (power.jurisdiction, power.file_number, power.irs_number, power.phone) == (
        "West Virginia",
        "1-2222",
        "22-2222222",
        "(304) 555-0102",
    )
    assert power.addresses[0].city == "Charleston"
    assert _signatures(x) == [
        ("Jane Q. Roe", "Treasurer", "Exampla Holdings Corporation"),
        ("Jane Q. Roe", "Assistant Treasurer", "Exampla Power Company"),
    ]


def test_table_row_joined_by_spaces_is_read() -> None:
    """An HTML print folded to text: "2-1111 Exampla Gas Company 61-1111111" on one line."""
    text = _TABLE_COVER.replace(
        "1-1111\tExampla Holdings Corporation\t11-1111111",
        "1-1111 Exampla Holdings Corporation 11-1111111",
    )
    found = registrants(text)
    assert [(r.name, r.file_number, r.irs_number) for r in found] == [
        ("Exampla Holdings Corporation", "1-1111", "11-1111111"),
        ("Exampla Power Company", "1-2222", "22-2222222"),
    ]


_STACKED_COVER = (
    _HEAD
    + """
EXAMPLA REALTY TRUST, INC.
EXAMPLA REALTY OPERATING PARTNERSHIP, L.P.
(Exact name of registrant as specified in its charter)

Maryland (Exampla Realty Trust, Inc.)\t001-11111\t11-1111111
Delaware (Exampla Realty Operating Partnership, L.P.)\t333-22222-01\t22-2222222
(State or other jurisdiction of incorporation)\t(Commission File Number)\t(IRS Employer No.)

1 Harbor Way, Baltimore, Maryland\t21202
(Address of principal executive offices)\t(Zip Code)

Check the appropriate box below if the Form 8-K filing is intended to satisfy ...

Item 1.01 Entry into a Material Definitive Agreement.
On March 3, 2021, Exampla Realty Operating Partnership, L.P. (the "Operating Partnership"),
the operating partnership of Exampla Realty Trust, Inc. (the "Company"), entered into a
Credit Agreement (the "Credit Agreement") with the Company, as guarantor, and Example Bank,
N.A., as agent.

SIGNATURES
Pursuant to the requirements of the Securities Exchange Act of 1934, the registrant has duly
caused this report to be signed on its behalf.

EXAMPLA REALTY TRUST, INC.
By: /s/ John A. Doe
Name: John A. Doe
Title: Chief Financial Officer

EXAMPLA REALTY OPERATING PARTNERSHIP, L.P.
By: Exampla Realty Trust, Inc., its general partner
By: /s/ John A. Doe
Name: John A. Doe
Title: Chief Financial Officer
"""
)


def test_stacked_registrant_names_each_read_with_its_row() -> None:
    """Two names above the name label, "Maryland (Name) 001-... 11-..." rows under it: the
    first name is the registrant (not the line nearest the label), the second its own company;
    the partnership signs through its general partner."""
    x = _read(_STACKED_COVER)
    assert x.document.subject is not None
    assert x.document.subject.name == "Exampla Realty Trust, Inc."
    facts = _facts(x)
    trust = facts["Exampla Realty Trust, Inc."]
    partnership = facts["Exampla Realty Operating Partnership, L.P."]
    assert (trust.jurisdiction, trust.file_number, trust.irs_number) == (
        "Maryland",
        "001-11111",
        "11-1111111",
    )
    assert (partnership.jurisdiction, partnership.file_number, partnership.irs_number) == (
        "Delaware",
        "333-22222-01",
        "22-2222222",
    )
    assert [s[2] for s in _signatures(x)] == [
        "Exampla Realty Trust, Inc.",
        "Exampla Realty Operating Partnership, L.P.",
    ]
    [credit] = _agreements(x)
    assert "Exampla Realty Trust, Inc." in [p.name for p in credit.parties]


def test_one_registrant_cover_has_no_co_registrants() -> None:
    single = _STACKED_COVER.replace("EXAMPLA REALTY OPERATING PARTNERSHIP, L.P.\n(Exact", "(Exact")
    assert registrants(single) == []


def test_commission_file_number_printed_above_the_name() -> None:
    text = _HEAD + (
        "\nCommission File Number: 001-33333\n\nExampla Devices Corp.\n"
        "(Exact name of registrant as specified in its charter)\n\nDelaware\t33-3333333\n"
        "(State or other jurisdiction of incorporation)\t(I.R.S. Employer Identification No.)\n"
        "\nItem 8.01 Other Events.\nNothing.\n"
    )
    facts = _facts(_read(text))["Exampla Devices Corp."]
    assert (facts.file_number, facts.irs_number) == ("001-33333", "33-3333333")


def test_section_12b_read_on_a_cover_without_name_label() -> None:
    """A combined cover has no "(Exact name of registrant ...)" label; its 12(b) table with
    a Registrant column still gives the registrant's ticker."""
    text = _TABLE_COVER.replace(
        "Item 8.01",
        "Securities registered pursuant to Section 12(b) of the Act:\n"
        "Registrant  Title of each class  Trading Symbol(s)  Name of each exchange\n"
        "Exampla Holdings Corporation  Common Stock, no par value  EXH  New York Stock Exchange\n\n"
        "Item 8.01",
    )
    holding = _facts(_read(text))["Exampla Holdings Corporation"]
    assert (holding.ticker, holding.exchange) == ("EXH", "New York Stock Exchange")


# --- agreement exhibits: signatures and jurisdictions ---------------------------------------

_EXHIBIT = """Exhibit 10.1

SERVICES AGREEMENT

This SERVICES AGREEMENT (this "Agreement") is entered into as of May 1, 2020, by and
between Exampla Midstream, L.P., a Delaware limited partnership ("Provider"), and Exampla
Widgets AG, a stock corporation organized under the laws of Switzerland ("Customer").

IN WITNESS WHEREOF, the parties have executed this Agreement as of the date first above
written.

{sigs}
"""


def _exhibit(sigs: str) -> Extraction:
    return _read(_EXHIBIT.format(sigs=sigs), "ex10.txt")


def test_stock_corporation_under_the_laws_of_a_country() -> None:
    x = _exhibit("")
    assert _facts(x)["Exampla Widgets AG"].jurisdiction == "Switzerland"


def test_signature_through_a_general_partner_is_the_partnerships() -> None:
    x = _exhibit(
        "EXAMPLA MIDSTREAM, L.P.\nBy: Exampla GP, LLC,\n    its general partner\n\n"
        "    By: /s/ Ann B. Smith\n    Name: Ann B. Smith\n    Title: President\n"
    )
    assert _signatures(x) == [("Ann B. Smith", "President", "Exampla Midstream, L.P.")]


def test_side_by_side_signature_columns_in_fixed_width() -> None:
    sigs = (
        "EXAMPLA MIDSTREAM, L.P.                      EXAMPLA WIDGETS AG\n\n"
        "By: /s/ Ann B. Smith                         By: /s/ Carl D. Jones\n"
        "Name: Ann B. Smith                           Name: Carl D. Jones\n"
        "Title: President                             Title: Director\n"
    )
    unzipped = columns(sigs).split("\n")
    assert unzipped.index("By: /s/ Carl D. Jones") > unzipped.index("Title: President")
    assert sorted(_signatures(_exhibit(sigs))) == [
        ("Ann B. Smith", "President", "Exampla Midstream, L.P."),
        ("Carl D. Jones", "Director", "Exampla Widgets AG"),
    ]


def test_persons_own_signature_under_a_company_block() -> None:
    """A bare "/s/ Name" with no title under the last company's block: the person signs."""
    x = _exhibit(
        "EXAMPLA MIDSTREAM, L.P.\nBy: /s/ Ann B. Smith\nName: Ann B. Smith\nTitle: President\n\n"
        "/s/ Dana E. Black\n------------------\nDANA E. BLACK\n"
    )
    assert ("Dana E. Black", None, None) in _signatures(x)


def test_jurisdiction_of_a_party_described_only_on_its_signature_page() -> None:
    text = _EXHIBIT.replace(
        "by and\nbetween Exampla Midstream",
        "by and\namong the Borrowers named below and Exampla Midstream",
    ).format(
        sigs="BORROWERS:\nEXAMPLA SURGICAL, LLC,\na Minnesota limited liability company\n"
        "By: /s/ Ann B. Smith\nName: Ann B. Smith\nTitle: President\n"
    )
    x = _read(text, "ex10.txt")
    assert _facts(x)["EXAMPLA SURGICAL, LLC"].jurisdiction == "Minnesota"


# --- 8-K agreements: parties -----------------------------------------------------------------


def _item(body: str, note: str = "", exhibits: str = "") -> Extraction:
    cover = (
        _HEAD + "\nExampla Devices Corp.\n(Exact name of registrant as specified in its charter)\n"
    )
    return _read(
        f"{cover}\n{note}\nItem 1.01 Entry into a Material Definitive Agreement.\n{body}\n"
        f"{exhibits}"
    )


def test_merger_sub_is_no_company() -> None:
    x = _item(
        'On March 3, 2021, Exampla Devices Corp. (the "Company") entered into an Agreement and '
        'Plan of Merger (the "Merger Agreement") with Exampla Parent Inc. ("Parent") and '
        'Exampla Acquisition Corp., a Delaware corporation ("Merger Sub"). Certain of the '
        "Company's stockholders "
        'entered into support agreements with Parent and Merger Sub (the "Support '
        'Agreements").'
    )
    names = {p.name for a in _agreements(x) for p in a.parties}
    assert "Merger Sub" not in names
    assert "Exampla Acquisition Corp." in names


def test_short_alias_opening_another_companys_name_is_no_mention() -> None:
    """ "Acme" defined for Acme Bancorp is no mention of it in "Acme Savings Bank"."""
    x = _item(
        "On March 3, 2021, Exampla Devices Corp. entered into an Agreement and Plan of Merger "
        '(the "Merger Agreement") with Pruitt Bancorp, Inc. ("Pruitt"). Immediately '
        "following the merger, Pruitt Savings Bank, the wholly owned bank subsidiary of "
        "Pruitt, will merge with and into Exampla Community Bank, pursuant to a Bank Merger "
        "Agreement, dated as of March 3, 2021, between Exampla Community Bank and Pruitt "
        "Savings Bank."
    )
    bank = next(a for a in _agreements(x) if a.agreement_type == "Bank Merger Agreement")
    assert "Pruitt Bancorp, Inc." not in [p.name for p in bank.parties]


def test_release_with_counterparty() -> None:
    """ "a Settlement Agreement and Mutual Release (the "...") with <counterparty>"."""
    x = _item(
        "On March 3, 2021, Exampla Devices Corp. entered into a Settlement Agreement and Mutual "
        'Release (the "Settlement\nAgreement") with Hollow Creek Operating Company, a Texas '
        'corporation ("Hollow Creek"), the operator of the properties.'
    )
    [settlement] = _agreements(x)
    assert "Hollow Creek Operating Company" in [p.name for p in settlement.parties]


def test_party_defined_in_the_explanatory_note() -> None:
    note = (
        "EXPLANATORY NOTE\n\nThe Company reported the acquisition of Solaris Data Labs, LLC "
        '("Solaris").\n'
    )
    x = _item(
        "On March 3, 2021, the Company completed the acquisition of Solaris pursuant to the "
        "Membership Interest Purchase Agreement, dated as of January 5, 2021, by and among "
        "the Company, Solaris and Tomas R. Weir.",
        note,
    )
    [purchase] = _agreements(x)
    assert "Solaris Data Labs, LLC" in [p.name for p in purchase.parties]


def test_supplemental_indenture_term_and_incorporation_note_are_no_parties() -> None:
    x = _item(
        "On March 3, 2021, the Company entered into a Second Supplemental Indenture (the "
        '"Supplemental Indenture") with Example Trust Company, National Association, as '
        "trustee, which supplements the Subordinated Indenture, dated as of August 2, 2019.",
        exhibits=(
            "Item 9.01 Financial Statements and Exhibits.\n(d) Exhibits.\n"
            "4.1\tSubordinated Indenture, dated as of August 2, 2019, between Exampla Devices "
            "Corp. and Example Trust Company, National Association, as trustee (incorporated by "
            "reference to Exhibit 4.1 to the Company's Current Report on Form 8-K filed on "
            "August 2, 2019).\n"
        ),
    )
    names = {p.name for a in _agreements(x) for p in a.parties}
    assert not names & {"Second Supplemental Indenture", "2019)"}
    supplemental = next(a for a in _agreements(x) if "Supplemental" in a.agreement_type)
    assert supplemental.amends == "Subordinated Indenture, dated as of August 2, 2019"


def test_short_form_read_as_a_person_becomes_the_company() -> None:
    parties = Parties(None)
    parties.add_person(EntityRef(kind="person", name="Quill Boatworks"), "s")
    key = parties.add(EntityRef(kind="company", name="Quill Boatworks, Inc."), "s")
    assert [name for name, _ in parties.surfaces()].count("Quill Boatworks") == 1
    assert parties.find("Quill Boatworks") == key
    assert parties.ref(key).kind == "company"


# --- amendments ------------------------------------------------------------------------------


def test_amendment_names_the_agreement_it_amends() -> None:
    sentence = (
        "On March 3, 2021, the Company entered into Amendment No. 2 to Credit Agreement (the "
        '"Second Amendment") with Example Bank, N.A., as agent, which amends the Credit '
        "Agreement, dated as of May 16, 2019 (as amended)."
    )
    x = _item(sentence)
    [credit] = _agreements(x)
    assert credit.amends == "Credit Agreement, dated as of May 16, 2019"
    assert credit.date == date(2021, 3, 3)


def test_amended_agreement_from_recitals_and_from_the_name_alone() -> None:
    recital = (
        "A. Landlord and Tenant are parties to that certain Office Lease dated as of June 1, 2018."
    )
    assert amended("First Amendment to Lease", recital) == "Office Lease, dated as of June 1, 2018"
    own = "Amendment No. 1 to the Loan Agreement, dated as of March 3, 2021, among A and B"
    assert amended("Amendment No. 1 to Loan Agreement", own) == "Loan Agreement"
    lower = "the Borrower and the Bank entered into a credit agreement dated June 22, 2004"
    assert (
        amended("Amendment to Credit Agreement", lower) == "Credit Agreement, dated June 22, 2004"
    )
    assert amended("Credit Agreement", recital) is None
    assert amended("Second Supplemental Indenture", "no base named") is None


def test_amends_is_written_to_the_graph() -> None:
    from kg.graph.build import build_dataset
    from kg.vocab import EKG

    x = _item(
        "On March 3, 2021, the Company entered into Amendment No. 2 to Credit Agreement with "
        "Example Bank, N.A., which amends the Credit Agreement, dated as of May 16, 2019."
    )
    dataset = build_dataset([(Source(name="d.txt", sha256="0" * 64), x)])
    values = {str(o) for _, _, o, _ in dataset.quads((None, EKG.amends, None, None))}
    assert values == {"Credit Agreement, dated as of May 16, 2019"}
