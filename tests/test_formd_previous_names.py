"""Item 1's "Previous Names" on the printed page and on EDGAR's HTML page.

EDGAR's page prints the list of previous names under the box's row (one a line, after the
CIK) and leaves its "None" box blank; the printed notice writes them on the row itself, or
ticks "X None". Made-up names and CIKs throughout.
"""

from __future__ import annotations

from kg.extract.formd_text_boxes import previous_names

ROW = "1. Issuer's Identity\n\nCIK (Filer ID Number)\tPrevious Names\t{none}\tEntity Type\n"
BOXES = "\tCorporation\nX\tLimited Partnership\n\tOther (Specify)\nName of Issuer\nQuill Fund LP\n"


def test_names_listed_under_the_row_of_edgar_page() -> None:
    identity = ROW.format(none="None") + "0009990001\nQuill Advisers LLC\nQuill Fund I LP\n" + BOXES
    assert previous_names(identity) == ("Quill Advisers LLC", "Quill Fund I LP")


def test_ticked_none_box_reads_no_name_below() -> None:
    identity = ROW.format(none="X\tNone") + "0009990001\n" + BOXES
    assert previous_names(identity) == ()
    # A ticked box wins over a stray line under the row.
    identity = ROW.format(none="X\tNone") + "0009990001\nQuill Advisers LLC\n" + BOXES
    assert previous_names(identity) == ()


def test_names_on_the_row_of_the_printed_notice() -> None:
    identity = ROW.format(none="Quill Advisers LLC") + "0009990001\t\t\tX Corporation\n"
    assert previous_names(identity) == ("Quill Advisers LLC",)


def test_no_name_when_the_entity_boxes_follow_the_cik() -> None:
    assert previous_names(ROW.format(none="None") + "0009990001\n" + BOXES) == ()
