"""kg.extract.press on the seed release, an EX-99.1 HTML release, a scraped release, variants."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from kg.errors import MalformedDocumentError
from kg.extract import detect, form8k, press
from kg.extract.common import fold
from kg.extract.sentences import clean_text
from kg.ingest import read_bytes, read_file
from kg.model import EntityFacts, EntityRef, Extraction, Mention, Position

DATA = Path(__file__).parent / "data" / "press"
SEED = DATA / "003_0dcc0eca3793637d.txt"
BOILERPLATE = ("FAB 2", "Business Wire", "Edgar Filing", "Securities and Exchange Commission")


def _of(x: Extraction, kind: type) -> list:
    return [f for f in x.facts if isinstance(f, kind)]


def _refs(x: Extraction) -> list[EntityRef]:
    refs: list[EntityRef] = [x.document.subject] if x.document.subject else []
    for fact in x.facts:
        for name in ("entity", "holder", "organization"):
            if isinstance(getattr(fact, name, None), EntityRef):
                refs.append(getattr(fact, name))
    return refs


def _positions(x: Extraction) -> dict[str, Position]:
    return {p.holder.name: p for p in _of(x, Position)}


@pytest.fixture(scope="module")
def seed() -> Extraction:
    return press.extract(read_file(SEED))


def test_detect() -> None:
    assert press.detect(read_file(SEED))
    assert press.detect(read_file(DATA / "cassette_3m_8k_2024-03-08_EX_99_1.htm"))
    assert press.detect(read_file(DATA / "axon_pr_2017-12-21_promotes_key_leaders.txt"))
    eight_k = Path(__file__).parent / "data" / "form8k" / "002_b717dde4e27f8616.txt"
    assert not press.detect(read_file(eight_k))
    assert not form8k.detect(read_file(SEED))


def test_seed_document_info(seed: Extraction) -> None:
    info = seed.document
    assert seed.kind == "press"
    assert info.form_type == "PressRelease"
    assert info.date == date(2010, 5, 12)
    assert info.dateline == "THORNTON, Colo."
    assert info.publisher == "Business Wire"
    assert info.title == (
        "Ascent Solar Commences Initial Production from Its FAB 2 Production Plant"
    )
    assert info.subject is not None
    assert info.subject.name == "Ascent Solar Technologies, Inc."
    assert "Ascent Solar" in info.subject.aliases


def test_seed_subject_facts(seed: Extraction) -> None:
    company = [f for f in _of(seed, EntityFacts) if f.entity.kind == "company"]
    (ticker,) = [f for f in company if f.ticker]
    assert (ticker.ticker, ticker.exchange) == ("ASTI", "NASDAQ")
    assert ticker.evidence == "Ascent Solar Technologies, Inc. (NASDAQ:ASTI)"
    (site,) = [f for f in company if f.website]
    assert site.website == "www.ascentsolar.com"


def test_seed_quoted_officer_without_comma(seed: Extraction) -> None:
    ceo = _positions(seed)["Farhad Moghadam"]
    assert (ceo.holder.given_name, ceo.holder.family_name) == ("Farhad", "Moghadam")
    assert ceo.organization.name == "Ascent Solar Technologies, Inc."
    assert ceo.roles == ("Officer",)
    assert ceo.title == "President and CEO"
    assert ceo.as_of == date(2010, 5, 12)
    assert ceo.evidence.startswith("Farhad Moghadam President and CEO of Ascent Solar stated")


def test_seed_investor_relations_contact(seed: Extraction) -> None:
    contact = _positions(seed)["Brian Blackman"]
    assert contact.roles == ("Employee",)
    assert contact.title == "Investor Relations"
    assert contact.organization.name == "Ascent Solar Technologies, Inc."
    assert contact.as_of == date(2010, 5, 12)
    (person,) = [f for f in _of(seed, EntityFacts) if f.entity.kind == "person"]
    assert person.entity.name == "Brian Blackman"
    assert (person.phone, person.email) == ("+1 720-872-5107", "bblackman@ascentsolar.com")


def test_seed_people_and_no_boilerplate(seed: Extraction) -> None:
    assert {r.name for r in _refs(seed) if r.kind == "person"} == {
        "Farhad Moghadam",
        "Brian Blackman",
    }
    names = {r.name.lower() for r in _refs(seed)}
    assert not names & {b.lower() for b in BOILERPLATE}
    assert {r.name for r in _refs(seed) if r.kind == "company"} == {
        "Ascent Solar Technologies, Inc.",
    }


def test_seed_evidence_is_verbatim(seed: Extraction) -> None:
    text = fold(clean_text(SEED.read_text()))
    for fact in seed.facts:
        assert fact.evidence and fact.evidence.rstrip("…") in text, fact


def test_html_exhibit_release() -> None:
    x = press.extract(read_file(DATA / "cassette_3m_8k_2024-03-08_EX_99_1.htm"))
    info = x.document
    assert (info.date, info.dateline, info.publisher) == (
        date(2024, 3, 8),
        "ST. PAUL, Minn.",
        "PR Newswire",
    )
    assert info.title == "3M Board of Directors Approves Spin-off of Solventum"
    assert info.subject is not None and info.subject.name == "3M"
    (ticker,) = [f for f in _of(x, EntityFacts) if f.ticker]
    assert (ticker.ticker, ticker.exchange) == ("MMM", "NYSE")
    people = _positions(x)
    chair = people["Mike Roman"]
    assert chair.title == "chairman and chief executive officer"
    assert chair.roles == ("Officer", "Director")
    assert people["Bruce Jermeland"].roles == ("Employee",)
    assert people["Bruce Jermeland"].title == "Investor Relations"
    phones = {f.entity.name: f.phone for f in _of(x, EntityFacts) if f.entity.kind == "person"}
    assert phones["Bruce Jermeland"] == "(651) 733-1807"
    assert "Solventum Corporation" in {m.entity.name for m in _of(x, Mention)}


def test_scraped_release_with_headline_line() -> None:
    x = press.extract(read_file(DATA / "axon_pr_2017-12-21_promotes_key_leaders.txt"))
    info = x.document
    assert info.title == (
        "Axon Promotes Key Leaders to Chief Revenue Officer and Chief Information Security Officer"
    )
    assert (info.date, info.publisher) == (date(2017, 12, 21), "PR Newswire")
    assert info.subject is not None and info.subject.name == "Axon"
    (ticker,) = [f for f in _of(x, EntityFacts) if f.ticker]
    assert (ticker.ticker, ticker.exchange) == ("AAXN", "NASDAQ")
    people = _positions(x)
    assert people["Josh Isner"].title == "Chief Revenue Officer"
    assert people["Jenner Holden"].title == "Chief Information Security Officer"
    assert all(p.organization.name == "Axon" for p in people.values())


def test_variant_extracts_the_new_values() -> None:
    text = SEED.read_text()
    for old, new in (
        (
            "THORNTON, Colo., May 12, 2010 (BUSINESS WIRE)",
            "DENVER, Colo., June 1, 2015 (GLOBE NEWSWIRE)",
        ),
        (
            "Ascent Solar Technologies, Inc. (NASDAQ:ASTI)",
            "Granite Peak Robotics Corp. (NYSE American: GPRX)",
        ),
        (
            "Farhad Moghadam President and CEO of Ascent Solar stated,",
            "\u201cWe are ready,\u201d said Jane Roe, Chief Financial Officer of Granite Peak.",
        ),
        ("Brian Blackman", "Omar Q. Haddad"),
    ):
        text = text.replace(old, new)
    x = press.extract(read_bytes(text.encode("utf-8"), "variant.txt"))
    assert (x.document.date, x.document.publisher, x.document.dateline) == (
        date(2015, 6, 1),
        "GlobeNewswire",
        "DENVER, Colo.",
    )
    assert x.document.subject is not None
    assert x.document.subject.name == "Granite Peak Robotics Corp."
    (ticker,) = [f for f in _of(x, EntityFacts) if f.ticker]
    assert (ticker.ticker, ticker.exchange) == ("GPRX", "NYSE American")
    people = _positions(x)
    cfo = people["Jane Roe"]
    assert (cfo.title, cfo.roles, cfo.organization.name) == (
        "Chief Financial Officer",
        ("Officer",),
        "Granite Peak Robotics Corp.",
    )
    assert "Granite Peak" in cfo.organization.aliases
    assert people["Omar Q. Haddad"].roles == ("Employee",)
    assert "Farhad Moghadam" not in people


def test_dateline_only_does_not_crash() -> None:
    text = "A Headline About Nothing At All\n\nDENVER, Colo., June 1, 2015 (BUSINESS WIRE) --\n"
    x = press.extract(read_bytes(text.encode(), "empty.txt"))
    assert x.document.date == date(2015, 6, 1)
    assert x.document.title == "A Headline About Nothing At All"
    assert x.document.subject is None
    assert x.facts == ()


def test_blank_text_is_malformed() -> None:
    doc = read_bytes(b"<html><body><p>&nbsp;</p></body></html>", "blank.htm")
    with pytest.raises(MalformedDocumentError, match=r"no text$"):
        press.extract(doc)
    slides = read_bytes(b'<html><body><img src="slide1.jpg"></body></html>', "slides.htm")
    with pytest.raises(MalformedDocumentError, match="only images"):
        press.extract(slides)


PRINTED = (
    "Exhibit 99.1\nCONTACT:\n\nJane Roe\nVice President of Communications\n"
    "Granite Peak Robotics Corp.\n(303) 555-0100\n\n"
    "John Q. Public Retires As Chairman of Granite Peak to Join New Start-up as\n"
    "Chief Executive Officer\n"
    "DENVER, Colo., June 1, 2015 (GLOBE NEWSWIRE) -- Granite Peak Robotics Corp. "
    "(NYSE American: GPRX) today announced that Chairman John Q. Public is retiring from the "
    "Board of Directors to join a new start-up in the drone industry as CEO.\n\n"
    "In 2002 Dr. Public was nominated by President Richard Roe to a federal advisory panel "
    "and confirmed by the Senate.\n\n"
    "For further information contact Jane Roe, Vice President of Communications, at "
    "(303) 555-0100.\n"
)


def test_printed_release_layout() -> None:
    """A release printed as an 8-K exhibit: contact block above a headline that wraps."""
    x = press.extract(read_bytes(PRINTED.encode(), "printed.txt"))
    # The contact's title is not the headline; the wrapped headline is whole.
    assert x.document.title == (
        "John Q. Public Retires As Chairman of Granite Peak to Join New Start-up as "
        "Chief Executive Officer"
    )
    held = {(p.holder.name, p.title, p.organization.name) for p in _of(x, Position)}
    # "Vice President of Communications": a department, not a company called "Communications".
    assert ("Jane Roe", "Vice President of Communications", "Granite Peak Robotics Corp.") in held
    assert not any(org == "Communications" for _, _, org in held)
    # The start-up's CEO is not an office at the subject; a US President is no officer of it.
    titles = {(name, title) for name, title, _ in held}
    assert ("John Q. Public", "CEO") not in titles
    assert not any(name == "Richard Roe" for name, _ in titles)


def _release(body: str) -> Extraction:
    return press.extract(read_bytes(body.encode("utf-8"), "release.txt"))


def test_a_headline_over_a_phone_number_is_not_a_contact() -> None:
    """ "Acme Widgets, Inc. Announces ..." looks like a name line over a contact's phone:
    the company must not become its own employee."""
    x = _release(
        "Acme Widgets, Inc. Announces Things\n"
        "SPRINGFIELD, Ill., March 13, 2007 — Acme Widgets, Inc. (NASDAQ: ACME) today announced"
        " news.\nFor investor relations information please contact Jane Doe at 555-515-6330.\n"
    )
    held = {(p.holder.name, p.holder.kind) for p in _of(x, Position)}
    assert held == {("Jane Doe", "person")}


_HEAD = (
    "Acme Widgets, Inc. Announces Things\n"
    "SPRINGFIELD, Ill., March 13, 2007 — Acme Widgets, Inc. (NASDAQ: ACME) today announced"
    " news.\n"
)


def _held_at(x: Extraction) -> set[tuple[str, str, str | None]]:
    """(holder, organisation, title) of every position a release states."""
    return {(p.holder.name, p.organization.name, p.title) for p in _of(x, Position)}


def _held(body: str) -> set[tuple[str, str, str | None, date | None]]:
    x = _release(_HEAD + body + "\n")
    return {(p.holder.name, p.holder.kind, p.title, p.end_date) for p in _of(x, Position)}


def test_the_company_before_a_title_is_not_the_speaker() -> None:
    said = "“We will keep growing in every market we serve,” said Acme Widgets CEO Jane Roe."
    assert _held(said) == {("Jane Roe", "person", "CEO", None)}


def test_a_departure_ends_the_title_written_before_the_name() -> None:
    body = (
        "Acme Widgets, Inc. today announced that Chairman Tom Smith is retiring from the Board"
        " of Directors effective March 31, 2007."
    )
    assert _held(body) == {
        ("Tom Smith", "person", "Chairman", date(2007, 3, 31)),
        ("Tom Smith", "person", "Director", date(2007, 3, 31)),
    }


def test_an_office_held_at_another_company_is_that_companys() -> None:
    body = (
        "Acme Widgets, Inc. today announced that Jane Roe was elected to its board of directors"
        " effective March 12, 2007. Ms. Roe currently serves as Chief Executive Officer of"
        " Example Holdings Corp. Ms. Roe is also a director of Widget Bank PLC."
    )
    x = _release(_HEAD + body + "\n")
    held = {(p.holder.name, p.organization.name, p.title, p.start_date) for p in _of(x, Position)}
    assert held == {
        ("Jane Roe", "Acme Widgets, Inc.", "Director", date(2007, 3, 12)),
        ("Jane Roe", "Example Holdings Corp.", "Chief Executive Officer", None),
        ("Jane Roe", "Widget Bank PLC", "director", None),
    }


def test_a_day_without_a_year_takes_the_releases() -> None:
    body = (
        "Acme Widgets, Inc. today announced that its board appointed Jane Roe as President,"
        " and Jane Roe will become President on January 1."
    )
    x = _release(_HEAD + body + "\n")
    starts = {(p.holder.name, p.title, p.start_date) for p in _of(x, Position)}
    assert starts == {("Jane Roe", "President", date(2008, 1, 1))}


# ---------------------------------------------------------------- wire formats of other issuers

_BODY = (
    " Acme Widgets, Inc. (Nasdaq: ACME) today announced that Jane Roe, its chief financial"
    " officer, will present at an investor conference next month in Chicago.\n"
)


@pytest.mark.parametrize(
    ("dateline", "place", "publisher"),
    [
        ("BOSTON--(BUSINESS WIRE)--Jan. 8, 2024--", "BOSTON", "Business Wire"),
        ("VANCOUVER, BC / ACCESSWIRE / January 8, 2024 /", "VANCOUVER, BC", "ACCESSWIRE"),
        ("BOSTON, Jan. 8, 2024 /PRNewswire/ --", "BOSTON", "PR Newswire"),
    ],
)
def test_datelines_with_the_wire_before_or_after_the_date(
    dateline: str, place: str, publisher: str
) -> None:
    x = _release("Acme Widgets to Present at Conference\n" + dateline + _BODY)
    info = x.document
    assert (info.dateline, info.publisher, info.date) == (place, publisher, date(2024, 1, 8))
    assert info.subject is not None and info.subject.name == "Acme Widgets, Inc."


def test_a_customers_ticker_in_the_headline_is_not_the_subject() -> None:
    x = _release(
        "Acme Widgets Selected by Example Stores Inc. (NYSE: EXS) to Supply Widgets\n"
        "BOSTON, Jan. 8, 2024 /PRNewswire/ --" + _BODY
    )
    assert x.document.subject is not None and x.document.subject.name == "Acme Widgets, Inc."


@pytest.mark.parametrize(
    "aside",
    [
        "Additional information will be included in a Current Report on Form 8-K.",
        "The Company intends to file a notice on Form D.",
        "Directors bought shares, as reported on Form 4 filings.",
    ],
)
def test_a_release_may_name_sec_forms_in_its_body(aside: str) -> None:
    text = "Acme Widgets to Present at Conference\nBOSTON, Jan. 8, 2024 /PRNewswire/ --" + _BODY
    doc = read_bytes((text + aside + "\n").encode("utf-8"), "release.txt")
    assert detect(doc) == "press"


def test_the_companys_officer_is_the_subjects() -> None:
    body = (
        "“We had a strong year across every region we serve,” said Jane Roe, the Company's"
        " chief executive officer."
    )
    x = _release(_HEAD + body + "\n")
    assert _held_at(x) == {("Jane Roe", "Acme Widgets, Inc.", "chief executive officer")}


def test_a_contact_at_an_agency_speaks_for_the_agency() -> None:
    """ "Media:\\nJane Roe\\nExample Communications\\njane@...": the agency's line is not a
    person, and the contact works for the agency, not the company."""
    contacts = (
        "Investors:\nJohn Doe\nAcme Widgets, Inc.\njdoe@acme.example\n\n"
        "Media:\nJane Roe\nExample Strategic Communications\n555-555-0100\njane@example.com\n"
    )
    x = _release(_HEAD + contacts)
    held = {(p.holder.name, p.holder.kind, p.organization.name) for p in _of(x, Position)}
    assert held == {
        ("John Doe", "person", "Acme Widgets, Inc."),
        ("Jane Roe", "person", "Example Strategic Communications"),
    }


def test_a_contact_line_that_names_the_audience_first() -> None:
    x = _release(
        _HEAD + "\nCONTACT: Investor Relations, Jane Roe, +1-555-555-0177, jroe@acme.example\n"
    )
    held = {(p.holder.name, p.title) for p in _of(x, Position)}
    assert held == {("Jane Roe", "Investor Relations")}


def test_a_dateline_without_its_year_takes_the_copyright_lines() -> None:
    text = (
        "Acme Widgets Names Jane Roe President\n"
        "SPRINGFIELD, Ill., June 3 /PRNewswire/ -- Acme Widgets, Inc. (Nasdaq: ACME) today"
        " announced that its board appointed Jane Roe as President, effective June 17.\n"
        "Copyright (C) 2019 PR Newswire. All rights reserved.\n"
    )
    x = _release(text)
    assert (x.document.dateline, x.document.date) == ("SPRINGFIELD, Ill.", date(2019, 6, 3))
    starts = {(p.holder.name, p.title, p.start_date) for p in _of(x, Position)}
    assert starts == {("Jane Roe", "President", date(2019, 6, 17))}


def test_the_wires_source_tag_is_not_the_contacts_employer() -> None:
    """ "SOURCE Acme Widgets, Inc." closes a release under its last contact: it is no agency."""
    x = _release(
        _HEAD + "\nInvestor Relations: Jane Roe, ir@acme.example\n\nSOURCE Acme Widgets, Inc.\n"
    )
    assert _held_at(x) == {("Jane Roe", "Acme Widgets, Inc.", "Investor Relations")}
    assert {r.name for r in _refs(x) if r.kind == "company"} == {"Acme Widgets, Inc."}


def test_a_firm_named_under_the_number_is_not_the_contacts_employer() -> None:
    """An agency is printed between a contact's name and number; a firm after them is not
    hers (a closing address line, another party's name)."""
    x = _release(_HEAD + "\nMedia:\nJane Roe, 555-555-0100\nExample Holdings, Inc.\n")
    held = {(p.holder.name, p.organization.name) for p in _of(x, Position)}
    assert held == {("Jane Roe", "Acme Widgets, Inc.")}


def test_two_names_joined_by_and_are_two_mentions() -> None:
    """The model may read "St. Ives Regional Health and Example Medical Group, Inc." as one
    organisation; only the name with a company form is sure to be a company."""
    x = _release(
        _HEAD + "Early adopters include St. Ives Regional Health and Example Medical Group, Inc."
        " and several clinics.\n"
    )
    assert {m.entity.name for m in _of(x, Mention)} == {"Example Medical Group, Inc."}


def test_a_legal_form_after_co_stays_with_the_name() -> None:
    x = _release(_HEAD + "Acme Widgets was advised by Hollis Brandt & Co. LLC on the sale.\n")
    assert {m.entity.name for m in _of(x, Mention)} == {"Hollis Brandt & Co. LLC"}


def test_a_former_title_before_a_name_is_no_office() -> None:
    body = (
        "Former Chief Executive Officer Paul Grey attended the opening. “We are proud,” said"
        " Jane Roe, Acme Widgets CEO."
    )
    assert _held(body) == {("Jane Roe", "person", "CEO", None)}


def test_the_companys_officer_after_a_partners_name_is_the_subjects() -> None:
    body = (
        "“Our partners at Example Stores Inc. (NYSE: EXS) helped us grow,” added John Smith,"
        " the Company's Chief Financial Officer."
    )
    x = _release(_HEAD + body + "\n")
    assert _held_at(x) == {("John Smith", "Acme Widgets, Inc.", "Chief Financial Officer")}


def test_a_title_line_under_a_contact_is_no_firm() -> None:
    x = _release(
        _HEAD + "\nInvestors:\nBob Lee\nVice President, Investor Relations\n212-555-0111\n\n"
        "Media:\nAnn Kent\nExample Strategic Communications, on behalf of Acme Widgets\n"
        "212-555-0122\nakent@example.com\n"
    )
    assert _held_at(x) == {
        ("Bob Lee", "Acme Widgets, Inc.", "Vice President, Investor Relations"),
        ("Ann Kent", "Example Strategic Communications", "Media Relations"),
    }


# ---------------------------------------------------------------- successions and names


def _dated(body: str) -> set[tuple[str, str | None, date | None, date | None]]:
    x = _release(_HEAD + body + "\n")
    return {(p.holder.name, p.title, p.start_date, p.end_date) for p in _of(x, Position)}


def test_a_succession_takes_its_office_from_the_sentence_before() -> None:
    """ "Ann Vole will succeed Ben Marsh, who is retiring, effective <date>": the office is
    the one the sentence before appointed her to; the day is this sentence's."""
    held = _dated(
        "Acme Widgets, Inc. today announced the appointment of Ann Vole as Chief Financial"
        " Officer. Ann Vole, 48, will succeed Ben Marsh, who is retiring, effective May 1, 2007."
    )
    assert ("Ann Vole", "Chief Financial Officer", date(2007, 5, 1), None) in held
    assert ("Ben Marsh", "Chief Financial Officer", None, date(2007, 5, 1)) in held


def test_co_chief_executives_succeeding_a_chief_executive() -> None:
    """The predecessor of co-CEOs leaves the CEO's office on their day, and keeps the new
    title the clause gives him."""
    held = _dated(
        "Acme Widgets, Inc. today announced that its board has appointed Ann Vole and Ben Marsh"
        " as co-chief executive officers, effective May 1, 2007, succeeding Carl Dunmore, who"
        " will become executive chairman."
    )
    assert ("Carl Dunmore", "chief executive officer", None, date(2007, 5, 1)) in held
    assert ("Carl Dunmore", "executive chairman", date(2007, 5, 1), None) in held
    assert ("Ann Vole", "co-chief executive officer", date(2007, 5, 1), None) in held


def test_a_name_the_model_takes_for_a_place_is_a_person_in_a_persons_slot() -> None:
    """The small model tags "Helen Park" as a place; "Dr. Park" and "Helen Park, <title>"
    say it is a person, who takes the office her predecessor leaves."""
    held = _dated(
        "Acme Widgets, Inc. today announced that Helen Park has joined the company as chief"
        " medical officer, effective May 7, 2007. Dr. Park succeeds Alan Frost, who is leaving"
        " the company to pursue other opportunities."
    )
    assert held == {
        ("Helen Park", "chief medical officer", date(2007, 5, 7), None),
        ("Alan Frost", "chief medical officer", None, date(2007, 5, 7)),
    }


def test_a_place_named_before_a_title_is_no_person() -> None:
    held = _dated(
        "“We are growing,” said Jane Roe, chief executive officer. The company opened a lab in"
        " Palo Alto, CEO Jane Roe said."
    )
    assert {h[0] for h in held} == {"Jane Roe"}


@pytest.mark.parametrize(
    ("unit", "title"),
    [
        ("Exploration", "Vice President, Exploration"),
        ("Procurement", "Vice President, Procurement"),
        ("Acme Robotics", "Vice President"),  # a firm, not a function
    ],
)
def test_a_function_after_the_comma_stays_in_the_title(unit: str, title: str) -> None:
    held = _dated(
        f"Acme Widgets, Inc. is pleased to announce the appointment of Gordon Tull as Vice"
        f" President, {unit}, effective February 1, 2007."
    )
    assert ("Gordon Tull", title, date(2007, 2, 1), None) in held


@pytest.mark.parametrize(
    "said",
    [
        "Helen Park, chief medical officer, said the first patients were dosed in April.",
        "Acme Widgets, Inc. today announced that Helen Park, its chief medical officer, will"
        " present at a conference.",
    ],
)
def test_a_name_before_its_title_is_a_persons_whatever_the_models_label(said: str) -> None:
    assert _dated(said) == {("Helen Park", "chief medical officer", None, None)}


# Made-up release wordings of other companies (the probe set of /tmp/prose_probe).
def _dated(body: str) -> set[tuple[str, str | None, date | None, date | None]]:
    x = _release(_HEAD + body + "\n")
    return {(p.holder.name, p.title, p.start_date, p.end_date) for p in _of(x, Position)}


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (  # the small model takes both names for organisations
            "Acme Widgets, Inc. today announced that Marcus Feld has been promoted to Chief"
            " Revenue Officer, effective immediately.",
            # "effective immediately" with no date written: the release's date
            ("Marcus Feld", "Chief Revenue Officer", date(2007, 3, 13), None),
        ),
        (
            "Acme Widgets, Inc. today announced the appointment of Theresa Akintola to the newly"
            " created role of Chief Risk Officer, effective March 4, 2024.",
            ("Theresa Akintola", "Chief Risk Officer", date(2024, 3, 4), None),
        ),
    ],
)
def test_a_name_in_an_appointment_slot_is_a_person(body: str, expected: tuple) -> None:
    assert expected in _dated(body)


