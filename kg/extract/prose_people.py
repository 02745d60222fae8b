"""Who and where, for the sentences ``kg.extract.prose_positions`` reads: the people a
sentence names, the organisation a stated title belongs to, the Position it makes, and the
positions a press release states."""

from __future__ import annotations

import re
from collections.abc import Collection
from dataclasses import replace
from datetime import date
from typing import TYPE_CHECKING

from kg.extract.common import company_ref, evidence, fold
from kg.extract.nlp import (
    CORP_SUFFIX,
    LOWER,
    NAME_PART,
    PARTICLES,
    TITLE_RE,
    UPPER,
    person_from_text,
    roles_for_title,
)
from kg.extract.parties import Parties
from kg.extract.prose_names import GIVEN_FAMILY as _GIVEN_FAMILY
from kg.extract.prose_names import UNIT_NAME as _UNIT_NAME
from kg.extract.prose_names import by_family_name, listed
from kg.extract.prose_positions import LETTERS, Named, Stated
from kg.extract.prose_story import Story
from kg.extract.prose_titles import ARTICLES, is_unit
from kg.extract.prose_units import unit_after_object
from kg.model import EntityRef, Position

if TYPE_CHECKING:
    from spacy.tokens import Doc

# "Ms. Roe", "Ms. O'Neil", "Mr. van der Berg": the family name as the full name ended it.
HONORIFIC = re.compile(
    rf"\b(?:Mr|Mrs|Ms|Dr)\.\s+((?:{PARTICLES}\s+)*(?:[A-Z]['’])?[{UPPER}][{UPPER}{LOWER}]*"
    rf"(?:-[{UPPER}][{LOWER}]+)?)"
)


def named_people(sent: Doc, parties: Parties, honorific: set[str], story: Story) -> list[Named]:
    """Each person the sentence names, with where (in the folded sentence) and the party key.
    ``story`` is the document's memory of its earlier sentences (one per document).

    The small model tags some names as organisations ("Jane Roe notified the Board"):
    a name the text also calls "Ms. Roe" (``honorific``) is a person all the same. A
    sentence opening with "He" or "She" names the one person the sentence before named.
    """
    text = fold(sent.text)
    found = _model_names(sent, text, parties, honorific, story)
    found.extend(_honored(text, parties, found, story))
    found.extend(_missed(text, parties, found, story.events))
    found.extend(listed(text, parties, found, story.events))
    found.extend(by_family_name(text, parties, found))
    opening = re.match(r"(He|She|His|Her)\s", text)  # "His resignation will be effective"
    key = story.antecedent(opening.group(1)) if opening else None
    if opening and key and not [n for n in found if n.start == 0]:
        found.append(Named(0, len(opening.group(1)), key))  # "She is also a director of ..."
    if not found and (them := THEM.search(text)) and len(story.named) > 1:
        # "elected each of them as a director": the people the sentence before named
        found.append(Named(*them.span("them"), story.named[0], group=story.named[1:]))
    named = (k for n in found for k in (n.key, *n.group))
    before, story.named = story.named, tuple(dict.fromkeys(named))
    story.lead(text, bool(found))
    # "upon her arrival": she may be the one the sentence before named
    story.upon(text, [(n.start, n.end, n.key) for n in found] + [(-1, -1, k) for k in before])
    return sorted((replace(n, story=story) for n in found), key=lambda n: n.start)


# "elected each of them as a director", "appointed both of them to the Board": the people
# the sentence before named, acted on together
THEM = re.compile(
    r"(?i)\b(?:appointed|elected|named|promoted)\s+(?P<them>(?:each|both|all)\s+of\s+them"
    r"|them(?:\s+both)?)\b"
)


def _model_names(
    sent: Doc, text: str, parties: Parties, honorific: set[str], story: Story
) -> list[Named]:
    """The people among the names the model tagged (a name said twice, each where it stands)."""
    found: list[Named] = []
    after: dict[str, int] = {}
    for ent in sent.ents:
        surface = re.sub(r"['’]s$", "", fold(ent.text))  # "Richard A. Stone's employment"
        if surface in story.events:
            continue  # a term the document defines for an event ("as of the Effective Time")
        at = text.find(surface, after.get(surface, 0))
        if at < 0:
            continue
        after[surface] = at + len(surface)
        if named := _entity_person(ent.text, ent.label_, text, at, surface, parties, honorific):
            found.append(named)
    return found


