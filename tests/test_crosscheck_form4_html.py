"""The EDGAR-rendered HTML reader against the XML reader, on the same filings.

Each ownershipDocument is rendered as EDGAR's HTML page (``tests.layout.form4_html``)
and read back by ``kg.extract.form4_html``; what ``form4_xml`` reads from the XML,
``form4_html`` must read from the page: the issuer (name, CIK, ticker), every owner
(name, CIK from the box 1 link, street/city/state/zip), the roles and title,
every row of Tables I and II field by field with the footnotes it cites, the
signatures, the form type and dates. The bundled XMLs always run; the corpus
ones only where ``../shared/corpus`` is.

Left out because the page does not show them: the owner's country
(``rptOwnerStateDescription``), the equity-swap flag (the ``V`` column prints
only an ``X``-less "V" and the model has it from the XML alone), whether an
unchecked "no longer subject to Section 16" box was filed as ``0`` or left out
(compared as checked or not), and for joint filings the positions of owners
after the first (box 5 shows one set of marks for all of them).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from kg.extract import form4_html, form4_xml
from kg.ingest import read_bytes
from kg.model import EntityFacts, Extraction, Position, Shareholding, Signature, Transaction
from tests.layout.form4_html import render
from tests.ownership_lines import compare_lines, of

BUNDLED = sorted((Path(__file__).parent / "data" / "form4_xml").glob("*.xml"))
CORPUS = Path(__file__).parents[2] / "shared" / "corpus" / "form4"


def _owners(extraction: Extraction) -> list[tuple[object, ...]]:
    found = []
    for facts in of(extraction, EntityFacts)[1:]:
        address = facts.addresses[0] if facts.addresses else None
        place = (
            (address.street, address.city, address.state, address.postal_code) if address else None
        )
        found.append((facts.entity.name, facts.entity.cik, place))
    return found


def _position(extraction: Extraction) -> tuple[object, ...] | None:
    """The first owner's box 5 (a joint filing's page shows only one)."""
    positions = of(extraction, Position)
    first = of(extraction, EntityFacts)[1].entity
    own = [p for p in positions if p.holder == first]
    return (own[0].roles, own[0].title, own[0].as_of) if own else None


def _signatures(extraction: Extraction) -> list[tuple[object, ...]]:
    return [
        (s.signer.name, s.title, s.on_behalf_of and s.on_behalf_of.name, s.date)
        for s in of(extraction, Signature)
    ]


def _diff(what: str, page: object, xml: object) -> list[str]:
    return [] if page == xml else [f"{what}: page {page!r} != xml {xml!r}"]


def differences(name: str, xml_bytes: bytes) -> list[str]:
    """What the HTML reader reads differently from the XML reader, one line each."""
    xml = form4_xml.extract(read_bytes(xml_bytes, name))
    page = form4_html.extract(read_bytes(render(xml_bytes).encode("utf-8"), name + ".html"))
    w_issuer, g_issuer = of(xml, EntityFacts)[0], of(page, EntityFacts)[0]
    found = _diff(
        "issuer",
        (g_issuer.entity.name, g_issuer.entity.cik, g_issuer.ticker),
        (w_issuer.entity.name, w_issuer.entity.cik, w_issuer.ticker),
    )
    for key in ("form_type", "date", "period_of_report", "original_filing_date"):
        found += _diff(key, getattr(page.document, key), getattr(xml.document, key))
    # The box prints unchecked both for <notSubjectToSection16>0 and for no element.
    found += _diff(
        "not_subject_to_section16",
        bool(page.document.not_subject_to_section16),
        bool(xml.document.not_subject_to_section16),
    )
    found += _diff("owners", _owners(page), _owners(xml))
    found += _diff("position", _position(page), _position(xml))
    found += _diff("signatures", _signatures(page), _signatures(xml))
    for kind in (Transaction, Shareholding):
        found.extend(compare_lines(kind, xml, page, "page"))
    return found


@pytest.mark.parametrize("path", BUNDLED, ids=lambda p: p.stem[:48])
def test_bundled_filing_reads_the_same_as_html(path: Path) -> None:
    assert differences(path.name, path.read_bytes()) == []


@pytest.mark.parametrize(
    "path",
    sorted(CORPUS.glob("*.xml")) if CORPUS.is_dir() else [],
    ids=lambda p: p.stem[:48],
)
def test_corpus_filing_reads_the_same_as_html(path: Path) -> None:
    assert differences(path.name, path.read_bytes()) == []


def _skeleton(page: Any) -> dict[str, object]:
    """What the HTML reader relies on, read the same way from a real and a rendered page."""
    text = " ".join(page.text_content().split())
    box1 = page.xpath(
        "//span[starts-with(normalize-space(.), '1. Name and Address of Reporting Person')]"
        "/following-sibling::table[1]//a[contains(@href, 'browse-edgar?action=getcompany&CIK=')]"
    )
    issuer = page.xpath(
        "//span[contains(normalize-space(.), 'Issuer Name')]/following-sibling::a[contains(@href,"
        " 'CIK=')]/following-sibling::span[@class='FormData']"
    )
    box5 = page.xpath(
        "//span[contains(., 'Relationship of Reporting')]/following-sibling::table[1]"
    )
    heads, cells = [], []
    for label in ("Table I -", "Table II -"):
        table = page.xpath(f"//table[thead/tr/th[contains(normalize-space(.), '{label}')]]")[0]
        heads.append(" ".join(table.find("thead").text_content().split()))
        cells.append({len(r.findall("td")) for r in table.iter("tr") if r.findall("td")})
    notes = page.xpath("//td[@class='FootnoteData'][normalize-space(.) != '']/text()")
    signed = page.xpath(
        "//td[normalize-space(.)='** Signature of Reporting Person']/../preceding-sibling::tr[1]"
        "/td/u/span[@class='FormData']"
    )
    return {
        "form": " ".join(page.find_class("FormName")[0].text_content().split()),
        "box 1 link": len(box1) >= 1,
        "ticker span": len(issuer) == 1,
        "box 5 labels": [td.text_content() for td in box5[0].iter("td") if td.get("class")],
        "box 5 marks": {" ".join(s.text_content().split()) for s in box5[0].iter("span")} - {""},
        "table heads": heads,
        "row cells": cells,
        "numbered notes": all(n.split(".")[0].strip().isdigit() for n in notes[:-1]),
        "signature cells": len(signed),
        "labels": [w for w in ("Explanation of Responses:", "Remarks:", "Reminder:") if w in text],
    }


@pytest.mark.parametrize(
    ("real", "xml", "ignore"),
    [
        # Evans has no Table II row, Microsoft no Table I transaction: their rows' cell
        # counts are checked against the other page's.
        ("edgartools_evans_bancorp_sullivan_form4", "datamule_XOOM_Corp_0001209191-13", ()),
        ("edgar4j_microsoft_list_stoll_form4", "datamule_XOOM_Corp_0001209191-13", ()),
        ("edgartools_triton_brookfield_form3", "edgartools_snowflake_berkshire_buffett", ()),
    ],
)
def test_the_renderer_keeps_the_real_pages_skeleton(
    real: str, xml: str, ignore: tuple[str, ...]
) -> None:
    from lxml import html

    data = Path(__file__).parent / "data" / "form4_xml"
    want = _skeleton(html.document_fromstring((data / f"{real}.rendered.html").read_bytes()))
    path = next(p for p in BUNDLED if p.name.startswith(xml))
    got = _skeleton(html.document_fromstring(render(path.read_bytes()).encode("utf-8")))
    for key in want:
        if key == "row cells":
            # Only tables with data rows on both pages say how many cells a row has.
            pairs = [(w, g) for w, g in zip(want[key], got[key], strict=True) if w and g]
            assert all(w == g for w, g in pairs) and pairs, (pairs, want[key], got[key])
        elif key in ("box 5 marks", "signature cells") or key.startswith(ignore):
            continue  # filing-specific: which boxes are checked, how many signed
        else:
            assert got[key] == want[key], key


def test_every_kind_of_row_is_compared() -> None:
    """The comparison is not vacuous: the bundled filings hold each kind of row."""
    kinds: set[tuple[str, bool]] = set()
    for path in BUNDLED:
        xml = form4_xml.extract(read_bytes(path.read_bytes(), path.name))
        kinds |= {(type(f).__name__, f.is_derivative) for f in of(xml, Transaction)}
        kinds |= {(type(f).__name__, f.is_derivative) for f in of(xml, Shareholding)}
    assert kinds == {
        ("Transaction", False),
        ("Transaction", True),
        ("Shareholding", False),
        ("Shareholding", True),
    }
