"""kg.extract.form8k on the seed 8-K, corpus 8-Ks (PDF-to-text and HTML) and edited variants."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from kg.errors import MalformedDocumentError
from kg.extract import form8k, press
from kg.extract.common import fold
from kg.extract.sentences import clean_text
from kg.ingest import RawDocument, read_bytes, read_file
from kg.ingest.submission import split_submission
from kg.model import (
    Agreement,
    EntityFacts,
    EntityRef,
    Extraction,
    Mention,
    Position,
    Shareholding,
    Signature,
)

DATA = Path(__file__).parent / "data" / "form8k"
SEED = DATA / "002_b717dde4e27f8616.txt"
BOILERPLATE = (
    "Shaffer Parkway",
    "Edgar Filing",
    "Registrant",
    "Commission File Number",
    "Cooperation Agreement",
    "FAB 2",
)


def _doc(path: Path) -> RawDocument:
    return read_file(path)


def _text_doc(text: str, name: str = "variant.txt") -> RawDocument:
    return read_bytes(text.encode("utf-8"), name)


def _of(x: Extraction, kind: type) -> list:
    return [f for f in x.facts if isinstance(f, kind)]


def _refs(x: Extraction) -> list[EntityRef]:
    refs: list[EntityRef] = [x.document.subject] if x.document.subject else []
    for fact in x.facts:
        for name in ("entity", "holder", "organization", "issuer", "signer"):
            if isinstance(getattr(fact, name, None), EntityRef):
                refs.append(getattr(fact, name))
        refs.extend(getattr(fact, "parties", ()))
    return refs


@pytest.fixture(scope="module")
def seed() -> Extraction:
    return form8k.extract(_doc(SEED))


def test_detect_accepts_8k_and_refuses_a_press_release() -> None:
    assert form8k.detect(_doc(SEED))
    assert form8k.detect(_doc(DATA / "cassette_exelon_8k_2005.htm"))
    release = Path(__file__).parent / "data" / "press" / "003_0dcc0eca3793637d.txt"
    assert not form8k.detect(_doc(release))
    assert not press.detect(_doc(SEED))


def test_seed_document_info(seed: Extraction) -> None:
    info = seed.document
    assert seed.kind == "form8k"
    assert info.form_type == "8-K"
    assert info.period_of_report == date(2007, 12, 18)
    assert info.date == date(2007, 12, 19)
    assert info.items == ("1.01", "9.01")
    assert info.subject is not None
    assert info.subject.name == "Ascent Solar Technologies, Inc."
    assert info.subject.kind == "company"
    assert "ASCENT SOLAR TECHNOLOGIES, INC." in info.subject.aliases
    assert "Ascent" in info.subject.aliases


def test_seed_registrant_cover_facts(seed: Extraction) -> None:
    (facts,) = _of(seed, EntityFacts)
    assert facts.entity.name == "Ascent Solar Technologies, Inc."
    assert facts.jurisdiction == "Delaware"
    assert facts.file_number == "001-32919"
    assert facts.irs_number == "20-3672603"
    assert facts.phone == "(303) 420-1141"
    (address,) = facts.addresses
    assert (address.street, address.city, address.state, address.postal_code) == (
        "8120 Shaffer Parkway",
        "Littleton",
        "CO",
        "80127",
    )
    assert "(Commission File Number)" in facts.evidence


def test_seed_agreement(seed: Extraction) -> None:
    (agreement,) = _of(seed, Agreement)
    assert agreement.agreement_type == "Cooperation Agreement"
    assert [p.name for p in agreement.parties] == [
        "Ascent Solar Technologies, Inc.",
        "Norsk Hydro Produksjon AS",
    ]
    assert all(p.kind == "company" for p in agreement.parties)
    assert "Hydro" in agreement.parties[1].aliases
    assert agreement.date == date(2007, 12, 18)
    assert agreement.exhibit == "10.1"
    assert agreement.description and "photovoltaic modules" in agreement.description
    assert agreement.evidence.startswith("On December 18, 2007, Ascent Solar Technologies")


def test_seed_shareholding(seed: Extraction) -> None:
    (stake,) = _of(seed, Shareholding)
    assert stake.holder.name == "Norsk Hydro Produksjon AS"
    assert stake.holder.aliases == ("Hydro",)
    assert stake.issuer.name == "Ascent Solar Technologies, Inc."
    assert stake.percent_of_class == Decimal("23")
    assert stake.as_of == date(2007, 12, 18)
    assert "a roughly 23% shareholder of Ascent" in stake.evidence


def test_seed_signature_and_officer(seed: Extraction) -> None:
    (sig,) = _of(seed, Signature)
    assert sig.signer.name == "Matthew B. Foster"
    assert (sig.signer.given_name, sig.signer.middle_name, sig.signer.family_name) == (
        "Matthew",
        "B.",
        "Foster",
    )
    assert sig.title == "President and CEO"
    assert sig.date == date(2007, 12, 19)
    # "the registrant has duly caused this report to be signed on its behalf"
    assert sig.on_behalf_of == seed.document.subject
    (position,) = _of(seed, Position)
    assert position.holder.name == "Matthew B. Foster"
    assert position.organization.name == "Ascent Solar Technologies, Inc."
    assert position.roles == ("Officer",)
    assert position.title == "President and CEO"
    assert position.as_of == date(2007, 12, 19)


def test_seed_people_and_no_boilerplate_entities(seed: Extraction) -> None:
    people = {r.name for r in _refs(seed) if r.kind == "person"}
    assert people == {"Matthew B. Foster"}
    names = {r.name.lower() for r in _refs(seed)}
    assert not names & {b.lower() for b in BOILERPLATE}
    assert {m.entity.name for m in _of(seed, Mention)} == {"Norsk Hydro Produksjon AS"}


def test_seed_evidence_is_verbatim(seed: Extraction) -> None:
    text = fold(clean_text(SEED.read_text()))
    for fact in seed.facts:
        assert fact.evidence and fact.evidence.rstrip("…") in text, fact


def _variant() -> str:
    text = SEED.read_text()
    for old, new in (
        ("ASCENT SOLAR TECHNOLOGIES, INC.", "BLUE RIVER MINING CORP."),
        ("Ascent Solar Technologies, Inc.", "Blue River Mining Corp."),
        ("(Ascent)", "(Blue River)"),
        ("Ascent", "Blue River"),
        ("Norsk Hydro Produksjon AS (Hydro)", "Kestrel Holdings Ltd. (Kestrel)"),
        ("Norsk Hydro Produksjon AS", "Kestrel Holdings Ltd."),
        ("Hydro", "Kestrel"),
        ("Delaware", "Nevada"),
        ("December 18, 2007", "March 3, 2011"),
        ("December 19, 2007", "March 4, 2011"),
        ("roughly 23%", "approximately 8.5%"),
        ("Cooperation Agreement", "Supply Agreement"),
        ("Matthew B. Foster", "Jane R. Doe"),
        ("President and CEO", "Chief Financial Officer"),
        ("001-32919", "000-12345"),
        ("20-3672603", "88-1234567"),
    ):
        text = text.replace(old, new)
    return text


def test_variant_extracts_the_new_values() -> None:
    x = form8k.extract(_text_doc(_variant()))
    assert x.document.subject is not None
    assert x.document.subject.name == "Blue River Mining Corp."
    assert "Blue River" in x.document.subject.aliases
    assert x.document.period_of_report == date(2011, 3, 3)
    assert x.document.date == date(2011, 3, 4)
    (facts,) = _of(x, EntityFacts)
    assert (facts.jurisdiction, facts.file_number, facts.irs_number) == (
        "Nevada",
        "000-12345",
        "88-1234567",
    )
    (agreement,) = _of(x, Agreement)
    assert agreement.agreement_type == "Supply Agreement"
    assert [p.name for p in agreement.parties][1] == "Kestrel Holdings Ltd."
    assert agreement.exhibit == "10.1"
    (stake,) = _of(x, Shareholding)
    assert stake.holder.name == "Kestrel Holdings Ltd."
    assert stake.percent_of_class == Decimal("8.5")
    (sig,) = _of(x, Signature)
    assert (sig.signer.name, sig.title, sig.date) == (
        "Jane R. Doe",
        "Chief Financial Officer",
        date(2011, 3, 4),
    )


def test_owns_percent_of_outstanding_stock() -> None:
    text = SEED.read_text().replace(
        "In the Agreement,",
        "Hydro owns approximately 12.5% of the outstanding common stock of Ascent. "
        "In the Agreement,",
    )
    x = form8k.extract(_text_doc(text))
    stakes = {s.percent_of_class: s for s in _of(x, Shareholding)}
    assert set(stakes) == {Decimal("23"), Decimal("12.5")}
    assert stakes[Decimal("12.5")].holder.name == "Norsk Hydro Produksjon AS"
    assert stakes[Decimal("12.5")].issuer.name == "Ascent Solar Technologies, Inc."


def test_empty_item_bodies_do_not_crash() -> None:
    text = SEED.read_text()
    head = text[: text.index("Item 1.01")]
    x = form8k.extract(_text_doc(head + "Item 8.01 Other Events.\n\nItem 9.01 Exhibits\n"))
    assert x.document.items == ("8.01", "9.01")
    assert not _of(x, Agreement) and not _of(x, Signature)
    assert x.document.subject is not None
    # the mixed-case spelling comes from the page header "Edgar Filing: <name> - Form 8-K"
    assert x.document.subject.name == "Ascent Solar Technologies, Inc."


def test_a_heading_without_a_cover_is_malformed() -> None:
    with pytest.raises(MalformedDocumentError):
        form8k.extract(_text_doc("FORM 8-K\nCURRENT REPORT\n\nnothing else\n"))


def test_item_502_retirement_and_appointment() -> None:
    x = form8k.extract(_doc(DATA / "axon_taser_8k_2012-02-13.pdftotext.txt"))
    assert x.document.items == ("5.02",)
    assert x.document.period_of_report == date(2012, 2, 8)
    assert x.document.date == date(2012, 2, 13)
    changes = {p.holder.name: p for p in _of(x, Position) if p.start_date or p.end_date}
    retired = changes["Thomas P. Smith"]
    assert (retired.end_date, retired.start_date, retired.roles) == (
        date(2012, 2, 8),
        None,
        ("Director",),
    )
    appointed = changes["Michael Garnreiter"]
    assert (appointed.start_date, appointed.title, appointed.roles) == (
        date(2012, 2, 8),
        "Chairman",
        ("Director",),
    )
    (sig,) = _of(x, Signature)
    assert (sig.signer.name, sig.title) == ("Douglas E. Klint", "Corporate Secretary")
    (facts,) = _of(x, EntityFacts)
    assert (facts.jurisdiction, facts.file_number, facts.irs_number) == (
        "Delaware",
        "001-16391",
        "86-0741227",
    )
    assert facts.addresses[0].postal_code == "85255"


def test_item_101_amendment_with_bank() -> None:
    x = form8k.extract(_doc(DATA / "axon_taser_8k_2006-11-06.pdftotext.txt"))
    assert x.document.subject is not None and x.document.subject.cik == "0001069183"
    (agreement,) = _of(x, Agreement)
    assert agreement.agreement_type == "Amendment to Credit Agreement"
    assert [p.name for p in agreement.parties] == [
        "TASER International, Inc.",
        "JPMorgan Chase Bank, N.A.",
    ]
    assert agreement.date == date(2006, 10, 31)
    assert agreement.exhibit == "10.17"
    (sig,) = _of(x, Signature)
    assert (sig.signer.name, sig.title, sig.date) == (
        "Daniel M. Behrendt",
        "Chief Financial Officer",
        date(2006, 11, 6),
    )


def test_html_8k_election_and_combined_cover() -> None:
    x = form8k.extract(_doc(DATA / "cassette_exelon_8k_2005.htm"))
    assert x.document.subject is not None
    assert x.document.subject.name == "Exelon Corporation"
    assert x.document.items == ("5.02",)
    assert x.document.period_of_report == date(2005, 4, 26)
    (facts,) = _of(x, EntityFacts)
    assert (facts.jurisdiction, facts.file_number, facts.irs_number) == (
        "Pennsylvania",
        "1-16169",
        "23-2990190",
    )
    ridge = {
        (p.organization.name, p.roles, p.start_date)
        for p in _of(x, Position)
        if p.holder.name == "Thomas J. Ridge"
    }
    assert ridge == {
        ("Exelon Corporation", ("Director",), date(2005, 5, 2)),  # elected
        # "Mr. Ridge is also a director of Home Depot Corporation and Savi Technology."
        ("Home Depot Corporation", ("Director",), None),
        ("Savi Technology", ("Director",), None),
    }
    (sig,) = _of(x, Signature)
    assert sig.signer.name == "J. Barry Mitchell"
    assert sig.title == "Senior Vice President, Treasurer and Chief Financial Officer"
    assert sig.date == date(2005, 4, 27)


def test_html_8k_consulting_agreement() -> None:
    x = form8k.extract(_doc(DATA / "edgartools_acorn_energy_8k_2025-01-06.htm"))
    assert x.document.items == ("5.02", "9.01")
    (facts,) = _of(x, EntityFacts)
    assert (facts.jurisdiction, facts.file_number, facts.irs_number) == (
        "Delaware",
        "001-33886",
        "22-2786081",
    )
    (agreement,) = _of(x, Agreement)
    assert agreement.agreement_type == "Consulting Agreement"
    assert agreement.exhibit == "10.1"
    assert agreement.date == date(2025, 1, 6)
    assert "Jan H. Loeb" in [p.name for p in agreement.parties]
    (sig,) = _of(x, Signature)
    assert (sig.signer.name, sig.title, sig.date) == (
        "Tracy S. Clifford",
        "Chief Financial Officer",
        date(2025, 1, 8),
    )


CORPUS = Path(__file__).parents[2] / "shared" / "corpus"


@pytest.mark.corpus
@pytest.mark.skipif(not CORPUS.is_dir(), reason="../shared/corpus is not here")
def test_every_corpus_8k_has_registrant_items_and_no_boilerplate_people() -> None:
    paths = sorted((CORPUS / "text").glob("*8k*.txt")) + sorted((CORPUS / "8k").glob("*_8k_*"))
    for path in paths:
        doc = read_file(path)
        if "_EX_" in path.name or not form8k.detect(doc):
            continue
        x = form8k.extract(doc)
        assert x.document.subject is not None, path
        people = {r.name for r in _refs(x) if r.kind == "person"}
        assert all(len(n.split()) >= 2 for n in people), (path, people)
        assert not {n.lower() for n in people} & {b.lower() for b in BOILERPLATE}, path


def test_1998_cover_in_capitals_with_a_co_registrant_file_number() -> None:
    """ "DECEMBER 15, 1998" as the date of report; "333-46893-01" as the file number."""
    path = Path(__file__).parent / "data" / "fullsub" / "edgartools_aames_capital_8k_1998.txt"
    submission = split_submission(read_file(path))
    kinds = zip(submission.documents, submission.types, strict=True)
    (report,) = [d for d, kind in kinds if kind == "8-K"]
    x = form8k.extract(report)
    assert x.document.period_of_report == date(1998, 12, 15)
    (facts,) = _of(x, EntityFacts)
    assert (facts.file_number, facts.irs_number) == ("333-46893-01", "95-4438859")


def test_cover_listing_gives_ticker_and_exchange() -> None:
    """The Section 12(b) table: the first class with a plain symbol; notes with "—" are not."""
    x = form8k.extract(_doc(DATA / "secedgardownloader_apple_8k_2019-11-07.htm"))
    (facts,) = _of(x, EntityFacts)
    assert (facts.ticker, facts.exchange) == ("AAPL", "The Nasdaq Stock Market LLC")
    assert "AAPL" in facts.evidence


def test_no_listing_when_the_table_says_none() -> None:
    x = form8k.extract(_doc(DATA / "edgartools_acorn_energy_8k_2025-01-06.htm"))
    (facts,) = _of(x, EntityFacts)
    assert (facts.ticker, facts.exchange) == (None, None)


@pytest.mark.parametrize(
    ("row", "listed"),
    [
        (
            "Class A Common Stock\tXMPL\tThe Nasdaq Stock Market",
            ("XMPL", "The Nasdaq Stock Market"),
        ),
        ("Common Stock, $0.01 par value    XMP    NYSE Arca", ("XMP", "NYSE Arca")),
        ("Common Stock XM.B New York Stock Exchange", ("XM.B", "New York Stock Exchange")),
        ("N/A\tN/A\tN/A", None),
    ],
)
def test_listing_rows(row: str, listed: tuple[str, str] | None) -> None:
    from kg.extract.form8k_cover import _listing

    text = (
        "Securities registered pursuant to Section 12(b) of the Act:\n"
        "Title of each class\tTrading Symbol(s)\tName of each exchange on which registered\n"
        f"{row}\nIndicate by check mark whether the registrant is an emerging growth company"
    )
    found = _listing(text)
    assert (found[:2] if found else None) == listed


def _seed_item(body: str, heading: str | None = None) -> Extraction:
    """The seed 8-K with its Item 1.01 paragraph replaced by ``body`` (and its heading by
    ``heading``): made-up wording in a real cover, signature and exhibit list."""
    text = SEED.read_text()
    start = text.index("On December 18, 2007, Ascent Solar")
    text = text[:start] + body + text[text.index("\n", start) :]
    if heading:
        text = text.replace("Item 1.01 Entry into a Material Definitive Agreement.", heading)
    # The seed's exhibit list files the seed's agreement, which ``body`` replaces.
    filed = next(line for line in text.splitlines() if line.startswith("10.1\t"))
    return form8k.extract(_text_doc(text.replace(filed + "\n", "")))


@pytest.mark.parametrize(
    ("sentence", "kind", "parties"),
    [
        (
            'On May 1, 2024, the Company entered into a Credit Agreement (the "Credit Agreement")'
            " with Example Bank, N.A., as administrative agent, and the lenders party thereto.",
            "Credit Agreement",
            ["Example Bank, N.A."],
        ),
        (
            "On May 1, 2024, the Company entered into an Agreement and Plan of Merger (the"
            ' "Merger Agreement") with Example Parent AG, a stock corporation organized under the'
            ' laws of Switzerland ("Parent"), and Example Merger Sub, Inc., a Delaware corporation'
            ' and a wholly owned subsidiary of Parent ("Merger Sub").',
            "Agreement and Plan of Merger",
            ["Example Merger Sub, Inc.", "Example Parent AG"],
        ),
        (
            "On May 1, 2024, the Company entered into Amendment No. 2 to Credit Agreement (the"
            ' "Amendment") with Example Bank, N.A., as administrative agent, which amends the'
            ' Credit Agreement, dated as of October 1, 2021 (the "Credit Agreement").',
            "Amendment No. 2 to Credit Agreement",
            ["Example Bank, N.A."],
        ),
        (
            "On May 1, 2024, the Company and Jane Roe entered into a Separation Agreement and"
            ' General Release (the "Separation Agreement").',
            "Separation Agreement and General Release",
            ["Jane Roe"],
        ),
    ],
)
def test_item_101_counterparties_after_a_defined_term(
    sentence: str, kind: str, parties: list[str]
) -> None:
    x = _seed_item(sentence)
    (agreement,) = _of(x, Agreement)
    assert agreement.agreement_type == kind
    assert [p.name for p in agreement.parties] == ["Ascent Solar Technologies, Inc.", *parties]
    assert agreement.date == date(2024, 5, 1)


def test_a_cross_reference_does_not_hide_the_agreement_it_points_to() -> None:
    """Item 1.01 says only "see Item 2.03"; the agreement, dated and with its lender, is there."""
    body = (
        "The information set forth under Item 2.03 below regarding the Credit Agreement is"
        " incorporated by reference into this Item 1.01.\n\nItem 2.03 Creation of a Direct"
        " Financial Obligation.\n\nOn May 1, 2024, the Company entered into a credit agreement"
        ' (the "Credit Agreement") among the Company, the lenders party thereto and Example'
        " Bank, N.A., as administrative agent."
    )
    x = _seed_item(body)
    (agreement,) = _of(x, Agreement)
    assert (agreement.agreement_type, agreement.date) == ("Credit Agreement", date(2024, 5, 1))
    assert [p.name for p in agreement.parties][1:] == ["Example Bank, N.A."]


def test_an_appointment_at_a_named_subsidiary_is_the_subsidiarys() -> None:
    body = (
        "On May 1, 2024, Jane Roe was named President of Example Peak Bank, the Company's"
        " wholly owned subsidiary, effective June 1, 2024."
    )
    x = _seed_item(body, "Item 5.02 Departure of Directors or Certain Officers.")
    held = {(p.holder.name, p.organization.name, p.title, p.start_date) for p in _of(x, Position)}
    assert ("Jane Roe", "Example Peak Bank", "President", date(2024, 6, 1)) in held


def _seed_exhibits(body: str, listed: list[str]) -> Extraction:
    """``_seed_item`` with the exhibit list of Item 9.01 replaced by ``listed``."""
    text = SEED.read_text()
    start = text.index("On December 18, 2007, Ascent Solar")
    text = text[:start] + body + text[text.index("\n", start) :]
    old = next(line for line in text.splitlines() if line.startswith("10.1\t"))
    text = text.replace(old, "\n".join(listed))
    return form8k.extract(_text_doc(text))


def _agreements(x: Extraction) -> dict[str, tuple[list[str], date | None, str | None]]:
    found = _of(x, Agreement)
    return {a.agreement_type: ([p.name for p in a.parties], a.date, a.exhibit) for a in found}


def test_exhibit_list_adds_the_agreements_and_parties_the_prose_leaves_out() -> None:
    x = _seed_exhibits(
        "On May 31, 2024, the Company, as borrower, entered into a Loan and Security Agreement"
        ' (the "Loan Agreement") with Example Capital Bank, as lender, and Example Midstream'
        " LLC, a wholly owned subsidiary of the Company, entered into a Guaranty Agreement (the"
        ' "Guaranty") in favor of Example Capital Bank.',
        [
            "10.1\tLoan and Security Agreement, dated May 31, 2024, between Ascent Solar"
            " Technologies, Inc. and Example Capital Bank.",
            "10.2\tGuaranty Agreement, dated May 31, 2024, by Example Midstream LLC in favor of"
            " Example Capital Bank.+",
            "10.3\tForm of Indemnification Agreement.",
            "99.1\tPress release dated May 31, 2024.",
        ],
    )
    found = _agreements(x)
    assert found["Loan and Security Agreement"] == (
        ["Ascent Solar Technologies, Inc.", "Example Capital Bank"],
        date(2024, 5, 31),
        "10.1",
    )
    assert found["Guaranty Agreement"] == (
        ["Example Midstream LLC", "Example Capital Bank"],
        date(2024, 5, 31),
        "10.2",
    )
    assert set(found) == {"Loan and Security Agreement", "Guaranty Agreement"}


def test_exhibit_list_names_the_definitive_agreement_and_its_parties() -> None:
    x = _seed_exhibits(
        "On January 29, 2025, the Company entered into a definitive agreement to acquire"
        ' Example Dental Management, LLC ("Example Dental") for approximately $42 million.',
        [
            "2.1\tMembership Interest Purchase Agreement, dated January 29, 2025, by and among"
            " Ascent Solar Technologies, Inc., Example Dental Management, LLC and the members of"
            " Example Dental Management, LLC named therein.*",
        ],
    )
    assert _agreements(x) == {
        "Membership Interest Purchase Agreement": (
            ["Ascent Solar Technologies, Inc.", "Example Dental Management, LLC"],
            date(2025, 1, 29),
            "2.1",
        )
    }


def test_exhibit_list_gives_a_counterparty_without_a_legal_form_and_a_supplement() -> None:
    x = _seed_exhibits(
        "On April 22, 2024, the Company entered into an Exclusive License Agreement (the"
        ' "License Agreement") with The Regents of the University of Example ("Example"). On'
        " the same day the Company issued notes under an Indenture, dated as of April 22, 2024,"
        " between the Company and Example Trust Company, N.A., as trustee, as supplemented by"
        " the First Supplemental Indenture.",
        [
            "4.1\tIndenture, dated as of April 22, 2024, between Ascent Solar Technologies, Inc."
            " and Example Trust Company, N.A., as trustee.",
            "4.2\tFirst Supplemental Indenture, dated as of April 22, 2024, between Ascent Solar"
            " Technologies, Inc. and Example Trust Company, N.A., as trustee.",
            "10.1\tExclusive License Agreement, dated April 22, 2024, by and between Ascent Solar"
            " Technologies, Inc. and The Regents of the University of Example.",
        ],
    )
    found = _agreements(x)
    assert found["Exclusive License Agreement"][0] == [
        "Ascent Solar Technologies, Inc.",
        "The Regents of the University of Example",
    ]
    trustee = ["Ascent Solar Technologies, Inc.", "Example Trust Company, N.A."]
    assert found["Indenture"] == (trustee, date(2024, 4, 22), "4.1")
    assert found["First Supplemental Indenture"] == (trustee, date(2024, 4, 22), "4.2")


def test_a_term_defined_for_several_parties_names_them_all() -> None:
    x = _seed_item(
        "On December 2, 2024, the Company entered into a Securities Purchase Agreement (the"
        ' "Purchase Agreement") with Example Partners Fund II, L.P. and Example Growth Fund LLC'
        ' (together, the "Purchasers"). In connection with the Purchase Agreement, on December'
        " 2, 2024, the Company also entered into a Registration Rights Agreement (the"
        ' "Registration Rights Agreement") with the Purchasers.'
    )
    found = {a.agreement_type: [p.name for p in a.parties] for a in _of(x, Agreement)}
    both = ["Example Growth Fund LLC", "Example Partners Fund II, L.P."]
    assert sorted(found["Registration Rights Agreement"][1:]) == both
    assert sorted(found["Securities Purchase Agreement"][1:]) == both


# Made-up Item 5.02 wordings of other companies (the probe set of /tmp/prose_probe).
def _changes_in(body: str, heading: str) -> set[tuple[str, str | None, date | None, date | None]]:
    x = _seed_item(body, heading)
    return {
        (p.holder.name, p.title, p.start_date, p.end_date)
        for p in _of(x, Position)
        if p.start_date or p.end_date
    }


def test_a_caption_wrapped_onto_the_next_line_is_not_the_body() -> None:
    """ "... Appointment of Certain" / "Officers; Compensatory Arrangements of Certain
    Officers.": the caption's end is not the body's first sentence (nor a person in it)."""
    from kg.extract.form8k_items import split_items

    text = (
        "Item 5.02 Departure of Directors or Certain Officers; Election of Directors;"
        " Appointment of Certain\nOfficers; Compensatory Arrangements of Certain Officers.\n"
        "(d) On October 23, 2024, the Board elected Anika Sorensen to the Board.\n"
    )
    assert split_items(text).bodies["5.02"].startswith("(d) On October 23, 2024")


