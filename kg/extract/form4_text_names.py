"""Names in Forms 3, 4 and 5 as text: box 1 and the signatures.

Box 1 writes the reporting person family name first ("Last First Middle") above
its street and "City, ST Zip" lines; the signature block writes signers given
name first, often "/s/" and "by ..., as attorney-in-fact for ...". Used by
``kg.extract.form4_text`` (and the Reporting Owners table's reader,
``kg.extract.form4_text_owners``).
"""

from __future__ import annotations

import re
from datetime import date

from kg.extract import _ownership as own
from kg.extract import _ownership_signers as signers
from kg.extract.common import company_ref, evidence, fold, parse_date, person_ref
from kg.model import Address, EntityRef, Signature

# A date as the form prints it ("Date of Earliest Transaction", the signature's date).
DATE = re.compile(r"\b\d{1,2}/\d{1,2}/\d{2,4}\b")
# Words that make a name a company's ("Fund", "L.P.") rather than a person's.
COMPANY_WORDS = re.compile(
    r"\b(?:L\.?L\.?C|L\.?L\.?P|L\.?P|Inc|Incorporated|Corp|Corporation|Company|Co|Ltd|Limited"
    r"|Trust|Fund|Funds|Partners|Partnership|Capital|Holdings?|Group|Management|Advisors"
    r"|Advisers|Associates|Investments?|Ventures|Bank|Foundation|PLC|N\.V|S\.A|AG|GmbH)\b"
    r"|/[A-Z]{2,3}/",
    re.I,
)
# A person's name suffix ("Jr", "III"), never a name of its own.
SUFFIX = re.compile(r"^(?:Jr|Sr|II|III|IV|V|M\.?D|Ph\.?D|Esq)\.?$", re.I)


def norm(text: str) -> str:
    """Letters and digits only, so that spellings of one name compare equal."""
    return re.sub(r"[^a-z0-9]", "", text.lower())


def owner_ref(raw: str) -> EntityRef:
    """Box 1 writes a person "Last First Middle"; a company as it is called.

    Read as the XML and HTML copies of the form are read, so that one owner gets
    one name whichever copy of the filing was ingested."""
    return own.owner_ref(fold(raw), None)


# ---------------------------------------------------------------- box 1


def split_owner_box(box: list[str]) -> tuple[str, str, str]:
    """Box 1 as printed: name, "(Last) (First) (Middle)", street, "(Street)", city,
    "(City) (State) (Zip)"; the lines keep the dump's leading spaces and blank lines.

    A print may put a caption above its field instead: the field then follows the
    caption. The name ends with the caption's block (at a blank line, or at a line that
    starts a new block rather than continuing one with a space)."""
    parts: dict[str, list[str]] = {"name": [], "street": [], "city": []}
    current, above = "name", False
    for raw in box:
        line = fold(raw)
        if line.startswith("(Last)"):
            above = not parts["name"]
            current = "name" if above else "street"
        elif line.startswith("(Street)"):
            current = "street" if above and not parts["street"] else "city"
        elif line.startswith("(City)"):
            if not (above and not parts["city"]):
                break
            current = "city"
        elif above and current == "name" and parts["name"] and not raw.startswith(" "):
            current = "street"
            parts[current].extend([line] if line else [])
        elif line:
            parts[current].append(line)
    return tuple(" ".join(parts[k]).strip(" ,") for k in ("name", "street", "city"))  # type: ignore[return-value]


def care_of(street: str, issuer_name: str) -> tuple[str | None, str]:
    """An owner address "c/o" the issuer: the issuer's name as written, and the street after it."""
    words = re.sub(r"^c/o\s+", "", street, flags=re.I).split()
    target = norm(issuer_name)
    for i in range(1, len(words)):
        head = " ".join(words[:i])
        if norm(head) == target and target:
            return head.rstrip(","), " ".join(words[i:])
        if not target.startswith(norm(head)):
            break
    return None, street


# "City, ST 12345(-6789)"; abroad, EDGAR's code for the country ("M0", "E9": a letter and a
# digit) and the postal code as the country writes it ("105-7537", "EC2N 4AG"), if any.
CITY_LINE = re.compile(
    r"^(?P<city>.*?),?\s+(?:(?P<state>[A-Z]{2})\s+(?P<postal>\d{5}(?:-\d{4})?)"
    r"|(?P<code>[A-Z]\d)(?:\s+(?P<abroad>(?=[A-Z\d\s-]*\d)[A-Z\d][A-Z\d-]*(?:\s[A-Z\d]{2,4})?))?)$"
)


def parse_address(street: str, city_line: str) -> Address | None:
    """Box 1's street and its "City, ST Zip" line."""
    if not street and not city_line:
        return None
    match = CITY_LINE.match(city_line)
    if match:
        state = match.group("state") or match.group("code")
        postal = match.group("postal") or match.group("abroad")
        return Address(street or None, match.group("city"), state, postal)
    return Address(street=street or None, city=city_line or None)


# ---------------------------------------------------------------- the signature block

