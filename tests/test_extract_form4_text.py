"""kg.extract.form4_text: Forms 3/4/5 printed to PDF and dumped to text.

The seed is read field by field; the variants edit a copy of its text (a box
checked, a purchase, an indirect holding, a Form 3, a Table II row, a company
as reporting owner, two footnote markers) to show the extractor reads the
form's boxes, not this one file.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from kg.errors import MalformedDocumentError
from kg.extract import form4_text, form4_text_boxes
from kg.extract.common import fold
from kg.ingest import RawDocument, read_bytes, read_file
from kg.model import EntityFacts, Extraction, Position, Shareholding, Signature, Transaction

DATA = Path(__file__).parent / "data" / "form4_text"
SEED = DATA / "001_e522093d6283adcf.txt"
SEED_TEXT = SEED.read_text(encoding="utf-8")
PLAN = "pursuant to a Rule 10b5-1 trading plan adopted by the reporting person on October 4, 2007."
OPTIONS = "Mr. Nath also holds vested options to purchase 13,333 shares of common stock"
ROW_1 = "Common Stock\t12/03/2007\t\tS ⁽¹⁾\t100 D \\$ 16.66\t1,946 ⁽²⁾\tD\t"
OWNER_ROW = "Nath Prem ASCENT SOLAR TECHNOLOGIES, INC. 8120 SHAFFER PARKWAY LITTLETON, CO 80127"


def _doc(text: str, name: str = "variant.txt") -> RawDocument:
    return read_bytes(text.encode("utf-8"), name)


def _edit(*pairs: tuple[str, str], text: str = SEED_TEXT) -> str:
    for old, new in pairs:
        assert old in text, f"the seed no longer contains {old!r}"
        text = text.replace(old, new)
    return text


def _of(extraction: Extraction, kind: type) -> list:
    return [f for f in extraction.facts if isinstance(f, kind)]


def _position(extraction: Extraction) -> Position:
    (position,) = _of(extraction, Position)
    return position


@pytest.fixture(scope="module")
def seed() -> Extraction:
    return form4_text.extract(read_file(SEED))


# ---------------------------------------------------------------- the seed, field by field


def test_detects_the_seed_and_not_the_other_seeds() -> None:
    assert form4_text.detect(read_file(SEED))
    assert not form4_text.detect(read_file(DATA / "000_4ecf89f82e1dc858.txt"))  # Form D
    assert not form4_text.detect(read_file(DATA / "002_b717dde4e27f8616.txt"))  # 8-K


def test_detect_refuses_ownership_xml() -> None:
    xml = "<?xml version='1.0'?>\n<ownershipDocument><!-- " + SEED_TEXT + " --></ownershipDocument>"
    assert not form4_text.detect(_doc(xml))


def test_seed_document(seed: Extraction) -> None:
    assert seed.kind == "form4_text"
    info = seed.document
    assert info.form_type == "4"
    assert info.date == date(2007, 12, 4)
    assert info.period_of_report == date(2007, 12, 3)
    assert info.subject is not None
    assert info.subject.kind == "company"
    assert info.subject.name == "Ascent Solar Technologies, Inc."
    assert info.subject.cik is None


def test_seed_issuer_and_owner_facts(seed: Extraction) -> None:
    issuer_facts, owner_facts = _of(seed, EntityFacts)
    assert issuer_facts.entity.name == "Ascent Solar Technologies, Inc."
    assert issuer_facts.ticker == "ASTI"
    assert issuer_facts.evidence == "Ascent Solar Technologies, Inc. [ASTI]"
    # The owner's address is "c/o" the issuer: the issuer's capitalised name is an alias.
    assert "ASCENT SOLAR TECHNOLOGIES, INC." in issuer_facts.entity.aliases
    owner = owner_facts.entity
    assert (owner.kind, owner.name, owner.aliases) == ("person", "Prem Nath", ("Nath Prem",))
    assert (owner.given_name, owner.middle_name, owner.family_name) == ("Prem", None, "Nath")
    (address,) = owner_facts.addresses
    assert address.street == "8120 SHAFFER PARKWAY"
    assert (address.city, address.state, address.postal_code) == ("LITTLETON", "CO", "80127")
    assert issuer_facts.addresses == (address,)


def test_seed_position(seed: Extraction) -> None:
    position = _position(seed)
    assert position.holder.name == "Prem Nath"
    assert position.organization.name == "Ascent Solar Technologies, Inc."
    assert position.roles == ("Officer",)
    assert position.title == "Sr Vice Pres of Manufacturing"
    assert position.as_of == date(2007, 12, 3)
    assert "Officer (give title below)" in position.evidence


def test_seed_transactions(seed: Extraction) -> None:
    transactions = _of(seed, Transaction)
    assert [(t.shares, t.price_per_share, t.shares_owned_after) for t in transactions] == [
        (Decimal("100"), Decimal("16.66"), Decimal("1946")),
        (Decimal("1108"), Decimal("16.75"), Decimal("838")),
        (Decimal("838"), Decimal("16.78"), Decimal("0")),
    ]
    for t in transactions:
        assert t.reporting_owner.name == "Prem Nath"
        assert t.issuer.name == "Ascent Solar Technologies, Inc."
        assert t.security_title == "Common Stock"
        assert t.is_derivative is False
        assert t.transaction_date == date(2007, 12, 3)
        assert t.deemed_execution_date is None
        assert (t.transaction_code, t.acquired_disposed, t.direct_or_indirect) == ("S", "D", "D")
        assert t.nature_of_ownership is None
        assert len(t.footnotes) == 2
        assert t.footnotes[0].endswith(PLAN)
        assert t.footnotes[1].startswith(OPTIONS)
        assert t.under_plan_10b5_1 is True
    assert transactions[0].evidence == "Common Stock 12/03/2007 S ⁽¹⁾ 100 D \\$ 16.66 1,946 ⁽²⁾ D"
    assert not _of(seed, Shareholding)


def test_seed_signature(seed: Extraction) -> None:
    (signature,) = _of(seed, Signature)
    assert signature.signer.kind == "person"
    assert signature.signer.name == "David C. Wang"
    assert (signature.signer.given_name, signature.signer.family_name) == ("David", "Wang")
    assert signature.title == "Attorney-in-fact"
    assert signature.date == date(2007, 12, 4)
    assert signature.on_behalf_of is not None
    assert signature.on_behalf_of.name == "Prem Nath"
    assert signature.evidence.startswith("David C. Wang, as attorney-in-fact for Prem Nath")


def test_every_evidence_is_verbatim(seed: Extraction) -> None:
    text = fold(SEED_TEXT)
    for fact in seed.facts:
        assert fold(fact.evidence) in text, fact


# ---------------------------------------------------------------- variants of the form


def test_director_checked_with_an_x() -> None:
    text = _edit(
        (" ___ Director ___ 10% Owner\n Officer", " X Director ___ 10% Owner\n ___ Officer"),
        (" Sr Vice Pres of Manufacturing\n\n6.", "\n6."),
        ("80127\t\t\tSr Vice Pres of Manufacturing\t", "80127\tX\t\t\t"),
    )
    position = _position(form4_text.extract(_doc(text)))
    assert position.roles == ("Director",)
    assert position.title is None


def test_checked_box_that_lost_its_blank() -> None:
    text = _edit((" ___ Director ___ 10% Owner", " Director ___ 10% Owner"))
    assert _position(form4_text.extract(_doc(text))).roles == ("Director", "Officer")


def test_reporting_owners_table_is_a_second_source() -> None:
    # Box 5 shows no mark at all; the Reporting Owners table says 10% owner.
    text = _edit(
        (
            " ___ Director ___ 10% Owner\n Officer (give title below) ___ Other (specify below)\n"
            " Sr Vice Pres of Manufacturing",
            " Director 10% Owner\n Officer (give title below) Other (specify below)",
        ),
        ("80127\t\t\tSr Vice Pres of Manufacturing\t", "80127\t\tX\t\t"),
    )
    position = _position(form4_text.extract(_doc(text)))
    assert position.roles == ("TenPercentOwner",)


def test_purchase_acquired() -> None:
    text = _edit((ROW_1, "Common Stock\t12/03/2007\t12/04/2007\tP\t100 A \\$ 16.66\t1,946\tD\t"))
    first = _of(form4_text.extract(_doc(text)), Transaction)[0]
    assert (first.transaction_code, first.acquired_disposed) == ("P", "A")
    assert first.deemed_execution_date == date(2007, 12, 4)
    assert (first.shares, first.price_per_share) == (Decimal("100"), Decimal("16.66"))
    assert first.footnotes == ()
    assert first.under_plan_10b5_1 is None


def test_indirect_rows_by_trust() -> None:
    rows = (
        "Common Stock\t12/03/2007\t\tG V ⁽³⁾\t500 D \\$ 0\t4,500\tI\tBy Trust\n"
        "Common Stock\t\t\t\t\t12,000 ⁽³⁾\tI\tBy Spouse\n"
    )
    note = "- (3) Held by a family trust of which the reporting person is trustee.\n"
    text = _edit((ROW_1 + "\n", ROW_1 + "\n" + rows), ("\n\nNote: File", f"\n{note}\nNote: File"))
    extraction = form4_text.extract(_doc(text))
    gift = _of(extraction, Transaction)[1]  # inserted after the first row
    assert (gift.transaction_code, gift.acquired_disposed, gift.price_per_share) == ("G", "D", 0)
    assert (gift.shares_owned_after, gift.direct_or_indirect) == (Decimal("4500"), "I")
    assert gift.nature_of_ownership == "By Trust"
    assert gift.footnotes == ("Held by a family trust of which the reporting person is trustee.",)
    (holding,) = _of(extraction, Shareholding)
    assert (holding.security_title, holding.shares) == ("Common Stock", Decimal("12000"))
    assert (holding.direct_or_indirect, holding.nature_of_ownership) == ("I", "By Spouse")
    assert holding.is_derivative is False
    assert holding.as_of == date(2007, 12, 3)
    assert holding.footnotes == gift.footnotes


def test_two_footnote_markers_in_one_cell() -> None:
    note = "- (3) Includes shares held in the issuer's 401(k) plan.\n"
    text = _edit(
        (ROW_1, ROW_1.replace("1,946 ⁽²⁾", "1,946 ⁽²⁾⁽³⁾")),
        ("1,108 D \\$ 16.75\t838 ⁽²⁾", "1,108 D \\$ 16.75\t838 (2)(3)"),
        ("\n\nNote: File", f"\n{note}\nNote: File"),
    )
    first, second, third = _of(form4_text.extract(_doc(text)), Transaction)
    assert len(first.footnotes) == 3
    assert first.footnotes[2] == "Includes shares held in the issuer's 401(k) plan."
    assert second.footnotes == first.footnotes
    assert len(third.footnotes) == 2
    assert first.shares_owned_after == Decimal("1946")


def test_table_ii_row() -> None:
    rows = (
        "Stock Option (right to buy)\t\\$ 3.00\t12/03/2007\t\tM\t1,000\t⁽³⁾\t07/31/2016"
        "\tCommon Stock\t1,000\t\\$ 0\t12,333\tD\t\n"
        "Restricted Stock Units\t⁽⁴⁾\t12/03/2007\t\tJ\t\t2,500\t\t⁽⁴⁾\t⁽⁴⁾"
        "\tCommon Stock\t2,500\t\\$ 0\t2,500\tD\t\n"
        "Warrants\t\\$ 5.25\t\t\t\t\t\t01/01/2008\t01/01/2012\tCommon Stock\t400"
        "\t\t400\tI\tBy LLC\n"
    )
    notes = "- (3) Fully vested.\n- (4) Each unit converts into one share of common stock.\n"
    text = _edit(
        ("Amount or Number of Shares\n", "Amount or Number of Shares\n" + rows),
        ("\n\nNote: File", f"\n{notes}\nNote: File"),
    )
    extraction = form4_text.extract(_doc(text))
    option, units = (t for t in _of(extraction, Transaction) if t.is_derivative)
    assert option.security_title == "Stock Option (right to buy)"
    assert option.conversion_or_exercise_price == Decimal("3.00")
    assert (option.transaction_code, option.shares, option.acquired_disposed) == (
        "M",
        Decimal("1000"),
        "D",
    )
    assert (option.exercise_date, option.expiration_date) == (None, date(2016, 7, 31))
    assert (option.underlying_security_title, option.underlying_shares) == (
        "Common Stock",
        Decimal("1000"),
    )
    assert (option.price_per_share, option.shares_owned_after) == (Decimal("0"), Decimal("12333"))
    assert option.direct_or_indirect == "D"
    assert option.footnotes == ("Fully vested.",)
    # Separate V, (A) and (D) cells: the filled column says which, whatever the code.
    assert (units.transaction_code, units.shares, units.acquired_disposed) == (
        "J",
        Decimal("2500"),
        "A",
    )
    assert units.conversion_or_exercise_price is None
    assert units.footnotes == ("Each unit converts into one share of common stock.",)
    (warrants,) = _of(extraction, Shareholding)
    assert warrants.is_derivative is True
    assert warrants.conversion_or_exercise_price == Decimal("5.25")
    assert (warrants.exercise_date, warrants.expiration_date) == (
        date(2008, 1, 1),
        date(2012, 1, 1),
    )
    assert (warrants.shares, warrants.underlying_shares) == (Decimal("400"), Decimal("400"))
    assert (warrants.direct_or_indirect, warrants.nature_of_ownership) == ("I", "By LLC")


FORM3_TABLE_I = (
    "1. Title of Security (Instr. 4)\t2. Amount of Securities Beneficially Owned (Instr. 4)"
    "\t3. Ownership Form: Direct (D) or Indirect (I) (Instr. 5)"
    "\t4. Nature of Indirect Beneficial Ownership (Instr. 5)\n"
    "Common Stock\t1,946 ⁽²⁾\tD\t\n"
    "Common Stock\t10,000\tI\tBy Trust\n"
)
FORM3_TABLE_II = (
    "1. Title of Derivative Security (Instr. 4)\t2. Date Exercisable and Expiration Date"
    "\t3. Title and Amount of Securities Underlying Derivative Security (Instr. 4)"
    "\t4. Conversion or Exercise Price of Derivative Security\t5. Ownership Form\t6. Nature\n"
    "\tDate Exercisable\tExpiration Date\tTitle\tAmount or Number of Shares\t\t\t\n"
    "Stock Option (right to buy)\t⁽¹⁾\t07/31/2016\tCommon Stock\t13,333\t\\$ 3.00\tD\t\n"
)


def _form3_text() -> str:
    table_i_start = SEED_TEXT.index("1. Title of Security (Instr. 3)")
    table_i_end = SEED_TEXT.index("\nReminder:")
    table_ii_start = SEED_TEXT.index("1. Title of Derivative Security")
    table_ii_end = SEED_TEXT.index("\nReporting Owners")
    text = (
        SEED_TEXT[:table_i_start]
        + FORM3_TABLE_I
        + SEED_TEXT[table_i_end:table_ii_start]
        + FORM3_TABLE_II
        + SEED_TEXT[table_ii_end:]
    )
    return _edit(
        ("FORM 4 UNITED", "FORM 3 UNITED"),
        (" Form 4\n", " Form 3\n"),
        ("STATEMENT OF CHANGES IN BENEFICIAL", "INITIAL STATEMENT OF BENEFICIAL"),
        ("3. Date of Earliest Transaction", "2. Date of Event Requiring Statement"),
        text=text,
    )


def test_form3_holdings_only() -> None:
    doc = _doc(_form3_text())
    assert form4_text.detect(doc)
    extraction = form4_text.extract(doc)
    assert extraction.document.form_type == "3"
    assert extraction.document.period_of_report == date(2007, 12, 3)
    assert not _of(extraction, Transaction)
    direct, trust, option = _of(extraction, Shareholding)
    assert (direct.shares, direct.direct_or_indirect, direct.nature_of_ownership) == (
        Decimal("1946"),
        "D",
        None,
    )
    assert direct.footnotes[0].startswith(OPTIONS)
    assert (trust.shares, trust.direct_or_indirect, trust.nature_of_ownership) == (
        Decimal("10000"),
        "I",
        "By Trust",
    )
    assert option.is_derivative is True
    assert option.security_title == "Stock Option (right to buy)"
    assert (option.exercise_date, option.expiration_date) == (None, date(2016, 7, 31))
    assert (option.underlying_security_title, option.underlying_shares) == (
        "Common Stock",
        Decimal("13333"),
    )
    assert option.conversion_or_exercise_price == Decimal("3.00")
    assert option.footnotes[0].endswith(PLAN)  # marker (1) in the date exercisable cell


def test_form5_and_amendment() -> None:
    text = _edit(
        ("FORM 4 UNITED", "FORM 5 UNITED"),
        (" Form 4\n", " Form 5\n"),
        ("STATEMENT OF CHANGES", "ANNUAL STATEMENT OF CHANGES"),
        ("Original Filed(Month/Day/Year)\n", "Original Filed(Month/Day/Year)\n 12/04/2007\n"),
    )
    extraction = form4_text.extract(_doc(text))
    assert extraction.document.form_type == "5/A"
    assert len(_of(extraction, Transaction)) == 3


def test_company_as_reporting_owner() -> None:
    text = _edit(
        ("\n Nath Prem\n", "\n Zenith Growth Partners, L.P.\n"),
        (OWNER_ROW, "Zenith Growth Partners, L.P. 1 MAIN STREET LITTLETON, CO 80127"),
        ("80127\t\t\tSr Vice Pres of Manufacturing\t", "80127\t\tX\t\t"),
        (
            " ___ Director ___ 10% Owner\n Officer (give title below) ___ Other (specify below)\n"
            " Sr Vice Pres of Manufacturing",
            " ___ Director X 10% Owner\n ___ Officer (give title below) ___ Other (specify below)",
        ),
        ("attorney-in-fact for Prem Nath", "attorney-in-fact for Zenith Growth Partners, L.P."),
    )
    extraction = form4_text.extract(_doc(text))
    owner = _of(extraction, EntityFacts)[1].entity
    assert (owner.kind, owner.name, owner.given_name) == (
        "company",
        "Zenith Growth Partners, L.P.",
        None,
    )
    position = _position(extraction)
    assert position.holder == owner
    assert (position.roles, position.title) == (("TenPercentOwner",), None)
    assert all(t.reporting_owner == owner for t in _of(extraction, Transaction))
    (signature,) = _of(extraction, Signature)
    assert signature.signer.name == "David C. Wang"
    assert signature.on_behalf_of == owner


def test_owner_signing_in_capitals_with_suffix() -> None:
    text = _edit(
        ("\n Nath Prem\n", "\n SMITH JOHN A JR\n"),
        (OWNER_ROW, "SMITH JOHN A JR 1 MAIN STREET LITTLETON, CO 80127"),
        ("David C. Wang, as attorney-in-fact for Prem Nath", "/s/ John A. Smith Jr."),
    )
    extraction = form4_text.extract(_doc(text))
    owner = _of(extraction, EntityFacts)[1].entity
    assert (owner.name, owner.aliases) == ("John A Smith Jr", ("SMITH JOHN A JR",))
    assert (owner.given_name, owner.middle_name, owner.family_name) == ("John", "A", "Smith Jr")
    assert _position(extraction).roles == ("Officer",)  # the table row still matches
    (signature,) = _of(extraction, Signature)  # the owner signed for himself
    assert (signature.signer, signature.title, signature.on_behalf_of) == (owner, None, None)
    assert signature.evidence == "/s/ John A. Smith Jr. 12/04/2007"


@pytest.mark.parametrize(
    ("line", "signer", "title", "behalf"),
    [
        (
            "Prem Nath, by David C. Wang, his attorney-in-fact",
            "David C. Wang",
            "Attorney-in-fact",
            "Prem Nath",
        ),
        ("/s/ David C. Wang, Attorney-in-Fact", "David C. Wang", "Attorney-in-fact", "Prem Nath"),
        ("/s/ Nath Prem", "Prem Nath", None, None),
    ],
)
def test_signature_wordings(line: str, signer: str, title: str | None, behalf: str | None) -> None:
    text = _edit(("David C. Wang, as attorney-in-fact for Prem Nath", line))
    (signature,) = _of(form4_text.extract(_doc(text)), Signature)
    assert (signature.signer.name, signature.title, signature.date) == (
        signer,
        title,
        date(2007, 12, 4),
    )
    assert (signature.on_behalf_of.name if signature.on_behalf_of else None) == behalf


def test_other_box_checked_with_its_description() -> None:
    text = _edit(
        (" Officer (give title below) ___ Other", " ___ Officer (give title below) X Other"),
        (" Sr Vice Pres of Manufacturing\n", " Member of 13(d) group\n"),
        ("80127\t\t\tSr Vice Pres of Manufacturing\t", "80127\t\t\t\tMember of 13(d) group"),
    )
    position = _position(form4_text.extract(_doc(text)))
    assert (position.roles, position.title) == (("Other",), "Member of 13(d) group")


# ---------------------------------------------------------------- broken input


def test_older_typed_layout_is_refused_with_a_reason() -> None:
    # Read by kg.extract.form4_typed, which the registry tries first.
    doc = read_file(
        DATA.parent / "form4_typed" / "edgartools_productivity_tech_foster_form4_2000.txt"
    )
    assert form4_text.detect(doc)  # it is a Form 4 ...
    with pytest.raises(MalformedDocumentError, match=r"\(Last\) \(First\) \(Middle\)"):
        form4_text.extract(doc)  # ... in a layout this reader does not read


@pytest.mark.parametrize("step", [1, 7])
def test_truncated_seed_never_raises_another_error(step: int) -> None:
    lines = SEED_TEXT.splitlines(keepends=True)
    for cut in range(1, len(lines), step):
        text = "".join(lines[:cut]).strip() or "x"
        try:
            extraction = form4_text.extract(_doc(text, f"cut{cut}.txt"))
        except MalformedDocumentError as exc:
            assert exc.path == f"cut{cut}.txt"
            continue
        assert extraction.document.subject is not None
        assert len(_of(extraction, Transaction)) <= 3


def test_cut_at_any_character_never_raises_another_error() -> None:
    for cut in range(40, len(SEED_TEXT), 29):
        try:
            extraction = form4_text.extract(_doc(SEED_TEXT[:cut]))
        except MalformedDocumentError:
            continue
        for fact in extraction.facts:
            assert fold(fact.evidence) in fold(SEED_TEXT[:cut]), (cut, fact)


def test_truncated_in_the_middle_of_a_row() -> None:
    cut = SEED_TEXT.index("1,108 D") + 3
    extraction = form4_text.extract(_doc(SEED_TEXT[:cut]))
    (first,) = _of(extraction, Transaction)  # the cut row has no Ownership Form: left out
    assert first.shares == Decimal("100")
    assert not _of(extraction, Shareholding)
    assert not _of(extraction, Signature)


def test_missing_issuer_is_malformed() -> None:
    start = SEED_TEXT.index("2. Issuer Name")
    text = SEED_TEXT[:start] + SEED_TEXT[SEED_TEXT.index("3. Date of Earliest") :]
    with pytest.raises(MalformedDocumentError, match="issuer"):
        form4_text.extract(_doc(text))


# ---------------------------------------------------------------- prints of other filers
# Layouts a browser's print of another filer's form shows: a signature wrapped onto a
# continuation line, EDGAR's later order (signatures after the remarks, no heading),
# co-filers who signed on different days, joint filers named like funds and trusts,
# markers split by commas, the 2002 wording of box 4, ligatures from the PDF's text layer.

SIGNED = "David C. Wang, as attorney-in-fact for Prem Nath\n12/04/2007"
JOINT = (" Form filed by One Reporting Person\n ___ Form filed by More than One",
         " ___ Form filed by One Reporting Person\n Form filed by More than One")  # fmt: skip


def _signers(x: Extraction) -> list[tuple[str, str | None, object]]:
    return [
        (s.signer.name, s.on_behalf_of.name if s.on_behalf_of else None, s.date)
        for s in _of(x, Signature)
    ]


def test_a_wrapped_signature_is_one_signature() -> None:
    wrapped = "David C. Wang, as attorney-in-fact for\n Prem Nath\n12/04/2007"
    x = form4_text.extract(_doc(_edit((SIGNED, wrapped))))
    assert _signers(x) == [("David C. Wang", "Prem Nath", date(2007, 12, 4))]


def test_signatures_after_the_remarks_without_a_heading() -> None:
    """EDGAR's later print: notes, remarks, then the "/s/" lines, with no "Signatures"."""
    later = (
        "\nRemarks:\n\n/s/ David C. Wang, as attorney-in-fact for Prem Nath 12/04/2007\n"
        "/s/ Jane Roe, Attorney-in-Fact 12/05/2007\n/s/ John Doe 12/06/2007\n\n"
        "** Signature of Reporting Person Date\n\nNote: File three copies"
    )
    text = _edit(
        ("Signatures\n\n" + SIGNED + "\n\nSignature of Reporting Person Date\n", ""),
        ("\nNote: File three copies", later),
    )
    x = form4_text.extract(_doc(text))
    assert [s[0] for s in _signers(x)] == ["David C. Wang", "Jane Roe", "John Doe"]
    assert x.document.date == date(2007, 12, 6)  # the last to sign, as the XML reader has it
    assert form4_text_boxes.footnotes(text.splitlines())["2"].endswith("July 31, 2016.")


