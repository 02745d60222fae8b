"""An 8-K's layout: its items in order with their bodies, the note before the first item,
the signature block, the Item 9.01 exhibit list, and the report cut before the exhibits
printed after it."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from kg.extract.common import fold
from kg.extract.nlp import first_date
from kg.ingest.printed import exhibit_starts

_ITEM = re.compile(r"^[ \t]*Item\s*(\d{1,2}\.\d{2}|\d{1,2}(?=\.))\b\.?[ \t]*(.*)$", re.I | re.M)
_SIGNATURES = re.compile(
    r"^[ \t]*SIGNATURES?[ \t]*$"
    # No heading: the form's signature paragraph opens the block.
    r"|^[ \t]*Pursuant\s+to\s+the\s+requirements\s+of\s+the\s+Securities\s+(?:and\s+)?Exchange",
    re.IGNORECASE | re.MULTILINE,
)
_EXHIBIT_INDEX = re.compile(r"^[ \t]*(?:EXHIBIT\s+INDEX|INDEX\s+TO\s+EXHIBITS)", re.I | re.M)
# "10.1† Supply Agreement": the marks after the number point to footnotes ("† Portions
# omitted"), they are no part of the description.
_EXHIBIT_LINE = re.compile(r"^(?:Exhibit\s+)?(\d{1,3}\.\d{1,2}|99|104)\b[\s:.–*†‡#+-]*(.*)$", re.I)
# A line that is no continuation of a description: a footnote, a note in brackets.
_NOT_CONTINUED = re.compile(r"^[*†‡#+(\[]|^SIGNATURES?$", re.I)
# A description that has ended: a stop, a semicolon, a bracket; not the period of an initial
# or an abbreviation a print wrapped after ("... and Norman E." / "Whitfield, dated ...",
# "... Example Co." / "and the lenders party thereto", "Amendment No." / "2 to ...").
_ENDED = re.compile(
    r"[;)]$|(?<![\s.][A-Z])(?<!\bInc)(?<!\bCo)(?<!\bNo)(?<!\bCorp)(?<!\bLtd)(?<!\bJr)\.$"
)
# "Introductory Note" (a closing's 8-K states the event and defines its terms there) or
# "Explanatory Note" (a super 8-K's, or an amendment's): a heading of its own line, or one
# that a rendered page runs into its first paragraph ("Introductory Note. On May 1, ...").
_NOTE = re.compile(
    r"^[ \t]*(?:INTRODUCTORY|EXPLANATORY|Introductory|Explanatory)[ \t]+(?:NOTE|Note)"
    r"(?:[ \t]*$|[ \t]*[.:—–-][ \t]*)",
    re.MULTILINE,
)


@dataclass
class Sections:
    items: list[str] = field(default_factory=list)
    bodies: dict[str, str] = field(default_factory=dict)
    signatures: str = ""
    note: str = ""  # the Introductory (or Explanatory) Note: before the items, none of them


def cut_exhibits(text: str) -> str:
    """The report without the exhibits printed after its signature, by the rule that
    splits a printed filing (``kg.ingest.printed``): an HTML page inlines them too."""
    starts = exhibit_starts(text)
    return text[: starts[0][0]] if starts else text


def split_items(text: str) -> Sections:
    """Item numbers in order and each item's body (the longest, over a table of contents)."""
    sections = Sections()
    sig_starts = [m.start() for m in _SIGNATURES.finditer(text)]
    heads = list(_ITEM.finditer(text))
    for i, head in enumerate(heads):
        number = head.group(1)
        if number not in sections.items:
            sections.items.append(number)
        end = heads[i + 1].start() if i + 1 < len(heads) else len(text)
        end = min([end, *(s for s in sig_starts if s > head.start())])
        body = _without_caption_tail(head.group(2), text[head.end() : end].strip())
        if len(body) > len(sections.bodies.get(number, "")):
            sections.bodies[number] = body
    sections.note = _note(text, heads[0].start() if heads else None, sig_starts)
    _drop_unanswered(sections)
    signed = [s for s in sig_starts if "/s/" in text[s : s + 1500].lower()] or sig_starts
    last_item = heads[-1].start() if heads else 0
    if signed:
        block = text[next((s for s in signed if s > last_item), signed[-1]) :]
        index = _EXHIBIT_INDEX.search(block)
        sections.signatures = block[: index.start()] if index else block
    return sections


# An old 8-K (before 2004) printed every item of the form and answered "None." or "Not
# applicable." under those that did not apply: such an item reports nothing.
_UNANSWERED = re.compile(r"(?:None|Not\s+applicable|Inapplicable|N/?A)\.?", re.IGNORECASE)


def _drop_unanswered(sections: Sections) -> None:
    """Remove the items whose body is only "None." or "Not applicable.": what may follow
    it before the next item is a page's furniture (its number, a running head), no text."""
    for number in list(sections.items):
        first, _, rest = sections.bodies.get(number, "").strip().partition("\n")
        if _UNANSWERED.fullmatch(fold(first)) and len(fold(rest)) < 120:
            sections.items.remove(number)
            del sections.bodies[number]


def _note(text: str, first_item: int | None, sig_starts: list[int]) -> str:
    """The note a heading opens before the first item, up to that item (or the signature)."""
    note = _NOTE.search(text, 0, len(text) if first_item is None else first_item)
    if note is None:
        return ""
    ends = [s for s in sig_starts if s > note.end()]
    end = first_item if first_item is not None else min(ends, default=len(text))
    return text[note.end() : end].strip()


# The small words of an item's caption: the rest of its words are capitalised.
_CAPTION_WORDS = {"of", "and", "or", "the", "a", "an", "to", "under", "for", "on", "in", "by"}


def _without_caption_tail(caption: str, body: str) -> str:
    """The body without the end of a long caption that a print wrapped onto the next line
    ("... Appointment of Certain" / "Officers; Compensatory Arrangements of Certain
    Officers."): a line of capitalised words and the caption's small words only."""
    first, _, rest = body.partition("\n")
    words = re.findall(r"[A-Za-z][\w'’-]*", first)
    if len(caption) < 50 or re.search(r"[.:]\s*$", caption) or not words or len(first) > 120:
        return body
    if re.search(r"\d", first) or not all(w[0].isupper() or w in _CAPTION_WORDS for w in words):
        return body
    return rest.strip()


def exhibits(body: str) -> dict[str, str]:
    """Exhibit number -> description, from the Item 9.01 list."""
    lines = [fold(line) for line in body.split("\n") if fold(line)]
    out: dict[str, str] = {}
    for i, line in enumerate(lines):
        m = _EXHIBIT_LINE.match(line)
        if m and not first_date(line[:12]):
            at = i if m.group(2) else i + 1
            desc = m.group(2) or (lines[at] if at < len(lines) else "")
            out.setdefault(m.group(1), _continued(desc, lines[at + 1 : at + 4]))
    return out


def _continued(desc: str, after: list[str]) -> str:
    """A description with the lines a print wrapped it onto ("... the lenders" / "party
    thereto and ..."): lines that are no exhibit of their own, while it has not ended."""
    for line in after:
        if _ENDED.search(desc) or _EXHIBIT_LINE.match(line) or _NOT_CONTINUED.match(line):
            break
        desc = f"{desc} {line}"
    return desc
