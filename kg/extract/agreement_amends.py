"""The agreement an amendment amends: "Amendment No. 2 to Credit Agreement ..., which amends
the Credit Agreement, dated as of May 16, 2022" amends "Credit Agreement, dated as of May 16,
2022".

The amendment's own name gives the amended agreement's ("... to [the] Credit Agreement"; a
"Second Supplemental Indenture" supplements the base indenture);
a later mention of that agreement with its date ("which amends the Credit Agreement, dated
as of ...", "are parties to that certain Office Lease dated as of ...") gives the date and
the fuller name. Without such a mention the name alone is given.
"""

from __future__ import annotations

import re
from dataclasses import replace

from kg.extract.common import fold
from kg.extract.nlp import DATE_RE
from kg.model import Agreement, Fact

# "Amendment No. 2 to Credit Agreement", "First Amendment to the Lease", "Supplement No. 1
# to the Indenture"; not "Amended and Restated Credit Agreement" (which replaces its base).
_AMENDMENT = re.compile(
    r"^(?:[A-Z][a-z]+\s+)?(?:Amendment|Supplement)(?:\s+No\.\s*\d+)?\s+to\s+(?:the\s+)?"
    r"(?P<base>.+?)\s*$",
    re.IGNORECASE,
)
# "Second Supplemental Indenture": it supplements the base indenture the text dates.
_SUPPLEMENTAL = re.compile(r"^(?:[A-Z][a-z]+\s+)?Supplemental\s+Indenture$", re.IGNORECASE)
# The words a mention of the amended agreement may open with ("Office" in "Office Lease").
_NAME_WORDS = r"(?:[A-Z][\w&'’-]*\s+(?:(?:and|of|to|for|on)\s+)?){0,8}?"
# What precedes the amendment's own name: "Amendment No. 2 to [the Credit Agreement, dated ...]".
_OWN_NAME = re.compile(r"(?i)\b(?:Amendment|Supplement)(?:\s+No\.\s*\d+)?\s+to\s*$")
_DATED = rf"dated(?:\s+as\s+of)?\s+(?:{DATE_RE.pattern})"


def amended(kind: str, text: str) -> str | None:
    """The agreement ``kind`` amends (None when it is no amendment), named and dated by its
    first dated mention in ``text``, else as the amendment's name gives it."""
    m = _AMENDMENT.match(kind)
    supplemental = _SUPPLEMENTAL.match(kind)
    if m is None and supplemental is None:
        return None
    base = m.group("base") if m else "Indenture"
    last = re.escape(base.split(" ")[-1])
    mention = re.compile(
        # "amends HBP&L's Credit Agreement, dated ...": a possessive opens the mention too.
        rf"(?:\b(?:the|that\s+certain|an?|its|their|our)|['’]s)\s+(?P<name>{_NAME_WORDS}{last}|(?i:{re.escape(base)}))"
        rf"\s*,?\s*(?P<dated>{_DATED})"
    )
    folded = fold(text)
    for found in mention.finditer(folded):
        name = found.group("name")
        if not name.lower().endswith(base.lower()) or _OWN_NAME.search(folded, 0, found.start()):
            continue  # another agreement, or the amendment's own name and date
        if "Supplemental" in name:
            continue  # the supplemental indenture itself, or an earlier one
        name = base if name.lower() == base.lower() else name  # "a credit agreement dated"
        return f"{name}, {found.group('dated')}"
    return None if supplemental else base  # "Indenture" alone names no one indenture


def dated_bases(facts: list[Fact], text: str) -> list[Fact]:
    """Each amendment's base named with its date from anywhere in ``text`` (an 8-K's items):
    "issued under an Indenture, dated as of <date>, ..., as supplemented by the First
    Supplemental Indenture" names the base before the supplement, and the exhibit list
    names the supplement alone."""
    out = []
    for fact in facts:
        undated = isinstance(fact, Agreement) and "dated" not in (fact.amends or "")
        base = amended(fact.agreement_type, text) if undated else None  # type: ignore[union-attr]
        if undated and base and "dated" in base:
            fact = replace(fact, amends=base)
        out.append(fact)
    return out
