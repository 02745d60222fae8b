"""The Form 3/4/5 text extractor against the XML one, on the same filings.

Each ownershipDocument is printed in the seed's PDF-to-text layout
(``tests.layout.form4_pdftext``) and read back by ``kg.extract.form4_text``;
whatever the XML extractor reads from the XML, the text extractor must read from
the text: issuer and ticker, every reporting owner with roles and title, every
row of Tables I and II field by field, the signatures and the document's dates.
The bundled XMLs always run; the corpus ones only where ``../shared/corpus`` is.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from kg.extract import form4_text, form4_xml
from kg.ingest import read_bytes
from kg.model import EntityFacts, Extraction, Position, Shareholding, Signature, Transaction
from tests.layout.form4_pdftext import Style, paginate, render
from tests.ownership_lines import compare_lines, of

BUNDLED = sorted((Path(__file__).parent / "data" / "form4_xml").glob("*.xml"))
STYLES = {
    "x-marks": Style(checked="X", amounts="marked"),
    "bare-marks": Style(checked="", amounts="marked"),
    "split-cells": Style(checked="X", amounts="split", superscripts=False),
    "bare-amounts": Style(checked="", amounts="joined"),
}


def _people(extraction: Extraction) -> list[tuple[str, tuple[str, ...], str | None]]:
    positions = {p.holder.name: p for p in of(extraction, Position)}
    owners = [f.entity.name for f in of(extraction, EntityFacts)[1:]]
    return [
        (
            name,
            positions[name].roles if name in positions else (),
            positions[name].title if name in positions else None,
        )
        for name in owners
    ]


def _signatures(extraction: Extraction) -> list[tuple[object, ...]]:
    """Signer, title (the readers spell "Attorney-in-fact" differently), principal, date."""
    return [
        (s.signer.name, (s.title or "").lower(), s.on_behalf_of and s.on_behalf_of.name, s.date)
        for s in of(extraction, Signature)
    ]


def _unprinted_side(lossy: bool) -> Callable[[Any, str], bool] | None:
    """The bare-amounts style does not print a derivative line's A/D: see
    test_bare_amounts_side_is_inferred."""
    if not lossy:
        return None
    return lambda fact, key: fact.is_derivative and key == "acquired_disposed"


def differences(name: str, xml_bytes: bytes, style: Style, pages: int | None = None) -> list[str]:
    """What the text extractor reads differently from the XML extractor (from a print cut
    into pages of ``pages`` lines, when given)."""
    xml = form4_xml.extract(read_bytes(xml_bytes, name))
    printed = render(xml_bytes, style)
    printed = paginate(printed, pages) if pages else printed
    text = form4_text.extract(read_bytes(printed.encode("utf-8"), name + ".txt"))
    found: list[str] = []
    w_issuer, g_issuer = of(xml, EntityFacts)[0], of(text, EntityFacts)[0]
    if (g_issuer.entity.name, g_issuer.ticker) != (w_issuer.entity.name, w_issuer.ticker):
        found.append(
            f"issuer: text {(g_issuer.entity.name, g_issuer.ticker)!r}"
            f" != xml {(w_issuer.entity.name, w_issuer.ticker)!r}"
        )
    for key in ("form_type", "date", "period_of_report", "original_filing_date"):
        if getattr(text.document, key) != getattr(xml.document, key):
            found.append(
                f"{key}: text {getattr(text.document, key)!r} != xml {getattr(xml.document, key)!r}"
            )
    if _signatures(text) != _signatures(xml):
        found.append(f"signatures: text {_signatures(text)!r} != xml {_signatures(xml)!r}")
    if _people(text) != _people(xml):
        found.append(f"owners: text {_people(text)!r} != xml {_people(xml)!r}")
    for kind in (Transaction, Shareholding):
        found.extend(
            compare_lines(kind, xml, text, "text", _unprinted_side(style.amounts == "joined"))
        )
    return found


def _params(paths: list[Path]) -> list[Any]:
    return [
        pytest.param(p, style, id=f"{p.stem[:40]}-{key}")
        for p in paths
        for key, style in STYLES.items()
    ]


@pytest.mark.parametrize(("path", "style"), _params(BUNDLED))
def test_bundled_filing_reads_the_same_as_text(path: Path, style: Style) -> None:
    assert differences(path.name, path.read_bytes(), style) == []


@pytest.mark.parametrize("pages", [5, 7, 11])
@pytest.mark.parametrize("path", BUNDLED, ids=lambda p: p.stem[:40])
def test_a_print_over_many_pages_reads_the_same(path: Path, pages: int) -> None:
    """Page breaks anywhere, with a browser's furniture on each: tables, the owners' rows,
    footnotes and signatures run on across them."""
    assert differences(path.name, path.read_bytes(), STYLES["x-marks"], pages) == []


def test_corpus_filings_read_the_same_as_text(corpus_dir: Path) -> None:
    paths = sorted((corpus_dir / "form4").glob("*.xml"))
    assert len(paths) >= 40
    failed = {
        f"{p.name} {key}": diffs
        for p in paths
        for key, style in STYLES.items()
        if (diffs := differences(p.name, p.read_bytes(), style))
    }
    assert failed == {}


def test_bare_amounts_side_is_inferred(corpus_dir: Path) -> None:
    """Table II column 5 as a bare amount: (A) or (D) read from the holdings and the code."""
    agree = total = 0
    for path in sorted((corpus_dir / "form4").glob("*.xml")):
        data = path.read_bytes()
        xml = of(form4_xml.extract(read_bytes(data, path.name)), Transaction)
        rendered = render(data, STYLES["bare-amounts"]).encode("utf-8")
        text = of(form4_text.extract(read_bytes(rendered, path.name)), Transaction)
        pairs = [(w, g) for w, g in zip(xml, text, strict=True) if w.is_derivative]
        total += len(pairs)
        agree += sum(w.acquired_disposed == g.acquired_disposed for w, g in pairs)
    assert total >= 40
    # One option exercise (code M) reported as acquired cannot be told from the numbers.
    assert agree >= total - 2, (agree, total)


def test_the_renderer_prints_the_seed_layout() -> None:
    """The rendered text keeps the seed's captions, blanks, markers and escaped prices."""
    seed = (Path(__file__).parent / "data" / "form4_text" / "001_e522093d6283adcf.txt").read_text(
        encoding="utf-8"
    )
    path = next(p for p in BUNDLED if "TESLA_MOTORS" in p.name)
    text = render(path.read_bytes(), STYLES["bare-marks"])
    for line in (
        "(Last) (First) (Middle)",
        "(City) (State) (Zip)",
        " (Check all applicable)",
        "Reporting Owner Name / Address\tRelationships\t\t\t",
        "\tDirector\t10% Owner\tOfficer\tOther",
        "Signature of Reporting Person Date",
        "Explanation of Responses:",
    ):
        assert f"\n{line}\n" in seed and f"\n{line}\n" in text, line
    assert "\tD\t\\$ 17\t" not in text and " D \\$ 17\t" in text  # amount, side, price: one cell
    assert form4_text.detect(read_bytes(text.encode("utf-8"), "tesla.txt"))
