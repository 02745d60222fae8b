"""Agreements an 8-K names in its prose (Item 1.01 and alike): the agreement's name, its
parties (the registrant, and the names listed after "between", "among" or "... with"), its
date and the exhibit that files it."""

from __future__ import annotations

import re
from datetime import date
from typing import TYPE_CHECKING

from kg.extract.agreement_amends import amended
from kg.extract.common import company_ref, evidence, fold
from kg.extract.nlp import (
    CORP_SUFFIX,
    DATE_RE,
    company_list,
    find_dates,
    first_date,
    generic_name,
    person_from_text,
)
from kg.extract.parties import Parties
from kg.extract.prose_positions import Named
from kg.extract.prose_verbs import EFFECTIVE
from kg.model import Agreement

if TYPE_CHECKING:
    from spacy.tokens import Doc

_ENTERED = re.compile(
    r"\b(?:entered\s+into|executed|signed|amended\s+and\s+restated)\b"
    # "employed pursuant to an employment agreement, dated <date>": an agreement in force
    # "pursuant to an underwriting agreement (the "Underwriting Agreement") dated <date>"
    # "as borrower under that certain Credit Agreement, dated <date>, by and between ..."
    # "subordinated to ... under the Settlement Agreement dated <date>, between ...": in force.
    r"|\b(?:pursuant\s+to\s+(?:an?|the|its|his|her|that\s+certain)|under\s+(?:that\s+certain|the))\s+"
    # "pursuant to the Agreement and Plan of Reorganization dated as of ...": the merger's.
    r"(?=(?:[\w-]+\s+){0,5}(?:agreement(?:\s+and\s+(?:plan\s+of\s+[\w-]+(?:\s+exchange)?"
    r"|(?:[\w-]+\s+)?(?:release|waiver|consent)(?:\s+of\s+all\s+claims)?))?|indenture)"
    r",?\s*(?:\([^()]{0,100}\)\s*,?\s*)?dated\b)",
    re.I,
)
_NAMED = (
    r"(?:[A-Z][\w&'’-]*\s+(?:(?:to|of|and|for|on)\s+)?)*[A-Z][\w&'’-]*\s+(?:Agreement|Indenture)\b"
)
_QUALIFIER = (
    r"(?:a|an|the|this|that|these|such|each|any|all|its|his|her|their|our|into|to|of|with|by|in"
    r"|on|for|under|which|and|or|new|amended|restated|existing|prior|previous|original|current"
    r"|certain|separate|similar|related|other|same|written|final|definitive|material|standard"
    r"|customary|usual|typical|binding|formal|additional|further|various|several|proposed"
    r"|applicable|relevant|both|two|three)"
)
_AGREEMENT = re.compile(
    r"Agreement\s+and\s+Plan\s+of\s+(?:Merger|Reorganization|Share\s+Exchange)|"
    # "Amendment No. 2 to Credit Agreement", "First Amendment to the Loan Agreement"
    rf"(?:(?:[A-Z][a-z]+\s+)?(?:Amendment|Supplement)(?:\s+No\.\s*\d+)?\s+to\s+(?:the\s+)?{_NAMED})"
    # "Separation Agreement and General Release"
    rf"|{_NAMED}(?:\s+and\s+(?:[A-Z][\w&'’-]*\s+)?(?:Release|Waiver|Consent)\b"
    r"(?:\s+of\s+All\s+Claims)?)?"
    # "the Amended and Restated Secured Promissory Note ... by and between the Company and ...":
    # a note two parties enter into is their agreement.
    r"|(?:[A-Z][\w&'’-]*\s+(?:and\s+)?)*Promissory\s+Note\b"
    # A bond's indenture is an agreement too; "entered into a contract with" one as well.
    # "a securities purchase agreement": up to three words in lower case, no article,
    # pronoun or word that only qualifies ("a new employment agreement", "its existing ...").
    # A hyphenated word is one ("lock-up agreements": no "Up Agreement").
    r"|(?<![\w-])(?:(?!" + _QUALIFIER + r"\b)[a-z]+(?:-[a-z]+)*\s+){1,3}"
    r"(?:agreement|indenture|contract)s?\b"
    r"|(?<![\w-])[a-z]+(?:-[a-z]+)*\s+(?:agreement|indenture|contract)s?\b"  # "definitive ..."
    r"|\b[Ii]ndenture\b"
)
# Item 1.02: "delivered notice of termination of the Distribution Agreement, dated ...".
# "repaid all amounts outstanding under, and terminated, its Loan Agreement, dated ...".
_TERMINATED = re.compile(
    r"\bterminat(?:e|ed|es|ing|ion),?\s+(?:of\s+)?(?=(?:\w+\s+){0,3}(?:the|its|their|our)\b)",
    re.IGNORECASE,
)
# The term an agreement is defined as: "(the "Merger Agreement")", "(as amended, the "...")".
_DEFINED_AS = re.compile(
    r"\([^()]{0,40}?\b(?:the|this)\s+[\"“]([^\"”]{0,60}?"
    r"(?:Agreement|Indenture|Contract|Amendment|Lease)s?)[\"”]\s*\)"
)
_LEADING = re.compile(r"^(?:(?:The|This|That|Such|Each|Any|An?|In|On|Under|Our|Its|New)\s+)+", re.I)
DATED = re.compile(r"\bdated(?:\s+as\s+of)?\s+(" + DATE_RE.pattern + ")", re.I)