@pytest.mark.parametrize(
    ("cell", "name"),
    [
        ("Zenith Venture 2010 Fund, LP 500 ELM STREET", "Zenith Venture 2010 Fund, LP"),
        ("Nath Family Trust dtd 12/01/2005 500 ELM STREET", "Nath Family Trust dtd 12/01/2005"),
    ],
)
def test_joint_filers_named_like_funds_and_trusts(cell: str, name: str) -> None:
    row = OWNER_ROW + "\t\t\tSr Vice Pres of Manufacturing\t\n"
    other = f"{cell} DENVER, CO 80202\t\tX\t\t\n"  # at an address of its own
    x = form4_text.extract(_doc(_edit(JOINT, (row, row + "\n" + other))))
    owners = [f.entity.name for f in _of(x, EntityFacts)[1:]]
    assert owners == ["Prem Nath", name]  # a blank line between the rows ends nothing
    assert len(_of(x, Transaction)) == 6  # each row for both owners


def test_markers_split_by_commas_leave_no_comma() -> None:
    x = form4_text.extract(_doc(_edit((ROW_1, ROW_1[:-2] + "I\tBy Trust ⁽¹⁾, ⁽²⁾"))))
    assert _of(x, Transaction)[0].nature_of_ownership == "By Trust"


def test_the_2002_wording_of_the_amendment_box() -> None:
    box = "4. If Amendment, Date Original Filed(Month/Day/Year)"
    assert box in SEED_TEXT
    x = form4_text.extract(
        _doc(_edit((box, "4. If Amendment, Date of Original (Month/Day/Year)\n 11/30/2007")))
    )
    assert (x.document.form_type, x.document.original_filing_date) == ("4/A", date(2007, 11, 30))


