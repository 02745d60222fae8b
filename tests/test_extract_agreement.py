"""kg.extract.agreement on corpus exhibits (EX-10.1, EX-10.2, EX-1.1), variants, negatives."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from kg.errors import EmptyInputError, MalformedDocumentError
from kg.extract import EXTRACTORS, agreement
from kg.extract import detect as detect_kind
from kg.ingest import read_bytes, read_file
from kg.ingest.submission import split_submission
from kg.model import Agreement, EntityFacts, Extraction, Position, Signature
from kg.pipeline import sample_paths

DATA = Path(__file__).parent / "data" / "agreement"
ACORN = DATA / "edgartools_acorn_energy_8k_2025-01-06_EX_10_1.htm"
OPTION = DATA / "pair8k02_nordstrom_8k_2023-03-01_EX_10_1.htm"
UNITS = DATA / "pair8k02_nordstrom_8k_2023-03-01_EX_10_2.htm"
UNDERWRITING = DATA / "secedgardownloader_apple_8k_2019-11-07_EX_1_1.htm"
SUBMISSION = DATA / "edgartools_acorn_energy_8k_2025-01-06.txt"


def _of(x: Extraction, kind: type) -> list:
    return [f for f in x.facts if isinstance(f, kind)]


def _agreement(x: Extraction) -> Agreement:
    (found,) = _of(x, Agreement)
    return found


def _text_doc(text: str, name: str = "variant.txt"):
    return read_bytes(text.encode("utf-8"), name)


@pytest.fixture(scope="module")
def acorn() -> Extraction:
    return agreement.extract(read_file(ACORN))


@pytest.fixture(scope="module")
def underwriting() -> Extraction:
    return agreement.extract(read_file(UNDERWRITING))


# --- detection ------------------------------------------------------------------------------


@pytest.mark.parametrize("path", [ACORN, OPTION, UNITS, UNDERWRITING])
def test_detects_the_exhibits(path: Path) -> None:
    doc = read_file(path)
    assert agreement.detect(doc)
    assert detect_kind(doc) == "agreement"


def test_registry_puts_agreement_after_form8k_and_before_press() -> None:
    kinds = [kind for kind, _ in EXTRACTORS]
    assert kinds.index("form8k") < kinds.index("agreement") == kinds.index("press") - 1
    assert dict(EXTRACTORS)["agreement"] == "kg.extract.agreement"


@pytest.mark.parametrize("path", sample_paths(), ids=lambda p: p.name)
def test_not_the_seed_filings(path: Path) -> None:
    assert not agreement.detect(read_file(path))


def test_not_an_8k_or_a_press_release() -> None:
    eight_k = read_file(DATA / "pair8k02_nordstrom_8k_2023-03-01.html")
    release = read_file(DATA / "axon_pr_2015-10-26_microsoft_corp_announce_partnership.txt")
    assert "Agreement" in eight_k.plain_text and "agreement" in release.plain_text
    assert not agreement.detect(eight_k)
    assert not agreement.detect(release)
    assert detect_kind(eight_k) == "form8k"
    assert detect_kind(release) == "press"


def test_not_a_wire_release_about_an_agreement() -> None:
    release = (
        "Harlow Pumps and Ivel Foods Sign Merger Agreement\n\n"
        "DENVER, March 4, 2024 /PRNewswire/ -- Harlow Pumps, Inc. said the merger agreement "
        "by and between Harlow Pumps, Inc. and Ivel Foods Corp. is dated as of March 3, 2024.\n"
    )
    doc = _text_doc(release)
    assert not agreement.detect(doc)
    assert not agreement.detect(_text_doc(release.replace(" /PRNewswire/", "")))  # dateline
    assert agreement.detect(_text_doc(release.replace(" /PRNewswire/ --", ":")))


def test_embedded_exhibit_is_detected_by_its_content() -> None:
    parts = split_submission(read_file(SUBMISSION))
    found = {t: agreement.detect(d) for d, t in zip(parts.documents, parts.types, strict=True)}
    assert found == {"8-K": False, "EX-10.1": True}


def test_every_corpus_submission_document(corpus_dir: Path) -> None:
    """Only the EX-1.x/EX-10.x agreements of the corpus full submissions are agreements."""
    seen = []
    for path in sorted((corpus_dir / "fullsub").glob("*.txt")):
        parts = split_submission(read_file(path))
        for doc, doc_type in zip(parts.documents, parts.types, strict=True):
            is_agreement = doc_type.upper().startswith(("EX-1.", "EX-10."))
            assert agreement.detect(doc) == is_agreement, (doc.name, doc_type)
            seen.append(doc_type) if is_agreement else None
    assert sorted(seen) == ["EX-1.1", "EX-10.1", "EX-10.1", "EX-10.2"]
    for path in sorted((corpus_dir.parent / "seeds").glob("*.txt")):
        assert not agreement.detect(read_file(path))


# --- the consulting agreement (EX-10.1, "by and between", recitals) ---------------------------


def test_acorn_document(acorn: Extraction) -> None:
    info = acorn.document
    assert acorn.kind == "agreement"
    assert info.form_type == "Agreement"
    assert info.title == "CONSULTING AGREEMENT"
    assert info.date == date(2025, 1, 6)
    assert info.subject is not None and info.subject.name == "Acorn Energy, Inc."
    assert info.subject.kind == "company"


def test_acorn_agreement(acorn: Extraction) -> None:
    found = _agreement(acorn)
    assert found.agreement_type == "Consulting Agreement"
    assert found.date == date(2025, 1, 6)
    assert found.exhibit == "10.1"
    assert found.evidence == (
        "This Consulting Agreement (this “Agreement”) is made as of this 6th day of January, "
        "2025, by and between Acorn Energy, Inc. (the “Company”) and Jan H. Loeb (“Loeb”)."
    )
    assert found.description is not None
    assert found.description.startswith("WHEREAS, the Board of Directors of the Company")
    assert "NOW, THEREFORE" not in found.description and len(found.description) <= 600


def test_acorn_parties(acorn: Extraction) -> None:
    company, person = _agreement(acorn).parties
    assert (company.kind, company.name) == ("company", "Acorn Energy, Inc.")
    # The signature block prints the name in capitals: an alias, never "the Company".
    assert company.aliases == ("ACORN ENERGY, INC.",)
    assert (person.kind, person.name) == ("person", "Jan H. Loeb")
    assert (person.given_name, person.middle_name, person.family_name) == ("Jan", "H.", "Loeb")
    assert person.aliases == ("Loeb",)  # a proper short name is kept
    assert not _of(acorn, EntityFacts)  # the preamble gives no jurisdiction


def test_acorn_signature(acorn: Extraction) -> None:
    (signed,) = _of(acorn, Signature)
    assert signed.signer.name == "Tracy S. Clifford"
    assert signed.signer.family_name == "Clifford"
    assert signed.title == "CFO"
    assert signed.on_behalf_of is not None and signed.on_behalf_of.name == "Acorn Energy, Inc."
    assert signed.date == date(2025, 1, 6)  # "as of the date and year first above written"
    assert signed.evidence == "ACORN ENERGY, INC. By: Tracy S. Clifford, CFO"
    (officer,) = _of(acorn, Position)
    assert officer.roles == ("Officer",) and officer.organization.name == "Acorn Energy, Inc."


# --- award agreements (EX-10.1 and EX-10.2, "is hereby granted") ------------------------------


@pytest.mark.parametrize(
    ("path", "kind", "exhibit"),
    [
        (OPTION, "Nonqualified Stock Option Award Agreement", "10.1"),
        (UNITS, "Performance Share Unit Award Agreement", "10.2"),
    ],
)
def test_award_agreements(path: Path, kind: str, exhibit: str) -> None:
    x = agreement.extract(read_file(path))
    found = _agreement(x)
    assert found.agreement_type == kind == x.document.title
    assert found.exhibit == exhibit
    assert found.date is None and x.document.date is None  # the date is in the Notice
    assert [p.name for p in found.parties] == ["Nordstrom, Inc."]
    assert "is hereby granted to the Recipient" in found.evidence
    assert found.description is not None and "Washington Corporation" in found.description
    (facts,) = _of(x, EntityFacts)
    assert (facts.entity.name, facts.jurisdiction, facts.entity_type) == (
        "Nordstrom, Inc.",
        "Washington",
        "Corporation",
    )
    assert facts.evidence == "Nordstrom, Inc., a Washington Corporation"
    assert not _of(x, Signature)
    assert x.document.subject is not None and x.document.subject.name == "Nordstrom, Inc."


# --- the underwriting agreement (EX-1.1, a letter) -----------------------------------------------


def test_underwriting_agreement(underwriting: Extraction) -> None:
    found = _agreement(underwriting)
    assert found.agreement_type == "Underwriting Agreement"
    assert found.date == date(2019, 11, 7) == underwriting.document.date
    assert found.exhibit == "1.1"
    assert found.evidence.startswith("Apple Inc., a California corporation (the “Company”), propo")
    assert [(p.kind, p.name) for p in found.parties] == [
        ("company", "Apple Inc."),
        ("company", "Goldman Sachs & Co. LLC"),
        ("company", "Barclays Bank PLC"),
        ("company", "BNP Paribas"),
        ("company", "J.P. Morgan Securities plc"),
    ]
    assert "J.P. MORGAN SECURITIES PLC" in found.parties[-1].aliases
    assert underwriting.document.subject is not None
    assert underwriting.document.subject.name == "Apple Inc."
    (facts,) = _of(underwriting, EntityFacts)
    assert (facts.entity.name, facts.jurisdiction) == ("Apple Inc.", "California")


def test_underwriting_signatures(underwriting: Extraction) -> None:
    signed = {s.signer.name: s for s in _of(underwriting, Signature)}
    assert {n: (s.title, s.on_behalf_of and s.on_behalf_of.name) for n, s in signed.items()} == {
        "Gary Wipfler": ("Vice President and Corporate Treasurer", "Apple Inc."),
        "Adam Greene": ("Managing Director", "Goldman Sachs & Co. LLC"),
        "E. Pete Contrucci III": ("Managing Director", "Barclays Bank PLC"),
        "Hugh Pryse-Davies": ("Duly Authorised Signatory", "BNP Paribas"),
        "Anne Besson-Imbert": ("Authorised Signatory", "BNP Paribas"),
        "Marc Lewell": ("Managing Director", "J.P. Morgan Securities plc"),
    }
    assert all(s.date == date(2019, 11, 7) for s in signed.values())  # "as of the date hereof"
    assert signed["Adam Greene"].evidence == (
        "GOLDMAN SACHS & CO. LLC By: /s/ Adam Greene Name: Adam Greene Title: Managing Director"
    )
    # A managing director of an underwriter holds no office at the issuer.
    (officer,) = _of(underwriting, Position)
    assert (officer.holder.name, officer.organization.name) == ("Gary Wipfler", "Apple Inc.")


# --- variants: the same layouts with other parties, dates and states --------------------------


def test_variant_other_parties_date_and_state() -> None:
    text = read_file(ACORN).plain_text
    preamble = text[text.index("This Consulting") : text.index("R E C I T A L S")]
    edited = text.replace("Exhibit 10.1", "Exhibit 10.7").replace(
        preamble,
        "This Employment Agreement (this “Agreement”) is made and entered into as of "
        "September 14, 2023, by and between Quillon Robotics, Inc., a Nevada corporation "
        "(the “Company”), and PRIYA R. VENKATARAMAN (the “Executive”).\n\n",
    )
    edited = edited.replace("CONSULTING AGREEMENT", "EMPLOYMENT AGREEMENT")
    edited = edited.replace("ACORN ENERGY, INC.", "QUILLON ROBOTICS, INC.")
    doc = _text_doc(edited)
    assert not doc.is_html and agreement.detect(doc)
    x = agreement.extract(doc)
    found = _agreement(x)
    assert (found.agreement_type, found.date, found.exhibit) == (
        "Employment Agreement",
        date(2023, 9, 14),
        "10.7",
    )
    company, person = found.parties
    assert company.name == "Quillon Robotics, Inc."
    assert company.aliases == ("QUILLON ROBOTICS, INC.",)
    assert person.name == "Priya R. Venkataraman"
    assert person.aliases == ("PRIYA R. VENKATARAMAN",)  # "Executive" is a role, not a name
    (facts,) = _of(x, EntityFacts)
    assert (facts.jurisdiction, facts.entity_type) == ("Nevada", "Corporation")
    assert x.document.subject is not None and x.document.subject.name == "Quillon Robotics, Inc."


AMENDMENT = """EXHIBIT 10.3

