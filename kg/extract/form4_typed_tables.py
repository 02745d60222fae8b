"""Tables I and II of Forms 3, 4 and 5 typed before 2003: ASCII tables drawn with pipes.

Filing agents typed the form's two tables as text: "|" between the columns, a
header several lines deep whose words are cut at the column edges ("6.Dir" over
"ect (D)or"), and rows whose cells run on to the next line ("Options to
Purchase Wid" over "gets Stock", "3/9/0" over "1"). Column widths, the rules
between rows ("____", "- ----"), the SGML tags around a table (<TABLE>, <S>,
<C>) and even the spelling of the headings change from one agent to the next,
so nothing here sits at a fixed offset: a table's columns are the pipes of its
own header lines, named by the words of the header cells above them, and each
row is cut at its own pipes and laid on those columns by overlap.
``kg.extract.form4_typed`` reads the boxes every row shares and makes the facts.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from itertools import pairwise

from kg.extract.form4_typed_cells import clean, row_fields, settle_sides

# "Table I -- Non-Derivative Securities Acquired, ..." or "TABLE II - DERIVATIVE ...".
_TITLE = re.compile(r"^[\s|]*TABLE\s+(II|I)\b[\s\-—–:.]*(?:NON[\s-]*)?DERIVATIVE", re.I)
_TAG = re.compile(r"</?(?:TABLE|CAPTION|S|C|FN|PAGE)>", re.I)
_RULE = re.compile(r"^[\s|+*]*[-_=][-_=\s|+*]*$")
_DATA = re.compile(r"\d{1,2}/\d{1,2}/\d{2}|\d,\d{3}|\$\s*\d")
# Column words that stand for the pair of columns the form prints under one heading.
_PAIRS = {
    "exercise_expiration": ("exercise_date", "expiration_date"),
    "underlying": ("underlying_security_title", "underlying_shares"),
}


@dataclass(frozen=True)
class Column:
    """One column of a table: character span, and the header words above it
    (``own``: of cells exactly this wide; ``full``: of every cell over it)."""

    start: int
    end: int
    own: str
    full: str


# ---------------------------------------------------------------- lines


def prepare(text: str) -> list[str]:
    """Lines with tabs expanded and SGML tags blanked in place, so that pipes keep their column."""
    return [_TAG.sub(lambda m: " " * len(m.group()), ln.expandtabs()) for ln in text.splitlines()]


def is_rule(line: str) -> bool:
    return bool(_RULE.match(line)) and sum(c in "-_=" for c in line) >= 3


def is_title(line: str) -> bool:
    return _TITLE.match(line) is not None


def has_pipe_table(text: str) -> bool:
    """A "Table I"/"Table II" title with a pipe-drawn header line close under it."""
    lines = text.splitlines()
    for i, line in enumerate(lines):
        if _TITLE.match(line) and any(ln.count("|") >= 3 for ln in lines[i + 1 : i + 12]):
            return True
    return False


def spans(pipes: list[int], width: int) -> list[tuple[int, int]]:
    """The cells between pipes (and after the last one), as (start, end) character spans."""
    edges = [-1, *pipes]
    cut = [(a + 1, b) for a, b in pairwise(edges)]
    return [*cut, (edges[-1] + 1, width)] if width > edges[-1] + 1 else cut


def _pipes(line: str) -> list[int]:
    return [i for i, c in enumerate(line) if c == "|"]


def _normal(text: str) -> str:
    """Header words compared without case, spaces or hyphens ("Exer-" "cisa-" "ble")."""
    return re.sub(r"[\s\-]+", "", text.lower())


# ---------------------------------------------------------------- the header


def sections(lines: list[str]) -> Iterator[tuple[bool, list[str]]]:
    """(is Table II, the lines under its title) for each table title, up to the next one."""
    starts = [i for i, line in enumerate(lines) if _TITLE.match(line)]
    for start, end in zip(starts, [*starts[1:], len(lines)], strict=True):
        yield _TITLE.match(lines[start]).group(1).upper() == "II", lines[start + 1 : end]  # type: ignore[union-attr]


def _header(section: list[str]) -> tuple[list[str], int] | None:
    """The header's lines (the first cut by pipes to a rule or a blank) and where it ends."""
    start = next(
        (i for i, ln in enumerate(section) if ln.count("|") >= 2 and not is_rule(ln)), None
    )
    if start is None:
        return None
    ends = (j for j, ln in enumerate(section) if j > start and _ends_header(ln))
    end = next(ends, len(section))
    return [ln for ln in section[start:end] if ln.count("|") >= 2], end


def _ends_header(line: str) -> bool:
    """A rule or a blank line, or a line with a date, an amount or a price in it: a row
    typed straight under the header (header words have no "3/5/01", "1,000" or "$9")."""
    return is_rule(line) or not line.strip() or _DATA.search(line) is not None


def columns(header: list[str]) -> list[Column]:
    """Every pipe of every header line is a column edge; each column is named by the
    header cells over it (a cell spanning several columns names each of them)."""
    width = max(len(ln) for ln in header)
    counts = Counter(p for ln in header for p in _pipes(ln))
    bounds: list[int] = []
    for pipe in sorted(counts, key=lambda p: (-counts[p], p)):  # a pipe typed one off joins
        if all(abs(pipe - b) > 1 for b in bounds):  # its column's ("||" is no column)
            bounds.append(pipe)
    found: list[Column] = []
    for start, end in spans(sorted(bounds), width):
        own_words: list[str] = []
        full_words: list[str] = []
        for line in header:
            pipes = [min(bounds, key=lambda b, p=p: abs(b - p)) for p in _pipes(line)]
            left = max((p for p in pipes if p < start), default=-1) + 1
            right = min((p for p in pipes if p >= end), default=end)
            text = line[left:right].replace("|", " ").strip()
            full_words.append(text)
            if (left, right) == (start, end):
                own_words.append(text)
        full = _normal(" ".join(full_words))
        if full:
            found.append(Column(start, end, _normal(" ".join(own_words)), full))
    return found


