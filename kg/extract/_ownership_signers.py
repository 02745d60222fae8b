"""Who signed a Form 3, 4 or 5, and which reporting owner a name means.

The ownershipDocument XML, the EDGAR-rendered page and the printed form all read
their signature lines and match names to the reporting owners here, so that a
signer reads the same whichever copy of the filing was ingested.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from itertools import pairwise

from kg.extract._ownership import (
    _STATE_MARK,
    _TOKEN,
    _is_suffix,
    is_company_name,
    named_ref,
    owner_ref,
    split_given_first,
)
from kg.extract.common import company_ref, fold, person_ref
from kg.model import EntityRef, Signature

# --- Owner matching ----------------------------------------------------------


# Legal-form spellings that name the same company ("Limited" in a signature, "Ltd" in box 1).
_SAME_FORM = {"LIMITED": "LTD", "CORPORATION": "CORP", "INCORPORATED": "INC", "COMPANY": "CO"}


@lru_cache(maxsize=8192)  # owners' and signers' names recur within and across filings
def _tokens(text: str) -> frozenset[str]:
    words = _TOKEN.findall(_STATE_MARK.sub("", text).upper().replace(".", ""))
    return frozenset(_SAME_FORM.get(w, w) for w in words)


def _owner_tokens(owner: EntityRef) -> frozenset[str]:
    if owner.kind == "person":
        return _tokens(f"{owner.given_name or ''} {owner.family_name or ''}")
    return _tokens(owner.name) - {"THE", "AND"}


def match_owner(text: str, owners: Sequence[EntityRef]) -> EntityRef | None:
    """The reporting owner a phrase names ("Jane Quinn Roe" -> ROE JANE)."""
    words = _tokens(text.replace("&", " AND "))
    best: EntityRef | None = None
    best_size = 0
    for owner in owners:
        needed = _owner_tokens(owner)
        if needed and needed <= words and len(needed) > best_size:
            best, best_size = owner, len(needed)
    return best


# --- Signatures --------------------------------------------------------------

_MARK = re.compile(r"/s/|\bBy\s*:", re.IGNORECASE)
_ATTORNEY = re.compile(
    r"[,;]?\s*\b(?:as\s+|by\s+|under\s+(?:a\s+)?)?(?:(?:attorney|atty\.?)[\s-]*in[\s-]*fact"
    r"|power\s+of\s+attorney)\b[,:]?\s*(?:(?:for|to|of|on\s+behalf\s+of)\b\s*:?\s*(?P<p>.*))?$",
    re.IGNORECASE,
)
_BEHALF = re.compile(r",?\s*\bon\s+behalf\s+of\s+(?P<p>.+)$", re.IGNORECASE)
_LEAD_CUT = re.compile(r",?\s+(?:by|its)\b", re.IGNORECASE)
_NOT_A_NAME = frozenset(
    {"SEE", "SIGNATURE", "SIGNATURES", "EXHIBIT", "INCLUDED", "ATTACHED", "REPORTING", "PERSON"}
)
_SELF = re.compile(r"\b(?:himself|herself|itself|reporting persons?)\b", re.IGNORECASE)


def _plausible_person(name: str) -> bool:
    words = name.split()
    if not 2 <= len(words) <= 5 or any(c.isdigit() for c in name):
        return False
    return not any(w.upper().strip(".,") in _NOT_A_NAME for w in words)


def _principal(text: str, owners: Sequence[EntityRef]) -> EntityRef | None:
    """Whom an attorney-in-fact or officer signed for: a reporting owner when named."""
    text = fold(text).strip(" ,;")
    if not text:
        return None
    if _SELF.search(text):
        return owners[0] if len(owners) == 1 and "reporting person" in text.lower() else None
    found = match_owner(text, owners)
    if found is not None:
        return found
    text = re.sub(r"^the\s+|\s+dated\s+.*$", "", text, flags=re.IGNORECASE)
    return named_ref(text) if is_company_name(text) or _plausible_person(text) else None


def _split_name_title(part: str) -> tuple[str, str | None]:
    """ "Jane Roe, Manager" -> ("Jane Roe", "Manager"); keeps ", Jr." with the name."""
    name, _, title = part.partition(",")
    title = title.strip()
    if title and _is_suffix(title.split(",")[0]):
        suffix, _, title = title.partition(",")
        name, title = f"{name} {suffix.strip()}", title.strip()
    return name.strip(), title or None


def _lead_entity(text: str, marks: list[re.Match[str]]) -> str:
    """The entity written before the signer ("Roe Holdings Corp., By: /s/ ...")."""
    segments = [text[: marks[0].start()]]
    segments += [text[a.end() : b.start()] for a, b in pairwise(marks)]
    for segment in segments:
        segment = _LEAD_CUT.split(segment, maxsplit=1)[0].strip(" ,;")
        if segment:
            return segment
    return ""


@dataclass(frozen=True, slots=True)
class _Line:
    """What a signature line says before anyone in it is matched to the reporting owners:
    the same line recurs across a signer's filings, so this part is read once a line."""

    lead: str  # the entity written before the signer ("Roe Fund LP, By: ...")
    name: str
    title: str | None
    attorney: bool  # signed as attorney-in-fact
    principal: str | None  # "... for X", "... on behalf of X"
    signer: EntityRef | None  # as written; None when the line names nobody


