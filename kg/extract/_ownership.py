"""Shared reading of Forms 3, 4 and 5: owner names, roles, signatures, Rule 10b5-1.

Both the ownershipDocument XML extractor and the EDGAR-rendered HTML one use
these, so that an owner or a signature reads the same whichever copy of the
filing was ingested. Nothing here parses XML or HTML.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date
from decimal import Decimal, InvalidOperation
from functools import lru_cache
from itertools import pairwise
from typing import Any

from kg.extract.common import company_ref, fold, parse_date, parse_decimal, person_ref
from kg.model import EntityRef, Role, Signature

# Words that only a company (fund, trust, partnership) carries in its name.
# EDGAR spells reporting owners as conformed names, so the form of the name is
# the only offline clue: "ROE CAPITAL PARTNERS LP" versus "ROE JANE Q".
_ENTITY_TEXT = (
    "LLC LLP LP LTD LIMITED INC INCORPORATED CORP CORPORATION COMPANY TRUST TRUSTS FUND FUNDS "
    "PARTNERS PARTNERSHIP CAPITAL HOLDINGS HOLDING MANAGEMENT VENTURES VENTURE GROUP "
    "ASSOCIATES FOUNDATION BANK BANCORP GMBH PLC LLLP ADVISORS ADVISERS ADVISORY INVESTMENTS "
    "INVESTMENT INVESTORS EQUITY SECURITIES ENTERPRISES TECHNOLOGIES FINANCIAL INSURANCE "
    "ENDOWMENT UNIVERSITY TRUSTEES OPPORTUNITIES OPPORTUNITY OFFSHORE MASTER "
    "PROPERTIES ESTATE SICAV SARL AKTIENGESELLSCHAFT LIMITADA"
)
_ENTITY_WORDS = frozenset(_ENTITY_TEXT.split())
# Legal-form abbreviations that could be a person's initials: company only at the end.
_END_ONLY = frozenset({"CO", "AG", "SA", "NV", "BV", "AB", "SE", "KG", "NA", "PTE", "ASA", "SPA"})
_SUFFIXES = frozenset({"JR", "SR", "II", "III", "IV", "V", "MD", "PHD", "ESQ"})
_PARTICLES = frozenset({"van", "von", "der", "den", "de", "del", "della", "da", "di", "du", "la"})
# EDGAR adds "/MN", "/ON/", "/DE/" to conformed names to tell namesakes apart.
_STATE_MARK = re.compile(r"\s*/[A-Z]{2,3}/?\s*$")
_TOKEN = re.compile(r"[A-Z0-9]+")
_DIGIT = re.compile(r"\d")
_SPLIT = re.compile(r"[\s,()/'\"]+")


def is_company_name(name: str) -> bool:
    """Does a conformed name read as a company (entity words, "&", digits)?"""
    if "&" in name or _DIGIT.search(name):
        return True
    tokens = [t.replace(".", "") for t in _SPLIT.split(name.upper()) if t]
    if not _ENTITY_WORDS.isdisjoint(tokens):
        return True
    return bool(tokens) and tokens[-1] in _END_ONLY


def _is_suffix(word: str) -> bool:
    return word.upper().strip(".,") in _SUFFIXES


def split_family_first(raw: str) -> tuple[str | None, str | None, str | None]:
    """(given, middle, family) of an owner name written "Last First Middle".

    Form 3/4/5 box 1 prints "(Last) (First) (Middle)": "Roe Jane Quinn",
    "Doe, Jane A.", "van der Berg Jan", "Doe Jane A Jr.".
    """
    text = _STATE_MARK.sub("", fold(raw))
    head, comma, tail = text.partition(",")
    suffix = None
    if comma and tail.strip() and not _is_suffix(tail.strip()):
        family_words, rest = head.split(), tail.split()
    else:
        words = head.split() + (tail.split() if comma else [])
        i = 0
        while i < len(words) - 1 and words[i].lower() in _PARTICLES:
            i += 1
        family_words, rest = words[: i + 1], words[i + 1 :]
    if rest and _is_suffix(rest[-1]) and len(rest) > 1:
        suffix = rest.pop()
    family = " ".join(family_words + ([suffix] if suffix else [])) or None
    return (rest[0] if rest else None), (" ".join(rest[1:]) or None), family


def split_given_first(text: str) -> tuple[str | None, str | None, str | None]:
    """(given, middle, family) of a name written "First Middle Last" (a signature)."""
    words = fold(text.replace(",", " ")).split()
    suffix = words.pop() if len(words) > 2 and _is_suffix(words[-1]) else None
    if not words:
        return None, None, None
    i = len(words) - 1
    while i > 1 and words[i - 1].lower() in _PARTICLES:
        i -= 1
    family = " ".join(words[i:] + ([suffix] if suffix else []))
    given = words[0] if i > 0 else None
    return given, (" ".join(words[1:i]) or None), family


@lru_cache(maxsize=4096)  # the same insiders file again and again; EntityRef is frozen
def owner_ref(raw: str, cik: str | None) -> EntityRef:
    """A reporting owner as named in box 1: a company or a person, by the name's form."""
    raw = fold(raw)
    if is_company_name(raw):
        return company_ref(_STATE_MARK.sub("", raw), cik=cik, aliases=(raw,))
    given, middle, family = split_family_first(raw)
    return person_ref(given, family, middle, cik=cik, raw=raw)


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


