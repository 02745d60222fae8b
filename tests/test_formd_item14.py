"""Printed and rendered Form D, Item 14: the box "Select if securities in the offering
have been or may be sold to persons who do not qualify as accredited investors" and the
number of such non-accredited investors entered after its sentence ("... enter the number
of such non-accredited investors who already have invested in the offering: 4"): on the
sentence's last line after a full stop or a colon, or alone on the next line, the
sentence wrapped over lines or not. The total's count is never taken for it.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from kg.extract import formd_text
from kg.ingest import read_bytes
from kg.model import Offering

HERE = Path(__file__).parent
D04 = HERE / "data" / "heldout" / "print2" / "D04_yet_to_occur_nonaccredited.txt"
SEED = HERE / "data" / "formd_text" / "000_4ecf89f82e1dc858.txt"
PAGE = HERE / "data" / "heldout" / "struct2" / "h05_formd_hedge_fund.rendered.html"
D04_TEXT = D04.read_text(encoding="utf-8")
COUNTED = "non-accredited investors who already have invested in the offering:\t3\n"


def _investors(text: str, name: str = "formd.txt") -> tuple[bool | None, int | None, int | None]:
    extraction = formd_text.extract(read_bytes(text.encode("utf-8"), name))
    (offering,) = [f for f in extraction.facts if isinstance(f, Offering)]
    return (
        offering.has_non_accredited_investors,
        offering.non_accredited_investors,
        offering.total_investors,
    )


def _edit(text: str, old: str, new: str) -> str:
    assert old in text, old
    return text.replace(old, new, 1)


def test_heldout_d04() -> None:
    """D04 ticks the box and enters 3 after the sentence's colon; 12 investors in all."""
    assert _investors(D04_TEXT) == (True, 3, 12)


@pytest.mark.parametrize(
    ("counted", "expected"),
    [
        ("non-accredited investors who already have invested in the offering: 3\n", 3),
        ("non-accredited investors who already have invested in the offering.\t3\n", 3),
        ("non-accredited investors who already have invested in the offering:\n3\n", 3),
        ("non-accredited investors who already have invested in the offering:\n 3 \n", 3),
        ("non-accredited investors who already\nhave invested in the offering: 3\n", 3),
        ("non-accredited\ninvestors who already have\ninvested in the offering:\n1,204\n", 1204),
        ("non-accredited investors who already have invested in the offering:\t\n", None),
        ("non-accredited investors who already have invested in the offering.\n", None),
    ],
    ids=[
        "colon-space",
        "stop-tab",
        "next-line",
        "next-line-padded",
        "wrapped",
        "wrapped-twice-next-line",
        "empty-cell",
        "none",
    ],
)
def test_count_layouts(counted: str, expected: int | None) -> None:
    """The count where the print puts it; the next sentence's total (12) is never it."""
    assert _investors(_edit(D04_TEXT, COUNTED, counted)) == (True, expected, 12)


def test_count_not_taken_from_the_next_sentence() -> None:
    """A number opening the line after the sentence but not alone on it is no count."""
    counted = "non-accredited investors who already have invested in the offering:\n"
    text = _edit(D04_TEXT, COUNTED, counted)
    text = _edit(text, "\nRegardless of whether", "\n2 Regardless of whether")
    assert _investors(text)[1] is None


def test_seed_print_unticked() -> None:
    """The seed prints both sentences on one line and only the total after them."""
    assert _investors(SEED.read_text(encoding="utf-8")) == (False, None, 1)


def test_rendered_page_ticked_with_count() -> None:
    """EDGAR's page: the count in the cell after the box's sentence."""
    page = PAGE.read_text(encoding="utf-8")
    box = '<td class="CheckBox">&#9744;</td><td class="FormText">Select if securities'
    page = _edit(page, box, box.replace("&#9744;", "X"))
    cell = 'already have invested in the offering.</td><td class="FormData">&#160;</td>'
    page = _edit(page, cell, cell.replace("&#160;", "4"))
    assert _investors(page, "formd.html") == (True, 4, 61)
