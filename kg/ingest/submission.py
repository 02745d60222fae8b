"""Full-submission text files: the SEC header plus every embedded document.

EDGAR serves a filing as one ``.txt`` file: an optional privacy-enhanced-mail
banner (1990s-2000s), ``<SEC-DOCUMENT>``, the ``<SEC-HEADER>`` index card,
then one ``<DOCUMENT>`` per file filed (``<TYPE>``, ``<SEQUENCE>``,
``<FILENAME>``, ``<DESCRIPTION>``, ``<TEXT>`` ... ``</TEXT>``). The
dissemination form (``.nc``) has ``<SUBMISSION>`` and SGML header tags
instead. ``split_submission`` reads the header (``kg.ingest.sec_header``) and
cuts the documents out as ``RawDocument``s of their own.

The scan works on the bytes with ``bytes.find`` so each embedded document's
``data`` is exactly what was filed (its hash identifies it) and is decoded on
its own.

What is left out, on purpose: binary files (uuencoded ``begin 644`` bodies:
images, PDFs, zips, spreadsheets, and ``<PDF>`` bodies), ``<PAPER>`` bodies (a note
that the document was filed on paper) and, unless asked
for, the XBRL files EDGAR generates ("IDEA: XBRL DOCUMENT" renderings, the
``EX-101`` taxonomy): none of them is read by an extractor.

Truncation: a header without ``</SEC-HEADER>``, or a document cut short
before another one starts, is ``MalformedDocumentError``. A download cut
short inside its LAST document keeps that document if it still has content
(its own extractor decides whether the part is readable; a cut XML fails
there); a last document cut before any content is dropped. A submission that
ends up with no document at all is malformed.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterator
from dataclasses import dataclass

from kg.errors import BinaryInputError, EmptyInputError, MalformedDocumentError
from kg.ingest import RawDocument, decode
from kg.ingest.sec_header import parse_header
from kg.model import Extraction, Source

_PEM = "-----BEGIN PRIVACY-ENHANCED MESSAGE-----"
_STARTS = ("<SEC-DOCUMENT>", "<SEC-HEADER>", "<SUBMISSION>")
_META = re.compile(rb"<(TYPE|SEQUENCE|FILENAME|DESCRIPTION)>([^<\r\n]*)")
_UUENCODED = re.compile(rb"begin [0-7]{3} ")
_BINARY_SUFFIXES = (".jpg", ".jpeg", ".gif", ".png", ".bmp", ".pdf", ".zip", ".xlsx", ".xls")
_WRAPPERS = (b"<XML>", b"<XBRL>")


@dataclass(frozen=True)
class Submission:
    """A split submission. ``types`` and ``filenames`` run parallel to
    ``documents``: the embedded ``<TYPE>`` ("4", "8-K", "EX-99.1") lets a
    pipeline send an EX-99 to the press-release extractor."""

    header: Extraction
    documents: tuple[RawDocument, ...]
    types: tuple[str, ...] = ()
    filenames: tuple[str | None, ...] = ()


@dataclass(frozen=True)
class _Part:
    index: int
    meta: dict[str, str]
    content: bytes
    truncated: bool


def is_submission(doc: RawDocument) -> bool:
    """Does the content start like an EDGAR full-submission file?"""
    head = doc.text[:4096].lstrip("\ufeff \t\r\n")
    if head.startswith(_PEM):
        # The banner's key lines hold no '<': the first tag follows them.
        head = head[head.find("<") :] if "<" in head else ""
    return head.startswith(_STARTS)


def split_submission(doc: RawDocument, *, keep_xbrl: bool = False) -> Submission:
    """The header's facts and the embedded documents, in filing order.

    Raises ``MalformedDocumentError`` for a file that is not a submission,
    has a truncated header, a document cut short before the next one, or no
    document at all.
    """
    data = doc.data
    header_bytes, body_start = _header_bytes(data, doc.name)
    header = parse_header(_decode_text(header_bytes))
    if not header.document.accession_number:
        raise MalformedDocumentError(doc.name, "the SEC header has no ACCESSION NUMBER")
    documents: list[RawDocument] = []
    types: list[str] = []
    filenames: list[str | None] = []
    for part in _parts(data, body_start, doc.name):
        embedded = _embedded(doc.name, part, keep_xbrl)
        if embedded is not None:
            documents.append(embedded)
            types.append(part.meta.get("TYPE", ""))
            filenames.append(part.meta.get("FILENAME") or None)
    if not documents:
        raise MalformedDocumentError(doc.name, "the submission holds no readable <DOCUMENT>")
    return Submission(header, tuple(documents), tuple(types), tuple(filenames))


def _header_bytes(data: bytes, name: str) -> tuple[bytes, int]:
    """The header's bytes and where the documents begin."""
    first_doc = data.find(b"<DOCUMENT>")
    start = data.find(b"<SEC-HEADER>")
    if start >= 0 and (first_doc < 0 or start < first_doc):
        end = data.find(b"</SEC-HEADER>", start)
        if end < 0 or (0 <= first_doc < end):
            raise MalformedDocumentError(name, "the SEC header is truncated (no </SEC-HEADER>)")
        return data[start:end], end
    if data.lstrip()[:12] == b"<SUBMISSION>":
        if first_doc < 0:
            raise MalformedDocumentError(name, "no <DOCUMENT> after the <SUBMISSION> header")
        return data[:first_doc], first_doc
    raise MalformedDocumentError(name, "not a full submission: no <SEC-HEADER> or <SUBMISSION>")