def test_a_sentence_naming_its_person_by_honorific_only_is_read() -> None:
    body = (
        "Acme Widgets, Inc. today announced that Samuel Okonjo will succeed Gregory Vale as"
        " President, effective June 1, 2024. Mr. Vale will remain on the board as non-executive"
        " Chairman."
    )
    assert ("Gregory Vale", "non-executive Chairman", None, None) in _dated(body)


def test_the_officer_signing_off_for_the_board() -> None:
    body = (
        "Acme Widgets, Inc. is pleased to announce the appointment of Ms. Ingrid Halvorsen to"
        " its Board of Directors.\n\nOn behalf of the Board of Directors,\nPaul Mercier\n"
        "President and Chief Executive Officer"
    )
    assert ("Paul Mercier", "President and Chief Executive Officer", None, None) in _dated(body)


def test_a_title_at_a_described_organisation_names_it() -> None:
    """ "president of the nonprofit Example Health Institute": the institute's, not the
    subject's (a release leaves an organisation it does not know out)."""
    from kg.extract.prose_titles import title_at

    text = "president of the nonprofit Example Health Institute in Tucson"
    assert title_at(text, 0, len("president")).org == "Example Health Institute"


# Made-up release wordings of a second held-out probe (/tmp/prose_probe2).
def test_a_person_named_again_by_the_family_name_alone() -> None:
    body = (
        "Acme Widgets, Inc. today announced that Felicia Moreau will join the company as Chief"
        " Financial Officer, effective November 4, 2024. Moreau succeeds Harold Penn, who"
        " previously announced his intention to retire."
    )
    assert ("Harold Penn", "Chief Financial Officer", None, date(2024, 11, 4)) in _dated(body)


