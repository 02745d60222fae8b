"""Items 3 and 12 of a printed Form D: one block per related person, the name from its three
boxes (a firm put in them too), the address, and the relationship boxes ticked; the sales
compensation recipients, their broker-dealers and states of solicitation."""

from __future__ import annotations

import dataclasses
import re
from datetime import date

from kg.extract import formd_text_layout as form
from kg.extract.common import company_ref, evidence, fold, person_ref
from kg.extract.formd_people import (
    FIRM_WORD,
    RecipientRow,
    clarification_title,
    state_code,
)
from kg.model import ROLES, EntityFacts, EntityRef, Fact, Mention, Position

# What filers type in a name box that does not apply, and a firm's legal form.
_PLACEHOLDER = re.compile(r"(?i)^(?:n/?a|none|not\s+applicable|-+|\.)?$")
_LEGAL_FORM = re.compile(r"(?i)^(?:l\.?l\.?[cp]|l\.?p|inc|corp|co|ltd|plc|gmbh|limited)\.?,?$")
_COMPANY_WORDS = re.compile(r"\b(LLC|L\.?L\.?C|INC|CORP|LP|L\.P|LTD|FUND|TRUST|PARTNERS)\b", re.I)


def person_blocks(text: str) -> list[str]:
    """One block per related person: each starts at its "Last Name" label."""
    starts = [found.start() for found in re.finditer(r"Last\s+Name", text)]
    ends = [*starts[1:], len(text)]
    return [text[start:end] for start, end in zip(starts, ends[: len(starts)], strict=True)]


def _person_name(text: str) -> EntityRef | None:
    """The name from "Last Name X First Name Y Middle Name Z", inline or on the line below."""
    first_line, _, below = text.partition("\n")
    inline = re.match(
        r"\s*Last\s+Name\s*(.*?)\s*First\s+Name\s*(.*?)\s*Middle\s+Name(.*)", first_line
    )
    if inline and fold(inline.group(1)):
        last, first, middle = _wrapped_on(list(inline.groups()), below)
    else:
        boxes = [fold(c) for c in form.column_cells(below, form.ADDRESS_LABEL) if fold(c)]
        cells = [c for c in boxes if re.search("[A-Za-z]", c)]
        if len(boxes) == 1 and not _COMPANY_WORDS.search(boxes[0]):
            cells = cells[0].split(" ")  # a person's row that lost its tabs
        if not cells:
            return None
        last, first, middle = cells[0], " ".join(cells[1:2]), " ".join(cells[2:])
        if len(boxes) > 1 and _PLACEHOLDER.match(boxes[1]):
            first = boxes[1]  # "-" written in the first-name box
    raw = " ".join(part for part in (last, first, middle) if part)
    # "-" or "N/A" written as the first name: the box does not apply, as to a firm.
    crossed = bool(first) and bool(_PLACEHOLDER.match(first))
    first, middle = ("" if _PLACEHOLDER.match(part) else part for part in (first, middle))
    firm = _firm(last, first, crossed)
    if firm:
        return company_ref(firm)
    if not first:
        return person_ref(None, last)
    ref = person_ref(first, last, middle or None, raw=raw)
    if middle and middle[0] in "\"'(“":
        # A nickname in the middle-name box: 'Jonathan "Jon" Roe' is also 'Jonathan Roe'.
        plain = person_ref(first, last).name
        ref = dataclasses.replace(ref, aliases=(*ref.aliases, plain))
    return ref


def _wrapped_on(parts: list[str], below: str) -> list[str]:
    """Names inline after their labels go on in their columns on the lines under them
    ("Last Name VAN DER<TAB>First Name ANNA" over "BERG"), up to the next labels."""
    for line in below.split("\n"):
        if not fold(line) or form.ADDRESS_LABEL.search(line) or re.search(r"Name\b", line):
            break
        for column, value in enumerate(line.split("\t")[: len(parts)]):
            parts[column] = f"{parts[column]} {value}"
    return [fold(part) for part in parts]


def _firm(last: str, first: str, crossed: bool = False) -> str | None:
    """Item 3's boxes are for people: a firm (a general partner) goes in "Last Name" with
    "First Name" crossed out ("-", "N/A", as the XML reader reads it) or empty, or is
    split over both ("Acme Holdings," / "LLC")."""
    if not first:
        return last if crossed or FIRM_WORD.search(last) else None
    if _LEGAL_FORM.match(first):
        return f"{last} {first}"
    return f"{first} {last}" if _LEGAL_FORM.match(last.rsplit(" ", 1)[-1]) else None


