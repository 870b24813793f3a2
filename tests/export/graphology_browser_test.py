#!/usr/bin/env python3
"""The GEXF export read by graphology (graphology-library's gexf.parse), in Chromium.

    graphology_browser_test.py EVENTGRAPH INPUT_DIR GRAPHOLOGY_DIR WRITE_HOSTILE_GRAPH OUT_DIR

Writes the graph of INPUT_DIR as node-link JSON (the expectations) and as GEXF
1.3, and the hostile-strings graph likewise; parses each GEXF with graphology
(tests/vendor/) and checks that every node and edge arrives, each node's
label and attributes under their names ("kind", "mentions", not "n2"), and no
console error. Exit 77 (skipped) without Chromium.
"""
import json
import os
import subprocess
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from browser import check, load_inline_page, viewer_test_main  # noqa: E402

PAGE = """<!DOCTYPE html>
<html><head><meta charset="utf-8"><link rel="icon" href="data:,">
<script src="{graphology}"></script><script src="{library}"></script></head>
<body><script>window.loaded = true;</script></body></html>
"""


def xml_safe(text):
    """What XML can carry of `text`, as the writers make it: control characters
    (but tab and line breaks), DEL and the noncharacters U+FFFE and U+FFFF become
    U+FFFD. JSON keeps them, so the expectations from JSON are mapped likewise."""
    if text is None:
        return None
    return "".join("\ufffd" if (ord(c) < 0x20 and c not in "\t\n\r") or c in "\x7f\ufffe\uffff" else c for c in text)


def compare(browser, gexf, node_link, what):
    # file:// pages may read files beside them with XMLHttpRequest only when
    # Chromium allows it (--allow-file-access-from-files); the text is passed
    # in from here instead, as a JSON string.
    text = open(gexf, encoding="utf-8").read()
    browser.eval("window.g = graphologyLibrary.gexf.parse(graphology.MultiDirectedGraph, %s)" % json.dumps(text))
    nodes = {n["id"]: n for n in node_link["nodes"]}
    check(what + ": nodes", browser.eval("g.order"), len(nodes))
    check(what + ": edges", browser.eval("g.size"), len(node_link["edges"]))
    got = browser.eval("g.mapNodes((n, a) => [n, a.label, a.kind, a.mentions === undefined ? null : a.mentions])")
    check(what + ": each node's label, kind and mentions under their names", sorted(map(tuple, got)),
          sorted((xml_safe(i), xml_safe(n.get("label")), n.get("kind"), n.get("mentions")) for i, n in nodes.items()))
    check(what + ": no attribute named by a bare id",
          browser.eval("g.mapNodes((n, a) => Object.keys(a)).flat().filter((k) => /^n[0-9]+$/.test(k)).length"), 0)


def export(eventgraph, inputs, out_dir):
    subprocess.run([eventgraph, "build", inputs, "-q", "-o", os.path.join(out_dir, "graph.json"),
                    "-o", os.path.join(out_dir, "graph.gexf")], check=True)


def body(browser, vendor, out_dir):
    load_inline_page(browser, os.path.join(out_dir, "graphology.html"),
                     PAGE.format(graphology="file://" + os.path.join(vendor, "graphology.umd.min.js"),
                                 library="file://" + os.path.join(vendor, "graphology-library.min.js")),
                     "window.loaded === true")
    compare(browser, os.path.join(out_dir, "graph.gexf"),
            json.load(open(os.path.join(out_dir, "graph.json"), encoding="utf-8")), "examples")
    compare(browser, os.path.join(out_dir, "hostile.gexf"),
            json.load(open(os.path.join(out_dir, "hostile.json"), encoding="utf-8")), "hostile strings")
    check("console errors", browser.errors(), [])


if __name__ == "__main__":
    sys.exit(viewer_test_main(export, body))
