"""Agreements an 8-K's exhibit list names: "10.1 Credit Agreement, dated as of May 1,
2024, by and among A, B and C, as agent".

The list names each filed agreement in one line, with its date and parties, often more
fully than the prose (a guaranty the prose gives in passing, a subsidiary that signed,
a counterparty without a legal form). ``merge_listed`` adds what it says to the agreements
read from the prose.
"""

from __future__ import annotations

import re
from dataclasses import replace

from kg.extract.agreement_amends import amended
from kg.extract.common import company_ref, evidence, fold
from kg.extract.form8k_agreements import DATED, with_association
from kg.extract.nlp import CORP_SUFFIX, company_list, first_date, person_from_text
from kg.extract.parties import Parties
from kg.model import Agreement, EntityRef, Fact

# Exhibit numbers of Item 601 that file agreements: 1 underwriting agreements, 2 plans
# of acquisition, 4 instruments defining rights (indentures), 10 material contracts.
_AGREEMENT_EXHIBIT = re.compile(r"(?:1|2|4|10)\.\d{1,2}")
_TYPE = re.compile(
    r"^(?P<type>(?:[A-Z0-9][\w&'’.-]*\s+(?:(?:to|of|and|for|on|the|No\.)\s+)*)*?"
    r"(?:Agreement(?:\s+and\s+Plan\s+of\s+(?:Merger|Reorganization))?|Indenture|Guaranty"
    r"|Guarantee|Contract)(?:\s+and\s+(?:General\s+)?(?:Release|Waiver|Consent))?)"
    r"(?=,|\s+(?:dated|by|between|among|entered|effective|with)\b|\s*$)"
)
_END = r"(?=,?\s+(?:dated|effective|pursuant|as\s+(?:amended|supplemented))\b|$)"
_LISTED = re.compile(
    rf"\b(?:by\s+and\s+)?(?:between|among(?:st)?)\s+(?P<list>.+?){_END}"
    r"|\bby\s+(?P<by>.+?)\s+(?:in\s+favor\s+of|for\s+the\s+benefit\s+of)\s+"
    rf"(?P<to>.+?){_END}",
    re.I,
)
# ", as trustee", ", as Administrative Agent and Collateral Agent", "as Sellers' Representative."
# (the list's last words, before its full stop): a party's role.
_ROLE = re.compile(r",?\s+as\s+(?:the\s+)?[a-z][\w\s'’-]*?(?=,|\s+and\s+[A-Z]|\.?$)", re.I)
# "the purchasers named therein", "the lenders from time to time party thereto": parties
# the list does not name.
_UNNAMED = re.compile(
    r"(?:,\s*|\s+)(?:and\s+)?(?:the|certain|each\s+of\s+the|various)\s+"
    rf"(?:[^,]|,\s*{CORP_SUFFIX}\b\.?)*?"  # "the members of Acme, LLC named therein"
    r"\b(?:named\s+therein|(?:a\s+)?part(?:y|ies)\s+thereto|signator(?:y|ies)\s+thereto"
    r"|listed\s+(?:therein|on\s+[^,]*))",
    re.I,
)
_NOTE = re.compile(r"\s*(?:\([^()]*\)|[*+†#]+)\s*$")  # trailing "(1)", "+", "*": footnote marks
_GENERIC = frozenset({"definitive agreement", "material definitive agreement", "agreement"})


def listed_agreements(listed: dict[str, str], parties: Parties) -> list[Agreement]:
    """An Agreement for each agreement exhibit that names its parties or its date."""
    out = []
    for number, description in listed.items():
        # "..., as trustee (incorporated by reference to Exhibit 4.1 ...).": the note, then
        # the sentence's period.
        text = re.sub(r"\)\.$", ")", fold(description))
        while _NOTE.search(text):
            text = _NOTE.sub("", text)
        match = _TYPE.match(text)
        if not _AGREEMENT_EXHIBIT.fullmatch(number) or match is None:
            continue  # "Form of Note", "Press release": not an agreement signed here
        kind = re.sub(r"^Form\s+of\s+", "", match.group("type"))  # the form it was signed on
        refs = _parties(text[match.end() :], parties)
        dated = DATED.search(text, match.end())
        if not refs and not dated:
            continue
        out.append(
            Agreement(
                agreement_type=kind,
                parties=tuple(refs),
                evidence=evidence(f"{number} {text}"),
                date=first_date(dated.group(1)) if dated else None,
                exhibit=number,
                amends=amended(kind, text[match.end() :]),
            )
        )
    return out


