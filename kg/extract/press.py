"""Press releases: wire-service releases and EX-99 exhibits, as plain text.

Reads the dateline ("CITY, State, May 12, 2010 (BUSINESS WIRE) --"), the
headline, the company the release is about (the first name followed by an
exchange and ticker, "(NASDAQ: X)"), people quoted with their titles, the
contacts block at the end, and other companies named.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date
from typing import TYPE_CHECKING

from kg.errors import MalformedDocumentError
from kg.extract.common import company_ref, evidence, fold
from kg.extract.nlp import (
    COMPANY_RE,
    CORP_SUFFIX,
    DEPARTMENT,
    PERSON_NAME,
    TITLE_RE,
    analyse,
    first_date,
    person_from_text,
    roles_for_title,
)
from kg.extract.parties import Parties, one_position_each
from kg.extract.press_contacts import prose_contacts, read_contacts, signed_off
from kg.extract.press_dateline import dateline_of, published_on, publisher_of
from kg.extract.press_mentions import TICKER, other_companies, unglue
from kg.extract.prose_people import REGISTRANT_WORDS
from kg.extract.prose_release import NAME_LINE, stated_positions
from kg.extract.prose_titles import title_at
from kg.extract.prose_verbs import END, START
from kg.extract.sentences import clean_text, sentences_of
from kg.ingest import RawDocument
from kg.model import DocumentInfo, EntityFacts, EntityRef, Extraction, Fact, Mention, Position

if TYPE_CHECKING:
    from spacy.tokens import Doc

KIND = "press"

_SEC_FORM = re.compile(
    r"FORM\s*8-K|CURRENT\s*REPORT|ownershipDocument|edgarSubmission|FORM\s*D\b|"
    r"Notice\s+of\s+Exempt\s+Offering|Table\s+I\b|FORM\s*4\b",
    re.IGNORECASE,
)
_ANNOUNCED = re.compile(
    # "today announced", "announces today", "today reports": past or present tense
    r"\b(?:today\s+(?:announce[sd]|report(?:s|ed))|(?:announce[sd]|reports)\s+today"
    r"|for\s+immediate\s+release)\b",
    re.I,
)
_HEADLINE = re.compile(r"^HEADLINE:\s*(.+)$", re.MULTILINE)
_BOILER = re.compile(
    r"^(?:exhibit\b|news\b|press\s+release|for\s+immediate\s+release|contacts?\b|media\b|investor)"
    r"|contact$|@|www\.|https?:|\d{3}[\s.-]\d{4}|^\d+\s|\b[A-Z]{2}\s+\d{5}\b|^[A-Z]+:",
    re.IGNORECASE,
)
_URL = re.compile(r"\b(?:https?://)?(www\.[\w-]+(?:\.[\w-]+)+)", re.IGNORECASE)
_NAME_FIRST = re.compile(
    # "Jane Roe, Ph.D.,"
    rf"(?P<name>{PERSON_NAME})(?P<sep>,?)\s+(?:(?:Ph\.\s?D|M\.\s?D|Jr|Sr)\.,?\s+)?"
    rf"(?:(?:the|a|an)\s+)?(?P<pre>(?:[A-Z0-9][\w&'’.-]*\s+){{0,3}}?)"
    rf"(?P<title>(?i:{TITLE_RE.pattern}))(?P<org>\s+(?:of|at)\s+[^,;\"“”]{{2,80}})?"
)
_TITLE_FIRST = re.compile(  # "Acme CEO Jane Doe", "Acme's CFO, Jane Doe"
    rf"(?P<pre>(?:[A-Z][\w&'’.-]*\s+){{0,3}}?)(?P<title>(?i:{TITLE_RE.pattern}))"
    rf"(?P<comma>,)?\s+(?P<name>{PERSON_NAME})"
)
# "Vice President of Communications": a function of the company, part of the title.
_DEPARTMENT = re.compile(rf"\s+(of\s+(?i:{DEPARTMENT}))\b")
# "nominated by President ...": a title after a preposition is someone else's office.
_OFFICE_OF_OTHERS = re.compile(r"\b(?:by|from|to|with|under|of)\s*$", re.IGNORECASE)
_TITLE_LINE = re.compile(
    rf"(?i:{TITLE_RE.pattern})(?:\s+(?:of|for)\s+[A-Z][\w&]*(?:\s+[A-Z&][\w&]*){{0,3}})?"
)
_LABEL_LINE = re.compile(r"^(?:HEADLINE|DATE|SOURCE_URL):")
_RUNS_ON = re.compile(r"(?i)\b(?:as|to|of|and|the|for|with|in|on|at|a|an|by|from|its|&)$|[,:;-]$")


def detect(doc: RawDocument) -> bool:
    """A wire dateline or "today announced" near the top, and no SEC form headings."""
    head = doc.plain_text[:5000]
    dateline = dateline_of(head)
    # A form's heading above the dateline makes it a filing; the body may name forms freely
    # ("will be included in a Current Report on Form 8-K").
    if _SEC_FORM.search(head[: dateline.start()] if dateline else head):
        return False
    return bool(dateline or _ANNOUNCED.search(head) or _HEADLINE.search(head))


def extract(doc: RawDocument) -> Extraction:
    text = clean_text(doc.plain_text)
    if not text.strip():
        images = doc.is_html and "<img" in doc.text.lower()
        reason = "the release has no text, only images" if images else "the release has no text"
        raise MalformedDocumentError(doc.name, reason)
    dateline = dateline_of(text[:6000])
    published = published_on(text, dateline)
    body = text[dateline.end() :] if dateline else text
    subject, ticker = _subject(text, body)
    parties = Parties(subject)
    facts: list[Fact] = []
    if ticker:
        facts.append(ticker)
    if subject is not None and (site := _website(text, subject)):
        facts.append(site)
    # the dateline's line is printed as wide as the lines under it: its rest may run on
    lead = dateline.end() - text.rfind("\n", 0, dateline.end()) - 1 if dateline else 0
    paragraphs = [p for p in _paragraphs(body, lead) if len(p) > 40]
    sentences = [s for p in paragraphs if not _LABEL_LINE.match(p) for s in sentences_of(p)]
    docs = analyse(sentences, [_needs_model(s) for s in sentences]) if sentences else []
    mentions = other_companies(sentences, docs, parties)
    quoted = _quoted_people(sentences, docs, parties, published)
    facts.extend(quoted)
    facts.extend(_not_contradicting(stated_positions(sentences, docs, parties, published), quoted))
    facts.extend(read_contacts(text, parties, published))
    facts.extend(signed_off(text, parties, published))
    facts.extend(prose_contacts(sentences, parties, published))
    facts.extend(mentions)
    wire = dateline.group("wire") if dateline else None
    info = DocumentInfo(
        form_type="PressRelease",
        date=published,
        subject=parties.subject,
        title=_headline(text, dateline),
        dateline=fold(dateline.group("place")).strip(" ,") if dateline else None,
        publisher=publisher_of(wire),
    )
    facts = [parties.refresh(f) for f in dict.fromkeys(facts)]
    return Extraction(kind=KIND, document=info, facts=tuple(one_position_each(facts)))


def _needs_model(sentence: str) -> bool:
    """The model runs only where a rule could use its entities: a title next to a name, a
    company form ("Inc.", "Corp."), a name with an appointment or departure verb, or with a
    title kept ("will continue to serve as")."""
    if _NAME_FIRST.search(sentence) or _TITLE_FIRST.search(sentence) or _CORP.search(sentence):
        return True
    changes = START.search(sentence) or END.search(sentence) or _STAYS.search(sentence)
    return bool(changes and re.search(PERSON_NAME, sentence))


# "who will continue to lead the company as CEO", "will remain on the board": a title kept.
_STAYS = re.compile(r"(?i)\b(?:continu|remain)\w*\s+(?:to|as|on|with)\b")


def _headline(text: str, dateline: re.Match[str] | None) -> str | None:
    """The "HEADLINE:" line, else the first substantial line above the dateline."""
    labelled = _HEADLINE.search(text[:2000])
    if labelled:
        return fold(labelled.group(1))
    top = text[: dateline.start()] if dateline else text[:1500]
    lines = [fold(x) for x in top.split("\n")]
    for i, line in enumerate(lines):
        words = line.split(" ")
        company = re.search(rf",?\s+{CORP_SUFFIX}\.?$", line)
        if _TITLE_LINE.fullmatch(line):
            continue  # a contact's title in a block printed above the headline
        # A short line ending on its verb ("Acme Names") opens a headline the next line ends.
        short = len(words) >= 2 and line != _with_object(line, lines[i + 1 : i + 4])
        if (
            (len(words) >= 4 or short)
            and not _BOILER.search(line)
            and not first_date(line)
            and not company
        ):
            # A printed headline wraps: a line ending "... to Join New Start-up as" goes on.
            while _RUNS_ON.search(line) and i + 1 < len(lines) and lines[i + 1]:
                i += 1
                line = f"{line} {lines[i]}"
            return _with_object(line, lines[i + 1 : i + 4])
    return None


# A headline's verb with no object after it: "Acme Names" / "New Chief Financial Officer",
# two centred lines of one headline (a print may put a blank line between them).
_VERB_LAST = re.compile(
    r"\b(?:Acquires|Appoints|Names|Announces|Completes|Signs|Elects|Promotes|Hires|Selects"
    r"|Welcomes|Adds|Agrees\s+to\s+Acquire|to\s+Acquire|Sells|Buys|Closes|Enters|Receives)$"
)


def _with_object(line: str, after: list[str]) -> str:
    """The headline with the line that holds its verb's object, when the line ends on it."""
    following = next((x for x in after if x), "")
    if not _VERB_LAST.search(line) or not following or _BOILER.search(following):
        return line
    return line if first_date(following) or dateline_of(following) else f"{line} {following}"


