#!/usr/bin/env bash
# The hostile-strings graph in every format, read back by the real readers:
# xmllint (and the GraphML XSD and GEXF RelaxNG schema when SCHEMAS_DIR has
# them), Graphviz, NetworkX, Python's XML parser.
# Usage: export_formats_test.sh WRITE_HOSTILE_GRAPH OUT_DIR [SCHEMAS_DIR]
set -euo pipefail
writer=$1 out=$2 schemas=${3:-}
xsd=$schemas/graphml-1.0/graphml.xsd rng=$schemas/gexf-1.3/gexf.rng
rm -rf "$out" && mkdir -p "$out"
"$writer" "$out"
fail=0
check() { local what=$1; shift; if "$@" >"$out/last.log" 2>&1; then echo "ok: $what"; else echo "FAIL: $what"; cat "$out/last.log"; fail=1; fi; }
check "GraphML is well-formed XML" xmllint --noout "$out/hostile.graphml"
if [ -n "$schemas" ] && [ -f "$xsd" ]; then
  check "GraphML is valid against the XSD" xmllint --noout --schema "$xsd" "$out/hostile.graphml"
fi
check "GEXF is well-formed XML" xmllint --noout "$out/hostile.gexf"
if [ -n "$schemas" ] && [ -f "$rng" ]; then
  check "GEXF is valid against the 1.3 RelaxNG schema" xmllint --noout --relaxng "$rng" "$out/hostile.gexf"
fi
check "DOT renders" dot -Tsvg "$out/hostile.dot" -o "$out/hostile.svg"
check "SVG is well-formed" xmllint --noout "$out/hostile.svg"
check "NetworkX reads GraphML and JSON with every string intact" /usr/bin/python3 - "$out" <<'PY'
import json, sys
import networkx as nx
out = sys.argv[1]
g = nx.read_graphml(out + "/hostile.graphml")
data = json.load(open(out + "/hostile.json", encoding="utf-8"))
# NetworkX 3.4+ reads "edges", older ones "links": the same list under both.
assert data["edges"] and data["edges"] == data["links"]
j = nx.node_link_graph(data)
by_key = {d["key"]: n for n, d in g.nodes(data=True)}
for needle in ["say \"hi\"", "ends with \\", "a < b && c > d", "line one\nline two", "col\tcol",
               "node", "Edge", "GRAPH", "subgraph", "strict", "digraph", "<b>bold</b>",
               "fire \U0001F525 flag \U0001F1FA\U0001F1E6"]:
    assert needle in by_key, ("graphml key", needle)
    assert g.nodes[by_key[needle]]["label"] == needle, ("graphml label", needle)
    assert needle in j.nodes, ("json id", needle)
    assert j.nodes[needle]["label"] == needle, ("json label", needle)
assert g.number_of_nodes() == j.number_of_nodes(), (g.number_of_nodes(), j.number_of_nodes())
assert g.number_of_edges() == j.number_of_edges()
# Typed attributes come back typed.
some = next(n for n, d in g.nodes(data=True) if d.get("kind") == "event")
assert isinstance(g.nodes[some]["day_number"], int)
assert isinstance(g.nodes[some]["r"], int)
json.load(open(out + "/hostile.timeline.json", encoding="utf-8"))
print(g.number_of_nodes(), "nodes,", g.number_of_edges(), "edges read back")
PY
check "yEd GraphML is well-formed XML" xmllint --noout "$out/hostile.yed.graphml"
check "yEd GraphML: NetworkX reads each label, shape and colour from the yFiles data" /usr/bin/python3 - "$out" <<'PY'
import sys
import networkx as nx
import xml.etree.ElementTree as ET
out = sys.argv[1]
plain = nx.read_graphml(out + "/hostile.graphml")
yed = nx.read_graphml(out + "/hostile.yed.graphml")
assert sorted(plain.nodes) == sorted(yed.nodes)
for n, d in plain.nodes(data=True):
    # NetworkX takes "label" from y:NodeLabel: the text must come back as the plain label.
    assert yed.nodes[n]["label"] == d["label"], (n, yed.nodes[n]["label"], d["label"])
    want = {"event": "roundrectangle", "document": "rectangle"}.get(d["kind"], "ellipse" if d.get("type") == "person" else None)
    if want:
        assert yed.nodes[n]["shape_type"] == want, (n, yed.nodes[n]["shape_type"])
