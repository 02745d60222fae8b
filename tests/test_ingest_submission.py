"""Full-submission files: the SEC header's facts and the embedded documents.

Fixtures in tests/data/fullsub/ (origins in SOURCES.md) cover the classic
header, the PEM-wrapped 1998-2009 files, the 2000 SGML variant and the
dissemination (.nc) layout.
"""

from __future__ import annotations

import hashlib
from datetime import date
from pathlib import Path

import pytest

from kg.errors import MalformedDocumentError
from kg.ingest import RawDocument, read_bytes, read_file
from kg.ingest.codes import item_number
from kg.ingest.submission import Submission, is_submission, split_submission
from kg.model import Address, EntityFacts, Mention, Position

DATA = Path(__file__).parent / "data" / "fullsub"
CORPUS = Path(__file__).parents[2] / "shared" / "corpus" / "fullsub"


def load(name: str) -> RawDocument:
    return read_file(DATA / name)


def split(name: str) -> Submission:
    return split_submission(load(name))


def entity_facts(sub: Submission) -> dict[str, EntityFacts]:
    """The header's EntityFacts by CIK."""
    return {
        f.entity.cik: f for f in sub.header.facts if isinstance(f, EntityFacts) and f.entity.cik
    }


def test_every_fixture_is_a_submission() -> None:
    for path in sorted(DATA.glob("*.txt")):
        assert is_submission(read_file(path)), path.name


def test_other_documents_are_not_submissions() -> None:
    sub = split("deanshelton_isabella_bank_mcguirk_form4.txt")
    assert not is_submission(sub.documents[0])  # the Form 4 XML itself
    assert not is_submission(read_bytes(b"<html><body><p>8-K</p></body></html>", "page.htm"))
    text = b"FORM 8-K\n<SEC-HEADER> is mentioned in this sentence.\n"
    assert not is_submission(read_bytes(text, "note.txt"))


def test_form4_subject_is_the_issuer_not_the_first_cik() -> None:
    sub = split("deanshelton_isabella_bank_mcguirk_form4.txt")
    info = sub.header.document
    assert sub.header.kind == "sec_header"
    assert info.form_type == "4"
    assert info.accession_number == "0000842517-24-000086"
    assert info.date == date(2024, 5, 1)
    assert info.period_of_report == date(2024, 4, 29)
    assert info.items == ()
    # REPORTING-OWNER (CIK 0001849440) comes first in the header.
    assert info.subject is not None
    assert (info.subject.cik, info.subject.name) == ("0000842517", "ISABELLA BANK Corp")


def test_form4_header_blocks_field_by_field() -> None:
    facts = entity_facts(split("deanshelton_isabella_bank_mcguirk_form4.txt"))
    assert set(facts) == {"0001849440", "0000842517"}
    owner = facts["0001849440"]
    assert owner.entity.kind == "person"
    assert owner.entity.name == "Richard L McGuirk"
    assert (owner.entity.given_name, owner.entity.middle_name, owner.entity.family_name) == (
        "Richard",
        "L",
        "McGuirk",
    )
    assert owner.entity.aliases == ("McGuirk Richard L",)
    assert owner.addresses == (Address("770 STONERIDGE DR.", "MT. PLEASANT", "MI", "48858"),)
    assert owner.file_number is None  # the number in its FILING VALUES is the issuer's
    assert owner.jurisdiction is None
    assert "COMPANY CONFORMED NAME: McGuirk Richard L" in owner.evidence

    issuer = facts["0000842517"]
    assert issuer.entity.kind == "company"
    assert issuer.sic == "STATE COMMERCIAL BANKS [6022]"
    assert issuer.irs_number == "38-2830092"
    assert issuer.jurisdiction == "Michigan"
    assert issuer.file_number == "000-18415"
    assert issuer.phone == "9897729471"
    assert issuer.addresses == (Address("401 NORTH MAIN STREET", "MT PLEASANT", "MI", "48858"),)
    assert issuer.former_names == ("ISABELLA BANK CORP", "IBT BANCORP INC /MI/")
    assert issuer.evidence == (
        "COMPANY CONFORMED NAME: ISABELLA BANK Corp CENTRAL INDEX KEY: 0000842517"
    )