def test_a_name_the_model_starts_at_its_middle_initial() -> None:
    body = "Henrietta J. Blaylock has been named Senior Vice President, Human Resources."
    assert {h for h, *_ in _dated(body)} == {"Henrietta J. Blaylock"}


def test_a_title_kept_in_a_sentence_with_no_appointment_verb() -> None:
    body = (
        "Acme Widgets named a new President. He takes the title from Lorraine Whitaker-Nunez, who"
        " will continue to lead the company as Chief Executive Officer."
    )
    assert _dated(body) == {("Lorraine Whitaker-Nunez", "Chief Executive Officer", None, None)}


def test_the_successor_starts_on_the_day_said_for_him_not_the_predecessors_last() -> None:
    body = (
        "Acme Widgets, Inc. today announced that Gregory Baptiste will serve as interim Chief"
        " Financial Officer, effective August 1, 2024. Mr. Baptiste succeeds Olivia Sandoval, who"
        " resigned as Chief Financial Officer on July 31, 2024."
    )
    assert _dated(body) == {
        ("Gregory Baptiste", "interim Chief Financial Officer", date(2024, 8, 1), None),
        ("Olivia Sandoval", "Chief Financial Officer", None, date(2024, 7, 31)),
    }


def test_chair_and_chairman_of_the_board_are_one_office() -> None:
    body = (
        "Acme Widgets, Inc. today announced that Edmund Fairleigh, who has served as Chairman of"
        " the Board since 2012, will retire from the Board effective July 25, 2024. The Board has"
        " elected Patricia O'Rourke-Hale to succeed Mr. Fairleigh as Chair of the Board upon his"
        " retirement."
    )
    held = _dated(body)
    assert ("Patricia O'Rourke-Hale", "Chair of the Board", date(2024, 7, 25), None) in held
    assert len([h for h in held if h[0] == "Edmund Fairleigh" and "Chair" in (h[1] or "")]) == 1


