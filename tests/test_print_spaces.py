"""Printed Forms 3, 4 and 5 whose tables set their cells apart by spaces, not tabs
(``kg.extract.form4_text_spaces``): each tab printed as a run of the same number of
spaces (held-out print3 G07), or every cell at its column's position as ``pdftotext
-layout`` prints it. Tab-separated prints are read exactly as before.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from kg.extract import form4_text
from kg.extract.form4_text_boxes import join_wrapped_labels, section
from kg.extract.form4_text_spaces import tabbed
from kg.ingest import read_bytes
from kg.ingest.printed import page_lines
from kg.model import Position, Shareholding, Transaction
from tests.test_print_heldout2 import flat_form4

HERE = Path(__file__).parent
SEED = HERE / "data" / "form4_text" / "001_e522093d6283adcf.txt"
HELDOUT = HERE / "data" / "heldout"
G07 = HELDOUT / "print3" / "G07_spaces_not_tabs.txt"
# Every tabbed print of Forms 3/4/5 at hand but G08, whose tabs are padded with up to
# three spaces (a run of spaces for a tab cannot be told from the padding beside it).
TABBED = [
    SEED,
    *sorted((HELDOUT / "print2").glob("F*.txt")),
    *sorted(p for p in (HELDOUT / "print3").glob("G*.txt") if p.name[:3] not in {"G07", "G08"}),
]


def _extract(text: str) -> Any:
    return form4_text.extract(read_bytes(text.encode("utf-8"), "form4.txt"))


def _rows(text: str) -> list[Transaction | Shareholding]:
    return [f for f in _extract(text).facts if isinstance(f, (Transaction, Shareholding))]


def test_g07_rows() -> None:
    """Held-out G07: Table I printed with three spaces for each tab (an empty cell is one
    run more); its two purchases and the holding by IRA."""
    first, second, held = _rows(G07.read_text(encoding="utf-8"))
    assert isinstance(first, Transaction) and isinstance(second, Transaction)
    assert (first.transaction_date, first.transaction_code, first.acquired_disposed) == (
        date(2019, 7, 24),
        "P",
        "A",
    )
    assert (first.shares, first.price_per_share, first.shares_owned_after) == (
        Decimal("1000"),
        Decimal("21.75"),
        Decimal("15400"),
    )
    assert first.deemed_execution_date is None and first.direct_or_indirect == "D"
    assert (second.shares, second.price_per_share) == (Decimal("500"), Decimal("21.9"))
    assert isinstance(held, Shareholding)
    assert (held.shares, held.direct_or_indirect, held.nature_of_ownership) == (
        Decimal("2200"),
        "I",
        "By IRA",
    )


@pytest.mark.parametrize("width", [2, 3, 4, 8])
@pytest.mark.parametrize("path", TABBED, ids=lambda p: p.name[:3])
def test_every_tab_as_spaces_reads_as_the_tabbed_print(path: Path, width: int) -> None:
    """Each tab of a real tabbed print (Tables I and II, the Reporting Owners table)
    printed as ``width`` spaces: every field reads as in the tabbed print."""
    text = path.read_text(encoding="utf-8")
    assert flat_form4(_extract(text.replace("\t", " " * width))) == flat_form4(_extract(text))


def test_joint_filers_table_in_spaces() -> None:
    """The Reporting Owners table of a two-owner print with spaces: the second owner's
    relationship is read from its own row."""
    text = (HELDOUT / "print3" / "G10_joint_filer_sheet.txt").read_text(encoding="utf-8")
    spaced = _extract(text.replace("\t", "   "))
    positions = [f for f in spaced.facts if isinstance(f, Position)]
    tabbed_positions = [f for f in _extract(text).facts if isinstance(f, Position)]
    assert len(positions) == 2
    assert [(p.holder.name, p.roles) for p in positions] == [
        (p.holder.name, p.roles) for p in tabbed_positions
    ]


# G10's Reporting Owners table set out by columns, each "Name / Address" cell wrapped.
OWNERS_BY_COLUMN = """\
Reporting Owner Name / Address                                Relationships
                                                        Director   10% Owner   Officer   Other
Pendleford Healthcare Partners II, L.P.                                 X
1 LETTERMAN DRIVE, BUILDING C
SAN FRANCISCO, CA 94129
Pendleford Healthcare GP II, LLC                                        X
1 LETTERMAN DRIVE, BUILDING C
SAN FRANCISCO, CA 94129
"""


def test_owners_table_set_out_by_columns() -> None:
    """The joint filer's row read with its wrapped address and its "10% Owner" mark."""
    text = (HELDOUT / "print3" / "G10_joint_filer_sheet.txt").read_text(encoding="utf-8")
    start = text.index("Reporting Owner Name / Address")
    by_column = text[:start] + OWNERS_BY_COLUMN + text[text.index("\nSignatures", start) :]
    got, want = flat_form4(_extract(by_column)), flat_form4(_extract(text))
    assert got["o1.name"] == "Pendleford Healthcare GP II, LLC"
    assert got["o1.roles"] == ["TenPercentOwner"]
    assert got == want


