"""The prose readers against hand-written truth on made-up 8-Ks and releases
(tests/data/heldout, scored by tests/heldout.py): a change may not read fewer positions
right, nor more wrong, than recorded here. Raise the floors when the readers improve."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from kg.model import EntityRef, Position
from tests.heldout import score, score_set

HELDOUT = Path(__file__).parent / "data" / "heldout"

# set: (right at least, wrong + spurious at most), as measured on 2026-12-02 (prose4 after it
# was fixed on in round 6: no longer held out; prose5 after round 7 fixed on it; prose6 after
# round 8 fixed on it). prose3's cap 3 -> 4 in round 8: p11 says "President and Chief Executive
# Officer of the Company and the Bank" and its truth lists the Company's office only (p01 lists
# the Bank's as optional); the Bank's office is now read, a gap in that truth, not a misread.
# Round 9 (fixed on prose7): prose4 and prose6 gained one each ("until"/"through" dates).
# Round 10 (fixed on prose8): prose8 recorded after its fixes (72/25 before them).
# Round 11 (several people in one sentence): prose8 one error fewer (t02's appointments read
# as changes; t02 stays undated while its "Closing Date" is defined outside the items).
# Round 12 (the Introductory Note, fixed on prose9; first score 15/2/80, 3 spurious): prose9
# recorded after its fixes; prose8 76 -> 97 (t02 dated by its note; t04, t07 "effective upon
# Mr. X's departure" over the day the Board acted; t14 "and will remain ... as"), prose5
# 112 -> 113 (q07 "will relinquish ... and will continue to serve as").
# The prose10 round (tests/test_prose_round12.py; typical 8-Ks and releases, first score
# 80/11/36, 8 spurious, of 127): prose10 recorded after its fixes; prose3 134 -> 135, prose4
# 79 -> 81, prose5 113 -> 118, prose6 87 -> 90, prose7 86 -> 93, prose8 97 -> 99, prose9
# 85 -> 88 ("will become", "on the same date", "who has served as ... and will become", a
# predecessor's office, a title's business after its comma); errors fell in prose3, prose5-9.
# Round 13 (tests/test_prose_round13.py; typical 8-Ks and releases, prose11's first score
# 77/11/45, 13 spurious, of 133): prose11 recorded after its fixes; prose3 135 -> 136, prose8
# 99 -> 100 (seats filled by a list of names, a lead director made chair, an event's day named
# without a defined term, bullets under a dated heading, "remain on the Board").
# Round 14 (tests/test_prose_round14.py): prose11 96 -> 99, prose5 118 -> 119, prose6 90 -> 91
# (a notice's day is not the departure's, "will continue in her current role until <date>",
# a name in another's "who has served alongside" clause, "will also assume the title of").
# Round 15 (tests/test_prose_round15.py; a bank and its holding company, a division's title):
# prose11 99 -> 105, prose8 100 -> 101 ("the bank" a release names through its holding
# company, "President of its X Division", "effective on the 1st day of October, 2004"). prose5's
# cap 9 -> 10: q18 says "Executive Vice President and Chief Credit Officer of the Company and
# the Bank" and its truth lists one office (either org); the Bank's is now read too, as in
# prose3's p11 above: a gap in that truth, not a misread.
# prose12 is a measuring set, never fixed on (written after round 13): 88/16/18, 17 spurious
# before round 13, 88/16/18, 15 spurious after it, 90/14/18, 15 spurious after round 14,
# 90/14/18, 14 spurious after round 15.
# The real-8-K fixes (tests/test_real8k_fixes2.py): prose4 81 -> 82, prose6 91 -> 92 right.
# The infinitive "voted to elect A to serve as a director" (tests/test_prose_round15.py):
# prose7 94 -> 95.
# Round 16 (tests/test_prose_round16.py; fixed on prose11, prose6 and prose7): prose11 105 -> 115
# right, 15 -> 12 errors; prose6 92 -> 101, 21 -> 19; prose7 95 -> 101, 26 -> 23; prose2 one
# spurious fewer (a wrapped dateline line, "given the additional title of", seats kept on both
# boards, co-CEO lists and co-offices ended, "step down as A and become B", "Name – Title"
# lines under a dated heading, "elected her/each of them", "from <date> through <date>").
# prose12 90/14/18, 14 spurious after round 16 (unchanged).
# Round 17 (tests/test_prose_round17.py; fixed on prose7, prose5, prose4 and prose8): prose5
# 119 -> 122 right, 10 -> 9 errors; prose7 101 -> 102; prose8 101 -> 103, 17 -> 13; prose4 10
# -> 9 errors (a function after a spaced dash, "formerly <title>" in passing, a predecessor's
# own departure or "who has served as" bounding the office left, "Both elections were
# effective <date>" in an 8-K). prose12 90/14/18, 14 spurious after round 17 (unchanged).
# A signer's office at the general partner an 8-K is signed through (tests/
# test_signature_through.py): prose6 101 -> 102 right (19 -> 18), prose8 (13 -> 12).
# Round 18 (tests/test_prose_round18.py; fixed on prose13, first score 69/11/18, 9 spurious, of
# 98): prose13 recorded after its fixes (87/3/8, 7 spurious); prose6 101 -> 103 right, 19 -> 18
# errors; prose7 102 -> 103; prose8 103 -> 104, 13 -> 12 (the day "Both promotions are effective"
# gives over the Board's, a part of a fuller title kept beside a new office, "the promotions of A
# to X and B to Y", a lower vice-presidential rank left for a higher one, a bank's officer titles,
# an Annual Meeting dated a sentence earlier, the seat left with "retire from the Board", a
# reason's "new position as", "will return to his prior role ... on that date", "the bank's
# board", an office placed at the bank, "President and COO" left for "President and CEO").
# prose12 94/12/16, 13 spurious after round 18.
# With the general-partner signature and round 18 together: prose6 104 right (17 errors),
# prose8 104 (11).
# Round 19 (tests/test_prose_round19.py; fixed on prose13, prose7 and prose5): prose13 87 -> 92
# right, 10 -> 7 errors; prose7 103 -> 104; prose4 82 -> 83 (an office held "since she joined",
# a second function "Quality and Program Management" and a "Products Group" after the comma, "the
# independent Chair" and "the Board's Lead Independent Director" said in passing, "Executive
# Chair and interim CEO" two offices, a vice president's "president" no president's office).
# prose12 94/12/16, 13 spurious after round 19 (unchanged).
# Round 20 (tests/test_prose_round20.py; fixed on prose6, prose7 and prose5): prose5 122 -> 123
# right, prose6 104 -> 105, prose7 104 -> 105, prose13 92 -> 93 (errors unchanged: a unit of
# three or four words before "since", an office "has been ... since" beside joining the filer
# told as history, "A has been named T." with no day on the report's date). prose12 94/12/16,
# 13 spurious after round 20 (unchanged).
# Round 21 (tests/test_prose_round21.py; fixed on prose14, first score 60/5/19, 2 spurious, of
# 84): prose14 recorded after its fixes (82/0/2, 1 spurious); prose2 104 -> 107 right, 14 -> 11
# errors; prose4 83 -> 84, 9 -> 8; prose11 115 -> 116; prose5 9 -> 8 errors, prose6 17 -> 16,
# prose8 11 -> 10, prose13 7 -> 6 (a release's "has been named T" on its date and its lower rank
# left, "will succeed him as", "Regulation S-K." ending a sentence, "at the same meeting", a
# second departure joined by "and", "Associate General Counsel"). prose12 95/13/14, 12 spurious
# after round 21 (one right more, one spurious now a near title: errors the same).
# prose15 is a measuring set, never fixed on (written after round 21, like prose12): 54/8/15,
# 9 spurious of 77 at first, after round 21 (the fresh estimate for new typical filings).
# Round 22 (tests/test_prose_round22.py; fixed on prose7 and prose6): prose7 105 -> 109 right (a
# signature flattened onto one line, "By: /s/ Name, Title"; "A, who has served as interim T
# since <month>, has been named T" ends the interim office the day T starts).
RECORDED = {
    "prose2": (107, 11),
    "prose3": (136, 2),
    "prose4": (84, 8),
    "prose5": (123, 8),
    "prose6": (105, 16),
    "prose7": (109, 23),
    "prose8": (104, 10),
    "prose9": (88, 2),
    "prose10": (117, 3),
    "prose11": (116, 12),
    "prose12": (95, 25),
    "prose13": (93, 6),
    "prose14": (82, 1),
    "prose15": (54, 17),
}


@pytest.mark.parametrize("name", sorted(RECORDED))
def test_heldout_positions_do_not_regress(name: str) -> None:
    right, errors = RECORDED[name]
    counts = score_set(HELDOUT / name)
    assert counts["right"] >= right, dict(counts)
    assert counts["wrong"] + counts["spurious"] <= errors, dict(counts)


def _truth(title: str, start: str | None = None, optional: bool = False) -> dict[str, object]:
    return {"holder": "Jane Q. Roe", "title": title, "org": "Example Corp.|Example",
            "start": start, "end": None, "as_of": None, "optional": optional}  # fmt: skip


def _held(title: str, start: date | None = None, org: str = "Example Corp") -> Position:
    jane = EntityRef("person", "Jane Roe", given_name="Jane", family_name="Roe")
    company = EntityRef("company", org)
    return Position(jane, company, ("Officer",), "made up", title=title, start_date=start)


def test_scorer_tells_right_wrong_missed_and_spurious() -> None:
    truths = [
        _truth("Chief Financial Officer|CFO", "2024-03-01"),
        _truth("Treasurer"),
        _truth("Secretary"),
        _truth("Controller", optional=True),
    ]
    got = [
        _held("CFO", date(2024, 3, 1)),  # right: an alternative title, the date
        _held("Assistant Treasurer"),  # wrong: a near title
        _held("Controller"),  # optional: neither way
        _held("Director", org="Other Co"),  # spurious
    ]
    assert dict(score(truths, got)) == {"right": 1, "wrong": 1, "missed": 1, "spurious": 1}
    dated_wrong = score([_truth("CFO", "2024-03-01")], [_held("CFO", date(2024, 3, 2))])
    assert (dated_wrong["right"], dated_wrong["wrong"]) == (0, 1)
