"""An 8-K signed through a general partner ("By: Acme GP, LLC, its general partner"): the
signature is the registrant's, the signer's title is an office at the partner (an MLP's
officers are its general partner's). Made-up signature blocks."""

from __future__ import annotations

from kg.extract.common import company_ref
from kg.extract.form8k_signatures import read_signatures
from kg.model import Position, Signature

LP = company_ref("Quellwater Creek Midstream Partners, L.P.")
REIT = company_ref("Kestrelmoor Residential Trust, Inc.")
OP = company_ref("Kestrelmoor Residential Operating Partnership, L.P.")


def _read(block: str, registrants):
    facts, _ = read_signatures(block, registrants, None)
    positions = [f for f in facts if isinstance(f, Position)]
    signatures = [f for f in facts if isinstance(f, Signature)]
    return positions, signatures


def test_an_office_at_the_general_partner_the_registrant_signs_through():
    block = """QUELLWATER CREEK MIDSTREAM PARTNERS, L.P.
By: Quellwater Creek GP, LLC, its general partner
Date: March 4, 2019
By: /s/ Ysanne P. Vondracek
Name: Ysanne P. Vondracek
Title: Senior Vice President and Chief Financial Officer
"""
    (position,), (signature,) = _read(block, [LP])
    assert position.organization.name == "Quellwater Creek GP, LLC"
    assert position.title == "Senior Vice President and Chief Financial Officer"
    assert signature.on_behalf_of == LP


def test_the_partner_named_over_two_lines():
    block = """QUELLWATER CREEK MIDSTREAM PARTNERS, L.P.
By: Quellwater Creek GP, LLC,
its general partner
By: /s/ Ysanne P. Vondracek
Name: Ysanne P. Vondracek
Title: Chief Executive Officer
"""
    (position,), (signature,) = _read(block, [LP])
    assert position.organization.name == "Quellwater Creek GP, LLC"
    assert signature.on_behalf_of == LP


def test_a_combined_8k_each_signature_its_own_way():
    """The trust signs itself; its operating partnership signs through the trust: the
    trust's officer holds the office at the trust both times."""
    block = """KESTRELMOOR RESIDENTIAL TRUST, INC.
By: /s/ Elkanah V. Pryzbilla
Name: Elkanah V. Pryzbilla
Title: Chief Financial Officer
KESTRELMOOR RESIDENTIAL OPERATING PARTNERSHIP, L.P.
By: Kestrelmoor Residential Trust, Inc., its general partner
By: /s/ Elkanah V. Pryzbilla
Name: Elkanah V. Pryzbilla
Title: Chief Financial Officer
"""
    positions, signatures = _read(block, [REIT, OP])
    assert [s.on_behalf_of for s in signatures] == [REIT, OP]
    assert [p.organization.name for p in positions] == [
        REIT.name,
        "Kestrelmoor Residential Trust, Inc.",
    ]


def test_no_partner_line_the_office_is_the_registrants():
    block = """QUELLWATER CREEK MIDSTREAM PARTNERS, L.P.
By: /s/ Ysanne P. Vondracek
Name: Ysanne P. Vondracek
Title: Chief Financial Officer
"""
    (position,), _ = _read(block, [LP])
    assert position.organization == LP
