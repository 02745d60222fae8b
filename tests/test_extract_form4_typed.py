"""kg.extract.form4_typed: Forms 3/4/5 typed before 2003, with pipe-drawn tables.

The one real example (a Form 4 of 2000) is read field by field. The variants are
written here, not edited from it: the tables are drawn by ``_draw`` from a
header and rows at any column widths (cells cut at the column edge and run on
to the next line, as the filing agents' software did), so the same form drawn
at two sets of widths, with or without SGML tags and with either kind of rule
must read the same; a Form 3, a form whose boxes sit side by side in a grid of
pipes and an amendment are typed out literally.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from kg.errors import MalformedDocumentError
from kg.extract import EXTRACTORS, detect, form4_text, form4_typed, form4_typed_cells
from kg.extract.common import fold
from kg.ingest import RawDocument, read_bytes, read_file
from kg.model import (
    EntityFacts,
    Extraction,
    Fact,
    Position,
    Shareholding,
    Signature,
    Transaction,
)
from kg.pipeline import Extracted, extract_document

DATA = Path(__file__).parent / "data"
SEED = DATA / "form4_typed" / "edgartools_productivity_tech_foster_form4_2000.txt"
SEED_TEXT = SEED.read_text(encoding="utf-8")
FULLSUB = DATA / "fullsub" / "edgartools_productivity_tech_foster_form4_2000.txt"


def _doc(text: str, name: str = "variant.txt") -> RawDocument:
    return read_bytes(text.encode("utf-8"), name)


def _of(extraction: Extraction, kind: type) -> list:
    return [f for f in extraction.facts if isinstance(f, kind)]


@pytest.fixture(scope="module")
def seed() -> Extraction:
    return form4_typed.extract(read_file(SEED))


# ---------------------------------------------------------------- detection


def test_registry_tries_the_typed_form_before_the_rendered_one() -> None:
    kinds = [kind for kind, _ in EXTRACTORS]
    assert kinds.index("form4_typed") < kinds.index("form4_text")
    assert dict(EXTRACTORS)["form4_typed"] == "kg.extract.form4_typed"


def test_detects_the_typed_form_and_leaves_the_rendered_one_to_form4_text() -> None:
    assert form4_typed.detect(read_file(SEED))
    assert detect(read_file(SEED)) == "form4_typed"
    rendered = read_file(DATA / "form4_text" / "001_e522093d6283adcf.txt")
    assert not form4_typed.detect(rendered)
    assert detect(rendered) == "form4_text"


@pytest.mark.parametrize(
    "path",
    [
        DATA / "form4_text" / "000_4ecf89f82e1dc858.txt",  # Form D
        DATA / "form4_text" / "002_b717dde4e27f8616.txt",  # 8-K
        DATA / "fullsub" / "edgartools_aames_capital_8k_1998.txt",  # 1998 text, <TABLE>s
    ],
    ids=lambda p: p.name,
)
def test_refuses_other_documents(path: Path) -> None:
    assert not form4_typed.detect(read_file(path))


def test_refuses_ownership_xml_and_a_form_without_pipe_tables() -> None:
    xml = "<?xml version='1.0'?>\n<ownershipDocument><!-- " + SEED_TEXT + " --></ownershipDocument>"
    assert not form4_typed.detect(_doc(xml))
    assert not form4_typed.detect(_doc(SEED_TEXT.replace("|", " ")))


# ---------------------------------------------------------------- the real form, field by field


def test_seed_document(seed: Extraction) -> None:
    assert seed.kind == "form4_typed"
    info = seed.document
    assert info.form_type == "4"
    assert info.period_of_report == date(2000, 2, 29)  # "Statement for Month/Year"
    assert info.date == date(2000, 3, 13)  # the signature's date
    assert info.original_filing_date is None  # box 5 left blank
    assert info.not_subject_to_section16 is False  # "( ) Check this box ..."
    assert info.subject is not None
    assert (info.subject.kind, info.subject.name) == ("company", "Productivity Technologies Corp.")


def test_seed_issuer_and_owner(seed: Extraction) -> None:
    issuer, owner = _of(seed, EntityFacts)
    assert issuer.entity.name == "Productivity Technologies Corp."
    assert issuer.ticker == "PRAC"
    assert issuer.evidence == "Productivity Technologies Corp. PRAC"
    person = owner.entity
    assert (person.kind, person.name) == ("person", "Alan H. Foster")
    assert (person.given_name, person.middle_name, person.family_name) == ("Alan", "H.", "Foster")
    assert person.aliases == ("Foster, Alan H.",)  # box 1 writes "Last, First Middle"
    (address,) = owner.addresses
    # "c/o" the issuer: the street is the issuer's, and the issuer gets the address too.
    assert address.street == "520 Madison Avenue"
    assert (address.city, address.state, address.postal_code) == ("New York", "NY", "10022")
    assert address.country is None  # "USA": a US address keeps its state, no country
    assert issuer.addresses == (address,)


def test_seed_position(seed: Extraction) -> None:
    (position,) = _of(seed, Position)
    assert position.holder.name == "Alan H. Foster"
    assert position.organization.name == "Productivity Technologies Corp."
    assert (position.roles, position.title) == (("Director",), None)
    assert position.as_of == date(2000, 2, 29)
    assert position.evidence.startswith("(X) Director ( ) 10% Owner")


def test_seed_table_ii_row(seed: Extraction) -> None:
    # Table I is empty; Table II has one row whose title and dates run on to a second line.
    (row,) = _of(seed, Transaction)
    assert row.reporting_owner.name == "Alan H. Foster"
    assert row.issuer.name == "Productivity Technologies Corp."
    assert row.is_derivative is True
    assert row.security_title == "Options to Purchase Common Stock"  # "...Co" + "mmon Stock"
    assert row.conversion_or_exercise_price == Decimal("1.375")
    assert row.transaction_date == date(2000, 2, 7)  # "2/7/0" + "0"
    assert (row.transaction_code, row.shares) == ("A", Decimal("12000"))
    # The A/D cell says "A,D", both letters where the form asks for one. The code decides:
    # "A" is a grant or award, an acquisition by definition; the holding after the line
    # (12,000, all of the amount, with no earlier line of the security) agrees.
    assert row.acquired_disposed == "A"
    assert row.exercise_date == date(2000, 2, 7)
    assert row.expiration_date == date(2005, 2, 7)  # "2/7/0" + "5"
    assert (row.underlying_security_title, row.underlying_shares) == ("Common Stock", 12000)
    assert row.price_per_share is None  # "-"
    assert row.shares_owned_after == Decimal("12000")
    assert (row.direct_or_indirect, row.nature_of_ownership) == ("D", None)
    assert row.footnotes == ()
    assert row.under_plan_10b5_1 is None
    assert row.evidence.startswith("Options to Purchase Co|$1.375 |2/7/0|A |V|12,000 - |A,D|")
    assert not _of(seed, Shareholding)


def test_seed_signature(seed: Extraction) -> None:
    (signature,) = _of(seed, Signature)
    assert signature.signer.name == "Alan H. Foster"  # the reporting person, same ref
    assert signature.signer == _of(seed, EntityFacts)[1].entity
    assert signature.date == date(2000, 3, 13)
    assert (signature.title, signature.on_behalf_of) == (None, None)
    assert signature.evidence == "/s/ Alan H. Foster DATE March 13, 2000"


def test_every_evidence_is_verbatim(seed: Extraction) -> None:
    text = fold(SEED_TEXT)
    for fact in seed.facts:
        assert fold(fact.evidence) in text, fact


def test_the_full_submission_reads_as_the_document_alone(seed: Extraction) -> None:
    into = Extracted()
    extract_document(read_file(FULLSUB), into)
    assert not into.failures
    kinds = [extraction.kind for _, extraction in into.items]
    assert kinds == ["sec_header", "form4_typed"]
    inside = into.items[1][1]
    assert set(inside.facts) == set(seed.facts)
    assert inside.document.accession_number == "0001094891-00-000193"  # from the header


def test_the_rendered_layout_reader_still_refuses_it() -> None:
    with pytest.raises(MalformedDocumentError):
        form4_text.extract(read_file(SEED))


@pytest.mark.parametrize("step", [1, 5])
def test_truncated_seed_never_raises_another_error(step: int) -> None:
    lines = SEED_TEXT.splitlines(keepends=True)
    for cut in range(1, len(lines), step):
        text = "".join(lines[:cut]).strip() or "x"
        try:
            extraction = form4_typed.extract(_doc(text, f"cut{cut}.txt"))
        except MalformedDocumentError as exc:
            assert exc.path == f"cut{cut}.txt"
            continue
        assert extraction.document.subject is not None
        assert len(_of(extraction, Transaction)) <= 1


# ---------------------------------------------------------------- drawing typed tables

Band = list[tuple[str, int]]  # header cells of one band: (text, how many columns it spans)


def _wrap(text: str, width: int) -> list[str]:
    """Cut at the column edge, mid-word, as the agents' software did."""
    return [text[i : i + width] for i in range(0, len(text), width)] or [""]