def named_ref(text: str) -> EntityRef:
    """Someone named in running text ("Jane Quinn Roe", "Roe Street Partners, L.P.")."""
    text = fold(text)
    if is_company_name(text):
        return company_ref(text)
    given, middle, family = split_given_first(text)
    return person_ref(given, family, middle)


def roles_of(director: bool, officer: bool, ten_percent: bool, other: bool) -> tuple[Role, ...]:
    """Box 5 ("Relationship of Reporting Person(s) to Issuer") as ekg roles."""
    flags: tuple[tuple[bool, Role], ...] = (
        (director, "Director"),
        (officer, "Officer"),
        (ten_percent, "TenPercentOwner"),
        (other, "Other"),
    )
    return tuple(role for on, role in flags if on)


_REMARK_TITLE = re.compile(r"\bTitle\s*:\s*([^;\n]+?)(?:\.\s|\.?$|;|\n)")


def title_from_remarks(title: str | None, remarks: str | None) -> str | None:
    """Box 5's "See Remarks" replaced by the "Title: ..." the Remarks section gives."""
    if not title or not remarks or "remarks" not in title.lower():
        return title
    found = _REMARK_TITLE.search(remarks)
    return fold(found.group(1)) if found else title


# --- Schema values -----------------------------------------------------------

# Box 2's ticker when the issuer has none: filers write a placeholder instead.
_NO_TICKER = frozenset({"NONE", "N/A", "NA", "-", "--"})


def ticker(text: str | None) -> str | None:
    """Box 2's trading symbol, None for an empty box or a placeholder ("NONE", "N/A")."""
    return None if not text or text.upper() in _NO_TICKER else text


_TRUE = frozenset({"1", "true", "yes", "y"})
_FALSE = frozenset({"0", "false", "no", "n"})


def flag(text: str | None) -> bool | None:
    """An XML boolean as filers write it: "1"/"true" or "0"/"false"."""
    if text is None:
        return None
    low = text.lower()
    return True if low in _TRUE else False if low in _FALSE else None


def decimal(text: str | None) -> Decimal | None:
    """A schema decimal ("106150.00"), or a written number as a fallback."""
    if text is None:
        return None
    try:
        number = Decimal(text)
    except InvalidOperation:
        return parse_decimal(text)
    return number if number.is_finite() else None


def iso_date(text: str | None) -> date | None:
    """A schema date ("2001-02-03", maybe with a zone offset), or a written one."""
    if text is None:
        return None
    try:
        return date.fromisoformat(text[:10])
    except ValueError:
        return parse_date(text)


# --- Rule 10b5-1 --------------------------------------------------------------

_RULE_10B5_1 = re.compile(r"10b-?5\s?-\s?1", re.IGNORECASE)
_NEGATION = re.compile(r"\b(?:not|no)\b", re.IGNORECASE)


def mentions_10b5_1_plan(text: str) -> bool:
    """Does a footnote say the trade was made under a Rule 10b5-1 plan (not "not under")?"""
    match = _RULE_10B5_1.search(text)
    if match is None:
        return False
    start = max(text.rfind(". ", 0, match.start()), 0)
    return _NEGATION.search(text, start, match.start()) is None


