"""The ekg: vocabulary as a closed namespace.

``EKG.Compnay`` raises ``AttributeError`` instead of minting a new IRI, so a
misspelt term fails at the line that uses it. ``tests/test_ontology.py``
checks that this list and ``ontology/edgar-kg.ttl`` define the same terms.
"""

from __future__ import annotations

from types import SimpleNamespace

from rdflib import Namespace, URIRef
from rdflib.namespace import DefinedNamespace

ONTOLOGY_IRI = "https://w3id.org/edgar-kg/ontology"
RESOURCE_BASE = "https://w3id.org/edgar-kg/id/"
ID = Namespace(RESOURCE_BASE)
ORG = Namespace("http://www.w3.org/ns/org#")
SCHEMA = Namespace("https://schema.org/")


class EKG(DefinedNamespace):
    """Terms of ``ontology/edgar-kg.ttl`` (see ``spec/vocabulary.md``)."""

    _NS = Namespace(ONTOLOGY_IRI + "#")
    _fail = True

    # Classes
    Company: URIRef
    Person: URIRef
    Document: URIRef
    Filing: URIRef
    PressRelease: URIRef
    Position: URIRef
    Shareholding: URIRef
    Transaction: URIRef
    Agreement: URIRef
    Offering: URIRef
    SalesCompensation: URIRef
    Address: URIRef
    Signature: URIRef
    Role: URIRef

    # Role individuals
    Director: URIRef
    Officer: URIRef
    TenPercentOwner: URIRef
    Promoter: URIRef
    Employee: URIRef
    OtherRelationship: URIRef

    # Entities
    name: URIRef
    alias: URIRef
    cik: URIRef
    ticker: URIRef
    exchange: URIRef
    jurisdiction: URIRef
    entityType: URIRef
    irsNumber: URIRef
    fileNumber: URIRef
    sic: URIRef
    formerName: URIRef
    phone: URIRef
    email: URIRef
    website: URIRef
    industryGroup: URIRef
    givenName: URIRef
    familyName: URIRef
    middleName: URIRef
    address: URIRef
    street: URIRef
    city: URIRef
    state: URIRef
    postalCode: URIRef
    country: URIRef
    incorporationAge: URIRef
    yearOfIncorporation: URIRef

    # Every fact node
    source: URIRef
    evidence: URIRef

    # Position
    holder: URIRef
    organization: URIRef
    role: URIRef
    title: URIRef
    asOf: URIRef
    startDate: URIRef
    endDate: URIRef

    # Shareholding
    issuer: URIRef
    percentOfClass: URIRef
    shares: URIRef

    # Transaction
    reportingOwner: URIRef
    securityTitle: URIRef
    transactionDate: URIRef
    transactionCode: URIRef
    equitySwap: URIRef
    timeliness: URIRef
    transactionFormType: URIRef
    pricePerShare: URIRef
    acquiredDisposed: URIRef
    sharesOwnedAfter: URIRef
    directOrIndirect: URIRef
    isDerivative: URIRef
    footnote: URIRef
    deemedExecutionDate: URIRef
    natureOfOwnership: URIRef
    conversionOrExercisePrice: URIRef
    exerciseDate: URIRef
    expirationDate: URIRef
    underlyingSecurityTitle: URIRef
    underlyingShares: URIRef
    value: URIRef
    valueOwnedAfter: URIRef
    underPlan10b5_1: URIRef

    # Agreement
    party: URIRef
    agreementType: URIRef
    date: URIRef
    exhibit: URIRef
    description: URIRef
    amends: URIRef

    # Offering
    totalOfferingAmount: URIRef
    totalAmountSold: URIRef
    totalRemaining: URIRef
    indefinite: URIRef
    exemption: URIRef
    isAmendment: URIRef
    moreThanOneYear: URIRef
    firstSaleYetToOccur: URIRef
    minimumInvestment: URIRef
    dateOfFirstSale: URIRef
    securityType: URIRef
    revenueRange: URIRef
    totalInvestors: URIRef
    coIssuer: URIRef
    salesRecipient: URIRef
    registeredInvestmentCompany: URIRef
    isBusinessCombination: URIRef
    businessCombinationClarification: URIRef
    hasNonAccreditedInvestors: URIRef
    nonAccreditedInvestors: URIRef
    salesCommissions: URIRef
    salesCommissionsEstimated: URIRef
    findersFees: URIRef
    findersFeesEstimated: URIRef
    commissionsAndFeesClarification: URIRef
    proceedsToRelatedPersons: URIRef
    proceedsToRelatedPersonsEstimated: URIRef
    useOfProceedsClarification: URIRef

    # SalesCompensation (Form D Item 12)
    recipient: URIRef
    representative: URIRef
    crdNumber: URIRef
    associatedBrokerDealer: URIRef
    associatedCrdNumber: URIRef
    solicitationState: URIRef
    allStates: URIRef
    foreignSolicitation: URIRef

    # Shortcut edges
    officerOf: URIRef
    directorOf: URIRef
    tenPercentOwnerOf: URIRef
    employeeOf: URIRef
    promoterOf: URIRef
    shareholderOf: URIRef
    partyTo: URIRef

    # Documents
    formType: URIRef
    periodOfReport: URIRef
    accessionNumber: URIRef
    sourceFile: URIRef
    sha256: URIRef
    item: URIRef
    subject: URIRef
    signer: URIRef
    signerTitle: URIRef
    signature: URIRef
    onBehalfOf: URIRef
    mentions: URIRef
    headline: URIRef
    dateline: URIRef
    publisher: URIRef
    extractor: URIRef
    originalFilingDate: URIRef
    notSubjectToSection16: URIRef
    form3HoldingsReported: URIRef
    form4TransactionsReported: URIRef
    noSecuritiesOwned: URIRef


# The same terms as plain attributes, for hot loops: attribute access on a
# DefinedNamespace is a metaclass call (about 1.5 µs), this is a dict lookup.
# A misspelt name still raises AttributeError.
TERMS = SimpleNamespace(**{name: getattr(EKG, name) for name in EKG.__annotations__})