def test_ligatures_of_the_text_layer() -> None:
    x = form4_text.extract(_doc(SEED_TEXT.replace("Officer", "Oﬃcer")))
    assert _position(x).roles == ("Officer",)


# ---------------------------------------------------------------- narrow prints and wraps
# A narrower print wraps long text onto a continuation line that starts with a space: box
# labels, table cells. Captions may come above their fields; a joint filer's street may open
# with a word; EDGAR's later print puts the notes before the signature, with no heading.


@pytest.mark.parametrize(
    ("label", "wrapped"),
    [
        ("Ticker or Trading Symbol\n", "Ticker or\n Trading Symbol\n"),
        ("Earliest Transaction\n (Month/Day/Year)", "Earliest\n Transaction (Month/Day/Year)"),
        ("Address of Reporting Person *", "Address of Reporting\n Person *"),
    ],
)
def test_box_labels_wrapped_onto_a_second_line(label: str, wrapped: str) -> None:
    doc = _doc(_edit((label, wrapped)))
    assert form4_text.detect(doc)
    x = form4_text.extract(doc)
    assert x.document.subject is not None
    assert (x.document.subject.name, x.document.form_type) == (
        "Ascent Solar Technologies, Inc.",
        "4",
    )
    assert x.document.period_of_report == date(2007, 12, 3)
    assert [f.entity.name for f in _of(x, EntityFacts)] == [
        "Ascent Solar Technologies, Inc.",
        "Prem Nath",
    ]


