"""What the 8-K and press-release extractors read from prose, against a reading by hand.

Each filing below was read line by line and every position stated in it written down:
who, at which organisation, in what role, with what title, and the start or end date an
appointment or departure gives. The extractors must give EXACTLY that set (a position
too many is a false positive, one missing a miss), and exactly the people the filing
names. What a careful reader finds but the extractors do not yet read is listed under
``GAPS`` and checked as an expected failure (strict: the test says so when a gap closes).
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

import pytest

from kg.ingest import read_file
from kg.model import Agreement, EntityRef, Extraction, Position, Signature
from kg.pipeline import Extracted, extract_document

DATA = Path(__file__).parent / "data"

D, OF, E = ("Director",), ("Officer",), ("Employee",)
OD = ("Officer", "Director")
# (person, organisation, roles, title, start date, end date)
Held = tuple[str, str, tuple[str, ...], str | None, date | None, date | None]


@dataclass(frozen=True)
class Truth:
    positions: frozenset[Held]
    people: frozenset[str]
    gaps: frozenset[Held] = field(default_factory=frozenset)
    missed_people: frozenset[str] = field(default_factory=frozenset)


def _truth(
    positions: list[Held],
    people: list[str],
    gaps: list[Held] | None = None,
    missed: list[str] | None = None,
    extra: list[Held] | None = None,
) -> Truth:
    return Truth(
        frozenset(positions + (extra or [])),
        frozenset(people),
        frozenset(gaps or ()),
        frozenset(missed or ()),
    )


EXELON = "Exelon Corporation"
BANCORP = "1895 Bancorp of Wisconsin, Inc."
AFC = "AFC Gamma, Inc."
BLK = "BlackRock, Inc."
JWN = "Nordstrom, Inc."
JPM = "JPMorgan Chase & Co."
FLWS = "1-800-FLOWERS.COM, Inc."
TASR = "TASER International, Inc."
TASR_SHORT = "TASER International"

TRUTH: dict[str, Truth] = {
    "form8k/cassette_exelon_8k_2005.htm": _truth(
        [
            # "elected Thomas J. Ridge to serve as a Class I director, effective May 2, 2005"
            ("Thomas J. Ridge", EXELON, D, "Class I director", date(2005, 5, 2), None),
            (
                "J. Barry Mitchell",
                EXELON,
                OF,
                "Senior Vice President, Treasurer and Chief Financial Officer",
                None,
                None,
            ),
        ],
        ["Thomas J. Ridge", "J. Barry Mitchell"],
        # "Mr. Ridge is also a director of Home Depot Corporation and Savi Technology."
        extra=[
            ("Thomas J. Ridge", "Home Depot Corporation", D, "director", None, None),
            ("Thomas J. Ridge", "Savi Technology", D, "director", None, None),
        ],
    ),
    "form8k/edgartools_1895_bancorp_8k_2024-12-20.htm": _truth(
        [
            ("David R. Ball", BANCORP, OF, "President and Chief Executive Officer", None, None),
            (
                "Steven T. Klitzing",
                BANCORP,
                OF,
                "Executive Vice President and Chief Financial Officer and Treasurer",
                None,
                None,
            ),
            (
                "Daniel Kempel",
                BANCORP,
                OF,
                "Senior Vice President and Chief Credit Officer",
                None,
                None,
            ),
            (
                "Eric T. Hurd",
                BANCORP,
                OF,
                "Senior Vice President and Chief Lending Officer",
                None,
                None,
            ),
            (
                "Monica Baker",
                BANCORP,
                OF,
                "Executive Vice President and Chief Operating Officer",
                None,
                None,
            ),
        ],
        # "David Ball" in the prose is the "David R. Ball" who signs: one person.
        ["David R. Ball", "Steven T. Klitzing", "Daniel Kempel", "Eric T. Hurd", "Monica Baker"],
    ),
    "form8k/edgartools_afc_gamma_8k_2023-03-17.html": _truth(
        [
            (
                "Brett Kaufman",
                AFC,
                OF,
                "Chief Financial Officer and Treasurer",
                None,
                date(2023, 4, 17),
            ),
            (
                "Brandon Hetzel",
                AFC,
                OF,
                "Chief Financial Officer and Treasurer",
                date(2023, 3, 17),
                None,
            ),
            ("Gabriel Katz", AFC, OF, "Secretary and Chief Legal Officer", None, None),
        ],
        ["Brett Kaufman", "Brandon Hetzel", "Gabriel Katz"],
    ),
    "form8k/pair8k01_blackrock_8k_2023-02-24.html": _truth(
        [
            # "transitioned from the role of Chief Financial Officer to Vice Chairman"
            ("Gary S. Shedlin", BLK, OF, "Chief Financial Officer", None, date(2023, 2, 24)),
            ("Gary S. Shedlin", BLK, D, "Vice Chairman", date(2023, 2, 24), None),
            ("Martin Small", BLK, OF, "Chief Financial Officer", date(2023, 2, 24), None),
            (
                "R. Andrew Dickson III",
                BLK,
                OF,
                "Managing Director and Corporate Secretary",
                None,
                None,
            ),
        ],
        ["Gary S. Shedlin", "Martin Small", "R. Andrew Dickson III"],
    ),
    "agreement/pair8k02_nordstrom_8k_2023-03-01.html": _truth(
        [
            ("Erik B. Nordstrom", JWN, OF, "Chief Executive Officer", None, None),
            (
                "Peter E. Nordstrom",
                JWN,
                OF,
                "President, Nordstrom Inc. and Chief Brand Officer",
                None,
                None,
            ),
            ("Kenneth J. Worzel", JWN, OF, "Chief Customer Officer", None, None),
            (
                "Ann Munson Steines",
                JWN,
                OF,
                "Chief Legal Officer, General Counsel and Corporate Secretary",
                None,
                None,
            ),
        ],
        ["Erik B. Nordstrom", "Peter E. Nordstrom", "Kenneth J. Worzel", "Ann Munson Steines"],
    ),
    "form8k/pair8k04_jpmorgan_8k_2026-06-24.htm": _truth(
        [
            ("Doug Petno", JPM, OF, "Co-President", date(2026, 6, 25), None),
            ("Troy Rohrbaugh", JPM, OF, "Co-President", date(2026, 6, 25), None),
            (
                "Doug Petno",
                JPM,
                OF,
                "Co-President and CEO of the Commercial & Investment Bank",
                None,
                None,
            ),
            (
                "Troy Rohrbaugh",
                JPM,
                OF,
                "Co-President and CEO of Consumer & Community Banking",
                None,
                None,
            ),
            # "current CEO of CCB, has decided to retire": no date, so CEO as of the report
            ("Marianne Lake", JPM, OF, "CEO of CCB", None, None),
            ("Mary Erdoes", JPM, OF, "CEO of Asset & Wealth Management", None, None),
            ("Jennifer Piepszak", JPM, OF, "Chief Operating Officer", None, None),
            ("Reid R. Broda", JPM, OF, "Corporate Secretary", None, None),
        ],
        [
            "Doug Petno",
            "Troy Rohrbaugh",
            "Marianne Lake",
            "Mary Erdoes",
            "Jennifer Piepszak",
            "Reid R. Broda",
        ],
        # "Mr. Petno will become sole CEO of the CIB, and Mr. Rohrbaugh will become CEO of
        # Consumer & Community Banking": effective with the election, but undated there.
        gaps=[
            ("Doug Petno", JPM, OF, "CEO of the CIB", date(2026, 6, 25), None),
            (
                "Troy Rohrbaugh",
                JPM,
                OF,
                "CEO of Consumer & Community Banking",
                date(2026, 6, 25),
                None,
            ),
        ],
    ),
    "html/edgartools_1800flowers_8k_2023-12-14.html": _truth(
        [
            *(
                (name, FLWS, D, "Director", None, None)
                for name in (
                    "Celia R. Brown",
                    "James A. Cannavino",
                    "Dina Colombo",
                    "Eugene F. DeMark",
                    "Leonard J. Elmore",
                    "Adam Hanft",
                    "Stephanie Redish Hofmann",
                    "Christopher G. McCann",
                    "James F. McCann",
                    "Christina Shim",
                    "Larry Zarin",
                )
            ),
            (
                "William E. Shea",
                FLWS,
                OF,
                "Senior Vice President, Treasurer and Chief Financial Officer",
                None,
                None,
            ),
        ],
        [
            "Celia R. Brown",
            "James A. Cannavino",
            "Dina Colombo",
            "Eugene F. DeMark",
            "Leonard J. Elmore",
            "Adam Hanft",
            "Stephanie Redish Hofmann",
            "Christopher G. McCann",
            "James F. McCann",
            "Christina Shim",
            "Larry Zarin",
            "William E. Shea",
        ],
    ),
    "form8k/edgartools_premier_financial_bancorp_8k_0000887919-21-000012.html": _truth(
        [
            (
                "Brien M. Chase",
                "Premier Financial Bancorp, Inc.",
                OF,
                "Senior Vice President and Chief Financial Officer",
                None,
                None,
            )
        ],
        ["Brien M. Chase"],
    ),
    "form8k/edgartools_lge_ku_8k_0001104659-03-004925_2003.html": _truth(
        [
            (
                "John R. McCall",
                company,
                OF,
                "Executive Vice President, General Counsel and Corporate Secretary",
                None,
                None,
            )
            for company in ("Louisville Gas and Electric Company", "Kentucky Utilities Company")
        ],
        ["John R. McCall"],
    ),
    "form8k/edgarwebr_ford_8k_2017.htm": _truth(
        [("Corey M. MacGillivray", "Ford Motor Company", OF, "Assistant Secretary", None, None)],
        ["Corey M. MacGillivray"],
    ),
    "form8k/axon_taser_8k_2005-03-21.pdftotext.txt": _truth(
        [
            # "the appointment of ... Judy Martz to replace Bernard Kerik who is resigning from
            # the board ... effective April 1, 2005"
            ("Judy Martz", "Taser International, Inc.", D, "Director", date(2005, 4, 1), None),
            ("Bernard Kerik", "Taser International, Inc.", D, "Director", None, date(2005, 4, 1)),
            (
                "Daniel Behrendt",
                "Taser International, Inc.",
                OF,
                "Chief Financial Officer",
                None,
                None,
            ),
        ],
        ["Judy Martz", "Bernard Kerik", "Daniel Behrendt", "Phil Smith", "Steve Tuttle"],
        # The release printed after the signature as Exhibit 99.1, read as a press release
        # of its own (its company spelt "TASER"; Kerik resigns "effective March 31, 2005").
        extra=[
            ("Phil Smith", TASR, D, "Chairman", None, None),
            ("Steve Tuttle", TASR, OF, "Vice President of Communications", None, None),
            ("Bernard Kerik", TASR, D, "Director", None, date(2005, 3, 31)),
        ],
        # "she and her husband, Harry Martz, have owned and operated a ... business"
        missed=["Harry Martz"],
    ),
    "form8k/axon_taser_8k_2006-11-14.pdftotext.txt": _truth(
        [
            ("Kathleen C. Hanrahan", TASR, OF, "President", date(2006, 10, 23), None),
            ("Daniel Behrendt", TASR, OF, "Chief Financial Officer", None, None),
        ],
        ["Kathleen C. Hanrahan", "Daniel Behrendt"],
        # "promotion ... from Chief Operating Officer to President", dated a sentence later.
        extra=[
            ("Kathleen C. Hanrahan", TASR, OF, "Chief Operating Officer", None, date(2006, 10, 23))
        ],
    ),
    "form8k/axon_taser_8k_2010-02-18.pdftotext.txt": _truth(
        [
            (
                "Douglas E. Klint",
                TASR_SHORT,
                OF,
                "President-Hardware Group",
                date(2010, 2, 15),
                None,
            ),
            ("Daniel M. Behrendt", TASR_SHORT, OF, "Chief Financial Officer", None, None),
            # "Mr. Klint has served as Vice President General Counsel of the Company since
            # 2002" (the filing's words, comma lost): held as of the report.
            ("Douglas E. Klint", TASR_SHORT, OF, "Vice President General Counsel", None, None),
        ],
        ["Douglas E. Klint", "Daniel M. Behrendt"],
    ),
    "form8k/axon_taser_8k_2010-04-12.pdftotext.txt": _truth(
        [
            ("Bruce Culver", TASR_SHORT, D, "director", None, date(2010, 4, 9)),
            ("Douglas E. Klint", TASR_SHORT, OF, "Corporate Secretary", None, None),
        ],
        ["Bruce Culver", "Douglas E. Klint"],
    ),
    "form8k/secedgardownloader_apple_8k_2019-11-07.htm": _truth(
        [
            (
                "Luca Maestri",
                "Apple Inc.",
                OF,
                "Senior Vice President, Chief Financial Officer",
                None,
                None,
            )
        ],
        ["Luca Maestri"],
    ),
    # Item 1.01 "entered into a contract with ATS ..."; EX-99.1: "commented Rick Smith, CEO",
    # "contact Marcy Rigoni, Manager of Investor Relations at ..., or Dan Behrendt, Chief
    # Financial Officer"; the 8-K is signed by Daniel Behrendt (one person in two spellings,
    # in two documents).
    "form8k/axon_taser_8k_2007-07-23.pdftotext.txt": _truth(
        [
            ("Daniel Behrendt", TASR, OF, "Chief Financial Officer", None, None),
            ("Dan Behrendt", TASR, OF, "Chief Financial Officer", None, None),
            ("Rick Smith", TASR, OF, "CEO", None, None),
            ("Marcy Rigoni", TASR, E, "Manager of Investor Relations", None, None),
        ],
        ["Daniel Behrendt", "Dan Behrendt", "Rick Smith", "Marcy Rigoni"],
    ),
    "form8k/axon_taser_8k_2009-05-21.pdftotext.txt": _truth(
        [("Douglas E. Klint", TASR, OF, "Corporate Secretary", None, None)],
        ["Bruce Culver", "Donna Culver", "Douglas E. Klint"],
        # Item 1.01: "Mr. Culver has served as a director of the Company since January 1994."
        # Read as a seat held now, but "Mr. Culver" could be either of "Bruce and Donna
        # Culver" to a reader that does not know which given name is a man's.
        gaps=[("Bruce Culver", TASR, D, "director", None, None)],
    ),
    "press/axon_pr_2012-02-13_tom_smith_retires.txt": _truth(
        [
            ("Rick Smith", TASR, OF, "CEO", None, None),  # also "Chief Executive Officer": one
            ("Jeff Kukowski", TASR, OF, "Chief Marketing Officer", None, None),
            # "Mr. Smith is succeeded as Chairman of the Board of Directors by Michael Garnreiter"
            ("Michael Garnreiter", TASR, D, "Chairman of the Board of Directors", None, None),
            ("Dan Behrendt", TASR, OF, "Chief Financial Officer", None, None),
            # "please contact Katie Pyra by phone at ... or via email at IR@..."
            ("Katie Pyra", TASR, E, "Investor Relations", None, None),
        ],
        # Tom Smith, "Chairman Emeritus", retires: named, with no seat.
        [
            "Rick Smith",
            "Jeff Kukowski",
            "Michael Garnreiter",
            "Dan Behrendt",
            "Katie Pyra",
            "Tom Smith",
        ],
    ),
    "press/axon_pr_2014-06-10_bret_taylor_joins.txt": _truth(
        [
            ("Bret Taylor", "TASER", D, "Director", None, None),
            ("Matthew McBrady", "TASER", D, "Director", None, None),
            ("Rick Smith", "TASER", OF, "CEO and founder", None, None),
            ("Hadi Partovi", "TASER", D, "Director", None, None),
            ("Steve Tuttle", "TASER", OF, "Vice President of Communications", None, None),
            ("Erin Curtis", "TASER", E, "Investor Relations", None, None),
        ],
        [
            "Bret Taylor",
            "Matthew McBrady",
            "Rick Smith",
            "Hadi Partovi",
            "Steve Tuttle",
            "Erin Curtis",
        ],
        # "[Mr. Taylor] is now CEO of Quip"; "with former Google employee, Jim Norris".
        gaps=[("Bret Taylor", "Quip", OF, "CEO", None, None)],
        missed=["Jim Norris"],
    ),
    "agreement/axon_pr_2015-10-26_microsoft_corp_announce_partnership.txt": _truth(
        [
            ("Rick Smith", TASR_SHORT, OF, "Founder and CEO", None, None),
            (
                "Curt Kolcun",
                "Microsoft Corp.",
                OF,
                "Vice President of U.S. Public Sector",
                None,
                None,
            ),
            # "CONTACT:Sydney SiegmethPR DirectorPress@...": an employee, not a board member.
            ("Sydney Siegmeth", TASR_SHORT, E, "PR Director", None, None),
            ("Erin Curtis", TASR_SHORT, E, "Investor Relations", None, None),
        ],
        ["Rick Smith", "Curt Kolcun", "Sydney Siegmeth", "Erin Curtis"],
    ),
    "press/axon_pr_2017-12-21_promotes_key_leaders.txt": _truth(
        [
            ("Josh Isner", "Axon", OF, "Chief Revenue Officer", None, None),
            ("Jenner Holden", "Axon", OF, "Chief Information Security Officer", None, None),
            ("Rick Smith", "Axon", OF, "CEO and founder", None, None),
            ("Sydney Siegmeth", "Axon", OF, "VP Communications", None, None),
            ("Andrea James", "Axon", E, "Investor Relations", None, None),
        ],
        ["Josh Isner", "Jenner Holden", "Rick Smith", "Sydney Siegmeth", "Andrea James"],
    ),
    "press/cassette_3m_8k_2024-03-08_EX_99_1.htm": _truth(
        [
            ("Mike Roman", "3M", OD, "chairman and chief executive officer", None, None),
            # The spin-off's officers belong to the new company, not to the parent.
            ("Bryan Hanson", "Solventum Corporation", OF, "Chief Executive Officer", None, None),
            ("Wayde McMillan", "Solventum Corporation", OF, "Chief Financial Officer", None, None),
            ("Carrie Cox", "Solventum Corporation", D, "Board Chair", None, None),
            ("Bruce Jermeland", "3M", E, "Investor Relations", None, None),
            ("Diane Farrow", "3M", E, "Investor Relations", None, None),
            ("Eric Herron", "3M", E, "Investor Relations", None, None),
            ("Sean Lynch", "3M", E, "Media Relations", None, None),
            ("Kevin Moran", "Solventum Corporation", E, "Investor Relations", None, None),
            ("Carly Rotman", "Solventum Corporation", E, "Media Relations", None, None),
        ],
        [
            "Mike Roman",
            "Bryan Hanson",
            "Wayde McMillan",
            "Carrie Cox",
            "Bruce Jermeland",
            "Diane Farrow",
            "Eric Herron",
            "Sean Lynch",
            "Kevin Moran",
            "Carly Rotman",
        ],
    ),
    "press/edgartools_abvc_biopharma_8k_2025-04-15_EX_99_1.htm": _truth(
        # Quoted as CEO and named as the contact: one position, not an extra "employee".
        [("Uttam Patil", "ABVC BioPharma, Inc.", OF, "Chief Executive Officer", None, None)],
        ["Uttam Patil"],
    ),
    "html/edgartools_buckle_8k_2024-11-22_EX_99_1.html": _truth(
        [("Thomas B. Heacock", "The Buckle, Inc.", OF, "Chief Financial Officer", None, None)],
        ["Thomas B. Heacock"],
    ),
    "press/pair8k06_adobe_8k_2023-03-15_EX_99_1.htm": _truth(
        [
            ("Shantanu Narayen", "Adobe", OD, "chairman and CEO", None, None),
            ("Dan Durn", "Adobe", OF, "executive vice president and CFO", None, None),
            ("Jonathan Vaas", "Adobe", E, "Investor Relations", None, None),
            ("Ashley Levine", "Adobe", E, "Media Relations", None, None),
        ],
        ["Shantanu Narayen", "Dan Durn", "Jonathan Vaas", "Ashley Levine"],
    ),
}


_cache: dict[str, Extraction] = {}


def _extract(name: str) -> Extraction:
    """The filing's facts: the report's and those of the exhibits printed after it."""
    if name not in _cache:
        extracted = Extracted()
        extract_document(read_file(DATA / name), extracted)
        assert not extracted.failures, extracted.failures
        main = extracted.items[0][1]
        facts = [fact for _, extraction in extracted.items for fact in extraction.facts]
        _cache[name] = dataclasses.replace(main, facts=tuple(facts))
    return _cache[name]


def _held(x: Extraction) -> set[Held]:
    return {
        (p.holder.name, p.organization.name, p.roles, p.title, p.start_date, p.end_date)
        for p in x.facts
        if isinstance(p, Position)
    }


def _people(x: Extraction) -> set[str]:
    refs: list[EntityRef] = []
    for fact in x.facts:
        for name in ("entity", "holder", "signer", "on_behalf_of", "issuer"):
            if isinstance(ref := getattr(fact, name, None), EntityRef):
                refs.append(ref)
        if isinstance(fact, Agreement):
            refs.extend(fact.parties)
    return {r.name for r in refs if r.kind == "person"}


def test_twelve_or_more_filings_are_reviewed() -> None:
    assert len(TRUTH) >= 12
    kinds = {_extract(name).kind for name in TRUTH}
    assert kinds == {"form8k", "press"}


@pytest.mark.parametrize("name", sorted(TRUTH))
def test_positions_are_exactly_those_read_by_hand(name: str) -> None:
    truth = TRUTH[name]
    found = _held(_extract(name))
    assert found - truth.positions == set(), "false positives"
    assert truth.positions - found == set(), "misses"


@pytest.mark.parametrize("name", sorted(TRUTH))
def test_people_are_exactly_those_named(name: str) -> None:
    truth = TRUTH[name]
    found = _people(_extract(name))
    assert found - truth.people == set(), "not a person of this filing (or a duplicate)"
    assert truth.people - found == set(), "a person of this filing not found"


GAPS = [(name, held) for name, t in sorted(TRUTH.items()) for held in sorted(t.gaps, key=str)]
MISSED = [(name, person) for name, t in sorted(TRUTH.items()) for person in sorted(t.missed_people)]


@pytest.mark.xfail(strict=True, reason="a known gap: stated in the filing, not read yet")
@pytest.mark.parametrize(("name", "held"), GAPS)
def test_known_gap_positions(name: str, held: Held) -> None:
    assert held in _held(_extract(name))


@pytest.mark.xfail(strict=True, reason="a known gap: named in the filing, not read yet")
@pytest.mark.parametrize(("name", "person"), MISSED)
def test_known_gap_people(name: str, person: str) -> None:
    assert person in _people(_extract(name))


# --- agreements and signatures ------------------------------------------------------------

AGREEMENTS: dict[str, set[tuple[str, tuple[str, ...], date | None, str | None]]] = {
    # "the Company has entered into its standard indemnification agreement with Mr. Hetzel,
    # the form of which was previously filed ... on January 22, 2021": no date of its own.
    "form8k/edgartools_afc_gamma_8k_2023-03-17.html": {
        ("Indemnification Agreement", (AFC, "Brandon Hetzel"), None, None)
    },
    "form8k/axon_taser_8k_2006-11-14.pdftotext.txt": {
        ("Employment Agreement", (TASR, "Kathleen C. Hanrahan"), date(2000, 11, 15), None)
    },
    # "he remains employed pursuant to an executive employment agreement, dated December 15, 2002";
    # its exhibit line names it "10.1 Executive Employment Agreement with Douglas E. Klint".
    "form8k/axon_taser_8k_2010-02-18.pdftotext.txt": {
        (
            "Executive Employment Agreement",
            (TASR_SHORT, "Douglas E. Klint"),
            date(2002, 12, 15),
            "10.1",
        )
    },
    # "Bruce and Donna Culver, husband and wife ..., and TASER International, Inc."
    # "pursuant to an underwriting agreement (the "Underwriting Agreement") dated November 7,
    # 2019 among Apple and Goldman Sachs & Co. LLC, ..., as representatives"; "pursuant to an
    # indenture, dated as of November 5, 2018 (the "Indenture"), between Apple and The Bank of
    # New York Mellon Trust Company, N.A., as trustee" (filed with another filing: no exhibit).
    "form8k/secedgardownloader_apple_8k_2019-11-07.htm": {
        (
            "Underwriting Agreement",
            (
                "Apple Inc.",
                "Barclays Bank PLC",
                "BNP Paribas",
                "Goldman Sachs & Co. LLC",
                "J.P. Morgan Securities plc",
            ),
            date(2019, 11, 7),
            "1.1",
        ),
        (
            "Indenture",
            ("Apple Inc.", "The Bank of New York Mellon Trust Company, N.A."),
            date(2018, 11, 5),
            None,
        ),
    },
    "form8k/axon_taser_8k_2007-07-23.pdftotext.txt": {
        ("Contract", (TASR, "ATS Automation Tooling Systems Inc."), date(2007, 7, 2), None)
    },
    "form8k/axon_taser_8k_2009-05-21.pdftotext.txt": {
        (
            "Settlement and Release Agreement",
            (TASR, "Bruce Culver", "Donna Culver"),
            date(2009, 5, 15),
            None,
        )
    },
    "form8k/edgartools_premier_financial_bancorp_8k_0000887919-21-000012.html": {
        (
            "Agreement and Plan of Merger",  # its name; "Merger Agreement" is its defined term
            ("Premier Financial Bancorp, Inc.", "Peoples Bancorp, Inc."),
            date(2021, 3, 26),
            None,
        )
    },
    "agreement/pair8k02_nordstrom_8k_2023-03-01.html": set(),  # forms of award agreements only
    "form8k/pair8k04_jpmorgan_8k_2026-06-24.htm": set(),
}


@pytest.mark.parametrize("name", sorted(AGREEMENTS))
def test_agreements(name: str) -> None:
    found = {
        (a.agreement_type, tuple(p.name for p in a.parties), a.date, a.exhibit)
        for a in _extract(name).facts
        if isinstance(a, Agreement)
    }
    assert found == AGREEMENTS[name]


SIGNATURES: dict[str, set[tuple[str, str | None, date | None]]] = {
    # no "SIGNATURES" heading; "Date: <date> Name, Title" on one line
    "form8k/edgartools_premier_financial_bancorp_8k_0000887919-21-000012.html": {
        ("Brien M. Chase", "Senior Vice President and Chief Financial Officer", date(2021, 3, 30))
    },
    # "By: Douglas E. Klint" typed without "/s/"
    "form8k/axon_taser_8k_2010-04-12.pdftotext.txt": {
        ("Douglas E. Klint", "Corporate Secretary", date(2010, 4, 12))
    },
    "form8k/edgarwebr_ford_8k_2017.htm": {
        ("Corey M. MacGillivray", "Assistant Secretary", date(2017, 10, 3))
    },
    # one signature per registrant of a combined report, the title kept with its commas
    "form8k/edgartools_lge_ku_8k_0001104659-03-004925_2003.html": {
        (
            "John R. McCall",
            "Executive Vice President, General Counsel and Corporate Secretary",
            date(2003, 3, 25),
        )
    },
    "agreement/pair8k02_nordstrom_8k_2023-03-01.html": {
        (
            "Ann Munson Steines",
            "Chief Legal Officer, General Counsel and Corporate Secretary",
            date(2023, 3, 6),
        )
    },
}


@pytest.mark.parametrize("name", sorted(SIGNATURES))
def test_signatures(name: str) -> None:
    found = {
        (s.signer.name, s.title, s.date) for s in _extract(name).facts if isinstance(s, Signature)
    }
    assert found == SIGNATURES[name]


def test_combined_report_signs_for_each_registrant() -> None:
    x = _extract("form8k/edgartools_lge_ku_8k_0001104659-03-004925_2003.html")
    signed = {
        (s.signer.name, s.on_behalf_of.name if s.on_behalf_of else None)
        for s in x.facts
        if isinstance(s, Signature)
    }
    assert signed == {
        ("John R. McCall", "Louisville Gas and Electric Company"),
        ("John R. McCall", "Kentucky Utilities Company"),
    }


def test_combined_cover_column_gives_address_and_phone() -> None:
    from kg.model import EntityFacts

    x = _extract("form8k/cassette_exelon_8k_2005.htm")
    (facts,) = [f for f in x.facts if isinstance(f, EntityFacts)]
    assert facts.phone == "(312) 394-7398"
    (address,) = facts.addresses
    assert (address.city, address.state, address.postal_code) == ("Chicago", "IL", "60680-5379")
    assert address.street == "10 South Dearborn Street — 37th Floor, P.O. Box 805379"
