"""Names in Forms 3, 4 and 5 as text: box 1 and the signature block.

Box 1 writes the reporting person family name first ("Last First Middle"); the
signature block writes signers given name first, often "/s/" and "by ..., as
attorney-in-fact for ...". Used by ``kg.extract.form4_text``.
"""

from __future__ import annotations

import re
from datetime import date

from kg.extract.common import company_ref, evidence, fold, parse_date, person_ref
from kg.model import EntityRef, Signature

# A date as the form prints it ("Date of Earliest Transaction", the signature's date).
DATE = re.compile(r"\b\d{1,2}/\d{1,2}/\d{2,4}\b")
_COMPANY_WORDS = re.compile(
    r"\b(?:L\.?L\.?C|L\.?L\.?P|L\.?P|Inc|Incorporated|Corp|Corporation|Company|Co|Ltd|Limited"
    r"|Trust|Fund|Funds|Partners|Partnership|Capital|Holdings?|Group|Management|Advisors"
    r"|Advisers|Associates|Investments?|Ventures|Bank|Foundation|PLC|N\.V|S\.A|AG|GmbH)\b"
    r"|/[A-Z]{2,3}/",
    re.I,
)
_SUFFIX = re.compile(r"^(?:Jr|Sr|II|III|IV|V|M\.?D|Ph\.?D|Esq)\.?$", re.I)
_PARTICLE = re.compile(r"^(?:van|von|de|der|den|del|della|da|di|du|la|le|st\.?)$", re.I)


def norm(text: str) -> str:
    """Letters and digits only, so that spellings of one name compare equal."""
    return re.sub(r"[^a-z0-9]", "", text.lower())


def owner_ref(raw: str) -> EntityRef:
    """Box 1 writes a person "Last First Middle"; a company as it is called."""
    raw = fold(raw)
    if _COMPANY_WORDS.search(raw):
        return company_ref(raw)
    if "," in raw:
        family, _, rest = raw.partition(",")
        tokens = rest.split()
        family_tokens = [family.strip()]
    else:
        tokens = raw.split()
        family_tokens = []
        while len(tokens) > 2 and _PARTICLE.match(tokens[0]):
            family_tokens.append(tokens.pop(0))
        family_tokens.append(tokens.pop(0))
    suffix = [tokens.pop()] if len(tokens) > 1 and _SUFFIX.match(tokens[-1]) else []
    given = tokens[0] if tokens else None
    middle = " ".join(tokens[1:]) or None
    family = " ".join(family_tokens + suffix)
    return person_ref(given, family, middle, raw=raw)


# ---------------------------------------------------------------- the signature block

_ATTORNEY = r"(?:as\s+)?(?:his\s+|her\s+|its\s+|the\s+)?attorney[- ]in[- ]fact"
_FOR = re.compile(rf"^(?P<signer>.+?),?\s+{_ATTORNEY}\s+(?:for|on behalf of)\s+(?P<for>.+)$", re.I)
_BY = re.compile(rf"^(?P<for>.+?),?\s+by:?\s+(?P<signer>.+?)(?:,?\s+{_ATTORNEY})?\.?$", re.I)
# Words of a signature block that are never part of a signer's name.
_NOT_A_NAME = re.compile(
    r"\d|\b(?:attorney|power|signatures?|see|exhibit|behalf|by|for|of|the|and|remarks|reporting)\b",
    re.I,
)
_ALONE = re.compile(rf"^(?P<signer>.+?),?\s+{_ATTORNEY}\.?$", re.I)


def read_signatures(lines: list[str], owner: EntityRef) -> list[Signature]:
    """The block above "Signature of Reporting Person": a signer line, then its date."""
    end = next((i for i, ln in enumerate(lines) if "Signature of Reporting Person" in ln), None)
    if end is None:
        return []
    start = next(
        (
            i
            for i in range(end - 1, -1, -1)
            if fold(lines[i]).lower() in {"signatures", "signature"}
        ),
        max(end - 4, -1),
    )
    block = [fold(ln) for ln in lines[start + 1 : end] if fold(ln)]
    found: list[Signature] = []
    for i, text in enumerate(block):
        if DATE.fullmatch(text):
            continue
        trailing = DATE.search(text)
        when_text = trailing.group(0) if trailing else (block[i + 1] if i + 1 < len(block) else "")
        when = parse_date(when_text) if DATE.fullmatch(when_text) else None
        signer_text = DATE.sub("", text).strip(" ,")
        if when is None and "/s/" not in signer_text.lower():
            continue
        source = text if trailing else f"{text} {when_text}"
        signature = _signature(signer_text, when, owner, source)
        if signature:
            found.append(signature)
    return found


def _signature(text: str, when: date | None, owner: EntityRef, source: str) -> Signature | None:
    body = re.sub(r"^(?:by:?\s*)?/s/\s*", "", text, flags=re.I).strip()
    title: str | None = None
    principal: str | None = None
    for pattern in (_FOR, _BY, _ALONE):
        match = pattern.match(body)
        if match:
            body, principal = match.group("signer"), match.groupdict().get("for")
            title = "Attorney-in-fact" if re.search("attorney", text, re.I) else None
            break
    body = re.sub(r"^(?:by:?\s*)?/s/\s*", "", body, flags=re.I)
    if title is None and "," in body and not _SUFFIX.match(body.rsplit(",", 1)[1].strip()):
        body, title = (p.strip() for p in body.split(",", 1))
    signer = owner if _same_name(body, owner) else _given_first(body)
    if signer is None:
        return None
    behalf = None
    if principal:
        behalf = owner if _same_name(principal, owner) else _given_first(principal)
    elif signer is not owner and (title == "Attorney-in-fact" or owner.kind == "company"):
        behalf = owner  # an attorney-in-fact, or an officer signing for the owning company
    return Signature(
        signer=signer, evidence=evidence(source), title=title, date=when, on_behalf_of=behalf
    )


def _same_name(text: str, ref: EntityRef) -> bool:
    words = sorted(norm(w) for w in text.split())
    return any(words == sorted(norm(w) for w in n.split()) for n in (ref.name, *ref.aliases))


def _given_first(text: str) -> EntityRef | None:
    """A signer written given name first ("Jane Q. Public"); None for text that is not a name."""
    text = fold(text).strip(" .,")
    if _COMPANY_WORDS.search(text) and not re.search(r"\d|signature|exhibit|\bsee\b", text, re.I):
        return company_ref(text)
    if _NOT_A_NAME.search(text):
        return None
    tokens = text.split()
    if not 2 <= len(tokens) <= 5 or not all(
        re.fullmatch(r"[A-Za-z][A-Za-z.'’-]*", t) for t in tokens
    ):
        return None
    suffix = [tokens.pop()] if len(tokens) > 2 and _SUFFIX.match(tokens[-1]) else []
    family = " ".join([tokens[-1], *suffix])
    return person_ref(tokens[0], family, " ".join(tokens[1:-1]) or None)
