"""The SEC header of a full submission: EDGAR's own index card of a filing.

Three layouts carry the same fields, and all three are read into one list of
(key, value, raw line) events before anything is interpreted:

* the classic ``<SEC-HEADER>`` block of "KEY:<tab>value" lines, nested by
  labels (``REPORTING-OWNER:`` / ``OWNER DATA:`` / ``MAIL ADDRESS:`` ...);
* the 1990s-2000s variant that wraps some blocks in SGML tags
  (``<REPORTING-OWNER>`` ... ``</REPORTING-OWNER>``, ``<RELATIONSHIP>DIRECTOR``);
* the dissemination (``.nc``) form: ``<SUBMISSION>`` with one SGML tag per
  field (``<CONFORMED-NAME>``, ``<CIK>``, ``<ITEMS>``), sometimes on one line.

Blocks are recognised by their labels, never by indentation (the old variant
does not indent), and their order is not assumed: in a Form 4 the
REPORTING-OWNER block comes before the ISSUER block.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from kg.extract.common import fold, parse_date
from kg.ingest.codes import address_place, item_number, jurisdiction
from kg.ingest.sec_header_names import (
    conformed_ref,
)
from kg.model import (
    Address,
    DocumentInfo,
    EntityFacts,
    EntityRef,
    Extraction,
    Fact,
    Mention,
    Position,
    Role,
)

KIND = "sec_header"

# An SGML tag anywhere ("<CIK>0000320193", several to a line in the .nc
# form), or a "KEY:<tab>value" line.
_EVENT = re.compile(
    r"<(?P<close>/?)(?P<tag>[A-Z][A-Z0-9-]*)>(?P<tagvalue>[^<\r\n]*)"
    r"|^[ \t]*(?P<key>[A-Z][A-Z0-9 ()/.&'-]*?)[ \t]*:[ \t]*(?P<value>[^\r\n]*?)[ \t]*\r?$",
    re.M,
)

# Dissemination tags -> the classic header's labels (after '-' became ' ').
_NC_KEYS = {
    "CONFORMED NAME": "COMPANY CONFORMED NAME",
    "CIK": "CENTRAL INDEX KEY",
    "ASSIGNED SIC": "STANDARD INDUSTRIAL CLASSIFICATION",
    "EIN": "IRS NUMBER",
    "FILE NUMBER": "SEC FILE NUMBER",
    "STREET1": "STREET 1",
    "STREET2": "STREET 2",
    "PHONE": "BUSINESS PHONE",
    "DATE CHANGED": "DATE OF NAME CHANGE",
    "ACCESSION NUMBER": "ACCESSION NUMBER",
    "TYPE": "CONFORMED SUBMISSION TYPE",
    "PERIOD": "CONFORMED PERIOD OF REPORT",
    "ITEMS": "ITEM INFORMATION",
    "FILING DATE": "FILED AS OF DATE",
}
# Who a block is about. SUBJECT COMPANY is the issuer in old Form 4 headers
# and in Schedules 13D/G; FILED BY is the filer of such a schedule.
_ROLES = ("ISSUER", "SUBJECT COMPANY", "FILER", "FILED BY", "REPORTING OWNER")
_SUBJECT_ORDER = ("ISSUER", "SUBJECT COMPANY", "FILER", "FILED BY", "REPORTING OWNER")
_SUB_BLOCKS = frozenset(
    (
        "COMPANY DATA",
        "OWNER DATA",
        "FILING VALUES",
        "BUSINESS ADDRESS",
        "MAIL ADDRESS",
        "FORMER COMPANY",
        "FORMER NAME",
    )
)
_TOP_KEYS = frozenset(
    (
        "ACCESSION NUMBER",
        "CONFORMED SUBMISSION TYPE",
        "CONFORMED PERIOD OF REPORT",
        "FILED AS OF DATE",
        "ITEM INFORMATION",
        "GROUP MEMBERS",
    )
)
# Form 3/4/5 "Relationship of Reporting Person(s) to Issuer" as old headers spell it.
_RELATIONSHIPS: dict[str, Role] = {
    "DIRECTOR": "Director",
    "OFFICER": "Officer",
    "10 PERCENT OWNER": "TenPercentOwner",
    "10% OWNER": "TenPercentOwner",
    "OTHER": "Other",
}


@dataclass
class _Block:
    role: str
    fields: dict[str, str] = field(default_factory=dict)
    raw: dict[str, str] = field(default_factory=dict)
    addresses: dict[str, dict[str, str]] = field(default_factory=dict)
    former_names: list[str] = field(default_factory=list)
    relationships: list[tuple[str, str]] = field(default_factory=list)


@dataclass
class _Header:
    top: dict[str, list[tuple[str, str]]] = field(default_factory=dict)
    blocks: list[_Block] = field(default_factory=list)


def parse_header(text: str) -> Extraction:
    """The header's facts: the filing's identity and every party block."""
    # Some files end lines with a bare CR; '^'/'$' below only know LF.
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    # Some 2000-era headers break a bracketed value before its "]" ("CLASSIFICATION: [3281" /
    # "]<tab>IRS NUMBER: ..."): the "]" goes back to its value, so the next label starts its line.
    header = _collect(_events(re.sub(r"\n\](?=[ \t])", "]\n", text)))
    form_type = _first(header, "CONFORMED SUBMISSION TYPE") or ""
    filed = _date(_first(header, "FILED AS OF DATE"))
    refs = [conformed_ref(block.role, block.fields) for block in header.blocks]
    subject = _subject(header.blocks, refs)
    # A file number is a registrant's: a person filing under his own CIK has none.
    facts: list[Fact] = [
        _entity_facts(
            block,
            ref,
            _borrowed_file_number(header.blocks, block, subject) if ref.kind == "company" else None,
        )
        for block, ref in zip(header.blocks, refs, strict=True)
        if ref is not None
    ]
    facts.extend(_positions(header.blocks, refs, subject))
    facts.extend(_group_members(header))
    info = DocumentInfo(
        form_type=form_type,
        date=filed,
        period_of_report=_date(_first(header, "CONFORMED PERIOD OF REPORT")),
        accession_number=_first(header, "ACCESSION NUMBER"),
        items=_items(header, form_type, filed),
        subject=refs[subject] if subject is not None else None,
    )
    return Extraction(kind=KIND, document=info, facts=tuple(facts))


def _date(value: str | None) -> date | None:
    """Header dates are YYYYMMDD; read them directly (strptime is slow)."""
    if value and len(value) == 8 and value.isdigit():
        try:
            return date(int(value[:4]), int(value[4:6]), int(value[6:]))
        except ValueError:
            return None
    return parse_date(value)


def _events(text: str) -> list[tuple[str, str, str]]:
    """(key, value, raw text) for every field and block label, in order."""
    events: list[tuple[str, str, str]] = []
    for match in _EVENT.finditer(text):
        tag, key = match.group("tag"), match.group("key")
        if tag:
            if match.group("close"):
                continue  # closing tags add nothing: the next label starts anew
            key = tag.replace("-", " ")
            value, raw = match.group("tagvalue").strip(), match.group(0).strip()
        else:
            key = key.replace("-", " ")
            value, raw = match.group("value"), " ".join(match.group(0).split())
        events.append((_NC_KEYS.get(key, key), value, raw))
    return events


def _collect(events: list[tuple[str, str, str]]) -> _Header:
    header = _Header()
    block: _Block | None = None
    sub = ""
    for key, value, raw in events:
        if key in _ROLES:
            block = _Block(role=key)
            header.blocks.append(block)
            sub = ""
        elif key in _SUB_BLOCKS:
            sub = key
        elif key in _TOP_KEYS:
            header.top.setdefault(key, []).append((value, raw))
        elif block is None:
            continue
        elif key == "RELATIONSHIP":
            block.relationships.append((value, raw))
        elif sub.endswith("ADDRESS"):
            block.addresses.setdefault(sub, {})[key] = value
        elif sub.startswith("FORMER"):
            if key == "FORMER CONFORMED NAME" and value:
                block.former_names.append(value)
        elif key not in block.fields:
            block.fields[key] = value
            block.raw[key] = raw
    return header


def _first(header: _Header, key: str) -> str | None:
    values = header.top.get(key)
    return values[0][0] or None if values else None


def _subject(blocks: list[_Block], refs: list[EntityRef | None]) -> int | None:
    """The company the filing is about: the issuer of a Form 3/4/5, the
    subject of a schedule, else the filer (8-K, Form D)."""
    for role in _SUBJECT_ORDER:
        for index, block in enumerate(blocks):
            if block.role == role and refs[index] is not None:
                return index
    return None


def _borrowed_file_number(blocks: list[_Block], block: _Block, subject: int | None) -> str | None:
    """A Form 4 header files the issuer's Exchange Act number under each
    reporting owner's FILING VALUES; it belongs to the issuer, not the owner."""
    if block.role == "REPORTING OWNER":
        return None
    own = block.fields.get("SEC FILE NUMBER")
    if own or subject is None or blocks[subject] is not block:
        return own or None
    for other in blocks:
        if other.role == "REPORTING OWNER" and other.fields.get("SEC FILE NUMBER"):
            return other.fields["SEC FILE NUMBER"]
    return None


