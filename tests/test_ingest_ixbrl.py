"""kg.ingest.ixbrl: the cover facts a page tags in inline XBRL, and the 8-K reader using
them (the registrant's CIK sits only in the hidden ix:header)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from kg.extract import form8k
from kg.ingest import read_bytes, read_file
from kg.ingest.ixbrl import cover_tags, first
from kg.model import EntityFacts

DATA = Path(__file__).parent / "data"

MADE_UP = """<html><body>
<div style="display:none"><ix:header><ix:hidden>
<ix:nonNumeric name="dei:EntityCentralIndexKey" contextRef="c1">0000123456</ix:nonNumeric>
<ix:nonNumeric name="dei:AmendmentFlag" contextRef="c1">false</ix:nonNumeric>
</ix:hidden></ix:header></div>
<p><ix:nonNumeric contextRef="c1" name="dei:EntityRegistrantName">Example
  <b>Widgets</b> &amp; Co.</ix:nonNumeric></p>
<ix:nonNumeric name="dei:Security12bTitle" contextRef="c2">Common Stock<ix:exclude>(1)</ix:exclude>
</ix:nonNumeric>
<td><ix:nonNumeric name='dei:TradingSymbol' contextRef="c2">EXW</ix:nonNumeric></td>
<td><ix:nonNumeric name="dei:TradingSymbol" contextRef="c3">EXW.P</ix:nonNumeric></td>
<ix:nonNumeric name="dei:CoverAbstract" contextRef="c1"/>
<ix:nonNumeric name="us-gaap:Other" contextRef="c1">not the cover</ix:nonNumeric>
<ix:nonNumeric name="dei:DocumentType" contextRef="c1">8-K
  <ix:nonNumeric name="dei:Nested" contextRef="c1">inner</ix:nonNumeric> tail</ix:nonNumeric>
<ix:nonNumeric name="dei:EntityFileNumber" contextRef="c1">001-00001
</body></html>"""


def test_cover_tags_read_hidden_nested_and_repeated_elements() -> None:
    tags = cover_tags(MADE_UP)
    assert tags["EntityCentralIndexKey"] == ["0000123456"]  # from the hidden header
    assert tags["EntityRegistrantName"] == ["Example Widgets & Co."]  # tags, entities, spaces
    assert tags["Security12bTitle"] == ["Common Stock"]  # ix:exclude is not the value
    assert tags["TradingSymbol"] == ["EXW", "EXW.P"]  # one per class, in order
    assert tags["DocumentType"] == ["8-K inner tail"]  # the outer element closes last
    assert tags["Nested"] == ["inner"]
    assert "Other" not in tags and "CoverAbstract" not in tags
    assert "EntityFileNumber" not in tags  # never closed: not read
    assert first(tags, "AmendmentFlag") == "false" and first(tags, "Missing") is None


def _tagged_8ks() -> list[Path]:
    return [
        p
        for p in sorted((DATA / "form8k").glob("*.htm*"))
        if "dei:EntityCentralIndexKey" in p.read_text(encoding="utf-8", errors="replace")
    ]


@pytest.mark.parametrize("path", _tagged_8ks(), ids=lambda p: p.name)
def test_an_html_8k_registrant_is_keyed_by_its_tagged_cik(path: Path) -> None:
    html = path.read_text(encoding="utf-8", errors="replace")
    hidden = re.search(r'name="dei:EntityCentralIndexKey"[^>]*>\s*(\d+)', html)
    assert hidden is not None
    extraction = form8k.extract(read_file(path))
    subject = extraction.document.subject
    assert subject is not None and subject.cik == hidden.group(1).zfill(10)


def test_an_html_8k_and_its_full_submission_meet_in_one_registrant() -> None:
    """The page alone (CIK from its tags) and the same page inside the submission (CIK
    from the SEC header) name one registrant node."""
    from kg.graph.resolve import resolve
    from kg.pipeline import extract_paths

    name = "edgartools_acorn_energy_8k_2025-01-06"
    extracted = extract_paths([DATA / "form8k" / f"{name}.htm", DATA / "fullsub" / f"{name}.txt"])
    resolution = resolve((e for _, e in extracted.items), extracted.same)
    eight_ks = [e for _, e in extracted.items if e.kind == "form8k"]
    keys = {resolution.entity(e.document.subject, "").key for e in eight_ks}
    assert len(eight_ks) == 2
    assert len(keys) == 1 and next(iter(keys)).startswith("cik/")


def test_tagged_cover_fills_what_the_printed_cover_lacks() -> None:
    """Made up from a bundled page: its Section 12(b) table cut out, a ticker tagged in the
    hidden header only. The printed values stay; the tags fill the gap, with evidence."""
    page = (DATA / "form8k" / "edgartools_1895_bancorp_8k_2024-12-20.htm").read_text("utf-8")
    cut = re.sub(r"(?s)Securities registered pursuant to Section.*?(?=Indicate by check)", "", page)
    assert cut != page
    hidden = (
        '<ix:hidden><ix:nonNumeric name="dei:TradingSymbol" contextRef="c">ZZQX</ix:nonNumeric>'
        '<ix:nonNumeric name="dei:SecurityExchangeName" contextRef="c">NYSE</ix:nonNumeric>'
    )
    made_up = cut.replace("<ix:hidden>", hidden, 1)
    before = form8k.extract(read_bytes(page.encode(), "page.htm"))
    after = form8k.extract(read_bytes(made_up.encode(), "made_up.htm"))
    (printed,) = [f for f in before.facts if isinstance(f, EntityFacts)]
    (cover,) = [f for f in after.facts if isinstance(f, EntityFacts)]
    assert printed.ticker != "ZZQX"
    assert (cover.ticker, cover.exchange) == ("ZZQX", "NYSE")
    assert "dei:TradingSymbol ZZQX" in cover.evidence
    assert cover.file_number == printed.file_number  # read from the print, as before


def test_unclosed_parts_end_what_they_open() -> None:
    page = (
        '<ix:nonNumeric name="dei:Security12bTitle">Common Stock<ix:exclude>(1)</ix:nonNumeric>'
        '<ix:nonNumeric name="dei:TradingSymbol" contextRef="c">EXW</ix:nonNumeric>'
        '<ix:nonNumeric name="dei:EntityRegistrantName" a="never closed'
    )
    tags = cover_tags(page * 3)
    assert tags["Security12bTitle"] == ["Common Stock"] * 3  # the exclusion ends the value
    assert tags["TradingSymbol"] == ["EXW"] * 3
    assert "EntityRegistrantName" not in tags
