#!/usr/bin/env bash
# End-to-end checks of the eventgraph command on files this script writes, plus
# the project's examples/. Usage: cli_test.sh EVENTGRAPH SOURCE_DIR OUT_DIR [SCHEMAS_DIR]
set -uo pipefail
eg=$1 src=$2 out=$3 schemas=${4:-}
xsd=$schemas/graphml-1.0/graphml.xsd rng=$schemas/gexf-1.3/gexf.rng
rm -rf "$out" && mkdir -p "$out"
fail=0
ok() { echo "ok: $1"; }
bad() { echo "FAIL: $1"; fail=1; }
expect() { local what=$1; shift; if "$@"; then ok "$what"; else bad "$what"; fi; }
py=/usr/bin/python3

# --- The example article's header (acceptance: title, dct, author, url).
"$eg" extract -q "$src/examples/000_023ec8b5948ac4f1.txt" >"$out/seed.jsonl"
expect "extract prints one line for one document" test "$(wc -l <"$out/seed.jsonl")" -eq 1
expect "seed header fields" $py - "$out/seed.jsonl" <<'PY'
import json, sys
d = json.loads(open(sys.argv[1]).read())["doc"]
assert d["title"] == "U.S., France Welcome Russia's 'Change of Course' in Syria", d
assert d["dct"] == "2015-11-18", d
assert d["author"] == "Daria Litvinova", d
assert d["url"].startswith("https://www.themoscowtimes.com/2015/11/18/us-france-welcome-russias-change-of-course-in-syria"), d
PY

# --- A folder of bad input: the good documents come out, each problem is named.
bad_dir=$out/bad
mkdir -p "$bad_dir"
printf 'Good Title\n\nMarch 3, 2019\n\nDelegates met in Geneva on Monday.\n' >"$bad_dir/good.txt"
printf '{"id":"j1","text":"First line ok.","date":"2019-03-04"}\n{"id":"j2","text": broken\n{"id":"j3","text":"Third ok.","date":"2019-02-30"}\n' >"$bad_dir/lines.jsonl"
printf 'Title\n\nMarch 5, 2019\n\nbad \xff\xfe bytes here\n' >"$bad_dir/latin.txt"
: >"$bad_dir/empty.txt"
printf 'PK\003\004\000\000binary' >"$bad_dir/archive.txt"
"$eg" extract "$bad_dir" -o "$out/bad.jsonl" 2>"$out/bad.err"
status=$?
expect "bad input exits 1" test $status -eq 1
expect "broken JSON line named with file and line" grep -q "lines.jsonl:2: skipped: JSON syntax error" "$out/bad.err"
expect "impossible date named with file and line" grep -q "lines.jsonl:3: warning: invalid date \"2019-02-30\"" "$out/bad.err"
expect "invalid UTF-8 named with file and line" grep -q "latin.txt:5: warning: invalid UTF-8" "$out/bad.err"
expect "empty file named" grep -q "empty.txt: skipped: empty file" "$out/bad.err"
expect "binary file named" grep -q "archive.txt:1: skipped: binary file" "$out/bad.err"
expect "summary line" grep -q "read 4 documents from 5 files; skipped 3 (see above)" "$out/bad.err"
expect "good documents complete" $py - "$out/bad.jsonl" <<'PY'
import json, sys
docs = [json.loads(l) for l in open(sys.argv[1], encoding="utf-8")]
ids = [d["doc"]["id"] for d in docs]
assert ids == ["good", "latin", "j1", "j3"], ids  # sorted path order
latin = docs[1]["doc"]
assert latin["title"] == "Title" and latin["dct"] == "2019-03-05", latin
assert docs[0]["doc"]["dct"] == "2019-03-03"
assert docs[3]["doc"]["dct"] is None  # Feb 30 is no date
PY