def test_a_contacts_title_line_keeps_its_function() -> None:
    """ "Senior Director, Corporate Communications" under the name: not cut at the comma."""
    x = _release(
        "Acme Widgets Names a Treasurer\n"
        "SPRINGFIELD, Ill., March 13, 2007 /PRNewswire/ -- Acme Widgets, Inc. (NASDAQ: ACME) today"
        " named a treasurer.\n\nMedia Contact:\nJane Doe\n"
        "Senior Director, Corporate Communications\n"
        "555-515-6330\n"
    )
    titles = {p.title for p in _of(x, Position) if p.holder.name == "Jane Doe"}
    assert titles == {"Senior Director, Corporate Communications"}


def test_a_function_after_vice_president_stays_in_the_title() -> None:
    said = "“Our pipeline has never been deeper,” said Jane Roe, Vice President, Clinical Research."
    assert _held(said) == {("Jane Roe", "person", "Vice President, Clinical Research", None)}


def test_a_heading_dates_the_changes_listed_under_it() -> None:
    body = (
        "Acme Widgets, Inc. today announced two promotions, each effective June 1, 2007:\n\n"
        "Jane Roe has been named Chief Revenue Officer. She previously led the sales team.\n\n"
        "John Doe will become Chief Information Officer.\n\n"
        "“Both have earned it,” said Tom Smith, Chief Executive Officer of Acme Widgets."
    )
    x = _release(_HEAD + body + "\n")
    starts = {(p.holder.name, p.title, p.start_date) for p in _of(x, Position) if p.start_date}
    assert starts == {
        ("Jane Roe", "Chief Revenue Officer", date(2007, 6, 1)),
        ("John Doe", "Chief Information Officer", date(2007, 6, 1)),
    }


