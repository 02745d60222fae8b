"""The page in a real headless Chromium (Debian's /usr/bin/chromium, driven by Playwright).

Skipped only on a developer machine without Chromium; with ``CI`` set a
missing browser is a failure, since CI installs it (``.ci/run``).
"""

from __future__ import annotations

import os
import struct
import sys
import zlib
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from kg.export.html import page_id, write_html
from kg.export.nx import to_networkx

try:  # tests/ is a package only if the lead adds an __init__.py
    from tests import _graphs as g
except ImportError:  # pragma: no cover - depends on pytest's rootdir handling
    import _graphs as g  # type: ignore[no-redef]

pytestmark = pytest.mark.browser

CHROMIUM = Path("/usr/bin/chromium")
SCREENSHOT = Path("/tmp/kg-page.png")
ARGS = [
    "--headless=new",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-dev-shm-usage",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
# The canvas position of a node, in page coordinates (for hovering it).
NODE_XY = """id => {
  const net = window.kgNetwork;
  const dom = net.canvasToDOM(net.getPositions([id])[id]);
  const box = document.querySelector('#kg-network canvas').getBoundingClientRect();
  return [dom.x + box.left, dom.y + box.top];
}"""


def _require_browser() -> None:
    missing = []
    if not CHROMIUM.exists():
        missing.append(f"{CHROMIUM} is absent (apt-get install chromium)")
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:
        missing.append("the playwright package is not installed")
    if missing:
        reason = "; ".join(missing)
        if os.environ.get("CI"):
            pytest.fail(f"browser test cannot run in CI: {reason}")
        pytest.skip(reason)


class Session:
    """One page load with everything the page did recorded."""

    def __init__(self, page: Any) -> None:
        self.page = page
        self.console: list[tuple[str, str]] = []
        self.errors: list[str] = []
        self.requests: list[str] = []
        self.dialogs: list[str] = []
        page.on("console", lambda m: self.console.append((m.type, m.text)))
        page.on("pageerror", lambda e: self.errors.append(str(e)))
        page.on("request", lambda r: self.requests.append(r.url))
        page.on("dialog", self._dialog)

    def _dialog(self, dialog: Any) -> None:
        self.dialogs.append(dialog.message)
        dialog.dismiss()


@pytest.fixture(scope="module")
def session(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Session]:
    _require_browser()
    from playwright.sync_api import sync_playwright

    folder = tmp_path_factory.mktemp("browser")
    html = folder / "graph.html"
    write_html(g.sample_dataset(), html, title="Browser test")
    with sync_playwright() as pw:
        context = pw.chromium.launch_persistent_context(
            str(folder / "profile"),  # a fresh user data dir
            executable_path=str(CHROMIUM),
            headless=True,
            args=ARGS,
            viewport={"width": 1000, "height": 700},
        )
        try:
            recorded = Session(context.new_page())
            recorded.page.goto(html.as_uri())
            _wait_until_settled(recorded)
            yield recorded
        finally:
            context.close()


def _wait_until_settled(session: Session) -> None:
    from playwright.sync_api import TimeoutError as PlaywrightTimeout

    try:
        session.page.wait_for_function("window.kgStabilized === true", timeout=15_000)
    except PlaywrightTimeout:
        pytest.fail(
            f"the network never settled; page errors {session.errors}, "
            f"console {session.console}, dialogs {session.dialogs}"
        )


def test_missing_browser_fails_in_ci(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setattr(sys.modules[__name__], "CHROMIUM", tmp_path / "no-chromium")
    monkeypatch.setenv("CI", "true")
    with pytest.raises(pytest.fail.Exception, match="cannot run in CI"):
        _require_browser()
    monkeypatch.delenv("CI")
    with pytest.raises(pytest.skip.Exception, match="no-chromium is absent"):
        _require_browser()


def test_every_node_is_on_the_page(session: Session) -> None:
    expected = [page_id(n) for n in to_networkx(g.sample_dataset())]
    count, ids = session.page.evaluate(
        "[window.kgNetwork.body.data.nodes.length, window.kgNetwork.body.data.nodes.getIds()]"
    )
    assert count == len(expected) == 12
    assert sorted(ids) == sorted(expected)
    # Drawn, not just loaded: the network placed every node.
    positions = session.page.evaluate("Object.keys(window.kgNetwork.getPositions())")
    assert sorted(positions) == sorted(expected)
    assert session.page.evaluate("window.kgEdges.length") == 25


def test_legend_is_shown(session: Session) -> None:
    items = session.page.locator("li.kg-legend-item").all_inner_texts()
    assert items[0] == "Company (2)"
    assert [t.split(" (")[0] for t in items] == [
        "Company",
        "Person",
        "Document",
        "Position",
        "Shareholding",
        "Transaction",
        "Agreement",
        "Offering",
        "Signature",
    ]


def test_hostile_evidence_shows_as_text(session: Session) -> None:
    x, y = session.page.evaluate(NODE_XY, "transaction/bbb222")
    session.page.mouse.move(x, y)
    tooltip = session.page.locator("div.vis-tooltip")
    tooltip.wait_for(state="visible", timeout=5_000)
    text = tooltip.inner_text()
    assert text.startswith("S 1,500 @ 12.25\n[Transaction] transaction/bbb222")
    assert g.HOSTILE_EVIDENCE in text
    # Shown as characters: no element was made out of the filing text.
    assert session.page.evaluate("document.querySelectorAll('img').length") == 0
    assert session.page.evaluate("document.querySelectorAll('script').length") == 2
    session.page.mouse.move(1, 1)


def test_no_alert_no_error_no_network(session: Session) -> None:
    session.page.wait_for_timeout(200)  # let a late handler fire, if any
    assert session.dialogs == []
    assert session.errors == []
    assert [text for kind, text in session.console if kind == "error"] == []
    assert session.requests, "the page load itself was not seen"
    assert all(url.startswith(("file:", "data:")) for url in session.requests), session.requests


def test_screenshot_is_not_blank(session: Session) -> None:
    png = session.page.screenshot(path=str(SCREENSHOT))
    width, height, pixels = _decode_png(png)
    assert (width, height) == (1000, 700)
    coloured = sum(1 for px in pixels if max(px) - min(px) > 60)  # node fills, not grey text
    dark = sum(1 for px in pixels if max(px) < 128)
    assert coloured > 2_000, coloured
    assert dark > 200, dark
    canvas = session.page.evaluate(
        """() => {
          const c = document.querySelector('#kg-network canvas');
          const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
          let n = 0;
          for (let i = 0; i < d.length; i += 4) { if (d[i + 3] > 0) n++; }
          return n;
        }"""
    )
    assert canvas > 2_000


def _decode_png(data: bytes) -> tuple[int, int, list[tuple[int, ...]]]:
    """8-bit RGB/RGBA PNG -> (width, height, pixels as (r, g, b[, a]))."""
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    pos, idat, header = 8, b"", b""
    while pos < len(data):
        (length,) = struct.unpack(">I", data[pos : pos + 4])
        kind, body = data[pos + 4 : pos + 8], data[pos + 8 : pos + 8 + length]
        header = body if kind == b"IHDR" else header
        idat += body if kind == b"IDAT" else b""
        pos += 12 + length
    width, height, depth, colour = struct.unpack(">IIBB", header[:10])
    assert depth == 8 and colour in (2, 6), (depth, colour)
    channels = 3 if colour == 2 else 4
    rows = _unfilter(zlib.decompress(idat), width * channels, height, channels)
    pixels = [tuple(row[i : i + channels]) for row in rows for i in range(0, len(row), channels)]
    return width, height, pixels


def _unfilter(raw: bytes, stride: int, height: int, bpp: int) -> list[bytes]:
    """Undo the PNG scanline filters (None, Sub, Up, Average, Paeth)."""
    rows: list[bytes] = []
    previous = bytearray(stride)
    for y in range(height):
        kind, line = (
            raw[y * (stride + 1)],
            bytearray(raw[y * (stride + 1) + 1 : (y + 1) * (stride + 1)]),
        )
        for i in range(stride):
            a = line[i - bpp] if i >= bpp else 0
            b, c = previous[i], previous[i - bpp] if i >= bpp else 0
            if kind == 1:
                line[i] = (line[i] + a) & 0xFF
            elif kind == 2:
                line[i] = (line[i] + b) & 0xFF
            elif kind == 3:
                line[i] = (line[i] + (a + b) // 2) & 0xFF
            elif kind == 4:
                p = a + b - c
                pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
                line[i] = (line[i] + (a if pa <= pb and pa <= pc else b if pb <= pc else c)) & 0xFF
        rows.append(bytes(line))
        previous = line
    return rows