AMENDMENT NO. 2
TO
LOAN AND SECURITY AGREEMENT

This AMENDMENT NO. 2 TO LOAN AND SECURITY AGREEMENT (this "Amendment"), dated as of June 30, \
2022, is entered into by and among Tarrow Grain LLC, a Delaware limited liability company (the \
"Borrower"), Ostrand Mills Corp., a corporation organized under the laws of the State of New \
York ("Ostrand"), the lenders from time to time party hereto and Keel Harbor Bank, N.A., as \
administrative agent (the "Agent").

WHEREAS, the Borrower and the Agent are parties to the Loan and Security Agreement; and

WHEREAS, the parties wish to amend it.

NOW, THEREFORE, the parties agree as follows.

IN WITNESS WHEREOF, the parties have executed this Amendment as of the date first written above.

TARROW GRAIN LLC

By: /s/ Dana Whitcombe
Name: Dana Whitcombe
Title: Chief Financial Officer
"""


def test_variant_amendment_among_three_parties() -> None:
    x = agreement.extract(_text_doc(AMENDMENT))
    found = _agreement(x)
    assert found.agreement_type == "Amendment No. 2 to Loan and Security Agreement"
    assert x.document.title == "AMENDMENT NO. 2 TO LOAN AND SECURITY AGREEMENT"
    assert (found.date, found.exhibit) == (date(2022, 6, 30), "10.3")
    assert found.evidence.startswith("This AMENDMENT NO. 2 TO LOAN")
    assert [p.name for p in found.parties] == [
        "Tarrow Grain LLC",
        "Ostrand Mills Corp.",
        "Keel Harbor Bank, N.A.",
    ]
    assert found.parties[1].aliases == ("Ostrand",)
    assert found.parties[0].aliases == ("TARROW GRAIN LLC",)  # not "Borrower"
    facts = {f.entity.name: (f.jurisdiction, f.entity_type) for f in _of(x, EntityFacts)}
    assert facts == {
        "Tarrow Grain LLC": ("Delaware", "Limited Liability Company"),
        "Ostrand Mills Corp.": ("New York", "Corporation"),
    }
    assert found.description == (
        "WHEREAS, the Borrower and the Agent are parties to the Loan and Security Agreement; "
        "and WHEREAS, the parties wish to amend it."
    )
    (signed,) = _of(x, Signature)
    assert (signed.signer.name, signed.title) == ("Dana Whitcombe", "Chief Financial Officer")
    assert signed.on_behalf_of is not None and signed.on_behalf_of.name == "Tarrow Grain LLC"
    assert x.document.subject is not None and x.document.subject.name == "Tarrow Grain LLC"


# --- broken input ---------------------------------------------------------------------------


def test_empty_input_is_refused() -> None:
    with pytest.raises(EmptyInputError):
        read_bytes(b"  \n", "empty.htm")
    with pytest.raises(MalformedDocumentError):
        agreement.extract(_text_doc("Exhibit 10.1\n\nSee the attached.\n"))


def test_truncated_in_the_preamble_yields_what_is_there() -> None:
    text = read_file(ACORN).plain_text
    cut = _text_doc(text[: text.index("Jan H. Loeb") + 4])
    assert agreement.detect(cut)
    x = agreement.extract(cut)
    found = _agreement(x)
    assert (found.agreement_type, found.date) == ("Consulting Agreement", date(2025, 1, 6))
    assert [p.name for p in found.parties] == ["Acorn Energy, Inc."]
    assert found.description is None or "WHEREAS" not in found.description
    assert not _of(x, Signature)


def test_truncated_after_the_title() -> None:
    doc = _text_doc("Exhibit 10.1\n\nCONSULTING AGREEMENT\n")
    assert not agreement.detect(doc)  # no preamble yet
    found = _agreement(agreement.extract(doc))
    assert (found.agreement_type, found.parties, found.date) == ("Consulting Agreement", (), None)


# --- through the pipeline ------------------------------------------------------------------------


def test_submission_builds_an_agreement_node() -> None:
    from kg.graph.validate import validate
    from kg.pipeline import build

    result = build([SUBMISSION])
    assert not result.extracted.failures
    assert result.extracted.kinds()["agreement"] == 1
    rows = result.dataset.query(
        """PREFIX ekg: <https://w3id.org/edgar-kg/ontology#>
        SELECT ?type ?date ?exhibit ?party ?subject WHERE { GRAPH ?g {
            ?a a ekg:Agreement ; ekg:source ?doc ; ekg:agreementType ?type ;
               ekg:date ?date ; ekg:exhibit ?exhibit ; ekg:party ?p .
            ?doc ekg:formType "Agreement" ; ekg:subject/ekg:name ?subject .
            ?p ekg:name ?party ; ekg:partyTo ?a .
        } }"""
    )
    found = {(str(r[0]), str(r[1]), str(r[2]), str(r[3]), str(r[4])) for r in rows}
    assert found == {
        ("Consulting Agreement", "2025-01-06", "10.1", name, "Acorn Energy, Inc.")
        for name in ("Acorn Energy, Inc.", "Jan H. Loeb")
    }
    assert validate(result.dataset).conforms


INDENTURE = """Exhibit 4.2