def test_a_line_ending_at_an_initial_runs_on() -> None:
    """A text dump wraps "Tom R." / "Smith": the initial does not end the sentence."""
    body = (
        "Acme Widgets, Inc. today announced that its longtime controller, Jane Roe, and Tom R.\n"
        "Smith will step into the role of Co-Chief Operating Officer, effective May 1, 2007."
    )
    x = _release(_HEAD + body + "\n")
    starts = {(p.holder.name, p.title, p.start_date) for p in _of(x, Position) if p.start_date}
    assert ("Tom R. Smith", "Co-Chief Operating Officer", date(2007, 5, 1)) in starts


def test_a_lead_independent_trustee_is_one_title() -> None:
    said = "“We welcome the new trustees,” said Jane Roe, Lead Independent Trustee."
    assert _held(said) == {("Jane Roe", "person", "Lead Independent Trustee", None)}


@pytest.mark.parametrize(
    ("block", "title"),
    [
        # PR Newswire's old closing tag, its line wrapped in the company's name
        (
            "SOURCE  Acme Widgets, Inc.\n     /CONTACT:  Jane Roe, Manager of Shareholder"
            " Services of Acme\nWidgets, Inc., +1-217-555-0100/\n",
            "Manager of Shareholder Services",
        ),
        # a job line the title list lacks, the company's name wrapped under it
        (
            "Media Contact:\nJane Roe\nSenior Manager, Corporate Affairs\nAcme\nWidgets, Inc.\n"
            "jroe@acme.example\n",
            "Senior Manager, Corporate Affairs",
        ),
    ],
)
def test_contact_blocks_of_other_wires(block: str, title: str) -> None:
    x = _release(_HEAD + "Acme Widgets, Inc. makes widgets of every kind and size.\n\n" + block)
    assert _held_at(x) == {("Jane Roe", "Acme Widgets, Inc.", title)}


def test_a_subsidiary_named_first_is_the_subject_and_head_of_is_a_title() -> None:
    x = _release(
        "Acme Widgets US Names Jane Roe President\n"
        "TRENTON, N.J., June 3, 2024 /PRNewswire/ -- Acme Widgets US, the U.S. arm of Acme"
        " Widgets AG, today announced the appointment of Jane Roe as President and Head of"
        " North American Sales, effective July 1, 2024.\n"
    )
    assert x.document.subject is not None and x.document.subject.name == "Acme Widgets US"
    held = {(p.holder.name, p.organization.name, p.title, p.start_date) for p in _of(x, Position)}
    assert held == {
        (
            "Jane Roe",
            "Acme Widgets US",
            "President and Head of North American Sales",
            date(2024, 7, 1),
        )
    }
