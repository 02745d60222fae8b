"""The "no longer subject to Section 16" check box of Forms 4 and 5 ("Check this box if
no longer subject to Section 16. Form 4 or Form 5 obligations may continue. See
Instruction 1(b).") in every layout the readers take besides the XML: EDGAR's print
dumped to text, EDGAR's rendered page and the typed pre-2003 form. True when ticked
(an "X", "[X]", "(X)" or a check mark before or after the label), False when printed
unticked, None when the form does not print it (Form 3 has no such box).
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from rdflib import Literal

from kg.extract import form4_html, form4_text, form4_typed, form4_xml
from kg.graph.build import build_dataset
from kg.ingest import read_bytes
from kg.pipeline import extract_paths
from kg.vocab import EKG
from tests.layout.form4_html import render as render_page
from tests.layout.form4_pdftext import render as render_print

HERE = Path(__file__).parent
XML = HERE / "data" / "form4_xml"
SEED = HERE / "data" / "form4_text" / "001_e522093d6283adcf.txt"
TYPED = HERE / "data" / "form4_typed" / "edgartools_productivity_tech_foster_form4_2000.txt"
PRINT2 = HERE / "data" / "heldout" / "print2"
PRINT3 = HERE / "data" / "heldout" / "print3"
STRUCT2 = HERE / "data" / "heldout" / "struct2"
LABEL = (
    "Check this box if no longer subject to Section 16. Form 4 or Form 5 obligations may"
    " continue. See Instruction 1(b)."
)


def _printed(text: str) -> bool | None:
    doc = read_bytes(text.encode("utf-8"), "form4.txt")
    return form4_text.extract(doc).document.not_subject_to_section16


def _page(html: str) -> bool | None:
    doc = read_bytes(html.encode("utf-8"), "form4.html")
    return form4_html.extract(doc).document.not_subject_to_section16


def _typed(text: str) -> bool | None:
    doc = read_bytes(text.encode("utf-8"), "form4.txt")
    return form4_typed.extract(doc).document.not_subject_to_section16


def _edit(text: str, old: str, new: str) -> str:
    assert old in text, old
    return text.replace(old, new, 1)


# --------------------------------------------------------------- printed forms


@pytest.mark.parametrize(
    ("path", "expected"),
    [
        (SEED, False),  # line 15: the label alone, no mark
        (PRINT2 / "F09_plan_blank_sec16_ticked.txt", True),  # "X Check this box if ..."
        (PRINT2 / "F08_plan_box_ticked_modern.txt", False),  # the 10b5-1 box is ticked, not it
        (PRINT2 / "F03_form5_gift_will.txt", False),  # Form 5, the box above its own two
        (PRINT2 / "F01_form3_jr_suite_options.txt", None),  # Form 3: no such box
        (PRINT3 / "G11_form3_two_pages.txt", None),
        (PRINT3 / "G12_form5_table1_break.txt", False),
    ],
    ids=lambda v: v.name if isinstance(v, Path) else str(v),
)
def test_real_prints(path: Path, expected: bool | None) -> None:
    assert _printed(path.read_text(encoding="utf-8")) is expected


SEED_TEXT = SEED.read_text(encoding="utf-8")
# The box as EDGAR's print shows it, ticked in each way a print marks a box.
TICKED = {
    "x-before": f"X {LABEL}",
    "brackets-before": f"[X] {LABEL}",
    "parens-before": f"(X) {LABEL}",
    "check-mark-before": f"✓ {LABEL}",
    "ballot-box-before": f"☒ {LABEL}",
    "x-after": f"{LABEL} X",
    "brackets-after": f"{LABEL} [X]",
    "x-on-the-line-above": f"X\n\n{LABEL}",
    "wrapped-x-before": "X Check this box if no longer subject to Section\n 16. Form 4 or Form 5"
    " obligations may\n continue. See Instruction 1(b).",
    "wrapped-x-after": "Check this box if no longer subject to Section\n 16. Form 4 or Form 5"
    " obligations may\n continue. See Instruction 1(b). (X)",
}
UNTICKED = {
    "bare": LABEL,
    "blank-brackets": f"[ ] {LABEL}",
    "blank-ballot-box": f"☐ {LABEL}",
    "blank-underline": f"___ {LABEL}",
    "blank-after": f"{LABEL} [ ]",
}


@pytest.mark.parametrize("box", TICKED.values(), ids=TICKED.keys())
def test_print_ticked(box: str) -> None:
    assert _printed(_edit(SEED_TEXT, LABEL, box)) is True


@pytest.mark.parametrize("box", UNTICKED.values(), ids=UNTICKED.keys())
def test_print_unticked(box: str) -> None:
    assert _printed(_edit(SEED_TEXT, LABEL, box)) is False


def test_print_form5_ticked_above_its_own_boxes() -> None:
    """Form 5: the Section 16 box, then "Form 3 Holdings Reported" ticked; each its own."""
    text = (PRINT2 / "F03_form5_gift_will.txt").read_text(encoding="utf-8")
    text = _edit(text, f"{LABEL}\n\nForm 3 Holdings", f"X {LABEL}\n\nX Form 3 Holdings")
    info = form4_text.extract(read_bytes(text.encode(), "form5.txt")).document
    assert (info.not_subject_to_section16, info.form3_holdings_reported) == (True, True)
    text = (PRINT2 / "F17_form5_llc_no_ticker.txt").read_text(encoding="utf-8")
    info = form4_text.extract(read_bytes(text.encode(), "form5.txt")).document
    assert (info.not_subject_to_section16, info.form3_holdings_reported) == (False, True)


def test_print_remarks_saying_so_are_no_box() -> None:
    """A Form 3 print whose remarks say the person "is no longer subject to Section 16"."""
    text = (PRINT2 / "F01_form3_jr_suite_options.txt").read_text(encoding="utf-8")
    remarks = "Remarks:\n\nX The reporting person is no longer subject to Section 16.\n\n"
    assert _printed(_edit(text, "Explanation of Responses:", remarks + "Explanation")) is None


def _with_flag(xml: str, value: str) -> str:
    """The XML with <notSubjectToSection16> set to ``value`` (added before <issuer>)."""
    xml, n = re.subn(
        r"<notSubjectToSection16>[^<]*</notSubjectToSection16>",
        f"<notSubjectToSection16>{value}</notSubjectToSection16>",
        xml,
    )
    if not n:
        xml = xml.replace(
            "<issuer>", f"<notSubjectToSection16>{value}</notSubjectToSection16><issuer>", 1
        )
    return xml


_FORMS45 = sorted(
    p
    for p in XML.glob("*.xml")
    if re.search(r"<documentType>\s*[45]", p.read_text(encoding="utf-8", errors="replace"))
)


@pytest.mark.parametrize("path", _FORMS45, ids=lambda p: p.name[:40])
@pytest.mark.parametrize("value", ["1", "0"])
def test_print_and_page_read_as_the_xml(path: Path, value: str) -> None:
    """Every bundled Form 4/5 XML with the box set, printed and rendered as EDGAR does:
    both read back what the XML reader reads."""
    xml = _with_flag(path.read_text(encoding="utf-8"), value).encode("utf-8")
    expected = form4_xml.extract(read_bytes(xml, path.name)).document.not_subject_to_section16
    assert expected is (value == "1")
    assert _printed(render_print(xml)) is expected
    assert _page(render_page(xml)) is expected


# --------------------------------------------------------------- rendered pages


_PAGES = [
    (XML / "edgartools_evans_bancorp_sullivan_form4.rendered.html", False),
    (XML / "edgar4j_microsoft_list_stoll_form4.rendered.html", False),
    (STRUCT2 / "h02_form5_holdings.rendered.html", False),
    (XML / "edgartools_triton_brookfield_form3.rendered.html", None),
]


@pytest.mark.parametrize(("path", "expected"), _PAGES, ids=lambda v: getattr(v, "name", v))
def test_real_pages(path: Path, expected: bool | None) -> None:
    assert _page(path.read_text(encoding="utf-8")) is expected


EVANS = (XML / "edgartools_evans_bancorp_sullivan_form4.rendered.html").read_text(encoding="utf-8")
_EMPTY_MARK = (
    '<td><table width="100%" border="1" cellpadding="0" cellspacing="0"><tr><td>  </td></tr>'
    '</table></td>\n<td class="SmallFormText">Check this box if no longer'
)


@pytest.mark.parametrize("mark", ["X", "x", "[X]", "(X)", "✓", "✔", "☒"])
def test_page_ticked(mark: str) -> None:
    ticked = _EMPTY_MARK.replace("<td>  </td>", f"<td>{mark}</td>", 1)
    assert _page(_edit(EVANS, _EMPTY_MARK, ticked)) is True


def test_page_mark_after_the_label() -> None:
    """A page laid out with the label first and the box after it."""
    start = EVANS.index(_EMPTY_MARK)
    end = EVANS.index("</td>\n</tr>", start) + len("</td>")
    label_cell = EVANS[start + EVANS[start:].index('<td class="SmallFormText">') : end]
    swapped = f"{label_cell}\n<td><table><tr><td>X</td></tr></table></td>"
    assert _page(EVANS[:start] + swapped + EVANS[end:]) is True


def test_page_note_saying_so_is_no_box() -> None:
    """A Form 3 page (no box) whose note says the person "is no longer subject to Section
    16": no box read from the note."""
    html = (XML / "edgartools_triton_brookfield_form3.rendered.html").read_text(encoding="utf-8")
    note = "<tr><td>X</td><td>The reporting person is no longer subject to Section 16.</td></tr>"
    html = _edit(html, "</table>", "</table><table>" + note + "</table>")
    assert _page(html) is None


