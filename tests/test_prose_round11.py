"""Round 11 of the prose readers: one sentence that names several people (held-out set 8),
each on made-up text through ``kg.extract.form8k``'s Item 5.02."""

from __future__ import annotations

from datetime import date

from tests.test_prose_round9 import _item_502

_DAY = date(2021, 9, 14)


def test_each_of_a_list_of_names_resigns_the_seat() -> None:
    found = _item_502(
        "On September 14, 2021, in connection with the closing of the Merger, each of Bertram"
        " Quillfeather, Odalys Vantongeren and Ignatius Mbeki-Rowe resigned as a director of the"
        " Company."
    )
    for name in ("Bertram Quillfeather", "Odalys Vantongeren", "Ignatius Mbeki-Rowe"):
        assert (name, "director", None, _DAY) in found, name


def test_names_that_each_resign_from_the_board() -> None:
    found = _item_502(
        "On September 14, 2021, Bertram Quillfeather, Odalys Vantongeren and Ignatius Mbeki-Rowe"
        " each resigned from the Board."
    )
    for name in ("Bertram Quillfeather", "Odalys Vantongeren", "Ignatius Mbeki-Rowe"):
        assert (name, "Director", None, _DAY) in found, name


def test_two_clauses_each_end_their_own_title() -> None:
    found = _item_502(
        "On September 14, 2021, Bertram Quillfeather resigned as Chief Executive Officer of the"
        " Company and Odalys Vantongeren resigned as Chief Financial Officer of the Company."
    )
    assert ("Bertram Quillfeather", "Chief Executive Officer", None, _DAY) in found
    assert ("Odalys Vantongeren", "Chief Financial Officer", None, _DAY) in found
    assert not [
        f for f in found if f[0] == "Odalys Vantongeren" and f[1] != "Chief Financial Officer"
    ]


def test_a_list_after_a_colon_takes_the_seat_the_verb_gives() -> None:
    found = _item_502(
        "On September 14, 2021 (the \u201cClosing Date\u201d), the Company completed the Merger."
        " Effective as of the Closing, the following individuals were elected to the Board:"
        " Bertram Quillfeather, Odalys Vantongeren and Ignatius Mbeki-Rowe."
    )
    for name in ("Bertram Quillfeather", "Odalys Vantongeren", "Ignatius Mbeki-Rowe"):
        assert (name, "Director", _DAY, None) in found, name


def test_appointed_each_as_their_own_title_on_the_sentences_day() -> None:
    found = _item_502(
        "Effective September 14, 2021, the Board appointed Bertram Quillfeather as Chief Executive"
        " Officer, Odalys Vantongeren as Chief Operating Officer and Ignatius Mbeki-Rowe as"
        " Treasurer."
    )
    assert ("Bertram Quillfeather", "Chief Executive Officer", _DAY, None) in found
    assert ("Odalys Vantongeren", "Chief Operating Officer", _DAY, None) in found
    assert ("Ignatius Mbeki-Rowe", "Treasurer", _DAY, None) in found
