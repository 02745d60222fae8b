"""Agreements filed as documents of their own (8-K exhibits 10.x, 1.1 underwriting agreements).

An agreement opens with a title line ("CONSULTING AGREEMENT") and a preamble naming the
parties and the date: "This Agreement is made and entered into as of <date>, by and between
A, a Delaware corporation (the "Company"), and B (the "Executive")". A letter agreement (an
underwriting agreement) prints its date under the title and its counterparties above "Ladies
and Gentlemen:"; an award agreement is "hereby granted" by the company. Read here: the type,
parties, jurisdictions, date, exhibit number, recitals and "By: /s/" signature blocks.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date

from kg.errors import MalformedDocumentError
from kg.extract import nlp
from kg.extract.agreement_amends import amended
from kg.extract.agreement_blocks import (
    ENTITY_TYPE,
    JURIS,
    agreement_with,
    block_parties,
    day_first_date,
    described_as,
)
from kg.extract.agreement_signatures import columns, described_signers, signatures
from kg.extract.agreement_title import SMALL_WORDS, Line, agreement_type, find_title, text_lines
from kg.extract.common import company_ref, evidence, fold
from kg.extract.form8k_cover import jurisdiction_name
from kg.extract.nlp import CORP_SUFFIX, DATE_RE, find_dates, first_date, person_from_text
from kg.extract.parties import Parties
from kg.extract.sentences import clean_text, sentences_of
from kg.ingest import RawDocument
from kg.model import (
    Agreement,
    DocumentInfo,
    EntityFacts,
    EntityRef,
    Extraction,
    Fact,
    Signature,
)

KIND = "agreement"

_HEAD = 3000  # the title and the preamble sit on the first page
_PREAMBLE = re.compile(
    r"\b(?:is\s+(?:hereby\s+)?(?:made\s+and\s+)?entered\s+into|made\s+(?:and\s+entered\s+into\s+)?"
    r"(?:as\s+of|on|this)|by\s+and\s+(?:between|among)|dated\s+as\s+of|effective\s+as\s+of"
    r"|is\s+hereby\s+granted|Ladies\s+and\s+Gentlemen)\b",
    re.IGNORECASE,
)
# Other kinds whose first page can name an agreement: the 8-K cover, Forms 3/4/5 and D
# (their headings), and a wire release (its dateline: "CITY, State, <date> /Wire/ --").
_NOT_AGREEMENT = re.compile(
    r"CURRENT\s*REPORT|Date\s*of\s*Report|ownershipDocument|edgarSubmission"
    r"|Notice\s+of\s+Exempt\s+Offering|STATEMENT\s+OF\s+(?:CHANGES\s+IN\s+)?BENEFICIAL\s+OWNERSHIP"
    r"|BUSINESS\s+WIRE|PR\s*Newswire|GLOBE\s*NEWSWIRE|ACCESSWIRE|Marketwired?\b"
    r"|today\s+announced|announced\s+today|for\s+immediate\s+release"
    rf"|^[A-Z][\w .,'’-]{{2,60}}(?:{DATE_RE.pattern})\s*(?:[(/][^)/\n]{{2,30}}[)/]\s*)?(?:--|–|—)"
    r"|(?-i:\bFORM\s+(?:[345]|D)\b)",  # capitals: the form's own heading
    re.IGNORECASE | re.MULTILINE,
)
_SALUTATION = re.compile(r"^(?:Ladies\s+and\s+Gentlemen|Dear\s+[^:]{2,40})\s*[:,]$")
_EXHIBIT = re.compile(r"^\s*(?:Exhibit|EX-)\s*(?:No\.\s*)?(\d{1,3}(?:\.\d{1,3})?)\b", re.I | re.M)
_DATE_CUE = re.compile(r"(?i)\b(?:as\s+of|dated|made|into|effective|on)(?:\s+(?:this|the))?\s*$")

# Party phrases in the preamble: "between A, a Delaware corporation (the "Company"), and B".
_BETWEEN = re.compile(r"\b(?:by\s+and\s+)?(?:between|among)\s+", re.IGNORECASE)
_DEFINITION = re.compile(r"\((?:[^()“”\"]*?)[“\"](?P<alias>[^”\"]{1,40})[”\"][^()]*\)")
_SPLIT = re.compile(r"(?<=\))\s*[,;]?\s*(?:and\s+)?(?=[A-Z])|[,;]?\s+and\s+(?=[A-Z])|;\s*")
_DESCRIPTOR = re.compile(
    r"\s*\(|,\s*(?=[a-z])|\s+(?=(?:as|who|which|whose|having|with|residing|located|dated|effective)\b)"
)
_NOT_PARTY = re.compile(
    r"(?i)\b(?:hereto|from\s+time\s+to\s+time|signator(?:y|ies)|named\s+in)\b"
    # The rest of a role list: "B, as Administrative Agent, Swing Line Lender and L/C Issuer".
    r"|(?-i:\b(?:Agent|Lender|Issuer|Arranger|Bookrunner|Borrower|Guarantor|Trustee)s?)$"
)
# "Acme Widgets Inc., a California corporation (the "Company"), proposes ..." outside a party list.
_DESCRIBED = re.compile(
    rf"(?P<name>(?:[A-Z0-9][\w&'’.\-]*,?\s+){{0,8}}?[A-Z0-9][\w&'’.\-]*),\s+(?P<desc>an?\s+"
    rf"{JURIS}\s+{ENTITY_TYPE}\b[^()]{{0,80}}?(?:\([^()]*\))?)"
)
_NAME_WORD = re.compile(rf"[A-Z]|&$|(?:{'|'.join(sorted(SMALL_WORDS))})$|(?i:{CORP_SUFFIX}\.?$)")
# "JOINDER BY ESCROW AGENT", "CONSENT OF ESCROW AGENT": a page signed by one who joins the
# agreement for a limited purpose (to hold a deposit); its signer is no party.
_JOINDER = re.compile(r"^(?:JOINDER\b|(?:CONSENT|ACKNOWLEDGE?MENT|RECEIPT)\s+(?:OF|BY)\s+ESCROW)")
_SUBJECT_TERMS = frozenset({"company", "registrant", "issuer", "corporation", "borrower"})

# Signature blocks: "ACME CORP.  By: /s/ Jane Doe  Name: Jane Doe  Title: Chief Financial Officer".


# --- detection and the title ------------------------------------------------------------


def detect(doc: RawDocument) -> bool:
    """A title line naming an agreement, then a preamble phrase, on the first page."""
    head = doc.plain_text[:_HEAD]
    if _NOT_AGREEMENT.search(head):
        return False
    title = find_title(text_lines(head))
    return title is not None and bool(_PREAMBLE.search(head, title[-1].end))


# --- extraction ------------------------------------------------------------------------------


@dataclass
class _Read:
    """The parties as they are found: keys in preamble order, the term each one defines."""

    text: str
    parties: Parties
    keys: list[str]
    defined: dict[str, str]
    facts: list[Fact]

    def add(self, ref: EntityRef, alias: str | None, source: str) -> str:
        key = self.parties.add(ref, source)
        if key not in self.keys:
            self.keys.append(key)
        if alias:
            self.defined.setdefault(key, alias)
            if nlp.keep_alias(ref.name, alias):
                self.parties.alias(key, alias)
        return key


def extract(doc: RawDocument) -> Extraction:
    # Side-by-side signature blocks are unzipped before the tabs between their cells fold away.
    text = clean_text(columns(doc.plain_text))
    if not text.strip():
        raise MalformedDocumentError(doc.name, "the agreement has no text")
    title_lines = find_title(text_lines(text[:_HEAD]))
    if title_lines is None:
        raise MalformedDocumentError(doc.name, "no agreement title line on the first page")
    title = " ".join(line.text for line in title_lines)
    after = title_lines[-1].end
    at, paragraph, sentence = _preamble(text, after)
    read = _Read(text, Parties(None), [], {}, [])
    _parties(sentence, read, text[at : at + 6000])
    _addressees(text[after:at], read)
    when = _date(sentence, text[after:at])
    exhibit = _EXHIBIT.search(text[: title_lines[0].start])
    kind = agreement_type(title)
    agreement = Agreement(
        agreement_type=kind,
        parties=tuple(read.parties.ref(k) for k in read.keys),
        evidence=evidence(sentence or title),
        date=when,
        exhibit=exhibit.group(1) if exhibit else None,
        description=_description(text, at + len(paragraph)) or evidence(paragraph, 600) or None,
        amends=amended(kind, text[after : after + 8000]),  # the preamble and the recitals
    )
    lines = [line.text for line in text_lines(text[at + len(paragraph) :])]
    cut = next((i for i, line in enumerate(lines) if _JOINDER.match(line)), len(lines))
    signed = signatures(lines[:cut], read.parties, when)
    joined = signatures(lines[cut:], read.parties, when)  # signs, and is no party
    read.facts.extend([_with_signatories(agreement, signed, read.parties), *signed, *joined])
    _signatory_facts(lines, read)
    facts = [read.parties.refresh(f) for f in read.facts]
    info = DocumentInfo(form_type="Agreement", date=when, title=title, subject=_subject(read))
    return Extraction(kind=KIND, document=info, facts=tuple(dict.fromkeys(facts)))


def _with_signatories(agreement: Agreement, signed: list[Fact], parties: Parties) -> Agreement:
    """A company that signs the agreement is a party to it, named in the preamble or not
    ("between the Company and each of the purchasers signatory hereto")."""
    keys = [parties.add(ref, "") for ref in agreement.parties]  # known: their keys
    for fact in signed:
        if isinstance(fact, Signature) and fact.on_behalf_of is not None:
            key = parties.add(fact.on_behalf_of, fact.evidence)
            keys.extend([key] if key not in keys else [])
    return replace(agreement, parties=tuple(parties.ref(k) for k in keys))


def _signatory_facts(lines: list[str], read: _Read) -> None:
    """The jurisdiction of a party the preamble does not describe, from its signature block
    ("ACME SURGICAL, LLC, / a Minnesota limited liability company / By: /s/ ...")."""
    for name, desc in described_signers(lines):
        key = read.parties.find(name)
        known = {read.parties.find(f.entity.name) for f in read.facts if isinstance(f, EntityFacts)}
        if key is not None and key not in known:
            _entity_facts(read, key, desc, f"{name} {desc}")


def _preamble(text: str, after: int) -> tuple[int, str, str]:
    """(offset, paragraph, sentence) of the preamble: the first paragraph after the title
    with a preamble phrase, or the one under the salutation of a letter agreement."""
    lines = _paragraphs(text[after : after + 40000])
    for i, line in enumerate(lines):
        if _SALUTATION.match(line.text) and i + 1 < len(lines):
            line = lines[i + 1]
            sentences = _sentences(line.text)
            # A letter's first sentence names its writer ("Acme, a Delaware corporation,
            # proposes to ..."); a later one may date another instrument ("... under an
            # indenture dated as of <date> between the Company and <trustee>").
            if _DESCRIBED.search(sentences[0]) or _PREAMBLE.search(sentences[0]):
                return after + line.start, text[after + line.start : after + line.end], sentences[0]
        elif not _PREAMBLE.search(line.text) or (
            len(line.text) < 60 and not _OPENING.match(line.text)
        ):
            continue
        sentences = _sentences(line.text)
        sentence = next((s for s in sentences if _PREAMBLE.search(s)), sentences[0])
        return after + line.start, text[after + line.start : after + line.end], sentence
    return after, "", ""


# "THIS AGREEMENT is dated as of the 1st day of March, 2011.": a short preamble, no heading.
_OPENING = re.compile(r"(?i)^this\s+(?:[\w-]+\s+){0,6}?(?:agreement|lease|indenture|contract)\b")
# A line that ends a paragraph: a full stop (not "Inc."'s), a colon or a semicolon.
_PARAGRAPH_END = re.compile(r"(?<!\bInc)(?<!\bCorp)(?<!\bCo)(?<!\bLtd)(?<!\bN\.A)(?<!\bL\.P)[.:;]$")


def _paragraphs(text: str) -> list[Line]:
    """Lines, with the lines a plain-text print wrapped a paragraph over joined into one:
    a line runs on to the next when no blank line and no end of sentence comes between."""
    out: list[Line] = []
    for line in text_lines(text):
        last = out[-1] if out else None
        if (
            last is not None
            and "\n\n" not in text[last.end : line.start].replace(" ", "")
            and not _PARAGRAPH_END.search(last.text)
            and len(last.text) >= 60  # a short line is a heading or a name, not wrapped prose
        ):
            out[-1] = Line(last.start, line.end, f"{last.text} {line.text}")
        else:
            out.append(line)
    return out


def _sentences(text: str) -> list[str]:
    """Sentences, rejoined after "No." in any case ("AMENDMENT NO. 2 TO ...")."""
    kept = re.sub(r"(?i)(?<=\bno\.)\s+(?=\d)", "\u2060", text)  # a word joiner is no space
    # "ROE KASEI CO., LTD., a Japanese corporation": a stop with a comma after it ends
    # no sentence in a preamble (a release may run sentences together so; a preamble not).
    kept = re.sub(r"(?<=\.,)\s+", "\u2060", kept)
    return [sentence.replace("\u2060", " ") for sentence in sentences_of(kept)]


def _parties(sentence: str, read: _Read, below: str = "") -> None:
    """Each party of the "between ..." list, else of a "BETWEEN:" block ``below`` the
    preamble sentence, else each "X, a Delaware corporation" (and the addressees a letter
    names as those it agrees "with")."""
    between = _BETWEEN.search(sentence)
    chunks = _SPLIT.split(sentence[between.end() :]) if between else []
    for chunk in chunks:
        _party_entry(chunk, read)
    if not read.keys:
        for entry in block_parties(below):  # one paragraph each: "and" inside is no split
            _party_entry(entry, read)
    if not read.keys:
        for m in _DESCRIBED.finditer(sentence):
            definition = _DEFINITION.search(m.group("desc"))
            ref = _company(m.group("name").strip(" ,"), read.text)
            key = read.add(ref, fold(definition.group("alias")) if definition else None, m[0])
            _entity_facts(read, key, m.group("desc"), m.group(0))
    if not between:  # a letter: "... confirms its agreement with A, B and C (each, an "Agent")"
        for name in agreement_with(sentence):
            _party_entry(name, read)


def _party_entry(chunk: str, read: _Read) -> None:
    """One party of a list: "ACME, INC., a Delaware corporation (the "Company")"."""
    definition = _DEFINITION.search(chunk)
    body = chunk[: definition.start()] if definition else chunk
    cut = _DESCRIPTOR.search(body)
    name = re.sub(r"^(?:and|or)\s+", "", body[: cut.start()] if cut else body).strip(" ,;")
    name = name if re.search(rf"\b(?i:{CORP_SUFFIX}|[A-Z])\.$", name) else name.rstrip(".")
    desc = body[cut.start() :] if cut else ""
    ref = _party_ref(name, desc, read.text)
    if ref is not None:
        alias = fold(definition.group("alias")) if definition else None
        source = chunk[: definition.end()] if definition else chunk
        _entity_facts(read, read.add(ref, alias, fold(source)), desc, source)


def _party_ref(name: str, desc: str, text: str) -> EntityRef | None:
    """A person or a company from a party's name and the words that describe it."""
    words = name.split(" ")
    if not name or not name[0].isupper() or len(words) > 12 or _NOT_PARTY.search(name):
        return None
    if re.search(r"(?i)\bindividual\b|\bresident\b", desc):
        return person_from_text(name)
    company = re.search(rf"\b{CORP_SUFFIX}\.?$", name) or re.search(ENTITY_TYPE, desc)
    if not company and (person := person_from_text(name)):
        return person
    if company or (len(words) > 1 and all(_NAME_WORD.match(w) for w in words)):
        return _company(name, text)
    return None