_ATTORNEY = r"(?:as\s+)?(?:his\s+|her\s+|its\s+|the\s+)?attorney[- ]in[- ]fact"
_FOR = re.compile(rf"^(?P<signer>.+?),?\s+{_ATTORNEY}\s+(?:for|on behalf of)\s+(?P<for>.+)$", re.I)
_BY = re.compile(rf"^(?P<for>.+?),?\s+by:?\s+(?P<signer>.+?)(?:,?\s+{_ATTORNEY})?\.?$", re.I)
# Words of a signature block that are never part of a signer's name.
_NOT_A_NAME = re.compile(
    r"\d|\b(?:attorney|power|signatures?|see|exhibit|behalf|by|for|of|the|and|remarks|reporting)\b",
    re.I,
)
# A signature line marked "/s/" or "By:" (the mark EDGAR filers type before a name).
_SIGNED = re.compile(r"/s/|\bBy\s*:", re.I)
_ALONE = re.compile(rf"^(?P<signer>.+?),?\s+{_ATTORNEY}\.?$", re.I)


def signature_block(lines: list[str]) -> tuple[int, int] | None:
    """The lines above "Signature of Reporting Person" that hold the signatures, as the
    range ``(start, end)``: under a "Signatures" heading, or, in EDGAR's later print
    where no heading is printed, the signer-and-date lines just above the caption."""
    end = next((i for i, ln in enumerate(lines) if "Signature of Reporting Person" in ln), None)
    if end is None:
        return None
    heading = next(
        (
            i
            for i in range(end - 1, -1, -1)
            if fold(lines[i]).lower() in {"signatures", "signature"}
        ),
        None,
    )
    if heading is not None:
        return heading + 1, end
    start = end - 1
    while start >= 0 and (not fold(lines[start]) or _SIGNATURE_LINE.search(lines[start])):
        start -= 1
    return start + 1, end


def read_signatures(lines: list[str], owners: tuple[EntityRef, ...]) -> list[Signature]:
    """The block above "Signature of Reporting Person": a signer line, then its date."""
    found_block = signature_block(lines)
    if found_block is None:
        return []
    start, end = found_block
    block: list[str] = []
    for line in lines[start:end]:
        if line[:1].isspace() and block and fold(line) and not DATE.fullmatch(block[-1]):
            block[-1] += " " + fold(line)  # a signature wrapped onto a continuation line
        elif fold(line):
            block.append(fold(line))
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
        if _SIGNED.search(signer_text):
            signature = _signed(signer_text, when, owners, source)
        else:  # "Jane Roe, as attorney-in-fact for ...", or wordings only the shared reader knows
            signature = _signature(signer_text, when, owners, source)
            signature = signature or _signed(signer_text, when, owners, source)
        if signature:
            found.append(signature)
    return found


_SIGNATURE_LINE = re.compile(r"(?i)/s/|\b\d{1,2}/\d{1,2}/\d{2,4}\s*$")


def _signed(
    text: str, when: date | None, owners: tuple[EntityRef, ...], source: str
) -> Signature | None:
    """A "/s/" or "By:" line, read as the XML and HTML copies of the form read it
    ("Fund LP, By: its GP, By: /s/ Name, Title", "/s/ Name, by power of attorney for X")."""
    parsed = signers.parse_signature(text, owners)
    if parsed is None:
        return None
    signer, title, behalf = parsed
    title = "Attorney-in-fact" if title == "Attorney-in-Fact" else title  # this reader's spelling
    return Signature(
        signer=signer, evidence=evidence(source), title=title, date=when, on_behalf_of=behalf
    )


def _signature(
    text: str, when: date | None, owners: tuple[EntityRef, ...], source: str
) -> Signature | None:
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
    if title is None and "," in body and not SUFFIX.match(body.rsplit(",", 1)[1].strip()):
        body, title = (p.strip() for p in body.split(",", 1))
    signer = _owner_named(body, owners) or _given_first(body)
    if signer is None:
        return None
    behalf = None
    if principal:
        behalf = _owner_named(principal, owners) or _given_first(principal)
    elif (
        len(owners) == 1
        and signer is not owners[0]
        and (title == "Attorney-in-fact" or owners[0].kind == "company")
    ):
        behalf = owners[0]  # an attorney-in-fact, or an officer signing for the owning company
    return Signature(
        signer=signer, evidence=evidence(source), title=title, date=when, on_behalf_of=behalf
    )


def _owner_named(text: str, owners: tuple[EntityRef, ...]) -> EntityRef | None:
    """The reporting owner ``text`` names: its words in any order ("Doe Jane", "Jane Doe"),
    or all of its given and family names ("Jane Doe" for box 1's "Doe Jane Q")."""
    words = sorted(norm(w) for w in text.split())
    for ref in owners:
        if any(words == sorted(norm(w) for w in n.split()) for n in (ref.name, *ref.aliases)):
            return ref
    return signers.match_owner(text, owners)


def _given_first(text: str) -> EntityRef | None:
    """A signer written given name first ("Jane Q. Public"); None for text that is not a name."""
    text = fold(text).strip(" .,")
    if COMPANY_WORDS.search(text) and not re.search(r"\d|signature|exhibit|\bsee\b", text, re.I):
        return company_ref(text)
    if _NOT_A_NAME.search(text):
        return None
    tokens = text.split()
    if not 2 <= len(tokens) <= 5 or not all(
        re.fullmatch(r"[A-Za-z][A-Za-z.'’-]*", t) for t in tokens
    ):
        return None
    suffix = [tokens.pop()] if len(tokens) > 2 and SUFFIX.match(tokens[-1]) else []
    family = " ".join([tokens[-1], *suffix])
    return person_ref(tokens[0], family, " ".join(tokens[1:-1]) or None)
