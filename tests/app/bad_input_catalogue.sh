#!/usr/bin/env bash
# The bad-input catalogue: every kind of bad input, file system and signal
# trouble eventgraph is known to meet, each a case that checks what a user
# sees: the message names the file (and line), every good document is still
# read (counted), the exit status is the documented one (0 ok, 1 something
# skipped or an output failed), and no output or temporary file is left
# half-written. Every input is written here.
# Usage: bad_input_catalogue.sh EVENTGRAPH OUT_DIR
set -uo pipefail
eg=$1 out=$2
rm -rf "$out" && mkdir -p "$out"
cases=0 failed=0
pass() { cases=$((cases + 1)); echo "ok: $1"; }
fail() { cases=$((cases + 1)); failed=$((failed + 1)); echo "FAIL: $1: $2"; }
good='{"id":"good1","date":"2015-11-18","text":"Russia struck Raqqa on Tuesday."}'
good2='{"id":"good2","date":"2015-11-18","text":"Talks ended in Vienna on Monday."}'

# check NAME WANT_RC WANT_DOCS REGEX: after `extract` wrote $out/NAME.jsonl and $out/NAME.err
check() {
  local name=$1 want_rc=$2 want_docs=$3 regex=$4 rc=$5
  local docs
  docs=$(grep -c '^{' "$out/$name.jsonl" 2>/dev/null)
  if [ "$rc" != "$want_rc" ]; then fail "$name" "exit $rc, expected $want_rc"; return; fi
  if [ "$docs" != "$want_docs" ]; then fail "$name" "$docs documents, expected $want_docs"; return; fi
  if [ -n "$regex" ] && ! grep -Eq -- "$regex" "$out/$name.err"; then
    fail "$name" "no message matching '$regex' in: $(head -c 400 "$out/$name.err")"; return
  fi
  if [ -n "$(find "$out" -name '*.tmp.*')" ]; then fail "$name" "a temporary file was left"; return; fi
  pass "$name"
}
# extract_case NAME WANT_RC WANT_DOCS REGEX INPUT...
extract_case() {
  local name=$1 want_rc=$2 want_docs=$3 regex=$4; shift 4
  "$eg" extract "$@" -o "$out/$name.jsonl" 2> "$out/$name.err"
  check "$name" "$want_rc" "$want_docs" "$regex" $?
}
mk() { mkdir -p "$out/in/$1"; echo "$out/in/$1"; }

# --- JSON Lines
d=$(mk broken); printf '%s\n{"text": "unterminated\n%s\n' "$good" "$good2" > "$d/c.jsonl"
extract_case broken_json_line 1 2 "c.jsonl:2: skipped: JSON syntax error" "$d/c.jsonl"
d=$(mk truncated); printf '%s\n{"id":"x","text":"cut off' "$good" > "$d/c.jsonl"
extract_case truncated_last_line 1 1 "c.jsonl:2: skipped: JSON syntax error" "$d/c.jsonl"
d=$(mk notext); printf '%s\n{"id":"x","title":"no text"}\n' "$good" > "$d/c.jsonl"
extract_case missing_text 1 1 'c.jsonl:2: skipped: missing "text"' "$d/c.jsonl"
d=$(mk nonstring); printf '%s\n{"id":"x","text":42}\n' "$good" > "$d/c.jsonl"
extract_case non_string_text 1 1 'c.jsonl:2: skipped: "text" is not a string' "$d/c.jsonl"
d=$(mk array); printf '[1,2,3]\n%s\n' "$good" > "$d/c.jsonl"
extract_case array_line 1 1 "c.jsonl:1: skipped: expected a JSON object" "$d/c.jsonl"
d=$(mk deep); { echo "$good"; python3 -c "print('['*150000 + ']'*150000)"; echo "$good2"; } > "$d/c.jsonl"
extract_case nested_150000_deep 1 2 "c.jsonl:2: skipped: expected a JSON object" "$d/c.jsonl"
d=$(mk nul); { echo "$good"; printf '{"id":"n","text":"a\0b"}\n'; echo "$good2"; } > "$d/c.jsonl"
extract_case nul_byte_in_one_line 1 2 "c.jsonl:2: skipped: NUL byte at column" "$d/c.jsonl"
d=$(mk bom); { printf '\xEF\xBB\xBF'; echo "$good"; echo "$good2"; } > "$d/c.jsonl"
extract_case utf8_byte_order_mark 0 2 "" "$d/c.jsonl"
d=$(mk crlf); printf '%s\r\n%s\r\n' "$good" "$good2" > "$d/c.jsonl"
extract_case crlf_lines 0 2 "" "$d/c.jsonl"
d=$(mk badutf8); printf '%s\n{"id":"u","date":"2015-11-18","text":"caf\xE9 talks"}\n' "$good" > "$d/c.jsonl"
extract_case invalid_utf8_in_json 0 2 "c.jsonl:2: warning: invalid UTF-8" "$d/c.jsonl"
d=$(mk feb30); printf '{"id":"f","date":"2015-02-30","text":"Talks on Tuesday."}\n%s\n' "$good" > "$d/c.jsonl"
extract_case impossible_date 0 2 'c.jsonl:1: warning: invalid date "2015-02-30"' "$d/c.jsonl"
d=$(mk dup); printf '%s\n%s\n' "$good" "$good" > "$d/c.jsonl"
extract_case duplicate_ids 0 2 'c.jsonl:2: warning: duplicate document id "good1" renamed' "$d/c.jsonl"
d=$(mk longline); { echo "$good"; python3 -c "print('{\"text\":\"' + 'x'*3000000 + '\"}')"; echo "$good2"; } > "$d/c.jsonl"
extract_case line_over_max_doc_bytes 1 2 "c.jsonl:2: skipped: line longer than the limit" --max-doc-bytes 1M "$d/c.jsonl"
d=$(mk emptyjsonl); printf '\n  \n' > "$d/c.jsonl"
extract_case empty_jsonl 1 0 "c.jsonl: skipped: empty file" "$d/c.jsonl"
d=$(mk jsonfile); printf '[%s, 7, %s]' "$good" "$good2" > "$d/c.json"
extract_case json_array_with_a_number 1 2 "c.json: skipped: array element 2: expected a JSON object" "$d/c.json"
printf '%s\n{"broken\n%s\n' "$good" "$good2" | "$eg" extract - -o "$out/stdin_broken_line.jsonl" 2> "$out/stdin_broken_line.err"
check stdin_broken_line 1 2 "^-:2: skipped: JSON syntax error" $?

