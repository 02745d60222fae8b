"""The cover facts an EDGAR HTML page tags in inline XBRL (the ``dei:`` elements).

Since 2019 the cover page of an 8-K (and of most periodic reports) is tagged: the
registrant's CIK, name, file number, state, tax number, address, phone, each class of
securities with its ticker and exchange. Some of these sit only in the hidden
``<ix:header>`` (the CIK always does), which the text view drops. They are the
filer's own machine-readable cover, so the extractors prefer them where the printed
cover is silent or garbled.

Read with a scan for the opening tags, not a parser: the page is untrusted HTML,
often not well-formed XML, and only a handful of elements matter. Nested
``ix:nonNumeric`` elements are matched by counting; an element left open is ignored.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from html import unescape

# Every opening, closing or empty ix:nonNumeric tag; attributes bounded, so that a tag left
# without its ">" costs a bounded scan, not one to the end of the page.
_EDGE = re.compile(r"<(/?)ix:nonNumeric\b([^<>]{0,1000}+)>", re.I)
_NAME = re.compile(r"""\bname\s*=\s*["']dei:([A-Za-z0-9]+)["']""", re.I)
_TAG = re.compile(r"<[^>]*>")
_SPACE = re.compile(r"\s+")
_LIMIT = 20_000  # a cover value is short; a longer element is a text block, not the cover


def cover_tags(html: str) -> dict[str, list[str]]:
    """``dei`` element name (without the prefix) -> its texts in document order, one per
    element (a class of securities each has its own ``TradingSymbol``)."""
    open_: list[tuple[str | None, int, int]] = []  # (dei name, tag start, content start)
    found: list[tuple[int, str, str]] = []
    for edge in _EDGE.finditer(html):  # one pass, nesting kept on a stack
        closing, attrs = edge.groups()
        if attrs.endswith("/"):  # <ix:nonNumeric ... />: empty
            continue
        if not closing:
            name = _NAME.search(attrs)
            open_.append((name.group(1) if name else None, edge.start(), edge.end()))
        elif open_:
            name, at, start = open_.pop()
            if name and edge.start() - start <= _LIMIT:
                found.append((at, name, _text(html[start : edge.start()])))
    tags: dict[str, list[str]] = {}
    for _, name, text in sorted(found):
        if text:
            tags.setdefault(name, []).append(text)
    return tags


def _text(body: str) -> str:
    return _SPACE.sub(" ", unescape(_TAG.sub(" ", _without_excluded(body)))).strip()


def _without_excluded(body: str) -> str:
    """``body`` without its ``<ix:exclude>`` parts (footnote marks in a value), in one pass
    (they do not nest); an exclusion never closed ends the value."""
    kept, at = [], 0
    while (start := body.find("<ix:exclude", at)) >= 0:
        kept.append(body[at:start])
        close = body.find("</ix:exclude", start)
        end = body.find(">", close) if close >= 0 else -1
        if end < 0:
            return " ".join(kept)
        at = end + 1
    return " ".join([*kept, body[at:]])


def first(tags: dict[str, list[str]], name: str) -> str | None:
    """The first text of ``dei:<name>``, if tagged."""
    texts = tags.get(name)
    return texts[0] if texts else None


@dataclass(frozen=True)
class TaggedCover:
    """The registrant as the page's cover tags state it (None: not tagged)."""

    cik: str | None = None
    name: str | None = None
    file_number: str | None = None
    irs_number: str | None = None
    ticker: str | None = None
    exchange: str | None = None


# The dei element each field of TaggedCover is read from (the evidence names it).
DEI_ELEMENTS = {
    "cik": "EntityCentralIndexKey",
    "name": "EntityRegistrantName",
    "file_number": "EntityFileNumber",
    "irs_number": "EntityTaxIdentificationNumber",
    "ticker": "TradingSymbol",
    "exchange": "SecurityExchangeName",
}

# A ticker as EDGAR takes it ("BRK.B", "JPM PR D", "MMM26"); not the "—" of a class that
# trades under none.
_TICKER = re.compile(r"[A-Z][A-Z0-9./ -]{0,14}")


def tagged_cover(html: str) -> TaggedCover | None:
    """The tagged cover of an HTML page, or None when it tags none (before 2019, or no
    inline XBRL). The ticker is the first class's that has one, with that class's exchange."""
    if "dei:" not in html:  # cheap: most pages of a full submission are exhibits
        return None
    tags = cover_tags(html)
    cik = first(tags, DEI_ELEMENTS["cik"])
    symbols, exchanges = (
        tags.get(DEI_ELEMENTS["ticker"], []),
        tags.get(DEI_ELEMENTS["exchange"], []),
    )
    listed = [(t, x) for t, x in zip(symbols, exchanges, strict=False) if _TICKER.fullmatch(t)]
    cover = TaggedCover(
        cik=cik.zfill(10) if cik and cik.isdigit() and len(cik) <= 10 else None,
        name=first(tags, DEI_ELEMENTS["name"]),
        file_number=first(tags, DEI_ELEMENTS["file_number"]),
        irs_number=first(tags, DEI_ELEMENTS["irs_number"]),
        ticker=listed[0][0] if listed else None,
        exchange=listed[0][1] if listed else None,
    )
    return cover if cover != TaggedCover() else None


__all__ = ["DEI_ELEMENTS", "TaggedCover", "cover_tags", "first", "tagged_cover"]
