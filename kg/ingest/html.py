"""HTML to plain text for extractors: the visible text of an EDGAR page.

EDGAR pages (8-K bodies, exhibits, press releases, EDGAR-rendered forms) are
turned into lines a text extractor can read: one block element per line,
paragraphs and tables set off by a blank line, table cells joined by tabs
in columns that line up from row to row (``kg.ingest.html_tables``).

Why a hand-written tokenizer rather than lxml or BeautifulSoup: libxml2 stops
descending at 256 nested elements and silently drops the text below (EDGAR
pages converted from word processors do nest that deep), and a tree is not
needed to read text. A compiled regular expression walks the tags in one pass,
keeps a small stack only for tables, and never recurses, so depth costs
nothing and a 1 MB page takes a fraction of a second.

What is dropped: ``<script>``, ``<style>``, ``<head>`` (with ``<title>``),
comments, processing instructions, and hidden content: the inline-XBRL header
(``<ix:header>``) and any element styled ``display:none``. A hidden element
that is never closed is shown after all, so that nothing visible is lost.
"""

from __future__ import annotations

import re
from html import unescape

from kg.ingest.html_tables import Cell, Grid, render, spans

# One token: a comment, a raw-text element whose content is skipped whole, a
# tag (attribute values may hold '>' when quoted; a quote left open falls back
# to the plain form), or a declaration / processing instruction.
_TOKEN = re.compile(
    r"<!--.*?-->"
    r"|<(?P<raw>script|style|template)\b[^>]*>.*?</(?P=raw)\s*>"
    r"|<(?P<close>/?)(?P<name>[A-Za-z][\w:.-]*)"
    r"(?P<attrs>(?:[^>\"'<]|\"[^\"<]*\"|'[^'<]*')*|[^>]*)>"
    r"|<![^>]*>|<\?[^>]*>",
    re.S | re.I,
)
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none", re.I)
_SPACE = re.compile(r"[ \t\n\r\f\v\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]+")
_INVISIBLE = re.compile(r"[\u200b\u200c\u200d\u2060\ufeff\xad]")
_ENCODED_BREAK = re.compile(r"(?:&#(?:13|x0*d);)?&#(?:10|x0*a);|&#(?:13|x0*d);", re.I)
# The SGML lines EDGAR puts before an exhibit cut out of a submission.
_EDGAR_PREAMBLE = re.compile(r"\s*<DOCUMENT>.*?<TEXT>", re.S | re.I)


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# Elements that end a line, and those that also stand apart as a paragraph.
_LINE_TAGS = _words(
    "div br tr li dt dd hr caption thead tbody tfoot center body html option "
    "legend figcaption details summary nav aside main section article header footer"
)
_PARA_TAGS = _words("p h1 h2 h3 h4 h5 h6 ul ol dl blockquote pre address form fieldset")
_CELL_TAGS = frozenset(("td", "th"))
_VOID_TAGS = _words("br hr img input meta link col area base wbr param source embed")


class _Lines:
    """Text written into one flow (the page or one table cell), line by line."""

    def __init__(self) -> None:
        self.lines: list[str] = []
        self.parts: list[str] = []
        self.space = False  # a space is owed before the next word

    def text(self, chunk: str, pre: bool) -> None:
        if not chunk:
            return
        if pre:
            first, *rest = chunk.replace("\r\n", "\n").replace("\r", "\n").split("\n")
            self.parts.append(first)
            for line in rest:
                self.end_line(blank_ok=True)
                self.parts.append(line)
            return
        words = _SPACE.split(chunk)
        if words[0] == "":
            self.space = True
            words = words[1:]
        for i, word in enumerate(words):
            if not word:
                self.space = True
                continue
            if (self.space or i) and self.parts:
                self.parts.append(" ")
            self.parts.append(word)
            self.space = False

    def end_line(self, blank_ok: bool = False) -> None:
        """Close the current line; ``blank_ok`` keeps an empty one (a ``<br>``)."""
        line = "".join(self.parts).strip(" \t")
        self.parts = []
        self.space = False
        if line or blank_ok:
            self.lines.append(line)

    def paragraph(self) -> None:
        self.end_line()
        if self.lines and self.lines[-1] != "":
            self.lines.append("")

    def add_lines(self, lines: list[str]) -> None:
        self.end_line()
        self.lines.extend(lines)

    def finish(self) -> list[str]:
        self.end_line()
        return _collapse(self.lines)