def test_wrapped_relationship_label_and_the_box_under_it() -> None:
    # The Reporting Owners table marks nothing: box 5 alone gives the role and title.
    text = _edit(
        ("Relationship of Reporting Person(s)", "Relationship of Reporting\n Person(s)"),
        ("80127\t\t\tSr Vice Pres of Manufacturing\t", "80127\t\t\t\t"),
    )  # fmt: skip
    position = _position(form4_text.extract(_doc(text)))
    assert (position.roles, position.title) == (("Officer",), "Sr Vice Pres of Manufacturing")


def test_a_label_complete_on_its_line_keeps_the_content_below() -> None:
    text = _edit(
        ("4. If Amendment, Date Original Filed(Month/Day/Year)\n",
         "4. If Amendment, Date Original Filed\n (Month/Day/Year) 11/30/2007\n"),
        (" (Month/Day/Year)\n 12/03/2007", " (Month/Day/Year) 12/03/2007"),
    )  # fmt: skip
    x = form4_text.extract(_doc(text))
    assert (x.document.form_type, x.document.original_filing_date) == ("4/A", date(2007, 11, 30))
    assert x.document.period_of_report == date(2007, 12, 3)


def test_name_caption_printed_above_the_name() -> None:
    text = _edit(
        ("\n Nath Prem\n\n(Last) (First) (Middle)\n", "\n(Last) (First) (Middle)\n Nath Prem\n")
    )
    issuer_facts, owner_facts = _of(form4_text.extract(_doc(text)), EntityFacts)
    assert owner_facts.entity.name == "Prem Nath"
    (address,) = owner_facts.addresses
    assert (address.street, address.city, address.postal_code) == (
        "8120 SHAFFER PARKWAY",
        "LITTLETON",
        "80127",
    )
    assert "ASCENT SOLAR TECHNOLOGIES, INC." in issuer_facts.entity.aliases