SEED_TEXT = SEED.read_text(encoding="utf-8")
# Table I as ``pdftotext -layout`` prints it: each heading wrapped inside its column, each
# cell at its column's position; the empty "Deemed Execution Date" column is only in the
# headings; the last row's title and nature wrapped onto a second line.
LAYOUT = """\
1. Title of Security   2. Transaction   2A. Deemed          3. Transaction   4. Securities Acquired (A) or          5. Amount of         6. Ownership     7. Nature of
(Instr. 3)             Date             Execution Date,     Code (Instr. 8)  Disposed of (D) (Instr. 3, 4 and 5)    Securities           Form: Direct     Indirect
                       (Month/Day/      if any                                                                      Beneficially Owned   (D) or Indirect  Beneficial
                       Year)            (Month/Day/Year)                                                            Following Reported   (I) (Instr. 4)   Ownership
                                                            Code    V        Amount    (A) or (D)   Price           Transaction(s)                        (Instr. 4)
Common Stock           12/03/2007                           S (1)            100       D            \\$ 16.66        1,946 (2)            D
Common Stock           12/03/2007       12/05/2007          S (1)            1,108     D            \\$ 16.75        838 (2)              D
Common Stock, par                                                                                                   2,200                I                By Family
value \\$0.01                                                                                                                                              Trust"""  # noqa: E501


def _with_layout_table(layout: str = LAYOUT) -> str:
    start = SEED_TEXT.index("1. Title of Security (Instr. 3)")
    return SEED_TEXT[:start] + layout + SEED_TEXT[SEED_TEXT.index("\n\nReminder:") :]


def test_table_set_out_by_columns() -> None:
    first, second, held = _rows(_with_layout_table())
    assert isinstance(first, Transaction) and isinstance(second, Transaction)
    assert (first.transaction_date, first.deemed_execution_date) == (date(2007, 12, 3), None)
    assert (first.transaction_code, first.shares, first.acquired_disposed) == (
        "S",
        Decimal("100"),
        "D",
    )
    assert (first.price_per_share, first.shares_owned_after) == (
        Decimal("16.66"),
        Decimal("1946"),
    )
    assert first.footnotes and first.footnotes[0].startswith("The sales reported")
    assert second.deemed_execution_date == date(2007, 12, 5)
    assert (second.shares, second.shares_owned_after) == (Decimal("1108"), Decimal("838"))
    assert isinstance(held, Shareholding)
    assert held.security_title == "Common Stock, par value $0.01"
    assert (held.shares, held.direct_or_indirect) == (Decimal("2200"), "I")
    assert held.nature_of_ownership == "By Family Trust"


def test_column_no_row_fills_is_kept_from_its_heading() -> None:
    """No row has a deemed execution date: the heading over the empty column keeps it a
    column, so the transaction code is still read from its own."""
    rows = _rows(_with_layout_table(LAYOUT.replace("12/05/2007", " " * 10)))
    assert [(r.deemed_execution_date, r.transaction_code) for r in rows[:2]] == [
        (None, "S"),
        (None, "S"),
    ]
    assert [r.shares_owned_after for r in rows[:2]] == [Decimal("1946"), Decimal("838")]


def _section(text: str, label: str) -> list[str]:
    doc = read_bytes(text.encode("utf-8"), "form4.txt")
    return section(join_wrapped_labels(page_lines(doc.plain_text)), label)


def test_tabbed_print_is_left_as_it_is() -> None:
    table = _section(SEED_TEXT, "Table I")
    assert any("\t" in line for line in table)
    assert tabbed(table) is table


def test_columns_cut_at_the_run_of_spaces_a_tab_was() -> None:
    """G07's rows as tabs: an empty cell is one run more ("Common Stock" and the holding
    five runs apart: the transaction columns are empty)."""
    table = tabbed(_section(G07.read_text(encoding="utf-8"), "Table I"))
    rows = [line for line in table if line.startswith("Common Stock")]
    assert rows[0].split("\t") == [
        "Common Stock",
        "07/24/2019",
        "",
        "P",
        "1,000 A \\$ 21.75",
        "15,400",
        "D",
        "",
    ]
    assert rows[2].split("\t") == ["Common Stock", "", "", "", "", "2,200", "I", "By IRA"]


def test_prose_lines_stay_as_printed() -> None:
    """The "Reminder:" line and the page foot run across the columns: not cut into cells."""
    table = tabbed(_section(_with_layout_table(), "Table I"))
    reminder = next(line for line in table if line.startswith("Reminder:"))
    assert "\t" not in reminder
