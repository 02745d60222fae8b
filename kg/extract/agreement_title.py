"""The title of an agreement filed as a document of its own: the first heading line that
names an agreement, joined with the lines it runs on, and the type it gives."""

from __future__ import annotations

import re
from dataclasses import dataclass

from kg.extract.common import fold, title_word

_TITLE_WORD = re.compile(
    r"\b(?:agreements?|amendments?|contracts?|indentures?|guarant(?:y|ee|ies))\b", re.IGNORECASE
)
SMALL_WORDS = frozenset(
    {"a", "an", "and", "as", "at", "by", "for", "in", "of", "on", "or", "the", "to"}
)
_NOT_TITLE = re.compile(r"^(?:this|the|whereas|section|article|re\b|[(\[\d])", re.IGNORECASE)
_JOIN_AFTER = re.compile(r"\b(?:to|and|of|for|under|restated|amended)$", re.IGNORECASE)
_JOIN_BEFORE = re.compile(r"^(?:to|and|of|for|under)\b", re.IGNORECASE)
_TITLE_TAIL = re.compile(r"(?i),?\s+(?:by\s+and\s+|dated\s+|made\s+)?(?:between|among|as\s+of)\b")


@dataclass
class Line:
    start: int
    end: int
    text: str


def text_lines(text: str) -> list[Line]:
    found = ((m, fold(m.group(0)).strip("*_ ")) for m in re.finditer(r"[^\n]+", text))
    return [Line(m.start(), m.end(), line) for m, line in found if line]


def _is_title(line: str) -> bool:
    """A short heading in capitals or title case with "Agreement"/"Amendment"/"Contract"."""
    words = line.split(" ")
    if not 1 <= len(words) <= 14 or len(line) > 120 or _NOT_TITLE.match(line):
        return False
    if not _TITLE_WORD.search(line) or re.search(r"[;:,]$|(?<!\bno)(?<!\binc)\.$", line, re.I):
        return False
    capital = [w for w in words if w[:1].isalpha() and w.lower() not in SMALL_WORDS]
    return bool(capital) and all(w[0].isupper() for w in capital)


def find_title(lines: list[Line]) -> list[Line] | None:
    """The title's lines: the first title line, joined with the lines it runs on to
    ("AMENDED AND RESTATED" / "CREDIT AGREEMENT"; "AMENDMENT NO. 1" / "TO" / "LEASE")."""
    at = next((i for i, line in enumerate(lines) if _is_title(line.text)), None)
    if at is None:
        return None
    first = last = at
    while first > 0 and _JOIN_AFTER.search(lines[first - 1].text) and _short(lines[first - 1]):
        first -= 1
    while (
        last + 1 < len(lines)
        and _short(lines[last + 1])
        and (_JOIN_AFTER.search(lines[last].text) or _JOIN_BEFORE.match(lines[last + 1].text))
    ):
        last += 1
    return lines[first : last + 1]


def _short(line: Line) -> bool:
    return len(line.text.split(" ")) <= 8 and not line.text.endswith((".", ":", ","))


def agreement_type(title: str) -> str:
    """The title as a type in title case: "AMENDMENT NO. 1 TO CREDIT AGREEMENT" ->
    "Amendment No. 1 to Credit Agreement"; no "Form of", no parties or date after it."""
    title = _TITLE_TAIL.split(title)[0]
    title = re.sub(r"(?i)^form\s+of\s+", "", fold(title)).strip(" ,.")
    words = [title_word(w) if w.upper() == w or w.islower() else w for w in title.split(" ")]
    return " ".join(w.lower() if i and w.lower() in SMALL_WORDS else w for i, w in enumerate(words))
