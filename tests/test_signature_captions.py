"""Signature blocks printed as forms: each value over its caption ("JANE ROE" / "Printed
Name", "CFO" / "Title"), as a PDF form prints them and pdftotext keeps them."""

from __future__ import annotations

from kg.extract import extract
from kg.ingest import read_bytes
from kg.model import Signature

_AGREEMENT = """SUPPLY AGREEMENT

This SUPPLY AGREEMENT (this "Agreement") is entered into as of March 3, 2015, by and between
Harlow Tool Works, Inc., a Delaware corporation ("Harlow"), and Pemberton Alloys LLC, an Ohio
limited liability company ("Pemberton").

1. Supply. Pemberton shall supply the products listed in Schedule A.

IN WITNESS WHEREOF, the parties have signed this Agreement as of the date first written above.

Harlow Tool Works, Inc.
By: /s/ Odette K. Fairbrother
ODETTE K. FAIRBROTHER
Printed Name

Vice President, Purchasing
Title

Pemberton Alloys LLC
By: /s/ Lucius Marwood
LUCIUS MARWOOD
(Print Name)
Managing Member
(Title)
"""


def test_values_over_their_captions_are_the_signers_titles() -> None:
    facts = extract(read_bytes(_AGREEMENT.encode(), "supply.txt"), "agreement").facts
    signed = {(f.signer.name, f.title) for f in facts if isinstance(f, Signature)}
    assert ("Odette K. Fairbrother", "Vice President, Purchasing") in signed
    assert ("Lucius Marwood", "Managing Member") in signed