def _line(cells: list[str], widths: list[int]) -> str:
    return "|".join(c.ljust(w) for c, w in zip(cells, widths, strict=True)) + "|"


def _draw(
    title: str,
    bands: list[Band],
    rows: list[list[str]],
    widths: list[int],
    *,
    rule: str = "_",
    row_rules: bool = True,
    tags: bool = False,
    header_rule: bool = True,
) -> str:
    """A pipe-drawn table: each header band's cells (spanning columns) wrapped in place,
    a rule, then the rows, their cells wrapped at the column width."""
    full = sum(widths) + len(widths)
    ruler = ("- " + "-" * (full - 3) if rule == "-" else "_" * (full - 1)) + "|"
    out = ["<TABLE>", "<CAPTION>"] if tags else []
    out += ["_" * full, f" {title}".ljust(full - 1) + "|", ruler]
    for band in bands:
        spans, at = [], 0
        for text, count in band:
            spans.append((text, sum(widths[at : at + count]) + count - 1))
            at += count
        cut = [_wrap(text, w) for text, w in spans]
        for i in range(max(len(c) for c in cut)):
            out.append(_line([c[i] if i < len(c) else "" for c in cut], [w for _, w in spans]))
    if header_rule:
        out.append(ruler)
    if tags:
        out.append("<S>" + " " * (widths[0] - 3) + "<C>")
    for row in rows:
        cut = [_wrap(text, w) for text, w in zip(row, widths, strict=True)]
        for i in range(max(len(c) for c in cut)):
            out.append(_line([c[i] if i < len(c) else "" for c in cut], widths))
        if row_rules:
            out.append(ruler)
    if not row_rules:
        out.append(ruler)
    return "\n".join([*out, "</TABLE>"] if tags else out)