def related_person(block: str, issuer: EntityRef, as_of: date | None) -> list[Fact]:
    """A person's address, and a Position with the roles whose boxes are checked."""
    street_at = re.search(r"(?m)^[ \t]*Street\s+Address", block)
    name_text, rest = (
        (block[: street_at.start()], block[street_at.start() :]) if street_at else (block, "")
    )
    person = _person_name(name_text)
    if person is None:
        return []
    relationship = re.search(r"Relationship\s*:?", rest)
    address_text = rest[: relationship.start()] if relationship else rest
    address, _ = form.address(address_text)
    facts: list[Fact] = [
        EntityFacts(entity=person, evidence=evidence(address_text), addresses=(address,))
    ] if address else []  # fmt: skip
    if relationship is None:
        return [*facts, Mention(entity=person, evidence=evidence(name_text))]
    boxes = re.split(r"Clarification\s+of\s+Response|Last\s+Name", rest[relationship.start() :])[0]
    ticked = {check.value for check in form.checked(boxes, form.RELATIONSHIPS)}
    roles = tuple(role for role in ROLES if role in ticked)
    proof = evidence(f"{fold(name_text)} ... {fold(boxes)}")
    if not roles:
        return [*facts, Mention(entity=person, evidence=proof)]
    # A long clarification wraps onto the lines below: it runs to the end of the block.
    clarification = re.search(r"Clarification\s+of\s+Response[^:\n]*:(.*)", rest, re.S)
    title = clarification_title(fold(clarification.group(1))) if clarification else None
    facts.append(
        Position(
            holder=person,
            organization=issuer,
            roles=roles,
            evidence=proof,
            title=title if title and re.search(r"[A-Za-z]{2}", title) else None,
            as_of=as_of,
        )
    )
    return facts


# --- item 12: sales compensation ----------------------------------------------------

_RECIPIENT = re.compile(r"(?m)^[ \t]*Recipient\b(?!\s+CRD)(.*)$")
# The dealer after its label ("(Associated) Broker or Dealer Acme Securities, LLC"), or in
# the first cell of the row under the labels.
_NONE = r"(?:[X☒☑✔✓]\s*)?None"  # the ticked "None" box, however the box is drawn
_DEALER = re.compile(
    rf"\(Associated\)\s+Broker\s+or\s+Dealer(?:[ ]+(?!CRD|{_NONE})([^\t\n]+)"
    rf"|[ \t]*(?:\t[^\n]*)?\n(?!\(Associated|Street|{_NONE})([^\t\n]+))"
)


def recipient_rows(text: str) -> list[RecipientRow]:
    """Item 12, one block per recipient: its name (inline, "Recipient ACME", or under a
    "Recipient" header cell), its CRD number, its associated broker-dealer and the
    "State(s) of Solicitation" boxes."""
    rows = list(_RECIPIENT.finditer(text))
    listed: list[RecipientRow] = []
    for at, row in enumerate(rows):
        block = text[row.end() : rows[at + 1].start() if at + 1 < len(rows) else len(text)]
        value = fold(re.split(r"Recipient\s+CRD", row.group(1))[0])
        cells = block.lstrip("\n").split("\n", 1)[0].split("\t")  # the row under the labels
        if not value:
            value = fold(cells[0])
        crd = next((c.strip() for c in cells[1:] if re.fullmatch(r"\s*\d{3,8}\s*", c)), None)
        # Litter and the next row's labels ("(Associated) Broker or Dealer") are not names.
        if not re.search(r"[A-Za-z]{2}", value) or re.search(
            r"^\(|\bNone\b|Associated|Broker|Dealer|CRD|Street\s+Address|City|Recipient", value
        ):
            value = ""
        dealer = _DEALER.search(block)
        named = fold(dealer.group(1) or dealer.group(2)) if dealer else ""
        states, every, foreign = _solicitation(block)
        listed.append(
            RecipientRow(
                name=value or None,
                dealer=named if re.search(r"[A-Za-z]{2}", named) else None,
                crd=crd,
                states=states,
                all_states=every,
                foreign=foreign,
                shown=fold(f"{row.group(0)} {block}")[:400],
            )
        )
    return listed


# The boxes of "State(s) of Solicitation", after the label; the instruction line
# 'Check "All States" or check individual States' names a box without being one.
_SOLICITATION = re.compile(r"State\(s\)\s+of\s+Solicitation[^\t\n]*")
_INSTRUCTION = re.compile(r'Check\s+["“]All\s+States["”]\s+or\s+check\s+individual\s+States')
_BOXES = {"All States": "all", "Foreign/non-US": "foreign"}
_NOT_A_STATE = re.compile(r"(?i)^(?:all\s+)?states$|^foreign/non-us$")


def _solicitation(block: str) -> tuple[tuple[str, ...], bool | None, bool | None]:
    """The states checked (USPS codes), "All States" and "Foreign/non-US": an X before a
    box's label ticks it; the foreign box printed without one is False. A state is a name
    or code in its own cell; where some are marked X (a grid of boxes), only those."""
    label = _SOLICITATION.search(block)
    if label is None:
        return (), None, None
    area = _INSTRUCTION.sub(" ", block[label.end() :])
    ticked = {check.value for check in form.checked(area, _BOXES)}
    foreign = True if "foreign" in ticked else (False if "Foreign/non-US" in area else None)
    marked, plain = [], []
    for cell in re.split(r"\t|\n|,| {2,}", area):
        word = fold(cell)
        bare = re.sub(r"^[X☒☑✔✓■]\s+", "", word)
        code = state_code(bare) if bare and not _NOT_A_STATE.match(bare) else None
        if code:
            (marked if bare != word else plain).append(code)
    states = tuple(dict.fromkeys(marked or plain))
    return states, True if "all" in ticked else (False if states else None), foreign