def _parties_named(text: str, sent: Doc, people: list[Named], parties: Parties) -> set[str]:
    """Keys of every company or person the sentence names as acting in it, and of the
    registrant unless the sentence shows it is not a party (see ``_registrant_party``)."""
    acting = _NOT_ACTING.sub(" ", text)
    found = {n.key for n in people}
    for ent in sent.ents:
        if ent.label_ in ("ORG", "PERSON") and ent.text in acting:
            key = parties.find(fold(ent.text))
            if key is None and ent.label_ == "PERSON" and (p := person_from_text(ent.text)):
                key = parties.add(p, text)
            if key:
                found.add(key)
    for surface, key in parties.surfaces():
        if re.search(rf"(?<!\w){re.escape(surface)}(?!\w){_NOT_LONGER}", acting):
            found.add(key)
    for surface, keys in parties.groups.items():  # "... with the Purchasers"
        if re.search(rf"(?<!\w){re.escape(surface)}(?!\w)", acting):
            found.update(keys)
    orgs = {fold(e.text) for e in sent.ents if e.label_ == "ORG"}
    listed: set[str] = set()
    for name in _counterparties(text):
        key = parties.find(name)
        generic = generic_name(name)  # "Merger Sub"
        if (
            key is None
            and not generic
            and (name in orgs or re.search(rf"\b{CORP_SUFFIX}\.?$", name))
        ):
            key = parties.add(company_ref(name), text)
        if key:
            listed.add(key)
    found |= listed
    subject = parties.subject_key
    if subject and not _registrant_party(text, acting, listed, parties):
        found.discard(subject)
    elif subject:
        found.add(subject)
    # A name read as a person's may have been absorbed by its company while reading on.
    return {k for k in map(parties.live, found) if k}


# Where a name is mentioned but does not act: "a wholly owned subsidiary of Acme Corp.
# (the "Company")", "the Company's directors"; a company whose shares are bought or that
# the parties form ("the outstanding shares of Roe GmbH, a German company ("Roe")", "to
# form Roe Ventures, LLC") is what the agreement is about, no party to it.
_NOT_ACTING = re.compile(
    r"\b(?:(?:subsidiary|subsidiaries|affiliate|affiliates|division|unit|shares|interests"
    r"|stock|shareholders|stockholders|members)\s+of|to\s+form)\s+"
    rf"[^,;“”\"]{{1,80}}?(?:,?\s+{CORP_SUFFIX}\b\.?)?(?:,\s+an?\s+[^,;()“”\"]{{3,120}}?)?"
    r"(?:\s*\([^()]{0,60}\))?"
    r"(?=\s*[,;]|\s+(?:entered|will|has|and)\b|\.?\s*$)"
    r"|\b[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,5}['’]s\b"
)
# A short name that opens another company's name ("Acme" in "Acme Savings Bank") is no
# mention of the party it stands for.
_NOT_LONGER = rf"(?!(?:\s+[A-Z][\w&'’-]*)+,?\s+(?:{CORP_SUFFIX}|Bank|Association)\b)"
_LISTED_ONLY = re.compile(r"\b(?:by\s+and\s+)?(?:between|among(?:st)?)\s+")