ns = {"g": "http://graphml.graphdrawing.org/xmlns", "y": "http://www.yworks.com/xml/graphml"}
root = ET.parse(out + "/hostile.yed.graphml").getroot()
fills = [f.get("color") for f in root.iter("{http://www.yworks.com/xml/graphml}Fill")]
assert len(fills) == yed.number_of_nodes() and all(len(c) == 7 and c[0] == "#" for c in fills), fills[:3]
assert "#E69F00" in fills  # the events' family colour ("other": orange), as in the plain r,g,b
print(yed.number_of_nodes(), "nodes with yEd labels, shapes and fills")
PY
check "GEXF keeps every string, type and date interval" /usr/bin/python3 - "$out" <<'PY'
import sys
import xml.etree.ElementTree as ET
ns = {"g": "http://gexf.net/1.3", "viz": "http://gexf.net/1.3/viz"}
out = sys.argv[1]
graph = ET.parse(out + "/hostile.gexf").getroot().find("g:graph", ns)
assert graph.get("mode") == "dynamic" and graph.get("timeformat") == "date"
titles = {a.get("id"): (a.get("title"), a.get("type"))
          for a in graph.findall("g:attributes[@class='node']/g:attribute", ns)}
nodes = {n.get("id"): n for n in graph.findall("g:nodes/g:node", ns)}
assert int(graph.find("g:nodes", ns).get("count")) == len(nodes)
for needle in ["say \"hi\"", "ends with \\", "a < b && c > d", "line one\nline two", "col\tcol",
               "node", "<b>bold</b>", "fire \U0001F525 flag \U0001F1FA\U0001F1E6"]:
    assert needle in nodes, ("gexf id", needle)
    assert nodes[needle].get("label") == needle, ("gexf label", needle)
def values(n):
    return {titles[v.get("for")][0]: v.get("value") for v in n.findall("g:attvalues/g:attvalue", ns)}
events = [n for n in nodes.values() if values(n)["kind"] == "event"]
actors = [n for n in nodes.values() if values(n)["kind"] == "actor"]
assert events and actors
for n in events:
    # The writer dates every event on one day of 2015-11-10..19, so start == end.
    assert n.get("start") == n.get("end") and n.get("start").startswith("2015-11-1"), n.attrib
    assert values(n)["date"] == n.get("start"), values(n)
    # Events take their family's colour; these types name no family: "other", orange.
    assert (n.find("viz:color", ns).get("r"), n.find("viz:color", ns).get("g")) == ("230", "159"), n.attrib
assert all(n.get("start") is None for n in actors)  # undated: visible at every time
assert titles and ("day_number", "long") in titles.values() and ("killed", "integer") in titles.values()
# Attribute ids are the names (graphology shows the id), and the size says how often a node is mentioned.
assert all(i == t for i, (t, _) in titles.items()), titles
edge_titles = {a.get("id"): a.get("title") for a in graph.findall("g:attributes[@class='edge']/g:attribute", ns)}
assert edge_titles and all(i == t for i, t in edge_titles.items()), edge_titles
import math
for n in nodes.values():
    size = float(n.find("viz:size", ns).get("value"))
    m = int(values(n).get("mentions", "0"))  # a document node is mentioned by nothing
    assert abs(size - (5 + 5 * math.log2(1 + m))) < 0.06, (n.get("id"), size, m)
edges = graph.findall("g:edges/g:edge", ns)
assert edges and all(e.get("source") in nodes and e.get("target") in nodes for e in edges)
print(len(nodes), "nodes,", len(edges), "edges in GEXF")
PY
exit $fail
