"""Given names and their familiar forms, for matching people within one company.

A release quotes "Dan Roe, Chief Financial Officer" where the 8-K it is filed with
is signed "Daniel M. Roe": the same officer. The table maps a familiar form to a
key shared with the formal names it shortens; where a short form serves several
names ("Kathy": Katherine, Kathleen; "Chris": Christopher, Christine) they all
share the key. Only the common English forms are listed: a name not listed is
its own key, so nothing is merged on a guess.
"""

from __future__ import annotations

import re

_GROUPS = (
    "al albert alan allan allen",
    "alex alexander alexandra",
    "andy drew andrew",
    "barb barbara",
    "ben benjamin",
    "beth betty liz elizabeth",
    "bill billy will willy william",
    "bob bobby rob robbie robert",
    "charlie chuck charles",
    "chris christopher christine christina",
    "dan danny daniel",
    "dave david",
    "deb debbie deborah debra",
    "dick rich rick ricky richard",
    "doug douglas",
    "ed eddie edward",
    "fred frederick",
    "greg gregory",
    "jeff jeffrey geoffrey",
    "jen jenny jennifer",
    "jerry gerald gerry jerome",
    "jim jimmy james",
    "joe joey joseph",
    "kate katie kathy cathy katherine kathleen catherine",
    "ken kenneth",
    "larry lawrence laurence",
    "matt matthew",
    "mike mick michael",
    "nick nicholas",
    "pat patrick patricia",
    "pete peter",
    "phil philip phillip",
    "ray raymond",
    "ron ronald",
    "sam samuel samantha",
    "steve stephen steven",
    "sue susan suzanne",
    "ted theodore",
    "tim timothy",
    "tom tommy thomas",
    "tony anthony",
    "walt walter",
)
_KEY = {name: group.split()[-1] for group in _GROUPS for name in group.split()}
_SUFFIX = re.compile(r"(?i)\b(jr|sr|ii|iii|iv)\b\.?")


def given_key(given: str) -> str:
    """The key a given name shares with its familiar and formal forms ("dan" -> "daniel")."""
    word = re.sub(r"[^a-z]", "", given.lower())
    return _KEY.get(word, word)


def name_suffix(name: str) -> str:
    """ "jr", "iii" ... when the name carries a generational suffix, else ""."""
    found = _SUFFIX.search(name)
    return found.group(1).lower() if found else ""
