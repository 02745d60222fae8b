"""The form a transaction is reported on (ownership XML
``<transactionCoding><transactionFormType>``: "4", "5", "4/A"...):
``Transaction.transaction_form_type`` and ``ekg:transactionFormType``, checked against a bare
lxml reading of every bundled ownership XML, through SPARQL, and on made-up rows.
The printed forms and EDGAR's rendered pages do not show it (their Table I and II
print the code and "V" only), so only the XML reader sets it.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from lxml import etree

from kg.extract import extract
from kg.graph.build import build_dataset
from kg.ingest import read_bytes
from kg.model import Shareholding, Transaction
from kg.pipeline import extract_paths

HERE = Path(__file__).parent
FORM5 = HERE / "data" / "form4_xml" / "datamule_Tesla_Inc_0000899243-23-004992_form5.xml"
OWNERSHIP = sorted(
    p for p in HERE.glob("data/**/*.xml") if b"<ownershipDocument" in p.read_bytes()[:4096]
)
_TABLES = ("nonDerivativeTable/nonDerivativeTransaction", "derivativeTable/derivativeTransaction")

_ROW = b"""<?xml version="1.0"?>
<ownershipDocument>
  <schemaVersion>X0306</schemaVersion><documentType>4/A</documentType>
  <periodOfReport>2010-05-03</periodOfReport>
  <issuer><issuerCik>123</issuerCik><issuerName>Example Holdings, Inc.</issuerName>
    <issuerTradingSymbol>EXH</issuerTradingSymbol></issuer>
  <reportingOwner>
    <reportingOwnerId><rptOwnerCik>456</rptOwnerCik><rptOwnerName>DOE JANE Q</rptOwnerName>
    </reportingOwnerId>
    <reportingOwnerRelationship><isDirector>1</isDirector></reportingOwnerRelationship>
  </reportingOwner>
  <nonDerivativeTable><nonDerivativeTransaction>
    <securityTitle><value>Common Stock</value></securityTitle>
    <transactionDate><value>2010-05-03</value></transactionDate>
    <transactionCoding>CODING</transactionCoding>
    <transactionAmounts><transactionShares><value>100</value></transactionShares>
      <transactionPricePerShare><value>9.5</value></transactionPricePerShare>
      <transactionAcquiredDisposedCode><value>D</value></transactionAcquiredDisposedCode>
    </transactionAmounts>
    <postTransactionAmounts><sharesOwnedFollowingTransaction><value>900</value>
    </sharesOwnedFollowingTransaction></postTransactionAmounts>
    <ownershipNature><directOrIndirectOwnership><value>D</value></directOrIndirectOwnership>
    </ownershipNature>
  </nonDerivativeTransaction>
  <nonDerivativeHolding>
    <securityTitle><value>Common Stock</value></securityTitle>
    <postTransactionAmounts><sharesOwnedFollowingTransaction><value>50</value>
    </sharesOwnedFollowingTransaction></postTransactionAmounts>
    <ownershipNature><directOrIndirectOwnership><value>I</value></directOrIndirectOwnership>
      <natureOfOwnership><value>By trust</value></natureOfOwnership></ownershipNature>
  </nonDerivativeHolding></nonDerivativeTable>
  <ownerSignature><signatureName>Jane Q. Doe</signatureName>
    <signatureDate>2010-05-05</signatureDate></ownerSignature>
</ownershipDocument>
"""


def _stated(path: Path) -> list[str | None]:
    """Each transaction row's form type, read here with bare lxml, Table I then Table II."""
    parser = etree.XMLParser(resolve_entities=False, no_network=True)
    root = etree.fromstring(path.read_bytes().lstrip(b"\xef\xbb\xbf \r\n"), parser)
    found: list[str | None] = []
    owners = len(root.findall("reportingOwner"))  # a row is one Transaction per owner
    for table in _TABLES:
        for row in root.iterfind(table):
            text = (row.findtext("transactionCoding/transactionFormType") or "").strip()
            found += [text or None] * owners
    return found


def _read(data: bytes, name: str = "form.xml") -> list[Transaction]:
    facts = extract(read_bytes(data, name)).facts
    rows = [f for f in facts if isinstance(f, Transaction)]
    return [t for t in rows if not t.is_derivative] + [t for t in rows if t.is_derivative]


def test_the_bundled_filings_report_on_forms_4_and_5() -> None:
    assert {"4", "5"} <= {form for p in OWNERSHIP for form in _stated(p)}


@pytest.mark.parametrize("path", OWNERSHIP, ids=[p.name for p in OWNERSHIP])
def test_every_bundled_ownership_xml_reads_as_its_elements(path: Path) -> None:
    assert [t.transaction_form_type for t in _read(path.read_bytes(), path.name)] == _stated(path)


def test_a_form_5_line_is_reported_on_form_5() -> None:
    rows = _read(FORM5.read_bytes(), FORM5.name)
    assert rows and {t.transaction_form_type for t in rows} == {"5"}


@pytest.mark.parametrize(
    ("coding", "form"),
    [
        (b"<transactionFormType>4/A</transactionFormType>"
         b"<transactionCode>S</transactionCode>", "4/A"),
        # The element after the code, and the code with a footnote: each under its own tag.
        (b'<transactionCode>S</transactionCode><footnoteId id="F1"/>'
         b"<transactionFormType> 5 </transactionFormType>", "5"),
        (b"<transactionCode>S</transactionCode>", None),
        (b"<transactionFormType/><transactionCode>S</transactionCode>", None),
    ],
)  # fmt: skip
def test_made_up_rows(coding: bytes, form: str | None) -> None:
    (row,) = _read(_ROW.replace(b"CODING", coding))
    assert row.transaction_form_type == form
    assert row.transaction_code == "S"  # the form type does not land on the code


def test_a_holding_line_has_no_form_type() -> None:
    data = _ROW.replace(b"CODING", b"<transactionFormType>4</transactionFormType>")
    holdings = [f for f in extract(read_bytes(data, "f.xml")).facts if isinstance(f, Shareholding)]
    assert len(holdings) == 1 and not hasattr(holdings[0], "transaction_form_type")


def test_form_5_lines_through_sparql() -> None:
    ds = build_dataset(extract_paths([FORM5]).items)
    rows = ds.query(
        """PREFIX ekg: <https://w3id.org/edgar-kg/ontology#>
        SELECT ?t ?form WHERE { GRAPH ?g { ?t a ekg:Transaction ;
                                             ekg:transactionFormType ?form } }"""
    )
    forms = [str(form) for _, form in rows]
    assert forms and set(forms) == {"5"}
    assert len(forms) == len(_stated(FORM5))
