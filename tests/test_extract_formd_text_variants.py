"""kg.extract.formd_text on prints of other notices: item 7's previous accession number
(labelled or not, never read as a date) and item 3 names inline after their labels that
wrap onto the line below.

Each variant edits a copy of the seed print (``tests/data/formd_text/000_...txt``, see its
SOURCES.md); the names, numbers and addresses put in are invented.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from kg.extract import formd_text
from kg.ingest import read_bytes
from kg.model import Address, EntityFacts, Extraction, Offering, Position

SEED_TEXT = (Path(__file__).parent / "data" / "formd_text" / "000_4ecf89f82e1dc858.txt").read_text(
    encoding="utf-8"
)
FILING = "X New Notice Date of First Sale X First Sale Yet\tto Occur\nAmendment\t\n"
KUMAR = "Last Name\tFirst Name\tMiddle Name\nKUMAR Street Address 1\tAMIT\t\n"


def _read(*pairs: tuple[str, str]) -> Extraction:
    text = SEED_TEXT
    for old, new in pairs:
        assert old in text, f"the seed no longer contains {old!r}"
        text = text.replace(old, new, 1)
    return formd_text.extract(read_bytes(text.encode("utf-8"), "variant.txt"))


def _offering(x: Extraction) -> Offering:
    (offering,) = (f for f in x.facts if isinstance(f, Offering))
    return offering


@pytest.mark.parametrize(
    "filed",
    [
        "New Notice Date of First Sale X First Sale Yet\tto Occur\n"
        "X Amendment\tPrevious Accession Number 0009999999-12-123456\t\n",
        "New Notice Date of First Sale X First Sale Yet\tto Occur\n"
        "X Amendment\t0009999999-12-123456\t\n",  # the print lost the label
    ],
)
def test_previous_accession_number_is_no_date_of_first_sale(filed: str) -> None:
    x = _read((FILING, filed))
    offering = _offering(x)
    assert x.document.amends == "0009999999-12-123456"
    assert (offering.is_amendment, offering.first_sale_yet_to_occur) == (True, True)
    assert offering.date_of_first_sale is None  # not "9999-12-12" out of the number


def test_unlabelled_accession_next_to_a_date_of_first_sale() -> None:
    filed = (
        "New Notice Date of First Sale 2016-02-01 First Sale Yet\tto Occur\n"
        "X Amendment\t0009999999-15-000123\t\n"
    )
    x = _read((FILING, filed))
    assert x.document.amends == "0009999999-15-000123"
    assert _offering(x).date_of_first_sale == date(2016, 2, 1)


def test_names_inline_after_their_labels_wrap_onto_the_next_line() -> None:
    """ "Last Name VAN DER<TAB>First Name ANNA<TAB>Middle Name" over "BERG<TAB><TAB>": each
    name goes on in its column."""
    person = (
        "Last Name VAN DER\tFirst Name ANNA\tMiddle Name\nBERG\t\tMARIE\n"
        "Street Address 1 2200 SAND HILL ROAD\tStreet Address 2\t\n"
        "City MENLO PARK\tState/Province/Country CALIFORNIA\tZIP/PostalCode 94025\n"
        "Relationship: Executive Officer\tX Director Promoter\t\n"
        "Clarification of Response (if Neces\tssary):\t\n"
    )
    x = _read((KUMAR, person + KUMAR))
    positions = {p.holder.name: p for p in x.facts if isinstance(p, Position)}
    (anna,) = (p.holder for name, p in positions.items() if "Berg" in name)
    assert (anna.given_name, anna.middle_name, anna.family_name) == (
        "Anna",
        "Marie",
        "van der Berg",
    )
    assert positions[anna.name].roles == ("Director",)
    addresses = [f.addresses for f in x.facts if isinstance(f, EntityFacts) and f.entity == anna]
    assert addresses == [(Address("2200 Sand Hill Road", "Menlo Park", "CA", "94025"),)]
