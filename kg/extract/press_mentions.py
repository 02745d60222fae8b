"""The companies a press release names besides its subject: with an exchange and ticker
("Example Stores Inc. (NYSE: EXS)") or with a company form ("Example Holdings Corp.").

The model's ORG spans are repaired at both ends: a first odd word it dropped ("Xq7
Therapeutics Inc."), a legal form it left behind ("Example & Co. LLC"), and two names it
ran together across "and" ("Northside Health and Example Medical Group, Inc.").
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from kg.extract.common import company_ref, evidence, fold
from kg.extract.nlp import COMPANY_RE, CORP_SUFFIX, person_from_text
from kg.extract.parties import Parties
from kg.model import Mention

if TYPE_CHECKING:
    from spacy.tokens import Doc

_EXCHANGES = (
    r"NASDAQ|Nasdaq|NasdaqGS|NasdaqGM|NasdaqCM|NYSE\s+American|NYSE\s+MKT|NYSE\s+Amex|NYSE\s+Arca"
    r"|NYSE|AMEX|OTCQX|OTCQB|OTC\s+Markets|OTC|TSX|TSXV|LSE"
)
# "(NASDAQ/NMS: ACME)": an old release names the Nasdaq National Market tier after a slash.
TICKER = re.compile(
    rf"(?P<name>{COMPANY_RE.pattern})\s*\(\s*(?:(?:the\s+)?(?P<ex>{_EXCHANGES})"
    rf"(?:\s+Global\s+(?:Select\s+)?Market|/NMS|/NM)?\s*:\s*)(?P<ticker>[A-Z][A-Z.]{{0,5}})\s*[),;]"
)
_NOT_MENTIONED = re.compile(r"(?i)securities and exchange commission|newswire|business wire")
_FUNCTION_WORDS = frozenset(
    {"the", "a", "an", "and", "or", "for", "with", "through", "by", "of", "in", "on", "at"}
    | {"to", "from", "about", "today", "source", "as"}
)
# A legal form written after another one: "& Co. LLC", "Holdings, Inc.", "Partners, L.P.".
_TRAILING_FORM = re.compile(r"(?:,?\s+(?:LLC|L\.L\.C\.|LLP|L\.P\.|LP|Inc\.|Ltd\.|plc|PLC)(?!\w))+")
# "<Name of two words or more> and <Name of two words or more>, Inc.": two companies.
_RUN_TOGETHER = re.compile(
    rf"^[A-Z][\w'’.&-]*(?:\s+[A-Z][\w'’.&-]*)+\s+and\s+"
    rf"(?P<right>[A-Z][\w'’.&-]*(?:\s+[A-Z][\w'’.&-]*)+,?\s+{CORP_SUFFIX}\.?)$"
)


def unglue(name: str) -> str:
    """A company name without a lead-in or a word glued on by flattened HTML ("Inc.Acme")."""
    name = re.sub(rf"^.*\b{CORP_SUFFIX}\.(?=[A-Z])", "", fold(name))
    name = re.sub(r"^.*[a-z]{4}(?=[A-Z]{2})", "", name)  # "CommunicationsACME Inc.": flattened
    name = re.sub(r"^(?:[^A-Za-z\s]+\s+)+", "", name)  # "2024-- Acme": a dateline's tail
    return re.sub(r"^(?:--|–|—|About|SOURCE|Source)\s+", "", name).strip(" ,")


def other_companies(sentences: list[str], docs: list[Doc], parties: Parties) -> list[Mention]:
    """Companies named besides the subject: with a ticker, or with a company form."""
    out = []
    for sentence, doc in zip(sentences, docs, strict=True):
        names = [fold(m.group("name")) for m in TICKER.finditer(sentence)]
        names += [
            fold(e.text)
            for e in doc.ents
            if e.label_ == "ORG"
            and " " in fold(e.text)
            and re.search(rf"\b{CORP_SUFFIX}\.?$", e.text)
        ]
        for name in names:
            name = _whole_name(sentence, unglue(name))
            if (key := parties.extends_subject(name)) is not None:
                parties.alias(key, name)  # "About Acme Solar, Inc.": the subject's full name
            if _NOT_MENTIONED.search(name) or " " not in name or _is_subject(name, parties):
                continue
            ref = parties.ref(parties.add(company_ref(name), sentence))
            out.append(Mention(entity=ref, evidence=evidence(sentence)))
    return out


def _whole_name(sentence: str, name: str) -> str:
    """The model's span as the one company the sentence names."""
    # Two names run together: only the one with a company form is sure to be a company,
    # the other may be a hospital, a school, a fund. One-word sides ("Procter and Gamble
    # Co.") are one name.
    if together := _RUN_TOGETHER.match(name):
        return together.group("right")
    name = _extend_left(sentence, name)
    at = sentence.find(name)
    tail = _TRAILING_FORM.match(sentence, at + len(name)) if at >= 0 else None
    return name + tail.group(0) if tail else name


def _extend_left(sentence: str, name: str) -> str:
    """ "Xq7 Therapeutics Inc.", not "Therapeutics Inc.": the model may drop a first odd word."""
    m = re.search(rf"(?:^|\s)([A-Z][\w&'’-]*)\s+{re.escape(name)}", sentence)
    if m and m.group(1).lower() not in _FUNCTION_WORDS and not person_from_text(m.group(1)):
        return f"{m.group(1)} {name}"
    return name


def _is_subject(name: str, parties: Parties) -> bool:
    bare = re.sub(r"^(?:the|The)\s+", "", name)
    key = parties.find(name) or parties.find(bare) or parties.find("The " + bare)
    return key is not None and key == parties.subject_key
