"""Offices the document places at a subsidiary, for ``kg.extract.form8k``: "A, the Bank's
Executive Vice President and Chief Lending Officer, ... Ms. A will no longer serve as Chief
Lending Officer, and the Bank has promoted B ... to succeed her as Chief Lending Officer": the
sentences that say no organisation mean the one office the document has placed, every time,
at one subsidiary (the Bank), not the filer."""

from __future__ import annotations

import re
from dataclasses import replace

from kg.extract.prose_events import office_parts
from kg.model import EntityRef, Fact, Position


def at_subsidiary(facts: list[Fact], filer: EntityRef) -> list[Fact]:
    """The filer's positions whose office the document otherwise holds only at one other
    organisation (a subsidiary it names), moved there."""
    held = [f for f in facts if isinstance(f, Position)]
    return [_moved(f, held, filer) if isinstance(f, Position) else f for f in facts]


def _moved(p: Position, held: list[Position], filer: EntityRef) -> Position:
    if p.organization != filer or len(office_parts(p.title)) != 1:
        return p
    mine = office_parts(p.title)
    where = {q.organization for q in held if mine <= office_parts(q.title)}
    if len(where) != 2 or filer not in where or "officer" not in next(iter(mine)):
        return p
    other = next(org for org in where if org != filer)
    if any(
        q.organization == other and q.holder == p.holder and q.evidence == p.evidence for q in held
    ):
        return p  # "Chief Executive Officer of both the Company and the Bank": held at each
    # a bank holding company's filing: the sentence speaks of "the Bank" (not a holding
    # company reorganisation, whose old and new companies both hold the offices)
    if not (_BANK.search(other.name) and _THE_BANK.search(p.evidence)):
        return p
    return replace(p, organization=other)


_BANK = re.compile(r"\bBank\b")
_THE_BANK = re.compile(r"\bthe\s+(?i:bank)\b")
