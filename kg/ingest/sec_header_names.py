"""Whose name a block of the SEC header gives: a company's, or a person's as EDGAR
conforms it (family name first, "SMITH JANE Q"). Split from ``kg.ingest.sec_header``, which
reads the blocks; this module only decides what a conformed name names.
"""

from __future__ import annotations

import re

from kg.extract.common import company_ref, fold, person_ref
from kg.model import EntityRef

# Blocks whose conformed name may be a person's: an insider, or the holder filing a
# Schedule 13D/G ("FILED BY: ... ROE JANE Q").
_PERSON_ROLES = ("REPORTING OWNER", "FILED BY")


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# Words that make a reporting owner's name a company's, not a person's.
_COMPANY_WORDS = _words(
    "INC INCORPORATED CORP CORPORATION CO COMPANY LLC LLP LP LLLP LTD LIMITED PLC TRUST "
    "TRUSTS FUND FUNDS PARTNERS PARTNERSHIP HOLDINGS HOLDING GROUP CAPITAL MANAGEMENT "
    "ADVISORS ADVISERS ASSOCIATES INVESTMENT INVESTMENTS INVESTORS VENTURES BANK BANCORP "
    "FOUNDATION AG SA NV BV GMBH SE PTE PTY SARL SPA KG AB ASA OY SICAV ULC LLC. "
    "SECURITIES FINANCIAL INTERNATIONAL GLOBAL ENTERPRISES INDUSTRIES SYSTEMS "
    "TECHNOLOGIES AGGREGATOR MASTER OPPORTUNITY OPPORTUNITIES ENDOWMENT"
)
_NAME_SUFFIXES = _words("JR SR II III IV V MD PHD ESQ CPA")
_PARTICLES = _words("VAN VON DE DER DEN DEL DELLA DA DI DU LA LE ST")
# EDGAR's disambiguators after a conformed name: "ACME HOLDINGS LP /DE/".
_DISAMBIGUATOR = re.compile(r"\s*/[A-Z0-9]{0,4}/?\s*$")


def conformed_ref(role: str, fields: dict[str, str]) -> EntityRef | None:
    """The entity a header block names: a company, or a person EDGAR conformed as
    LAST FIRST MIDDLE (an insider, a schedule's holder, a 1990s filer under its own CIK)."""
    raw = fold(fields.get("COMPANY CONFORMED NAME", ""))
    if not raw:
        return None
    cik = fields.get("CENTRAL INDEX KEY")
    name = _DISAMBIGUATOR.sub("", raw) or raw
    if role in _PERSON_ROLES and _is_person(name, fields):
        return _conformed_person(name, raw, cik)
    if role == "FILER" and _is_filer_person(name, fields):
        return _conformed_person(name, raw, cik)
    return company_ref(name, cik=cik, aliases=(raw,))


def _is_person(name: str, fields: dict[str, str]) -> bool:
    """EDGAR writes a person as LAST FIRST MIDDLE ("SMITH JANE Q"); a
    company has a company word, a digit, or an incorporation on file."""
    words = re.sub(r"[.,]", "", name.upper()).split()
    if not words or len(words) > 5 or any(w in _COMPANY_WORDS for w in words):
        return False
    if "&" in name or re.search(r"\d", name):
        return False
    corporate = ("STATE OF INCORPORATION", "IRS NUMBER", "STANDARD INDUSTRIAL CLASSIFICATION")
    return not any(meaningful(fields.get(key)) for key in corporate)


def _is_filer_person(name: str, fields: dict[str, str]) -> bool:
    """A 1990s filing made under a person's own CIK ("FILER: ... SMITH JANE Q"): a name of
    two to four words that has no company word, and a block with no company data at all
    (no state of incorporation, IRS number, industry code or fiscal year end)."""
    words = name.split()
    fiscal = meaningful(fields.get("FISCAL YEAR END"))
    return 2 <= len(words) <= 4 and not fiscal and _is_person(name, fields)


def meaningful(value: str | None) -> bool:
    return bool(value and value.strip("0 []"))


def _conformed_person(name: str, raw: str, cik: str | None) -> EntityRef:
    """Family name first, as EDGAR conforms people: "SMITH JOHN A JR"."""
    if "," in name:
        family, _, rest = name.partition(",")
        words = [family.strip(), *rest.split()]
    else:
        words = name.split()
    suffix: list[str] = []
    while len(words) > 2 and words[-1].upper().rstrip(".") in _NAME_SUFFIXES:
        suffix.insert(0, words.pop())
    family_words = [words.pop(0)]
    while len(words) > 1 and family_words[-1].upper() in _PARTICLES:
        family_words.append(words.pop(0))
    family = " ".join(family_words + suffix)
    given = words[0] if words else None
    middle = " ".join(words[1:]) or None
    return person_ref(given, family, middle, cik=cik, raw=raw)
