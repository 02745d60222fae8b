"""kg.extract.form4_html on EDGAR-rendered Form 3/4 pages (one saved with a .xml name)."""

from __future__ import annotations

import re
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from lxml import html

from kg.errors import MalformedDocumentError
from kg.extract import form4_html, form4_xml
from kg.ingest import read_bytes, read_file
from kg.model import EntityFacts, Position, Shareholding, Signature, Transaction

DATA = Path(__file__).parent / "data" / "form4_xml"
EVANS = "edgartools_evans_bancorp_sullivan_form4.rendered.html"
MSFT = "edgar4j_microsoft_list_stoll_form4.rendered.html"
TRITON = "edgartools_triton_brookfield_form3.rendered.html"
PAGES = [EVANS, MSFT, TRITON]


def _extract(name: str):
    return form4_html.extract(read_file(DATA / name))


def _of(extraction, kind):
    return [f for f in extraction.facts if isinstance(f, kind)]


def _page(name: str):
    return html.document_fromstring((DATA / name).read_bytes())


@pytest.mark.parametrize("name", PAGES)
def test_detected_by_content_not_name(name: str) -> None:
    from kg.extract import detect

    doc = read_file(DATA / name)
    assert form4_html.detect(doc) and not form4_xml.detect(doc)
    assert detect(doc) == "form4_html"


def test_xml_is_not_taken_for_a_rendered_page() -> None:
    doc = read_file(DATA / "edgartools_snowflake_scarpelli_form4.xml")
    assert not form4_html.detect(doc)


@pytest.mark.parametrize("name", PAGES)
def test_owners_and_rows_match_the_page(name: str) -> None:
    """Checked against the page read separately: owner links and Table I/II data rows."""
    page = _page(name)
    got = _extract(name)
    links = page.xpath("//a[contains(@href, 'CIK=')]/@href")
    ciks = {re.search(r"CIK=(\d+)", h).group(1).zfill(10) for h in links}
    owners = [f.entity for f in _of(got, EntityFacts)[1:]]
    assert {o.cik for o in owners} | {got.document.subject.cik} == ciks
    for label, derivative in (("Table I -", False), ("Table II -", True)):
        table = page.xpath(f"//table[thead/tr/th[contains(normalize-space(.), '{label}')]]")[0]
        rows = [r for r in table.iter("tr") if r.findall("td")]
        facts = [
            f
            for f in (*_of(got, Transaction), *_of(got, Shareholding))
            if f.is_derivative is derivative
        ]
        assert len(facts) == len(rows) * len(owners)
    for fact in got.facts:
        assert fact.evidence and fact.evidence == " ".join(fact.evidence.split())


def test_placeholder_ticker_and_a_line_without_an_amount() -> None:
    """A made-up variant of the Evans page: box 2's ticker written "NONE" (the XML
    reader drops it too), and a Table I line whose amount column is empty (a line
    reported by value) keeps the (A) or (D) its own column prints."""
    page = (DATA / EVANS).read_bytes()
    for old, new in (
        (b'<span class="FormData">EVBN</span>', b'<span class="FormData">NONE</span>'),
        (b'<span class="FormData">519</span><span class="FootnoteData"><sup>(1)</sup></span>', b""),
    ):
        assert page.count(old) == 1
        page = page.replace(old, new)
    got = form4_html.extract(read_bytes(page, "evans-variant.html"))
    assert _of(got, EntityFacts)[0].ticker is None
    (line,) = [t for t in _of(got, Transaction) if not t.is_derivative]
    assert (line.shares, line.acquired_disposed, line.price_per_share) == (
        None,
        "A",
        Decimal("39.52"),
    )


def test_evans_form4_by_hand() -> None:
    got = _extract(EVANS)
    doc = got.document
    assert (doc.form_type, doc.period_of_report, doc.date) == (
        "4",
        date(2023, 1, 24),
        date(2023, 1, 26),
    )
    issuer = _of(got, EntityFacts)[0]
    assert (issuer.entity.name, issuer.entity.cik, issuer.ticker) == (
        "EVANS BANCORP INC",
        "0000842518",
        "EVBN",
    )
    owner = _of(got, EntityFacts)[1]
    assert (owner.entity.kind, owner.entity.name, owner.entity.cik) == (
        "person",
        "Nora B Sullivan",
        "0001057067",
    )
    assert owner.entity.aliases == ("SULLIVAN NORA B",)
    address = owner.addresses[0]
    assert (address.street, address.city, address.state, address.postal_code) == (
        "6460 MAIN STREET",
        "WILLIAMSVILLE",
        "NY",
        "14221",
    )
    (position,) = _of(got, Position)
    assert position.roles == ("Director",) and position.title is None
    (grant,) = _of(got, Transaction)
    assert (grant.security_title, grant.transaction_date, grant.transaction_code) == (
        "Common Stock",
        date(2023, 1, 24),
        "A",
    )
    assert (grant.shares, grant.price_per_share, grant.shares_owned_after) == (
        Decimal("519"),
        Decimal("39.52"),
        Decimal("5381.2"),
    )
    assert grant.acquired_disposed == "A" and grant.direct_or_indirect == "D"
    assert grant.footnotes[0].startswith("The Restricted Stock shall be vested")
    assert grant.evidence == "Common Stock 01/24/2023 A 519 A $39.52 5,381.2 D"
    (sig,) = _of(got, Signature)
    assert sig.signer.name == "Jessica L. Brosius" and sig.title == "Attorney-in-Fact"
    assert sig.on_behalf_of.cik == "0001057067" and sig.date == date(2023, 1, 26)