def test_an_old_item_5_reports_appointments_too() -> None:
    """Before 2004 an appointment was an "Item 5. Other Events"."""
    body = (
        "On August 12, 2002, the Registrant announced that Albert R. Finch has been elected"
        " Chairman of the Board of the Registrant, effective August 12, 2002."
    )
    assert _changes_in(body, "Item 5. Other Events.") == {
        ("Albert R. Finch", "Chairman of the Board", date(2002, 8, 12), None)
    }


def test_a_name_the_model_misses_in_an_appointment_slot() -> None:
    body = (
        "In connection with Mr. Sullivan's retirement, the Board of Directors of the Company"
        " appointed Naomi Feldstein as Executive Vice President, General Counsel and Secretary,"
        " effective March 1, 2025."
    )
    found = _changes_in(body, "Item 5.02 Departure of Directors or Certain Officers.")
    assert found == {
        (
            "Naomi Feldstein",
            "Executive Vice President, General Counsel and Secretary",
            date(2025, 3, 1),
            None,
        )
    }


def test_the_office_a_predecessor_holds_ends_when_the_successor_starts() -> None:
    body = (
        "On December 18, 2023, the Board approved the appointment of Martin Y. Osei to the"
        " position of Chief Operating Officer, effective as of January 2, 2024. Mr. Osei"
        " replaces Claudia Brandt, who has been serving as interim Chief Operating Officer since"
        " June 2023. Ms. Brandt will continue with the Company as Senior Vice President, Strategy."
    )
    x = _seed_item(body, "Item 5.02 Departure of Directors or Certain Officers.")
    held = {(p.holder.name, p.title, p.start_date, p.end_date) for p in _of(x, Position)}
    assert ("Claudia Brandt", "interim Chief Operating Officer", None, date(2024, 1, 2)) in held
    assert ("Claudia Brandt", "Senior Vice President, Strategy", None, None) in held


