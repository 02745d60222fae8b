"""Round 10 of the prose readers (fixed on held-out set 8): a list of offices whose "and"
joins its last one, and a committee's chair said in a clause about the committee. Made-up
text, other wordings than the set's."""

from __future__ import annotations

from datetime import date

from kg.model import Position
from tests.test_extract_form8k import _seed_item


def _item_502(body: str) -> set[tuple]:
    """(holder, title, start, end) of every position a made-up Item 5.02 reads."""
    x = _seed_item(body, "Item 5.02 Departure of Directors or Certain Officers.")
    return {
        (p.holder.name, p.title, p.start_date, p.end_date)
        for p in x.facts
        if isinstance(p, Position) and p.holder.name != "Matthew B. Foster"  # the seed's signer
    }


# --- "Chief Operating Officer, Treasurer and a director": three offices --------------------


def test_offices_listed_with_commas_before_and_a_director_are_each_read() -> None:
    found = _item_502(
        "Effective May 6, 2024, Thomas W. Reed resigned from his positions as Chief Operating"
        " Officer, Treasurer and as a member of the Board of Directors of the Company."
    )
    titles = {p[1] for p in found if p[0] == "Thomas W. Reed"}
    assert titles == {"Chief Operating Officer", "Treasurer", "Director"}


def test_offices_listed_in_an_appointment_each_start() -> None:
    found = _item_502(
        "On May 6, 2024, the Board named Laura P. Kent the Company's Chief Financial Officer,"
        " Secretary and a director."
    )
    assert ("Laura P. Kent", "Chief Financial Officer", date(2024, 5, 6), None) in found
    assert ("Laura P. Kent", "Secretary", date(2024, 5, 6), None) in found


def test_a_rank_before_a_function_stays_one_office() -> None:
    found = _item_502(
        "On May 6, 2024, the Board named Laura P. Kent Senior Vice President, Chief Accounting"
        " Officer and a director."
    )
    titles = {p[1] for p in found if p[0] == "Laura P. Kent"}
    assert "Senior Vice President, Chief Accounting Officer" in titles
    assert "Senior Vice President" not in titles


# --- "with Ms. A serving as chair": the committee's ----------------------------------------


def test_a_chair_in_a_clause_about_a_committee_is_not_an_office() -> None:
    found = _item_502(
        "On May 6, 2024, the Board elected Oscar J. Lindahl and Petra N. Voss as directors."
        " The Risk Committee will consist of Oscar J. Lindahl and Petra N. Voss, with"
        " Ms. Voss serving as chairperson; Mr. Lindahl will also serve on the Audit Committee."
    )
    titles = {p[1] for p in found if p[0] == "Petra N. Voss"}
    assert "chairperson" not in {t.lower() for t in titles}
    assert "director" in {t.lower() for t in titles}


def test_a_chair_of_the_board_in_a_sentence_about_committees_is_kept() -> None:
    found = _item_502(
        "On May 6, 2024, the Board appointed Oscar J. Lindahl as Chairman of the Board,"
        " effective immediately; he will also serve on the Audit Committee."
    )
    assert ("Oscar J. Lindahl", "Chairman of the Board", date(2024, 5, 6), None) in found