def _parts(data: bytes, pos: int, name: str) -> Iterator[_Part]:
    """Every ``<DOCUMENT>`` block from ``pos``, numbered from 1."""
    index = 0
    while (start := data.find(b"<DOCUMENT>", pos)) >= 0:
        index += 1
        end = data.find(b"</DOCUMENT>", start)
        following = data.find(b"<DOCUMENT>", start + 10)
        truncated = end < 0 or 0 <= following < end
        if truncated and following >= 0:
            raise MalformedDocumentError(
                name, f"document {index} is cut short: no </DOCUMENT> before the next one"
            )
        block = data[start + 10 :] if truncated else data[start + 10 : end]
        part = _part(index, block, truncated, name)
        if part is not None:
            yield part
        if truncated:
            return
        pos = end + 11


def _part(index: int, block: bytes, truncated: bool, name: str) -> _Part | None:
    text_at = block.find(b"<TEXT>")
    if text_at < 0:
        if truncated:
            return None  # cut inside its <TYPE>/<FILENAME> lines: nothing to keep
        raise MalformedDocumentError(name, f"document {index} has no <TEXT>")
    meta = {
        m.group(1).decode("ascii"): m.group(2).decode("latin-1").strip()
        for m in _META.finditer(block, 0, text_at)
    }
    content = block[text_at + 6 :]
    close = content.rfind(b"</TEXT>")
    if close >= 0:
        content = content[:close]
    elif not truncated:
        raise MalformedDocumentError(name, f"document {index} has no </TEXT>")
    return _Part(index, meta, content, truncated)


def _embedded(name: str, part: _Part, keep_xbrl: bool) -> RawDocument | None:
    """One embedded document as a ``RawDocument``, or None when skipped."""
    doc_type = part.meta.get("TYPE", "").upper()
    filename = part.meta.get("FILENAME", "").lower()
    if not keep_xbrl and (
        doc_type.startswith("EX-101.")
        or part.meta.get("DESCRIPTION", "").upper().startswith("IDEA:")
    ):
        return None
    body = _unwrap(part.content)
    if body is None or filename.endswith(_BINARY_SUFFIXES) or doc_type == "GRAPHIC":
        return None
    doc_name = f"{name}#{part.meta.get('SEQUENCE') or part.index}"
    try:
        text = decode(body, doc_name)
    except (EmptyInputError, BinaryInputError):
        return None
    source = Source(name=doc_name, sha256=hashlib.sha256(body).hexdigest(), part=part.index)
    return RawDocument(source=source, data=body, text=text)


def _unwrap(content: bytes) -> bytes | None:
    """The filed file inside ``<TEXT>``: without the ``<XML>``/``<XBRL>``
    wrapper EDGAR adds, or None for a binary (uuencoded or ``<PDF>``) or ``<PAPER>`` body."""
    lead = content.lstrip()
    if lead[:5].upper() == b"<PDF>" or lead[:7].upper() == b"<PAPER>" or _UUENCODED.match(lead):
        return None  # a <PAPER> body only notes that the document was filed on paper
    for wrapper in _WRAPPERS:
        if lead[: len(wrapper)].upper() == wrapper:
            inner = lead[len(wrapper) :]
            close = inner.rfind(b"</" + wrapper[1:])
            return (inner[:close] if close >= 0 else inner).strip()
    # The line break after <TEXT> is EDGAR's, and blank lines before the
    # first line carry nothing; a plain-text body's leading spaces are its
    # layout and its final newline is the file's own, so both stay.
    return content.lstrip(b"\r\n")


def _decode_text(data: bytes) -> str:
    """Header bytes as text (ASCII in practice; cp1252/Latin-1 tolerated)."""
    for encoding in ("utf-8", "cp1252"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    return data.decode("latin-1")