def _cells(text: str) -> list[str]:
    return text.split("|")


TABLE_I_BANDS: list[Band] = [
    [
        ("1. Title of Security (Instr. 3)", 1),
        ("2. Transaction Date (Month/Day/Year)", 1),
        ("3. Transaction Code (Instr. 8)", 2),
        ("4. Securities Acquired (A) or Disposed of (D) (Instr. 3, 4 and 5)", 3),
        ("5. Amount of Securities Beneficially Owned at End of Month (Instr. 3 and 4)", 1),
        ("6. Ownership Form: Direct (D) or Indirect (I) (Instr. 4)", 1),
        ("7. Nature of Indirect Beneficial Ownership (Instr. 4)", 1),
    ],
    [(cell, 1) for cell in _cells("||Code|V|Amount|(A) or (D)|Price|||")],
]
TABLE_I_ROWS = [
    _cells("Class A Common Stock|3/5/01|S(2)||1,000|D|$10 1/8|9,000|D|"),
    _cells("Class A Common Stock|3/12/01|P||500|A|$9.875|9,500|D|"),
    _cells("Class A Common Stock|||||||20,000|I|By Trust(1)"),
]
TABLE_II_BANDS: list[Band] = [
    [
        ("1. Title of Derivative Security (Instr. 3)", 1),
        ("2. Conversion or Exercise Price of Derivative Security", 1),
        ("3. Transaction Date (Month/Day/Year)", 1),
        ("4. Transaction Code (Instr. 8)", 2),
        ("5. Number of Derivative Securities Acquired (A) or Disposed of (D)", 2),
        ("6. Date Exercisable and Expiration Date (Month/Day/Year)", 2),
        ("7. Title and Amount of Underlying Securities (Instr. 3 and 4)", 2),
        ("8. Price of Derivative Security (Instr. 5)", 1),
        ("9. Number of Derivative Securities Beneficially Owned at End of Month", 1),
        ("10. Ownership Form of Derivative Security: Direct (D) or Indirect (I)", 1),
        ("11. Nature of Indirect Beneficial Ownership (Instr. 4)", 1),
    ],
    [
        (cell, 1)
        for cell in _cells(
            "|||Code|V|(A)|(D)|Date Exercisable|Expiration Date|Title"
            "|Amount or Number of Shares||||"
        )
    ],
]
TABLE_II_ROWS = [
    _cells(
        "Employee Stock Option (right to buy)|$9.875|3/12/01|A||5,000||3/12/02|3/12/11"
        "|Class A Common Stock|5,000||5,000|D|"
    ),
]
NARROW = ([20, 5, 5, 2, 8, 5, 8, 10, 7, 12], [20, 8, 8, 5, 2, 6, 6, 8, 8, 9, 8, 7, 10, 6, 10])
WIDE = (
    [36, 10, 6, 3, 10, 11, 10, 14, 9, 16],
    [38, 10, 9, 6, 3, 8, 8, 10, 10, 22, 10, 9, 12, 10, 14],
)