def _parties(text: str, parties: Parties) -> list[EntityRef]:
    """ "by and among A, B and C", "between A and B", "by A in favor of B"; unnamed
    parties ("the purchasers named therein") are left out."""
    # "A, Inc. and certain stockholders of B": the suffix ends A's name, and the unnamed
    # parties after "and" (in lower case) are left out below.
    text = re.sub(rf"(\b{CORP_SUFFIX}\.?)\s+and\s+(?=[a-z])", r"\1, and ", text)
    listed = _LISTED.search(_UNNAMED.sub("", _ROLE.sub("", text)))
    if listed is None:
        return []
    groups = (
        [listed.group("list")] if listed.group("list") else [listed.group(g) for g in ("by", "to")]
    )
    names = [name for group in groups for name in _names(group, parties)]
    refs = []
    for name in names:
        name = name.strip(" ,.") if not re.search(rf"\b{CORP_SUFFIX}\.$", name) else name
        if name.split(" ")[0].lower() in {"certain", "each", "various", "other"}:
            continue
        key = parties.find(name)
        if key is None:
            person = person_from_text(name)
            key = parties.add(person or company_ref(name), text)
        ref = parties.ref(key)
        if ref not in refs:
            refs.append(ref)
    return refs


def _names(group: str, parties: Parties) -> list[str]:
    """The names a list gives; one the report already names whole is one party, not cut at
    the "and" of its own name ("Example Savings and Trust Company")."""
    whole = group.strip(" ,.")
    if " and " in whole and parties.find(whole) is not None:
        return [whole]
    return with_association(company_list(group))


def merge_listed(facts: list[Fact], listed: list[Agreement]) -> list[Fact]:
    """The prose's agreements completed by the exhibit list: the same agreement (by exhibit
    or name) gains the parties and date the list gives; one the prose left out is added.
    A prose "definitive agreement" gives way to the agreements the list names."""
    out = list(facts)
    unmatched = []
    for entry in listed:
        at = next((i for i, f in enumerate(out) if _same(f, entry)), None)
        if at is None:
            unmatched.append(entry)
            continue
        known = out[at]
        assert isinstance(known, Agreement)
        out[at] = replace(
            known,
            agreement_type=_fuller(known.agreement_type, entry.agreement_type),
            parties=tuple(dict.fromkeys((*known.parties, *entry.parties))),
            date=known.date or entry.date,
            exhibit=known.exhibit or entry.exhibit,
            amends=_dated_first(known.amends, entry.amends),
        )
    if unmatched:
        out = [f for f in out if not (isinstance(f, Agreement) and _generic(f))]
    return out + unmatched


def _dated_first(prose: str | None, listed: str | None) -> str | None:
    """The amended agreement as the prose or the list names it, the one with a date first."""
    return next((a for a in (prose, listed) if a and "dated" in a), prose or listed)


def _fuller(prose: str, listed: str) -> str:
    """The list's name when it spells the prose's out: "Securities Purchase Agreement" for
    the "securities purchase agreement" the prose read as "Purchase Agreement"."""
    return listed if listed.lower().endswith(" " + prose.lower()) else prose


def _same(fact: Fact, entry: Agreement) -> bool:
    if not isinstance(fact, Agreement):
        return False
    if fact.exhibit is not None:
        return fact.exhibit == entry.exhibit
    return fact.agreement_type.lower() == entry.agreement_type.lower()


def _generic(agreement: Agreement) -> bool:
    return agreement.exhibit is None and agreement.agreement_type.lower() in _GENERIC
