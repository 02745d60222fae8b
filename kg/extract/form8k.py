"""Form 8-K current reports (PDF-to-text dumps, EDGAR text and HTML rendered to text).

Reads the cover page (registrant, jurisdiction, Commission file number, IRS
number, address, phone, date of report; each registrant of a combined cover,
``kg.extract.form8k_registrants``), the "Item N.NN" headings, the
agreements of Item 1.01, stakes stated in prose, Item 5.02 appointments and
departures (an undated promotion's old title ends when another sentence dates the
new one), titles held now stated in any item, and the signature block. The item
layout itself is read in ``kg.extract.form8k_items``. Press releases filed as exhibit 99 in the
same text are cut off: the submission splitter routes them to ``press``.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date
from typing import TYPE_CHECKING

from kg.errors import MalformedDocumentError
from kg.extract.agreement_amends import dated_bases
from kg.extract.common import company_ref, evidence, fold
from kg.extract.exhibit_agreements import listed_agreements, merge_listed
from kg.extract.form8k_agreements import described_aliases, read_agreement
from kg.extract.form8k_cover import Cover, defined_registrant, read_cover
from kg.extract.form8k_items import Sections, cut_exhibits, exhibits, split_items
from kg.extract.form8k_registrants import with_registrants
from kg.extract.form8k_signatures import read_signatures, signature_company
from kg.extract.form8k_stakes import stakes
from kg.extract.nlp import (
    CORP_SUFFIX,
    GENERIC_TERMS,
    alias_definitions,
    analyse,
    company_list,
    generic_name,
    keep_alias,
    person_from_text,
)
from kg.extract.parties import Parties, one_position_each
from kg.extract.prose_defined import INSTRUMENT
from kg.extract.prose_kept import parts_kept
from kg.extract.prose_people import HONORIFIC, named_people, position, resolve_org
from kg.extract.prose_positions import Named, read_sentence
from kg.extract.prose_story import Story
from kg.extract.prose_subsidiary import at_subsidiary
from kg.extract.prose_tables import table_positions
from kg.extract.prose_undated import (
    Undated,
    dated_later,
    moves_dated_elsewhere,
    ranks_left,
    redated,
    undated_change,
)
from kg.extract.sentences import clean_text, sentences_of
from kg.ingest import RawDocument
from kg.ingest.ixbrl import DEI_ELEMENTS, tagged_cover
from kg.model import (
    Agreement,
    DocumentInfo,
    EntityFacts,
    EntityRef,
    Extraction,
    Fact,
    Position,
    Signature,
)

if TYPE_CHECKING:
    from spacy.tokens import Doc

KIND = "form8k"

_FORM = re.compile(r"FORM\s*(8-K(?:/A)?)\b", re.IGNORECASE)
# The cover's own words: a release that says "a Current Report on Form 8-K will be filed"
# names the form, but has no cover.
_COVER = re.compile(
    r"Date\s*of\s*Report|Section\s*13\s*or\s*15\s*\(\s*d\s*\)|Exact\s+name\s+of\s+registrant",
    re.IGNORECASE,
)


def detect(doc: RawDocument) -> bool:
    """An 8-K names its form on a cover page ("Date of Report", "Pursuant to Section 13 or
    15(d)", "Exact name of registrant")."""
    head = doc.plain_text[:12000]
    return bool(_FORM.search(head)) and bool(_COVER.search(head))


def extract(doc: RawDocument) -> Extraction:
    text = clean_text(doc.plain_text)
    form = _FORM.search(text[:12000])
    if not form:
        raise MalformedDocumentError(doc.name, "no 'FORM 8-K' heading on the cover page")
    text = cut_exhibits(text)
    cover = _with_tags(with_registrants(read_cover(text), text), doc)
    sections = split_items(text)
    if not cover.name and not sections.items and "/s/" not in text:
        raise MalformedDocumentError(doc.name, "no registrant name, Item heading or signature")
    # A cover that prints its name as a logo: the signature block's, or the prose's term.
    cover.name = cover.name or signature_company(sections.signatures) or defined_registrant(text)
    registrant = _registrant(cover, text)
    parties = Parties(registrant)
    if sections.note:  # the note before the items defines terms they use
        _define_aliases(fold(sections.note), parties)
    signing, facts = _registrants(cover, registrant, text, parties)
    facts.extend(prose_facts(sections, parties, cover.report_date))
    signed, sign_date = read_signatures(sections.signatures, signing, cover.report_date)
    for fact in signed:  # "Jane Q. Doe" signs for the "Jane Doe" of the prose
        if isinstance(fact, Signature):
            parties.add(fact.signer, "")
    facts.extend(signed)
    facts.extend(parties.mentions())
    info = DocumentInfo(
        form_type=form.group(1).upper(),
        date=sign_date or cover.report_date,
        period_of_report=cover.report_date,
        items=tuple(sections.items),
        subject=parties.subject,
    )
    facts = one_position_each(_refresh(facts, parties))
    return Extraction(kind=KIND, document=info, facts=tuple(dict.fromkeys(facts)))


def _registrants(
    cover: Cover, registrant: EntityRef, text: str, parties: Parties
) -> tuple[list[EntityRef], list[Fact]]:
    """Every registrant that signs (a combined cover's co-registrants after the registrant,
    each a party of its own) and the cover facts of each."""
    signing: list[EntityRef] = [registrant]
    facts: list[Fact] = []
    for co in [cover, *cover.co_registrants]:
        ref = registrant if co is cover else _registrant(co, text)
        if co is not cover:
            signing.append(parties.ref(parties.add(ref, evidence(" ".join(co.evidence)))))
        if cover_facts := _cover_facts(ref, co):
            facts.append(cover_facts)
    return signing, facts


def _with_tags(cover: Cover, doc: RawDocument) -> Cover:
    """What the printed cover leaves out, from the page's inline-XBRL cover tags: above all
    the CIK, which only the hidden header holds. The printed values stay where read."""
    tagged = tagged_cover(doc.text) if doc.is_html else None
    if tagged is None:
        return cover
    filled = {
        "cik": cover.cik or tagged.cik,
        "name": cover.name or tagged.name,
        "file_number": cover.file_number or tagged.file_number,
        "irs_number": cover.irs_number or tagged.irs_number,
    }
    if not cover.ticker and tagged.ticker:
        filled |= {"ticker": tagged.ticker, "exchange": cover.exchange or tagged.exchange}
    used = [f"dei:{DEI_ELEMENTS[k]} {v}" for k, v in filled.items() if v and v != getattr(cover, k)]
    return replace(cover, **filled, evidence=[*cover.evidence, *used])


def _registrant(cover: Cover, text: str) -> EntityRef:
    """The registrant, named as the prose spells it when the cover prints it in capitals."""
    name = cover.name or "Registrant"
    aliases: list[str] = []
    if name.isupper():
        pattern = re.compile(re.escape(name).replace(r"\ ", r"\s+"), re.IGNORECASE)
        mixed = next((m.group(0) for m in pattern.finditer(text) if not m.group(0).isupper()), None)
        if mixed:
            aliases.append(name)
            name = fold(mixed)
    return company_ref(name, cik=cover.cik, aliases=tuple(aliases))


def _cover_facts(registrant: EntityRef, cover: Cover) -> EntityFacts | None:
    values = (cover.jurisdiction, cover.file_number, cover.irs_number, cover.address, cover.phone)
    if not any(values) and not cover.ticker:
        return None
    return EntityFacts(
        entity=registrant,
        evidence=evidence(" ".join(cover.evidence)),
        ticker=cover.ticker,
        exchange=cover.exchange,
        jurisdiction=cover.jurisdiction,
        file_number=cover.file_number,
        irs_number=cover.irs_number,
        phone=cover.phone,
        addresses=(cover.address,) if cover.address else (),
        former_names=(cover.former_name,) if cover.former_name else (),
    )


def _refresh(facts: list[Fact], parties: Parties) -> list[Fact]:
    """Facts with every entity ref replaced by its final form (all aliases seen)."""
    return [parties.refresh(fact) for fact in facts]


# --- prose: agreements, stakes, appointments ---------------------------------------------

# The items that report appointments and departures: Item 5.02 since 2004; before, "Item 5.
# Other Events" and "Item 6. Resignations of Registrant's Directors" (numbers without a dot).
_EVENTS = ("5.02", "5", "6")
# "The information set forth in Item 1.01 regarding the appointment of the New Directors is
# incorporated herein by reference": that item reports the appointments too.
_BY_REFERENCE = re.compile(
    r"(?i)\bItem\s+(\d\.\d\d)\b[^;]{0,160}?\bincorporated\s+herein\s+by\s+reference"
)


def _event_items(sections: Sections) -> tuple[str, ...]:
    """The items that report appointments: those above, and any their bodies incorporate."""
    events = [n for n in _EVENTS if sections.bodies.get(n)]
    named = [m.group(1) for n in events for m in _BY_REFERENCE.finditer(fold(sections.bodies[n]))]
    return (*_EVENTS, *named)


# The exhibit list: Item 9.01 since 2004, "Item 7. Financial Statements and Exhibits" before.
_EXHIBIT_ITEMS = ("9.01", "7")


# The Introductory Note's sentences go with the items' under no item number of their own.
_NOTE = ""
# An amendment's note tells what the report it amends said: no news of its own.
_AMENDS = re.compile(r"(?i)\bamend(?:s|ment)\b[^.]{0,160}\b(?:Current\s+Report|Form\s+8-K)")


def prose_facts(sections: Sections, parties: Parties, report_date: date | None) -> list[Fact]:
    """Agreements, stakes and Item 5.02 positions read from the item bodies; the positions
    and the defined events of the Introductory Note too (it is no item: no agreements or
    stakes are read there, and its terms date the items' news)."""
    numbers = [n for n in sections.items if n not in _EXHIBIT_ITEMS and sections.bodies.get(n)]
    described = {n: evidence(sections.bodies[n], 1000) for n in numbers}
    bodies = [fold(sections.bodies[n]) for n in numbers]
    for body in bodies:
        _define_aliases(body, parties)
    note = fold(sections.note)
    honorific = {m.group(1) for b in (note, *bodies) for m in HONORIFIC.finditer(b)}
    listed = _exhibit_list(sections)
    facts: list[Fact] = []
    seen: set[str] = set()
    moves = Undated()
    noted: list[tuple[Agreement, set[str]]] = []
    story = Story()  # what earlier sentences said: "She is also ...", a succession's date
    parts = [(_NOTE, note), *zip(numbers, bodies, strict=True)]
    sentences = [(n, s) for n, b in parts for s in sentences_of(b)]
    events = (*_event_items(sections), *((_NOTE,) if not _AMENDS.search(note) else ()))
    texts = [s for _, s in sentences]
    for i, ((number, text), sent) in enumerate(zip(sentences, analyse(texts), strict=True)):
        moves.following = texts[i + 1] if i + 1 < len(texts) else ""
        story.in_note = number == _NOTE
        people = named_people(sent, parties, honorific, story)
        if number == _NOTE:  # the note's agreements are kept when no item states them
            noted.extend(_note_agreement(text, sent, people, parties, listed, note))
        else:  # the note's stakes are the items' to state
            if agreement := read_agreement(number, text, sent, people, parties, listed, seen):
                facts.append(replace(agreement, description=described[number]))
            facts.extend(stakes(text, parties, report_date))
        if not re.search(r"(?i)press release", text):
            facts.extend(_positions(text, people, parties, report_date, number in events, moves))
    facts.extend(a for a, names in noted if not names & seen)
    facts.extend(dated_later("", [], parties, report_date, moves))  # the last sentence's starts
    facts = _settled(facts, moves, parties)
    facts = dated_bases(merge_listed(facts, listed_agreements(listed, parties)), " ".join(bodies))
    bodies_502_507 = (sections.bodies.get("5.02", ""), sections.bodies.get("5.07", ""))
    facts.extend(table_positions(*bodies_502_507, parties, report_date))
    return list(dict.fromkeys(facts))


def _exhibit_list(sections: Sections) -> dict[str, str]:
    """The exhibits the exhibit item lists, by number."""
    return exhibits(
        next((sections.bodies[n] for n in _EXHIBIT_ITEMS if sections.bodies.get(n)), "")
    )


def _settled(facts: list[Fact], moves: Undated, parties: Parties) -> list[Fact]:
    """The positions once the whole document is read: an undated move's old title ended by
    another sentence's day, a part of a fuller title kept beside a new office ("will
    continue to serve as President"), a lower vice-presidential rank left for a higher one,
    and an office the document holds only at its bank placed there."""
    facts = [*facts, *moves_dated_elsewhere(moves.moves, facts, parties)]
    facts = ranks_left(parts_kept(facts))
    return at_subsidiary(facts, parties.ref(parties.subject_key)) if parties.subject_key else facts


def _note_agreement(
    text: str, sent: Doc, people: list[Named], parties: Parties, listed: dict[str, str], note: str
) -> list[tuple[Agreement, set[str]]]:
    """The agreement a sentence of the Introductory (or an 8-K/A's Explanatory) Note enters
    into or acts under ("pursuant to the Purchase Agreement, dated as of ..."), with its name
    and the term it defines: an item that names either states it, and the item's is kept."""
    names: set[str] = set()
    agreement = read_agreement(_NOTE, text, sent, people, parties, listed, names)
    return [(replace(agreement, description=evidence(note, 1000)), names)] if agreement else []


# 'with A and B (together, the "Purchasers")': one term for the parties listed before it.
_GROUP = re.compile(
    r"\b(?:with|between|among|and|by|to|from)\s+(?P<list>[^()“”\"]{5,300}?)\s*\(\s*"
    r"(?:together|collectively)[^()“”\"]{0,40}?,?\s+(?:the\s+)?"
    r"[\"“](?P<alias>[A-Z][\w ]{1,40})[\"”]\s*\)"
)


def _define_groups(text: str, parties: Parties) -> None:
    """Register each term a parenthetical defines for several named parties at once."""
    for m in _GROUP.finditer(text):
        names = company_list(re.split(r"\b(?:with|between|among)\s+", m["list"])[-1])
        keys = [_party_key(name, parties, m[0]) for name in names]
        # Every name a party ("and the lenders (together, ...)" is no list of parties).
        if len(keys) >= 2 and all(keys):
            parties.groups[m["alias"]] = tuple(k for k in keys if k)


def _define_aliases(text: str, parties: Parties) -> None:
    """Register each party a parenthetical defines ("Nordic Power AS (Power)")."""
    _define_groups(text, parties)
    for name, alias, source in [*described_aliases(text), *alias_definitions(text)]:
        if INSTRUMENT.search(alias) or INSTRUMENT.search(name):
            continue  # 'Second Supplemental Indenture (the "Supplemental Indenture")': no party
        first, _, rest = name.partition(" and ")
        if rest and first.lower() in GENERIC_TERMS:
            name = rest  # "between the Company and Roe Freight, LLC ("Roe")"
        key = None
        if alias.lower() in ("company", "registrant") and parties.subject_key:
            key = parties.subject_key  # the form's own defined term for the filer
            parties.alias(key, name)
        key = key or _party_key(name, parties, source)
        if key and keep_alias(parties.ref(key).name, alias):
            parties.alias(key, alias)


def _party_key(name: str, parties: Parties, source: str) -> str | None:
    """A name a term is defined for: a known party, else a person, else a company by its
    legal form (else none: "the lenders")."""
    key = parties.find(name)
    if key is None and generic_name(name):
        return None  # "into the Company (the "Merger")", "Merger Sub": defined terms, no names
    if key is None and (person := person_from_text(name)):
        key = parties.add(person, source)
    elif key is None and re.search(rf"\b{CORP_SUFFIX}\.?$", name):
        key = parties.add(company_ref(name), source)
    return key


def _positions(
    text: str,
    people: list[Named],
    parties: Parties,
    report_date: date | None,
    events: bool,
    undated: Undated,
) -> list[Position]:
    """A person appointed (start date), leaving (end date) or titled (as of). Appointments
    and departures are Item 5.02's (``events``); elsewhere only a title held now is read
    ("Mr. Roe has served as a director of the Company since 1994", in an Item 1.01).
    An undated move's old title goes to ``undated``, with its sentence, as do undated starts
    (a sentence after them may date them)."""
    out = dated_later(text, people, parties, report_date, undated) if events else []
    story = next((p.story for p in people if p.story), None)
    for stated in read_sentence(text, people, report_date) if parties.subject_key else []:
        if stated.change is not None and not events:
            continue
        stated = redated(stated, text, undated, report_date, story)
        if stated.until:
            undated.moves.append((stated, text))
            continue
        if undated_change(stated):
            undated.starts.append((stated, text))
            continue  # "joined the Company in 2020 as Controller": history, not this event
        if stated.day is None:
            stated = replace(stated, change=None)  # "current CEO, will retire": holds it now
        title, key = resolve_org(stated, parties, parties.subject_key)
        if key is not None:
            holder, org = parties.ref(stated.key), parties.ref(key)
            as_of = report_date if stated.change is None else None
            out.append(position(replace(stated, title=title), holder, org, text, as_of))
    return out
