"""The 8-K cover's "Securities registered pursuant to Section 12(b) of the Act" table: the
ticker and exchange of the first listed class.

HTML tables and wide prints give one row per class ("Common Stock | MMM | New York Stock
Exchange"); a narrow PDF print often gives the table column by column instead: the titles
of the classes, then the header "Trading Symbol(s)" and the symbols, then the header "Name
of each exchange" and the exchanges, one cell per line. Both are read.
"""

from __future__ import annotations

import re

from kg.extract.common import fold

_SECTION_12B = re.compile(r"Securities\s+registered\s+pursuant\s+to\s+Section\s+12\(b\)", re.I)
_TABLE_END = re.compile(r"Indicate\s+by\s+check\s+mark|Emerging\s+growth|Item\s+\d", re.I)
_HEADER_WORDS = re.compile(r"(?i)title\s+of\s+each|trading|symbol|name\s+of\s+each|registered")
_TICKER = r"[A-Z]{1,5}(?:[.-][A-Z])?"
_EXCHANGE = (
    r"(?:The\s+)?(?:Nasdaq|NASDAQ|NYSE|New\s+York\s+Stock\s+Exchange"
    r"|(?:[A-Z][\w.]*\s+)+(?:Stock\s+)?(?:Exchange|Market))[\w ,.]*"
)
# "<class> <SYMBOL> <exchange>" on one line, the cells' tabs folded to spaces.
_LISTED_ROW = re.compile(
    rf"^(?P<title>.*[a-z].*)\s+(?P<ticker>{_TICKER})\s+(?P<exchange>{_EXCHANGE})$"
)
_TICKER_CELL = re.compile(_TICKER)
_EXCHANGE_CELL = re.compile(_EXCHANGE)
# Cells a ticker column may hold that are no symbol: "N/A", "NONE", a dash.
_NO_SYMBOL = frozenset({"NA", "N/A", "NONE", "A"})


def listing(text: str) -> tuple[str, str, str] | None:
    """(ticker, exchange, evidence) of the first listed class with a plain symbol in the
    cover's Section 12(b) table: a table row or a PDF line ("notes without symbols ("—") are
    passed), else the first symbol and exchange of a table printed column by column."""
    head = _SECTION_12B.search(text)
    if head is None:
        return None
    end = _TABLE_END.search(text, head.end())
    lines = text[head.end() : end.start() if end else head.end() + 3000].split("\n")
    for line in lines:
        row = _LISTED_ROW.match(fold(line))
        if row and not _HEADER_WORDS.search(line):
            return row.group("ticker"), row.group("exchange").strip(" ,."), fold(line)
    return _by_column(lines)


def _by_column(lines: list[str]) -> tuple[str, str, str] | None:
    """The first symbol cell and the first exchange cell after it, each a line of its own
    under its header, when the table was printed one column after the other."""
    cells = [fold(line) for line in lines if fold(line) and not _HEADER_WORDS.search(line)]
    ticker = next(
        (
            i
            for i, c in enumerate(cells)
            if _TICKER_CELL.fullmatch(c) and c.upper() not in _NO_SYMBOL
        ),
        None,
    )
    if ticker is None:
        return None
    exchange = next((c for c in cells[ticker + 1 :] if _EXCHANGE_CELL.fullmatch(c)), None)
    if exchange is None:
        return None
    return cells[ticker], exchange.strip(" ,."), " ".join(cells)
