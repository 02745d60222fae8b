"""An HTML table laid out as tab-separated lines whose columns line up.

A reader of the rendered text lines rows up by counting tabs: the value under
"Title:" or "Trading Symbol(s)" is the cell at the same position in the next
row. EDGAR tables make that hard in three ways, all handled here:

* spacer cells: a row that starts with empty cells ("", "", "Name: Jane Doe")
  under a row that has text there ("Date: May 1", "", "By: /s/ Jane Doe")
  keeps its empty cells, or its text would move under the wrong heading;
* ``colspan``: "3. Transaction Code" spans two columns ("Code", "V") and a
  heading "Exhibit Number" spans the spacer and the number below it;
* ``rowspan``: "1. Title of Security" covers two header rows, so the second
  header row ("Code", "V", "(A) or (D)") starts in the fourth column.

Cells are placed on the table's grid as a browser would; a grid column that
holds text in no row (a spacer, the inside of a span) gets no position, so the
same column has the same position in every row. A cell spanning several
columns sits at the first of them that single cells fill with text.
"""

from __future__ import annotations

import re
from bisect import bisect_left

_SPAN = re.compile(r"\b(col|row)span\s*=\s*[\"']?\s*(\d{1,7})", re.I)
# Browsers clamp colspan at 1000. EDGAR's spans cover two or three rows; a low
# cap keeps placing cells linear on hostile input (the cost of a row grows with
# the cells still covering it from above).
_MAX_COLSPAN = 1000
_MAX_ROWSPAN = 64
# A layout that needs far more tab positions than the table has cells (spans
# stretching a few cells over many columns) is printed cell after cell
# instead, so the text can never grow much larger than the page.
_SLOTS_PER_CELL = 8
_SLOTS_FREE = 1000


# A cell with text, placed: (first grid column, columns spanned, its place among the
# row's cells, its lines). Empty cells are only needed to place the others; plain tuples
# keep a long table cheap for the garbage collector while it waits for its last row.
Cell = tuple[int, int, int, tuple[str, ...]]


def spans(attrs: str) -> tuple[int, int]:
    """(colspan, rowspan) of a cell's attributes; missing, zero or absurd values are clamped."""
    col = row = 1
    if "span" not in attrs.lower():
        return col, row
    for match in _SPAN.finditer(attrs):
        value = max(1, int(match.group(2)))
        if match.group(1).lower() == "col":
            col = min(value, _MAX_COLSPAN)
        else:
            row = min(value, _MAX_ROWSPAN)
    return col, row


class Grid:
    """Where the cells of each new row go, given the cells above still covering columns."""

    def __init__(self) -> None:
        self.below: dict[int, tuple[int, int]] = {}  # first column -> (width, rows still covered)
        self.cells = 0  # every cell placed, empty or not

    def place(self, cells: list[tuple[list[str], int, int]]) -> tuple[Cell, ...]:
        """Each cell (lines, colspan, rowspan) starts at the first column to the right of
        the previous cell that no cell from a row above covers; the cells with text."""
        covered: list[tuple[int, int]] = []
        if self.below:
            covered = sorted((start, width) for start, (width, _) in self.below.items())
            self.below = {s: (w, n - 1) for s, (w, n) in self.below.items() if n > 1}
        self.cells += len(cells)
        placed: list[Cell] = []
        col = k = 0
        for index, (lines, width, height) in enumerate(cells):
            while k < len(covered) and covered[k][0] <= col:
                col = max(col, covered[k][0] + covered[k][1])
                k += 1
            if lines:
                placed.append((col, width, index, tuple(lines)))
            if height > 1:
                self.below[col] = (width, height - 1)
            col += width
        return tuple(placed)


def render(items: list[tuple[tuple[str, ...], tuple[Cell, ...]]], cells: int) -> list[str]:
    """The lines of a table of ``cells`` cells: each item is the text found between
    rows (outside any cell, kept in its place) and one row's cells with text."""
    rows = _anchored([row for _, row in items])
    position = {col: i for i, col in enumerate(sorted({c[0] for row in rows for c in row}))}
    slots = sum(position[row[-1][0]] + 1 for row in rows if row)
    fits = slots <= _SLOTS_PER_CELL * cells + _SLOTS_FREE
    out: list[str] = []
    for (loose, _), row in zip(items, rows, strict=True):
        out.extend(loose)
        out.extend(_render_row(row, position) if fits else _render_cells(row))
    return out


def _anchored(rows: list[tuple[Cell, ...]]) -> list[tuple[Cell, ...]]:
    """A cell spanning several columns moved to the first of them that single cells
    fill with text (a heading over "| | 1.1 |" sits over the number)."""
    single = sorted({c[0] for row in rows for c in row if c[1] == 1})
    if all(c[1] == 1 for row in rows for c in row):
        return rows
    out = []
    for row in rows:
        moved = []
        for col, width, index, lines in row:
            at = bisect_left(single, col)
            if width > 1 and at < len(single) and single[at] < col + width:
                col = single[at]
            moved.append((col, width, index, lines))
        out.append(tuple(moved))
    return out


def _render_row(row: tuple[Cell, ...], position: dict[int, int]) -> list[str]:
    """One line with each cell at its column's position; a row whose cells hold
    several lines each (a signature block, a layout table holding a whole
    release) is laid out cell after cell instead, so no line is glued to its
    neighbour."""
    if not row:
        return []
    if any(len(c[3]) > 1 for c in row):
        return [line for c in row for line in c[3]]
    slots = [""] * (position[row[-1][0]] + 1)
    for col, _, _, lines in row:
        slots[position[col]] = lines[0]
    return ["\t".join(slots)]


def _render_cells(row: tuple[Cell, ...]) -> list[str]:
    """Cells one after the other, as the page lists them (empty ones inside the row
    kept as empty places), for a table too sparse to lay out by column."""
    if not row or any(len(c[3]) > 1 for c in row):
        return [line for c in row for line in c[3]]
    slots = [""] * (row[-1][2] + 1)
    for _, _, index, lines in row:
        slots[index] = lines[0]
    return ["\t".join(slots).strip("\t")]