def _entity_facts(block: _Block, ref: EntityRef, file_number: str | None) -> EntityFacts:
    f = block.fields
    evidence = " ".join(
        block.raw[key]
        for key in ("COMPANY CONFORMED NAME", "CENTRAL INDEX KEY")
        if key in block.raw
    )
    return EntityFacts(
        entity=ref,
        evidence=evidence,
        jurisdiction=jurisdiction(f.get("STATE OF INCORPORATION", ""))
        if ref.kind == "company"
        else None,
        irs_number=_irs(f.get("IRS NUMBER")),
        file_number=file_number,
        sic=_sic(f.get("STANDARD INDUSTRIAL CLASSIFICATION")),
        phone=_phone(block),
        addresses=_addresses(block),
        former_names=tuple(dict.fromkeys(fold(n) for n in block.former_names)),
    )


def _irs(value: str | None) -> str | None:
    """An IRS employer number as "NN-NNNNNNN"; EDGAR's 000000000 means none."""
    digits = re.sub(r"\D", "", value or "")
    if len(digits) != 9 or not digits.strip("0"):
        return None
    return f"{digits[:2]}-{digits[2:]}"


def _sic(value: str | None) -> str | None:
    value = fold(value or "")
    return value if value.strip("[] 0") else None


def _phone(block: _Block) -> str | None:
    for address in block.addresses.values():
        if address.get("BUSINESS PHONE", "").strip():
            return address["BUSINESS PHONE"].strip()
    return None