# --- Standard input, usage errors, --version.
printf '{"id":"s1","text":"x","date":"2019-01-01"}\n' | "$eg" extract -q >"$out/stdin.jsonl"
expect "stdin is JSON Lines" grep -q '"id":"s1"' "$out/stdin.jsonl"
"$eg" frobnicate 2>/dev/null; expect "unknown command exits 2" test $? -eq 2
"$eg" build examples 2>/dev/null; expect "build without -o exits 2" test $? -eq 2
"$eg" extract --dct 2015-02-30 x 2>/dev/null; expect "--dct Feb 30 exits 2" test $? -eq 2
# --- --day-first reaches the date reader: 6/10/2018 is 6 October.
printf '{"id":"uk","text":"The vote was held on 6/10/2018.","date":"2018-11-01"}\n' >"$out/uk.jsonl"
"$eg" extract -q --day-first "$out/uk.jsonl" | grep -q '"value":"2018-10-06"'; expect "--day-first reads 6/10/2018 as 6 October" test $? -eq 0
"$eg" extract -q "$out/uk.jsonl" | grep -q '"value":"2018-06-10"'; expect "without --day-first 6/10/2018 is June 10" test $? -eq 0
expect "--version" sh -c "'$eg' --version | grep -q '^eventgraph '"

# --- Outputs are whole or absent.
echo "previous" >"$out/keep.graphml"
"$eg" build -q "$src/examples" -o "$out/keep.graphml" -o "$out/bad.xyz" 2>/dev/null
expect "unknown output format exits 2" test $? -eq 2
expect "earlier file untouched by a failed run" grep -qx previous "$out/keep.graphml"
"$eg" build -q "$src/examples" -o "$out/no/such/dir/g.graphml" 2>"$out/nodir.err"
expect "unwritable output exits 1" test $? -eq 1
expect "unwritable output named" grep -q "no/such/dir/g.graphml" "$out/nodir.err"
expect "no temporary files left" test -z "$(find "$out" -name '*.tmp.*')"

# --- The examples as a graph, read back by the real readers.
"$eg" build -q "$src/examples" -o "$out/g.graphml" -o "$out/g.dot" -o "$out/g.json" -o "$out/g.gexf"
expect "build writes four formats" test -s "$out/g.graphml" -a -s "$out/g.dot" -a -s "$out/g.json" -a -s "$out/g.gexf"
expect "GEXF well-formed" xmllint --noout "$out/g.gexf"
if [ -n "$schemas" ] && [ -f "$rng" ]; then
  expect "GEXF valid against the 1.3 RelaxNG schema" xmllint --noout --relaxng "$rng" "$out/g.gexf"
fi
expect "GraphML well-formed" xmllint --noout "$out/g.graphml"
if [ -n "$schemas" ] && [ -f "$xsd" ]; then
  expect "GraphML valid against the XSD" xmllint --noout --schema "$xsd" "$out/g.graphml"
fi
expect "DOT renders to SVG" dot -Tsvg "$out/g.dot" -o "$out/g.svg"
dot -Tplain "$out/g.dot" >"$out/g.plain"
expect "date axis runs left to right" $py - "$out/g.plain" <<'PY'
import sys
xs = []
for line in open(sys.argv[1]):
    f = line.split()
    if f and f[0] == "node" and f[1].startswith('"date:') or (f and f[0] == "node" and f[1].startswith("date:")):
        xs.append(float(f[2]))
assert xs == sorted(xs), xs
assert len(xs) == len(set(xs)), xs
PY
expect "NetworkX loads GraphML and node-link JSON alike" $py - "$out/g.graphml" "$out/g.json" <<'PY'
import json, sys
import networkx as nx
g = nx.read_graphml(sys.argv[1])
j = nx.node_link_graph(json.load(open(sys.argv[2])))
assert g.number_of_nodes() == j.number_of_nodes() > 0
assert g.number_of_edges() == j.number_of_edges()
for n, d in g.nodes(data=True):
    assert d["kind"] in ("actor", "event", "document"), d
    assert j.nodes[d["key"]]["label"] == d["label"]  # GraphML ids are keys made NMTOKENs