def _exchange(raw: str) -> str:
    key = fold(raw).upper()
    if key.startswith("NASDAQ"):
        return "NASDAQ"
    if key in {"NYSE AMERICAN", "NYSE MKT", "NYSE AMEX", "AMEX"}:
        return "NYSE American"
    return "OTC" if key.startswith("OTC") else key


def _subject(text: str, body: str) -> tuple[EntityRef | None, EntityFacts | None]:
    """The company named with its exchange and ticker first after the dateline (a headline
    may name a customer's ticker), else first anywhere; else the first after the dateline."""
    m = TICKER.search(body) or TICKER.search(text)
    if m:
        ref = company_ref(unglue(m.group("name")))
        facts = EntityFacts(
            entity=ref,
            evidence=evidence(m.group(0)),
            ticker=m.group("ticker"),
            exchange=_exchange(m.group("ex")),
        )
        return ref, facts
    # "Acme Widgets US, the U.S. subsidiary of Acme AG, today announced": the subsidiary
    lead = re.match(
        rf"\s*({COMPANY_RE.pattern})(?:,\s+(?:the|a|an)\s+[^,;]{{3,80}},)?"
        r"\s+(?:today|announced|said|reported)",
        body,
    )
    return (company_ref(fold(lead.group(1))), None) if lead else (None, None)


