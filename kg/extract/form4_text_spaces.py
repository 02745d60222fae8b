"""Tables of a printed Form 3, 4 or 5 whose cells are set apart by spaces, not tabs.

The readers of Tables I and II and of the Reporting Owners table take one
tab-separated line per row, as the usual PDF-to-text dump gives it. Some dumps
print the same table with spaces: either each tab as a run of the same number of
spaces (an empty cell is one run more: "Common Stock" then five runs before the
holding of a line with no transaction), or every cell at its column's position
(``pdftotext -layout``). ``tabbed`` gives such a table's lines back with tabs
between cells, so that the readers read it as they read a tabbed print; a table
that has a tab anywhere is returned as it is.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

# Two spaces or more part two cells; a single space is inside a cell ("Common Stock").
_GAP = re.compile(r" {2,}")
_PIECE = re.compile(r"\S+(?: \S+)*")
# A column heading's number opens a heading line ("1. Title of Security", "2A. Deemed").
_HEADING = re.compile(r"\s*\d{1,2}[A-Z]?\.\s")


def tabbed(lines: list[str]) -> list[str]:
    """The table's lines with a tab between cells when the print sets cells apart by spaces;
    unchanged when any line has a tab, or when no row is printed with gaps."""
    if any("\t" in line for line in lines):
        return lines
    rows = [line for line in lines if _is_row(line)]
    if not rows:
        return lines
    unit = _unit(lines, rows)
    if unit is not None:
        return [_by_unit(line, unit) for line in lines]
    return _by_columns(lines, rows)


def _pieces(line: str) -> list[re.Match[str]]:
    """The line's cells as printed: runs of text with no two spaces together."""
    return list(_PIECE.finditer(line))


def _is_row(line: str) -> bool:
    """A row of values: two cells or more, "D" or "I" (ownership form) or "X" (a
    relationship) among its last cells, not a column heading."""
    cells = [p.group() for p in _pieces(line)]
    if len(cells) < 2 or _HEADING.match(line):
        return False
    return any(c.strip("()") in {"D", "I", "X"} for c in cells[-3:])


def _runs(lines: Iterable[str]) -> list[int]:
    """The length of every gap between two cells."""
    return [len(m.group()) for line in lines for m in _GAP.finditer(line.strip())]


def _unit(lines: list[str], rows: list[str]) -> int | None:
    """The number of spaces a tab was printed as; None for a table set out by columns.

    The first heading line has one label per column, one tab apart: its gaps, all of one
    width, are that number (a row's gap may be wider by the padding a cell was printed
    with). Otherwise (the Reporting Owners table, a table continued on the next page),
    every gap of the rows and of the heading lines above them must be a whole number of
    the narrowest. A table set out by columns has gaps as wide as its cells leave, which
    neither test passes."""
    heading = next((ln for ln in lines if re.match(r"\s*1\.\s*Title", ln)), None)
    first = lines.index(rows[0])
    is_row = set(rows)  # a set: a long print's table has hundreds of lines
    above = [ln for at, ln in enumerate(lines) if at < first or ln in is_row]
    runs = _runs([heading] if heading is not None else above)
    unit = min(runs, default=0)
    if unit < 2:
        return None
    even = len(set(runs)) == 1 if heading is not None else all(r % unit == 0 for r in runs)
    return unit if even else None


def _by_unit(line: str, unit: int) -> str:
    """Each whole run of ``unit`` spaces a tab (padding narrower than a tab beside it is no
    tab of its own); a shorter run (a wrapped line's leading space) stays as printed."""

    def tabs(match: re.Match[str]) -> str:
        width = len(match.group())
        return "\t" * (width // unit) if width >= unit else match.group()

    return re.sub(r" +", tabs, line)


def _by_columns(lines: list[str], rows: list[str]) -> list[str]:
    """A table set out by columns: a column is where the rows' cells overlap one another,
    and a heading's cell over no row's cell is a column every row leaves empty (the
    "Deemed Execution Date" nobody fills); each line's cells go to their columns."""
    first = lines.index(rows[0])
    spans: list[tuple[int, int]] = []
    for row in rows:
        for piece in _pieces(row):
            spans = _merged(spans, piece.span())
    # The heading lines nearest the rows name the narrowest columns ("10% Owner" under
    # "Relationships"): read upwards, a heading over a column already known adds none.
    for line in reversed(lines[:first]):
        for piece in _pieces(line):
            if not any(_overlap(s, piece.span()) for s in spans):
                spans = sorted([*spans, piece.span()])
    return [
        _cut(line, spans) if _in_columns(line, spans, at < first) else line
        for at, line in enumerate(lines)
    ]


def _in_columns(line: str, spans: list[tuple[int, int]], heading: bool) -> bool:
    """A line of the table: a heading's cells, or cells each inside one column (a row, a
    wrapped title's next line); not a sentence across the columns (the "Reminder:" line,
    the page's foot)."""
    pieces = _pieces(line)
    if heading:
        return len(pieces) > 1
    return bool(pieces) and all(sum(_overlap(s, p.span()) for s in spans) <= 1 for p in pieces)


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def _merged(spans: list[tuple[int, int]], span: tuple[int, int]) -> list[tuple[int, int]]:
    """``spans`` with ``span`` added, the spans it overlaps joined into one column."""
    start, end = span
    kept = []
    for other in spans:
        if _overlap(other, (start, end)):
            start, end = min(start, other[0]), max(end, other[1])
        else:
            kept.append(other)
    return sorted([*kept, (start, end)])


def _cut(line: str, spans: list[tuple[int, int]]) -> str:
    """The line's cells in their columns: a cell goes to the last column that starts at or
    before its end (a number set right of its heading is still in its column)."""
    cells = [""] * len(spans)
    for piece in _pieces(line):
        at = max((i for i, s in enumerate(spans) if s[0] < piece.end()), default=0)
        cells[at] = f"{cells[at]} {piece.group()}".strip()
    return "\t".join(cells)
