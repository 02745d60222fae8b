"""PDFs a company printed, read through poppler's ``pdftotext``.

The text extractors read the layout poppler's ``pdftotext`` gives in its
default (reading-order) mode: the bundled samples and the corpus' dumps were
made with it, and the same PDF through it gives the same text byte for byte.
So a PDF is turned into that text and read like any dump. Another PDF
library would give another layout the extractors were never checked on.

``pdftotext`` runs as a child process from bytes on stdin to text on stdout:
no temporary file, no network, and a PDF that hangs it is stopped after
``TIMEOUT_S``. Without ``pdftotext`` (Debian package ``poppler-utils``) a
PDF is reported as such, with what to do.
"""

from __future__ import annotations

import shutil
import subprocess

from kg.errors import BinaryInputError, EmptyInputError

TIMEOUT_S = 60


def pdf_to_text(data: bytes, name: str) -> str:
    """The text of a PDF as ``pdftotext -enc UTF-8`` writes it."""
    exe = shutil.which("pdftotext")
    if exe is None:
        raise BinaryInputError(
            name, "a PDF, and poppler's pdftotext is not installed (Debian: poppler-utils)"
        )
    try:
        run = subprocess.run(
            [exe, "-enc", "UTF-8", "-", "-"],
            input=data,
            capture_output=True,
            timeout=TIMEOUT_S,
            check=False,
        )
    except subprocess.TimeoutExpired:
        raise BinaryInputError(name, f"a PDF pdftotext did not read in {TIMEOUT_S} s") from None
    if run.returncode != 0:
        reason = run.stderr.decode("utf-8", "replace").strip().splitlines()
        detail = reason[-1] if reason else f"exit status {run.returncode}"
        raise BinaryInputError(name, f"a PDF pdftotext cannot read: {detail}")
    text = run.stdout.decode("utf-8", "replace")
    if not text.strip():
        raise EmptyInputError(name, "a PDF without a text layer (a scan?): run OCR on it first")
    return text