def _entity_person(
    raw: str,
    label: str,
    text: str,
    at: int,
    surface: str,
    parties: Parties,
    honorific: set[str],
) -> Named | None:
    """The person a tagged name at ``text[at:]`` is, if it is one."""
    # "Jane Q." + "Roe"; "Janet" + "Doe" (the model's PERSON is the family name alone): the
    # given name before it is the name's; "Marcus T. Delacroix" + "-Obi": so is the rest of
    # a double family name the model cut at its hyphen
    one = label == "PERSON" and _ONE_WORD.fullmatch(surface)
    given = _INITIAL.match(surface) or (one and not _STYLE_BEFORE.search(text, 0, at))
    if given := _GIVEN_BEFORE.search(text, 0, at) if given else None:
        surface, at = text[given.start() : at + len(surface)], given.start()  # "Jane Q."
    if label == "PERSON" and (rest := _HYPHENED.match(text, at + len(surface))):
        surface = surface + rest.group(0)
    person = person_from_text(surface) if label in _NAMES else None
    if person is None and label == "PERSON" and not _HONORED.search(text, 0, at):
        person = _shared_family(raw, text[at:])  # not "Ms. Roe and John Doe"
    if person is None or not _is_person(label, person, honorific, text, at, surface):
        return None
    if _a_unit(text, at, at + len(surface)):
        return None  # "Vice President, Hardlines Merchandising": the model's PERSON is a unit
    key = parties.add_person(person, text)  # not a company the model took for a person
    return Named(at, at + len(surface), key) if key is not None else None


def _honored(text: str, parties: Parties, found: list[Named], story: Story) -> list[Named]:
    """ "Ms. Roe": a person named in full before, and the pronoun she takes ("Dr." either)."""
    out: list[Named] = []
    for m in HONORIFIC.finditer(text):
        key = parties.by_family_name(m.group(1))
        if key and m.group(0)[:2] != "Dr":
            story.pronoun[key] = "he" if m.group(0).startswith("Mr.") else "she"
        if key and all(n.start > m.start() or n.end < m.start() for n in [*found, *out]):
            out.append(Named(m.start(), m.end(), key))
    return out


_HYPHENED = re.compile(rf"-[{UPPER}][{LOWER}]+(?![\w-])")


# A name the model starts at its middle initial ("Q. Roe" of "Jane Q. Roe").
_INITIAL = re.compile(r"[A-Z]\.\s+[A-Z]")
_GIVEN_BEFORE = re.compile(rf"(?<![\w.]){NAME_PART}\s+$")
_ONE_WORD = re.compile(NAME_PART)
# ... but a style before a family name is no given name ("Governor Martz", "Senator Roe").
_STYLE_BEFORE = re.compile(
    r"(?<![\w.])(?:Governor|Senator|Mayor|Judge|Justice|General|Admiral|Ambassador|Secretary"
    r"|Professor|Commissioner|Representative|Congress(?:man|woman)|Sheriff|Captain|Colonel"
    r"|Chairman|Chairwoman|Chair|President|Director|Former|Founder)\s+$"
)
# Labels the small model gives some people's names: "Helen Park" read as a place.
_NAMES = ("PERSON", "ORG", "GPE", "FAC", "LOC")
# A person's slot: "Dr. Jane Roe", "said Jane Roe." or "Jane Roe, (52,) chief ... officer";
# a place is where "in Palo Alto, CEO Jane Roe said" puts it.
_HONORED = re.compile(r"\b(?:Mr|Mrs|Ms|Dr)\.\s+$")
_SAID = re.compile(r"\bsaid\s+$")
_LOCATIVE = re.compile(r"(?i)\b(?:in|at|near|from|of|to|outside|across|based)\s+$")
_TITLED = re.compile(
    rf"\s*,\s*(?:(?:age\s+)?\d{{2}}\s*,\s*)?{ARTICLES}(?:{TITLE_RE.pattern})", re.I
)


def _is_person(
    label: str, person: EntityRef, honorific: set[str], text: str, at: int, surface: str
) -> bool:
    """Whether a name the model tags ``label`` is a person's: always for PERSON; for an
    organisation or a place, when the text also calls it "Ms. Family", or it stands where
    only a person does (a place is never "said Helen Park" nor "Helen Park, CFO")."""
    if label == "PERSON" or person.family_name in honorific:
        return True
    end = at + len(surface)
    if letters := LETTERS.match(text, end):  # "Jane Roe, M.D., Chief Medical Officer"
        end = letters.end()
    if _appointed(text, at, end):  # "the appointment of Jane Roe to the role of CFO"
        return True
    if _LOCATIVE.search(text[:at]):  # "co-creator of Google Maps, CEO of ..."
        return False
    if label == "ORG":  # a name only a person's slot takes: "Jane Roe, CEO, $850,000"
        return bool(_TITLED.match(text, end))
    said = _SAID.search(text[:at]) and re.match(r"\s*(?:[,.]|$)", text[end:])
    return bool(_HONORED.search(text[:at]) or said or _TITLED.match(text, end))


