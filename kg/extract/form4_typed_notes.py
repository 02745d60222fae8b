"""The end of a pre-2003 typed Form 3/4/5: the "Explanation of Responses" and the signature."""

from __future__ import annotations

import re

from kg.extract import _ownership_signers as signers
from kg.extract.common import evidence, fold
from kg.extract.form4_typed_cells import WRITTEN, month_date
from kg.extract.form4_typed_tables import is_rule
from kg.model import EntityRef, Signature

_SIGNATURE_LABEL = re.compile(r"\**\s*Signature\s+of\s+Reporting\s+Person\s*:?", re.I)
_EXPLANATION = re.compile(r"Explanation\s+of\s+Responses\s*:?", re.I)
_NOTES_END = re.compile(
    r"/s/|Signature\s+of\s+Reporting|^\*|^SIGNATURE|^Note\s*:|^Reminder|Intentional\s+misstatements",
    re.I,
)


def footnotes(lines: list[str]) -> dict[str, str]:
    """ "Explanation of Responses:" then "(1) ..." or "1. ...", run-on lines joined,
    up to the signature block or the form's own "**" notes."""
    start = next((i for i, ln in enumerate(lines) if _EXPLANATION.search(ln)), None)
    if start is None:
        return {}
    first = _EXPLANATION.split(lines[start], maxsplit=1)[-1]
    notes: dict[str, str] = {}
    current: str | None = None
    for line in [first, *lines[start + 1 :]]:
        text = fold(line)
        if not text:  # a blank line ends a note: what follows is a new one or no note
            current = None
            continue
        if is_rule(text):
            continue
        if _NOTES_END.search(text):
            break
        match = re.match(r"^\(?(\d{1,2})[.)]\s*(.*)$", text)
        if match:
            current = match.group(1)
            notes[current] = match.group(2)
        elif current:
            notes[current] = f"{notes[current]} {text}".strip()
    return {k: v for k, v in notes.items() if v}


def signature(lines: list[str], owner: EntityRef) -> Signature | None:
    """The signer and date around "Signature of Reporting Person": typed under the label
    ("/s/ Jane Q. Doe", then "Date" and the date) or above it on one line with the date."""
    at = next((i for i, ln in enumerate(lines) if _SIGNATURE_LABEL.search(ln)), None)
    if at is None:
        return None
    low, high = max(at - 6, 0), min(at + 7, len(lines))
    texts = {i: fold(_SIGNATURE_LABEL.sub(" ", lines[i])) for i in range(low, high)}
    order = [*range(at, high), *range(at - 1, low - 1, -1)]  # under the label first
    signed = next((i for i in order if "/s/" in texts[i].lower()), None)
    if signed is None:
        plain = (i for i in order if texts[i] and signers.parse_signature(texts[i], (owner,)))
        signed = next(plain, None)
    if signed is None:
        return None
    dated = [i for i in range(low, high) if _is_date_line(texts[i], i == signed)]
    when_at = min(dated, key=lambda i: (abs(i - signed), i < signed), default=signed)
    when_text = WRITTEN.search(texts[when_at])
    signer = fold(WRITTEN.sub(" ", texts[signed])).strip(" ,:")
    first = signed
    if re.match(r"(?i)by\b", signer) and texts.get(signed - 1) and signed - 1 not in dated:
        first = signed - 1  # "Widget Holdings LLC" over "By: /s/ Jane Q. Doe, Manager"
        signer = f"{texts[first].strip(' ,')}, {signer}"
    span = sorted({first, signed, when_at})
    shown = evidence(" ".join(lines[span[0] : span[-1] + 1]))
    when = month_date(when_text.group(0)) if when_text else None
    return signers.signature(signer, (owner,), when, shown)


def _is_date_line(text: str, signer_line: bool) -> bool:
    """A date alone on its line (maybe after "Date:"), or anywhere on the signer's line."""
    if signer_line:
        return WRITTEN.search(text) is not None
    bare = re.sub(r"(?i)^\**\s*date\s*:?", "", text).strip()
    return WRITTEN.fullmatch(bare) is not None
