"""The positions a press release states, sentence by sentence, for ``kg.extract.press``:
the people each sentence names (``prose_people``), the titles it gives them
(``prose_positions``), at the company the sentence is about."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date
from typing import TYPE_CHECKING

from kg.extract.common import fold
from kg.extract.nlp import COMPANY_RE, PERSON_NAME, TITLE_RE, person_from_text, roles_for_title
from kg.extract.parties import Parties
from kg.extract.prose_dates import later_day
from kg.extract.prose_people import HONORIFIC, named_people, position, resolve_org
from kg.extract.prose_positions import Named, Stated, read_sentence
from kg.extract.prose_story import Story, each_effective
from kg.extract.prose_titles import title_at
from kg.extract.prose_undated import named_now, ranks_left, taken
from kg.model import Position

if TYPE_CHECKING:
    from spacy.tokens import Doc


def stated_positions(
    sentences: list[str], docs: list[Doc], parties: Parties, when: date | None
) -> list[Position]:
    """Positions a release states: "X has been promoted to Chief Revenue Officer", "X will be
    joining its Board", "led by X as Chief Executive Officer" (the company the sentence names
    first when it is not the subject: a spin-off's officers are not the parent's)."""
    out: list[Position] = []
    honorific = {m.group(1) for s in sentences for m in HONORIFIC.finditer(s)}
    story = Story()
    last: list[tuple[int, Stated]] = []  # the previous sentence's positions
    listed: date | None = None  # "the following appointments, each effective <date>"
    in_list = False  # a "Name – Title" line has been read
    now = None if any(map(_STARTS_LATER.search, sentences)) else when
    for sentence, doc in zip(sentences, docs, strict=True):
        # "Mr. Vale will remain on the board as Chairman", "Vale will also join the Board":
        # a name the model need not find (nor run on: no full name in the sentence)
        named = (
            doc.ents
            or HONORIFIC.search(sentence)
            or re.match(r"(?:He|She|His|Her)\s", sentence)
            or _known_family(sentence, parties)
        )
        if lined := _name_line(sentence, parties, listed, when):
            story.heard([lined[0]])  # "B succeeds A" after it: the title A leaves
            out.append(lined[1])  # "Jane Roe – Chief Operating Officer", under the heading
            in_list = True  # the lines under it tell of the person, naming no one in full
            continue
        people = named_people(doc, parties, honorific, story) if named else []
        listed = _listed_day(sentence, bool(people) or in_list, listed)
        if not people and (day := later_day(sentence, when)):
            _redate(out, last, day, when)  # "Both changes take effect April 1."
        last = [] if people or not sentence.strip() else last
        for stated, held in _sentence_positions(sentence, people, parties, (when, listed, now)):
            last.append((len(out), stated))
            out.append(held)
    return [f for f in ranks_left(out) if isinstance(f, Position)]  # VP left for SVP


def _sentence_positions(
    sentence: str,
    people: list[Named],
    parties: Parties,
    days: tuple[date | None, date | None, date | None],
) -> list[tuple[Stated, Position]]:
    """The officers' and directors' positions one sentence states, each with its reading;
    ``days``: the release's, the list heading's (a change it gives no day takes it), and the
    one a title the release says someone "has been named" starts on (none when the release
    puts the starts in a later month)."""
    when, listed, now = days
    out = []
    for stated in read_sentence(fold(sentence), people, when):
        if stated.until:
            continue  # an undated move's old title: when it ended is not known
        if stated.change and stated.day is None and listed:
            stated = replace(stated, day=listed)
        if stated.day is None and named_now(taken(stated), sentence):
            stated = replace(stated, day=now)  # "A has been named T": the release's news
        # A release cannot tell a unit from another company: "of <unknown>" is left out.
        first = _first_company(fold(sentence), parties, people[0].start if people else None)
        title, key = resolve_org(stated, parties, first, False)
        if key is None or not set(roles_for_title(title)) & {"Officer", "Director"}:
            continue
        holder, org = parties.ref(stated.key), parties.ref(key)
        out.append((stated, position(replace(stated, title=title), holder, org, sentence, when)))
    return out


def _listed_day(sentence: str, people: bool, before: date | None) -> date | None:
    """The day a heading naming no one gives the changes told after it ("announced the
    following appointments, each effective <date>"); a quote, or a sentence naming no one
    after it, ends the list (as ``Story.lead`` reads an 8-K's)."""
    if not people and (day := each_effective(sentence)):
        return day
    if sentence.lstrip().startswith(('"', "“")) or (not people and sentence.strip()):
        return None
    return before


def _known_family(sentence: str, parties: Parties) -> bool:
    """Whether the sentence opens with the family name of a person named in full before
    ("Roe will also join the Board on May 1", as releases write)."""
    first = re.match(r"[A-Z][\w'’-]+", sentence)
    return bool(first and parties.by_family_name(first.group(0)))


def _redate(
    out: list[Position], last: list[tuple[int, Stated]], day: date, when: date | None
) -> None:
    """The changes of the sentence before, undated or dated by the release alone, on the day
    a sentence after them gives them all."""
    for i, stated in last:
        if stated.change and stated.day in (None, when):
            out[i] = replace(
                out[i],
                start_date=day if stated.change == "start" else None,
                end_date=day if stated.change == "end" else None,
            )


_WHO = re.compile(r",\s*who\s")
# "A and B will assume their new roles starting January 2020": the offices start
# in a later month the release gives no day of, not on the release's date.
_STARTS_LATER = re.compile(
    r"(?i)\bwill\s+(?:assume|take\s+up|begin|start)\b[^.;]*?\b(?:starting|beginning|in|from)\s+"
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
    r"\s+\d{4}\b"
)
# "appointed A, a Partner at Example Capital, and B as directors": a job elsewhere said in
# passing after the name, whose company is not the one the news is at.
_JOB_AT = re.compile(r"(?i),\s*(?:a|an|the)\s+(?:former\s+|retired\s+)?[\w ,-]{1,60}?\s+at\s+$")


def _first_company(sentence: str, parties: Parties, person: int | None = None) -> str | None:
    """The company a sentence names first (its subject, as a rule), else the release's; not
    one a relative clause after the first person (at ``person``) names ("B, who has led
    Example Ltd. since 2005 and will become Group President": B's history), nor the company
    of a job said in passing after it ("A, a Partner at Example Capital, and B")."""
    for m in COMPANY_RE.finditer(sentence):
        if person is not None and _WHO.search(sentence, person, m.start()):
            break
        if person is not None and m.start() > person and _JOB_AT.search(sentence, 0, m.start()):
            continue
        key = parties.find(re.sub(r"['’]s$", "", m.group(0)).strip(" ,."))
        if key is not None and parties.ref(key).kind == "company":
            return key
    return parties.subject_key


# "Jane Roe – Senior Vice President, Operations": a name and its title alone on a line, as a
# release lists the people its heading announces (the line's paragraph, not a sentence)
NAME_LINE = re.compile(
    rf"(?P<name>{PERSON_NAME})\s+(?:[–—]|--?)\s+(?P<title>(?i:{TITLE_RE.pattern})[^.;:!?]*)"
)


def _name_line(
    line: str, parties: Parties, listed: date | None, when: date | None
) -> tuple[Stated, Position] | None:
    """The position a "Name – Title" line states: taken on the day of the heading over the
    list ("announced the following appointments, effective <date>:"), else held."""
    m = NAME_LINE.fullmatch(fold(line).strip())
    person = person_from_text(m["name"]) if m else None
    key = parties.add_person(person, line) if m and person else None
    if not m or key is None or parties.subject_key is None:
        return None
    title = title_at(m.string, m.start("title"), m.end("title"))
    if not set(roles_for_title(title.title)) & {"Officer", "Director"}:
        return None
    stated = replace(title, key=key, change="start" if listed else None, day=listed)
    holder, org = parties.ref(key), parties.ref(parties.subject_key)
    return stated, position(stated, holder, org, line, when)
