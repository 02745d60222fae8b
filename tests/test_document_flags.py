"""Document-level boxes of ownership forms reach the graph."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

from rdflib import XSD, Literal

from kg.graph.build import build_dataset
from kg.ingest import read_file
from kg.pipeline import Extracted, extract_document
from kg.vocab import EKG

DATA = Path(__file__).parent / "data" / "form4_xml"


def _extract(name: str) -> Extracted:
    into = Extracted()
    extract_document(read_file(DATA / name), into)
    return into


def test_amendment_keeps_the_original_filing_date():
    name = "deanshelton_lam_research_ahmed_form4A.extracted.xml"
    raw = (DATA / name).read_text()
    stated = re.search(r"<dateOfOriginalSubmission>([^<]+)<", raw).group(1)
    into = _extract(name)
    ((_, extraction),) = into.items
    assert extraction.document.form_type == "4/A"
    assert extraction.document.original_filing_date == date.fromisoformat(stated)
    ds = build_dataset(into.items)
    assert (None, EKG.originalFilingDate, Literal(stated, datatype=XSD.date)) in ds


def test_no_longer_subject_to_section_16():
    into = _extract("datamule_Hippo_Holdings_Inc_0000899243-21-031284_form4.xml")
    ((_, extraction),) = into.items
    assert extraction.document.not_subject_to_section16 is True
    ds = build_dataset(into.items)
    assert (None, EKG.notSubjectToSection16, Literal(True)) in ds
    other = _extract("edgartools_snowflake_scarpelli_form4.xml")
    assert other.items[0][1].document.not_subject_to_section16 is not True
