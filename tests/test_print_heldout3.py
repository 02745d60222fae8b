"""Held-out printed (PDF-to-text) Forms 3/4/5 and D, set 3: the print itself varied
(page breaks inside tables and notes, headings over several lines, cells wrapped over
three lines, gaps of spaces, blank lines and stray page numbers) and Form 4/D contents
the earlier sets did not hold (tests/data/heldout/print3/, see its SOURCES.md). Every
field of truth.json is checked against the extracted facts; then one test per fix."""

from __future__ import annotations

import json
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from kg.extract import detect, extract
from kg.extract.form4_text_boxes import footnotes
from kg.ingest import read_bytes
from kg.ingest.printed import page_lines
from kg.model import EntityFacts, Extraction, Position, Shareholding, Transaction
from tests.test_print_heldout2 import _LOOSE, _norm, flat_form4, flat_formd

SET = Path(__file__).parent / "data" / "heldout" / "print3"
TRUTH: dict[str, dict[str, Any]] = json.loads((SET / "truth.json").read_text(encoding="utf-8"))


def _flat_formd(x: Extraction) -> dict[str, Any]:
    """Set 2's fields, and the issuer's previous names (item 1)."""
    out = flat_formd(x)
    iss = x.document.subject
    former = [f.former_names for f in x.facts if isinstance(f, EntityFacts) and f.entity == iss]
    out["i.former"] = next((list(names) for names in former if names), None)
    return out


def _keyed(key: str) -> str:
    """A person's key with the name folded ("p[Jane Q. Roe]" -> "p[janeqroe]")."""
    return f"{key[: key.index('[')]}[{_norm(key[key.index('[') + 1 : -1])}]" if "[" in key else key


def compare(name: str) -> list[tuple[str, str, Any, Any]]:
    """(verdict, field, wanted, got) for every field of the truth that is not right, and
    an EXTRA line for each related person or mention the truth does not name."""
    want = TRUTH[name]
    doc = read_bytes((SET / f"{name}.txt").read_bytes(), f"{name}.txt")
    kind = detect(doc)
    if kind != want["kind"]:
        return [("WRONG", "kind", want["kind"], kind)]
    x = extract(doc)
    form4 = kind == "form4_text"
    got = flat_form4(x) if form4 else {_keyed(k): v for k, v in _flat_formd(x).items()}
    bad = []
    for key, value in want["fields"].items():
        key = key if form4 else _keyed(key)
        g = got.get(key)
        same = _norm(g) == _norm(value) if _LOOSE.search(key) or key == "i.former" else g == value
        if not same:
            bad.append(("MISS" if g is None else "WRONG", key, value, g))
    named = {_keyed(k) for k in want["fields"] if "[" in k}
    bad += [("EXTRA", k, None, got[k]) for k in got if k[:2] in ("p[", "m[") and k not in named]
    return bad


# Documents the readers do not read yet (the test must fail: strict xfail).
GAPS: dict[str, str] = {}


def _param(name: str) -> Any:
    if name in GAPS:
        return pytest.param(name, marks=pytest.mark.xfail(strict=True, reason=GAPS[name]))
    return name


@pytest.mark.parametrize("name", [_param(n) for n in sorted(TRUTH)])
def test_heldout_print3_fields(name: str) -> None:
    assert compare(name) == []


# --- one test per fix -------------------------------------------------------------

_SEED = (Path(__file__).parent / "data" / "form4_text" / "001_e522093d6283adcf.txt").read_text(
    encoding="utf-8"
)
_ROW = "Common Stock\t12/03/2007\t\tS ⁽¹⁾\t100 D \\$ 16.66\t1,946 ⁽²⁾\tD\t\n"


def _facts(text: str, name: str = "form4.txt") -> tuple[Any, ...]:
    return extract(read_bytes(text.encode(), name)).facts


def _rows_of(text: str) -> list[Transaction | Shareholding]:
    return [f for f in _facts(text) if isinstance(f, (Transaction, Shareholding))]


def test_bare_page_number_is_furniture() -> None:
    """A number alone on a flush-left line next to a blank line (or a form feed) is the
    page's number; a number indented under a box line is the box's text."""
    text = "Clarification:\tPresident\n\n2\n\nLast Name\n\f3\nBox 1\n 1700\nmore"
    kept = ["Clarification:\tPresident", "", "", "Last Name", "", "Box 1", " 1700", "more"]
    assert page_lines(text) == kept


