"""What a document's earlier sentences said, for a sentence that leans on them.

A sentence may name its person by a pronoun ("She is also a director of Acme Corp."),
or date a succession only in another sentence ("Mr. B will succeed Ms. A as President."
after "Ms. A's retirement will be effective June 30, 2024", or after "Mr. B was appointed
President, effective June 30, 2024"). Each reader (8-K, release) makes one ``Story`` per
document; ``named_people`` updates it and hands it to the sentence reader with the people.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from datetime import date

from kg.extract.prose_titles import Stated


@dataclass
class Story:
    """The people the last sentence named, the pronoun each takes ("Ms." is "she"), and
    every dated change read so far."""

    named: tuple[str, ...] = ()
    pronoun: dict[str, str] = field(default_factory=dict)
    dated: list[Stated] = field(default_factory=list)
    started: list[Stated] = field(default_factory=list)  # dated or not

    def heard(self, found: Iterable[Stated]) -> None:
        found = list(found)
        self.dated.extend(s for s in found if s.change and s.day)
        self.started.extend(s for s in found if s.change == "start" and s.title)

    def new_title(self, key: str) -> Stated | None:
        """The one title earlier sentences start ``key`` in ("appointed A as CFO"), with
        its day when one is given; None when they start several, none, or on two days."""
        said = [s for s in self.started if s.key == key]
        days = {s.day for s in said if s.day}
        if len({_office(s.title) for s in said}) != 1 or len(days) > 1:
            return None
        return replace(said[0], day=days.pop() if days else None)

    def start_day(self, key: str) -> date | None:
        """The one day earlier sentences start ``key`` in anything ("upon Mr. B's start")."""
        days = {s.day for s in self.dated if s.key == key and s.change == "start"}
        return days.pop() if len(days) == 1 else None

    def antecedent(self, pronoun: str) -> str | None:
        """The person a sentence-opening "He" or "She" is: the one the sentence before
        named, when it named one only and nothing says it takes the other pronoun."""
        if len(self.named) != 1:
            return None
        key = self.named[0]
        return key if self.pronoun.get(key, pronoun.lower()) == pronoun.lower() else None

    def succession_day(self, successor: str, predecessor: str, title: str) -> date | None:
        """The day an undated "B succeeds A (as T)" takes effect: the day another sentence
        starts B in, or ends A in, that title (one day only)."""
        said = [
            s
            for s in self.dated
            if (s.key, s.change) in {(successor, "start"), (predecessor, "end")}
            and same_office(s.title, title)
        ]
        days = {s.day for s in said}
        return days.pop() if len(days) == 1 else None


def same_office(a: str, b: str) -> bool:
    """ "interim Chief Financial Officer" and "Senior Vice President and Chief Financial
    Officer" name one office (the successor's title may be fuller than the predecessor's);
    a co-CEO takes the CEO's office."""
    a, b = _office(a), _office(b)
    return a in b or b in a


def _office(title: str) -> str:
    """The office a title names: "Chairman of the Board" and "Chair of the Board" are one."""
    office = re.sub(r"(?i)\b(?:interim|acting)\s+|(?<![\w-])co-\s*", "", title).lower()
    return re.sub(r"\bchair(?:man|woman|person)\b", "chair", office)
