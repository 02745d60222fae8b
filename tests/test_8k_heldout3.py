"""The 8-K reader, the SEC header and the agreement-exhibit reader against the made-up set
tests/data/heldout/eightk3 (2005-2012 filer-agent HTML and text, covers without the check
boxes, logo names, foreign and Canadian/UK parties, witness lines; truth written before the
readers ran; scored by tests/heldout_8k.py), field by field, and one test per fix made on it.

A field read wrong fails its test; the gaps still open are strict xfails with their
reason, so a fix that closes one must remove it from ``GAPS``."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from kg.extract.agreement_blocks import block_parties, day_first_date, described_as
from kg.extract.form8k_cover import defined_registrant, jurisdiction_name
from kg.model import Agreement, EntityFacts, Extraction, Signature
from kg.pipeline import extract_paths
from tests.heldout_8k import Row, check, score, stale_gaps

EIGHTK3 = Path(__file__).parent / "data" / "heldout" / "eightk3"

GAPS: dict[str, str] = {}

ROWS: list[Row] = score(EIGHTK3)


@pytest.mark.parametrize("row", ROWS, ids=[r.key for r in ROWS])
def test_eightk3_field(row: Row) -> None:
    check(row, GAPS)


def test_every_gap_is_still_a_row() -> None:
    assert not stale_gaps(ROWS, GAPS)


# --- one test per fix ------------------------------------------------------------------


def _extraction(name: str, kind: str) -> Extraction:
    items = extract_paths([EIGHTK3 / name.split("#")[0]]).items
    return next(x for s, x in items if x.kind == kind and s.name.endswith(name))


def _agreement(name: str, kind: str = "agreement") -> Agreement:
    return next(f for f in _extraction(name, kind).facts if isinstance(f, Agreement))


def _signatures(name: str) -> list[tuple[str, str | None, str | None]]:
    facts = _extraction(name, "agreement").facts
    return [
        (f.signer.name, f.title, f.on_behalf_of.name if f.on_behalf_of else None)
        for f in facts
        if isinstance(f, Signature)
    ]


def _jurisdictions(name: str) -> dict[str, str | None]:
    facts = _extraction(name, "agreement").facts
    return {f.entity.name.lower(): f.jurisdiction for f in facts if isinstance(f, EntityFacts)}


def test_witness_signs_for_no_party() -> None:
    """ "WITNESS:" / "Witnessed by:" / "In the presence of:" above a "/s/", or "Witness"
    under it: a witness attests, it is no signatory."""
    for name, witness in (
        ("x02_separation_capitals.txt", "Ellen R. Castiglione"),
        ("g07_2012_fullsub_joint_venture.txt#2", "Deborah A. Kline"),
        ("g11_2005_fullsub_uk_licence.txt#2", "Fiona M. Caldicott"),
        ("x03_share_purchase_among_canadian.txt", "Jocelyn M. Thibodeau"),
    ):
        assert witness not in [s for s, _, _ in _signatures(name)], name


def test_witness_column_beside_a_signature_block_is_dropped() -> None:
    """A table with "WITNESS:" beside "TENANT:": the tenant's block keeps its title and
    company; the manager a landlord signs through ("By: X, Inc., its Manager") signs nothing."""
    assert _signatures("x01_lease_capitals.htm") == [
        ("Howard B. Lindgren", "President", "WASHOE LOGISTICS PARK, LLC"),
        (
            "Gretchen A. Holloway",
            "Vice President and Chief Financial Officer",
            "SIERRA TESSEL CORPORATION",
        ),
    ]


def test_canadian_per_signature_and_wrapped_title() -> None:
    """ "Per: /s/ Name", a "Title:" wrapped after "Chief", and an individual's "/s/" printed
    beside the witness column of a "SIGNED, SEALED AND DELIVERED" block."""
    assert _signatures("x03_share_purchase_among_canadian.txt") == [
        (
            "Lachlan D. Ferguson",
            "President and Chief Executive Officer",
            "TAMARACK NORTH RESOURCES LTD.",
        ),
        ("Clifford A. Macaulay", "President", "GLENDOWER HOLDINGS INC."),
        ("Clifford A. Macaulay", None, None),
    ]


_BLOCK = """THIS AGREEMENT is dated as of the 1st day of March, 2011.

AMONG:

          ACME NORTH LTD., a corporation existing under the
          laws of the Province of Alberta

          (the "Purchaser")

                                   - and -

          JANE Q. ROE, an individual resident in the City of Calgary

          (the "Vendor")

     WHEREAS the Vendor wishes to sell;
