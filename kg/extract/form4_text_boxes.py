"""Where the boxes and sections of a printed Form 3, 4 or 5 are.

Each box and section is found by its label ("2. Issuer Name and Ticker or
Trading Symbol", "Table I - ...", "Explanation of Responses:"), never by its
number, because Form 3 numbers them differently from Forms 4 and 5; a box's
content runs to the next label. A narrow print wraps a long label onto a
continuation line (one that starts with a space), as it wraps any text in a
box; ``join_wrapped_labels`` puts such labels back on one line first. Used by
``kg.extract.form4_text``.
"""

from __future__ import annotations

import re

from kg.extract.common import fold
from kg.extract.form4_text_names import signature_block
from kg.extract.form4_text_tables import SUPERSCRIPTS, unescape

# Every box and section label of the form (whole, so that none of it is read as
# content); a box's content runs to the next label.
BOX = re.compile(
    r"^\s*(?:\d{1,2}[A-Z]?\.\s*)?(Name\s+and\s+Address\s+of\s+Reporting\s+Person\s*\*?"
    r"|Issuer\s+Name\s+and\s+Ticker\s+or\s+Trading\s+Symbol|Date\s+of\s+Earliest\s+Transaction"
    r"|Date\s+of\s+Event\s+Requiring\s+Statement|Statement\s+for\s+(?:Issuer'?s\s+Fiscal\s+Year\s+Ended"
    r"|Month/(?:Day/)?Year)"
    r"|If\s+Amendment,\s+Date\s+(?:of\s+)?Original(?:\s+Filed)?"  # 2002's form: no "Filed"
    r"|Relationship\s+of\s+Reporting\s+Person\(?s?\)?\s+to\s+Issuer"
    r"|Individual\s+or\s+Joint/Group\s+Filing|I\.?R\.?S\.?\s+Identification"
    r"|Table\s+I\b|Table\s+II\b|Reporting\s+Owners|Signatures\s*$|Explanation\s+of\s+Responses"
    r"|Remarks:|Reminder:|Note:)(?:\s*\((?:Month/Day/Year|Check\s+Applicable\s+Line)\))?",
    re.I,
)
# A line that may open a label: a box number ("3.") or a label's first word.
_OPENS_LABEL = re.compile(
    r"^\s*(?:\d{1,2}[A-Z]?\.|Name|Issuer|Date|Statement|If|Relationship|Individual|I\.?R)",
    re.I,
)


def join_wrapped_labels(lines: list[str]) -> list[str]:
    """Labels wrapped by a narrow print ("3. Date of Earliest\\n Transaction") on one line.

    A continuation line joins its label only when the label reaches into it: a label
    complete on its line keeps the box's content on the next line as content."""
    out: list[str] = []
    for line in lines:
        if out and line.startswith(" ") and line.strip() and _reaches_into(out[-1], line):
            out[-1] = f"{out[-1].rstrip()} {line.strip()}"
        else:
            out.append(line)
    return out


def _reaches_into(line: str, following: str) -> bool:
    if not _OPENS_LABEL.match(line):
        return False
    head = line.rstrip()
    match = BOX.match(f"{head} {following.strip()}")
    # The label must take a word of the continuation, not only the space before it.
    return match is not None and len(match.group(0).rstrip()) > len(head)


def box_lines(lines: list[str], label: str) -> list[str] | None:
    """The lines of the box whose label starts with ``label`` as printed (blank lines and
    the dump's leading spaces kept), or None if absent; first, what follows the label."""
    for i, line in enumerate(lines):
        match = BOX.match(line)
        if match and fold(match.group(1)).lower().startswith(label.lower()):
            body = [line[match.end() :].strip(" *\t")]
            for following in lines[i + 1 :]:
                if BOX.match(following):
                    break
                body.append(following)
            return body
    return None


def box(lines: list[str], label: str) -> list[str] | None:
    """The non-blank lines of the box whose label starts with ``label``, folded."""
    body = box_lines(lines, label)
    return None if body is None else [fold(b) for b in body if fold(b)]


def section(lines: list[str], label: str) -> list[str]:
    """The lines of "Table I - ..." or "Table II - ..." up to the next section; a table
    that runs onto another page under its title printed again goes on there."""
    out: list[str] = []
    inside = False
    for line in lines:
        match = BOX.match(line)
        if match and fold(match.group(1)).lower() == label.lower():
            if out:  # the title again: what follows it continues no cell above it
                out.append("")
            inside = True  # the title, or the title again after a page break
        elif inside and match and not match.group(1).lower().startswith(("reminder", "note")):
            if out:
                return out
            inside = False
        elif inside:
            out.append(line)
    return out


# Lines every page of the printed form ends with, and the notes' heading repeated when
# they run on to the next page ("Explanation of Responses: (continued)").
_PAGE_FOOT = re.compile(
    r"SEC\s+1474|^Persons\s+who\s+respond\s+to\s+the\s+collection"
    r"|^required\s+to\s+respond\s+unless\s+the\s+form|^Explanation\s+of\s+Responses"
)


def footnotes(lines: list[str]) -> dict[str, str]:
    """ "Explanation of Responses:" then "(1) ..." (or "1. ..."), continuation lines joined,
    up to the signatures where EDGAR's later print puts them after the notes."""
    start = next((i for i, ln in enumerate(lines) if "Explanation of Responses" in ln), None)
    notes: dict[str, str] = {}
    if start is None:
        return notes
    block = signature_block(lines)
    signed_at = block[0] if block and block[0] > start else len(lines)
    current: str | None = None
    for at in range(start + 1, len(lines)):
        text = fold(unescape(lines[at]).translate(SUPERSCRIPTS)).removeprefix("- ").strip()
        if not text or _PAGE_FOOT.search(text):
            continue  # the form's page footer, or the heading again on the next page
        match = re.match(r"^\(?(\d{1,2})[.)]\s*(.+)$", text)
        if match:
            current = match.group(1)
            notes[current] = match.group(2)
        elif text.startswith("*"):  # the form's own "*" and "**" notes
            current = None
        elif at >= signed_at or BOX.match(text) or "/s/" in text.lower():
            break  # the signatures that follow the notes in EDGAR's later print
        elif "Signature of Reporting" in text:
            break
        elif current:
            notes[current] = f"{notes[current]} {text}"
    return notes
