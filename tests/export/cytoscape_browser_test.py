#!/usr/bin/env python3
"""The .cyjs export loaded by the real Cytoscape.js, in headless Chromium.

    cytoscape_browser_test.py EVENTGRAPH INPUT_DIR CYTOSCAPE_DIR WRITE_HOSTILE_GRAPH OUT_DIR

Writes the graph of INPUT_DIR as node-link JSON (the expectations) and as
.cyjs, and the hostile-strings graph as .cyjs; loads each into Cytoscape.js
(tests/vendor/) and checks that every node and edge arrives with its label,
kind and endpoints, with no console error. Lays the examples out (cose) and
saves OUT_DIR/cytoscape.png. Exit 77 (skipped) without Chromium.
"""
import json
import os
import subprocess
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from browser import check, inline_json, load_inline_page, screenshot, viewer_test_main  # noqa: E402

PAGE = """<!DOCTYPE html>
<html><head><meta charset="utf-8"><link rel="icon" href="data:,">
<script src="{js}"></script></head>
<body style="margin:0"><div id="cy" style="width:1200px;height:850px"></div>
<script>
const data = {data};
window.cy = cytoscape({{container: document.getElementById('cy'), elements: data.elements,
  style: [{{selector: 'node', style: {{'label': 'data(label)', 'font-size': 9,
            'background-color': (n) => 'rgb(' + n.data('r') + ',' + n.data('g') + ',' + n.data('b') + ')'}}}},
          {{selector: 'edge', style: {{'width': 1, 'line-color': '#bbb', 'curve-style': 'bezier',
            'target-arrow-shape': 'triangle', 'target-arrow-color': '#bbb'}}}}],
  layout: {{name: 'cose', animate: false, randomize: false}}}});
window.loaded = true;
</script></body></html>
"""


def load(browser, cyjs, vendor, page):
    load_inline_page(browser, page, PAGE.format(js="file://" + os.path.join(vendor, "cytoscape.min.js"), data=inline_json(cyjs)),
                     "window.loaded === true")


def compare(browser, node_link, what):
    nodes = {n["id"]: n for n in node_link["nodes"]}
    edges = node_link["edges"]
    check(what + ": nodes", browser.eval("cy.nodes().length"), len(nodes))
    check(what + ": edges", browser.eval("cy.edges().length"), len(edges))
    got = browser.eval("cy.nodes().map((n) => [n.id(), n.data('label'), n.data('kind')])")
    check(what + ": every node's label and kind", sorted(map(tuple, got)),
          sorted((i, n.get("label"), n.get("kind")) for i, n in nodes.items()))
    got = browser.eval("cy.edges().map((e) => [e.source().id(), e.target().id(), e.data('label')])")
    check(what + ": every edge's ends and label", sorted(map(tuple, got)),
          sorted((e["source"], e["target"], e.get("label")) for e in edges))


def export(eventgraph, inputs, out_dir):
    subprocess.run([eventgraph, "build", inputs, "-q", "-o", os.path.join(out_dir, "graph.json"),
                    "-o", os.path.join(out_dir, "graph.cyjs")], check=True)


def body(browser, vendor, out_dir):
    load(browser, os.path.join(out_dir, "graph.cyjs"), vendor, os.path.join(out_dir, "cytoscape.html"))
    compare(browser, json.load(open(os.path.join(out_dir, "graph.json"), encoding="utf-8")), "examples")
    screenshot(browser, os.path.join(out_dir, "cytoscape.png"))
    check("console errors (examples)", browser.errors(), [])
    browser.events.clear()
    load(browser, os.path.join(out_dir, "hostile.cyjs"), vendor, os.path.join(out_dir, "hostile_cytoscape.html"))
    compare(browser, json.load(open(os.path.join(out_dir, "hostile.json"), encoding="utf-8")), "hostile strings")
    check("console errors (hostile)", browser.errors(), [])


if __name__ == "__main__":
    sys.exit(viewer_test_main(export, body))
