"""Words written in capitals made readable (kg.extract.common.display_name): an address's
numbers keep what they mean."""

from __future__ import annotations

from pathlib import Path

import pytest

from kg.extract.common import display_name
from kg.pipeline import extract_paths

REAL = Path(__file__).parent / "data" / "realworld" / "formd"


@pytest.mark.parametrize(
    ("written", "shown"),
    [
        ("SUITE 6H", "Suite 6H"),  # a unit: its letter is part of the number
        ("12TH FLOOR", "12th Floor"),  # an ordinal reads as one
        ("21ST AVENUE SOUTH", "21st Avenue South"),
        ("APT 1711", "Apt 1711"),
        ("BUILDING 4-B, 3RD FLOOR", "Building 4-B, 3rd Floor"),
        ("MARY O'NEILL-MCCARTHY", "Mary O'Neill-McCarthy"),  # names as before
    ],
)
def test_capitals_made_readable(written: str, shown: str) -> None:
    assert display_name(written) == shown


def test_a_real_form_d_page_keeps_its_unit() -> None:
    """EDGAR's HTML page of a real Form D prints "704 LINCOLN RD." and "SUITE 6H"."""
    extracted = extract_paths([REAL / "hashnote_stablecoin_fund_formD_2023.rendered.html"])
    streets = {
        address.street
        for _, extraction in extracted.items
        for fact in extraction.facts
        for address in getattr(fact, "addresses", ())
    }
    assert "704 Lincoln Rd., Suite 6H" in streets
