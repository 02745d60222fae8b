"""HTML to plain text for extractors (placeholder; replaced by the ingest work)."""

from __future__ import annotations

import re


def html_to_text(html: str, name: str) -> str:
    """Visible text of an HTML page, one block element per line."""
    text = re.sub(r"(?is)<(script|style)\b.*?</\1>", " ", html)
    text = re.sub(r"(?i)<br\s*/?>|</(p|div|tr|li|h\d|table)>", "\n", text)
    text = re.sub(r"<[^>]+>", " ", text)
    return text