# A made-up 8-K as a narrow PDF print: the Section 12(b) table column by column, a former name,
# a title wrapped before its last word, an exhibit list with wrapped lines and footnote marks.
NARROW = """UNITED STATES
SECURITIES AND EXCHANGE COMMISSION
Washington, D.C. 20549
FORM 8-K
CURRENT REPORT
Pursuant to Section 13 or 15(d) of the Securities Exchange Act of 1934
Date of Report (Date of earliest event reported): April 8, 2024
Tessaro Kitchenware, Inc.
(Exact name of registrant as specified in its charter)
Delaware
(State or other jurisdiction of incorporation)
001-39911
(Commission File Number)
84-1234567
(IRS Employer Identification No.)
10 Elm Street, Dover, Delaware 19901
(Address of principal executive offices, including zip code)
(302) 555-0100
(Registrant's telephone number, including area code)
Tessaro Acquisition Corp.
(Former name or former address, if changed since last report)
Check the appropriate box below if the Form 8-K filing is intended to simultaneously satisfy the
filing obligation of the registrant under any of the following provisions:
Securities registered pursuant to Section 12(b) of the Act:
Title of each class
Common Stock, par value $0.0001 per share
Warrants

Trading
Symbol(s)
TKWR
TKWRW

Name of each exchange
on which registered
The Nasdaq Capital Market
The Nasdaq Capital Market

Indicate by check mark whether the registrant is an emerging growth company.
Emerging growth company ☒
{items}
SIGNATURES
Pursuant to the requirements of the Securities Exchange Act of 1934, the registrant has duly
caused this report to be signed on its behalf by the undersigned hereunto duly authorized.
TESSARO KITCHENWARE, INC.
Date: April 10, 2024
By: /s/ Vera L. Quinn
Name: Vera L. Quinn
Title: Executive Vice President and Chief Financial
Officer
"""
PLACEMENT = """Item 1.01 Entry into a Material Definitive Agreement.
On April 8, 2024, Tessaro Kitchenware, Inc. (the "Company") entered into a securities purchase
agreement (the "Purchase Agreement") with certain investors named therein.
Item 9.01 Financial Statements and Exhibits.
(d) Exhibits
10.1

Form of Securities Purchase Agreement, dated April 8, 2024, by and among Tessaro Kitchenware,
Inc. and the purchasers named
therein.

10.2† Supply Agreement, dated as of April 8, 2024, between Tessaro Kitchenware, Inc. and
Lindqvist Metallwaren GmbH.
† Portions of this exhibit have been omitted.
"""


