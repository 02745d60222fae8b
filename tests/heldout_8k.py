"""Scoring the 8-K reader (cover, items, signatures, agreements), the SEC header and the
agreement-exhibit reader against hand-written truth (tests/data/heldout/eightk2).

Every field of the truth is one row: *right* when the reader gives the truth's value,
*wrong* when it gives another, *missed* when it gives none; a party, agreement or signature
the reader gives and the truth does not is a row of its own, *spurious*. Names compare
without case, punctuation and a leading "the"; agreement types by any of the truth's
spellings. Run as a script to print the rows and the totals.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from kg.model import Agreement, EntityFacts, Extraction, Signature
from kg.pipeline import extract_paths

Truth = dict[str, Any]


@dataclass(frozen=True)
class Row:
    doc: str
    field: str
    want: object
    got: object
    verdict: str  # right / wrong / missed / spurious

    @property
    def key(self) -> str:
        return f"{self.doc}::{self.field}"


def norm(value: object) -> object:
    if value is None or isinstance(value, date):
        return value.isoformat() if isinstance(value, date) else None
    text = str(value).lower().replace("–", "-").replace("’", "'")
    text = re.sub(r"[.,]", " ", text)
    return re.sub(r"^the\s+", "", re.sub(r"\s+", " ", text).strip())


def _verdict(want: object, got: object) -> str:
    if got in (None, "", ()):
        return "right" if want is None else "missed"
    if want is None:
        return "spurious"
    return "right" if norm(want) == norm(got) else "wrong"


class _Scorer:
    def __init__(self) -> None:
        self.rows: list[Row] = []

    def mark(
        self, doc: str, field: str, want: object, got: object, same: bool | None = None
    ) -> None:
        verdict = _verdict(want, got)
        if same is not None and verdict in ("right", "wrong"):
            verdict = "right" if same else "wrong"
        self.rows.append(Row(doc, field, want, got, verdict))


def extractions(folder: Path, truth: Truth) -> dict[str, list[Extraction]]:
    """The reader's extractions for each document: a file, or one part of a full
    submission ("file.txt#2"), keyed as the truth keys them."""
    files = sorted(
        {k.split("#")[0] for part in truth.values() if isinstance(part, dict) for k in part}
    )
    found: dict[str, list[Extraction]] = {}
    extracted = extract_paths([folder / f for f in files])
    assert not extracted.failures, extracted.failures
    for source, extraction in extracted.items:
        name = Path(source.name).name
        found.setdefault(name, []).append(extraction)
        if "#" in name:
            found.setdefault(name.split("#")[0], []).append(extraction)
    return found


def score(folder: Path) -> list[Row]:
    truth = json.loads((folder / "truth.json").read_text(encoding="utf-8"))
    found = extractions(folder, truth)
    scorer = _Scorer()
    persons = {norm(p) for p in truth["persons"]}
    for doc, want in truth["eightk"].items():
        x = next((e for e in found.get(doc, []) if e.kind == "form8k"), None)
        _score_8k(scorer, doc, want, x, persons)
    for doc, want in truth["headers"].items():
        x = next((e for e in found.get(doc, []) if e.kind == "sec_header"), None)
        _score_header(scorer, doc, want, x)
    for doc, want in truth["exhibits"].items():
        x = next((e for e in found.get(doc, []) if e.kind == "agreement"), None)
        _score_exhibit(scorer, doc, want, x, persons)
    return scorer.rows


def _facts_of(x: Extraction | None, name: str | None) -> EntityFacts | None:
    for fact in x.facts if x else ():
        if isinstance(fact, EntityFacts) and name and norm(fact.entity.name) == norm(name):
            return fact
    return None


def _score_8k(s: _Scorer, doc: str, t: Truth, x: Extraction | None, persons: set) -> None:
    subject = x.document.subject if x else None
    s.mark(doc, "name", t["name"], subject.name if subject else None)
    s.mark(doc, "form", t["form"], x.document.form_type if x else None)
    ef = _facts_of(x, subject.name if subject else None)
    for field, attr in (
        ("jurisdiction", "jurisdiction"),
        ("file_number", "file_number"),
        ("irs", "irs_number"),
        ("phone", "phone"),
        ("ticker", "ticker"),
        ("exchange", "exchange"),
    ):
        s.mark(doc, field, t[field], getattr(ef, attr, None) if ef else None)
    addr = ef.addresses[0] if ef and ef.addresses else None
    got = (
        "|".join(str(v) for v in (addr.street, addr.city, addr.state, addr.postal_code))
        if addr
        else None
    )
    s.mark(doc, "address", "|".join(t["address"]), got)
    formers = list(ef.former_names) if ef else []
    s.mark(doc, "former_name", t["former"], formers[0] if formers else None)
    for co in t["co_registrants"]:
        cf = _facts_of(x, co["name"])
        s.mark(doc, f"co[{co['name'][:24]}]", co["name"], cf.entity.name if cf else None)
        for field, attr in (
            ("jurisdiction", "jurisdiction"),
            ("file_number", "file_number"),
            ("irs", "irs_number"),
        ):
            s.mark(
                doc,
                f"co[{co['name'][:24]}].{field}",
                co[field],
                getattr(cf, attr, None) if cf else None,
            )
    items = tuple(x.document.items) if x else ()
    s.mark(doc, "items", " ".join(t["items"]), " ".join(items) or None)
    s.mark(doc, "report_date", t["report"], x.document.period_of_report if x else None)
    sigs = [f for f in x.facts if isinstance(f, Signature)] if x else []
    s.mark(doc, "signed", t["signed"], sigs[0].date if sigs else None)
    _score_signatures(s, doc, t["signatures"], sigs)
    got = [f for f in x.facts if isinstance(f, Agreement)] if x else []
    _score_agreements(s, doc, t["agreements"], got, persons)


def _score_signatures(s: _Scorer, doc: str, want: list, sigs: list[Signature]) -> None:
    got = [
        (norm(g.signer.name), norm(g.title), norm(g.on_behalf_of.name) if g.on_behalf_of else None)
        for g in sigs
    ]
    used: set[int] = set()
    for signer, title, behalf in want:
        at = next(
            (
                i
                for i, g in enumerate(got)
                if i not in used and g[0] == norm(signer) and g[2] == norm(behalf)
            ),
            None,
        )
        at = (
            at
            if at is not None
            else next(
                (i for i, g in enumerate(got) if i not in used and g[0] == norm(signer)), None
            )
        )
        label = f"sig[{signer}|{(behalf or '')[:40]}]"
        if at is None:
            s.mark(doc, label, signer, None)
            continue
        used.add(at)
        s.mark(doc, label, signer, sigs[at].signer.name)
        s.mark(doc, label + ".title", title, sigs[at].title)
        behalf_got = sigs[at].on_behalf_of.name if sigs[at].on_behalf_of else None
        s.mark(doc, label + ".for", behalf, behalf_got)
    for i, g in enumerate(sigs):
        if i not in used:
            s.mark(doc, f"extra signature[{g.signer.name}]", None, g.signer.name)


def _score_agreements(
    s: _Scorer, doc: str, wants: list, got: list[Agreement], persons: set
) -> None:
    used: set[int] = set()
    for w in wants:
        types = {norm(t) for t in w["types"]}
        at = next(
            (i for i, f in enumerate(got) if i not in used and norm(f.agreement_type) in types),
            None,
        )
        if at is None and w["exhibit"]:
            at = next(
                (i for i, f in enumerate(got) if i not in used and f.exhibit == w["exhibit"]), None
            )
        label = f"agr[{w['types'][0][:28]}]"
        if at is None:
            s.mark(doc, label, w["types"][0], None)
            continue
        used.add(at)
        f = got[at]
        s.mark(doc, label, w["types"][0], f.agreement_type, norm(f.agreement_type) in types)
        s.mark(doc, label + ".date", w["date"], f.date)
        s.mark(doc, label + ".exhibit", w["exhibit"], f.exhibit)
        s.mark(doc, label + ".amends", w["amends"], f.amends)
        _score_parties(s, doc, label, w["parties"], f.parties, persons)
    for i, f in enumerate(got):
        if i not in used:
            s.mark(doc, f"extra agreement[{f.agreement_type}]", None, f.agreement_type)


def _score_parties(s: _Scorer, doc: str, label: str, want: list, got: tuple, persons: set) -> None:
    names = {norm(p.name): p for p in got}
    for name in want:
        ref = names.get(norm(name))
        s.mark(doc, f"{label}.party[{name}]", name, ref.name if ref else None)
        if ref is not None:
            kind = "person" if norm(name) in persons else "company"
            s.mark(doc, f"{label}.party[{name}].kind", kind, ref.kind)
    for key, ref in names.items():
        if key not in {norm(w) for w in want}:
            s.mark(doc, f"{label}.extra party[{ref.name}]", None, ref.name)


def _score_header(s: _Scorer, doc: str, t: Truth, x: Extraction | None) -> None:
    subject = x.document.subject if x else None
    s.mark(doc, "header.filer", t["filer"], subject.name if subject else None)
    s.mark(doc, "header.filer.kind", t["kind"], subject.kind if subject else None)
    s.mark(doc, "header.cik", t["cik"], subject.cik if subject else None)
    s.mark(doc, "header.form", t["form"], x.document.form_type if x else None)
    ef = _facts_of(x, subject.name if subject else None)
    s.mark(doc, "header.file_number", t["file_number"], ef.file_number if ef else None)


def _score_exhibit(s: _Scorer, doc: str, t: Truth, x: Extraction | None, persons: set) -> None:
    agreements = [f for f in x.facts if isinstance(f, Agreement)] if x else []
    f = agreements[0] if agreements else None
    s.mark(doc, "type", t["type"], f.agreement_type if f else None)
    s.mark(doc, "date", t["date"], f.date if f else None)
    s.mark(doc, "exhibit", t["exhibit"], f.exhibit if f else None)
    s.mark(doc, "amends", t["amends"], f.amends if f else None)
    _score_parties(s, doc, "agr", t["parties"], f.parties if f else (), persons)
    for party, juris in t["jurisdictions"].items():
        ef = _facts_of(x, party)
        s.mark(doc, f"juris[{party}]", juris, ef.jurisdiction if ef else None)
    sigs = [g for g in x.facts if isinstance(g, Signature)] if x else []
    _score_signatures(s, doc, t["signatures"], sigs)


def totals(rows: list[Row]) -> Counter[str]:
    return Counter(r.verdict for r in rows)


if __name__ == "__main__":
    import sys

    here = Path(__file__).parent / "data" / "heldout" / "eightk2"
    rows = score(here)
    for r in rows:
        if r.verdict != "right" or "-v" in sys.argv:
            print(f"{r.verdict:8} {r.doc[:34]:34} {r.field:50} want={r.want!r} got={r.got!r}")
    print(dict(totals(rows)), "of", len(rows))


def check(row: Row, gaps: dict[str, str]) -> None:
    """A held-out set's test of one row: right, or a known gap (which fails once closed)."""
    if row.key in gaps:
        if row.verdict == "right":
            pytest.fail(f"known gap closed, remove it from GAPS: {row.key}")
        pytest.xfail(gaps[row.key])
    assert row.verdict == "right", f"{row.verdict}: want {row.want!r}, got {row.got!r}"


def stale_gaps(rows: list[Row], gaps: dict[str, str]) -> list[str]:
    """Known gaps that name no row any more."""
    keys = {r.key for r in rows}
    return [g for g in gaps if g not in keys]