TARROW GRAIN CORP.

AND

KEEL HARBOR TRUST COMPANY, N.A.,
as Trustee

FIRST SUPPLEMENTAL INDENTURE

Dated as of March 3, 2023

FIRST SUPPLEMENTAL INDENTURE, dated as of March 3, 2023 (this "Supplemental Indenture"), \
between Tarrow Grain Corp., a Kansas corporation (the "Company"), and Keel Harbor Trust \
Company, N.A., a national banking association, as trustee (the "Trustee").

NOW, THEREFORE, the Company and the Trustee agree as follows.
"""


def test_an_indenture_is_an_agreement_exhibit() -> None:
    doc = _text_doc(INDENTURE)
    assert detect_kind(doc) == "agreement"
    found = _agreement(agreement.extract(doc))
    assert (found.agreement_type, found.date, found.exhibit) == (
        "First Supplemental Indenture",
        date(2023, 3, 3),
        "4.2",
    )
    assert [p.name for p in found.parties] == [
        "Tarrow Grain Corp.",
        "Keel Harbor Trust Company, N.A.",
    ]


SIGNATORIES = """Exhibit 10.2

REGISTRATION RIGHTS AGREEMENT

This Registration Rights Agreement (this "Agreement") is made and entered into as of May 6, \
2024, between Tarrow Grain Corp., a Kansas corporation (the "Company"), and each of the \
several purchasers signatory hereto (each, a "Purchaser").