FORM4 = """\
                      SECURITIES AND EXCHANGE COMMISSION
                            Washington, D.C. 20549
                                    FORM 4
                 STATEMENT OF CHANGES IN BENEFICIAL OWNERSHIP
[ ] Check this box if no longer subject to Section 16. Form 4 or Form 5
    obligations may continue. See Instruction 1(b).
1. Name and Address of Reporting Person*
   Doe, Jane Q.
   100 Main Street, Suite 200
   Springfield, IL 62701
2. Issuer Name and Ticker or Trading Symbol
   Acme Widgets Corp. (ACMW)
3. I.R.S. Identification Number of Reporting Person, if an entity (Voluntary)

4. Statement for Month/Year
   March 2001
5. If Amendment, Date of Original (Month/Year)

6. Relationship of Reporting Person(s) to Issuer
   (Check all applicable)
   [ ] Director  [ ] 10% Owner  [X] Officer (give title below)  [ ] Other (specify below)
       Senior Vice President, Finance
7. Individual or Joint/Group Filing (Check Applicable Line)
   [X] Form filed by One Reporting Person
   [ ] Form filed by More than One Reporting Person

{table1}

{table2}

Explanation of Responses:
(1) Held by the Doe Family Trust, of which the reporting person is
    trustee.
(2) Sold under a Rule 10b5-1 trading plan adopted on January 5, 2001.

** Intentional misstatements or omissions of facts constitute Federal Criminal Violations.

/s/ Jane Q. Doe                                        April 9, 2001
---------------------------------------------          -------------
**Signature of Reporting Person                        Date
"""
TITLE_I = "Table I -- Non-Derivative Securities Acquired, Disposed of, or Beneficially Owned"
TITLE_II = "Table II -- Derivative Securitites Acquired, Disposed of, or Beneficially Owned"


def _form4(widths: tuple[list[int], list[int]] = NARROW, **style: object) -> str:
    one = _draw(TITLE_I, TABLE_I_BANDS, TABLE_I_ROWS, widths[0], **style)  # type: ignore[arg-type]
    two = _draw(TITLE_II, TABLE_II_BANDS, TABLE_II_ROWS, widths[1], **style)  # type: ignore[arg-type]
    return FORM4.format(table1=one, table2=two)