# --- Text files
d=$(mk emptytxt); : > "$d/e.txt"; printf 'Title\n\nRussia struck Raqqa on Tuesday.\n' > "$d/ok.txt"
extract_case empty_text_file 1 1 "e.txt: skipped: empty file" "$d"
d=$(mk binary); head -c 20000 /dev/urandom > "$d/noise.txt"; printf 'Title\n\nBody on Tuesday.\n' > "$d/ok.txt"
extract_case binary_file 1 1 "noise.txt:[0-9]+: skipped: binary file" "$d"
d=$(mk overlong); printf 'Title\n\nA \xC0\xAF slash, on Tuesday.\n' > "$d/o.txt"
extract_case overlong_utf8 0 1 "o.txt:3: warning: invalid UTF-8" "$d/o.txt"
d=$(mk utf16); python3 -c "import sys; sys.stdout.buffer.write('Talks end\n\nThe talks ended on Monday.\n'.encode('utf-16'))" > "$d/w.txt"
extract_case utf16_text 0 1 "w.txt: note: UTF-16LE" "$d/w.txt"
d=$(mk bigtxt); { printf 'Title\n\n'; head -c 3000000 /dev/zero | tr '\0' 'a'; } > "$d/big.txt"; printf 'T\n\nOk.\n' > "$d/ok.txt"
extract_case article_over_max_doc_bytes 1 1 "big.txt: skipped: [0-9]+ bytes: larger than the limit" --max-doc-bytes 1M "$d"
d=$(mk longnumber); printf 'Price\n\nThe price was 5555555555 on Tuesday.\n' > "$d/n.txt"
extract_case ten_digit_number 0 1 "" "$d/n.txt"

# --- Folders and special files
d=$(mk selflink); echo "$good" > "$d/c.jsonl"; ln -s self "$d/self"
extract_case self_referencing_link 1 1 "self: skipped: cannot read: Too many levels of symbolic links" "$d"
d=$(mk loop); mkdir -p "$d/sub"; echo "$good" > "$d/sub/c.jsonl"; ln -s .. "$d/sub/up"
extract_case link_loop 1 1 "up: skipped: a link to a folder already read" "$d"
d=$(mk fifo); echo "$good" > "$d/c.jsonl"; mkfifo "$d/pipe.jsonl"
extract_case fifo_in_folder 0 1 "pipe.jsonl: note: not a regular file" "$d"
d=$(mk hidden); echo "$good" > "$d/c.jsonl"; mkdir -p "$d/.git"; echo "$good2" > "$d/.git/x.jsonl"; printf 'x' > "$d/a.pdf"
extract_case hidden_and_other_files 0 1 "a.pdf: note: not a .txt" "$d"
extract_case dev_zero_input 1 0 "/dev/zero: skipped: not a regular file or FIFO" /dev/zero
extract_case missing_input 1 0 "no-such-file.jsonl: skipped: cannot open" "$out/in/no-such-file.jsonl"