# Organization types come from data/organizations.txt ("Islamic State | ... | armed group").
assert g.nodes["org:islamic_state"]["org_type"] == "armed group"
assert "org_type" not in g.nodes["country:RUS"]
PY
"$eg" build -q -j 1 "$src/examples" "$bad_dir" -o "$out/j1.json" 2>/dev/null
"$eg" build -q -j 2 "$src/examples" "$bad_dir" -o "$out/j2.json" 2>/dev/null
expect "one or two extraction threads: the same graph" cmp -s "$out/j1.json" "$out/j2.json"
"$eg" extract -q --jobs 0 "$src/examples" >/dev/null 2>&1
expect "--jobs 0 exits 2" test $? -eq 2
"$eg" timeline -q "$src/examples" -o "$out/t.md" && "$eg" timeline -q "$src/examples" -o "$out/t.csv" \
  && "$eg" timeline -q "$src/examples" --format json -o "$out/t.out"
expect "timeline in three formats" test -s "$out/t.md" -a -s "$out/t.csv" -a -s "$out/t.out"
expect "timeline JSON parses" $py -c "import json,sys; json.load(open(sys.argv[1]))" "$out/t.out"
"$eg" timeline -q "$src/examples" --csv-bom -o "$out/t_bom.csv" && "$eg" build -q "$src/examples" --csv-bom -o "$out/b_bom.csv"
expect "--csv-bom: the CSV starts with the UTF-8 byte-order mark" test "$(head -c 3 "$out/t_bom.csv" | od -An -tx1 | tr -d ' ')" = efbbbf
expect "--csv-bom: build's CSV too" test "$(head -c 3 "$out/b_bom.csv" | od -An -tx1 | tr -d ' ')" = efbbbf
expect "without it: none" test "$(head -c 5 "$out/t.csv")" = "date,"
expect "--csv-bom: the rest is the same CSV" cmp -s <(tail -c +4 "$out/t_bom.csv") "$out/t.csv"

