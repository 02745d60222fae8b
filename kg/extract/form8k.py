"""Form 8-K current reports (PDF-to-text dumps, EDGAR text and HTML rendered to text).

Reads the cover page (registrant, jurisdiction, Commission file number, IRS
number, address, phone, date of report), the "Item N.NN" headings, the
agreements of Item 1.01, stakes stated in prose, Item 5.02 appointments and
departures, and the signature block. Press releases filed as exhibit 99 in the
same text are cut off: the submission splitter routes them to ``press``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from datetime import date
from decimal import Decimal
from typing import TYPE_CHECKING

from kg.errors import MalformedDocumentError
from kg.extract.common import company_ref, evidence, fold
from kg.extract.form8k_cover import Cover, read_cover, read_signatures, signature_company
from kg.extract.nlp import (
    CORP_SUFFIX,
    DATE_RE,
    TITLE_RE,
    alias_definitions,
    analyse,
    clean_text,
    find_dates,
    first_date,
    keep_alias,
    person_from_text,
    roles_for_title,
    sentences_of,
)
from kg.extract.parties import Parties
from kg.ingest import RawDocument
from kg.model import (
    Agreement,
    DocumentInfo,
    EntityFacts,
    EntityRef,
    Extraction,
    Fact,
    Position,
    Shareholding,
)

if TYPE_CHECKING:
    from spacy.tokens import Doc

KIND = "form8k"

_FORM = re.compile(r"FORM\s*(8-K(?:/A)?)\b", re.IGNORECASE)
_CURRENT = re.compile(r"CURRENT\s*REPORT|Date\s*of\s*Report", re.IGNORECASE)


def detect(doc: RawDocument) -> bool:
    """An 8-K names its form and "Current Report" (or "Date of Report") on the cover."""
    head = doc.plain_text[:12000]
    return bool(_FORM.search(head)) and bool(_CURRENT.search(head))


def extract(doc: RawDocument) -> Extraction:
    text = clean_text(doc.plain_text)
    form = _FORM.search(text[:12000])
    if not form:
        raise MalformedDocumentError(doc.name, "no 'FORM 8-K' heading on the cover page")
    text = cut_exhibits(text)
    cover = read_cover(text)
    sections = split_items(text)
    if not cover.name and not sections.items and "/s/" not in text:
        raise MalformedDocumentError(doc.name, "no registrant name, Item heading or signature")
    cover.name = cover.name or signature_company(sections.signatures)
    registrant = _registrant(cover, text)
    sign_date = None
    facts: list[Fact] = []
    if cover_facts := _cover_facts(registrant, cover):
        facts.append(cover_facts)
    parties = Parties(registrant)
    facts.extend(prose_facts(sections, parties, cover.report_date))
    signed, sign_date = read_signatures(sections.signatures, registrant, cover.report_date)
    facts.extend(signed)
    facts.extend(parties.mentions())
    info = DocumentInfo(
        form_type=form.group(1).upper(),
        date=sign_date or cover.report_date,
        period_of_report=cover.report_date,
        items=tuple(sections.items),
        subject=parties.subject,
    )
    return Extraction(kind=KIND, document=info, facts=tuple(_refresh(facts, parties)))


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
    if not any(values):
        return None
    return EntityFacts(
        entity=registrant,
        evidence=evidence(" ".join(cover.evidence)),
        jurisdiction=cover.jurisdiction,
        file_number=cover.file_number,
        irs_number=cover.irs_number,
        phone=cover.phone,
        addresses=(cover.address,) if cover.address else (),
    )


def _refresh(facts: list[Fact], parties: Parties) -> list[Fact]:
    """Facts with every entity ref replaced by its final form (all aliases seen)."""
    return [parties.refresh(fact) for fact in facts]


# --- items, exhibits, signatures ---------------------------------------------------------

_ITEM = re.compile(r"^[ \t]*Item\s*(\d{1,2}\.\d{2}|\d{1,2}(?=\.))\b\.?[ \t]*(.*)$", re.I | re.M)
_SIGNATURES = re.compile(r"^[ \t]*SIGNATURES?[ \t]*$", re.IGNORECASE | re.MULTILINE)
_EXHIBIT_HEAD = re.compile(r"^[ \t]*EXHIBIT\s+\d+(?:\.\d+)?[ \t]*$", re.IGNORECASE | re.MULTILINE)
_EXHIBIT_INDEX = re.compile(r"^[ \t]*(?:EXHIBIT\s+INDEX|INDEX\s+TO\s+EXHIBITS)", re.I | re.M)
_EXHIBIT_LINE = re.compile(r"^(?:Exhibit\s+)?(\d{1,3}\.\d{1,2}|99|104)\b[\s:.–-]*(.*)$", re.I)


@dataclass
class Sections:
    items: list[str] = field(default_factory=list)
    bodies: dict[str, str] = field(default_factory=dict)
    signatures: str = ""


def cut_exhibits(text: str) -> str:
    """The report without exhibits printed after its signature (EX-99 goes to ``press``)."""
    signed = text.find("/s/")
    head = _EXHIBIT_HEAD.search(text, signed) if signed >= 0 else None
    return text[: head.start()] if head else text


def split_items(text: str) -> Sections:
    """Item numbers in order and each item's body (the longest, over a table of contents)."""
    sections = Sections()
    sig_starts = [m.start() for m in _SIGNATURES.finditer(text)]
    heads = list(_ITEM.finditer(text))
    for i, head in enumerate(heads):
        number = head.group(1)
        if number not in sections.items:
            sections.items.append(number)
        end = heads[i + 1].start() if i + 1 < len(heads) else len(text)
        end = min([end, *(s for s in sig_starts if s > head.start())])
        body = text[head.end() : end].strip()
        if len(body) > len(sections.bodies.get(number, "")):
            sections.bodies[number] = body
    signed = [s for s in sig_starts if "/s/" in text[s : s + 1500]] or sig_starts
    if signed:
        block = text[signed[-1] :]
        index = _EXHIBIT_INDEX.search(block)
        sections.signatures = block[: index.start()] if index else block
    return sections