def _addresses(block: _Block) -> tuple[Address, ...]:
    out: list[Address] = []
    for label in ("BUSINESS ADDRESS", "MAIL ADDRESS"):
        a = block.addresses.get(label)
        if not a:
            continue
        street = ", ".join(fold(a[k]) for k in ("STREET 1", "STREET 2") if fold(a.get(k, "")))
        state, country = address_place(a.get("STATE", ""))
        address = Address(
            street=street or None,
            city=fold(a.get("CITY", "")) or None,
            state=state,
            postal_code=fold(a.get("ZIP", "")) or None,
            country=country,
        )
        if address != Address() and address not in out:
            out.append(address)
    return tuple(out)


def _positions(
    blocks: list[_Block], refs: list[EntityRef | None], subject: int | None
) -> list[Position]:
    """Old headers state the owner's relationship: ``<RELATIONSHIP>DIRECTOR``."""
    if subject is None:
        return []
    issuer = refs[subject]
    out = []
    for block, ref in zip(blocks, refs, strict=True):
        roles = [_RELATIONSHIPS.get(fold(v).upper()) for v, _ in block.relationships]
        kept = tuple(dict.fromkeys(r for r in roles if r))
        if ref is None or issuer is None or not kept or ref is issuer:
            continue
        evidence = " ".join(raw for _, raw in block.relationships)
        out.append(Position(holder=ref, organization=issuer, roles=kept, evidence=evidence))
    return out


def _group_members(header: _Header) -> list[Mention]:
    """A schedule's "GROUP MEMBERS:" lines name the other members of the filing group;
    they have no block (so no CIK) of their own, and a block's own name is not repeated."""
    blocks = {fold(b.fields.get("COMPANY CONFORMED NAME", "")).upper() for b in header.blocks}
    out: list[Mention] = []
    for value, raw in header.top.get("GROUP MEMBERS", []):
        # Named as a "FILED BY" block names its filer: a person or a company, no CIK.
        ref = conformed_ref("FILED BY", {"COMPANY CONFORMED NAME": value})
        if ref is not None and fold(value).upper() not in blocks:
            out.append(Mention(ref, raw))
    return out


def _items(header: _Header, form_type: str, filed: date | None) -> tuple[str, ...]:
    """8-K items as numbers ("1.01"); other forms' item codes as written."""
    out: list[str] = []
    for value, _ in header.top.get("ITEM INFORMATION", []):
        value = fold(re.sub(r"^<ITEMS>", "", value))
        if not value:
            continue
        number = item_number(value, filed) if form_type.upper().startswith("8-K") else None
        item = number or value
        if item not in out:
            out.append(item)
    return tuple(out)