def _company(name: str, text: str) -> EntityRef:
    """A company as the text spells it in mixed case; the all-caps spelling as an alias."""
    if re.search(r"\b(?i:inc|corp|co|ltd)$", name) and re.search(rf"{re.escape(name)}\.", text):
        name += "."  # "ACME, INC., a Delaware corporation": the period is the name's
    if name.isupper():
        pattern = re.compile(re.escape(name).replace(r"\ ", r"\s+"), re.IGNORECASE)
        mixed = next((m.group(0) for m in pattern.finditer(text) if not m.group(0).isupper()), None)
        if mixed:
            return company_ref(fold(mixed), aliases=(name,))
    return company_ref(name)


def _entity_facts(read: _Read, key: str, desc: str, source: str) -> None:
    """EntityFacts for "a Delaware corporation", "a corporation organized under the laws of"."""
    ref = read.parties.ref(key)
    m = described_as(desc)
    if ref.kind != "company" or m is None:
        return
    kind = " ".join(w.capitalize() for w in fold(m.group("type")).split(" "))
    juris = jurisdiction_name(m.group("juris"))
    read.facts.append(EntityFacts(ref, evidence(source), jurisdiction=juris, entity_type=kind))


def _addressees(block: str, read: _Read) -> None:
    """The counterparties a letter agreement is addressed to (the lines under its date)."""
    lines = [line.text for line in text_lines(block)]
    if not lines or not _SALUTATION.match(lines.pop()):
        return
    while lines and first_date(lines[0]) and len(lines[0]) < 40:
        lines.pop(0)
    for line in lines:
        words = line.split(" ")
        if re.search(r"\d|^c/o\b", line) or not all(_NAME_WORD.match(w) for w in words):
            break
        ref = person_from_text(line) or (_party_ref(line, "", read.text) if " " in line else None)
        if ref is None:
            break
        read.add(ref, None, line)


