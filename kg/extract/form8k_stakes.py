"""Stakes an 8-K states in prose: "X, a roughly 23% shareholder of Y", "X owns approximately
12.5% of the outstanding shares" (read by ``kg.extract.form8k`` in its items)."""

from __future__ import annotations

import re
from datetime import date
from decimal import Decimal

from kg.extract.common import evidence
from kg.extract.parties import Parties
from kg.model import Shareholding

_STAKE = re.compile(
    r"(?P<pct>\d{1,3}(?:\.\d+)?)\s*(?:%|percent)\s+(?:(?:beneficial\s+)?(?:share|stock)holder"
    r"|(?:beneficial\s+)?owner|(?:equity\s+)?(?:stake|interest|ownership)|of\s+(?:the\s+|its\s+)?"
    r"(?:issued\s+and\s+)?outstanding|of\s+(?:the\s+)?(?:Company|Registrant)['’]?s?\s+"
    r"(?:issued|outstanding|common|voting)"
    # "owns 60% of the voting securities of the Company", "51% of the outstanding shares"
    r"|of\s+(?:the\s+|its\s+)?(?:(?:issued|outstanding|voting|common|and)\s+)*"
    r"(?:securities|shares|stock|capital\s+stock)\b)",
    re.IGNORECASE,
)
_HOLDING_VERB = re.compile(
    r"\b(?:own|owns|owned|hold|holds|held|beneficially|shareholder|"
    r"stockholder|owner|stake)\b",
    re.I,
)


def _mentions_in(text: str, parties: Parties) -> list[tuple[int, int, str]]:
    spans: list[tuple[int, int, str]] = []
    for surface, key in parties.surfaces():
        for m in re.finditer(rf"(?<!\w){re.escape(surface)}(?!\w)", text):
            if not any(s <= m.start() < e for s, e, _ in spans):
                spans.append((m.start(), m.end(), key))
    # "Mr. Roe now owns 60% ...": a person named in full before, by honorific and family name
    for m in re.finditer(r"\b(?:Mr|Mrs|Ms|Dr)\.\s+([A-Z][\w'’-]+)", text):
        key = parties.by_family_name(m.group(1))
        if key and not any(s <= m.start() < e for s, e, _ in spans):
            spans.append((m.start(), m.end(), key))
    return sorted(spans)


def stakes(text: str, parties: Parties, as_of: date | None) -> list[Shareholding]:
    """ "X, a roughly 23% shareholder of Y", "X owns approximately 12.5% of the outstanding"."""
    out = []
    for m in _STAKE.finditer(text):
        if not _HOLDING_VERB.search(text[max(0, m.start() - 80) : m.end()]):
            continue
        spans = _mentions_in(text, parties)
        after = [k for s, _, k in spans if m.end() <= s <= m.end() + 60]
        issuer = after[0] if after and parties.ref(after[0]).kind == "company" else None
        issuer = issuer or parties.subject_key
        before = [k for _, e, k in spans if e <= m.start() and k != issuer]
        if not before or issuer is None:
            continue
        out.append(
            Shareholding(
                holder=parties.ref(before[-1]),
                issuer=parties.ref(issuer),
                evidence=evidence(text),
                percent_of_class=Decimal(m.group("pct")),
                as_of=as_of,
            )
        )
    return out
