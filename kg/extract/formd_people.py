"""Names on a Form D that both of its readers (the XML and the printed page) decide
the same way: whether an Item 12 name is a firm, and a signer's name as written."""

from __future__ import annotations

import re

from kg.extract.common import company_ref, evidence, fold, person_ref
from kg.model import EntityRef, Fact, Mention

# Words that make a name a firm's: Item 12 lists firms and individual
# representatives side by side, with no box to tell them apart.
FIRM_WORD = re.compile(
    r"(?i)&|\b(?:llc|l\.l\.c|llp|lp|l\.p|inc|incorporated|corp|corporation|co|company|ltd"
    r"|limited|plc|gmbh|ag|trust|bank|bancorp|securities|capital|partners|partnership|group"
    r"|advisors|advisers|financial|holdings|fund|funds|management|markets|investments"
    r"|associates|ventures|equities|brokerage|gp)\b"
)
_GENERATION = re.compile(r"(?i)(?:jr|sr|ii|iii|iv|md|m\.d|phd|ph\.d|esq|cpa)\.?")


def recipients(
    listed: list[tuple[str | None, str | None, str | None]],
) -> tuple[list[EntityRef], list[Fact]]:
    """Item 12's (recipient, associated broker-dealer, CRD number) rows: the firms paid
    for sales, and each individual representative as a mention (the dealer is the firm)."""
    firms: dict[str, EntityRef] = {}
    mentions: list[Fact] = []
    for name, dealer, crd in listed:
        if name and (FIRM_WORD.search(name) or not dealer):
            firms.setdefault(name, company_ref(name))
        elif name:
            said = f"{name}" + (f" (CRD {crd})" if crd else "") + f", {dealer}"
            mentions.append(Mention(entity=signer_ref(name, {}), evidence=evidence(said)))
        if dealer:
            firms.setdefault(dealer, company_ref(dealer))
    return list(firms.values()), mentions


def signer_ref(written: str, people: dict[str, EntityRef]) -> EntityRef:
    """A signer's name as written ("Jane Q. Doe", "DOE, JANE Q."), given name first."""
    raw = fold(re.sub(r"^\s*/s/\s*", "", written, flags=re.I))
    if raw.lower() in people:  # the related person of Item 3 who signs
        return people[raw.lower()]
    name = raw
    if "," in raw and not _GENERATION.fullmatch(raw.split(",", 1)[1].strip()):
        family, given = (fold(p) for p in raw.split(",", 1))
        name = f"{given} {family}"
    tokens: list[str] = []
    for token in name.split(" "):
        # A nickname in brackets or quotes belongs to the name before it.
        if tokens and token[:1] in "(\"'“" and len(token) > 1:
            tokens[-1] += f" {token}"
        else:
            tokens.append(token)
    if len(tokens) > 2 and _GENERATION.fullmatch(tokens[-1]):  # "Jr." joins the family name
        tokens[-2:] = [f"{tokens[-2].rstrip(',')} {tokens[-1]}"]
    if len(tokens) == 1:
        return person_ref(None, tokens[0], raw=raw)
    return person_ref(tokens[0], tokens[-1], " ".join(tokens[1:-1]) or None, raw=raw)


def clarification_title(clarification: str | None) -> str | None:
    """The clarification is a title when it reads like one, not a sentence about the person."""
    if not clarification or len(clarification.split()) > 12:
        return None
    if re.search(r"(?i)\b(?:is|are|was|were|serves|served|has|will)\b|\.\s", clarification):
        return None
    return clarification