def _without_evidence(facts: tuple[Fact, ...]) -> list[Fact]:
    from dataclasses import replace

    return [replace(f, evidence="") for f in facts]


@pytest.fixture(scope="module")
def drawn() -> Extraction:
    return form4_typed.extract(_doc(_form4()))


# ---------------------------------------------------------------- variants


def test_drawn_form_is_detected() -> None:
    assert detect(_doc(_form4())) == "form4_typed"


def test_drawn_form_boxes(drawn: Extraction) -> None:
    info = drawn.document
    assert (info.form_type, info.period_of_report) == ("4", date(2001, 3, 31))  # "March 2001"
    assert info.date == date(2001, 4, 9)
    assert info.not_subject_to_section16 is False
    issuer, owner = _of(drawn, EntityFacts)
    assert (issuer.entity.name, issuer.ticker) == ("Acme Widgets Corp.", "ACMW")
    assert issuer.addresses == ()  # not "c/o" the issuer
    assert owner.entity.name == "Jane Q. Doe"
    (address,) = owner.addresses
    assert (address.street, address.city, address.state) == (
        "100 Main Street, Suite 200",
        "Springfield",
        "IL",
    )
    (position,) = _of(drawn, Position)
    assert (position.roles, position.title) == (("Officer",), "Senior Vice President, Finance")


def test_drawn_table_i_rows(drawn: Extraction) -> None:
    sale, purchase = (t for t in _of(drawn, Transaction) if not t.is_derivative)
    assert sale.security_title == "Class A Common Stock"
    assert (sale.transaction_date, sale.transaction_code) == (date(2001, 3, 5), "S")
    assert (sale.shares, sale.acquired_disposed) == (Decimal("1000"), "D")
    assert sale.price_per_share == Decimal("10.125")  # "$10 1/8": prices were in eighths
    assert (sale.shares_owned_after, sale.direct_or_indirect) == (Decimal("9000"), "D")
    assert sale.footnotes == ("Sold under a Rule 10b5-1 trading plan adopted on January 5, 2001.",)
    assert sale.under_plan_10b5_1 is True
    assert (purchase.transaction_code, purchase.acquired_disposed) == ("P", "A")
    assert (purchase.shares, purchase.price_per_share) == (Decimal("500"), Decimal("9.875"))
    assert purchase.transaction_date == date(2001, 3, 12)  # "3/12/" + "01" in a narrow column
    assert purchase.under_plan_10b5_1 is None
    (trust,) = _of(drawn, Shareholding)
    assert (trust.security_title, trust.shares) == ("Class A Common Stock", Decimal("20000"))
    assert (trust.direct_or_indirect, trust.nature_of_ownership) == ("I", "By Trust")
    assert trust.footnotes == (
        "Held by the Doe Family Trust, of which the reporting person is trustee.",
    )
    assert trust.as_of == date(2001, 3, 31)
    assert trust.holder.name == "Jane Q. Doe"


def test_drawn_table_ii_row_with_a_and_d_columns(drawn: Extraction) -> None:
    (option,) = (t for t in _of(drawn, Transaction) if t.is_derivative)
    assert option.security_title == "Employee Stock Option (right to buy)"
    assert option.conversion_or_exercise_price == Decimal("9.875")
    assert (option.transaction_code, option.shares) == ("A", Decimal("5000"))
    assert option.acquired_disposed == "A"  # the amount stands in the "(A)" column
    assert (option.exercise_date, option.expiration_date) == (date(2002, 3, 12), date(2011, 3, 12))
    assert option.underlying_security_title == "Class A Common Stock"
    assert option.underlying_shares == Decimal("5000")
    assert (option.shares_owned_after, option.direct_or_indirect) == (Decimal("5000"), "D")


def test_drawn_signature(drawn: Extraction) -> None:
    (signature,) = _of(drawn, Signature)
    assert signature.signer.name == "Jane Q. Doe"
    assert signature.date == date(2001, 4, 9)
    assert signature.evidence == "/s/ Jane Q. Doe April 9, 2001"