IN WITNESS WHEREOF, the parties have caused this Agreement to be duly executed as of the date \
first written above.

TARROW GRAIN CORP.

By: /s/ Ann B. Cole
Name: Ann B. Cole
Title: Chief Executive Officer

OSTRAND GROWTH FUND II, L.P.

By: /s/ Carl D. Yee
Name: Carl D. Yee
Title: Managing Member of its General Partner
"""


def test_companies_signing_the_agreement_are_its_parties() -> None:
    found = _agreement(agreement.extract(_text_doc(SIGNATORIES)))
    assert [p.name for p in found.parties] == ["Tarrow Grain Corp.", "OSTRAND GROWTH FUND II, L.P."]


# A plain-text print: the preamble wrapped over lines, a role list after the agent, signature
# blocks with the company's description and a label ("LENDER:") around the company's name.
WRAPPED = """Exhibit 10.1

LOAN AGREEMENT

This LOAN AGREEMENT (this "Agreement") is entered into as of June 3, 2024, among QUILLBY \
MARINE CORP., a Nevada
corporation (the "Borrower"), the Lenders (defined herein) and OSSINGTON BANK, N.A., as
Administrative Agent, Swing Line Lender and L/C Issuer.
The Borrower has requested that the Lenders make loans.

IN WITNESS WHEREOF, the parties hereto have executed this Agreement as of the date first \
above written.

