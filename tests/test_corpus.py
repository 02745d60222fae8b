"""The whole of ../shared/corpus, when it is here: no crash, and submissions agree
with the documents cut out of them. Skipped where the corpus is absent (users)."""

from __future__ import annotations

from pathlib import Path

import pytest

from kg.errors import MalformedDocumentError
from kg.ingest import read_file
from kg.pipeline import Extracted, extract_document, extract_paths

# Files the corpus README describes as outside what edgar-kg reads; each must
# still be reported with a typed reason, never crash. (The pre-2003 typed Form 4
# once listed here is read by form4_typed now.)
KNOWN_UNREADABLE: set[str] = set()


@pytest.fixture(scope="module")
def corpus_run(corpus_dir: Path) -> Extracted:
    return extract_paths([corpus_dir])


def test_no_file_crashes_the_build(corpus_run):
    internal = [f for f in corpus_run.failures if "internal error" in f.reason]
    assert not internal, "\n".join(str(f) for f in internal)


def test_every_failure_names_its_file_and_a_reason(corpus_run):
    for failure in corpus_run.failures:
        assert Path(failure.path.split("#")[0]).exists(), failure
        assert failure.reason.strip(), failure


def test_every_kind_is_read(corpus_run):
    kinds = corpus_run.kinds()
    read = ("form4_xml", "form4_html", "form4_typed", "formd_xml", "form8k", "press", "sec_header")
    for kind in read:
        assert kinds[kind] > 0, kinds


def test_most_files_contribute_facts(corpus_run, corpus_dir):
    files = {Path(source.name.split("#")[0]).name for source, _ in corpus_run.items}
    failed = {Path(f.path.split("#")[0]).name for f in corpus_run.failures}
    readable = [
        p for p in corpus_dir.rglob("*")
        if p.suffix in {".txt", ".xml", ".htm", ".html", ".pdf"} and p.name not in KNOWN_UNREADABLE
    ]  # fmt: skip
    missing = sorted(p.name for p in readable if p.name not in files | failed)
    assert not missing, missing
    assert len(files) >= 0.9 * len(readable)


def test_pdfs_read_as_their_dumps(corpus_dir, pdftotext):
    """Each PDF of the corpus gives the facts of the pdftotext dump made from it."""
    pdfs = sorted(corpus_dir.rglob("*.pdf"))
    assert pdfs
    for pdf in pdfs:
        dump = pdf.with_suffix(".pdftotext.txt")
        if not dump.exists():
            continue
        from_pdf, from_dump = extract_paths([pdf]), extract_paths([dump])
        assert not from_pdf.failures, from_pdf.failures
        assert [e.facts for _, e in from_pdf.items] == [e.facts for _, e in from_dump.items], pdf


def _pairs(corpus_dir: Path) -> list[tuple[Path, Path]]:
    """(full submission, document cut from it) pairs named alike in the corpus."""
    pairs = []
    for extracted in sorted(corpus_dir.rglob("*.extracted.xml")):
        stem = extracted.name.removesuffix(".extracted.xml")
        full = corpus_dir / "fullsub" / f"{stem}.txt"
        if full.exists():
            pairs.append((full, extracted))
    return pairs


def _facts_without_document(path: Path, kind: str) -> set:
    into = Extracted()
    extract_document(read_file(path), into)
    return {
        fact for _, extraction in into.items if extraction.kind == kind for fact in extraction.facts
    }


DATA = Path(__file__).parent / "data"


@pytest.mark.parametrize("where", ["tests/data", "corpus"])
def test_submissions_agree_with_their_documents(request, where):
    root = DATA if where == "tests/data" else request.getfixturevalue("corpus_dir")
    pairs = _pairs(root)
    assert len(pairs) >= 4, "documents cut from full submissions are bundled beside them"
    for full, part in pairs:
        into = Extracted()
        extract_document(read_file(part), into)
        ((_, alone),) = into.items
        inside = _facts_without_document(full, alone.kind)
        assert inside == set(alone.facts), f"{full.name} vs {part.name}"


def test_a_broken_submission_part_is_reported_alone(tmp_path, corpus_dir):
    full = next(iter(sorted((corpus_dir / "fullsub").glob("*form4*.txt"))))
    text = full.read_bytes()
    cut = text[: text.index(b"</ownershipDocument>") - 40] + b"\n</TEXT>\n</DOCUMENT>\n"
    broken = tmp_path / "broken.txt"
    broken.write_bytes(cut)
    result = extract_paths([broken])
    assert any(isinstance(f, MalformedDocumentError) for f in result.failures)
    assert any(e.kind == "sec_header" for _, e in result.items)  # the header is kept


def test_a_cik_is_one_node_across_years_and_issuers(corpus_dir):
    from rdflib import Literal

    from kg.graph.build import build_dataset
    from kg.graph.resolve import refs_in
    from kg.vocab import EKG

    extracted = extract_paths([corpus_dir / "form4", corpus_dir / "fullsub"])
    ciks = {
        ref.cik
        for _, e in extracted.items
        for fact in (e.document, *e.facts)
        for ref in refs_in(fact)
        if ref.cik
    }
    ds = build_dataset(extracted.items, extracted.same)
    for cik in ciks:
        assert len(set(ds.subjects(EKG.cik, Literal(cik)))) == 1, cik
    # Insiders who file for several issuers over the years meet in one node.
    travellers = []
    for person in set(ds.subjects(EKG.cik, None)):
        issuers = set()
        for tx in ds.subjects(EKG.reportingOwner, person):
            issuers |= set(ds.objects(tx, EKG.issuer))
        if len(issuers) >= 3:
            travellers.append(person)
    assert travellers
