"""Fact records: what an extractor reads out of one document.

Plain frozen dataclasses with slots (a batch holds thousands: about 8 % less
memory for what it extracts), no rdflib and no I/O. Extractors build them; the
graph package (``kg.graph``) turns them into triples. Nothing downstream of
these records knows which form a fact came from.

Conventions every extractor follows:

* ``EntityRef.name`` is the display form: given name first for people
  ("Jane Q. Doe", never "Doe Jane Q"), the document's own spelling for companies.
  Every other surface form the document uses goes in ``aliases`` (the raw
  "Doe Jane Q", an all-caps "ACME CORP", a defined short name "Acme").
* Money, share counts and percentages are ``Decimal`` (23 for 23 %).
* ``evidence`` is the verbatim source text a fact was read from, short
  (one line or sentence, whitespace folded), never a paraphrase.
* Identity is not decided here: two refs with the same name are merged by
  ``kg.graph.resolve``, not by the extractor.
"""

from __future__ import annotations

import datetime
import typing
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Literal

EntityKind = Literal["company", "person"]

# Values of ekg:role. "Other" is the Form 3/4/5 "Other (specify below)" box.
Role = Literal["Director", "Officer", "TenPercentOwner", "Promoter", "Employee", "Other"]
ROLES: tuple[Role, ...] = typing.get_args(Role)


@dataclass(frozen=True, slots=True)
class Address:
    street: str | None = None
    city: str | None = None
    state: str | None = None
    postal_code: str | None = None
    country: str | None = None


@dataclass(frozen=True, slots=True)
class EntityRef:
    """A company or person as one document names it."""

    kind: EntityKind
    name: str
    cik: str | None = None  # 10 digits, zero-padded
    aliases: tuple[str, ...] = ()
    given_name: str | None = None
    middle_name: str | None = None
    family_name: str | None = None


@dataclass(frozen=True, slots=True)
class EntityFacts:
    """Attributes a document states about a company or person."""

    entity: EntityRef
    evidence: str
    ticker: str | None = None
    exchange: str | None = None
    jurisdiction: str | None = None
    entity_type: str | None = None
    irs_number: str | None = None
    file_number: str | None = None
    sic: str | None = None
    industry_group: str | None = None
    phone: str | None = None
    email: str | None = None
    website: str | None = None
    addresses: tuple[Address, ...] = ()
    former_names: tuple[str, ...] = ()
    # Form D Item 1 "Year of Incorporation/Organization": the box ticked ("Over Five Years
    # Ago", "Within Last Five Years", "Yet to Be Formed") and the year, given only within five.
    incorporation_age: str | None = None
    year_of_incorporation: int | None = None


@dataclass(frozen=True, slots=True)
class Position:
    """A holder in a role at an organisation (officer, director, 10% owner...)."""

    holder: EntityRef
    organization: EntityRef
    roles: tuple[Role, ...]
    evidence: str
    title: str | None = None
    as_of: date | None = None
    start_date: date | None = None
    end_date: date | None = None


@dataclass(frozen=True, slots=True)
class Shareholding:
    """A stake: a percentage stated in prose, or a Form 3/4/5 holding line."""

    holder: EntityRef
    issuer: EntityRef
    evidence: str
    percent_of_class: Decimal | None = None
    shares: Decimal | None = None
    as_of: date | None = None
    security_title: str | None = None
    is_derivative: bool | None = None
    direct_or_indirect: Literal["D", "I"] | None = None
    nature_of_ownership: str | None = None
    conversion_or_exercise_price: Decimal | None = None
    exercise_date: date | None = None
    expiration_date: date | None = None
    underlying_security_title: str | None = None
    underlying_shares: Decimal | None = None
    footnotes: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Transaction:
    """One line of a Form 3/4/5 table with a transaction in it."""

    reporting_owner: EntityRef
    issuer: EntityRef
    security_title: str
    is_derivative: bool
    evidence: str
    transaction_date: date | None = None
    deemed_execution_date: date | None = None
    transaction_code: str | None = None
    equity_swap: bool | None = None
    # Box "Timeliness" of ownership XML: "E" reported early, "L" late (Section 16(a) due date)
    timeliness: Literal["E", "L"] | None = None
    shares: Decimal | None = None
    value: Decimal | None = None
    price_per_share: Decimal | None = None
    acquired_disposed: Literal["A", "D"] | None = None
    shares_owned_after: Decimal | None = None
    value_owned_after: Decimal | None = None
    direct_or_indirect: Literal["D", "I"] | None = None
    nature_of_ownership: str | None = None
    conversion_or_exercise_price: Decimal | None = None
    exercise_date: date | None = None
    expiration_date: date | None = None
    underlying_security_title: str | None = None
    underlying_shares: Decimal | None = None
    under_plan_10b5_1: bool | None = None
    footnotes: tuple[str, ...] = ()
    # Ownership XML <transactionCoding><transactionFormType>: the form the line is reported
    # on ("4", "5", "4/A"...). Last, so that a fact without it keeps its IRI (kg.graph.iris).
    transaction_form_type: str | None = None


