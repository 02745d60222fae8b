"""Test-only renderers: filings printed in the layouts the extractors read."""