def test_form4_embedded_xml_without_edgar_wrapper() -> None:
    sub = split("deanshelton_isabella_bank_mcguirk_form4.txt")
    assert sub.types == ("4",)
    assert sub.filenames == ("wk-form4_1714583233.xml",)
    (doc,) = sub.documents
    assert doc.text.startswith('<?xml version="1.0"?>\n<ownershipDocument>')
    assert doc.text.rstrip().endswith("</ownershipDocument>")
    assert "<XML>" not in doc.text and "</XML>" not in doc.text
    assert doc.source.name.endswith("deanshelton_isabella_bank_mcguirk_form4.txt#1")
    assert doc.source.part == 1
    assert doc.source.sha256 == hashlib.sha256(doc.data).hexdigest()
    assert doc.text == doc.data.decode("utf-8")
    assert not doc.is_html


def test_form4_amendment() -> None:
    sub = split("deanshelton_lam_research_ahmed_form4A.txt")
    info = sub.header.document
    assert info.form_type == "4/A"
    assert info.accession_number == "0000707549-25-000004"
    assert (info.date, info.period_of_report) == (date(2025, 1, 21), date(2024, 11, 4))
    assert info.subject is not None and info.subject.cik == "0000707549"
    assert sub.types == ("4/A",)
    facts = entity_facts(sub)
    assert facts["0001779037"].entity.name == "Sohail U Ahmed"
    assert facts["0000707549"].entity.name == "LAM RESEARCH CORP"
    assert facts["0000707549"].sic == "SPECIAL INDUSTRY MACHINERY, NEC [3559]"
    assert facts["0000707549"].jurisdiction == "Delaware"


def test_reporting_owners_person_or_company_by_name_form() -> None:
    sub = split("deanshelton_pro_dex_farnam_cabillot_form4.txt")
    facts = entity_facts(sub)
    fund = facts["0001058465"].entity
    assert fund.kind == "company"
    assert fund.name == "FARNAM STREET PARTNERS LP"  # EDGAR's "/MN" tag dropped...
    assert fund.aliases == ("FARNAM STREET PARTNERS LP /MN",)  # ...but kept as written
    assert facts["0001058465"].jurisdiction == "Minnesota"
    person = facts["0001361476"].entity
    assert (person.kind, person.name, person.family_name) == (
        "person",
        "Raymond E Cabillot",
        "Cabillot",
    )
    assert sub.header.document.subject is not None
    assert sub.header.document.subject.name == "PRO DEX INC"
    assert facts["0000788920"].file_number == "000-14942"


def test_dissemination_layout_form4() -> None:
    """The .nc layout: <SUBMISSION>, one SGML tag per field, no </SEC-HEADER>."""
    sub = split("edgartools_arrow_electronics_jean_claude_form4.txt")
    info = sub.header.document
    assert (info.form_type, info.accession_number) == ("4", "0001127602-25-004598")
    assert (info.date, info.period_of_report) == (date(2025, 2, 13), date(2025, 2, 12))
    assert info.subject is not None and info.subject.cik == "0000007536"
    facts = entity_facts(sub)
    owner = facts["0001870985"].entity
    assert (owner.given_name, owner.family_name) == ("Carine", "Jean-Claude")
    issuer = facts["0000007536"]
    assert issuer.entity.name == "ARROW ELECTRONICS, INC."
    assert issuer.sic == "5065"
    assert issuer.jurisdiction == "New York"
    assert issuer.irs_number == "11-1806155"
    assert issuer.file_number == "001-04482"
    assert issuer.phone == "303-824-4000"
    assert issuer.former_names == ("ARROW ELECTRONICS, INC", "ARROW ELECTRONICS INC")
    assert issuer.evidence.startswith("<CONFORMED-NAME>ARROW ELECTRONICS, INC.")
    # This file ends its lines with a bare CR, as stored; the XML keeps them.
    assert sub.documents[0].text.startswith('<?xml version="1.0"?>\r<ownershipDocument>')


def test_2000_form4_with_subject_company_and_sgml_owner_block() -> None:
    sub = split("edgartools_productivity_tech_foster_form4_2000.txt")
    info = sub.header.document
    assert (info.form_type, info.accession_number) == ("4", "0001094891-00-000193")
    assert (info.date, info.period_of_report) == (date(2000, 3, 14), date(2000, 2, 29))
    assert info.subject is not None
    assert (info.subject.cik, info.subject.name) == ("0000911787", "PRODUCTIVITY TECHNOLOGIES CORP")
    facts = entity_facts(sub)
    issuer = facts["0000911787"]
    assert issuer.sic == "METALWORKING MACHINERY & EQUIPMENT [3540]"
    assert issuer.irs_number == "13-3764753"
    assert issuer.jurisdiction == "Delaware"
    assert issuer.file_number == "000-24212"
    assert issuer.former_names == ("PRODUCTIVITY TECHNOLOGIES CORP /DE",)
    assert issuer.addresses[1] == Address(
        "C/O SAMUEL N SIEDMAN & CO, 520 MADISON AVE 38TH FLOOR", "NEW YORK", "NY", "10022"
    )
    owner = facts["0001050609"]
    assert owner.entity.name == "Alan H Foster"
    assert owner.sic is None  # " []" in the header
    (position,) = [f for f in sub.header.facts if isinstance(f, Position)]
    assert position.holder == owner.entity and position.organization == issuer.entity
    assert position.roles == ("Director",)
    assert position.evidence == "<RELATIONSHIP>DIRECTOR"
    (doc,) = sub.documents
    assert sub.filenames == (None,)
    assert doc.text.startswith("UNITED STATES SECURITIES AND EXCHANGE COMMISSION")


