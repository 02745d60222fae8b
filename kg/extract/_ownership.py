"""Shared reading of Forms 3, 4 and 5: owner names, roles, schema values, Rule 10b5-1.

Both the ownershipDocument XML extractor and the EDGAR-rendered HTML one use
these, so that an owner reads the same whichever copy of the filing was ingested;
signatures and owner matching are in ``_ownership_signers``. Nothing here parses XML or HTML.
"""

from __future__ import annotations

import re
from datetime import date
from decimal import Decimal, InvalidOperation
from functools import lru_cache
from typing import Any

from kg.extract.common import company_ref, fold, parse_date, parse_decimal, person_ref
from kg.model import EntityRef, Role

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
    after = get("shares_owned_after") or _dollars(raw, "value_owned_after")
    parts = [
        get("security_title"),
        get("transaction_date"),
        get("transaction_code"),
        get("shares") or _dollars(raw, "value"),
        get("acquired_disposed"),
        _dollars(raw, "price_per_share"),
        "->" if after else None,
        after,
        get("direct_or_indirect"),
        get("nature_of_ownership"),
    ]
    text = " ".join(p for p in parts if p)
    extra = _derivative_terms(raw) if derivative else []
    return f"{text}; {', '.join(extra)}" if extra else text


def _dollars(raw: dict[str, Any], key: str) -> str | None:
    return f"${raw[key]}" if raw.get(key) else None


def _derivative_terms(raw: dict[str, Any]) -> list[str]:
    """ "exercise price $10.00, exercisable 2020-01-01, expires 2030-01-01, underlying 100 X"."""
    get = raw.get
    underlying = " ".join(
        p
        for p in (
            get("underlying_shares") or get("underlying_value"),
            get("underlying_security_title"),
        )
        if p
    )
    terms = [
        f"exercise price {_dollars(raw, 'conversion_or_exercise_price')}"
        if get("conversion_or_exercise_price")
        else None,
        f"exercisable {get('exercise_date')}" if get("exercise_date") else None,
        f"expires {get('expiration_date')}" if get("expiration_date") else None,
        f"underlying {underlying}" if underlying else None,
    ]
    return [t for t in terms if t]
