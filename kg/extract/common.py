"""Small helpers every extractor needs: names, dates, numbers, evidence."""

from __future__ import annotations

import re
from datetime import date, datetime
from decimal import Decimal, InvalidOperation

from kg.model import EntityRef

# Name particles that stay lower case when a name written in capitals is
# title-cased ("LUDWIG VAN BEETHOVEN" -> "Ludwig van Beethoven").
_PARTICLES = frozenset({"van", "von", "der", "den", "de", "del", "della", "da", "di", "du", "la"})
_SUFFIXES = frozenset({"JR", "JR.", "SR", "SR.", "II", "III", "IV", "V", "MD", "PHD", "ESQ"})


def fold(text: str) -> str:
    """Whitespace folded to single spaces, ends stripped (``str.split`` splits on exactly
    the whitespace a regex's \\s matches, in C: a quarter of the regex's time)."""
    return " ".join(text.split())


def evidence(text: str, limit: int = 400) -> str:
    """Verbatim source text, folded and cut to a readable length."""
    text = fold(text)
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


_MC = re.compile(r"(?<![A-Za-z])Mc([a-z])")
_ORDINAL = re.compile(r"(?i)\d+(?:st|nd|rd|th)")


def title_word(word: str) -> str:
    """Title-case one name word written in capitals, keeping Mc/O' and hyphens."""
    if word.upper() in _SUFFIXES:
        return (
            word.upper()
            if word.upper().rstrip(".") in {"II", "III", "IV", "V"}
            else (word[0].upper() + word[1:].lower())
        )
    if word.lower() in _PARTICLES:
        return word.lower()
    if word[:1].isdigit():  # an address's number: "12TH" is "12th", a unit "6H" stays "6H"
        return word.lower() if _ORDINAL.fullmatch(word) else word.upper()
    parts = re.split(r"([-'’\"(])", word.lower())
    out = "".join(p[:1].upper() + p[1:] if p and p not in "-'’\"(" else p for p in parts)
    # "McCarthy", also after a hyphen ("O'Neill-McCarthy")
    return _MC.sub(lambda m: "Mc" + m[1].upper(), out)


def display_name(text: str) -> str:
    """A person's name for display: folded; title-cased when written in capitals."""
    text = fold(text)
    if text.upper() == text or text.lower() == text:
        return " ".join(title_word(w) for w in text.split(" "))
    return text


def person_ref(
    given: str | None,
    family: str | None,
    middle: str | None = None,
    *,
    cik: str | None = None,
    raw: str | None = None,
) -> EntityRef:
    """A person from name parts; ``raw`` (as the filing wrote it) becomes an alias."""
    parts = [display_name(p) for p in (given, middle, family) if p and fold(p)]
    name = " ".join(parts)
    aliases = tuple(a for a in {fold(raw)} if raw and a and a != name) if raw else ()
    return EntityRef(
        kind="person",
        name=name,
        cik=normalise_cik(cik),
        aliases=aliases,
        given_name=display_name(given) if given and fold(given) else None,
        middle_name=display_name(middle) if middle and fold(middle) else None,
        family_name=display_name(family) if family and fold(family) else None,
    )


def company_ref(name: str, *, cik: str | None = None, aliases: tuple[str, ...] = ()) -> EntityRef:
    """A company as the document spells it; other spellings become aliases."""
    name = fold(name)
    seen = {name}
    kept = []
    for alias in aliases:
        alias = fold(alias)
        if alias and alias not in seen:
            seen.add(alias)
            kept.append(alias)
    return EntityRef(kind="company", name=name, cik=normalise_cik(cik), aliases=tuple(kept))


def normalise_cik(cik: str | None) -> str | None:
    """A CIK as 10 zero-padded digits, or None when it is not a number."""
    if cik is None:
        return None
    digits = re.sub(r"\D", "", cik)
    if not digits or len(digits) > 10 or int(digits) == 0:
        return None
    return digits.zfill(10)


_DATE_FORMATS = (
    "%Y-%m-%d",
    "%m/%d/%Y",
    "%m/%d/%y",
    "%m-%d-%Y",
    "%B %d, %Y",
    "%B %d %Y",
    "%b %d, %Y",
    "%b. %d, %Y",
    "%d %B %Y",
    "%Y%m%d",
)


def parse_date(text: str | None) -> date | None:
    """A date in any of the forms filings use, or None."""
    if not text:
        return None
    text = re.sub(r"(?i)\bSept\.", "Sep.", fold(text)).strip(" .,")
    text = re.sub(r"(\d)(st|nd|rd|th)\b", r"\1", text)
    for fmt in _DATE_FORMATS:
        try:
            return datetime.strptime(text, fmt).date()
        except ValueError:
            continue
    return None


def parse_decimal(text: str | None) -> Decimal | None:
    """A number written with $, commas or spaces ("$ 12.34", "5,678"), or None."""
    if text is None:
        return None
    cleaned = re.sub(r"[\s$,]", "", text.replace("\\$", ""))
    cleaned = cleaned.rstrip("%")
    if cleaned.startswith("(") and cleaned.endswith(")"):
        cleaned = "-" + cleaned[1:-1]
    if not re.fullmatch(r"-?\d+(\.\d+)?|-?\.\d+", cleaned):
        return None
    try:
        return Decimal(cleaned)
    except InvalidOperation:
        return None
