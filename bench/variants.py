"""Distinct ownership XMLs for the benchmark, made from the corpus's.

The corpus holds a few dozen Form 3/4/5 XMLs; timing them repeatedly would let every
pass after the first find its names, amounts and IRIs cached. Each copy made here is a
new filing as far as edgar-kg can tell: its reporting owners have another CIK and name,
its amounts other values. Issuers, titles, dates and footnotes stay as they are, as they
recur across a real run of filings.
"""

from __future__ import annotations

import re
from pathlib import Path

_OWNER_CIK = re.compile(rb"(<rptOwnerCik>\s*)(\d+)")
_OWNER_NAME = re.compile(rb"(<rptOwnerName>)([^<]*)")
_AMOUNT = re.compile(rb"(<value>\s*)(\d+)(?=(?:\.\d+)?\s*</value>)")
_SUFFIXES = [b"", *(f" Q{n}".encode() for n in range(1, 100))]


def _copy(data: bytes, n: int) -> bytes:
    """The ``n``-th distinct copy of one filing (``n`` = 0: the filing itself)."""
    if n == 0:
        return data
    data = _OWNER_CIK.sub(lambda m: m[1] + b"%010d" % ((int(m[2]) + 7919 * n) % 10**10), data)
    data = _OWNER_NAME.sub(lambda m: m[1] + m[2].rstrip() + _SUFFIXES[n], data)
    return _AMOUNT.sub(lambda m: m[1] + str(int(m[2]) + n).encode(), data)


def distinct_copies(paths: list[Path], copies: int, folder: Path) -> list[Path]:
    """``copies`` distinct filings per path, written under ``folder``."""
    out = []
    for n in range(copies):
        for i, path in enumerate(paths):
            target = folder / f"{n:02d}_{i:03d}_{path.name}"
            target.write_bytes(_copy(path.read_bytes(), n))
            out.append(target)
    return out
