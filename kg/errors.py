"""One small exception tree. Every message names the file and the reason."""

from __future__ import annotations


class KgError(Exception):
    """Base of every error edgar-kg raises on purpose."""


class InputError(KgError):
    """A document that cannot be read. ``path`` names it, ``reason`` says why."""

    def __init__(self, path: str, reason: str) -> None:
        self.path = path
        self.reason = reason
        super().__init__(f"{path}: {reason}")


class EmptyInputError(InputError):
    """The file has no content (or only whitespace)."""


class BinaryInputError(InputError):
    """The file is not text (PDF, image, archive, or undecodable bytes)."""


class UnrecognisedDocumentError(InputError):
    """No extractor recognises the document's content."""


class MalformedDocumentError(InputError):
    """The document is of a known kind but broken: truncated XML, missing parts."""


class QueryError(KgError):
    """A SPARQL query that cannot be parsed, is not allowed, or names no bundled query."""


class GraphFileError(KgError):
    """A graph file that cannot be read or written."""
