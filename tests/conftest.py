"""Shared fixtures: the graph of the four bundled samples, built once per session."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
CORPUS = SHARED / "corpus"


def pytest_sessionstart(session: pytest.Session) -> None:
    """Refuse to test compiled modules (tools/native.py) older than the sources: Python
    would import them, not the edited .py files, and the tests would pass on old code."""
    from tools.native import stale

    if stale():
        pytest.exit("compiled modules are older than kg/'s sources: run `make native`", 2)


@pytest.fixture(scope="session")
def sample_build():
    from kg.pipeline import build, sample_paths

    return build(sample_paths())


@pytest.fixture(scope="session")
def samples(sample_build):
    """The dataset of the four sample filings."""
    assert not sample_build.extracted.failures, sample_build.extracted.failures
    return sample_build.dataset


@pytest.fixture(scope="session")
def corpus_dir() -> Path:
    if not CORPUS.is_dir():
        if os.environ.get("CI"):
            pytest.fail(f"{CORPUS} is missing on CI")
        pytest.skip("../shared/corpus is not here (users do not have it)")
    return CORPUS


@pytest.fixture(scope="session")
def pdftotext() -> None:
    """Poppler's pdftotext, which reads PDFs: required on CI, else the test is skipped."""
    import shutil

    if shutil.which("pdftotext") is None:
        if os.environ.get("CI"):
            pytest.fail("pdftotext is missing on CI (make system installs poppler-utils)")
        pytest.skip("poppler's pdftotext is not installed (Debian: poppler-utils)")
