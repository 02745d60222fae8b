"""Build for the form, never for a file: no name, number or date of a sample or a
corpus filing may appear in the code (kg/samples holds the samples themselves)."""

from __future__ import annotations

import csv
import json
import re
from functools import cache
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
CODE = sorted(
    p
    for p in (REPO / "kg").rglob("*")
    if p.suffix in {".py", ".rq", ".ttl"} and "samples" not in p.parts
) + sorted((REPO / "ontology").glob("*.ttl"))

SEED_VALUES = [
    "Ascent", "Norsk", "Hydro", "Prem", "Nath", "Moghadam", "Blackman", "Foster", "Carroll",
    "Huntley", "Marsh", "Kumar", "Victor Lee", "Biao", "Winston", "David C. Wang", "ASTI",
    "Thornton", "Littleton", "Shaffer", "12300 Grant", "1350102", "32,200,000", "32200000",
    "16.66", "16.75", "16.78", "20-3672603", "001-32919", "872-5000", "872-5107",
    "420-1141", "ascentsolar",
]  # fmt: skip


@cache
def _code() -> str:
    return "\n".join(p.read_text(encoding="utf-8") for p in CODE)


@pytest.mark.parametrize("value", SEED_VALUES)
def test_no_seed_value_in_code(value):
    assert not re.search(rf"(?<![\w-]){re.escape(value)}(?![\w])", _code(), re.IGNORECASE)


def test_no_corpus_owner_or_company_name_in_code(corpus_dir):
    rows = list(csv.DictReader((corpus_dir / "MANIFEST.tsv").open(), delimiter="\t"))
    names = set()
    for row in rows:
        names.add(row["company"])
        for group in re.findall(r"owners=\d+\(([^)]*)\)", row["notes"]):
            names.update(n.strip() for n in group.split(";"))
    code = _code().lower()
    found = sorted(n for n in names if len(n) > 6 and n.lower() in code)
    assert not found


def _fixture_names() -> set[str]:
    """People and companies the bundled XML fixtures name, in the orders they are
    written ("TANG KEVIN C") and spoken ("Kevin Tang")."""
    names: set[str] = set()
    tags = ("rptOwnerName", "issuerName", "entityName", "firstName", "lastName")
    pattern = re.compile(rf"<({'|'.join(tags)})>([^<]+)</\1>")
    for path in (REPO / "tests" / "data").rglob("*.xml"):
        found = pattern.findall(path.read_text(encoding="utf-8", errors="replace"))
        firsts = [v for t, v in found if t == "firstName"]
        lasts = [v for t, v in found if t == "lastName"]
        names.update(f"{f.strip()} {la.strip()}" for f, la in zip(firsts, lasts, strict=False))
        for tag, value in found:
            words = value.split()
            if tag == "rptOwnerName" and len(words) >= 2:
                names.add(" ".join(words[:2]))
                names.add(f"{words[1]} {words[0]}")
            elif tag in ("issuerName", "entityName"):
                names.add(value.strip())
    return {n for n in names if len(n) > 6}


def test_no_fixture_person_or_company_name_in_code():
    names = _fixture_names()
    assert len(names) > 50  # the fixtures are there and were read
    assert not _named_in_code(names)


# Keys of names in the sets' truth ("o0.name" in the printed sets); "nature_of_ownership" is none.
_NAME_KEYS = {"holder", "org", "name", "signer", "issuer", "owner", "filer", "on_behalf_of"}


def _heldout_names() -> set[str]:
    """People and companies of the held-out sets' truth: the readers are measured on
    them, so the code must not know them either."""
    names: set[str] = set()

    def walk(value: object, named: bool = False) -> None:
        if isinstance(value, dict):
            for key, item in value.items():
                if " " in key:  # a party named as a key
                    names.add(key)
                walk(item, key.split(".")[-1] in _NAME_KEYS)
        elif isinstance(value, list):
            for item in value:
                walk(item, named)
        elif named and isinstance(value, str):
            names.update(part.strip() for part in value.split("|"))

    for truth in (REPO / "tests" / "data" / "heldout").glob("*/truth.json"):
        walk(json.loads(truth.read_text(encoding="utf-8")))
    return {n for n in names if len(n) > 6 and " " in n}


def test_no_heldout_person_or_company_name_in_code():
    names = _heldout_names()
    assert len(names) > 500  # every set's truth was read
    assert not _named_in_code(names)


def _named_in_code(names: set[str]) -> list[str]:
    """The names the code spells as whole words (a substring test first: it is fast)."""
    code = _code()
    lower = code.lower()
    return sorted(
        n
        for n in names
        if n.lower() in lower and re.search(rf"(?<!\w){re.escape(n)}(?!\w)", code, re.IGNORECASE)
    )
