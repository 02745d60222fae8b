"""Board seats a verb changes, for ``kg.extract.prose_positions``: "elected A and B as Class
II directors", "resigned from the Board", "became members of the Board", "as directors of the
Company and of the Bank" (a seat at each)."""

from __future__ import annotations

import re

from kg.extract.common import fold
from kg.extract.prose_titles import Stated

# "elected to the Board", "resigned from the Board", "to fill the newly created directorship",
# "will not stand for re-election" (a director's);
# not "the Board appointed ..." after the verb, another clause's subject.
# "appointed A to fill the resulting vacancy" (with no title in the clause: a board's),
# "appointed A and B to the boards of directors of the Company and the Bank",
# "elected A, B and C to fill the newly created seats" (a board's seats, when no title is said).
_TO_THE_BOARD = re.compile(
    r"(?i)\b(?:from|to|on|join(?:s|ed|ing)?|members?\s+of)\s+(?:the\s+|its\s+|our\s+)?"
    r"(?:(?:company|registrant|bank)['’]s\s+)?boards?\b|\bdirectorships?\b|\bre-?election\b"
    r"|\bto\s+fill\s+(?:the|a|such)\s+(?:[\w-]+\s+){0,2}(?:vacanc(?:y|ies)|seats?)\b"
    # "appointed A as an independent board member": a member of the board is a director
    r"|\bas\s+(?:an?\s+)?(?:(?:independent|non-?executive|new)\s+)*board\s+members?\b"
)
# "elected A and B as Class II directors", "elected A and B as directors"
# "elected A, B and C as trustees of the Trust": a trust's board seats trustees.
_SEATS = re.compile(
    r"(?i)\b(?:(?:independent|class\s+(?:i{1,3}|[123]))\s+)+(?:director|trustee)(?=s\b)"
    r"|(?<=\bas\s)(?:director|trustee)(?=s\b)"
    # "A and B, the directors of Merger Sub, became the directors of the Company"
    r"|(?<=\bbecame\sthe\s)(?:director|trustee)(?=s\s+of\b)"
)
_COMMITTEES = re.compile(
    r"(?i)\bboard['’]s\s+(?:[\w&-]+\s+){0,4}committee"
    r"|\bcommittees?\s+(?:of\s+the\s+board(?:\s+of\s+directors)?|thereof)"
)


def board_seat(scope: str) -> list[Stated]:
    """The seat a verb about the board changes: "elected A and B as Class II directors" (as
    written, singular), "resigned from the Board" (a director's); a committee of the board
    ("chair of the Compensation Committee of the Board") is not a seat on it."""
    org = _BOARD_OF.search(scope) or _ORGS_BOARD.search(scope)  # "of the General Partner"
    org_name = fold(org.group("org")) if org else None
    # "the boards of directors of the Company and the Bank", "from the Board ... and from the
    # board of directors of its wholly owned subsidiary, Example Bank": a seat at each
    second = _SECOND_BOARD.search(scope)
    if second and (second.group("also") or second.group("sub")):
        return [Stated("", "Director", org=org_name, also=fold(second["also"] or second["sub"]))]
    if seat := _SEATS.search(scope):
        also = _AND_OF_THE.match(scope, seat.end())  # "as directors of the Company and of the Bank"
        return [Stated("", fold(seat.group(0)), org=org_name, also=also and also.group("also"))]
    if _TO_THE_BOARD.search(_COMMITTEES.sub("", scope)):
        return [Stated("", "Director", org=org_name)]
    return []


_AND_OF_THE = re.compile(
    r"s?\s+of\s+the\s+(?i:company|registrant|corporation)\s+and\s+(?:of\s+)?(?P<also>the\s+[A-Z]\w+)"
)
_NAMED = r"[A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*)*"
_SECOND_BOARD = re.compile(
    r"(?i:boards\s+of\s+directors\s+of\s+the\s+(?:company|registrant|corporation))\s+and\s+"
    r"(?:of\s+)?(?P<also>the\s+[A-Z]\w+)"
    r"|\band\s+(?:from|to|on)\s+the\s+(?i:board\s+of\s+directors)\s+of\s+(?:its|the\s+Company['’]s)\s+"
    rf"(?:(?:wholly[- ]owned|principal|bank(?:ing)?)\s+)*subsidiary,\s+(?P<sub>{_NAMED})"
)
_BOARD_OF = re.compile(
    r"(?i:boards?\s+of\s+directors\s+of)\s+(?P<org>(?i:the|its)\s+general\s+partner"
    r"|the\s+[A-Z]\w+(?:\s+[A-Z]\w+)?)"
)
# "appointed to the bank's board of directors": the seat is at the bank the filing names so.
_ORGS_BOARD = re.compile(r"(?i)\b(?:to|from|on)\s+(?P<org>the\s+bank)['’]s\s+board\b")