def test_foreign_city_line_in_box_1() -> None:
    text = SEED_TEXT.replace("LITTLETON, CO 80127", "CHUO-KU, OSAKA, M0 541-0041")
    owner_facts = _of(form4_text.extract(_doc(text)), EntityFacts)[1]
    (address,) = owner_facts.addresses
    assert (address.city, address.state, address.postal_code) == (
        "CHUO-KU, OSAKA",
        "M0",
        "541-0041",
    )


def _wrapped_row_check(text: str) -> Transaction:
    x = form4_text.extract(_doc(text))
    for fact in x.facts:
        assert fold(fact.evidence) in fold(text), fact
    return _of(x, Transaction)[0]


def test_newline_inside_a_cell_the_row_going_on() -> None:
    wrapped = "Common Stock, par\n value \\$0.01 per share\t" + ROW_1.split("\t", 1)[1]
    first = _wrapped_row_check(_edit((ROW_1, wrapped)))
    assert first.security_title == "Common Stock, par value $0.01 per share"
    assert (first.transaction_code, first.shares, first.price_per_share) == (
        "S",
        100,
        Decimal("16.66"),
    )
    assert (first.shares_owned_after, first.direct_or_indirect, len(first.footnotes)) == (
        1946,
        "D",
        2,
    )


def test_newline_inside_a_middle_cell() -> None:
    wrapped = "Common Stock\t12/03/2007\t\tS ⁽¹⁾\t100 D\n \\$ 16.66\t1,946 ⁽²⁾\tD\t"
    first = _wrapped_row_check(_edit((ROW_1, wrapped)))
    assert (first.shares, first.acquired_disposed, first.price_per_share) == (
        100,
        "D",
        Decimal("16.66"),
    )
    assert first.shares_owned_after == 1946