@lru_cache(maxsize=8192)
def _read_line(text: str) -> _Line:
    text = fold(text)
    marks = list(_MARK.finditer(text))
    lead = _lead_entity(text, marks) if marks else ""
    part = text[marks[-1].end() :] if marks else text
    attorney = _ATTORNEY.search(part)
    principal: str | None = None
    title: str | None
    if attorney:
        principal = attorney.group("p") or None
        name, title = part[: attorney.start()], "Attorney-in-Fact"
    else:
        on = _BEHALF.search(part)
        if on:
            principal, part = on.group("p"), part[: on.start()]
        name, title = _split_name_title(part.strip(" ,"))
    name = name.strip(" ,")
    return _Line(lead, name, title, attorney is not None, principal, _signer(name))


def _signer(name: str) -> EntityRef | None:
    if any(w.upper().strip(".,") in _NOT_A_NAME for w in name.split()):
        return None  # "/s/ See Signatures Included in Exhibit 99"
    if is_company_name(name):
        return company_ref(name)
    if not _plausible_person(name):
        return None
    given, middle, family = split_given_first(name)
    return person_ref(given, family, middle)


def _behalf(line: _Line, owners: tuple[EntityRef, ...]) -> EntityRef | None:
    """Whom the line was signed for, among the owners where it names one."""
    behalf = _principal(line.lead, owners) if line.lead else None
    if line.principal:
        return _principal(line.principal, owners) or behalf
    if line.attorney:
        # an attorney-in-fact signs for the reporting person
        return owners[0] if behalf is None and len(owners) == 1 else behalf
    if behalf is None and line.title:
        # "Name, Managing Member, X GP LLC, General Partner of X LP": the last owner named.
        for segment in reversed(line.title.split(",")):
            if is_company_name(segment) and (found := match_owner(segment, owners)):
                return found
    return behalf


@lru_cache(maxsize=4096)  # attorneys-in-fact sign many filings with the same line
def parse_signature(
    text: str, owners: tuple[EntityRef, ...]
) -> tuple[EntityRef, str | None, EntityRef | None] | None:
    """(signer, title, on_behalf_of) of a signature line, or None if it names nobody.

    Handles "/s/ Name, Attorney-in-Fact for Owner", "By: X as attorney-in-fact for Y",
    "Fund LP By: Its GP By: /s/ Name, Managing Member" and plain "/s/ Name".
    """
    line = _read_line(text)
    if line.signer is None:
        return None
    behalf = _behalf(line, owners)
    if line.signer.kind == "company":
        return line.signer, line.title, behalf
    # "/s/ Jane Roe" signing her own form: the reporting owner, CIK and all.
    people = [o for o in owners if o.kind == "person"]
    same = match_owner(line.name, people) if people else None
    if same is not None:
        return same, line.title, (None if behalf == same else behalf)
    return line.signer, line.title, behalf


def signature(
    text: str, owners: Sequence[EntityRef], when: date | None, evidence_text: str
) -> Signature | None:
    """A ``Signature`` fact for one signature line (None when it names no signer)."""
    parsed = parse_signature(text, tuple(owners))
    if parsed is None:
        return None
    signer, title, behalf = parsed
    return Signature(
        signer=signer, evidence=evidence_text, title=title, date=when, on_behalf_of=behalf
    )


def owner_ref_signed(raw: str, cik: str | None, signed: tuple[str, ...]) -> EntityRef:
    """``owner_ref``, with the family name taken from the owner's own signature when
    box 1 alone cannot tell it: "Roe Doe Jane" signed "Jane Roe Doe" has a two-word
    family name, where "Last First Middle" would read "Roe" and a middle name "Jane"."""
    ref = owner_ref(raw, cik)
    if ref.kind != "person" or not signed or "," in raw:
        return ref
    words = _STATE_MARK.sub("", fold(raw)).split()
    if len(words) < 3:  # one family word and a given name: nothing to decide
        return ref
    for text in signed:
        k = _given_index(words, text)
        if k >= 2:
            family, middle = " ".join(words[:k]), " ".join(words[k + 1 :]) or None
            return person_ref(words[k], family, middle, cik=cik, raw=fold(raw))
    return ref


def _given_index(words: list[str], signed: str) -> int:
    """Where the signature's first word (the given name) stands in box 1's words,
    when the signature ("/s/ First Family...") has exactly box 1's words; else -1."""
    name = _MARK.sub(" ", signed).split(",", 1)[0]
    first = name.split()[:1]
    if not first or _tokens(name) != _tokens(" ".join(words)):
        return -1
    upper = [w.upper().strip(".") for w in words]
    given = first[0].upper().strip(".")
    return upper.index(given) if given in upper else -1