# The slot of the person a change is about: "the appointment of Jane Roe to", "Jane Roe has
# been promoted to"; a company is appointed as an auditor or an agent, not to a title.
_CHANGE_OF = re.compile(
    r"(?i)\b(?:appointment|election|promotion|hiring|resignation|retirement|departure|employment"
    r"|appointed|named|promoted|elected|hired)\s+(?:of\s+)?$"
)
_CHANGES = re.compile(
    r"(?i)^\s*(?:has|had|have|will|was|were)\s+(?:been\s+)?(?:appointed|named|promoted|elected|hired"
    r"|resigned|retired|joined|join|retire|resign|step\s+down|stepped\s+down)\b"
)


# ("promoted Jane Roe from Vice President to ...": the old title after "from")
_SLOTTED = re.compile(
    rf"\b(?:appointed|named|elected|promoted|hired|(?:appointment|election)\s+of)\s+"
    rf"(?P<colon>[^:;.]{{0,60}}:\s+)?"  # "were elected to the Board: A, B and C."
    rf"(?P<a>{_GIVEN_FAMILY})(?=\s*,|\s+as\b|\s+to\b|\s+from\s+{ARTICLES}(?i:{TITLE_RE.pattern}))"
    rf"|(?i:{TITLE_RE.pattern}),\s+(?P<b>{_GIVEN_FAMILY})(?=,)"
)


# "elected A, B and C as trustees": each name of the list after the slotted one.
_NEXT_LISTED = re.compile(rf"(?:\s*,\s*(?:and\s+)?|\s+and\s+)(?P<a>{_GIVEN_FAMILY})\b")


# A clause's subject or a list's item after a comma or "and": "..., and Jane Roe resigned as
# CFO", "On May 1, 2024, Jane Roe notified the Company"; "appointed A as CEO, Jane Roe as
# President and ..." (only a person is "as President").
_CLAUSE_PERSON = re.compile(
    rf"(?:,\s+(?:and\s+)?|\band\s+)(?P<a>{_GIVEN_FAMILY})(?=\s+(?:(?:has|had|have|was|were)\s+"
    rf"(?:been\s+)?)?(?:resigned|retired|stepped\s+down|appointed|elected|named|became"
    # "On <date>, A informed the Board of his decision to ...": the notice's giver
    rf"|informed|notified|advised|tendered)\b"
    rf"|\s+as\s+{ARTICLES}(?i:{TITLE_RE.pattern}))"
)


# "Jane Roe, 46, currently Vice President, will succeed ...": only a person has an age
_AGED = re.compile(rf"(?<![\w.])(?P<a>{_GIVEN_FAMILY}),\s+(?:age\s+)?\d{{2}},")


def _slotted(text: str) -> list[tuple[int, int]]:
    """Where a name stands in a person's slot: "appointed Jane Roe as", "its Chief Financial
    Officer, Jane Roe, has informed", "elected Jane Roe and John Doe as directors", "Jane Roe,
    46, currently ..."."""
    out = [m.span("a") for m in _CLAUSE_PERSON.finditer(text) if not TITLE_RE.match(m["a"])]
    out.extend(m.span("a") for m in _AGED.finditer(text) if not TITLE_RE.match(m["a"]))
    for m in _SLOTTED.finditer(text):
        out.append(m.span("a") if m.group("a") else m.span("b"))
        at, listed = (m.end("a") if m.group("a") else -1), []
        while at >= 0 and (more := _NEXT_LISTED.match(text, at)):
            listed.append(more.span("a"))
            at = more.end()
        ends = r"\s*(?:[.;]|$)" if m.group("colon") else r"\s+(?:as|to)\b"
        if re.match(ends, text[at:]):  # the list ends where the title comes (or the sentence)
            out.extend(listed)
    return sorted(set(out))  # a name both slots find is one name


_TITLE_COMMA = re.compile(rf"(?i:{TITLE_RE.pattern}),\s*$")


def _a_unit(text: str, at: int, end: int) -> bool:
    """Whether the name at ``text[at:end]`` is a title's unit: a known function after a title
    ("Vice President, Hardlines Merchandising"), or any words after a title a verb gives or
    "currently" holds ("currently Vice President and General Manager, Industrial Tapes,")."""
    known = _UNIT_NAME.fullmatch(text[at:end]) and _unit_after_title(text, at, end)
    return bool(known) or unit_after_object(text, at, end)


def _unit_after_title(text: str, at: int, end: int) -> bool:
    """Whether ``text[at:end]``, after a title and its comma, is the title's function."""
    title = _TITLE_COMMA.search(text, max(0, at - 80), at)
    if title is None:
        return False
    return is_unit(text, text.rfind(",", 0, at), end) or unit_after_object(text, at, end)


