"""Names on a Form D that both of its readers (the XML and the printed page) decide
the same way: whether an Item 12 name is a firm (and so what one Item 12 recipient's
``SalesCompensation`` holds), and a signer's name as written."""

from __future__ import annotations

import re
from dataclasses import dataclass

from kg.extract.common import company_ref, evidence, fold, person_ref
from kg.ingest.codes import US_STATES
from kg.model import EntityRef, Fact, Mention, SalesCompensation

# Words that make a name a firm's: Item 12 lists firms and individual
# representatives side by side, with no box to tell them apart.
FIRM_WORD = re.compile(
    r"(?i)&|\b(?:llc|l\.l\.c|llp|lp|l\.p|inc|incorporated|corp|corporation|co|company|ltd"
    r"|limited|plc|gmbh|ag|trust|bank|bancorp|securities|capital|partners|partnership|group"
    r"|advisors|advisers|financial|holdings|fund|funds|management|markets|investments"
    r"|associates|ventures|equities|brokerage|gp)\b"
)
_GENERATION = re.compile(r"(?i)(?:jr|sr|ii|iii|iv|md|m\.d|phd|ph\.d|esq|cpa)\.?")


@dataclass(frozen=True, slots=True)
class RecipientRow:
    """One Item 12 recipient as a reader found it; None where its box was not read."""

    name: str | None
    dealer: str | None = None
    crd: str | None = None
    dealer_crd: str | None = None
    states: tuple[str, ...] = ()
    all_states: bool | None = None
    foreign: bool | None = None
    shown: str = ""  # the boxes as written, for evidence


def recipients(rows: list[RecipientRow], issuer: EntityRef) -> tuple[list[EntityRef], list[Fact]]:
    """Item 12: the firms paid for sales (each once), and the facts of each recipient: a
    mention of an individual representative paid through a broker-dealer (the dealer is the
    firm), and a ``SalesCompensation``."""
    firms: dict[str, EntityRef] = {}
    mentions: list[Fact] = []
    paid: list[Fact] = []
    for row in rows:
        found = _paid(row)
        if found is None:
            continue  # the form names no one (the "None" recipient of a fund)
        firm, person = found
        firms.setdefault(firm, company_ref(firm))
        if row.dealer:
            firms.setdefault(row.dealer, company_ref(row.dealer))
        representative = signer_ref(person, {}) if person else None
        if representative is not None:
            said = f"{person}" + (f" (CRD {row.crd})" if row.crd else "") + f", {row.dealer}"
            mentions.append(Mention(entity=representative, evidence=evidence(said)))
        paid.append(_compensation(row, firm, issuer, representative))
    return list(firms.values()), [*mentions, *paid]


def _paid(row: RecipientRow) -> tuple[str, str | None] | None:
    """(the firm paid, the individual representative named): the recipient named is the
    firm unless a person is named beside a broker-dealer."""
    if row.name and (FIRM_WORD.search(row.name) or not row.dealer):
        return row.name, None
    if row.dealer:
        return row.dealer, row.name
    return None


def _compensation(
    row: RecipientRow, firm: str, issuer: EntityRef, representative: EntityRef | None
) -> SalesCompensation:
    return SalesCompensation(
        recipient=company_ref(firm),
        issuer=issuer,
        evidence=evidence(row.shown or firm),
        representative=representative,
        crd_number=row.crd,
        associated_broker_dealer=company_ref(row.dealer) if row.dealer else None,
        associated_crd_number=row.dealer_crd,
        solicitation_states=row.states,
        all_states=row.all_states,
        foreign_solicitation=row.foreign,
    )


_STATE_CODES = {name.upper(): code for code, name in US_STATES.items()}
_ALL_STATES = re.compile(r"(?i)all\s+states")


def state_code(text: str) -> str | None:
    """A USPS code ("GA") or a state's name ("GEORGIA", "Georgia") as its USPS code."""
    word = fold(text).upper()
    return word if word in US_STATES else _STATE_CODES.get(word)


def solicitation(written: list[str]) -> tuple[tuple[str, ...], bool | None]:
    """Item 12's states of solicitation as written, one entry a box: the USPS codes and
    whether "All States" is checked (False when individual states are, None when neither)."""
    codes = tuple(dict.fromkeys(code for w in written if (code := state_code(w))))
    if any(_ALL_STATES.fullmatch(fold(w)) for w in written):
        return codes, True
    return codes, (False if codes else None)


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