def _website(text: str, subject: EntityRef) -> EntityFacts | None:
    """The company's site: a www address whose domain holds a word of its name."""
    words = [w.lower() for w in re.findall(r"[A-Za-z0-9]{3,}", subject.name)]
    for m in _URL.finditer(text):
        domain = m.group(1).lower().rstrip(".")
        if any(w in domain.split(".", 1)[1] for w in words[:2]):
            line = next(x for x in text.split("\n") if m.group(0) in x)
            return EntityFacts(entity=subject, evidence=evidence(line), website=domain)
    return None


def _organization(raw: str | None, parties: Parties) -> EntityRef | None:
    """The company a title belongs to ("of Acme Solar" -> the subject, as an alias)."""
    if not raw or parties.subject_key is None:
        return parties.subject
    raw = re.split(r"\s+at\s+", raw)[-1]  # "Vice President of Sales at Acme": Acme
    name = COMPANY_RE.match(fold(re.sub(r"^\s*(?:of|at)\s+", "", raw)))
    if not name:
        return parties.subject
    surface = re.sub(r"['’]s$", "", name.group(0)).strip(" ,.")
    if REGISTRANT_WORDS.fullmatch(surface):  # "the Company's chief executive officer"
        return parties.subject
    key = parties.find(surface) or parties.extends_subject(surface)
    if key is not None:
        parties.alias(key, surface)
        return parties.ref(key)
    if re.search(rf"\b{CORP_SUFFIX}\.?$", surface) or len(surface.split()) <= 3:
        return parties.ref(parties.add(company_ref(surface), surface))
    return None