BORROWER: QUILLBY MARINE CORP.,
a Nevada corporation
By: /s/ Lena T. Marsh
----------------------------
Name: Lena T. Marsh
Title: Chief Financial Officer

OSSINGTON BANK, N.A.,
as Administrative Agent
By: /s/ Omar K. Reyes
Name: Omar K. Reyes
Title: Senior Vice President

PELLWORTH SAVINGS BANK,
as a Lender
By: /s/ Ida P. Strand
Name: Ida P. Strand
Title: Director
"""


def test_a_wrapped_preamble_gives_every_party_and_its_state() -> None:
    x = agreement.extract(_text_doc(WRAPPED))
    names = [p.name for p in _agreement(x).parties]
    assert names[:2] == ["QUILLBY MARINE CORP.", "OSSINGTON BANK, N.A."]
    assert "L/C Issuer" not in names  # the rest of the agent's roles
    (facts,) = _of(x, EntityFacts)
    assert (facts.entity.name, facts.jurisdiction) == ("QUILLBY MARINE CORP.", "Nevada")


def test_the_company_above_by_past_its_description_and_label() -> None:
    x = agreement.extract(_text_doc(WRAPPED))
    signed = {s.signer.name: s for s in _of(x, Signature)}
    assert {n: (s.title, s.on_behalf_of and s.on_behalf_of.name) for n, s in signed.items()} == {
        "Lena T. Marsh": ("Chief Financial Officer", "QUILLBY MARINE CORP."),
        "Omar K. Reyes": ("Senior Vice President", "OSSINGTON BANK, N.A."),
        "Ida P. Strand": ("Director", "PELLWORTH SAVINGS BANK"),
    }
    assert "PELLWORTH SAVINGS BANK" in [p.name for p in _agreement(x).parties]


PURCHASER_PAGE = """Exhibit 10.1