def exhibits(body: str) -> dict[str, str]:
    """Exhibit number -> description, from the Item 9.01 list."""
    lines = [fold(line) for line in body.split("\n") if fold(line)]
    out: dict[str, str] = {}
    for i, line in enumerate(lines):
        m = _EXHIBIT_LINE.match(line)
        if m and not first_date(line[:12]):
            desc = m.group(2) or (lines[i + 1] if i + 1 < len(lines) else "")
            out.setdefault(m.group(1), desc)
    return out


# --- prose: agreements, stakes, appointments ---------------------------------------------

_ENTERED = re.compile(r"\b(?:entered\s+into|executed|signed|amended\s+and\s+restated)\b", re.I)
_AGREEMENT = re.compile(
    r"(?:[A-Z][\w&'’-]*\s+(?:(?:to|of|and|for|on)\s+)?)*[A-Z][\w&'’-]*\s+Agreement\b"
    r"|\b[a-z]+\s+agreement\b"
)
_LEADING = re.compile(r"^(?:(?:The|This|That|Such|Each|Any|An?|In|On|Under|Our|Its|New)\s+)+")
_STAKE = re.compile(
    r"(?P<pct>\d{1,3}(?:\.\d+)?)\s*(?:%|percent)\s+(?:(?:beneficial\s+)?(?:share|stock)holder"
    r"|(?:beneficial\s+)?owner|(?:equity\s+)?(?:stake|interest|ownership)|of\s+(?:the\s+|its\s+)?"
    r"(?:issued\s+and\s+)?outstanding|of\s+(?:the\s+)?(?:Company|Registrant)['’]?s?\s+"
    r"(?:issued|outstanding|common|voting))",
    re.IGNORECASE,
)
_HOLDING_VERB = re.compile(
    r"\b(?:own|owns|owned|hold|holds|held|beneficially|shareholder|"
    r"stockholder|owner|stake)\b",
    re.I,
)
_START = re.compile(
    r"\b(?:appoint\w*|elect(?:ed|ion)|named|promot\w+|hired|join\w*|became|"
    r"succeed\w*|transition\w*)\b",
    re.I,
)
_END = re.compile(
    r"\b(?:resign\w*|retire\w*|step(?:ped|s)?\s+down|depart\w*|terminat\w+|"
    r"ceased?|not\s+stand\s+for\s+re-?election)\b",
    re.I,
)
_DATED = re.compile(r"\bdated(?:\s+as\s+of)?\s+(" + DATE_RE.pattern + ")", re.I)
_EFFECTIVE = re.compile(r"\beffective(?:\s+as\s+of)?\s+(" + DATE_RE.pattern + ")", re.I)


def prose_facts(sections: Sections, parties: Parties, report_date: date | None) -> list[Fact]:
    """Agreements, stakes and Item 5.02 positions read from the item bodies."""
    numbers = [n for n in sections.items if n != "9.01" and sections.bodies.get(n)]
    described = {n: evidence(sections.bodies[n], 1000) for n in numbers}
    bodies = [fold(sections.bodies[n]) for n in numbers]
    for body in bodies:
        _define_aliases(body, parties)
    listed = exhibits(sections.bodies.get("9.01", ""))
    facts: list[Fact] = []
    seen: set[str] = set()
    sentences = [(n, s) for n, b in zip(numbers, bodies, strict=True) for s in sentences_of(b)]
    for (number, text), sent in zip(sentences, analyse([s for _, s in sentences]), strict=True):
        people = _people(sent, parties)
        if agreement := _agreement(number, text, sent, people, parties, listed, seen):
            agreement = replace(agreement, description=described[number])
            facts.append(agreement)
        facts.extend(_stakes(text, parties, report_date))
        if number == "5.02" and not re.search(r"(?i)press release", text):
            facts.extend(_positions(text, people, parties))
    return list(dict.fromkeys(facts))