def test_last_cell_wrapped_after_the_row() -> None:
    row = (
        "Common Stock\t12/03/2007\t\tG V\t500 D \\$ 0\t4,500\tI\tBy Spouse as Custodian for\n"
        " Minor Children ⁽³⁾"
    )
    note = "- (3) Under the Uniform Transfers to Minors Act.\n"
    text = _edit(
        (ROW_1 + "\n", ROW_1 + "\n" + row + "\n"), ("\n\nNote: File", f"\n{note}\nNote: File")
    )
    gift = _of(form4_text.extract(_doc(text)), Transaction)[1]
    assert gift.nature_of_ownership == "By Spouse as Custodian for Minor Children"
    assert gift.footnotes == ("Under the Uniform Transfers to Minors Act.",)
    assert _wrapped_row_check(text).nature_of_ownership is None  # the row above is untouched


def test_title_wrapped_after_a_row_with_no_other_words() -> None:
    first = _wrapped_row_check(
        _edit((ROW_1, "Class A Common\t" + ROW_1.split("\t", 1)[1] + "\n Stock"))
    )
    assert first.security_title == "Class A Common Stock"
    assert (first.shares, first.direct_or_indirect) == (100, "D")


def test_text_under_a_row_with_two_cells_of_words_is_left_out() -> None:
    row = (
        "Stock Option (right to buy)\t\\$ 3.00\t12/03/2007\t\tM\t1,000\t⁽³⁾\t07/31/2016"
        "\tCommon Stock\t1,000\t\\$ 0\t12,333\tD\t\n (Class B)\n"
    )  # which of its two titles "(Class B)" ends cannot be told
    text = _edit(("Amount or Number of Shares\n", "Amount or Number of Shares\n" + row))
    (option,) = (t for t in _of(form4_text.extract(_doc(text)), Transaction) if t.is_derivative)
    assert (option.security_title, option.underlying_security_title) == (
        "Stock Option (right to buy)",
        "Common Stock",
    )
    assert (option.shares, option.shares_owned_after) == (1000, 12333)