def _position(
    name: str, title: str, org: EntityRef | None, sentence: str, parties: Parties, when: date | None
) -> Position | Mention | None:
    person = person_from_text(name)
    roles = tuple(r for r in roles_for_title(title) if r in ("Officer", "Director"))
    if person is None or org is None:
        return None
    key = parties.add_person(person, sentence)
    if key is None:
        return None
    holder = parties.ref(key)
    if not roles:  # "Chairman Emeritus": named, with no seat to record
        return Mention(entity=holder, evidence=evidence(sentence))
    return Position(
        holder=holder,
        organization=org,
        roles=roles,
        evidence=evidence(sentence),
        title=fold(title),
        as_of=when,
    )


_PAST = re.compile(r"(?i)\b(?:former(?:ly)?|retired|past|late|ex)\b")


def _not_contradicting(stated: list[Position], quoted: list[Position | Mention]) -> list[Position]:
    """Positions read from a sentence's story, less those that put a title the attribution
    reader found in the same sentence at another company: "..., said Jane Roe, the Company's
    CFO" after a partner's name is the subject's CFO, and the attribution sees the
    possessive where the story falls back on the first company the sentence names."""
    seen = {
        (p.evidence, p.holder.name, fold(p.title or "").lower()): p.organization.name
        for p in quoted
        if isinstance(p, Position)
    }
    return [
        p
        for p in stated
        if seen.get((p.evidence, p.holder.name, fold(p.title or "").lower()), p.organization.name)
        == p.organization.name
    ]


# "said Jane Roe, Chief Executive Officer", "— Jane Roe, Ph.D., CEO": a quote's speaker.
_ATTRIBUTION = re.compile(r"(?:\b(?:said|says|stated|added|noted|commented)|[—–]|--)\s*$")
# "Jane Roe, Chairman, said:": the speaker before the verb, as British releases put it.
_SAYS_AFTER = re.compile(r"\s*,?\s*(?:said|says|stated|added|noted|commented)\b")


def _named_person(doc: Doc, name: str, direct: bool) -> bool:
    """Does the model agree ``name`` is a person? Or, with the title right after it, not deny it.

    The small model misses some names ("Jane Roe President and CEO of ...")
    (tagging it ORG) and calls products and places people. ``direct``: the name is
    followed by its title with no comma, "Name Title of Org", which only a person fits.
    """
    labels = {e.label_ for e in doc.ents if name in e.text or e.text in name}
    return "PERSON" in labels or (direct and labels <= {"ORG"})


def _quoted_people(
    sentences: list[str], docs: list[Doc], parties: Parties, when: date | None
) -> list[Position | Mention]:
    """ "Name Title of Org stated", "said Name, Title of Org", "Org Title Name"."""
    out: list[Position | Mention] = []
    for sentence, doc in zip(sentences, docs, strict=True):
        out.extend(_name_first(sentence, doc, parties, when))
        out.extend(_title_first(sentence, doc, parties, when))
    return out


