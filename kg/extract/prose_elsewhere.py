"""Offices held at another company a clause names, for ``kg.extract.prose_positions``: "joins
Acme from Example Co., where she has served as General Counsel since 2017" is Example Co.'s
General Counsel, not Acme's."""

from __future__ import annotations

import re
from dataclasses import replace

from kg.extract.common import fold
from kg.extract.nlp import COMPANY_RE
from kg.extract.prose_titles import Stated, title_list

# "joins Acme from Example Co., where she has served as General Counsel since 2017": the
# office held at the company the person comes from, not one at the company joined.
_FROM_WHERE = re.compile(
    rf"\bfrom\s+(?P<org>{COMPANY_RE.pattern}),\s+where\s+(?:he|she|they)\s+(?:has|have)\s+"
    r"(?:(?:also|most\s+recently)\s+)?(?:served\s+as|been)\s+"
)


def held_where_from(scope: str) -> list[Stated] | None:
    """The office ``scope`` says is held at the company the person comes from, with that
    company; None when it says none."""
    m = _FROM_WHERE.search(scope)
    if m is None:
        return None
    return [replace(s, org=s.org or fold(m.group("org"))) for s in title_list(scope, m.end())]