# --- Row evidence ------------------------------------------------------------


def render_row(raw: dict[str, Any], derivative: bool) -> str:
    """A row as the form prints it: "Common Stock 2001-02-03 S 100 D $9.50 -> 900 D"."""
    get = raw.get

    def dollars(key: str) -> str | None:
        return f"${get(key)}" if get(key) else None

    after = get("shares_owned_after") or dollars("value_owned_after")
    parts = [
        get("security_title"),
        get("transaction_date"),
        get("transaction_code"),
        get("shares") or dollars("value"),
        get("acquired_disposed"),
        dollars("price_per_share"),
        "->" if after else None,
        after,
        get("direct_or_indirect"),
        get("nature_of_ownership"),
    ]
    text = " ".join(p for p in parts if p)
    if not derivative:
        return text
    underlying = " ".join(
        p
        for p in (
            get("underlying_shares") or get("underlying_value"),
            get("underlying_security_title"),
        )
        if p
    )
    extra = [
        f"exercise price {dollars('conversion_or_exercise_price')}"
        if get("conversion_or_exercise_price")
        else None,
        f"exercisable {get('exercise_date')}" if get("exercise_date") else None,
        f"expires {get('expiration_date')}" if get("expiration_date") else None,
        f"underlying {underlying}" if underlying else None,
    ]
    extra = [p for p in extra if p]
    return f"{text}; {', '.join(extra)}" if extra else text


# --- Owner matching ----------------------------------------------------------


# Legal-form spellings that name the same company ("Limited" in a signature, "Ltd" in box 1).
_SAME_FORM = {"LIMITED": "LTD", "CORPORATION": "CORP", "INCORPORATED": "INC", "COMPANY": "CO"}


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


_Signed = tuple[str, str | None, EntityRef | None]


def _signed_part(part: str, behalf: EntityRef | None, owners: tuple[EntityRef, ...]) -> _Signed:
    """(name, title, on behalf of) of the text after the last "/s/" or "By:"."""
    attorney = _ATTORNEY.search(part)
    if attorney:
        principal = attorney.group("p")
        if principal:
            behalf = _principal(principal, owners) or behalf
        elif behalf is None and len(owners) == 1:
            behalf = owners[0]  # an attorney-in-fact signs for the reporting person
        return part[: attorney.start()], "Attorney-in-Fact", behalf
    on = _BEHALF.search(part)
    if on:
        behalf = _principal(on.group("p"), owners) or behalf
        part = part[: on.start()]
    name, title = _split_name_title(part.strip(" ,"))
    if behalf is None and title:
        # "Name, Managing Member, X GP LLC, General Partner of X LP": the last owner named.
        for segment in reversed(title.split(",")):
            if is_company_name(segment) and (found := match_owner(segment, owners)):
                return name, title, found
    return name, title, behalf


@lru_cache(maxsize=4096)  # attorneys-in-fact sign many filings with the same line
def parse_signature(
    text: str, owners: tuple[EntityRef, ...]
) -> tuple[EntityRef, str | None, EntityRef | None] | None:
    """(signer, title, on_behalf_of) of a signature line, or None if it names nobody.

    Handles "/s/ Name, Attorney-in-Fact for Owner", "By: X as attorney-in-fact for Y",
    "Fund LP By: Its GP By: /s/ Name, Managing Member" and plain "/s/ Name".
    """
    text = fold(text)
    marks = list(_MARK.finditer(text))
    lead = _lead_entity(text, marks) if marks else ""
    behalf = _principal(lead, owners) if lead else None
    name, title, behalf = _signed_part(text[marks[-1].end() :] if marks else text, behalf, owners)
    name = name.strip(" ,")
    if any(w.upper().strip(".,") in _NOT_A_NAME for w in name.split()):
        return None  # "/s/ See Signatures Included in Exhibit 99"
    if is_company_name(name):
        return company_ref(name), title, behalf
    if not _plausible_person(name):
        return None
    # "/s/ Jane Roe" signing her own form: the reporting owner, CIK and all.
    people = [o for o in owners if o.kind == "person"]
    same = match_owner(name, people) if people else None
    if same is not None:
        return same, title, (None if behalf == same else behalf)
    given, middle, family = split_given_first(name)
    return person_ref(given, family, middle), title, behalf


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