SECURITIES PURCHASE AGREEMENT

This Securities Purchase Agreement (this "Agreement") is dated as of April 2, 2024, between \
Dunmore Optics, Inc., a Delaware corporation (the "Company"), and each purchaser identified \
on the signature pages hereto (each, a "Purchaser").

IN WITNESS WHEREOF, the parties hereto have caused this Agreement to be duly executed.

DUNMORE OPTICS, INC. Address for Notice:
12 Canal Street, Suite 4
By: /s/ Rhea N. Gallo
Name: Rhea N. Gallo
Title: Chief Executive Officer

[PURCHASER SIGNATURE PAGES TO SECURITIES PURCHASE AGREEMENT]

Name of Purchaser: Bexley Ridge Partners, L.P.
Signature of Authorized Signatory of Purchaser: /s/ Tomas E. Virtanen
Name of Authorized Signatory: Tomas E. Virtanen
Title of Authorized Signatory: Managing Partner
"""


def test_a_purchaser_signature_page() -> None:
    x = agreement.extract(_text_doc(PURCHASER_PAGE))
    signed = {s.signer.name: s for s in _of(x, Signature)}
    assert {n: (s.title, s.on_behalf_of and s.on_behalf_of.name) for n, s in signed.items()} == {
        "Rhea N. Gallo": ("Chief Executive Officer", "Dunmore Optics, Inc."),
        "Tomas E. Virtanen": ("Managing Partner", "Bexley Ridge Partners, L.P."),
    }
    assert [p.name for p in _agreement(x).parties] == [
        "Dunmore Optics, Inc.",
        "Bexley Ridge Partners, L.P.",
    ]


SIDE_BY_SIDE = """Exhibit 10.1

CONSULTING AGREEMENT

This Consulting Agreement (this "Agreement") is entered into as of March 9, 2024 by and \
between Noel R. Vance ("Consultant") and Hartwell Pumps Corp., an Ohio corporation (the \
"Company").

IN WITNESS WHEREOF, the parties have executed this Agreement on the dates set forth below.

HARTWELL PUMPS CORP.\t\tCONSULTANT
By: /s/ Mara J. Lind\t\t/s/ Noel R. Vance
Name: Mara J. Lind\t\tNoel R. Vance
Title: Chief Executive Officer
Date: March 9, 2024\t\tDate: March 9, 2024
"""


def test_signature_blocks_printed_side_by_side() -> None:
    x = agreement.extract(_text_doc(SIDE_BY_SIDE))
    signed = {s.signer.name: s for s in _of(x, Signature)}
    assert {n: (s.title, s.on_behalf_of and s.on_behalf_of.name) for n, s in signed.items()} == {
        "Mara J. Lind": ("Chief Executive Officer", "Hartwell Pumps Corp."),
        "Noel R. Vance": (None, None),
    }