@pytest.mark.parametrize(
    "style",
    [
        {"widths": WIDE},
        {"tags": True},
        {"rule": "-"},
        {"row_rules": False},
        {"row_rules": False, "header_rule": False},
        {"widths": WIDE, "tags": True, "rule": "-", "row_rules": False},
    ],
    ids=["wide", "sgml-tags", "dash-rules", "no-rules-between-rows", "no-rules-at-all", "all"],
)
def test_the_same_form_drawn_otherwise_reads_the_same(drawn: Extraction, style: dict) -> None:
    other = form4_typed.extract(_doc(_form4(**style)))
    assert other.document == drawn.document
    assert _without_evidence(other.facts) == _without_evidence(drawn.facts)
    text = fold(_form4(**style))
    assert all(fold(f.evidence) in text for f in other.facts)


def test_columns_are_found_from_the_header_not_from_offsets() -> None:
    # The narrow and the wide tables put no column at the same place.
    narrow, wide = _form4(NARROW), _form4(WIDE)
    assert narrow != wide
    row = next(ln for ln in wide.splitlines() if ln.startswith("Employee"))
    assert row.index("|") == WIDE[1][0]


GRID = """\
                                    FORM 4
                 STATEMENT OF CHANGES IN BENEFICIAL OWNERSHIP
(X) Check this box if no longer subject to Section 16.
 _____________________________________________________________________________
|1. Name and Address of Reporting   |2. Issuer Name and Ticker or Trading     |
|   Person*                         |   Symbol                                |
|                                   |   Acme Widgets Corp.                    |
|   Roe      Richard     T.         |   Nasdaq: ACMW                          |
|   (Last)   (First)     (Middle)   |_________________________________________|
|                                   |3. IRS or Social Security Number of      |
|   c/o Acme Widgets Corp.          |   Reporting Person (Voluntary)          |
|   1 Industrial Way                |                                         |
|   (Street)                        |                                         |
|   Dayton       OH        45402    |                                         |
|   (City)       (State)   (Zip)    |                                         |
|___________________________________|_________________________________________|
|4. Statement for Month/Year        |5. If Amendment, Date of Original        |
|   6/99                            |   (Month/Year) 05/99                    |
|___________________________________|_________________________________________|
|6. Relationship of Reporting Person to Issuer (Check all applicable)         |
|   _X_ Director   _X_ 10% Owner   ___ Officer (give title below)             |
|   ___ Other (specify below)                                                 |
|_____________________________________________________________________________|
 Table I -- Non-Derivative Securities Acquired, Disposed of, or Beneficially Owned
|1. Title of Security |2. Date |3.Code|4. Amount |A/D|Price |5. Owned at |6.D/I |7. Nature of |
|                     |        |      |Acquired or Disposed |End of Month|Direct|Indirect     |
|                     |        |      |          |   |      |            |(D)or |Beneficial   |
|                     |        |      |          |   |      |            |Indir-|Ownership    |
|                     |        |      |          |   |      |            |ect(I)|             |
|---------------------|--------|------|----------|---|------|------------|------|-------------|
|Common Stock         |06/02/99|G     |2,500     |D  |-     |-           |D     |             |
|Common Stock         |06/02/99|G     |2,500     |A  |-     |12,500 (1)  |I     |By spouse    |
|Common Stock         |        |      |          |   |      |97,500      |D     |             |

Explanation of Responses:
1. Shares given to the reporting person's spouse; the reporting person disclaims
beneficial ownership of them.

SIGNATURE OF REPORTING PERSON
  By: /s/ Mary Major, Attorney-in-Fact
DATE
July 8, 1999
"""


