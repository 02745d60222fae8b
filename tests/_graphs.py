"""A small hand-built dataset shaped like the builder's output, for the export tests.

Made-up names and numbers (no sample or corpus data): one Form 4 filing and
one 8-K, each in its own named graph, with every kind of node the exports
draw. ``HOSTILE_EVIDENCE`` is filing text that tries to break out of the page.
"""

from __future__ import annotations

from rdflib import RDF, RDFS, XSD, Dataset, Graph, Literal, URIRef

from kg.vocab import EKG, ID

HOSTILE_EVIDENCE = (
    "Reporting person <script>alert(1)</script> sold shares "
    "</script><img src=x onerror=alert(1)> & <!-- more -->"
)

ACME = ID["company/0000999001"]
DOE = ID["person/0000999002"]
ROE = ID["person/richard-roe"]
FUND = ID["company/example-capital-fund"]
FORM4 = ID["filing/0000999001-24-000001"]
EIGHTK = ID["filing/0000999001-24-000002"]
ADDRESS = ID["address/1a2b3c"]
POSITION = ID["position/aaa111"]
TRANSACTION = ID["transaction/bbb222"]
HOLDING = ID["shareholding/ccc333"]
AGREEMENT = ID["agreement/ddd444"]
OFFERING = ID["offering/eee555"]
SIGNATURE = ID["signature/fff666"]

# Nodes the projection must produce (addresses are folded, not nodes).
NODE_TYPES = {
    str(ACME): "Company",
    str(FUND): "Company",
    str(DOE): "Person",
    str(ROE): "Person",
    str(FORM4): "Document",
    str(EIGHTK): "Document",
    str(POSITION): "Position",
    str(TRANSACTION): "Transaction",
    str(HOLDING): "Shareholding",
    str(AGREEMENT): "Agreement",
    str(OFFERING): "Offering",
    str(SIGNATURE): "Signature",
}


def _entity(g: Graph, node: URIRef, cls: URIRef, name: str, *aliases: str) -> None:
    g.add((node, RDF.type, cls))
    g.add((node, EKG.name, Literal(name)))
    g.add((node, RDFS.label, Literal(name)))
    for alias in aliases:
        g.add((node, EKG.alias, Literal(alias)))


def _document(g: Graph, doc: URIRef, form: str, day: str, file_name: str) -> None:
    g.add((doc, RDF.type, EKG.Document))
    g.add((doc, RDF.type, EKG.Filing))
    g.add((doc, EKG.formType, Literal(form)))
    g.add((doc, EKG.date, Literal(day, datatype=XSD.date)))
    g.add((doc, EKG.sourceFile, Literal(file_name)))
    g.add((doc, EKG.subject, ACME))


def _form4(g: Graph, evidence: str) -> None:
    _document(g, FORM4, "4", "2024-03-05", "form4-example.txt")
    _entity(g, ACME, EKG.Company, "Acme Widgets, Inc.", "ACME WIDGETS, INC.")
    g.add((ACME, EKG.cik, Literal("0000999001")))
    g.add((ACME, EKG.ticker, Literal("ACMW")))
    g.add((ACME, EKG.address, ADDRESS))
    g.add((ADDRESS, RDF.type, EKG.Address))
    g.add((ADDRESS, EKG.street, Literal("1 Main Street")))
    g.add((ADDRESS, EKG.city, Literal("Springfield")))
    g.add((ADDRESS, EKG.state, Literal("IL")))
    g.add((ADDRESS, EKG.postalCode, Literal("62701")))
    _entity(g, DOE, EKG.Person, "Jane Q. Doe", "DOE JANE Q")
    g.add((DOE, EKG.cik, Literal("0000999002")))
    g.add((DOE, EKG.givenName, Literal("Jane")))
    g.add((DOE, EKG.familyName, Literal("Doe")))
    _form4_facts(g, evidence)


