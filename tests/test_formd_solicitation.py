"""Form D Item 12 per recipient: ``SalesCompensation`` (``ekg:SalesCompensation``) with
the recipient's CRD number, its broker-dealer and the "State(s) of Solicitation" boxes,
from the XML (real filings in tests/data and made-up snippets), from the printed page
(the seed's layout, edited) and through SPARQL. ``Offering.sales_recipients`` stays.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from kg.extract import formd_text, formd_xml
from kg.graph.build import build_dataset
from kg.graph.validate import validate
from kg.ingest import read_bytes
from kg.model import Offering, SalesCompensation
from kg.pipeline import extract_paths

DATA = Path(__file__).parent / "data"
REIT = DATA / "formd_xml" / "edgartools_formD_1685REIT.xml"
GOLD_FUND = DATA / "formd_xml" / "halloran_gabelli_intl_gold_fund_formD.extracted.xml"
NONE_PAID = DATA / "formd_xml" / "edgartools_formD_Shepards.xml"
SEED = DATA / "formd_text" / "000_4ecf89f82e1dc858.txt"


def _paid(path: Path | None = None, data: bytes | None = None) -> list[SalesCompensation]:
    raw = data if data is not None else path.read_bytes()  # type: ignore[union-attr]
    name = path.name if path else "d.xml"
    reader = formd_xml if b"<edgarSubmission" in raw[:4096] else formd_text
    facts = reader.extract(read_bytes(raw, name)).facts
    return [f for f in facts if isinstance(f, SalesCompensation)]


def test_representatives_of_a_dealer_with_their_states() -> None:
    paid = _paid(REIT)
    assert len(paid) == 4
    assert {p.representative.name for p in paid if p.representative} == {
        "Charles Harrison",
        "Lori Mayfield",
        "Patrick Whelchel",
        "Scott Harrison",
    }
    first = next(p for p in paid if p.crd_number == "3071551")
    assert first.recipient.name == "H & L Equities, LLC"  # the firm paid is the dealer
    assert first.associated_broker_dealer == first.recipient
    assert first.associated_crd_number == "113794"
    assert first.solicitation_states == ("FL", "GA", "TX")
    assert (first.all_states, first.foreign_solicitation) == (False, False)
    assert first.issuer.name.startswith("1685")
    assert "FL, GA, TX" in first.evidence


def test_all_states_and_no_foreign_element() -> None:
    (paid,) = _paid(GOLD_FUND)
    assert paid.recipient.name == "Gabelli & Company"
    assert (paid.crd_number, paid.representative, paid.associated_broker_dealer) == (
        "7353",
        None,
        None,
    )
    assert (paid.solicitation_states, paid.all_states, paid.foreign_solicitation) == (
        (),
        True,
        None,
    )


def test_a_none_recipient_is_no_compensation_and_sales_recipients_stay() -> None:
    assert _paid(NONE_PAID) == []
    facts = formd_xml.extract(read_bytes(REIT.read_bytes(), REIT.name)).facts
    (offering,) = [f for f in facts if isinstance(f, Offering)]
    assert [r.name for r in offering.sales_recipients] == ["H & L Equities, LLC"]


@pytest.mark.parametrize(
    ("boxes", "states", "every", "foreign"),
    [
        (b"<value>GA</value><value>Texas</value><value>ga</value>", ("GA", "TX"), False, True),
        (b"<value>ALL STATES</value>", (), True, True),
        (b"<state>NY</state><description>NEW YORK</description>", ("NY",), False, True),
        (b"", (), None, True),
    ],
)
def test_made_up_state_lists(
    boxes: bytes, states: tuple[str, ...], every: bool | None, foreign: bool
) -> None:
    data = REIT.read_bytes()
    start = data.index(b"<statesOfSolicitationList>")
    end = data.index(b"</foreignSolicitation>") + len(b"</foreignSolicitation>")
    data = (
        data[:start]
        + b"<statesOfSolicitationList>"
        + boxes
        + b"</statesOfSolicitationList><foreignSolicitation>true</foreignSolicitation>"
        + data[end:]
    )
    first = _paid(data=data)[0]
    assert first.crd_number == "3071551"
    assert (first.solicitation_states, first.all_states, first.foreign_solicitation) == (
        states,
        every,
        foreign,
    )


_PRINTED_BOXES = (
    "Recipient\tRecipient CRD Number\n"
    "Example Securities, LLC\t123456\t\n"
    "(Associated) Broker or Dealer X None\t(Associated) Broker or Dealer CRD Number\n"
    "Street Address 1\tStreet Address 2\n"
    "City\tState/Province/Country ZIP/Postal Code\n"
    "State(s) of Solicitation (select all that apply)\t{foreign}Foreign/non-US\n"
    'Check "All States" or check individual States\t{every}\n'
    "States\t{states}\n"
)


def _print(boxes: str) -> bytes:
    seed = SEED.read_text(encoding="utf-8")
    start = seed.index("Recipient\tRecipient CRD Number X None")
    end = seed.index("13. Offering and Sales Amounts")
    return (seed[:start] + boxes + seed[end:]).encode("utf-8")


@pytest.mark.parametrize(
    ("fill", "states", "every", "foreign"),
    [
        ({"foreign": "X ", "every": "X All States", "states": ""}, (), True, True),
        ({"foreign": "", "every": "", "states": "NEW YORK, New Jersey"},
         ("NY", "NJ"), False, False),
        # A grid of boxes: only the states marked X.
        ({"foreign": "", "every": "", "states": "X NY  CA  X NJ\tTX"}, ("NY", "NJ"), False, False),
    ],
)  # fmt: skip
def test_the_printed_boxes(
    fill: dict[str, str], states: tuple[str, ...], every: bool, foreign: bool
) -> None:
    (paid,) = _paid(data=_print(_PRINTED_BOXES.format(**fill)))
    assert (paid.recipient.name, paid.crd_number) == ("Example Securities, LLC", "123456")
    assert (paid.solicitation_states, paid.all_states, paid.foreign_solicitation) == (
        states,
        every,
        foreign,
    )


def test_the_seed_pays_no_one() -> None:
    assert _paid(SEED) == []


def test_states_through_sparql_and_shapes() -> None:
    ds = build_dataset(extract_paths([REIT, GOLD_FUND]).items)
    rows = ds.query(
        """PREFIX ekg: <https://w3id.org/edgar-kg/ontology#>
        SELECT ?firm ?rep ?state WHERE { GRAPH ?g {
            ?c a ekg:SalesCompensation ; ekg:recipient/ekg:name ?firm ;
               ekg:representative/ekg:name ?rep ; ekg:solicitationState ?state ;
               ekg:issuer ?issuer ; ekg:source ?doc .
            ?offering a ekg:Offering ; ekg:issuer ?issuer ; ekg:salesRecipient ?paid } }"""
    )
    found = {(str(f), str(r), str(s)) for f, r, s in rows}
    assert ("H & L Equities, LLC", "Lori Mayfield", "TX") in found
    assert len(found) == 12  # four representatives, three states each
    every = ds.query(
        """PREFIX ekg: <https://w3id.org/edgar-kg/ontology#>
        SELECT ?firm WHERE { GRAPH ?g { ?c ekg:allStates true ; ekg:recipient/ekg:name ?firm } }"""
    )
    assert [str(f) for (f,) in every] == ["Gabelli & Company"]
    assert validate(ds).conforms