def _missed(
    text: str, parties: Parties, found: list[Named], defined: Collection[str] = ()
) -> list[Named]:
    """The names the model missed, where only a person stands (``_slotted``); not a term
    the document ``defined`` for an event ("the Effective Time")."""
    out = []
    for at, end in _slotted(text):
        if text[at:end] in defined:
            continue
        if _UNIT_NAME.fullmatch(text[at:end]) or _unit_after_title(text, at, end):
            continue  # "currently Vice President, Advanced Engineering, will become"
        if unit_after_object(text, at, end):
            continue  # "named President, Specialty Adhesives."
        person = person_from_text(text[at:end])
        key = parties.add_person(person, text) if person else None
        if key and all(n.start >= end or n.end <= at for n in found):
            out.append(Named(at, end, key))
    return out


def _appointed(text: str, at: int, end: int) -> bool:
    """Whether the name at ``text[at:end]`` is the one a change of title is about, the
    title said later in the sentence."""
    slot = _CHANGE_OF.search(text[:at]) or _CHANGES.match(text[end:])
    return bool(slot and TITLE_RE.search(text, end))


def _shared_family(given: str, text: str) -> EntityRef | None:
    """ "John and Jane Roe": the first given name shares the family name after "and"."""
    m = re.match(rf"{re.escape(fold(given))}\s+and\s+[A-Z][a-z]+\s+([A-Z][\w’'-]+)", text)
    return person_from_text(f"{fold(given)} {m.group(1)}") if m else None


# "of the General Partner": a partnership's officers are its general partner's.
REGISTRANT_WORDS = re.compile(
    r"(?i)(?:the\s+)?(?:company|registrant|corporation|firm|bank|partnership|trust|fund|board)\b.*"
    r"|the\s+general\s+partner"
)


def _letters(name: str) -> str:
    return re.sub(r"\W", "", name.lower())


_UNNAMED = re.compile(r"(?i)(?:a|an|another)\s")
_PARTNERSHIP = re.compile(r"(?i)\b(?:L\.?P\.?|Partners|Partnership)\W*$")


def resolve_org(
    stated: Stated, parties: Parties, default: str | None, units: bool = True
) -> tuple[str, str | None]:
    """(title, org key): the org the title names ("of the Company", "of Acme Corp"), else
    ``default``; with ``units``, a unit the text does not know as a company stays in the title,
    at ``default`` ("CEO of Widgets & Gadgets Division"). A key of None: the org is unknown."""
    if stated.org and _UNNAMED.match(stated.org):
        return stated.title, None  # "CEO of a privately held company": an org not named
    if stated.implied and not (default and _PARTNERSHIP.search(parties.ref(default).name)):
        stated = replace(stated, org=None, own=False, implied=False)  # no partnership's officer
    if stated.own and stated.org:  # the document says it is the filer's subsidiary or partner
        key = parties.find(stated.org)  # by its whole name: not the parent its words begin
        if key is None or _letters(parties.ref(key).name) != _letters(stated.org):
            key = parties.add(company_ref(stated.org), stated.org)
        return stated.title, key
    if not stated.org or REGISTRANT_WORDS.fullmatch(stated.org):
        return stated.title, default if stated.org is None else parties.subject_key
    key = parties.find(stated.org) or parties.find(re.sub(r"^the\s+", "", stated.org))
    if key is None and re.fullmatch(r"[A-Z][a-z]{3,}", stated.org):
        key = parties.by_first_word(stated.org)  # "at Example": a company named in full
    if key is not None:
        return stated.title, key
    # "Example Bank" names a company; "the Commercial & Investment Bank" a firm's business.
    firm = re.search(rf"\b{CORP_SUFFIX}\.?$|^(?!the\s).*\bBank$", stated.org)
    # "a Managing Partner of Roe Partners": a partner is a firm's, never a unit's
    firm = firm or re.search(r"(?i)\bpartner$", stated.title)
    board = roles_for_title(stated.title) == ("Director",)
    if ((stated.change is None or units) and firm) or (stated.change is None and board):
        # A seat at another company ("is also a director of Acme", "serves as CEO of Acme
        # Corp.", an 8-K's "named President of Example Bank, the Company's subsidiary"): a
        # board is a company's, not a unit's; "Corp." or "Bank" names a company.
        return stated.title, parties.add(company_ref(stated.org), stated.org)
    if not units or firm:
        return stated.title, None
    return f"{stated.title} of {stated.org}", default


def position(
    stated: Stated, holder: EntityRef, org: EntityRef, text: str, as_of: date | None
) -> Position:
    """The Position a stated title makes: dated by its change, else as of ``as_of``."""
    return Position(
        holder=holder,
        organization=org,
        roles=roles_for_title(stated.title) or ("Officer",),
        evidence=evidence(text),
        title=stated.title,
        as_of=as_of,
        start_date=stated.day if stated.change == "start" else None,
        end_date=stated.day if stated.change == "end" else None,
    )