def test_form_d_behind_pem_banner() -> None:
    sub = split("halloran_gabelli_intl_gold_fund_formD.txt")
    info = sub.header.document
    assert (info.form_type, info.accession_number) == ("D", "0000919574-09-006093")
    assert (info.date, info.period_of_report) == (date(2009, 3, 16), None)
    # Form D headers list exemptions, not 8-K items: kept as written.
    assert info.items == ("Rule 506", "Investment Company Act Section 3(c)", "Section 3(c)(1)")
    (filer,) = entity_facts(sub).values()
    assert filer.entity.name == "GABELLI INTERNATIONAL GOLD FUND LTD."
    assert filer.entity.cik == "0001456986"
    assert filer.jurisdiction == "Bermuda"  # EDGAR code D0
    assert filer.irs_number is None  # 000000000
    assert filer.file_number == "021-127918"
    assert filer.addresses == (Address("ONE CORPORATE CENTER", "RYE", "NY", "10580"),)
    assert sub.types == ("D",)
    assert sub.documents[0].text.startswith('<?xml version="1.0"?>\n<edgarSubmission>')


def test_form_d_amendment_dissemination_layout() -> None:
    sub = split("edgartools_formDA_0001398344-24-000491.txt")
    info = sub.header.document
    assert (info.form_type, info.accession_number) == ("D/A", "0001398344-24-000491")
    assert info.date == date(2024, 1, 11)
    assert info.items == ("06b", "3C", "3C.1")
    assert info.subject is not None and info.subject.name == "INVESTURE OPPORTUNITY FUND, LP"
    (filer,) = entity_facts(sub).values()
    assert filer.entity.cik == "0001296490"
    assert filer.file_number == "021-67023"
    assert filer.jurisdiction == "Delaware"
    assert filer.former_names == ("INVESTURE OPPORTUNITY FUND LP",)
    assert sub.types == ("D/A",)


def test_8k_with_press_release_exhibit() -> None:
    sub = split("cassette_3m_8k_2024-03-08.txt")
    info = sub.header.document
    assert (info.form_type, info.accession_number) == ("8-K", "0000066740-24-000023")
    assert (info.date, info.period_of_report) == (date(2024, 3, 8), date(2024, 3, 8))
    assert info.items == ("8.01",)
    assert info.subject is not None and info.subject.name == "3M CO"
    (filer,) = entity_facts(sub).values()
    assert filer.irs_number == "41-0417775"
    assert filer.sic == "SURGICAL & MEDICAL INSTRUMENTS & APPARATUS [3841]"
    assert filer.former_names == ("MINNESOTA MINING & MANUFACTURING CO",)
    # The XBRL files EDGAR generates and the uuencoded spreadsheet/zip are left out.
    assert sub.types == ("8-K", "EX-99.1")
    body, release = sub.documents
    assert body.text.startswith("<?xml") and "<XBRL>" not in body.text[:100]
    assert release.is_html
    assert "3M Board of Directors Approves Spin-off of Solventum" in release.plain_text
    assert [d.source.part for d in sub.documents] == [1, 2]


def test_xbrl_files_on_request_but_never_binaries() -> None:
    sub = split_submission(load("cassette_3m_8k_2024-03-08.txt"), keep_xbrl=True)
    assert sub.types[:2] == ("8-K", "EX-99.1")
    assert "EX-101.SCH" in sub.types
    assert "EXCEL" not in sub.types and "ZIP" not in sub.types
    assert len(sub.types) == len(sub.documents) == len(sub.filenames)


