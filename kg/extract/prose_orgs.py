"""The filer's own organisations a document names, for ``kg.extract.prose_story``: a bank
subsidiary, an operating subsidiary, a partnership's general partner. An office "of the
Bank", "of the General Partner" or "of Example Underwriting Limited, the Company's managing
agency" is that organisation's, not the filer's; the document teaches the names by its own
definitions:

- 'Example Savings Bank (the "Bank")', 'Example Re Ltd. ("Example Re")', 'Example GP, LLC
  (the "General Partner")': a defined term for a named organisation;
- "its wholly owned subsidiary, Example Bank", "its general partner, Example GP, LLC",
  "the holding company for Example Bank": a name said to be the filer's subsidiary or partner;
- "Example GP, LLC, the general partner of ...", "Example Underwriting Limited, the
  company's Lloyd's managing agency": the same, said after the name.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from kg.extract.nlp import CORP_SUFFIX, TITLE_RE

# A name that ends as an organisation's does: a legal form, or a bank's or partnership's word.
_ORG_NAME = (
    r"(?:[A-Z][\w&'’.-]*\s+(?:(?:&|and|of)\s+)?){0,6}(?:[A-Z][\w&'’.-]*,\s+)?"
    rf"(?:{CORP_SUFFIX}|Bank|Bancorp|Partners|Association|Savings|Re)\b\.?"
    r"(?:,\s+(?:N\.A\.|FSB|F\.S\.B\.|SSB|National\s+Association|Inc\.|LLC|L\.L\.C\.|L\.P\.|Ltd\.))?"
)
# The terms a filing defines for itself, not for another organisation ("Parent" is the
# acquirer's, in a merger's 8-K: "a Vice President of Parent").
_FILER_TERMS = {
    "company", "registrant", "corporation", "partnership", "trust", "fund", "issuer",
    "holding company", "we", "us", "our", "board", "holdco",
}  # fmt: skip
_DEFINED = re.compile(
    # 'Example GP, LLC (the "General Partner")'; with what it is between: 'Example Holdings,
    # LLC, a Delaware limited liability company ("Parent")'
    rf"(?P<name>{_ORG_NAME})(?:,\s+an?\s+[^()“”\"]{{3,160}}?)?"
    r"\s*\(\s*(?:the\s+)?[\"“](?P<term>[A-Z][\w&]*(?:\s+[A-Z][\w&]*){0,2})[\"”]\s*\)"
)
# "its wholly owned subsidiary, X", "the Company's principal subsidiary, X", "its general
# partner, X", "the holding company for X", "the parent company of X"
_KIND = (
    r"(?:(?:wholly[- ]owned|principal|banking|operating|bank|insurance|primary|sole)\s+)*"
    r"(?:subsidiary|general\s+partner)"
)
_OWNER = r"(?:its|our|their|the\s+(?:[Cc]ompany|[Pp]artnership|[Rr]egistrant)['’]s)"
_BEFORE_NAME = re.compile(
    rf"\b(?:{_OWNER}\s+{_KIND}|(?:the\s+)?(?:holding|parent)\s+company\s+(?:for|of))\s*,?\s+"
    rf"(?P<name>{_ORG_NAME})"
)
_AFTER_NAME = re.compile(
    rf"(?P<name>{_ORG_NAME}),\s+(?:the|its|our)\s+(?:(?:[Cc]ompany|[Pp]artnership|[Rr]egistrant)"
    r"['’]s\s+)?(?:[\w'’-]+\s+){0,3}?(?P<kind>subsidiary|general\s+partner|managing\s+agency)\b"
)


@dataclass
class OwnOrgs:
    """The organisations a document says are the filer's own (subsidiary, general partner),
    by name, and the terms it defines for organisations ("bank": "Example Savings Bank")."""

    terms: dict[str, str] = field(default_factory=dict)
    names: set[str] = field(default_factory=set)

    def learn(self, sentence: str) -> None:
        for m in _DEFINED.finditer(sentence):
            term = m.group("term").lower()
            if term not in _FILER_TERMS:
                self.terms[term] = _clean(m.group("name"))
        for m in (*_BEFORE_NAME.finditer(sentence), *_AFTER_NAME.finditer(sentence)):
            name = _clean(m.group("name"))
            self.names.add(name)
            if "partner" in m.group(0).lower() and "general partner" not in self.terms:
                self.terms["general partner"] = name

    def named(self, org: str) -> str | None:
        """The organisation ``org`` names by a defined term ("the Bank", "its general
        partner", "Example Re"), or by a name the document says is the filer's own."""
        term = re.sub(r"(?i)^(?:the|its|our|their)\s+", "", org).lower()
        if term in self.terms:
            return self.terms[term]
        if term == "bank":
            return self.bank
        return org if _clean(org) in self.names else None

    @property
    def bank(self) -> str | None:
        """The one bank the document says is the filer's ("the holding company for Example
        Bank"): what an undefined "the bank" or "the Bank" then means; None for none or two."""
        banks = {n for n in (*self.names, *self.terms.values()) if _BANK.search(n)}
        return banks.pop() if len(banks) == 1 else None

    @property
    def partner(self) -> str | None:
        """The filer's general partner, when the document names one."""
        return self.terms.get("general partner")


# A bank's name: "Example Savings Bank", "Example Bank & Trust", "Example Bank, N.A."
_BANK = re.compile(r"\bBank\b")
_BOARD_OR_THE = re.compile(
    r"^(?:(?:The|the)\s+)?(?:Boards?\s+of\s+(?:Directors|Trustees)\s+of\s+)?(?:(?:The|the)\s+)?"
)


def _clean(name: str) -> str:
    """A name as learned: without a title or a board before it ("President of Example Re
    Ltd."), "the", and a comma at its end."""
    if (head := TITLE_RE.match(name)) and (of := re.match(r"\s+of\s+", name[head.end() :])):
        name = name[head.end() + of.end() :]
    name = re.sub(_BOARD_OR_THE, "", name)
    return name.strip(" ,")
