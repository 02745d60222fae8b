"""Round 19 of the prose readers: wording classes held-out sets 13, 7 and 5 showed misread,
each on made-up text worded differently from the sets (an 8-K item through
``kg.extract.form8k``)."""

from __future__ import annotations

from datetime import date

from tests.test_prose_round12 import _held

_FILER = "Ascent Solar Technologies, Inc."  # the seed 8-K's registrant


# --- the office held since an event told in a clause -----------------------------------------


def test_an_office_held_since_the_person_joined_is_read() -> None:
    found = _held(
        "On August 3, 2017, the Board promoted Odalric Brannoch to Chief Operating Officer,"
        " effective September 1, 2017. Mr. Brannoch, 51, has served as the Company's Senior"
        " Vice President, Field Operations since he joined the Company in 2012."
    )
    day = date(2017, 9, 1)
    assert ("Odalric Brannoch", "Chief Operating Officer", _FILER, day, None) in found
    assert any(
        p[0] == "Odalric Brannoch" and p[1] == "Senior Vice President, Field Operations"
        for p in found
    )