def _form4_facts(g: Graph, evidence: str) -> None:
    g.add((POSITION, RDF.type, EKG.Position))
    g.add((POSITION, EKG.holder, DOE))
    g.add((POSITION, EKG.organization, ACME))
    g.add((POSITION, EKG.role, EKG.Officer))
    g.add((POSITION, EKG.role, EKG.Director))
    g.add((POSITION, EKG.title, Literal("Chief Financial Officer")))
    g.add((POSITION, EKG.asOf, Literal("2024-03-01", datatype=XSD.date)))
    g.add((POSITION, EKG.source, FORM4))
    g.add((POSITION, EKG.evidence, Literal("X Director X Officer (give title below)")))
    g.add((DOE, EKG.officerOf, ACME))
    g.add((DOE, EKG.directorOf, ACME))
    g.add((TRANSACTION, RDF.type, EKG.Transaction))
    g.add((TRANSACTION, EKG.reportingOwner, DOE))
    g.add((TRANSACTION, EKG.issuer, ACME))
    g.add((TRANSACTION, EKG.securityTitle, Literal("Common Stock")))
    g.add((TRANSACTION, EKG.transactionDate, Literal("2024-03-01", datatype=XSD.date)))
    g.add((TRANSACTION, EKG.transactionCode, Literal("S")))
    g.add((TRANSACTION, EKG.shares, Literal("1500", datatype=XSD.decimal)))
    g.add((TRANSACTION, EKG.pricePerShare, Literal("12.25", datatype=XSD.decimal)))
    g.add((TRANSACTION, EKG.isDerivative, Literal(False)))
    g.add((TRANSACTION, EKG.source, FORM4))
    g.add((TRANSACTION, EKG.evidence, Literal(evidence)))
    g.add((SIGNATURE, RDF.type, EKG.Signature))
    g.add((SIGNATURE, EKG.signer, DOE))
    g.add((SIGNATURE, EKG.signerTitle, Literal("Attorney-in-fact")))
    g.add((SIGNATURE, EKG.source, FORM4))
    g.add((SIGNATURE, EKG.evidence, Literal("/s/ Jane Q. Doe")))
    g.add((FORM4, EKG.signer, DOE))


def _eight_k(g: Graph) -> None:
    _document(g, EIGHTK, "8-K", "2024-04-10", "8k-example.htm")
    _entity(g, ACME, EKG.Company, "Acme Widgets, Inc.")
    _entity(g, FUND, EKG.Company, "Example Capital Fund LP")
    _entity(g, ROE, EKG.Person, "Richard Roe")
    g.add((EIGHTK, EKG.mentions, ROE))
    # The 8-K restates the officer edge: the projection keeps one edge, two graphs.
    _entity(g, DOE, EKG.Person, "Jane Q. Doe")
    g.add((DOE, EKG.officerOf, ACME))
    _eight_k_facts(g)


def _eight_k_facts(g: Graph) -> None:
    g.add((HOLDING, RDF.type, EKG.Shareholding))
    g.add((HOLDING, EKG.holder, FUND))
    g.add((HOLDING, EKG.issuer, ACME))
    g.add((HOLDING, EKG.percentOfClass, Literal("12.5", datatype=XSD.decimal)))
    g.add((HOLDING, EKG.source, EIGHTK))
    g.add((HOLDING, EKG.evidence, Literal("the Fund owns approximately 12.5% of the shares")))
    g.add((FUND, EKG.shareholderOf, ACME))
    g.add((AGREEMENT, RDF.type, EKG.Agreement))
    g.add((AGREEMENT, EKG.party, ACME))
    g.add((AGREEMENT, EKG.party, FUND))
    g.add((AGREEMENT, EKG.agreementType, Literal("Cooperation Agreement")))
    g.add((AGREEMENT, EKG.date, Literal("2024-04-08", datatype=XSD.date)))
    g.add((AGREEMENT, EKG.source, EIGHTK))
    g.add((AGREEMENT, EKG.evidence, Literal("entered into a Cooperation Agreement")))
    g.add((ACME, EKG.partyTo, AGREEMENT))
    g.add((FUND, EKG.partyTo, AGREEMENT))
    g.add((OFFERING, RDF.type, EKG.Offering))
    g.add((OFFERING, EKG.issuer, ACME))
    g.add((OFFERING, EKG.totalOfferingAmount, Literal("2000000", datatype=XSD.decimal)))
    g.add((OFFERING, EKG.exemption, Literal("Rule 506(b)")))
    g.add((OFFERING, EKG.source, EIGHTK))
    g.add((OFFERING, EKG.evidence, Literal("Total Offering Amount $2,000,000")))


def sample_dataset(evidence: str = HOSTILE_EVIDENCE) -> Dataset:
    """The two-document dataset; ``evidence`` is the Transaction's evidence text."""
    ds = Dataset()
    _form4(ds.graph(FORM4), evidence)
    _eight_k(ds.graph(EIGHTK))
    return ds