def _registrant_party(text: str, acting: str, listed: set[str], parties: Parties) -> bool:
    """Whether the registrant is a party of the agreement a sentence enters into: it is when
    the sentence does not name it (an 8-K's agreements are the registrant's by default), or
    names it acting ("the Company entered into ...", "... with the Company"); not when it is
    named only as a subsidiary's parent or a possessive, nor when a "between"/"among" list
    gives the parties and it is not among them."""
    key = parties.subject_key
    pairs = parties.surfaces()  # sorted anew on each call: once here
    # Other parties' names first: "Acme" is no mention of the registrant in "Acme Bank".
    for surface, other in pairs:
        if other != key:
            text = re.sub(rf"(?<!\w){re.escape(surface)}(?!\w)", " ", text)
            acting = re.sub(rf"(?<!\w){re.escape(surface)}(?!\w)", " ", acting)
    # The form's own terms for the filer name it too, kept as aliases or not.
    surfaces = [s for s, k in pairs if k == key] + ["Company", "Registrant"]
    named = [s for s in surfaces if re.search(rf"(?<!\w){re.escape(s)}(?!\w)", text)]
    between = _LISTED_ONLY.search(text)
    if key in listed or not named:
        return key in listed or not (between and listed)
    if between:  # "among the Company, Acme and ...": named in the list itself
        return any(re.search(rf"(?<!\w){re.escape(s)}(?!\w)", text[between.end() :]) for s in named)
    return any(re.search(rf"(?<!\w){re.escape(s)}(?!\w)", acting) for s in named)


_BETWEEN = re.compile(
    r"\b(?:by\s+and\s+)?(?:between|among(?:st)?"
    # "a Credit Agreement (the "Credit Agreement") with Example Bank, N.A., as agent"
    # "a Settlement Agreement and Mutual Release (the "...") with ...": a two-part name too.
    r"|(?i:agreement|contract|indenture|merger|release|waiver|amendment)"
    # "a Loan Agreement, dated as of March 9, 2009, with Example Bank": its date between.
    rf"(?:\s*\([^()]{{0,100}}\))?,?(?:\s+dated(?:\s+as\s+of)?\s+(?:{DATE_RE.pattern}),?)?\s+with)\s+"
    r"(?P<list>[^;()“”\"]+?)(?=,?\s+(?:as|each|dated|pursuant|under|for|to|which|who)\b|[;()“”\"]|$)"
)


def _counterparties(text: str) -> list[str]:
    """The names listed after "between", "among" or "contract with": "among Apple and
    Goldman Sachs & Co. LLC, Barclays Bank PLC and ..., as representatives"."""
    # Defined terms and descriptions ("(the "Parent")", ", a Delaware corporation,") would
    # cut the list: the names alone are read.
    bare = re.sub(r"\s*\([^()]*\)", "", text)
    bare = _DESCRIBED.sub("", bare)
    # The first list that names someone: "to report, among other things, ..." lists none.
    for listed in _BETWEEN.finditer(bare):
        names = with_association(company_list(listed.group("list")))
        if names := [n for n in names if not _NOT_A_NAME.search(n)]:
            return names
    return []


# "no family relationships between Ms. Roe and any director or executive officer of the
# Company": a lower-case word other than a name's own ("Bank of the West") names no one.
_NOT_A_NAME = re.compile(r"\s(?!(?:of|and|the|de|du|la|für|for|y|e)\b)[a-z][\w-]*\b")


# 'Roe Foundry Co., Ltd., a company organized under the laws of Taiwan ("Roe")', 'Roe, LLC,
# a Colorado limited liability company ("Roe")': the term defines the company the
# description follows (not the place that may end it), which later items name by it.
_CAP = r"(?:[A-Z0-9][\w&'’.\-]*|&)"  # a word of a company's name
_DESCRIBED_ALIAS = re.compile(
    rf"(?P<name>{_CAP}(?:\s+{_CAP}){{0,7}}?,?\s+{CORP_SUFFIX}\b\.?),\s+an?\s+"
    r"(?P<desc>[^()“”\"]{3,140}?)\s*\(\s*(?:the\s+)?[\"“](?P<alias>[A-Z][\w&.\-]*"
    r"(?:\s+[A-Z][\w&.\-]*){0,3})[\"”]\s*\)"
)


def described_aliases(text: str) -> list[tuple[str, str, str]]:
    """(name, alias, matched text) for each term defined after a company's description; not
    when another company ends the description ("a subsidiary of Acme Inc. ("Acme")")."""
    return [
        (fold(m["name"]), fold(m["alias"]), fold(m[0]))
        for m in _DESCRIBED_ALIAS.finditer(text)
        if not re.search(rf"\b{CORP_SUFFIX}\b|\b(?:subsidiary|affiliate|unit)\s+of\b", m["desc"])
    ]


# A national bank's charter form, written after a comma like a suffix: "Example Bank,
# National Association" is one name, not two.
_ASSOCIATION = re.compile(r"(?i)National\s+Association|N\.\s?A\.?|National\s+Trust\s+Company")