def _date(sentence: str, block: str) -> date | None:
    """The preamble's date after "dated as of", "made as of", "effective as of"...; else a
    date printed on a line of its own between the title and the preamble (a letter)."""
    for offset, value in find_dates(sentence):
        if _DATE_CUE.search(sentence[max(0, offset - 40) : offset]):
            return value
    if _PREAMBLE.search(sentence) and (day_first := day_first_date(sentence)):
        return day_first  # "made on 3 October 2005"
    lines = [line.text.strip(" ,.") for line in text_lines(block)]
    return next((first_date(line) for line in lines if DATE_RE.fullmatch(line)), None)


def _subject(read: _Read) -> EntityRef | None:
    """The party defined as "the Company" (or alike), else the first company party."""
    companies = [k for k in read.keys if read.parties.ref(k).kind == "company"]
    named = [k for k in companies if read.defined.get(k, "").lower() in _SUBJECT_TERMS]
    return read.parties.ref((named or companies)[0]) if companies else None


def _description(text: str, start: int) -> str:
    """The recitals: from the first WHEREAS to "NOW, THEREFORE", cut to a readable length."""
    first = re.search(r"\bWHEREAS\b", text[start : start + 6000])
    if first is None:
        return ""
    recitals = text[start + first.start() : start + 6000]
    return evidence(re.split(r"(?i)NOW,?\s+THEREFORE", recitals)[0], 600)
