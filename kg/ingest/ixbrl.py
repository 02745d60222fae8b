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

_OPEN = re.compile(r"<ix:nonNumeric\b((?:[^>\"']|\"[^\"]*\"|'[^']*')*)>", re.I)
_EDGE = re.compile(r"<(/?)ix:nonNumeric\b[^>]*?(/?)>", re.I)
_NAME = re.compile(r"""\bname\s*=\s*["']dei:([A-Za-z0-9]+)["']""", re.I)
_EXCLUDED = re.compile(r"<ix:exclude\b.*?</ix:exclude\s*>", re.I | re.S)
_TAG = re.compile(r"<[^>]*>")
_SPACE = re.compile(r"\s+")
_LIMIT = 20_000  # a cover value is short; a longer element is a text block, not the cover


def cover_tags(html: str) -> dict[str, list[str]]:
    """``dei`` element name (without the prefix) -> its texts in document order, one per
    element (a class of securities each has its own ``TradingSymbol``)."""
    found: dict[str, list[str]] = {}
    for opening in _OPEN.finditer(html):
        name = _NAME.search(opening.group(1))
        if name is None or opening.group(1).rstrip().endswith("/"):
            continue  # not a cover fact, or an empty element
        end = _closing(html, opening.end())
        if end is None or end - opening.end() > _LIMIT:
            continue
        text = _text(html[opening.end() : end])
        if text:
            found.setdefault(name.group(1), []).append(text)
    return found


def _closing(html: str, start: int) -> int | None:
    """Where the element opened just before ``start`` closes (nested ones counted)."""
    depth = 1
    for edge in _EDGE.finditer(html, start, start + _LIMIT + 200):
        if edge.group(2):  # <ix:nonNumeric ... />: opens and closes
            continue
        depth += -1 if edge.group(1) else 1
        if depth == 0:
            return edge.start()
    return None


def _text(body: str) -> str:
    body = _EXCLUDED.sub(" ", body)
    return _SPACE.sub(" ", unescape(_TAG.sub(" ", body))).strip()


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
    form_type: str | None = None


# A ticker as EDGAR takes it ("BRK.B", "JPM PR D", "MMM26"); not the "—" of a class that
# trades under none.
_TICKER = re.compile(r"[A-Z][A-Z0-9./ -]{0,14}")


def tagged_cover(html: str) -> TaggedCover | None:
    """The tagged cover of an HTML page, or None when it tags none (before 2019, or no
    inline XBRL). The ticker is the first class's that has one, with that class's exchange."""
    if "dei:" not in html:  # cheap: most pages of a full submission are exhibits
        return None
    tags = cover_tags(html)
    cik = first(tags, "EntityCentralIndexKey")
    listed = [
        (symbol, exchange)
        for symbol, exchange in zip(
            tags.get("TradingSymbol", []), tags.get("SecurityExchangeName", []), strict=False
        )
        if _TICKER.fullmatch(symbol)
    ]
    cover = TaggedCover(
        cik=cik.zfill(10) if cik and cik.isdigit() and len(cik) <= 10 else None,
        name=first(tags, "EntityRegistrantName"),
        file_number=first(tags, "EntityFileNumber"),
        irs_number=first(tags, "EntityTaxIdentificationNumber"),
        ticker=listed[0][0] if listed else None,
        exchange=listed[0][1] if listed else None,
        form_type=first(tags, "DocumentType"),
    )
    return cover if cover != TaggedCover() else None


__all__ = ["TaggedCover", "cover_tags", "first", "tagged_cover"]