def test_8k_dissemination_layout_with_agreement_exhibit() -> None:
    sub = split("edgartools_acorn_energy_8k_2025-01-06.txt")
    info = sub.header.document
    assert info.items == ("5.02", "9.01")
    assert (info.date, info.period_of_report) == (date(2025, 1, 8), date(2025, 1, 6))
    assert sub.types == ("8-K", "EX-10.1")
    assert sub.filenames == ("form8-k.htm", "ex10-1.htm")
    assert sub.documents[1].text.startswith("<HTML>")
    (filer,) = entity_facts(sub).values()
    assert filer.former_names == (
        "ACORN FACTOR, INC.",
        "DATA SYSTEMS & SOFTWARE INC",
        "DEFENSE SOFTWARE & SYSTEMS INC",
    )
    assert filer.addresses == (
        Address("1000 N WEST STREET, SUITE 1200", "WILMINGTON", "DE", "19801"),
    )


def test_1998_plain_text_8k() -> None:
    sub = split("edgartools_aames_capital_8k_1998.txt")
    info = sub.header.document
    assert (info.form_type, info.accession_number) == ("8-K", "0001011438-98-000429")
    assert (info.date, info.period_of_report) == (date(1998, 12, 31), date(1998, 12, 15))
    assert info.items == ()  # the header's ITEM INFORMATION line is empty
    assert sub.types == ("8-K", "EX-20.1")
    assert sub.filenames == (None, None)
    body, exhibit = sub.documents
    assert not body.is_html and not exhibit.is_html
    assert body.text.lstrip().startswith("SECURITIES AND EXCHANGE COMMISSION")
    assert exhibit.text.lstrip().startswith("EXHIBIT 20.1")
    (filer,) = entity_facts(sub).values()
    assert filer.sic == "ASSET-BACKED SECURITIES [6189]"
    assert filer.jurisdiction == "California"
    assert filer.file_number == "033-70636"


def test_2005_8k_item_title_of_its_time() -> None:
    sub = split("cassette_exelon_8k_2005.txt")
    info = sub.header.document
    assert info.items == ("5.02",)  # "...Appointment of Principal Officers"
    assert (info.date, info.period_of_report) == (date(2005, 4, 27), date(2005, 4, 26))
    (filer,) = entity_facts(sub).values()
    assert filer.entity.name == "EXELON CORP"
    assert filer.irs_number == "23-2990190"
    assert filer.jurisdiction == "Pennsylvania"
    assert filer.addresses == (
        Address("10 S DEARBORN ST 37TH FLR, PO BOX A-3005", "CHICAGO", "IL", "60690-3005"),
        Address("P O BOX 767", "CHICAGO", "IL", "60690"),
    )
    (doc,) = sub.documents
    assert doc.is_html and "Item 5.02" in doc.plain_text


@pytest.mark.parametrize(
    ("text", "filed", "number"),
    [
        ("Entry into a Material Definitive Agreement", date(2024, 1, 2), "1.01"),
        ("Regulation FD Disclosure", date(2017, 10, 3), "7.01"),
        ("Regulation FD Disclosure", date(2003, 6, 1), "9"),
        ("Other events", date(1999, 1, 1), "5"),
        ("Financial Statements and Exhibits", None, "9.01"),
        ("Item 9.01", None, "9.01"),
        ("5.02", None, "5.02"),
        (
            "Departure of Directors or Certain Officers; Election of Directors; Appointment of "
            "Certain Officers: Compensatory Arrangements of Certain Officers",
            date(2024, 12, 27),
            "5.02",
        ),
        ("Rule 506", None, None),
    ],
)
def test_item_numbers(text: str, filed: date | None, number: str | None) -> None:
    assert item_number(text, filed) == number


# --- broken files -----------------------------------------------------------

FORM4 = (DATA / "deanshelton_isabella_bank_mcguirk_form4.txt").read_bytes()


def _as_schedule_13g(members: bytes) -> RawDocument:
    """The bundled Form 4 header relabelled as a Schedule 13G a person files, with
    "GROUP MEMBERS:" lines (a made-up variant: no such filing is bundled)."""
    data = load("deanshelton_isabella_bank_mcguirk_form4.txt").data
    for old, new in (
        (b"CONFORMED SUBMISSION TYPE:\t4", b"CONFORMED SUBMISSION TYPE:\tSC 13G"),
        (b"DATE AS OF CHANGE:\t\t20240501\n", b"DATE AS OF CHANGE:\t\t20240501\n" + members),
        (b"REPORTING-OWNER:", b"FILED BY:"),
        (b"OWNER DATA:", b"COMPANY DATA:"),
        (b"ISSUER:", b"SUBJECT COMPANY:"),
    ):
        assert old in data
        data = data.replace(old, new, 1)
    return read_bytes(data, "sc13g.txt")