def _define_aliases(text: str, parties: Parties) -> None:
    """Register each party a parenthetical defines ("Nordic Power AS (Power)")."""
    for name, alias, source in alias_definitions(text):
        key = parties.find(name)
        if alias.lower() in ("company", "registrant") and parties.subject_key:
            key = parties.subject_key  # the form's own defined term for the filer
            parties.alias(key, name)
        if key is None and (person := person_from_text(name)):
            key = parties.add(person, source)
        elif key is None and re.search(rf"\b{CORP_SUFFIX}\.?$", name):
            key = parties.add(company_ref(name), source)
        if key and keep_alias(parties.ref(key).name, alias):
            parties.alias(key, alias)


def _people(sent: Doc, parties: Parties) -> list[tuple[int, str]]:
    """(offset in the folded sentence, key) for each person the sentence names."""
    text = fold(sent.text)
    found: list[tuple[int, str]] = []
    for ent in sent.ents:
        if ent.label_ == "PERSON" and (person := person_from_text(ent.text)):
            found.append((text.find(fold(ent.text)), parties.add(person, text)))
    for m in re.finditer(r"\b(?:Mr|Mrs|Ms|Dr)\.\s+([A-Z][a-z]+)", text):
        key = parties.by_family_name(m.group(1))
        if key and all(k != key for _, k in found):
            found.append((m.start(), key))
    return sorted(found)


def _parties_named(
    text: str, sent: Doc, people: list[tuple[int, str]], parties: Parties
) -> set[str]:
    """Keys of the registrant and every company or person the sentence names."""
    found = {k for k in (parties.subject_key,) if k}
    found.update(key for _, key in people)
    for ent in sent.ents:
        if ent.label_ in ("ORG", "PERSON"):
            key = parties.find(fold(ent.text))
            if key is None and ent.label_ == "PERSON" and (p := person_from_text(ent.text)):
                key = parties.add(p, text)
            if key:
                found.add(key)
    for surface, key in parties.surfaces():
        if re.search(rf"(?<!\w){re.escape(surface)}(?!\w)", text):
            found.add(key)
    return found


def _agreement(
    number: str,
    text: str,
    sent: Doc,
    people: list[tuple[int, str]],
    parties: Parties,
    listed: dict[str, str],
    seen: set[str],
) -> Agreement | None:
    """An Agreement for a sentence that enters into one (Item 1.01 and alike)."""
    names = [_LEADING.sub("", fold(m.group(0))) for m in _AGREEMENT.finditer(text)]
    names = [re.sub(r"^\S+['’]s\s+", "", n) for n in names]
    names = [n for n in names if " " in n]
    # Item 1.01 may name its agreement without a verb; elsewhere it must be entered into.
    if not names or (not _ENTERED.search(text) and (number != "1.01" or seen)):
        return None
    kind = names[0]
    if kind[0].islower():  # "a consulting agreement": name it as the form's heading would
        kind = " ".join(w[:1].upper() + w[1:] for w in kind.split(" "))
    if kind in seen or not parties.subject_key:
        return None
    seen.add(kind)
    exhibit = next((n for n, d in listed.items() if kind.lower() in d.lower()), None)
    found = _parties_named(text, sent, people, parties)
    ordered = [parties.subject_key, *sorted(found - {parties.subject_key})]
    dated = _DATED.search(text) or _EFFECTIVE.search(text)
    return Agreement(
        agreement_type=kind,
        parties=tuple(parties.ref(k) for k in ordered),
        evidence=evidence(text),
        date=first_date(dated.group(1)) if dated else first_date(text),
        exhibit=exhibit,
        description=evidence(text, 1000),
    )


def _mentions_in(text: str, parties: Parties) -> list[tuple[int, int, str]]:
    spans: list[tuple[int, int, str]] = []
    for surface, key in parties.surfaces():
        for m in re.finditer(rf"(?<!\w){re.escape(surface)}(?!\w)", text):
            if not any(s <= m.start() < e for s, e, _ in spans):
                spans.append((m.start(), m.end(), key))
    return sorted(spans)


def _stakes(text: str, parties: Parties, as_of: date | None) -> list[Shareholding]:
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


def _positions(text: str, people: list[tuple[int, str]], parties: Parties) -> list[Position]:
    """Item 5.02: a person appointed (start date) or leaving (end date) with a title."""
    out = []
    for trigger in [*_START.finditer(text), *_END.finditer(text)]:
        if not people or parties.subject_key is None:
            break
        at, key = min(people, key=lambda p: abs(p[0] - trigger.start()))
        titles = [t for t in TITLE_RE.finditer(text) if t.start() > at]
        title = fold(titles[0].group(0)) if titles else None
        if title is None and re.search(r"(?i)\bboard\b", text[trigger.start() :]):
            title = "Director"
        when = _EFFECTIVE.search(text)
        dates = [d for off, d in find_dates(text) if off < trigger.start()]
        day = first_date(when.group(1)) if when else (dates[-1] if dates else first_date(text))
        if title is None or day is None:
            continue
        starting = _START.fullmatch(trigger.group(0)) is not None
        out.append(
            Position(
                holder=parties.ref(key),
                organization=parties.ref(parties.subject_key),
                roles=roles_for_title(title) or ("Officer",),
                evidence=evidence(text),
                title=title,
                start_date=day if starting else None,
                end_date=None if starting else day,
            )
        )
    return out
