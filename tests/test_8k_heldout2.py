"""The 8-K reader, the SEC header and the agreement-exhibit reader against the made-up set
tests/data/heldout/eightk2 (truth written before the readers ran; scored by
tests/heldout_8k.py), field by field, and one test per fix made on it.

A field read wrong fails its test; the gaps still open are strict xfails with their
reason, so a fix that closes one must remove it from ``GAPS``."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from kg.ingest.sec_header import parse_header
from kg.model import Agreement, EntityFacts
from kg.pipeline import extract_paths
from tests.heldout_8k import Row, check, score, stale_gaps

EIGHTK2 = Path(__file__).parent / "data" / "heldout" / "eightk2"

# Rows still read wrong, each with its reason (one read right fails until removed): none now.
GAPS: dict[str, str] = {}

ROWS: list[Row] = score(EIGHTK2)


@pytest.mark.parametrize("row", ROWS, ids=[r.key for r in ROWS])
def test_eightk2_field(row: Row) -> None:
    check(row, GAPS)


def test_every_gap_is_still_a_row() -> None:
    assert not stale_gaps(ROWS, GAPS)


# --- one test per fix ------------------------------------------------------------------


def _agreements(name: str) -> list[Agreement]:
    items = extract_paths([EIGHTK2 / name]).items
    return [f for _, x in items if x.kind == "form8k" for f in x.facts if isinstance(f, Agreement)]


def _parties(agreement: Agreement) -> list[str]:
    return sorted(p.name for p in agreement.parties)


def test_registrant_named_only_as_a_subsidiarys_parent_is_no_party() -> None:
    """ "Seller, a wholly owned subsidiary of <registrant> (the "Company"), entered into"."""
    [sale] = _agreements("e08_asset_sale_subsidiary_pdftotext.txt")
    assert _parties(sale) == ["Brenmoor Apparel, LLC", "Calloway Ridge Partners, LLC"]
    credit = _agreements("e14_two_registrants_pdftotext.txt")[0]
    assert _parties(credit) == ["Brackwater Electric Utilities Company", "Halvorsen Bank, N.A."]


def test_registrant_outside_a_between_list_is_no_party() -> None:
    """ "through its subsidiary ..., pursuant to an Agreement ... by and among A, B and C"."""
    [purchase] = _agreements("e01_1996_fullsub.txt")
    assert "Quillon Marine Products, Inc." not in _parties(purchase)
    assert {"Quillon Boatworks, Inc.", "Tidewater Hull Company"} <= set(_parties(purchase))


def test_registrant_named_by_its_defined_term_in_a_possessive_is_no_party() -> None:
    """ "certain of the Company's directors entered into tender and support agreements with
    Parent and Merger Sub": the registrant is not a party; acting in the merger, it is."""
    merger, support = _agreements("e06_merger_pdftotext.txt")[:2]
    assert "Lodestar Therapeutics, Inc." in _parties(merger)
    assert "Lodestar Therapeutics, Inc." not in _parties(support)


def test_registrant_acting_or_unnamed_stays_a_party() -> None:
    """The registrant that enters into the agreement, and one the list names by its term."""
    [master] = _agreements("e10_termination_1_02.htm")
    assert _parties(master) == ["Carrolton Staffing Solutions, LLC", "Wexley Home Health, Inc."]
    [employment] = _agreements("e07_employment_5_02.htm")
    assert _parties(employment) == ["Kilbride Semiconductor Corp.", "Priya N. Raghunathan"]


def test_national_association_stays_with_the_banks_name() -> None:
    [credit] = _agreements("e05_reit_op_coregistrants.htm")
    assert "Keel & Anchor Bank, National Association" in _parties(credit)
    assert "National Association" not in _parties(credit)


def test_1990s_item_7_exhibit_list_is_read() -> None:
    """Before 2004 the exhibits are listed under "Item 7. Financial Statements and Exhibits"."""
    [rights] = _agreements("e02_1997_fullsub_person_filer.txt")
    assert (rights.agreement_type, rights.exhibit, rights.date) == (
        "Rights Agreement",
        "4.1",
        date(1997, 2, 24),
    )
    assert _parties(rights) == [
        "Ashgrove Industrial Corporation",
        "Second Federal Trust Company of Ohio",
    ]
    [purchase] = _agreements("e01_1996_fullsub.txt")
    assert purchase.exhibit == "2.1"


_FILER = """ACCESSION NUMBER:\t\t0000000000-97-000001
CONFORMED SUBMISSION TYPE:\t8-K
FILED AS OF DATE:\t\t19970305
FILER:
\tCOMPANY DATA:
\t\tCOMPANY CONFORMED NAME:\t\t\t{name}
\t\tCENTRAL INDEX KEY:\t\t\t0000000001
{extra}\tFILING VALUES:
\t\tFORM TYPE:\t\t8-K
\t\tSEC FILE NUMBER:\t001-00001
"""


def test_1990s_filer_person_is_read_as_a_person() -> None:
    header = parse_header(_FILER.format(name="ROE JANE Q", extra=""))
    filer = header.document.subject
    assert filer is not None
    assert (filer.kind, filer.given_name, filer.family_name) == ("person", "Jane", "Roe")
    [facts] = [f for f in header.facts if isinstance(f, EntityFacts)]
    assert facts.file_number is None  # the registrant's number, not the person's


def test_filer_company_without_company_word_stays_a_company() -> None:
    """A conformed name with company data (a fiscal year end, a state) is a company's."""
    extra = "\t\tFISCAL YEAR END:\t\t\t1231\n"
    header = parse_header(_FILER.format(name="ROE JANE Q", extra=extra))
    assert header.document.subject is not None
    assert header.document.subject.kind == "company"
    single = parse_header(_FILER.format(name="EXAMPLETRON", extra=""))
    assert single.document.subject is not None
    assert single.document.subject.kind == "company"