def test_form4_heading_over_four_lines_reads_transactions() -> None:
    """Table I's column headings wrapped over several lines ("2. Transaction" over "Date"):
    the table still has transaction columns."""
    header_at = _SEED.index("1. Title of Security")
    header = _SEED[header_at : _SEED.index("\n", header_at)]
    split = (
        "1. Title of Security\t2. Transaction\t2A. Deemed\t3. Transaction\t4. Securities"
        "\t5. Amount\t6. Ownership\t7. Nature\n(Instr. 3)\tDate\tExecution Date,\tCode"
        "\tAcquired (A) or\tof Securities\tForm\tof Ownership\n\t(Month/Day/Year)\tif any\t"
        "\tDisposed of (D)\tOwned\t\t"
    )
    first = _rows_of(_SEED.replace(header, split, 1))[0]
    assert isinstance(first, Transaction)
    assert (first.transaction_date, first.transaction_code) == (date(2007, 12, 3), "S")
    assert (first.shares, first.price_per_share, first.shares_owned_after) == (
        Decimal("100"),
        Decimal("16.66"),
        Decimal("1946"),
    )


def test_cell_wrapped_over_three_flush_left_lines() -> None:
    """A title wrapped onto two more lines that start flush left, each in the title's
    column of a complete row: the three lines are one title."""
    wrapped = _ROW.replace("Common Stock\t", "Series B Convertible\t", 1) + (
        "Preferred Stock, par\t\t\t\t\t\t\t\nvalue \\$0.001 per share\t\t\t\t\t\t\t\n"
    )
    rows = _rows_of(_SEED.replace(_ROW, wrapped, 1))
    assert len(rows) == 3
    assert (
        rows[0].security_title == "Series B Convertible Preferred Stock, par value $0.001 per share"
    )
    assert rows[1].security_title == "Common Stock"


def test_footnotes_run_on_over_a_page_break() -> None:
    """The notes cut by the form's page footer, a page counter and the heading printed
    again: the note cut mid-sentence goes on, and the notes after the break are read."""
    cut = "adopted by the reporting person "
    broken = _SEED.replace(
        cut,
        cut + "\n\nPersons who respond to the collection of information contained in this"
        " form are not SEC 1474 (9-02)\n\nrequired to respond unless the form displays a"
        " currently valid OMB control number.\n\nPage 2 of 2\n\n\f\nExplanation of"
        " Responses: (continued)\n\n",
        1,
    )
    notes = footnotes(page_lines(broken))
    assert notes["1"].endswith("adopted by the reporting person on October 4, 2007.")
    assert notes["2"].startswith("Mr. Nath also holds vested options")


def _formd(name: str) -> Extraction:
    return extract(read_bytes((SET / f"{name}.txt").read_bytes(), f"{name}.txt"))


def _person_facts(x: Extraction, holder: str) -> list[EntityFacts | Position]:
    return [
        f
        for f in x.facts
        if (isinstance(f, EntityFacts) and f.entity.name == holder)
        or (isinstance(f, Position) and f.holder.name == holder)
    ]


def test_formd_item_heading_continued_is_not_a_box() -> None:
    """ "3. Related Persons (Continued)" at the top of a page, between a person's street
    and city rows, stays out of the street."""
    x = _formd("E01_persons_span_pages")
    (facts,) = [f for f in _person_facts(x, "Chinedu Okwuosa") if isinstance(f, EntityFacts)]
    address = facts.addresses[0]
    assert (address.street, address.postal_code) == ("2100 Ross Avenue", "75201")


def test_formd_stray_page_number_stays_out_of_clarification() -> None:
    x = _formd("E07_amendment_relationship_next_page")
    (position,) = [f for f in _person_facts(x, "Remy J. Thibodeaux") if isinstance(f, Position)]
    assert position.title == "President"


def test_formd_previous_names() -> None:
    """Item 1's "Previous Names" box with names in it (not "X None")."""
    x = _formd("E02_llc_within_five_previous_names_states")
    issuer = x.document.subject
    former = [f.former_names for f in x.facts if isinstance(f, EntityFacts) and f.entity == issuer]
    assert ("Ferncliff Water Partners LLC", "Ferncliff Aquatech LLC") in former
    seed = (Path(__file__).parent / "data" / "formd_text" / "000_4ecf89f82e1dc858.txt").read_bytes()
    x = extract(read_bytes(seed, "formd.txt"))
    assert all(not f.former_names for f in x.facts if isinstance(f, EntityFacts))


def test_formd_firm_with_crossed_out_first_name() -> None:
    """A firm in the last-name box with "-" as first name is a company, as the XML reader
    reads it; so is one with "N/A"."""
    x = _formd("E05_firm_dash_first_name")
    kinds = {f.holder.name: f.holder.kind for f in x.facts if isinstance(f, Position)}
    assert kinds == {
        "Prairie Hollow Management Company": "company",
        "Saltgrass Sponsor Holdings, LLC": "company",
        "Agnes R. Whitlock": "person",
    }