def _narrow(items: str) -> Extraction:
    return form8k.extract(_text_doc(NARROW.format(items=items)))


def test_cover_of_a_narrow_print() -> None:
    x = _narrow(PLACEMENT)
    (facts,) = _of(x, EntityFacts)
    assert (facts.ticker, facts.exchange) == ("TKWR", "The Nasdaq Capital Market")
    assert facts.former_names == ("Tessaro Acquisition Corp.",)


def test_listing_printed_column_by_column() -> None:
    from kg.extract.form8k_cover import _listing

    text = (
        "Securities registered pursuant to Section 12(b) of the Act:\nTitle of each class\n"
        "Trading Symbol\nName of each exchange on which registered\nCommon Stock\nXMPL\n"
        "NYSE American LLC\nIndicate by check mark whether the registrant is an emerging"
    )
    found = _listing(text)
    assert (found[:2] if found else None) == ("XMPL", "NYSE American LLC")


def test_signature_title_wrapped_before_its_noun() -> None:
    (signed,) = _of(_narrow(PLACEMENT), Signature)
    assert signed.title == "Executive Vice President and Chief Financial Officer"


def test_exhibit_list_wrapped_and_marked() -> None:
    """The list's lines wrapped over two or three lines, a "†" after the number, "Form of",
    unnamed purchasers after "Inc. and"; the prose's "securities purchase agreement" takes
    the list's fuller name."""
    found = {a.agreement_type: a for a in _of(_narrow(PLACEMENT), Agreement)}
    assert sorted(found) == ["Securities Purchase Agreement", "Supply Agreement"]
    purchase, supply = found["Securities Purchase Agreement"], found["Supply Agreement"]
    assert [p.name for p in purchase.parties] == ["Tessaro Kitchenware, Inc."]
    assert (purchase.exhibit, purchase.date) == ("10.1", date(2024, 4, 8))
    assert [p.name for p in supply.parties] == [
        "Tessaro Kitchenware, Inc.",
        "Lindqvist Metallwaren GmbH",
    ]
    assert supply.exhibit == "10.2"