@dataclass(frozen=True, slots=True)
class Agreement:
    agreement_type: str
    parties: tuple[EntityRef, ...]
    evidence: str
    date: date | None = None
    exhibit: str | None = None
    description: str | None = None
    # The agreement an amendment or supplement amends, as the filing names it: "Credit
    # Agreement, dated as of May 1, 2019" for "Amendment No. 2 to the Credit Agreement".
    amends: str | None = None


@dataclass(frozen=True, slots=True)
class Offering:
    """A Form D exempt offering. ``None`` means the filing did not say."""

    issuer: EntityRef
    evidence: str
    total_offering_amount: Decimal | None = None
    total_amount_sold: Decimal | None = None
    total_remaining: Decimal | None = None
    indefinite: bool | None = None
    exemptions: tuple[str, ...] = ()
    is_amendment: bool | None = None
    more_than_one_year: bool | None = None
    first_sale_yet_to_occur: bool | None = None
    date_of_first_sale: date | None = None
    minimum_investment: Decimal | None = None
    industry_group: str | None = None
    security_types: tuple[str, ...] = ()
    revenue_range: str | None = None
    total_investors: int | None = None
    co_issuers: tuple[EntityRef, ...] = ()
    sales_recipients: tuple[EntityRef, ...] = ()
    # Item 4, a pooled investment fund: registered under the Investment Company Act of 1940.
    registered_investment_company: bool | None = None
    # Item 10: made in connection with a business combination (merger, acquisition, exchange).
    is_business_combination: bool | None = None
    business_combination_clarification: str | None = None
    # Item 14: sold (or may be sold) to non-accredited investors, and how many have invested.
    has_non_accredited_investors: bool | None = None
    non_accredited_investors: int | None = None
    # Item 15, in USD; "estimated" is the box ticked beside an amount that is an estimate.
    sales_commissions: Decimal | None = None
    sales_commissions_estimated: bool | None = None
    finders_fees: Decimal | None = None
    finders_fees_estimated: bool | None = None
    commissions_and_fees_clarification: str | None = None
    # Item 16: gross proceeds used (or to be used) for payments to the executive officers,
    # directors and promoters of Item 3, in USD.
    proceeds_to_related_persons: Decimal | None = None
    proceeds_to_related_persons_estimated: bool | None = None
    use_of_proceeds_clarification: str | None = None


@dataclass(frozen=True, slots=True)
class SalesCompensation:
    """Form D Item 12: one recipient of sales compensation and where it may solicit.

    ``recipient`` is the firm paid: the recipient named, or its associated broker-dealer
    when the recipient named is an individual representative (then ``representative``).
    ``crd_number`` is the "Recipient CRD Number" as written, the representative's when
    there is one. ``solicitation_states`` are USPS codes; "All States" is ``all_states``.
    """

    recipient: EntityRef
    issuer: EntityRef
    evidence: str
    representative: EntityRef | None = None
    crd_number: str | None = None
    associated_broker_dealer: EntityRef | None = None
    associated_crd_number: str | None = None
    solicitation_states: tuple[str, ...] = ()
    all_states: bool | None = None
    foreign_solicitation: bool | None = None


@dataclass(frozen=True, slots=True)
class Signature:
    """Who signed the document; ``on_behalf_of`` for an attorney-in-fact."""

    signer: EntityRef
    evidence: str
    title: str | None = None
    date: date | None = None
    on_behalf_of: EntityRef | None = None


@dataclass(frozen=True, slots=True)
class Mention:
    """The document names this entity (and nothing more is known)."""

    entity: EntityRef
    evidence: str


Fact = (
    EntityFacts
    | Position
    | Shareholding
    | Transaction
    | Agreement
    | Offering
    | SalesCompensation
    | Signature
    | Mention
)


@dataclass(frozen=True, slots=True)
class DocumentInfo:
    """What a document says about itself."""

    form_type: str  # "4", "D", "8-K", "PressRelease", ...
    date: date | None = None  # filing or publication date
    # datetime.date, not date: in this class body the field above shadows the type.
    period_of_report: datetime.date | None = None
    accession_number: str | None = None
    items: tuple[str, ...] = ()  # 8-K items, e.g. ("1.01", "9.01")
    subject: EntityRef | None = None  # issuer or registrant
    amends: str | None = None  # accession number of the filing amended
    # Form 3/4/5 amendments: box "Date Original Filed"
    original_filing_date: datetime.date | None = None
    not_subject_to_section16: bool | None = None  # Form 4/5 "no longer subject to Section 16"
    form3_holdings_reported: bool | None = None  # Form 5 box "Form 3 Holdings Reported"
    form4_transactions_reported: bool | None = None  # Form 5 box "Form 4 Transactions Reported"
    no_securities_owned: bool | None = None  # Form 3: "No securities are beneficially owned"
    title: str | None = None  # headline of a press release
    dateline: str | None = None  # "SPRINGFIELD, Ill."
    publisher: str | None = None  # "Business Wire"


@dataclass(frozen=True, slots=True)
class Extraction:
    """Everything one extractor read from one document."""

    kind: str  # the extractor's kind, e.g. "form4_text"
    document: DocumentInfo
    facts: tuple[Fact, ...]


@dataclass(frozen=True, slots=True)
class Source:
    """The input a document came from (set by ingest, never by extractors)."""

    name: str  # file name as given
    sha256: str  # of the input bytes
    part: int = 0  # position of the document inside a multi-document file
