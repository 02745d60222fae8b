"""Scoring the prose readers' positions against hand-written truth (tests/data/heldout).

Each set is made-up 8-Ks and releases whose truth was written before the readers ran
on them (see the set's SOURCES.md). A position is *right* when holder, title,
organisation and dates all agree; *wrong* when holder and organisation agree but the
title only nearly does or a date differs; *missed* when the truth has it and the reader
does not; *spurious* when the reader has it and the truth does not. Optional truths
(a title said in passing) count neither way.

Truth fields: titles and organisations may list alternatives with "|"; a date is ISO,
None (none stated; for as_of: not scored) or "*" (any).
"""

from __future__ import annotations

import json
import re
from collections import Counter
from pathlib import Path
from typing import Any

from kg.model import Position
from kg.pipeline import extract_paths

Truth = dict[str, Any]
_SUFFIXES = {"inc", "corp", "corporation", "co", "company", "ltd", "llc", "lp", "l", "p"}
_SUFFIXES |= {"n", "a", "the", "plc"}


def load(folder: Path) -> dict[str, list[Truth]]:
    return json.loads((folder / "truth.json").read_text(encoding="utf-8"))["documents"]


def positions(folder: Path, names: list[str]) -> dict[str, list[Position]]:
    """The reader's positions for each truth key: a file, or one part of a full
    submission ("file.txt#2")."""
    files = sorted({name.split("#")[0] for name in names})
    extracted = extract_paths([folder / f for f in files])
    assert not extracted.failures, extracted.failures
    found: dict[str, list[Position]] = {name: [] for name in names}
    for source, extraction in extracted.items:
        part = Path(source.name).name
        key = part if part in found else part.split("#")[0]
        for fact in extraction.facts:
            if isinstance(fact, Position) and key in found:
                found[key].append(fact)
    return found


def _person(name: str) -> tuple[str, str]:
    name = re.sub(r"\b(dr|mr|ms|mrs|m\.d|ph\.d)\.?(?=\s|,|$)", " ", name.lower())
    words = [w for w in re.findall(r"[a-z][a-z'\-]*", name) if w not in {"md", "phd", "jr"}]
    return (words[0], words[-1]) if words else ("", "")


def _org(name: str) -> str:
    return " ".join(w for w in re.findall(r"[a-z0-9]+", name.lower()) if w not in _SUFFIXES)


def _same_org(truth: str, got: str) -> bool:
    g = _org(got)
    return any(
        t == g or (g and (t.startswith(g) or g.startswith(t))) for t in map(_org, truth.split("|"))
    )


def _title(text: str | None) -> str:
    text = re.sub(r"\s+", " ", (text or "").lower().replace("&", "and")).strip(" .,;:")
    return re.sub(r"^(the|a|an) ", "", text)


def _same_title(truth: str, got: str | None) -> bool:
    return _title(got) in {_title(t) for t in truth.split("|")}


def _near_title(truth: str, got: str | None) -> bool:
    words = set(_title(got).replace(",", " ").split())
    for option in truth.split("|"):
        want = set(_title(option).replace(",", " ").split())
        if words and want and len(words & want) / len(words | want) >= 0.5:
            return True
    return False


def _date(spec: str | None, got: Any, as_of: bool = False) -> bool:
    if spec == "*" or (as_of and spec is None):
        return True
    if spec is None:
        return got is None
    return got is not None and got.isoformat() in spec.split("|")


def _dates(truth: Truth, got: Position) -> bool:
    return (
        _date(truth["start"], got.start_date)
        and _date(truth["end"], got.end_date)
        and _date(truth["as_of"], got.as_of, as_of=True)
    )


def _candidates(truth: Truth, got: list[Position], used: set[int]) -> list[int]:
    return [
        j
        for j, p in enumerate(got)
        if j not in used
        and _person(truth["holder"]) == _person(p.holder.name)
        and _same_org(truth["org"], p.organization.name)
    ]


def score(truths: list[Truth], got: list[Position]) -> Counter[str]:
    """right / wrong / missed / spurious for one document: exact matches first, then
    near ones (same holder and organisation, a near title)."""
    counts: Counter[str] = Counter(right=0, wrong=0, missed=0, spurious=0)
    used: set[int] = set()
    done: set[int] = set()
    order = sorted(range(len(truths)), key=lambda i: truths[i]["optional"])  # required first
    for exact in (True, False):
        for i in (i for i in order if i not in done):
            t = truths[i]
            for j in _candidates(t, got, used):
                p = got[j]
                if exact and _same_title(t["title"], p.title) and _dates(t, p):
                    used.add(j), done.add(i)
                    counts["right"] += not t["optional"]
                    break
                if not exact and not t["optional"] and _near_title(t["title"], p.title):
                    used.add(j), done.add(i)
                    counts["wrong"] += 1
                    break
    counts["missed"] += sum(1 for i, t in enumerate(truths) if i not in done and not t["optional"])
    counts["spurious"] += len(got) - len(used)
    return counts


def score_set(folder: Path) -> Counter[str]:
    truth = load(folder)
    found = positions(folder, list(truth))
    total: Counter[str] = Counter(right=0, wrong=0, missed=0, spurious=0)
    for name, truths in truth.items():
        total.update(score(truths, found[name]))
    return total
