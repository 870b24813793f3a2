#!/usr/bin/env bash
# The hostile-strings graph in every format, read back by the real readers:
# xmllint (and the GraphML XSD when ../shared has it), Graphviz, NetworkX.
# Usage: export_formats_test.sh WRITE_HOSTILE_GRAPH OUT_DIR [GRAPHML_XSD]
set -euo pipefail
writer=$1 out=$2 xsd=${3:-}
rm -rf "$out" && mkdir -p "$out"
"$writer" "$out"
fail=0
check() { local what=$1; shift; if "$@" >"$out/last.log" 2>&1; then echo "ok: $what"; else echo "FAIL: $what"; cat "$out/last.log"; fail=1; fi; }
check "GraphML is well-formed XML" xmllint --noout "$out/hostile.graphml"
if [ -n "$xsd" ] && [ -f "$xsd" ]; then
  check "GraphML is valid against the XSD" xmllint --noout --schema "$xsd" "$out/hostile.graphml"
fi
check "DOT renders" dot -Tsvg "$out/hostile.dot" -o "$out/hostile.svg"
check "SVG is well-formed" xmllint --noout "$out/hostile.svg"
check "NetworkX reads GraphML and JSON with every string intact" /usr/bin/python3 - "$out" <<'PY'
import json, sys
import networkx as nx
out = sys.argv[1]
g = nx.read_graphml(out + "/hostile.graphml")
data = json.load(open(out + "/hostile.json", encoding="utf-8"))
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
exit $fail