def test_microsoft_page_saved_as_xml() -> None:
    got = _extract(MSFT)
    owner = _of(got, EntityFacts)[1].entity
    assert (owner.given_name, owner.middle_name, owner.family_name) == ("Teri", "L.", "List")
    (holding,) = _of(got, Shareholding)
    assert holding.security_title == "Common Stock" and holding.shares == Decimal("3398")
    assert holding.direct_or_indirect == "D" and not holding.is_derivative
    (rsu,) = _of(got, Transaction)
    assert rsu.is_derivative and rsu.security_title == "Restricted Stock Units"
    assert (rsu.shares, rsu.acquired_disposed, rsu.shares_owned_after) == (
        Decimal("1619"),
        "A",
        Decimal("4172"),
    )
    assert rsu.underlying_security_title == "Common Stock"
    assert rsu.underlying_shares == Decimal("1619")
    assert len(rsu.footnotes) == 3
    (sig,) = _of(got, Signature)
    assert sig.signer.name == "Keith R. Dolliver" and sig.on_behalf_of == owner


def test_triton_form3_joint_filing() -> None:
    got = _extract(TRITON)
    assert got.document.form_type == "3"
    assert got.document.period_of_report == date(2023, 9, 28)
    assert got.document.date == date(2023, 10, 10)  # the signature line's date
    owners = [f.entity for f in _of(got, EntityFacts)[1:]]
    assert len(owners) == 10 and all(o.kind == "company" for o in owners)
    assert owners[0].name == "BROOKFIELD Corp" and "BROOKFIELD Corp /ON/" in owners[0].aliases
    (position,) = _of(got, Position)
    assert position.holder == owners[0] and position.roles == ("TenPercentOwner",)
    holdings = _of(got, Shareholding)
    assert {h.holder for h in holdings} == set(owners)
    assert {(h.shares, h.direct_or_indirect, h.nature_of_ownership) for h in holdings} == {
        (Decimal("101158891"), "I", "See Footnotes")
    }
    assert len(holdings[0].footnotes) == 3
    # "/s/ See Signatures Included in Exhibit 99.2" names nobody.
    assert not _of(got, Signature)


def test_deeply_nested_page_keeps_its_text() -> None:
    # libxml2 drops text below 256 levels unless huge_tree is set.
    text = (DATA / EVANS).read_text()
    head, rest = text.split("<body>", 1)
    body, tail = rest.rsplit("</body>", 1)
    deep = f"{head}<body>{'<div>' * 300}{body}{'</div>' * 300}</body>{tail}"
    got = form4_html.extract(read_bytes(deep.encode(), "deep.html"))
    assert [t.shares for t in _of(got, Transaction)] == [Decimal("519")]


def test_page_without_issuer_is_malformed() -> None:
    page = (
        "<html><body><span>1. Name and Address of Reporting Person</span>"
        "<table><tr><th>Table I - Non-Derivative Securities</th></tr></table></body></html>"
    )
    doc = read_bytes(page.encode(), "stub.html")
    assert form4_html.detect(doc)
    with pytest.raises(MalformedDocumentError, match="Issuer Name"):
        form4_html.extract(doc)


def test_page_saved_without_edgar_links() -> None:
    text = re.sub(r"<a [^>]*>([^<]*)</a>", r"\1", (DATA / EVANS).read_text())
    got = form4_html.extract(read_bytes(text.encode(), "nolinks.html"))
    names = [(f.entity.name, f.entity.cik) for f in _of(got, EntityFacts)]
    assert names == [("EVANS BANCORP INC", None), ("Nora B Sullivan", None)]


@pytest.mark.parametrize(("name", "flag"), [(EVANS, False), (MSFT, False), (TRITON, None)])
def test_document_boxes_of_the_real_pages(name: str, flag: bool | None) -> None:
    """Box 4/5 "If Amendment" is blank on all three; Form 3 has no Section 16 box."""
    doc = _extract(name).document
    assert (doc.original_filing_date, doc.not_subject_to_section16) == (None, flag)


def test_box_5_roles_in_the_xml_readers_order() -> None:
    """Director, Officer, TenPercentOwner, Other: whatever order box 5 prints them in."""
    page = (DATA / EVANS).read_text(encoding="utf-8")
    marked = page.replace(
        '<td width="15%" align="center"></td>\n<td width="35%" class="MedSmallFormText">10%',
        '<td width="15%" align="center"><span class="FormData">X</span></td>\n'
        '<td width="35%" class="MedSmallFormText">10%',
    ).replace(
        '<td align="center"></td>\n<td class="MedSmallFormText">Officer',
        '<td align="center"><span class="FormData">X</span></td>\n'
        '<td class="MedSmallFormText">Officer',
    )
    got = form4_html.extract(read_bytes(marked.encode("utf-8"), "evans.html"))
    (position,) = _of(got, Position)
    assert position.roles == ("Director", "Officer", "TenPercentOwner")
