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
    r"\b(?:own|owns|owned|hold|holds|held|holder|beneficially|shareholder|"
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
        # The verb anywhere in the sentence before ("X is the record owner of 5,645,734
        # shares of the Company's Common Stock, which represents approximately 58.0% of ...").
        opening = max(text.rfind(". ", 0, m.start()) + 1, m.start() - 200)
        if not _HOLDING_VERB.search(text[opening : m.end()]):
            continue
        if _JOINT.search(text[opening : m.start()]):
            continue
        spans = _mentions_in(text, parties)
        after = [k for s, _, k in spans if m.end() <= s <= m.end() + 60]
        issuer = after[0] if after and parties.ref(after[0]).kind == "company" else None
        if issuer is None and _OTHER_ISSUER.match(text, m.end()):
            continue  # a stake in a company the document does not name as a party
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


# "A and B collectively owned 100% of ...": a stake no one of them holds alone.
_JOINT = re.compile(r"\b(?:collectively|together|jointly|in\s+the\s+aggregate|combined)\b", re.I)
# "... 100% of the issued and outstanding shares of the common shares of Target": a stake in a
# company named after the class, not the filer's ("of the Company's", "of Common Stock" are).
_OTHER_ISSUER = re.compile(
    r"(?:\s+(?:shares|stock|securities|interests?))?\s+of\s+(?:the\s+)?"
    r"(?:(?:issued|outstanding|and|common|preferred|voting|capital|ordinary)\s+)*"
    r"(?:shares|stock|securities|interests?|units)\s+of\s+(?!the\s+Company|the\s+Registrant"
    r"|(?:its|our|Common|Preferred|Class|Series)\b)(?:the\s+)?[A-Z]"
)
