"""Review mends of 2026-12-02 (third session): behaviour kept, costs bounded."""

from __future__ import annotations

from kg.extract.agreement_signatures import columns

_BLOCK = (
    "ACME HOLDINGS, INC.                      BETA PARTNERS LLC\n"
    "By: /s/ Jane Roe                         By: /s/ John Poe\n"
    "Name: Jane Roe                           Name: John Poe\n"
    "Title: President                         Title: Manager\n"
)


def test_side_by_side_block_becomes_one_column_after_the_other() -> None:
    assert columns(_BLOCK).split("\n")[:-1] == [
        "ACME HOLDINGS, INC.",
        "By: /s/ Jane Roe",
        "Name: Jane Roe",
        "Title: President",
        "BETA PARTNERS LLC",
        "By: /s/ John Poe",
        "Name: John Poe",
        "Title: Manager",
    ]


def test_many_blocks_are_read_without_recursion() -> None:
    # One recursive call a block used to put 3,000 blocks past the recursion limit.
    text = "\n".join([_BLOCK] * 3000)
    lines = columns(text).split("\n")
    assert lines.count("BETA PARTNERS LLC") == lines.count("By: /s/ Jane Roe") == 3000
    assert lines.count("Title: Manager") == 3000


def test_three_columns_are_split_at_both_gaps() -> None:
    text = (
        "By: /s/ Jane Roe          By: /s/ John Poe          By: /s/ Ann Coe\n"
        "Name: Jane Roe            Name: John Poe            Name: Ann Coe\n"
    )
    lines = columns(text).split("\n")
    assert lines.index("By: /s/ John Poe") < lines.index("By: /s/ Ann Coe")