def test_schedule_filed_by_a_person_and_its_group_members() -> None:
    members = b"GROUP MEMBERS:\t\tROE CAPITAL ADVISORS LLC\nGROUP MEMBERS:\t\tROE JANE Q\n"
    header = split_submission(_as_schedule_13g(members)).header
    assert header.document.form_type == "SC 13G"
    assert header.document.subject is not None
    assert header.document.subject.cik == "0000842517"
    filer = next(
        f.entity
        for f in header.facts
        if isinstance(f, EntityFacts) and f.entity.cik == "0001849440"
    )
    assert (filer.kind, filer.given_name, filer.family_name) == ("person", "Richard", "McGuirk")
    named = [
        (m.entity.kind, m.entity.name, m.evidence) for m in header.facts if isinstance(m, Mention)
    ]
    assert named == [
        ("company", "ROE CAPITAL ADVISORS LLC", "GROUP MEMBERS: ROE CAPITAL ADVISORS LLC"),
        ("person", "Jane Q Roe", "GROUP MEMBERS: ROE JANE Q"),
    ]


def test_group_member_that_is_the_filer_is_not_named_twice() -> None:
    header = split_submission(_as_schedule_13g(b"GROUP MEMBERS:\t\tMcGuirk Richard L\n")).header
    assert not [f for f in header.facts if isinstance(f, Mention)]


def test_paper_document_is_skipped() -> None:
    """A document filed on paper is listed with a ``<PAPER>`` body and nothing to read."""
    data = load("cassette_3m_8k_2024-03-08.txt").data
    paper = (
        b"<DOCUMENT>\n<TYPE>EX-99.2\n<SEQUENCE>9\n<TEXT>\n<PAPER>\n"
        b"Filed in paper.\n</TEXT>\n</DOCUMENT>\n"
    )
    at = data.rfind(b"</SEC-DOCUMENT>")
    sub = split_submission(read_bytes(data[:at] + paper + data[at:], "paper.txt"))
    assert sub.types == ("8-K", "EX-99.1")


def test_truncated_header_is_malformed() -> None:
    cut = FORM4[: FORM4.index(b"</SEC-HEADER>") - 40]
    with pytest.raises(MalformedDocumentError, match="header"):
        split_submission(read_bytes(cut, "cut.txt"))


def test_truncated_last_document_with_content_is_kept() -> None:
    cut = FORM4[: FORM4.index(b"<nonDerivativeTable>")]
    sub = split_submission(read_bytes(cut, "cut.txt"))
    assert sub.header.document.accession_number == "0000842517-24-000086"
    (doc,) = sub.documents
    assert doc.text.startswith('<?xml version="1.0"?>')
    assert doc.text.rstrip().endswith("<aff10b5One>0</aff10b5One>")


def test_truncated_before_any_content_is_malformed() -> None:
    cut = FORM4[: FORM4.index(b"<FILENAME>")]
    with pytest.raises(MalformedDocumentError, match="no readable"):
        split_submission(read_bytes(cut, "cut.txt"))


def test_document_cut_short_before_the_next_is_malformed() -> None:
    end = FORM4.index(b"</DOCUMENT>")
    broken = FORM4[: end - 200] + b"\n<DOCUMENT>\n<TYPE>EX-24\n<TEXT>\nx\n</TEXT>\n</DOCUMENT>\n"
    with pytest.raises(MalformedDocumentError, match="document 1"):
        split_submission(read_bytes(broken, "broken.txt"))


def test_not_a_submission_is_malformed() -> None:
    with pytest.raises(MalformedDocumentError, match="not a full submission"):
        split_submission(read_bytes(b"<html><body>8-K</body></html>", "page.htm"))


# --- every submission in the shared corpus, when it is there ------------------

CORPUS_FILES = sorted(CORPUS.glob("*.txt")) if CORPUS.is_dir() else []


@pytest.mark.skipif(not CORPUS_FILES, reason="shared corpus not present")
@pytest.mark.parametrize("path", CORPUS_FILES, ids=lambda p: p.name)
def test_corpus_submission_splits(path: Path) -> None:
    doc = read_file(path)
    assert is_submission(doc)
    sub = split_submission(doc)
    assert sub.header.document.accession_number
    assert sub.header.document.form_type
    assert sub.header.document.subject is not None
    assert len(sub.documents) >= 1
    assert len(sub.types) == len(sub.documents)
