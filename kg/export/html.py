"""An interactive HTML page of the graph that works with no network at all.

pyvis builds the node, edge and option records; the page itself comes from
our own small template, because pyvis's template links bootstrap and
vis-network from CDNs even with ``cdn_resources="in_line"``. The
vis-network script and stylesheet shipped inside the pyvis package are
inlined, and a Content-Security-Policy (``default-src 'none'``) forbids any
request the page might still try.

Filing text is untrusted. Node tooltips are plain strings, which vis-network
9.x shows with ``innerText`` (never parsed as HTML); the JSON embedded in the
``<script>`` escapes ``<``, ``>`` and ``&`` as ``\\u003c``..., so
``</script>`` or ``<!--`` inside evidence cannot end the script; the
few texts written into the HTML itself (title, legend) are HTML-escaped.

Node ids are IRIs with the resource base (``https://w3id.org/edgar-kg/id/``)
removed, e.g. ``company/0000320193``: see :func:`page_id`.
"""

from __future__ import annotations

import html
import json
import math
import os
import string
from importlib import resources
from pathlib import Path

import networkx as nx
from rdflib import Graph

from kg.export.files import atomic_output
from kg.export.nx import ENTITY_TYPES, NODE_TYPES, entity_graph, to_networkx
from kg.vocab import RESOURCE_BASE

__all__ = ["COLORS", "page_id", "render_html", "write_html"]

# One colour per node type (Tableau 10), in legend order.
COLORS: dict[str, str] = {
    "Company": "#1f77b4",
    "Person": "#ff7f0e",
    "Document": "#7f7f7f",
    "Position": "#2ca02c",
    "Shareholding": "#9467bd",
    "Transaction": "#d62728",
    "Agreement": "#8c564b",
    "Offering": "#e377c2",
    "Signature": "#bcbd22",
}
_OTHER_COLOR = "#17becf"
_SHAPES = {"Company": "dot", "Person": "dot", "Document": "square"}
_VIS_DIR = ("lib", "vis-9.1.2")
_HIDDEN_IN_TOOLTIP = frozenset({"type", "label", "iri", "classes", "evidence"})
_MAX_TOOLTIP_FIELDS = 14
_MAX_VALUE = 300
_MAX_LABEL = 40
# Characters that must not appear raw inside an inline <script> (HTML parser
# tokens and the JS line terminators JSON allows in strings).
_SCRIPT_ESCAPES = str.maketrans(
    {"<": "\\u003c", ">": "\\u003e", "&": "\\u0026", "\u2028": "\\u2028", "\u2029": "\\u2029"}
)

_PAGE = string.Template("""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; \
script-src 'unsafe-inline'; style-src 'unsafe-inline'; img-src data:">
<title>$title</title>
<style>
$vis_css
</style>
<style>
body { margin: 0; font-family: sans-serif; color: #222; }
header { padding: 6px 12px; border-bottom: 1px solid #ddd; }
h1 { font-size: 1.1em; margin: 0 1em 0 0; display: inline-block; }
.kg-stats { color: #666; font-size: 0.9em; }
.kg-legend { list-style: none; margin: 4px 0 0; padding: 0; font-size: 0.85em; }
.kg-legend li { display: inline-block; margin-right: 1.2em; }
.kg-swatch { display: inline-block; width: 0.9em; height: 0.9em; border-radius: 50%;
  vertical-align: middle; margin-right: 0.3em; }
#kg-network { width: 100%; height: 90vh; }
div.vis-tooltip { white-space: pre-wrap; max-width: 40em; font: 12px sans-serif; }
</style>
</head>
<body>
<header>
<h1>$title</h1><span class="kg-stats">$stats</span>
<ul class="kg-legend">
$legend
</ul>
</header>
<div id="kg-network"></div>
<script>
$vis_js
</script>
<script>
(function () {
  "use strict";
  var nodes = new vis.DataSet($nodes);
  var edges = new vis.DataSet($edges);
  var container = document.getElementById("kg-network");
  var network = new vis.Network(container, {nodes: nodes, edges: edges}, $options);
  function settled() {
    // Freeze the layout once it has settled, so the picture stops moving.
    network.setOptions({physics: {enabled: false}});
    window.kgStabilized = true;
  }
  network.once("stabilizationIterationsDone", settled);
  if (nodes.length === 0) { window.kgStabilized = true; }
  window.kgNetwork = network;
  window.kgNodes = nodes;
  window.kgEdges = edges;
})();
</script>
</body>
</html>
""")


def write_html(
    graph: nx.MultiDiGraph | Graph, path: str | os.PathLike[str], *, title: str = "edgar-kg"
) -> None:
    """Write the interactive page of ``graph`` (a projection or an rdflib graph) to ``path``.

    Atomic: the page is written to a temporary file beside ``path`` and moved
    over it, so an error never leaves a partial page (nor the temporary file).
    """
    page = render_html(graph, title=title)
    with atomic_output(Path(path)) as out:
        out.write(page)


def render_html(graph: nx.MultiDiGraph | Graph, *, title: str = "edgar-kg") -> str:
    """The page as a string (see :func:`write_html`)."""
    projection = graph if isinstance(graph, nx.MultiDiGraph) else to_networkx(graph)
    nodes, edges, options = _vis_records(projection)
    vis_js, vis_css = _vis_assets()
    return _PAGE.substitute(
        title=html.escape(title),
        stats=html.escape(f"{len(nodes)} nodes, {len(edges)} edges"),
        legend=_legend(projection),
        vis_css=vis_css,
        vis_js=vis_js,
        nodes=_script_json(nodes),
        edges=_script_json(edges),
        options=_script_json(options),
    )