def test_a_terminated_agreement_and_its_defined_term() -> None:
    """Item 1.02 names the agreement it ends; a later sentence naming it by its defined term
    is the same agreement, not a second one."""
    items = """Item 1.02 Termination of a Material Definitive Agreement.
On April 8, 2024, Tessaro Kitchenware, Inc. (the "Company") gave notice of termination of the
Master Services Agreement, dated as of May 1, 2020, between the Company and Orrin Freight, LLC
("Orrin") (as amended, the "Services Agreement"). The Company will pay Orrin the fees due under
the Services Agreement through the termination date.
"""
    (found,) = _of(_narrow(items), Agreement)
    assert found.agreement_type == "Master Services Agreement"
    assert [p.name for p in found.parties] == ["Tessaro Kitchenware, Inc.", "Orrin Freight, LLC"]
    assert found.date == date(2020, 5, 1)


def test_the_company_defined_again_is_no_party() -> None:
    """ "Merger Sub will merge with and into the Company (the "Merger")": "Company" is the
    registrant's defined term, not a company of that name."""
    items = """Item 1.01 Entry into a Material Definitive Agreement.
On April 8, 2024, Tessaro Kitchenware, Inc. (the "Company") entered into an Agreement and Plan
of Merger (the "Merger Agreement") with Ulmstead Holdings, Inc. ("Parent") and Ulmstead Sub,
Inc. ("Merger Sub"). Merger Sub will merge with and into the Company (the "Merger").
"""
    (found,) = _of(_narrow(items), Agreement)
    assert "Company" not in [p.name for p in found.parties]
    assert "Company" not in [m.entity.name for m in _of(_narrow(items), Mention)]