# --- Many documents
python3 -c "
import sys
w = sys.stdout.write
for i in range(1000000): w('{\"id\":\"t%d\",\"text\":\"a\"}\n' % i)" > "$out/in/tiny.jsonl"
"$eg" extract -q --dct 2015-11-18 "$out/in/tiny.jsonl" -o "$out/one_million_tiny_documents.jsonl" 2> "$out/one_million_tiny_documents.err"
check one_million_tiny_documents 0 1000000 "" $?

# --- Outputs
d=$(mk outputs); echo "$good" > "$d/c.jsonl"
"$eg" build -q "$d" -o "$out/no/such/folder/g.graphml" 2> "$out/missing_folder.err"; rc=$?
: > "$out/missing_folder.jsonl"
if [ $rc -eq 1 ] && grep -q "no/such/folder/g.graphml" "$out/missing_folder.err" && [ ! -e "$out/no" ]; then
  pass output_in_missing_folder; else fail output_in_missing_folder "exit $rc: $(cat "$out/missing_folder.err")"; fi
"$eg" build -q "$d" --format graphml -o /dev/null 2> "$out/devnull.err"; rc=$?
if [ $rc -eq 0 ] && [ -c /dev/null ]; then pass output_to_dev_null; else fail output_to_dev_null "exit $rc, /dev/null: $(ls -l /dev/null)"; fi
ln -s "$out/victim.txt" "$out/planted.graphml.tmp.$$"; echo precious > "$out/victim.txt"
"$eg" build -q "$d" -o "$out/planted.graphml" 2> /dev/null; rc=$?
if [ $rc -eq 0 ] && [ "$(cat "$out/victim.txt")" = precious ] && grep -q '<graphml' "$out/planted.graphml"; then
  pass planted_link_at_temporary_name; else fail planted_link_at_temporary_name "victim or output wrong"; fi
rm -f "$out/planted.graphml.tmp.$$" "$out/victim.txt"
printf '{"id":"inj","date":"2015-11-18","text":"=HYPERLINK(\\"http://evil.example\\") met Obama in Paris on Tuesday. @SUM(A1) talks."}\n' > "$d/inj.jsonl"
"$eg" timeline -q "$d/inj.jsonl" --format csv -o "$out/inj.csv" 2> /dev/null
if ! grep -Eq '(^|,)"?[=+@]' "$out/inj.csv"; then pass csv_formula_injection; else fail csv_formula_injection "$(cat "$out/inj.csv")"; fi

# A big input for the signal cases: many articles, a graph that takes seconds.
python3 -c "
import sys
for i in range(600000): sys.stdout.write('{\"id\":\"b%d\",\"date\":\"2015-11-18\",\"text\":\"Russian warplanes struck Raqqa on Tuesday, French President Francois Hollande said in Paris. Talks ended in Vienna on Monday.\"}\n' % i)" > "$out/in/big.jsonl"
# A shell without job control starts background jobs with SIGINT ignored;
# a terminal's Ctrl-C finds it at its default, as env --default-signal sets it.
env --default-signal=INT "$eg" build -q -j 1 "$out/in/big.jsonl" -o "$out/sigint.graphml" 2> /dev/null & pid=$!
sleep 1.5; kill -INT $pid; wait $pid; rc=$?
if [ $rc -eq 130 ] && [ ! -e "$out/sigint.graphml" ] && [ -z "$(find "$out" -name 'sigint.graphml.tmp.*')" ]; then
  pass sigint_while_working; else fail sigint_while_working "exit $rc; $(ls "$out" | grep sigint)"; fi
"$eg" build -q -j 1 "$out/in/big.jsonl" -o "$out/sigkill.graphml" 2> /dev/null & pid=$!
sleep 1.5; kill -KILL $pid; wait $pid 2>/dev/null
# SIGKILL cannot be caught: a temporary file may stay, but the target is never half-written.
if [ ! -e "$out/sigkill.graphml" ]; then pass sigkill_leaves_no_half_target; else fail sigkill_leaves_no_half_target "target exists"; fi
rm -f "$out"/sigkill.graphml.tmp.*

# Disk full: a 256 KB tmpfs where this machine lets the test mount one.
# (What is tested is the writing: the events are read without the parse,
# which would take minutes over 600,000 articles under the sanitizers.)
mkdir -p "$out/full"
if mount -t tmpfs -o size=256k tmpfs "$out/full" 2>/dev/null; then
  "$eg" build -q --no-syntax "$out/in/big.jsonl" --max-doc-bytes 1M -o "$out/full/g.graphml" 2> "$out/full.err"; rc=$?
  left=$(ls -A "$out/full")
  umount "$out/full"
  if [ $rc -eq 1 ] && grep -q "No space left on device" "$out/full.err" && [ -z "$left" ]; then
    pass disk_full; else fail disk_full "exit $rc, left: $left, said: $(cat "$out/full.err")"; fi
else
  echo "skip: disk_full (cannot mount a tmpfs here)"
fi

echo "bad input catalogue: $cases cases, $((cases - failed)) passed, $failed failed"
[ $failed -eq 0 ]
