#!/usr/bin/env python3
"""Runs the chrono and Duckling date cases through `eventgraph extract`, each
under its library's convention (chrono: --prefer nearest, --day-first for its
en.GB parser; Duckling: --prefer future), and reports the share right, by category, plus negative cases tagged.

A case is right when some time expression found in its text has the expected
value (the date part of a date-time), or chrono's own day where the suite wrote
it as a week ("2 weeks ago"); a range is right when both ends are found,
or when one expression is the part of a period the range spells out in
Duckling's convention (part_of_period(): "the end of next week" is 2013-W08
with mod END in TIMEX3 and Friday to Sunday of that week in Duckling), or
when a duration anchored at one end reads as the case in the library's
convention (reach_in_convention(): "last 2 weeks" is P2W up to the reference
date in TIMEX3, its far end to chrono and the two whole weeks before this one
to Duckling).
Usage: temporal_suites.py EVENTGRAPH CASES_DIR OUT_DIR [--failures]"""
import collections
import json
import re
import subprocess
import sys

WEEKDAYS = r"\b(mon|tue|wed|thu|fri|sat|sun)[a-z]*\b"
MONTHS = r"\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\b"


def category(text):
    t = text.lower()
    if re.search(r"\b(ago|later|from now|before|after|earlier)\b", t):
        return "relative shift"
    if re.search(r"\b(last|next|this|past|coming|upcoming|previous)\b", t):
        return "last/next/this"
    if re.search(r"\b(today|tomorrow|yesterday|tonight|now)\b", t):
        return "deictic day"
    if re.search(WEEKDAYS, t):
        return "weekday"
    if re.search(MONTHS, t):
        return "month name"
    if re.search(r"\d+\s*[/\-.]\s*\d+", t):
        return "numeric"
    if re.search(r"\b(quarter|q[1-4]|qtr|half|season|spring|summer|fall|autumn|winter)\b", t):
        return "quarter/season"
    return "other"


def run(eventgraph, cases, prefer, out_path, extra=()):
    lines = []
    for c in cases:
        doc = {"id": c["id"], "text": c["text"]}
        if c.get("ref"):
            doc["date"] = c["ref"][:10]
        lines.append(json.dumps(doc, ensure_ascii=False))
    with open(out_path + ".input.jsonl", "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")
    subprocess.run([eventgraph, "extract", "-q", "--prefer", prefer, *extra, out_path + ".input.jsonl", "-o", out_path],
                   check=False)
    found = {}
    for line in open(out_path, encoding="utf-8"):
        d = json.loads(line)
        found[d["doc"]["id"]] = d["timexes"]
    return found