def test_a_defined_term_is_the_agreement_it_defines() -> None:
    """A later sentence that enters into other agreements ("support agreements", plural) and
    names the merger agreement by its defined term: one agreement each, no "Merger Agreement"."""
    items = """Item 1.01 Entry into a Material Definitive Agreement.
On April 8, 2024, Tessaro Kitchenware, Inc. (the "Company") entered into an Agreement and Plan
of Merger (the "Merger Agreement") with Ulmstead Holdings, Inc. ("Parent").
Concurrently with the execution of the Merger Agreement, certain stockholders of the Company
entered into support agreements with Parent, pursuant to which they agreed to vote in favor of
the adoption of the Merger Agreement.
"""
    found = [a.agreement_type for a in _of(_narrow(items), Agreement)]
    assert found == ["Agreement and Plan of Merger", "Support Agreement"]


def test_letters_after_a_name_and_a_function_after_a_title() -> None:
    """ "terminated the employment of A, M.D., as ...": the letters are A's; "Vice President,
    Clinical Research" is a title's function, not a person."""
    body = (
        "On April 2, 2024, the Board terminated the employment of Rupert T. Ellingsworth, M.D.,"
        " as the Company's Chief Scientific Officer, effective immediately. On the same date,"
        " the Board appointed Corinne Vasquez-Lund, Ph.D., the Company's Vice President,"
        " Clinical Research, to serve as acting Chief Scientific Officer, effective April 2, 2024."
    )
    found = _changes_in(body, "Item 5.02 Departure of Directors or Certain Officers.")
    assert found == {
        ("Rupert T. Ellingsworth", "Chief Scientific Officer", None, date(2024, 4, 2)),
        ("Corinne Vasquez-Lund", "acting Chief Scientific Officer", date(2024, 4, 2), None),
    }