def with_association(names: list[str]) -> list[str]:
    """``names`` with a bank's "National Association" put back on the name before it."""
    out: list[str] = []
    for name in names:
        if out and _ASSOCIATION.fullmatch(name.strip()):
            out[-1] = f"{out[-1]}, {name.strip()}"
        else:
            out.append(name)
    return out


_CROSS_REFERENCE = re.compile(
    r"(?i)incorporated\s+(?:herein\s+)?by\s+reference|set\s+forth\s+(?:in|under)\s+Item"
    r"|qualified\s+in\s+its\s+entirety"
)
_DESCRIBED = re.compile(
    r",\s+(?:an?|the)\s+(?:[\w.-]+\s+){0,12}?(?:corporation|company|partnership|subsidiary|trust"
    r"|bank|association|entity|limited|organized|formed|incorporated)\b[^,;]*(?=,|;|$)"
)


def read_agreement(
    number: str,
    text: str,
    sent: Doc,
    people: list[Named],
    parties: Parties,
    listed: dict[str, str],
    seen: set[str],
) -> Agreement | None:
    """An Agreement for a sentence that enters into one (Item 1.01 and alike)."""
    entered = _ENTERED.search(text) or (_TERMINATED.search(text) if number == "1.02" else None)
    if entered is None and _CROSS_REFERENCE.search(text):
        return None  # "... regarding the Credit Agreement is incorporated by reference": elsewhere
    found = [m for m in _AGREEMENT.finditer(text) if entered is None or m.end() > entered.end()]
    names = [_LEADING.sub("", fold(m.group(0))) for m in found]
    names = [re.sub(r"^\S+['’]s\s+", "", n) for n in names]
    names = [n for n in names if " " in n or n.lower() in ("indenture", "contract")]
    names = [re.sub(r"(?i)(agreement|indenture|contract)s$", r"\1", n) for n in names]
    # Item 1.01 may name its agreement without a verb; elsewhere it must be entered into.
    if not names or (not entered and (number != "1.01" or seen)):
        return None
    kind = names[0]
    if kind[0].islower():  # "a consulting agreement": name it as the form's heading would
        kind = " ".join(w[:1].upper() + w[1:] for w in kind.split(" "))
    if kind in seen or not parties.subject_key:
        return None
    seen.update((kind, *_defined_term(text, found)))
    exhibit = next((n for n, d in listed.items() if kind.lower() in d.lower()), None)
    named = _parties_named(text, sent, people, parties)
    subject = [parties.subject_key] if parties.subject_key in named else []
    ordered = [*subject, *sorted(named - {parties.subject_key})]
    return Agreement(
        agreement_type=kind,
        parties=tuple(parties.ref(k) for k in ordered),
        evidence=evidence(text),
        date=_agreement_date(text, entered, found[0]),
        exhibit=exhibit,
        description=evidence(text, 1000),
        amends=amended(kind, text[found[0].end() :]),
    )


def _defined_term(text: str, found: list[re.Match[str]]) -> list[str]:
    """The term the first agreement is defined as ("Agreement and Plan of Merger (the "Merger
    Agreement")"): later sentences name the same agreement by it, no agreement of its own."""
    term = _DEFINED_AS.search(text, found[0].end())
    if term is None or any(found[0].end() < m.start() < term.start() for m in found[1:]):
        return []
    return [fold(term.group(1))]


def _agreement_date(
    text: str, entered: re.Match[str] | None, named: re.Match[str] | None = None
) -> date | None:
    """ "dated (as of) <date>", "effective <date>", else the date before the verb ("On <date>,
    X entered into"); a date after it belongs to something else ("previously filed on")."""
    own = DATED.match(text, named.end() + 1) if named else None  # "Agreement dated as of <date>"
    if own:
        return first_date(own.group(1))
    if entered is not None and named and re.match(r"(?:\w+\s+)?(?:Amendment|Supplement)", named[0]):
        # "On <date>, X entered into Amendment No. 2 to the Credit Agreement, ..., which amends
        # the Credit Agreement, dated as of <the original's date>": the amendment's is earlier.
        earlier = [d for at, d in find_dates(text) if at < entered.start()]
        if earlier:
            return earlier[-1]
    dated = DATED.search(text, entered.end() if entered else 0) or EFFECTIVE.search(text)
    if dated:
        return first_date(dated.group(1))
    if entered is None:
        return first_date(text)
    earlier = [d for at, d in find_dates(text) if at < entered.start()]
    return earlier[-1] if earlier else None
