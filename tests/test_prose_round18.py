"""Round 18 of the prose readers: the wording classes held-out set 13 showed misread, each on
made-up text worded differently from the set (an 8-K item through ``kg.extract.form8k``, a
release through ``kg.extract.press``)."""

from __future__ import annotations

from datetime import date

from tests.test_prose_round12 import _held

_FILER = "Ascent Solar Technologies, Inc."  # the seed 8-K's registrant


# --- the board's day and the day the changes take effect -----------------------------------


def test_the_day_the_board_acted_gives_way_to_the_day_both_changes_take_effect() -> None:
    found = _held(
        "On May 6, 2015, the Board of Directors promoted Tamsin Volkova from Director,"
        " Procurement to Vice President, Procurement, and promoted Ilario Benedetti from"
        " Assistant Controller to Controller. Both promotions take effect July 1, 2015."
    )
    day = date(2015, 7, 1)
    assert ("Tamsin Volkova", "Vice President, Procurement", _FILER, day, None) in found
    assert ("Tamsin Volkova", "Director, Procurement", _FILER, None, day) in found
    assert ("Ilario Benedetti", "Controller", _FILER, day, None) in found
    assert ("Ilario Benedetti", "Assistant Controller", _FILER, None, day) in found


def test_the_board_acting_with_no_later_day_keeps_its_day() -> None:
    found = _held(
        "On May 6, 2015, the Board of Directors promoted Tamsin Volkova from Director,"
        " Procurement to Vice President, Procurement. Ms. Volkova joined the Company in 2009."
    )
    day = date(2015, 5, 6)
    assert ("Tamsin Volkova", "Vice President, Procurement", _FILER, day, None) in found