def _name_first(
    sentence: str, doc: Doc, parties: Parties, when: date | None
) -> Iterator[Position | Mention]:
    """ "Name, Title of Org, said", "said Name, Title of Org"."""
    for m in _NAME_FIRST.finditer(sentence):
        direct = bool(m.group("org")) and not m.group("pre").strip() and not m.group("sep")
        direct = direct or bool(_ATTRIBUTION.search(sentence[: m.start()]))
        direct = direct or bool(_SAYS_AFTER.match(sentence, m.end()))
        named = person_from_text(m.group("name")) and _named_person(doc, m.group("name"), direct)
        if not named or _PAST.search(m.group("pre")):
            continue  # "Previously Senior Vice President of ...": no name, no org to add
        org_text = m.group("org") or (m.group("pre") if m.group("pre").strip() else None)
        title = m.group("title")
        if not m.group("org"):  # "Jane Roe, Vice President, Discovery Research, said"
            title = title_at(sentence, m.start("title"), m.end("title")).title
        if m.group("org") and (unit := _DEPARTMENT.match(m.group("org"))):
            title = f"{title} {unit.group(1)}"
            org_text = m.group("org")[unit.end() :] or None
        org = _organization(org_text, parties)
        if unit := re.match(r"\s+(of\s+.+?)\s+at\s+", m.group("org") or ""):
            title = f"{title} {unit.group(1)}"  # "Vice President of Sales at Acme"
        if p := _position(m.group("name"), title, org, sentence, parties, when):
            yield p


def _title_first(
    sentence: str, doc: Doc, parties: Parties, when: date | None
) -> Iterator[Position | Mention]:
    """ "Org Title Name", "said CEO Jane Roe"."""
    for m in _TITLE_FIRST.finditer(sentence):
        if _PAST.search(m.group("pre")):
            continue  # "Former Chief Executive Officer Jane Roe": no office now
        pre = re.sub(r"['’]s\s*$", "", m.group("pre")).strip()
        if m.group("comma") and not (pre and parties.find(pre)):
            continue  # "Jane Doe as CEO, John Roe as CFO": the comma ends a list item
        if not pre and _OFFICE_OF_OTHERS.search(sentence[: m.start("title")]):
            continue
        said = bool(_ATTRIBUTION.search(sentence[: m.start()]))  # "said CEO Jane Roe"
        if not _named_person(doc, m.group("name"), said):
            continue
        org = _organization(m.group("pre") or None, parties)
        if p := _position(m.group("name"), m.group("title"), org, sentence, parties, when):
            yield p


_CORP = re.compile(rf"\b{CORP_SUFFIX}\b")


def _paragraphs(body: str, lead: int = 0) -> list[str]:
    """Paragraphs: lines wrapped in the middle of a sentence (a text dump) joined again.
    ``lead``: how much of the body's first line the dateline took, so that the rest of a
    wrapped dateline line is measured as printed ("--Acme Corp. (NYSE: ACM), a" runs on)."""
    out: list[str] = []
    wrapped = False
    for n, line in enumerate(fold(x) for x in body.split("\n")):
        if wrapped and line:
            out[-1] = f"{out[-1]} {line}"
        elif line:
            out.append(line)
        # "... and John E." / "Roe, ...": a line ending at an initial or an honorific
        # runs on, however long it is.
        initial = re.search(r"(?:^|\s)(?:[A-Z]|Mr|Mrs|Ms|Dr)\.$", line)
        width = len(line) + (lead if n == 0 and line else 0)
        wrapped = bool(initial) or (width >= 60 and not re.search(r"[.!?:\"”]$", line))
        wrapped = wrapped and not NAME_LINE.fullmatch(line)  # "Jane Roe – Group President"
    return out
