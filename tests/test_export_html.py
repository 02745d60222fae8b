"""The offline HTML page (kg.export.html): no remote reference, escaping, atomic write."""

from __future__ import annotations

import json
import os
import re
import stat
from importlib import resources
from pathlib import Path

import pytest
from rdflib import Dataset

from kg.export import html as page_module
from kg.export.html import COLORS, page_id, render_html, write_html
from kg.export.nx import to_networkx

try:  # tests/ is a package only if the lead adds an __init__.py
    from tests import _graphs as g
except ImportError:  # pragma: no cover - depends on pytest's rootdir handling
    import _graphs as g  # type: ignore[no-redef]

VIS = resources.files("pyvis").joinpath("lib", "vis-9.1.2")
VIS_JS = VIS.joinpath("vis-network.min.js").read_text(encoding="utf-8")
VIS_CSS = VIS.joinpath("vis-network.css").read_text(encoding="utf-8")


def _own_text(page: str) -> str:
    """The page without the vendored vis-network files (inlined verbatim)."""
    assert VIS_JS in page and VIS_CSS in page
    return page.replace(VIS_JS, "").replace(VIS_CSS, "")


def _dataset_json(page: str, name: str) -> list[dict]:
    match = re.search(rf"var {name} = new vis\.DataSet\((.*?)\);\n", page)
    assert match, f"no {name} DataSet in the page"
    return json.loads(match.group(1))


@pytest.fixture(scope="module")
def page() -> str:
    return render_html(g.sample_dataset(), title="Test graph")


def test_no_remote_reference(page: str) -> None:
    own = _own_text(page)
    assert "http://" not in own and "https://" not in own
    # No element loads anything: no src/href attribute, no <link>, no @import.
    assert not re.search(r"<[a-z]+[^>]*\s(src|href)\s*=", own, re.IGNORECASE)
    assert "<link" not in own.lower() and "@import" not in own
    # Even the vendored stylesheet only uses inline data: images.
    assert set(re.findall(r"url\(\"?([a-z]+):", VIS_CSS)) <= {"data"}
    assert "default-src 'none'" in own  # the CSP forbids any request besides


def test_every_node_and_edge_is_in_the_page(page: str) -> None:
    G = to_networkx(g.sample_dataset())
    nodes = _dataset_json(page, "nodes")
    assert [n["id"] for n in nodes] == [page_id(n) for n in G]
    assert {n["id"]: n["kgType"] for n in nodes} == {page_id(k): v for k, v in g.NODE_TYPES.items()}
    edges = _dataset_json(page, "edges")
    assert len(edges) == G.number_of_edges()
    assert {(e["from"], e["to"], e["label"]) for e in edges} == {
        (page_id(u), page_id(v), k) for u, v, k in G.edges(keys=True)
    }
    acme = next(n for n in nodes if n["id"] == "company/0000999001")
    assert acme["label"] == "Acme Widgets, Inc."
    assert acme["color"] == COLORS["Company"]
    assert "12 nodes, 25 edges" in page


def test_legend_lists_the_classes_present(page: str) -> None:
    legend = re.findall(r'<li class="kg-legend-item" data-type="([^"]+)">', page)
    assert legend == [
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
    assert f'background:{COLORS["Transaction"]}"></span>Transaction (1)</li>' in page
    G = to_networkx(g.sample_dataset())
    G.remove_nodes_from([str(g.OFFERING), str(g.AGREEMENT)])
    smaller = render_html(G)
    legend = re.findall(r'data-type="([^"]+)"', smaller)
    assert "Offering" not in legend and "Agreement" not in legend
    assert "Company" in legend


def test_tooltip_carries_type_fields_and_evidence(page: str) -> None:
    nodes = {n["id"]: n for n in _dataset_json(page, "nodes")}
    tooltip = nodes["transaction/bbb222"]["title"]
    lines = tooltip.split("\n")
    assert lines[0] == "S 1,500 @ 12.25"
    assert lines[1] == "[Transaction] transaction/bbb222"
    assert "shares: 1,500" in lines and "pricePerShare: 12.25" in lines
    assert "transactionDate: 2024-03-01" in lines
    assert lines[-1] == f"Evidence: \u201c{g.HOSTILE_EVIDENCE}\u201d"
    assert nodes["filing/0000999001-24-000001"]["title"].split("\n")[1] == (
        "[Document / Filing] filing/0000999001-24-000001"
    )


def test_filing_text_cannot_break_out(page: str) -> None:
    own = _own_text(page)
    for raw in ("<script>alert(1)", "</script><img", "<img", "onerror=alert(1)>", "<!--"):
        assert raw not in own
    # Exactly the page's own two script elements, both closed once.
    assert own.lower().count("<script") == 2
    assert own.lower().count("</script") == 2
    assert "\\u003cscript\\u003ealert(1)\\u003c/script\\u003e" in own
    assert "\\u003c/script\\u003e\\u003cimg src=x onerror=alert(1)\\u003e" in own
    assert "\\u0026 \\u003c!-- more --\\u003e" in own


def test_title_is_html_escaped() -> None:
    text = render_html(g.sample_dataset(), title="<b>Widgets</b> & co")
    assert "<title>&lt;b&gt;Widgets&lt;/b&gt; &amp; co</title>" in text
    assert "<b>Widgets" not in text


def test_same_input_same_page() -> None:
    ds = g.sample_dataset()
    assert render_html(ds) == render_html(g.sample_dataset())
    assert render_html(to_networkx(ds)) == render_html(ds)


def test_empty_graph_renders() -> None:
    text = render_html(to_networkx(Dataset()))
    assert _dataset_json(text, "nodes") == []
    assert "0 nodes, 0 edges" in text


def test_write_html_writes_the_page(tmp_path: Path) -> None:
    target = tmp_path / "graph.html"
    write_html(g.sample_dataset(), target, title="Test graph")
    assert target.read_text(encoding="utf-8") == render_html(g.sample_dataset(), title="Test graph")
    assert stat.S_IMODE(target.stat().st_mode) == 0o644
    assert sorted(p.name for p in tmp_path.iterdir()) == ["graph.html"]


def test_failure_mid_write_leaves_nothing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def crash(fd: int) -> None:  # the bytes are in the temporary file by now
        raise OSError("disk full")

    monkeypatch.setattr(page_module.os, "fsync", crash)
    target = tmp_path / "graph.html"
    with pytest.raises(OSError, match="disk full"):
        write_html(g.sample_dataset(), target)
    assert list(tmp_path.iterdir()) == []


def test_failure_keeps_the_previous_page(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "graph.html"
    target.write_text("previous page", encoding="utf-8")
    real_replace = os.replace

    def crash(src: str, dst: str) -> None:
        assert Path(src).parent == tmp_path and Path(src).stat().st_size > 100_000
        raise OSError("interrupted")

    monkeypatch.setattr(page_module.os, "replace", crash)
    with pytest.raises(OSError, match="interrupted"):
        write_html(g.sample_dataset(), target)
    monkeypatch.setattr(page_module.os, "replace", real_replace)
    assert target.read_text(encoding="utf-8") == "previous page"
    assert [p.name for p in tmp_path.iterdir()] == ["graph.html"]