# --- Map and reduce: `extract` output merged by `build` is the graph of the articles.
"$eg" build -q "$src/examples" -o "$out/direct.graphml" -o "$out/direct.json"
"$eg" extract -q "$src/examples" >"$out/x.jsonl"
"$eg" build -q "$out/x.jsonl" -o "$out/mr.graphml" -o "$out/mr.json"
expect "build from extract's JSON Lines: the same GraphML" cmp -s "$out/direct.graphml" "$out/mr.graphml"
expect "build from extract's JSON Lines: the same JSON" cmp -s "$out/direct.json" "$out/mr.json"
cp "$out/x.jsonl" "$out/x.out" && cp "$out/x.jsonl" "$out/x.json"
"$eg" build -q "$out/x.out" -o "$out/mr_out.graphml" && "$eg" build -q "$out/x.json" -o "$out/mr_json.graphml"
expect "extract's output saved as .out: read as records, the same GraphML" cmp -s "$out/direct.graphml" "$out/mr_out.graphml"
expect "extract's output saved as .json: read as records, the same GraphML" cmp -s "$out/direct.graphml" "$out/mr_json.graphml"
"$eg" extract -q "$src/examples" | "$eg" build -q - -o "$out/pipe.graphml"
expect "extract | build -: the same GraphML" cmp -s "$out/direct.graphml" "$out/pipe.graphml"
mkdir -p "$out/shards"
head -n 2 "$out/x.jsonl" >"$out/shards/shard_1.jsonl" && tail -n +3 "$out/x.jsonl" >"$out/shards/shard_2.jsonl"
"$eg" build -q "$out/shards" -o "$out/shards.graphml"
expect "shards in a folder: the same GraphML" cmp -s "$out/direct.graphml" "$out/shards.graphml"
# Articles and extractions mixed: the first two articles as records, the rest as text.
ls "$src/examples"/* | sort | tail -n +3 >"$out/rest.list"  # 002 (text) and 003 (JSON Lines)
"$eg" build -q "$out/shards/shard_1.jsonl" $(cat "$out/rest.list") -o "$out/mixed.graphml"
expect "extraction records and articles mixed: the same GraphML" cmp -s "$out/direct.graphml" "$out/mixed.graphml"
# A broken record is named with its file and line, and the rest is merged.
{ head -n 1 "$out/x.jsonl"; echo '{"doc":{"id":"bad"},"events":[{"id":"e1","type":5}]}'; tail -n +2 "$out/x.jsonl"; } >"$out/broken.jsonl"
"$eg" build "$out/broken.jsonl" -o "$out/broken.graphml" 2>"$out/broken.err"
expect "a broken record: exit 1" test $? -eq 1
expect "a broken record: named with file and line" grep -q "broken.jsonl:2: skipped: extraction record: events\[0\]: \"type\" is not a string" "$out/broken.err"
expect "a broken record: the rest is merged" cmp -s "$out/direct.graphml" "$out/broken.graphml"

# --- Snapshots: a graph that grows, in any order or batch, is one build of everything.
sn=$out/snap
mkdir -p "$sn"
ls "$src/examples"/* | sort >"$sn/list"
"$eg" build -q "$src/examples" -o "$sn/plain.graphml"
"$eg" build -q $(sed -n 4p "$sn/list") -o "$sn/s.egraph"                       # the last file first
"$eg" build -q $(sed -n 1p "$sn/list") --into "$sn/s.egraph" -o "$sn/s.egraph"
"$eg" build -q $(sed -n 2,3p "$sn/list") --into "$sn/s.egraph" -o "$sn/s.egraph" -o "$sn/grown.graphml" -o "$sn/grown.json"
"$eg" build -q "$src/examples" -o "$sn/direct.json"
expect "snapshot grown in three batches, out of order: the GraphML of one build" cmp -s "$sn/plain.graphml" "$sn/grown.graphml"
expect "snapshot grown in three batches: the JSON of one build" cmp -s "$sn/direct.json" "$sn/grown.json"
"$eg" build -q "$src/examples" -o "$sn/all.egraph"
expect "the grown snapshot is the snapshot of one build" cmp -s "$sn/all.egraph" "$sn/s.egraph"
"$eg" build $(sed -n 1p "$sn/list") --into "$sn/s.egraph" -o "$sn/again.egraph" 2>"$sn/again.err"
expect "a document already in the snapshot: noted" grep -q 'is in the snapshot already; not added again' "$sn/again.err"
expect "a document already in the snapshot: not added twice" cmp -s "$sn/s.egraph" "$sn/again.egraph"
mkdir -p "$sn/changed" && sed 's/Vienna/Geneva/g' "$(sed -n 1p "$sn/list")" >"$sn/changed/$(basename "$(sed -n 1p "$sn/list")")"
"$eg" build "$sn/changed" --into "$sn/s.egraph" -o "$sn/changed.egraph" 2>"$sn/changed.err"
expect "a changed document: reported" grep -q 'has changed since it was added; the new version replaces it' "$sn/changed.err"
expect "a changed document: replaced, not added" test "$(head -n 1 "$sn/changed.egraph")" = '{"format":"eventgraph-snapshot","version":1,"records":4}'
"$eg" build -q $(sed -n 1,2p "$sn/list") -o "$sn/a.egraph" && "$eg" build -q $(sed -n 3,4p "$sn/list") -o "$sn/b.egraph"
"$eg" merge -q "$sn/b.egraph" "$sn/a.egraph" -o "$sn/merged.egraph" -o "$sn/merged.graphml"
expect "merge of two snapshots: the snapshot of one build" cmp -s "$sn/all.egraph" "$sn/merged.egraph"
expect "merge of two snapshots: the GraphML of one build" cmp -s "$sn/plain.graphml" "$sn/merged.graphml"
head -n 3 "$sn/s.egraph" >"$sn/truncated.egraph" && cp "$sn/truncated.egraph" "$sn/truncated.before"
"$eg" build -q $(sed -n 1p "$sn/list") --into "$sn/truncated.egraph" -o "$sn/truncated.egraph" 2>"$sn/truncated.err"
expect "a truncated snapshot: exit 1" test $? -eq 1
expect "a truncated snapshot: said so" grep -q 'truncated.egraph: truncated: 2 of 4 records and no end line; nothing was written' "$sn/truncated.err"
expect "a truncated snapshot: left as it was" cmp -s "$sn/truncated.egraph" "$sn/truncated.before"
printf 'not a snapshot\n' >"$sn/junk.egraph"
"$eg" merge -q "$sn/junk.egraph" -o "$sn/junk_out.graphml" 2>"$sn/junk.err"
expect "not a snapshot: exit 1, said so, nothing written" \
  test $? -eq 1 -a ! -e "$sn/junk_out.graphml" -a -n "$(grep 'junk.egraph:1: not an eventgraph snapshot' "$sn/junk.err")"
sed '2s/"events":\[/"events":[7,/' "$sn/s.egraph" >"$sn/broken.egraph"
"$eg" merge -q "$sn/broken.egraph" -o "$sn/broken_out.egraph" 2>"$sn/broken.err"
expect "a broken record in a snapshot: named by line" grep -q 'broken.egraph:2: broken record: events\[0\]: not an object' "$sn/broken.err"

# --- parse: CoNLL-U that the UD format's rules accept, spans that point at the words.
"$eg" parse "$src/examples/000_023ec8b5948ac4f1.txt" -o "$out/p.conllu"
expect "parse writes CoNLL-U" test -s "$out/p.conllu"
expect "parse: valid CoNLL-U, one root per sentence, TokenRange = the word's bytes" $py - "$out/p.conllu" "$src/examples/000_023ec8b5948ac4f1.txt" <<'PY'
import sys
text = open(sys.argv[2], "rb").read()
sentences = open(sys.argv[1], encoding="utf-8").read().split("\n\n")
assert sentences[-1] == "", "the file ends with a blank line"
count = 0
for block in sentences[:-1]:
    lines = block.split("\n")
    comments = [l for l in lines if l.startswith("#")]
    assert comments[0].startswith("# sent_id = ") and comments[1].startswith("# text = "), comments
    words = [l.split("\t") for l in lines if not l.startswith("#")]
    assert all(len(w) == 10 for w in words)
    plain = [w for w in words if "-" not in w[0]]
    assert [int(w[0]) for w in plain] == list(range(1, len(plain) + 1))
    heads = [int(w[6]) for w in plain]
    assert heads.count(0) == 1 and all(0 <= h <= len(plain) for h in heads)
    for w in plain:
        assert w[3] != "_" and w[4] != "_" and w[7] != "_" and w[2] != "_"
        r = [m for m in w[9].split("|") if m.startswith("TokenRange=")][0][11:]
        a, b = map(int, r.split(":"))
        assert text[a:b].decode("utf-8") == w[1], (w, text[a:b])
    count += 1
assert count > 20, count
PY
"$eg" parse --format json "$src/examples/000_023ec8b5948ac4f1.txt" -o "$out/p.jsonl"
expect "parse --format json: one object a sentence, same sentences" $py -c "
import json,sys
rows=[json.loads(l) for l in open(sys.argv[1])]
n=open(sys.argv[2]).read().count('# sent_id')
assert len(rows)==n and all(r['words'] and 'head' in r['words'][0] and 'start' in r['words'][0] for r in rows)
" "$out/p.jsonl" "$out/p.conllu"
printf '# sent_id = g1\n# text = They did n\x27t go.\n1\tThey\t_\t_\t_\t_\t_\t_\t_\t_\n2\tdid\t_\t_\t_\t_\t_\t_\t_\t_\n3\tn\x27t\t_\t_\t_\t_\t_\t_\t_\t_\n4\tgo\t_\t_\t_\t_\t_\t_\t_\tSpaceAfter=No\n5\t.\t_\t_\t_\t_\t_\t_\t_\t_\n\n' > "$out/g.conllu"
"$eg" parse --input-format conllu "$out/g.conllu" -o "$out/g.out.conllu"
expect "parse --input-format conllu keeps the words as given and analyses them" $py -c "
import sys
rows=[l.split('\t') for l in open(sys.argv[1]) if l[0].isdigit()]
assert [r[1] for r in rows]==['They','did',\"n't\",'go','.'], rows
assert [r[6] for r in rows].count('0')==1 and rows[3][7]=='root' and rows[0][7]=='nsubj', rows
assert rows[3][9].strip()=='SpaceAfter=No'
" "$out/g.out.conllu"
# A CoNLL-U file may hold anything in MISC: a malformed TokenRange aborted parse --format json.
printf '1\tGo\t_\t_\t_\t_\t_\t_\t_\tTokenRange=abc\n2\t!\t_\t_\t_\t_\t_\t_\t_\tTokenRange=5:x\n\n' > "$out/badmisc.conllu"
"$eg" parse --input-format conllu --format json "$out/badmisc.conllu" -o "$out/badmisc.jsonl"; rc=$?
expect "parse: a malformed TokenRange in the input is left out, no crash" $py -c "
import json,sys
w=json.loads(open(sys.argv[1]).read())['words']
assert sys.argv[2]=='0' and len(w)==2 and 'start' not in w[0] and 'start' not in w[1]
" "$out/badmisc.jsonl" "$rc"
"$eg" parse --model "$out/no-such-model.egsyn" "$src/examples" > /dev/null 2> "$out/nomodel.err"; rc=$?
expect "parse with a missing model: exit 1, the file named" test $rc -eq 1 -a -n "$(grep 'no-such-model.egsyn' "$out/nomodel.err")"
head -c 3000 "$src/examples/000_023ec8b5948ac4f1.txt" > "$out/broken.egsyn"
"$eg" parse --model "$out/broken.egsyn" "$src/examples" > /dev/null 2> "$out/badmodel.err"; rc=$?
expect "parse with a broken model: exit 1, said why" test $rc -eq 1 -a -n "$(grep 'not an eventgraph syntax model' "$out/badmodel.err")"

# --- --no-documents: no document nodes or mention edges, provenance kept.
"$eg" build -q --no-documents "$src/examples" -o "$out/nodocs.graphml"
expect "--no-documents leaves documents out, keeps provenance" $py - "$out/nodocs.graphml" <<'PY'
import sys
import networkx as nx
g = nx.read_graphml(sys.argv[1])
assert g.number_of_nodes() > 0
assert not [n for n, d in g.nodes(data=True) if d.get("kind") == "document"]
assert not [e for e in g.edges(data=True) if e[2].get("label") == "mentioned_in"]
assert all(d.get("provenance") for n, d in g.nodes(data=True))
PY

# --- GEXF 1.2draft for NetworkX 2.8, which reads no GEXF 1.3.
"$eg" build -q --gexf-version 1.2 "$src/examples" -o "$out/v12.gexf"
expect "--gexf-version 1.2: NetworkX reads it, with names and sizes" $py - "$out/v12.gexf" <<'PY'
import sys
import networkx as nx
g = nx.read_gexf(sys.argv[1])
assert g.number_of_nodes() > 0 and g.number_of_edges() > 0
putin = g.nodes["person:vladimir_putin"]
assert putin["label"] == "Vladimir Putin" and putin["kind"] == "actor", putin
assert putin["viz"]["size"] > 10, putin["viz"]
PY

[ $fail -eq 0 ] && echo "cli_test: all passed" || echo "cli_test: failures above"
exit $fail