def test_a_trusts_board_seats_trustees_and_each_name_listed_is_elected() -> None:
    body = (
        "On May 2, 2024, the Board of Trustees of the Company elected Marguerite Okafor-Lindqvist,"
        " Tobiah Vance-Ruiz and Ansel Drummond-Yates as trustees, effective immediately."
        " Separately, Hollis Bramwell-Ochoa informed the Company that he will retire from the"
        " Board, effective June 30, 2024."
    )
    found = _changes_in(body, "Item 5.02 Departure of Directors or Certain Officers.")
    assert found == {
        ("Marguerite Okafor-Lindqvist", "trustee", date(2024, 5, 2), None),
        ("Tobiah Vance-Ruiz", "trustee", date(2024, 5, 2), None),
        ("Ansel Drummond-Yates", "trustee", date(2024, 5, 2), None),
        ("Hollis Bramwell-Ochoa", "Trustee", None, date(2024, 6, 30)),
    }


def test_an_officer_of_the_general_partner_is_the_partnerships() -> None:
    body = (
        "On June 3, 2024, the Board of Directors of the General Partner appointed Corwin"
        " Abernathy-Stiles as Vice President and Treasurer of the General Partner, effective"
        " June 17, 2024."
    )
    x = _seed_item(body, "Item 5.02 Departure of Directors or Certain Officers.")
    held = {(p.holder.name, p.title, p.start_date) for p in _of(x, Position) if p.start_date}
    assert held == {("Corwin Abernathy-Stiles", "Vice President and Treasurer", date(2024, 6, 17))}


