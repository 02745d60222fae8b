"""Files to a dataset: read, split, extract, build. The library's main entry point.

A file that cannot be read is recorded as a failure and the batch goes on;
the caller decides what to do with the failures (the CLI reports them and
exits non-zero).
"""

from __future__ import annotations

import dataclasses
import gc
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import TypeVar

from rdflib import Dataset

from kg.errors import InputError, MalformedDocumentError, UnrecognisedDocumentError
from kg.extract import extract, extractor
from kg.ingest import RawDocument, expand_inputs, read_bytes, read_file
from kg.model import EntityRef, Extraction, Source

Progress = Callable[[str], None]
T = TypeVar("T")


@dataclass
class Extracted:
    """What a batch of files yielded: documents, known identities, failures."""

    items: list[tuple[Source, Extraction]] = field(default_factory=list)
    same: list[tuple[EntityRef, EntityRef]] = field(default_factory=list)
    failures: list[InputError] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)  # embedded parts no extractor reads

    def kinds(self) -> Counter[str]:
        return Counter(extraction.kind for _, extraction in self.items)


@dataclass
class BuildResult:
    dataset: Dataset
    extracted: Extracted


def extract_paths(paths: Iterable[Path], progress: Progress | None = None) -> Extracted:
    """Extract every file under ``paths``; failures are collected, not raised."""
    result = Extracted()
    with batch_collection() as settle:
        for count, path in enumerate(expand_inputs(paths), 1):
            try:
                extract_document(read_file(path), result)
            except InputError as error:
                result.failures.append(error)
            except Exception as error:  # an extractor bug must not stop the batch
                reason = f"internal error in extraction: {type(error).__name__}: {error}"
                result.failures.append(MalformedDocumentError(str(path), reason))
            if count % _SETTLE_EVERY == 0:
                settle()
            if progress:
                progress(str(path))
    return result


@contextmanager
def batch_collection() -> Iterator[Callable[[], None]]:
    """Keep the cyclic garbage collector off what a batch keeps; yields ``settle``.

    A batch makes millions of small objects (fact records, tuples, triples) that live
    until the graph is written and form no cycles, and the collector's passes walked
    them again and again: turning it off halved the time of building the graph of
    1,000 ownership XMLs. So the first threshold is raised, and ``settle()``, called
    every few documents, moves what exists into the collector's permanent generation
    (``gc.freeze``: no walk), so that later passes see only what was made since.
    Cycles made before a settle can be collected again once the batch ends (``gc.unfreeze``):
    none for XML, about 6 KB a prose document (spaCy's parser leaves some). A process
    that froze objects itself (a forking server) is left as it is: no settle then.
    """
    before = gc.get_threshold()
    ours = gc.get_freeze_count() == 0
    gc.set_threshold(max(before[0], _BATCH_THRESHOLD), *before[1:])
    try:
        yield gc.freeze if ours else _no_settle
    finally:
        gc.set_threshold(*before)
        if ours:
            gc.unfreeze()


def _no_settle() -> None:
    return None


_BATCH_THRESHOLD = 50_000
_SETTLE_EVERY = 64  # documents


def extract_document(doc: RawDocument, into: Extracted) -> None:
    """Extract one document (a full submission or a printed filing with its
    exhibits yields several) into ``into``."""
    from kg.ingest import printed, submission

    if not submission.is_submission(doc):
        split = printed.split_printed(doc)
        into.items.append((doc.source, extract(split.report)))
        for part, doc_type in zip(split.exhibits, split.types, strict=True):
            _extract_into(part, doc_type, into)
        return
    parts = submission.split_submission(doc)
    header = parts.header
    into.items.append((doc.source, header))
    for part, doc_type in zip(parts.documents, parts.types, strict=True):
        _extract_into(part, doc_type, into, header)


def _extract_into(
    part: RawDocument, doc_type: str, into: Extracted, header: Extraction | None = None
) -> None:
    """One embedded document; what no extractor reads is listed as skipped."""
    try:
        extraction = _extract_part(part, doc_type)
    except InputError as error:  # one broken exhibit does not sink the filing
        into.failures.append(error)
        return
    if extraction is None:
        into.skipped.append(f"{part.name} ({doc_type})")
        return
    if header is not None:
        extraction = _with_header(extraction, header)
        subject, header_subject = extraction.document.subject, header.document.subject
        if subject and header_subject and subject.kind == header_subject.kind == "company":
            into.same.append((header_subject, subject))
    into.items.append((part.source, extraction))


def _extract_part(part: RawDocument, doc_type: str) -> Extraction | None:
    """An embedded document by its content; EX-99 exhibits are press releases."""
    from kg.extract import detect

    try:
        return extract(part, detect(part))
    except UnrecognisedDocumentError:
        if doc_type.upper().startswith("EX-99"):
            return extractor("press").extract(part)
        return None


def _with_header(extraction: Extraction, header: Extraction) -> Extraction:
    """Fill what the embedded document does not say from the SEC header."""
    info, head = extraction.document, header.document
    info = dataclasses.replace(
        info,
        accession_number=info.accession_number or head.accession_number,
        date=info.date or head.date,
    )
    return dataclasses.replace(extraction, document=info)


def build(
    paths: Iterable[Path], progress: Progress | None = None, dataset: Dataset | None = None
) -> BuildResult:
    """Extract and build: the dataset of every readable file under ``paths``."""
    from kg.graph.build import build_dataset

    extracted = extract_paths(paths, progress)
    return BuildResult(build_dataset(extracted.items, extracted.same, dataset), extracted)


def write(extracted: Extracted, output: Path) -> int:
    """Build ``extracted`` into the graph file ``output``; the number of statements.

    N-Quads and N-Triples are written straight from the builder (fast, no
    store); the other formats go through an rdflib dataset.
    """
    from kg.export.rdf import format_of, save, write_nquads
    from kg.graph.build import build_dataset, build_graphs
    from kg.graph.terms import text_terms

    fmt = format_of(output)
    with batch_collection() as settle:
        settle()  # the extractions live until the file is written
        if fmt in {"nquads", "nt"}:
            built = build_graphs(extracted.items, extracted.same, text_terms())
            graphs = _settling(built, settle)
            return write_nquads(graphs, output, union=fmt == "nt")
        dataset = build_dataset(extracted.items, extracted.same)
        save(dataset, output)
        return len(dataset)


def _settling(items: Iterable[T], settle: Callable[[], None]) -> Iterator[T]:
    """``items``, settling the collector every few of them (see ``batch_collection``)."""
    for count, item in enumerate(items, 1):
        yield item
        if count % _SETTLE_EVERY == 0:
            settle()


def sample_paths() -> list[Path]:
    """The four bundled sample filings (a Form D, a Form 4, an 8-K, a press release)."""
    folder = Path(__file__).parent / "samples"
    return sorted(folder.glob("*.txt"))


__all__ = [
    "BuildResult",
    "Extracted",
    "build",
    "extract_paths",
    "read_bytes",
    "sample_paths",
    "write",
]
