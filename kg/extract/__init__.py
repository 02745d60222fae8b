"""The extractor registry: one table from document kind to module.

Every extractor is a module with three names:

* ``KIND``: its key in this table, e.g. ``"form4_text"``;
* ``detect(doc: RawDocument) -> bool``: does the content look like this kind?
  (content only, never the file name; cheap: a root element, a heading);
* ``extract(doc: RawDocument) -> Extraction``: pure, content in, facts out.
  No network, no files, no IRIs. Raises ``MalformedDocumentError`` when the
  document is of this kind but broken.

Adding a document kind is one new module and one line below. Modules are
imported on first use so that ``import kg`` stays cheap; heavy libraries
(spaCy) are imported inside the functions that need them.
"""

from __future__ import annotations

import importlib
import importlib.util
from functools import cache
from types import ModuleType

from kg.errors import UnrecognisedDocumentError
from kg.ingest import RawDocument
from kg.model import Extraction

# Order matters: the first kind whose detect() accepts the document wins.
# Structured forms come first; the press release, the loosest test, last.
EXTRACTORS: tuple[tuple[str, str], ...] = (
    ("form4_xml", "kg.extract.form4_xml"),
    ("formd_xml", "kg.extract.formd_xml"),
    ("form4_html", "kg.extract.form4_html"),
    ("formd_text", "kg.extract.formd_text"),
    ("form4_typed", "kg.extract.form4_typed"),  # before form4_text: pipe-drawn tables decide
    ("form4_text", "kg.extract.form4_text"),
    ("form8k", "kg.extract.form8k"),
    ("agreement", "kg.extract.agreement"),
    ("press", "kg.extract.press"),
)

_loaded: dict[str, ModuleType] = {}


def extractor(kind: str) -> ModuleType:
    """The module for ``kind``, imported on first use."""
    if kind not in _loaded:
        table = dict(EXTRACTORS)
        if kind not in table:
            known = ", ".join(k for k, _ in EXTRACTORS)
            raise KeyError(f"no extractor for kind {kind!r}; known kinds: {known}")
        _loaded[kind] = importlib.import_module(table[kind])
    return _loaded[kind]


@cache
def available_kinds() -> tuple[str, ...]:
    """Kinds whose module is present, in detection order (looked up once)."""
    return tuple(k for k, module in EXTRACTORS if importlib.util.find_spec(module) is not None)


def detect(doc: RawDocument) -> str:
    """The kind of ``doc``, read from its content."""
    for kind in available_kinds():
        if extractor(kind).detect(doc):
            return kind
    raise UnrecognisedDocumentError(
        doc.name, "not a Form 3/4/5, Form D, 8-K or press release that edgar-kg can read"
    )


def extract(doc: RawDocument, kind: str | None = None) -> Extraction:
    """Detect the kind of ``doc`` (unless given) and run its extractor."""
    return extractor(kind or detect(doc)).extract(doc)
