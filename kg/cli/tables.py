"""Query results as text: an aligned table, CSV or JSON."""

from __future__ import annotations

import csv
import io
import json

from rdflib import Literal, URIRef
from rdflib.query import Result

from kg.vocab import RESOURCE_BASE

FORMATS = ("table", "csv", "json")


def cell(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, URIRef):
        text = str(value)
        return "id:" + text[len(RESOURCE_BASE) :] if text.startswith(RESOURCE_BASE) else text
    if isinstance(value, Literal):
        return str(value)
    return str(value)


def rows_of(result: Result) -> tuple[list[str], list[list[str]]]:
    """Header and rows of a SELECT result, every value as text."""
    header = [str(v) for v in result.vars or []]
    return header, [[cell(value) for value in row] for row in result]


def render(result: Result, fmt: str, width: int = 60) -> str:
    if result.type == "ASK":
        return "true" if result.askAnswer else "false"
    if result.type in {"CONSTRUCT", "DESCRIBE"}:
        return result.serialize(format="turtle").decode("utf-8")
    header, rows = rows_of(result)
    if fmt == "json":
        return json.dumps([dict(zip(header, row, strict=True)) for row in rows], indent=2)
    if fmt == "csv":
        buffer = io.StringIO()
        writer = csv.writer(buffer, lineterminator="\n")
        writer.writerow(header)
        writer.writerows(rows)
        return buffer.getvalue().rstrip("\n")
    return table(header, rows, width)


def table(header: list[str], rows: list[list[str]], width: int = 60) -> str:
    """An aligned text table; long cells are cut to ``width`` characters."""
    cut = [[c if len(c) <= width else c[: width - 1] + "…" for c in row] for row in rows]
    widths = [max([len(h)] + [len(r[i]) for r in cut]) for i, h in enumerate(header)]
    lines = ["  ".join(h.ljust(w) for h, w in zip(header, widths, strict=True)).rstrip()]
    lines.append("  ".join("-" * w for w in widths))
    for row in cut:
        lines.append("  ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)).rstrip())
    lines.append(f"({len(rows)} row{'s' if len(rows) != 1 else ''})")
    return "\n".join(lines)