"""


def test_between_block_lists_one_party_per_paragraph() -> None:
    assert block_parties(_BLOCK) == [
        "ACME NORTH LTD., a corporation existing under the laws of the Province of Alberta"
        ' (the "Purchaser")',
        'JANE Q. ROE, an individual resident in the City of Calgary (the "Vendor")',
    ]
    numbered = (
        'BETWEEN:\n\n(1) ACME PLC, a company ("Acme"); and\n\n(2) ROE CORP. ("Roe").\n\nWHEREAS:'
    )
    assert block_parties(numbered) == ['ACME PLC, a company ("Acme")', 'ROE CORP. ("Roe")']


def test_block_parties_are_the_agreements_parties() -> None:
    shares = _agreement("x03_share_purchase_among_canadian.txt")
    assert [p.name.lower() for p in shares.parties] == [
        "tamarack north resources ltd.",
        "glendower holdings inc.",
        "clifford a. macaulay",
    ]
    assert shares.parties[2].kind == "person"
    assert _jurisdictions("x03_share_purchase_among_canadian.txt") == {
        "tamarack north resources ltd.": "Alberta",
        "glendower holdings inc.": "British Columbia",
    }
    licence = _agreement("g11_2005_fullsub_uk_licence.txt#2")
    assert {p.name.lower() for p in licence.parties} == {
        "alderwick systems plc",
        "northcape devices corp.",
    }


def test_short_preamble_and_day_first_date() -> None:
    """ "THIS AGREEMENT is made on 3 October 2005": short, and dated day first."""
    assert day_first_date("THIS AGREEMENT is made on 3 October 2005") == date(2005, 10, 3)
    assert day_first_date("dated as of the 1st day of March, 2011") == date(2011, 3, 1)
    assert _agreement("g11_2005_fullsub_uk_licence.txt#2").date == date(2005, 10, 3)
    assert _agreement("x03_share_purchase_among_canadian.txt").date == date(2011, 3, 1)


def test_stop_before_a_comma_ends_no_preamble_sentence() -> None:
    """ "TSUKIMORI KASEI CO., LTD., a Japanese corporation": the list goes on after "CO.,"."""
    venture = _agreement("g07_2012_fullsub_joint_venture.txt#2")
    assert [p.name.lower() for p in venture.parties] == [
        "harrowgate composites, inc.",
        "tsukimori kasei co., ltd.",
        "rheinfaser technik gmbh",
    ]


def test_foreign_jurisdictions_as_described() -> None:
    assert jurisdiction_name("Japanese") == "Japan"
    assert jurisdiction_name("German") == "Germany"
    for desc, juris in (
        (
            "a company incorporated in England and Wales with registered number 1",
            "England and Wales",
        ),
        (
            "a company with limited liability organized under the laws of the Federal Republic"
            " of Germany",
            "Germany",
        ),
        ("a company organized under the laws of the Netherlands, having", "Netherlands"),
    ):
        m = described_as(desc)
        assert m is not None and m.group("juris") == juris
    assert (
        _jurisdictions("g07_2012_fullsub_joint_venture.txt#2")["tsukimori kasei co., ltd."]
        == "Japan"
    )
    assert (
        _jurisdictions("x04_license_nl_side_by_side.htm")["vandersloot pharma b.v."]
        == "Netherlands"
    )


def test_registrant_named_by_a_logo_is_the_proses_company() -> None:
    """The cover prints the name as an image and the signature block omits it: the company
    the items define as "the Company" is the registrant."""
    text = 'On May 1, 2008, Acme Optics, Inc. (the "Company") entered into'
    assert defined_registrant(text) == "Acme Optics, Inc."
    report = _extraction("g03_2008_fullsub_logo_name.txt#1", "form8k")
    assert report.document.subject is not None
    assert report.document.subject.name == "Bristlecone Optics, Inc."


def test_supplemental_indenture_amends_the_base_the_prose_dates() -> None:
    [_, supplement] = [
        f
        for f in _extraction("g06_2011_indenture_trustee.htm", "form8k").facts
        if isinstance(f, Agreement)
    ]
    assert supplement.agreement_type == "First Supplemental Indenture"
    assert supplement.amends == "Indenture, dated as of November 15, 2011"


def test_terminated_its_agreement_dated_with_a_bank() -> None:
    """Item 1.02: "repaid all amounts outstanding under, and terminated, its Loan Agreement,
    dated as of <date>, with <bank>"."""
    loans = [
        f
        for f in _extraction("g09_2012_credit_1_01_2_03.htm", "form8k").facts
        if isinstance(f, Agreement) and f.agreement_type == "Loan Agreement"
    ]
    assert [(f.date, sorted(p.name for p in f.parties)) for f in loans] == [
        (date(2009, 3, 9), ["Ashbury Lane Retail Corp.", "Cascade Commerce Bank"])
    ]