def test_boxes_side_by_side_in_a_grid_are_read_column_by_column() -> None:
    assert detect(_doc(GRID)) == "form4_typed"  # box 1's label is cut in two by the grid
    extraction = form4_typed.extract(_doc(GRID))
    info = extraction.document
    assert (info.form_type, info.period_of_report) == ("4/A", date(1999, 6, 30))  # "6/99"
    assert info.original_filing_date == date(1999, 5, 31)  # "05/99"
    assert info.not_subject_to_section16 is True
    issuer, owner = _of(extraction, EntityFacts)
    assert (issuer.entity.name, issuer.ticker) == ("Acme Widgets Corp.", "ACMW")  # "Nasdaq: ACMW"
    assert owner.entity.name == "Richard T. Roe"  # "(Last) (First) (Middle)" columns
    (address,) = owner.addresses
    assert (address.street, address.city, address.postal_code) == (
        "1 Industrial Way",
        "Dayton",
        "45402",
    )
    assert issuer.addresses == (address,)  # the owner is "c/o" the issuer
    (position,) = _of(extraction, Position)
    assert (position.roles, position.title) == (("Director", "TenPercentOwner"), None)


def test_grid_form_rows_and_an_attorney_in_facts_signature() -> None:
    extraction = form4_typed.extract(_doc(GRID))
    gift_out, gift_in = _of(extraction, Transaction)
    assert (gift_out.transaction_code, gift_out.acquired_disposed) == ("G", "D")
    assert (gift_out.shares, gift_out.price_per_share, gift_out.shares_owned_after) == (
        Decimal("2500"),
        None,
        None,
    )
    assert (gift_in.acquired_disposed, gift_in.direct_or_indirect) == ("A", "I")
    assert (gift_in.nature_of_ownership, gift_in.shares_owned_after) == ("By spouse", 12500)
    assert gift_in.footnotes[0].startswith("Shares given to the reporting person's spouse;")
    assert gift_in.footnotes[0].endswith("beneficial ownership of them.")
    (held,) = _of(extraction, Shareholding)
    assert (held.shares, held.direct_or_indirect, held.nature_of_ownership) == (97500, "D", None)
    (signature,) = _of(extraction, Signature)
    assert (signature.signer.name, signature.title) == ("Mary Major", "Attorney-in-Fact")
    assert signature.on_behalf_of is not None
    assert signature.on_behalf_of.name == "Richard T. Roe"
    assert signature.date == date(1999, 7, 8)


FORM3 = """\
                                   FORM 3
          INITIAL STATEMENT OF BENEFICIAL OWNERSHIP OF SECURITIES
1. Name and Address of Reporting Person
   Widget Holdings LLC
   200 Park Avenue
   New York, NY 10166
2. Date of Event Requiring Statement (Month/Day/Year)
   05/17/1999
3. IRS or Social Security Number of Reporting Person (Voluntary)
   13-0000000
4. Issuer Name and Ticker or Trading Symbol
   Acme Widgets Corp. [ACMW]
5. Relationship of Reporting Person(s) to Issuer (Check all applicable)
   [ ] Director [X] 10% Owner [ ] Officer (give title below) [ ] Other (specify below)
<TABLE>
<CAPTION>
TABLE I - NON-DERIVATIVE SECURITIES BENEFICIALLY OWNED
1.Title of Security  |2.Amount of Securities |3.Ownership |4.Nature of Indirect
                     |Beneficially Owned     |Form: Direct|Beneficial Ownership
                     |                       |(D) or      |
                     |                       |Indirect (I)|
- -------------------------------------------------------------------------------
<S>                  <C>                     <C>          <C>
Common Stock         |1,250,000              |I           |By subsidiary (1)
Series B Preferred   |40,000                 |D           |
</TABLE>
TABLE II - DERIVATIVE SECURITIES BENEFICIALLY OWNED
1.Title of       |2.Date Exercisable |3.Title and Amount of   |4.Conver- |5.Owner-  |6.Nature
Derivative       |and Expiration Date|Underlying Security     |sion or   |ship Form |of Indirect
Security         |                   |                        |Exercise  |of Deriv- |Beneficial
                 |Date     |Expira-  |Title        |Amount or |Price of  |ative     |Ownership
                 |Exer-    |tion     |             |Number of |Deriva-   |Security: |
                 |cisable  |Date     |             |Shares    |tive      |Direct (D)|
                 |         |         |             |          |Security  |or Indi-  |
                 |         |         |             |          |          |rect (I)  |
- -------------------------------------------------------------------------------------
Warrants         |Immed.   |12/31/03 |Common Stock |100,000   |$4.50     |D         |
- -------------------------------------------------------------------------------------
Explanation of Responses:
(1) Held through Widget Sub Inc., a wholly owned subsidiary.

WIDGET HOLDINGS LLC
By: /s/ Jane Q. Doe, Manager                                     May 20, 1999
- ---------------------------------                               -------------
**Signature of Reporting Person                                  Date
"""


