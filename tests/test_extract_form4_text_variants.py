"""kg.extract.form4_text on prints of other filers: joint filers at addresses of their own,
names in capitals before a building's name, Table II titles wrapped under their row.

Each variant edits a copy of the seed print (``tests/data/form4_text/001_...txt``, see
its SOURCES.md); the names, addresses and amounts put in are invented.
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from kg.extract import form4_text
from kg.ingest import read_bytes
from kg.model import Address, EntityFacts, Extraction, Shareholding, Transaction

SEED_TEXT = (Path(__file__).parent / "data" / "form4_text" / "001_e522093d6283adcf.txt").read_text(
    encoding="utf-8"
)
JOINT = (" Form filed by One Reporting Person\n ___ Form filed by More than One",
         " ___ Form filed by One Reporting Person\n Form filed by More than One")  # fmt: skip
OWNER_ROW = (
    "Nath Prem ASCENT SOLAR TECHNOLOGIES, INC. 8120 SHAFFER PARKWAY LITTLETON, CO 80127"
    "\t\t\tSr Vice Pres of Manufacturing\t\n"
)
SIGNED = "David C. Wang, as attorney-in-fact for Prem Nath\n12/04/2007\n"


def _read(*pairs: tuple[str, str]) -> Extraction:
    text = SEED_TEXT
    for old, new in pairs:
        assert old in text, f"the seed no longer contains {old!r}"
        text = text.replace(old, new, 1)
    return form4_text.extract(read_bytes(text.encode("utf-8"), "variant.txt"))


def _owners(x: Extraction) -> dict[str, Address | None]:
    return {
        f.entity.name: (f.addresses[0] if f.addresses else None)
        for f in x.facts
        if isinstance(f, EntityFacts)
    }


@pytest.mark.parametrize(
    ("cell", "name", "address"),
    [
        (
            "Ortiz Rafael 500 BOYLSTON STREET, 12TH FLOOR BOSTON, MA 02116",
            "Rafael Ortiz",
            Address("500 BOYLSTON STREET, 12TH FLOOR", "BOSTON", "MA", "02116"),
        ),
        (
            "Cobalt Ridge Ventures III, L.P. 2850 SAND HILL ROAD SUITE 110 MENLO PARK, CA 94025",
            "Cobalt Ridge Ventures III, L.P.",
            Address("2850 SAND HILL ROAD SUITE 110", "MENLO PARK", "CA", "94025"),
        ),
        (
            "Roe Jane ONE MARKET PLAZA, SPEAR TOWER SAN FRANCISCO, CA 94105",
            "Jane Roe",
            Address("ONE MARKET PLAZA, SPEAR TOWER", "SAN FRANCISCO", "CA", "94105"),
        ),
        (
            "Harbor Fund II, L.P. PO BOX 309 GRAND CAYMAN, E9 KY1-1104",
            "Harbor Fund II, L.P.",
            Address("PO BOX 309", "GRAND CAYMAN", "E9", "KY1-1104"),
        ),
    ],
)
def test_joint_filer_address_in_another_city(cell: str, name: str, address: Address) -> None:
    """The row's own "City, ST Zip": the city is the words after the street's last word."""
    x = _read(JOINT, (OWNER_ROW, OWNER_ROW + cell + "\t\tX\t\t\n"))
    assert _owners(x)[name] == address


def test_joint_filer_in_capitals_before_a_two_word_building() -> None:
    """ "NORDLYS HOLDING AS AKER BRYGGE HOUSE, ...": the signature names the filer, so
    the building's name starts where the words it writes stop."""
    cell = "NORDLYS HOLDING AS AKER BRYGGE HOUSE, STRANDEN 1 OSLO, Q8 0250"
    signed = SIGNED + "\nNordlys Holding AS, By: /s/ Andreas Kessler, Chairman\n12/04/2007\n"
    x = _read(JOINT, (OWNER_ROW, OWNER_ROW + cell + "\t\tX\t\t\n"), (SIGNED, signed))
    owners = _owners(x)
    assert owners["NORDLYS HOLDING AS"] == Address(
        "AKER BRYGGE HOUSE, STRANDEN 1", "OSLO", "Q8", "0250"
    )
    assert "NORDLYS HOLDING AS AKER" not in owners


_T2_ROW = (
    "{title}\t\\$ 31.07\t12/03/2007\t\tA\t15,000 A\t⁽¹⁾\t01/10/2034\tCommon Stock\t15,000"
    "\t\\$ 0\t15,000\tD\t\n {rest}\n"
)


@pytest.mark.parametrize(
    ("title", "rest"),
    [
        ("Employee Stock Option (right", "to buy)"),  # a bracket left open
        ("Restricted Stock", "Units"),  # the widest cell, when nothing else tells
        ("Stock Option to", "Purchase"),
    ],
)
def test_table2_title_wrapped_under_a_row_without_nature(title: str, rest: str) -> None:
    """Two cells of words (title and underlying title) and no nature of ownership: the
    continuation line ends the security's title, and the row is kept."""
    row = _T2_ROW.format(title=title, rest=rest)
    x = _read(("Amount or Number of Shares\n", "Amount or Number of Shares\n" + row))
    (option,) = (
        f for f in x.facts if isinstance(f, (Transaction, Shareholding)) and f.is_derivative
    )
    assert option.security_title == f"{title} {rest}"
    assert option.underlying_security_title == "Common Stock"
    assert option.conversion_or_exercise_price == Decimal("31.07")


def test_table2_underlying_title_printed_elsewhere_takes_the_line() -> None:
    """ "Class A Common" over "Stock": the table prints "Class A Common Stock" elsewhere."""
    held = (
        "Warrants\t\\$ 2.5\t\t\t\t\t08/20/2020\t02/20/2025\tClass A Common Stock\t250\t\t250\tD\t\n"
    )
    row = _T2_ROW.format(title="Warrants", rest="Stock").replace("Common Stock", "Class A Common")
    x = _read(("Amount or Number of Shares\n", "Amount or Number of Shares\n" + held + row))
    derivative = [
        f for f in x.facts if isinstance(f, (Transaction, Shareholding)) and f.is_derivative
    ]
    assert [f.underlying_security_title for f in derivative] == ["Class A Common Stock"] * 2
    assert [f.security_title for f in derivative] == ["Warrants", "Warrants"]