# --------------------------------------------------------------- typed forms

TYPED_TEXT = TYPED.read_text(encoding="utf-8")
TYPED_BOX = (
    "( ) Check this box if no longer subject to Section 16.\n"
    "Form 4 or Form 5 obligations may continue. See Instructions 1(b).\n"
)


def test_typed_real() -> None:
    assert _typed(TYPED_TEXT) is False  # "( ) Check this box ..."


@pytest.mark.parametrize(
    ("box", "expected"),
    [
        (TYPED_BOX.replace("( )", "(X)"), True),
        (TYPED_BOX.replace("( )", "✔"), True),
        (TYPED_BOX.replace("( )", "[☒]"), True),
        (TYPED_BOX.replace("( ) ", "").replace("1(b).\n", "1(b). (X)\n"), True),
        (TYPED_BOX.replace("( ) ", "").replace("16.\n", "16. [X]\n"), True),
        (TYPED_BOX.replace("( ) ", "").replace("1(b).\n", "1(b). ( )\n"), False),
        (TYPED_BOX.replace("( ) ", ""), False),
    ],
    ids=["x", "check-mark", "ballot-box", "x-after", "x-after-first-line", "blank-after", "bare"],
)
def test_typed_edited(box: str, expected: bool) -> None:
    assert _typed(_edit(TYPED_TEXT, TYPED_BOX, box)) is expected


# --------------------------------------------------------------- the graph


def test_graph_states_the_printed_box(tmp_path: Path) -> None:
    path = tmp_path / "form4.txt"
    path.write_text(_edit(SEED_TEXT, LABEL, f"X {LABEL}"), encoding="utf-8")
    extracted = extract_paths([path])
    ds = build_dataset(extracted.items, extracted.same)
    assert (None, EKG.notSubjectToSection16, Literal(True)) in ds
