"""A title said in passing after a name ("Jane Roe, currently CFO, ..."): it is held, and the
news is read from the rest of the sentence. Kept apart from ``kg.extract.prose_positions``,
which hands in its segment reader (the two call each other)."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from datetime import date

from kg.extract.nlp import TITLE_RE, roles_for_title
from kg.extract.prose_titles import Stated, title_at
from kg.extract.prose_verbs import END, event_day, nearest_verb

Segment = Callable[[str, str, str, tuple[int, int], "date | None"], list[Stated]]

# "..., EVP of the Registrant and President of the Bank,": a second title at another org.
AND_TITLE_OF = re.compile(
    rf"\s+of\s+[^,;]{{1,60}}?\s+and\s+(?=(?P<next>{TITLE_RE.pattern})\s+of\s)", re.I
)
_MOVES = re.compile(r"(?i)\btransition\w*\s+(?:to|into)\b")


def with_aside(
    text: str,
    before: str,
    after: str,
    aside: re.Match[str],
    span: tuple[int, int],
    near: date | None,
    segment: Segment,
) -> list[Stated]:
    """The title said in passing is held; the news is read from the rest of the sentence, and
    a departure with no other title is that title's ("Jane Roe, General Counsel of Acme,
    informed the Company of her intention to retire")."""
    held = title_at(after, aside.start("title"), aside.end("title"))
    # "A, EVP of the Company and President of the Bank, will ...": both are held
    more = AND_TITLE_OF.match(after, aside.end("title"))
    second = [title_at(after, more.end(), more.end("next"))] if more else []
    blank = after[: aside.start()] + " " * (aside.end() - aside.start()) + after[aside.end() :]
    rest = segment(text, before, blank, span, near)
    if not [s for s in rest if s.change] and (leaving := END.search(blank)):
        return [replace(held, change="end", day=event_day(text, span[1] + leaving.start(), near))]
    verb = nearest_verb(before, "")
    if not [s for s in rest if s.change] and verb and END.fullmatch(verb.group(0)):
        # "terminated the employment of A, EVP of Sales, for cause": the title said ends
        return [replace(held, change="end", day=event_day(text, span[0], near))]
    left = next((s for s in rest if s.change == "end" and s.title == "Director"), None)
    if left and "Director" in roles_for_title(held.title):
        held = replace(held, change="end", day=left.day)  # "A, Chairman, will leave the Board"
    took = next((s for s in rest if s.change == "start" and s.day), None)
    if took and _MOVES.search(blank):  # "A, the Trust's CEO, will transition to the role of"
        held = replace(held, change="end", day=took.day)
    return [*rest, held, *second]