def test_a_change_upon_a_defined_event_takes_the_events_day() -> None:
    body = (
        'The merger was completed on May 6, 2024 (the "Effective Time"). Effective as of the'
        " Effective Time, Perpetua Nakagawa-Brandt was appointed as Chief Financial Officer of"
        " the Company."
    )
    found = _changes_in(body, "Item 5.02 Departure of Directors or Certain Officers.")
    assert found == {
        ("Perpetua Nakagawa-Brandt", "Chief Financial Officer", date(2024, 5, 6), None)
    }


def test_an_item_502_that_incorporates_item_101_reads_its_appointments() -> None:
    body = (
        "On June 10, 2024, the Company entered into a cooperation agreement with Example Capital"
        " LP, under which the Board appointed Philippa Adeyemi-Strand as a director of the"
        " Company, effective June 10, 2024.\n\n"
        "Item 5.02 Departure of Directors or Certain Officers.\n\n"
        "The information set forth in Item 1.01 regarding the appointment of Ms. Adeyemi-Strand"
        " is incorporated herein by reference."
    )
    x = _seed_item(body)
    held = {(p.holder.name, p.title, p.start_date) for p in _of(x, Position) if p.start_date}
    assert held == {("Philippa Adeyemi-Strand", "director", date(2024, 6, 10))}


def test_a_table_of_officers_printed_one_row_a_line() -> None:
    body = (
        "Effective May 1, 2024, the Company's executive officers are as follows:\n\n"
        "Name Title\n"
        "Rosalind Tavernier-Quaye Chief Executive Officer\n"
        "Emeric J. Baldursson Senior Vice President and Chief Financial Officer\n\n"
        "Each officer serves at the pleasure of the Board."
    )
    x = _seed_item(body, "Item 5.02 Departure of Directors or Certain Officers.")
    held = {(p.holder.name, p.title) for p in _of(x, Position)}
    assert ("Rosalind Tavernier-Quaye", "Chief Executive Officer") in held
    assert ("Emeric J. Baldursson", "Senior Vice President and Chief Financial Officer") in held