def _label(col: Column) -> str | None:
    """The form field a column holds, from its header words; None for one this reader skips."""
    own_words, full = col.own, col.full
    if "nature" in full:
        return "nature_of_ownership"
    if any(w in full for w in ("direct(d)", "indirect(i)", "ownershipform")):
        return "direct_or_indirect"
    if "underlying" in full:
        titled = "title" in own_words
        counted = any(w in own_words for w in ("amount", "number", "shares"))
        return "underlying" if titled == counted else _PAIRS["underlying"][counted]
    if "price" not in full and ("exercis" in full or "expir" in full):
        opens, ends = "exercis" in own_words, "expir" in own_words
        return "exercise_expiration" if opens == ends else _PAIRS["exercise_expiration"][ends]
    if "conver" in full or ("exercis" in full and "price" in full):
        return "conversion_or_exercise_price"
    if any(w in full for w in ("owned", "endof", "following")):
        return "shares_owned_after"
    if "price" in full:
        return "price_per_share"
    return _trade_label(own_words, full)


def _trade_label(own_words: str, full: str) -> str | None:
    """Date, code, V and the amount with its (A)/(D) of a transaction."""
    if own_words in {"v", "(v)"}:
        return "voluntary"
    if "code" in full:
        return "transaction_code"
    if re.fullmatch(r"\(?a\)?(?:/|or|,)\(?d\)?", own_words):
        return "acquired_disposed"
    if re.fullmatch(r"\(?a\)?", own_words):
        return "acquired_amount"
    if re.fullmatch(r"\(?d\)?", own_words):
        return "disposed_amount"
    if "amount" in full or "number" in full:
        return "shares"
    if "date" in full:
        return "deemed_execution_date" if "deemed" in full else "transaction_date"
    return None


def labels(cols: list[Column]) -> dict[int, str]:
    """Column index -> field. The first column is the security's title; a pair printed
    under one heading ("Date Exercisable and Expiration Date") is split in order."""
    named: list[str | None] = [_label(c) for c in cols]
    if named:
        named[0] = "security_title"
    for pair, (first, second) in _PAIRS.items():
        at = [i for i, n in enumerate(named) if n == pair]
        if len(at) == 2:
            named[at[0]], named[at[1]] = first, second
    found: dict[int, str] = {}
    for i, name in enumerate(named):
        if name and name not in found.values():  # a second "Code" (the V column unlabelled)
            found[i] = name
    return found


# ---------------------------------------------------------------- the rows


def _filled(line: str, col: Column) -> bool:
    return bool(clean(line[col.start : col.end]))


def row_groups(data: list[str], cols: list[Column], named: dict[int, str]) -> list[list[str]]:
    """The physical lines of each row. A row ends at a rule or a blank line, or where a line
    fills again a one-letter column (D/I, code) its row has filled: a new row, not a wrap."""
    keys = [cols[i] for i, n in named.items() if n in {"direct_or_indirect", "transaction_code"}]
    groups: list[list[str]] = []
    current: list[str] = []
    for line in data:
        boundary = not line.strip() or is_rule(line)
        if boundary or "|" not in line:
            if current:
                groups.append(current)
            current = []
            if not boundary:
                break  # prose: the table is over
            continue
        if current and any(_filled(line, k) and any(_filled(p, k) for p in current) for k in keys):
            groups.append(current)
            current = []
        current.append(line)
    return [*groups, current] if current else groups


def _join(pieces: list[tuple[str, bool]]) -> str:
    """A cell's lines joined: no space where the text ran to the pipe (a word or a date cut
    in two: "Wid" + "gets", "3/9/0" + "1"), a space where the line ended short of it."""
    out, touched = "", False
    for piece, full in pieces:
        text = piece.strip()
        if text:
            out = f"{out}{'' if touched else ' '}{text}" if out else text
            touched = full and not piece.endswith(" ")
    return out


def row_values(group: list[str], cols: list[Column], named: dict[int, str]) -> dict[str, list[str]]:
    """Field -> the texts of the row's cells under that column (two when the row splits a
    column its header does not, e.g. the underlying title and amount)."""
    width = max(len(ln) for ln in group)
    values: dict[str, list[str]] = {}
    for start, end in spans(sorted({p for ln in group for p in _pipes(ln)}), width):
        pieces = [(ln[start:end], len(ln) > end and ln[end] == "|") for ln in group]
        text = _join(pieces)
        overlap = [(min(end, c.end) - max(start, c.start), i) for i, c in enumerate(cols)]
        best, at = max(overlap, default=(0, -1))
        if text and best > 0 and at in named:
            values.setdefault(named[at], []).append(text)
    return values


# ---------------------------------------------------------------- the tables


def read_tables(lines: list[str]) -> list[tuple[list[str], dict[str, object]]]:
    """(the row's lines, its fields) for every row of Tables I and II, in the order typed."""
    found: list[tuple[list[str], dict[str, object]]] = []
    for derivative, section in sections(lines):
        header = _header(section)
        if header is None:
            continue
        cols = columns(header[0])
        named = labels(cols)
        groups = row_groups(section[header[1] :], cols, named)
        read = [row_fields(row_values(g, cols, named), derivative) for g in groups]
        settle_sides(read, derivative)
        titled = (re.search(r"[A-Za-z]", str(f["security_title"])) for f in read)
        found.extend((g, f) for g, f, t in zip(groups, read, titled, strict=True) if t)
    return found