def test_form3_holdings_without_borders() -> None:
    doc = _doc(FORM3)
    assert detect(doc) == "form4_typed"
    extraction = form4_typed.extract(doc)
    info = extraction.document
    assert (info.form_type, info.period_of_report) == ("3", date(1999, 5, 17))
    assert info.not_subject_to_section16 is None  # Form 3 has no such box
    issuer, owner = _of(extraction, EntityFacts)
    assert (issuer.entity.name, issuer.ticker) == ("Acme Widgets Corp.", "ACMW")
    assert (owner.entity.kind, owner.entity.name) == ("company", "Widget Holdings LLC")
    (position,) = _of(extraction, Position)
    assert position.roles == ("TenPercentOwner",)
    assert not _of(extraction, Transaction)
    common, preferred, warrants = _of(extraction, Shareholding)
    assert (common.security_title, common.shares) == ("Common Stock", Decimal("1250000"))
    assert (common.direct_or_indirect, common.nature_of_ownership) == ("I", "By subsidiary")
    assert common.footnotes == ("Held through Widget Sub Inc., a wholly owned subsidiary.",)
    assert (preferred.shares, preferred.direct_or_indirect) == (Decimal("40000"), "D")
    assert (warrants.is_derivative, warrants.security_title) == (True, "Warrants")
    assert warrants.exercise_date is None  # "Immed."
    assert warrants.expiration_date == date(2003, 12, 31)
    assert (warrants.underlying_security_title, warrants.underlying_shares) == (
        "Common Stock",
        Decimal("100000"),
    )
    assert warrants.conversion_or_exercise_price == Decimal("4.50")
    assert (warrants.shares, warrants.direct_or_indirect) == (None, "D")
    assert all(s.as_of == date(1999, 5, 17) for s in (common, preferred, warrants))


def test_form3_signature_for_the_owning_company() -> None:
    (signature,) = _of(form4_typed.extract(_doc(FORM3)), Signature)
    assert (signature.signer.name, signature.title) == ("Jane Q. Doe", "Manager")
    assert signature.on_behalf_of is not None
    assert signature.on_behalf_of.name == "Widget Holdings LLC"
    assert signature.date == date(1999, 5, 20)


def test_a_form_without_an_issuer_box_is_malformed() -> None:
    text = _form4().replace("2. Issuer Name and Ticker or Trading Symbol", "2. (blank)")
    with pytest.raises(MalformedDocumentError, match="issuer"):
        form4_typed.extract(_doc(text, "no-issuer.txt"))


def test_a_header_pipe_typed_one_place_off_is_the_same_column() -> None:
    shifted = GRID.replace(
        "|                     |        |      |Acquired or Disposed |End of Month|",
        "|                     |        |      |Acquired or Disposed  |End of Month|",
    )
    assert shifted != GRID
    rows = lambda e: _without_evidence(e.facts)  # noqa: E731
    assert rows(form4_typed.extract(_doc(shifted))) == rows(form4_typed.extract(_doc(GRID)))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("February 29,2000", date(2000, 2, 29)),
        ("June 1999", date(1999, 6, 30)),
        ("Feb. 2000", date(2000, 2, 29)),
        ("6/99", date(1999, 6, 30)),
        ("12/2000", date(2000, 12, 31)),
        ("01/02", date(2002, 1, 31)),
        ("3/5/01", date(2001, 3, 5)),
        ("December 31, 1999 (1)", date(1999, 12, 31)),
        ("", None),
        ("N/A", None),
    ],
)
def test_box_dates(text: str, expected: date | None) -> None:
    assert form4_typed_cells.month_date(text) == expected