@pytest.mark.parametrize(
    ("cell", "name"),
    [
        ("Roe Jane Q ONE HARBOR PLAZA, NORTH TOWER", "Jane Q Roe"),
        ("ROE JANE Q SIXTH FLOOR, 40 ELM STREET", "Jane Q Roe"),
        ("Harbor Fund II, L.P. CORAL HOUSE, PO BOX 1234", "Harbor Fund II, L.P."),
        ("Roe Jane MERIDIAN CENTER, 40 ELM STREET", "Jane Roe"),  # mixed case, then capitals
        ("Elm Tower, Inc. 500 ELM STREET", "Elm Tower, Inc."),  # a street word in the name
        ("Coral Third Avenue Fund, LP 500 ELM STREET", "Coral Third Avenue Fund, LP"),
    ],
)
def test_joint_filer_street_opening_with_a_word(cell: str, name: str) -> None:
    row = OWNER_ROW + "\t\t\tSr Vice Pres of Manufacturing\t\n"
    other = f"{cell} GEORGE TOWN, E9 KY1-1108\t\tX\t\t\n"
    x = form4_text.extract(_doc(_edit(JOINT, (row, row + other))))
    assert [f.entity.name for f in _of(x, EntityFacts)[1:]] == ["Prem Nath", name]
    assert [p.roles for p in _of(x, Position)] == [("Officer",), ("TenPercentOwner",)]


def test_notes_before_the_signature_without_a_heading() -> None:
    """EDGAR's later print: "1." notes, then the signer's line, no "Signatures", no Reminder."""
    text = _edit(
        ("Signatures\n\n" + SIGNED + "\n\nSignature of Reporting Person Date\n\n", ""),
        ("- (1) The sales", "1. The sales"),
        ("- (2) Mr. Nath", "2. Mr. Nath"),
        ("\n\nNote: File", "\n\nDavid C. Wang, as attorney-in-fact for Prem Nath 12/04/2007\n\n"
         "** Signature of Reporting Person Date\n\nNote: File"),
    )  # fmt: skip
    x = form4_text.extract(_doc(text))
    first = _of(x, Transaction)[0]
    assert first.footnotes[0].endswith(PLAN)
    assert first.footnotes[1].startswith(OPTIONS)
    assert first.footnotes[1].endswith("66,667 that expire July 31, 2016.")
    assert _signers(x) == [("David C. Wang", "Prem Nath", date(2007, 12, 4))]