def part_of_period(value, mod):
    """Duckling's interval for a TIMEX3 part of a period: the same facts in its
    convention. TIMEX3 writes "the end of next week" as the week with mod END;
    Duckling as the days it means: a week begins Monday to Wednesday and ends
    Friday to Sunday, a month's start, middle and end are days 1-10, 11-20 and
    21 to the last, a year's start and end are January-March and
    September-December. None when the value or mod is not such a part."""
    import datetime
    m = re.fullmatch(r"(\d{4})-W(\d\d)", value)
    if m and mod in ("START", "END"):
        monday = datetime.date.fromisocalendar(int(m.group(1)), int(m.group(2)), 1)
        first, last = (0, 2) if mod == "START" else (4, 6)
        return ((monday + datetime.timedelta(first)).isoformat(), (monday + datetime.timedelta(last)).isoformat())
    m = re.fullmatch(r"(\d{4})-(\d\d)", value)
    if m and mod in ("START", "MID", "END"):
        year, month = int(m.group(1)), int(m.group(2))
        last_day = ((datetime.date(year + month // 12, month % 12 + 1, 1)) - datetime.timedelta(1)).day
        first, last = {"START": (1, 10), "MID": (11, 20), "END": (21, last_day)}[mod]
        return ("%s-%02d" % (value, first), "%s-%02d" % (value, last))
    if re.fullmatch(r"\d{4}", value) and mod in ("START", "END"):
        return ((value + "-01", value + "-03") if mod == "START" else (value + "-09", value + "-12"))
    return None


def at_grain(day, grain, shift=0):
    """The period of `grain` (D, W, M, Y) holding the ISO day `day`, moved by
    `shift` periods, written as the suites write it."""
    import datetime
    d = datetime.date.fromisoformat(day)
    if grain == "D":
        return (d + datetime.timedelta(shift)).isoformat()
    if grain == "W":
        y, w, _ = (d + datetime.timedelta(7 * shift)).isocalendar()
        return "%04d-W%02d" % (y, w)
    if grain == "M":
        m = d.year * 12 + d.month - 1 + shift
        return "%04d-%02d" % (m // 12, m % 12 + 1)
    return "%04d" % (d.year + shift)


def reach_in_convention(timex, ref_day, convention):
    """A duration anchored at one end ("the past two weeks": P2W from
    begin_point to end_point in TIMEX3) as the library writes it: chrono
    reads "last 2 weeks" as a point, its far end; Duckling as the whole
    periods next to the current one ("last 2 weeks" said in week 7 is weeks
    5 to 6). A value or a (start, end) pair; None for other expressions."""
    m = re.fullmatch(r"P(\d+)([DWMY])", timex["value"])
    if not m or "begin_point" not in timex:
        return None
    grain, begin, end = m.group(2), timex["begin_point"], timex["end_point"]
    past = end == ref_day  # a past reach ends at the reference date, a future one starts there
    if convention == "chrono":
        return at_grain(begin if past else end, grain)
    if past:
        return (at_grain(begin, grain), at_grain(end, grain, -1))
    return (at_grain(begin, grain, 1), at_grain(end, grain))


def right(case, timexes, convention):
    values = {t["value"].split("T")[0] for t in timexes}
    values |= {t["value"] for t in timexes}
    exp = case["expected"]
    ref_day = (case.get("ref") or "")[:10]
    reaches = [reach_in_convention(t, ref_day, convention) for t in timexes]
    if isinstance(exp, dict):
        if any(part_of_period(t["value"], t.get("mod", "")) == (exp["start"], exp["end"]) for t in timexes):
            return True
        if (exp["start"], exp["end"]) in reaches:
            return True
        return exp["start"] in values and exp["end"] in values
    # The suite writes chrono's answer for "2 weeks ago" as its ISO week;
    # chrono's own answer is a day (chrono_start), as is TIMEX3's.
    if case.get("granularity") == "week" and case.get("chrono_start", "")[:10] in values:
        return True
    return exp in values or exp in reaches


def report(name, cases, found, negatives, neg_found, show_failures):
    by_cat = collections.defaultdict(lambda: [0, 0])
    holiday = [0, 0]
    fails = []
    for c in cases:
        ok = right(c, found.get(c["id"], []), name)
        bucket = holiday if c.get("holiday") else by_cat[category(c["text"])]
        bucket[0] += ok
        bucket[1] += 1
        if not ok and not c.get("holiday"):
            fails.append((category(c["text"]), c["text"], c.get("ref"), c["expected"],
                          [(t["text"], t["value"]) for t in found.get(c["id"], [])]))
    total_ok = sum(v[0] for v in by_cat.values())
    total = sum(v[1] for v in by_cat.values())
    print("%s: %d/%d = %.1f%% of date-level cases right (holidays apart)" % (name, total_ok, total, 100.0 * total_ok / max(total, 1)))
    for cat, (ok, n) in sorted(by_cat.items(), key=lambda kv: -kv[1][1]):
        print("   %-16s %4d/%-4d %5.1f%%" % (cat, ok, n, 100.0 * ok / n))
    if holiday[1]:
        print("   %-16s %4d/%-4d %5.1f%%  (reported apart)" % ("holidays", holiday[0], holiday[1], 100.0 * holiday[0] / holiday[1]))
    # A negative case is tagged when a date or time with a concrete value comes
    # out: these libraries parse dates, so a duration ("5 days") or an
    # unresolved placeholder ("Tuesday" with no reference date) is no date.
    dated = lambda ts: [(t["text"], t["value"]) for t in ts
                        if t["type"] in ("DATE", "TIME") and "X" not in t["value"] and not t["value"].endswith("_REF")]
    tagged = [(c["text"], dated(neg_found.get(c["id"], []))) for c in negatives if dated(neg_found.get(c["id"], []))]
    print("   negative cases tagged: %d of %d" % (len(tagged), len(negatives)))
    if show_failures:
        for f in sorted(fails, key=lambda f: (f[0], f[1])):
            print("   FAIL", f)
        for t in tagged:
            print("   NEG ", t)
    return total_ok / max(total, 1), len(tagged)


def main():
    eventgraph, cases_dir, out_dir = sys.argv[1:4]
    show = "--failures" in sys.argv
    load = lambda f: [json.loads(l) for l in open(cases_dir + "/" + f, encoding="utf-8") if l.strip()]
    results = []
    for name, prefer in (("chrono", "nearest"), ("duckling", "future")):
        cases = load(name + "_cases.jsonl")
        negatives = load(name + "_negative_cases.jsonl")
        # chrono's forwardDate option asks for its future convention, its
        # en.GB parser for day-first numeric dates.
        forward = [c for c in cases if (c.get("options") or {}).get("forwardDate")]
        british = [c for c in cases if c.get("parser") == "chrono.en.GB" and c not in forward]
        plain = [c for c in cases if c not in forward and c not in british]
        found = run(eventgraph, plain, prefer, "%s/%s.system.jsonl" % (out_dir, name))
        if forward:
            found.update(run(eventgraph, forward, "future", "%s/%s.forward.jsonl" % (out_dir, name)))
        if british:
            found.update(run(eventgraph, british, prefer, "%s/%s.british.jsonl" % (out_dir, name), ["--day-first"]))
        neg_found = run(eventgraph, negatives, prefer, "%s/%s.negative.jsonl" % (out_dir, name))
        results.append(report(name, cases, found, negatives, neg_found, show))
    return 0


if __name__ == "__main__":
    sys.exit(main())
