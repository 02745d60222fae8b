"""Sentence ends around company abbreviations (kg.extract.sentences.sentences_of).

A period after a company's legal form ("CO.", "Inc.", "plc.") followed by a comma is
inside a name ("ACME HOLDING CO., LTD.", "Foo plc., a company"), whatever the case or
what follows the comma; after a company's name at the end of a sentence a new one
still opens. Made-up text.
"""

from __future__ import annotations

import pytest

from kg.extract.sentences import sentences_of


@pytest.mark.parametrize(
    "text",
    [
        "ACME HOLDING CO., LTD. appointed Jane Roe as Chief Financial Officer.",
        "ACME HOLDING CO., INC. appointed Jane Roe as Chief Financial Officer.",
        "ACME HOLDING CORP., Beta Inc. and Gamma LLC signed the agreement.",
        "Foo Widgets plc., Beta Corp. and Gamma LLC signed the agreement.",
        "Acme Bros., Inc. appointed Jane Roe as a director.",
        "The seller is ACME HOLDING CO., 100 Main Street, Springfield.",
        'The buyer is "ACME LTD.", Beta Inc. and Gamma, each a party.',
    ],
)
def test_a_company_abbreviation_before_a_comma_ends_no_sentence(text: str) -> None:
    assert sentences_of(text) == [text]


@pytest.mark.parametrize(
    "text",
    [
        "ACME HOLDING CO., a Delaware corporation, appointed Jane Roe as its Secretary.",
        "Foo Widgets PLC., a company organised in England, signed the agreement.",
        "Smith Barney & Co., Inc. acted as placement agent for the offering.",
        "XYZ Ltd., a Bermuda company, and ABC L.P., a Delaware limited partnership, agreed.",
        "Bank of America, N.A., as administrative agent, and Acme Trust, N.A., as trustee.",
        "Acme S.A., a Luxembourg company, and Beta L.L.C., a Delaware company, merged.",
        "The agreement with Acme (together with Beta Co.), dated May 1, was signed.",
        "The parties (ACME CORP.), Beta and Gamma signed the agreement.",
    ],
)
def test_a_period_before_a_comma_lowercase_or_parenthesis_ends_no_sentence(text: str) -> None:
    assert sentences_of(text) == [text]


@pytest.mark.parametrize(
    ("text", "first"),
    [
        ("Jane Roe joined Acme Inc. He will report to the CEO.", "Jane Roe joined Acme Inc."),
        ("Jane Roe joined Acme Inc. The Board also met.", "Jane Roe joined Acme Inc."),
        ("He joined ACME INC. He left in 2020.", "He joined ACME INC."),
        ("He was CFO of Acme Ltd. From 2010 to 2015, he was CEO.", "He was CFO of Acme Ltd."),
    ],
)
def test_a_sentence_still_ends_after_a_company_name(text: str, first: str) -> None:
    assert sentences_of(text) == [first, text[len(first) + 1 :]]


def test_paragraphs_run_together_with_a_comma_still_split_after_a_word() -> None:
    """A scraped release joins paragraphs with ", " after the full stop."""
    text = "He led the transition to Jane Roe., Mr. Smith is succeeded as Chairman by Ms. Roe."
    assert sentences_of(text) == [
        "He led the transition to Jane Roe.,",
        "Mr. Smith is succeeded as Chairman by Ms. Roe.",
    ]
