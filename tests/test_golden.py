"""Golden graphs: a real input beside the graph it must build, compared by
isomorphism with a readable diff (never by counts).

After a deliberate change, regenerate with ``KG_UPDATE_GOLDEN=1 pytest
tests/test_golden.py`` and review the diff of ``tests/golden/`` before committing.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from kg.export.rdf import load, save
from kg.pipeline import build
from tests.graphdiff import assert_same_dataset

REPO = Path(__file__).resolve().parents[1]
GOLDEN = Path(__file__).parent / "golden"
CASES = {
    "formd_text": "kg/samples/000_4ecf89f82e1dc858.txt",
    "form4_text": "kg/samples/001_e522093d6283adcf.txt",
    "form8k_text": "kg/samples/002_b717dde4e27f8616.txt",
    "press_text": "kg/samples/003_0dcc0eca3793637d.txt",
    "form4_xml": "tests/data/form4_xml/edgartools_snowflake_scarpelli_form4.xml",
    "formd_xml": "tests/data/formd_xml/halloran_diffusion_pharma_formD.xml",
    "form4_fullsub": "tests/data/fullsub/deanshelton_pro_dex_farnam_cabillot_form4.txt",
}


@pytest.mark.parametrize("case", sorted(CASES))
def test_golden_graph(case):
    result = build([REPO / CASES[case]])
    assert not result.extracted.failures
    golden = GOLDEN / f"{case}.trig"
    if os.environ.get("KG_UPDATE_GOLDEN"):
        save(result.dataset, golden)
    assert golden.exists(), f"no golden graph for {case}: run with KG_UPDATE_GOLDEN=1"
    assert_same_dataset(load(golden), result.dataset)