def _collapse(lines: list[str]) -> list[str]:
    """Runs of blank lines become one; none at either end."""
    out: list[str] = []
    for line in lines:
        if line or (out and out[-1]):
            out.append(line)
    while out and not out[-1]:
        out.pop()
    return out


class _Table:
    """An open ``<table>``: its finished rows, printed when it closes (a column
    is a spacer only if no row has text in it), and the cells of its current row."""

    def __init__(self, parent: _Lines) -> None:
        self.parent = parent
        self.loose = _Lines()  # text inside the table but in no cell, kept in its place
        self.cells: list[tuple[_Lines, int, int]] = []  # (cell, colspan, rowspan)
        self.grid = Grid()
        self.items: list[tuple[tuple[str, ...], tuple[Cell, ...]]] = []

    def new_cell(self, attrs: str) -> _Lines:
        cell = _Lines()
        self.cells.append((cell, *spans(attrs)))
        return cell

    def end_row(self) -> None:
        loose = self._loose_lines()
        row: tuple[Cell, ...] = ()
        if self.cells:
            row = self.grid.place([(c.finish(), width, height) for c, width, height in self.cells])
        if row or loose:
            self.items.append((loose, row))
        self.cells = []

    def _loose_lines(self) -> tuple[str, ...]:
        if not (self.loose.lines or self.loose.parts):
            return ()
        lines = tuple(self.loose.finish())
        self.loose = _Lines()
        return lines

    def close(self) -> None:
        self.end_row()
        self.parent.add_lines(render(self.items, self.grid.cells))
        self.items = []


class _Renderer:
    """State of one conversion; ``feed`` takes one token at a time."""

    def __init__(self, honour_hidden: bool = True) -> None:
        self.page = _Lines()
        self.tables: list[_Table] = []
        self.out = self.page  # where text goes now: the page or the open cell
        self.pre = 0
        self.in_head = False
        self.honour_hidden = honour_hidden
        self.hidden_tag: str | None = None  # the element hiding its content
        self.hidden_depth = 0

    def text(self, chunk: str) -> None:
        if self.hidden_tag or self.in_head or not chunk:
            return
        if "&#" in chunk and not self.pre:
            # Line breaks written as character references ("&#13;&#10;") are
            # deliberate: converters from PDF mark each line so. Keep them.
            first, *rest = _ENCODED_BREAK.split(chunk)
            self._words(first)
            for part in rest:
                self.out.end_line(blank_ok=True)
                self._words(part)
            return
        self._words(chunk)

    def _words(self, chunk: str) -> None:
        if "&" in chunk:
            chunk = unescape(chunk)
        chunk = _INVISIBLE.sub("", chunk)
        self.out.text(chunk, pre=self.pre > 0)

    def tag(self, name: str, closing: bool, attrs: str) -> None:
        if self.hidden_tag:
            self._track_hidden(name, closing, attrs)
            return
        if name == "head":
            self.in_head = not closing
            return
        if name == "body":
            self.in_head = False
        if self.in_head:
            return
        if not closing and self.honour_hidden and self._hides(name, attrs):
            self.hidden_tag, self.hidden_depth = name, 1
            return
        self._layout(name, closing, attrs)

    def _hides(self, name: str, attrs: str) -> bool:
        if attrs.rstrip().endswith("/") or name in _VOID_TAGS:
            return False
        if name == "ix:header":
            return True
        return "none" in attrs.lower() and bool(_HIDDEN_STYLE.search(attrs))

    def _track_hidden(self, name: str, closing: bool, attrs: str) -> None:
        if name != self.hidden_tag or attrs.rstrip().endswith("/"):
            return
        self.hidden_depth += -1 if closing else 1
        if self.hidden_depth == 0:
            self.hidden_tag = None

    def _layout(self, name: str, closing: bool, attrs: str) -> None:
        if name == "br":
            self.out.end_line(blank_ok=True)
        elif name == "table":
            self._table(closing)
        elif name in _CELL_TAGS and self.tables:
            if not closing:
                self.out = self.tables[-1].new_cell(attrs)
        elif name == "tr" and self.tables:
            self.tables[-1].end_row()
            self.out = self.tables[-1].loose
        elif name in _PARA_TAGS:
            if name == "pre":
                self.pre = max(0, self.pre + (-1 if closing else 1))
            self.out.paragraph()
        elif name in _LINE_TAGS:
            self.out.end_line()

    def _table(self, closing: bool) -> None:
        if not closing:
            self.out.paragraph()
            self.tables.append(_Table(self.out))
            self.out = self.tables[-1].loose
            return
        if self.tables:
            table = self.tables.pop()
            table.close()
            self.out = table.parent
            self.out.paragraph()