def page_id(node: str) -> str:
    """The page's id of a node: its IRI without the resource base."""
    return node[len(RESOURCE_BASE) :] if node.startswith(RESOURCE_BASE) else node


def _vis_records(graph: nx.MultiDiGraph) -> tuple[list[dict], list[dict], dict]:
    """Nodes, edges and options in vis-network's shape, built with pyvis."""
    from pyvis.network import Network  # pyvis pulls in IPython: load it only here

    net = Network(height="90vh", width="100%", directed=True)
    degree = dict(entity_graph(graph).degree())
    for node, data in graph.nodes(data=True):
        node_type = str(data.get("type", ""))
        net.add_node(
            page_id(node),
            label=_truncate(str(data.get("label") or page_id(node)), _MAX_LABEL),
            title=_tooltip(node, data),
            color=COLORS.get(node_type, _OTHER_COLOR),
            shape=_SHAPES.get(node_type, "diamond"),
            size=_size(node_type, degree.get(node, 0)),
            kgType=node_type,
        )
    for index, (source, target, data) in enumerate(graph.edges(data=True)):
        predicate = str(data.get("predicate", ""))
        net.add_edge(
            page_id(source), page_id(target), id=f"e{index}", label=predicate, title=predicate
        )
    net.force_atlas_2based(gravity=-60, central_gravity=0.01, spring_length=120, damping=0.6)
    return net.nodes, net.edges, _options(json.loads(net.options.to_json()), len(net.nodes))


def _options(options: dict, node_count: int) -> dict:
    """pyvis's physics plus what makes the page settle and read well."""
    options.pop("configure", None)
    options["physics"]["stabilization"] = {
        "enabled": True,
        # Fewer rounds for big graphs: each costs O(n log n) in the browser.
        "iterations": 400 if node_count <= 1000 else 150,
        "updateInterval": 50,
        "fit": True,
    }
    options["physics"]["minVelocity"] = 0.75
    options["edges"] = {
        "arrows": {"to": {"enabled": True, "scaleFactor": 0.5}},
        "color": {"color": "#b0b0b0", "highlight": "#444444", "hover": "#444444"},
        "font": {"size": 8, "color": "#777777", "strokeWidth": 0, "align": "middle"},
        "smooth": {"enabled": False},
    }
    options["nodes"] = {"font": {"size": 12}, "borderWidth": 1}
    options["interaction"] = {"hover": True, "tooltipDelay": 120, "hideEdgesOnDrag": True}
    # A fixed seed makes the layout the same on every load; vis's improved
    # (Kamada-Kawai) initial layout is too slow for large graphs.
    options["layout"] = {"randomSeed": 7, "improvedLayout": node_count <= 150}
    return options


def _size(node_type: str, degree: int) -> float:
    """Entities grow with their number of shortcut edges; facts stay small."""
    if node_type in ENTITY_TYPES:
        return round(12 + 4 * math.sqrt(degree), 2)
    return 10 if node_type == "Document" else 7


def _tooltip(node: str, data: dict) -> str:
    """Plain text (vis shows it with innerText): label, type, key fields, evidence."""
    classes = [c for c in data.get("classes", []) if c != data.get("type")]
    kind = " / ".join([str(data.get("type", "")), *classes])
    lines = [str(data.get("label", "")), f"[{kind}] {page_id(node)}"]
    fields = [(k, v) for k, v in data.items() if k not in _HIDDEN_IN_TOOLTIP]
    for key, value in fields[:_MAX_TOOLTIP_FIELDS]:
        text = ", ".join(map(_text, value)) if isinstance(value, list) else _text(value)
        lines.append(f"{key}: {_truncate(text, _MAX_VALUE)}")
    evidence = data.get("evidence")
    for text in evidence if isinstance(evidence, list) else [evidence] if evidence else []:
        lines.append(f"Evidence: \u201c{_truncate(str(text), _MAX_VALUE * 2)}\u201d")
    return "\n".join(lines)


def _legend(graph: nx.MultiDiGraph) -> str:
    counts: dict[str, int] = {}
    for _, data in graph.nodes(data=True):
        counts[str(data.get("type", ""))] = counts.get(str(data.get("type", "")), 0) + 1
    order = [t for t in NODE_TYPES if t in counts] + sorted(set(counts) - set(NODE_TYPES))
    return "\n".join(
        f'<li class="kg-legend-item" data-type="{html.escape(t)}">'
        f'<span class="kg-swatch" style="background:{COLORS.get(t, _OTHER_COLOR)}"></span>'
        f"{html.escape(t)} ({counts[t]})</li>"
        for t in order
    )


def _text(value: object) -> str:
    """A value as the tooltip shows it: 1500.0 as "1,500", 12.25 as "12.25"."""
    if isinstance(value, float):
        return f"{int(value):,}" if value.is_integer() else f"{value:,}"
    return str(value)


def _truncate(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "\u2026"


def _script_json(value: object) -> str:
    """JSON that is also safe to embed inside an HTML ``<script>`` element."""
    text = json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return text.translate(_SCRIPT_ESCAPES)


def _vis_assets() -> tuple[str, str]:
    """vis-network's script and stylesheet, as shipped inside the pyvis package."""
    folder = resources.files("pyvis").joinpath(*_VIS_DIR)
    js = folder.joinpath("vis-network.min.js").read_text(encoding="utf-8")
    css = folder.joinpath("vis-network.css").read_text(encoding="utf-8")
    # Inlined verbatim: a closing tag inside would end the element early.
    if "</script" in js.lower() or "</style" in css.lower():
        raise RuntimeError("vis-network assets contain a closing tag; cannot inline them")
    return js, css