def html_to_text(html: str, name: str) -> str:
    """Visible text of an HTML page, one block element per line.

    ``name`` (the document's name) is accepted for error messages; the
    conversion itself never fails: broken markup yields its text as well as
    it can be read.
    """
    del name  # nothing here can fail on a document's account
    preamble = _EDGAR_PREAMBLE.match(html[:4096])
    if preamble:
        html = html[preamble.end() :]
    renderer = _Renderer()
    renderer.pre = 1 if _plain_text_page(html) else 0
    lines = _run(_tokens(html), 0, renderer).page.finish()
    return "\n".join(lines) + "\n" if lines else ""


# Markup that lays a page out in blocks, lines or cells.
_BLOCK_MARKUP = re.compile(r"<(?:p|br|table|tr|td|li|pre|h[1-6]|center|hr|ul|ol)\b", re.I)


def _plain_text_page(html: str) -> bool:
    """Whether the page is plain text wrapped in a few tags with no block markup (a text
    filing put in "<html><body><div>" without "<pre>"): its many line breaks are then its
    layout, as in "<pre>", not white space to fold."""
    lines = html.count("\n")
    if lines < 20 or _BLOCK_MARKUP.search(html):
        return False
    return len(_TOKEN.findall(html)) <= lines // 10


def _tokens(html: str) -> list[tuple[str, str, bool, str]]:
    """The page as (text before, tag name, is closing, attributes) tuples;
    the last one carries the trailing text and an empty name."""
    out: list[tuple[str, str, bool, str]] = []
    pos = 0
    for match in _TOKEN.finditer(html):
        name = match.group("name")
        text = html[pos : match.start()]
        pos = match.end()
        if name:
            out.append((text, name.lower(), bool(match.group("close")), match.group("attrs")))
        else:
            out.append((text, "", False, ""))
    out.append((html[pos:], "", False, ""))
    return out


def _run(tokens: list[tuple[str, str, bool, str]], start: int, renderer: _Renderer) -> _Renderer:
    """Feed tokens from ``start``; a hidden element still open at the end
    hid the rest of the page by mistake, so its start is replayed shown."""
    hidden_from = -1
    for index in range(start, len(tokens)):
        text, name, closing, attrs = tokens[index]
        renderer.text(text)
        if name:
            was_hidden = renderer.hidden_tag is not None
            renderer.tag(name, closing, attrs)
            if renderer.hidden_tag and not was_hidden:
                hidden_from = index
    if renderer.hidden_tag and hidden_from >= 0:
        renderer.hidden_tag = None
        renderer.honour_hidden = False
        text, name, closing, attrs = tokens[hidden_from]
        renderer._layout(name, closing, attrs)
        return _run(tokens, hidden_from + 1, renderer)
    while renderer.tables:
        renderer.tag("table", True, "")
    return renderer
