#!/usr/bin/env python3
"""How many expected PETRARCH2 source-target country pairs come out of
`eventgraph extract` as a relation or an event between those actors.

An actor counts for a country when it is the country itself or an entity
affiliated with it (a person whose title names the country, an organization
of that country); an international organization counts as CAMEO's IGO, and
any other actor of no known country as "---", as PETRARCH2 codes it.
CAMEO actor codes are cut to their first three letters
(USAGOV -> USA). Usage: petrarch_pairs.py EVENTGRAPH CASES OUT_DIR"""
import json
import subprocess
import sys


def main():
    eventgraph, cases_path, out = sys.argv[1:4]
    cases = [json.loads(l) for l in open(cases_path, encoding="utf-8") if l.strip()]
    with open(out + "/petrarch.input.jsonl", "w", encoding="utf-8") as f:
        for c in cases:
            f.write(json.dumps({"id": c["id"], "text": c["text"], "date": c.get("date_iso")}) + "\n")
    subprocess.run([eventgraph, "extract", "-q", out + "/petrarch.input.jsonl", "-o", out + "/petrarch.system.jsonl"], check=False)
    system = {}
    for line in open(out + "/petrarch.system.jsonl", encoding="utf-8"):
        d = json.loads(line)
        system[d["doc"]["id"]] = d
    wanted = found = 0
    missed = []
    for c in cases:
        pairs = {(e["source"][:3], e["target"][:3]) for e in c.get("expected") or [] if e.get("source") and e.get("target")}
        pairs = {p for p in pairs if p[0] != p[1]}
        if not pairs:
            continue
        d = system.get(c["id"], {})
        country = {}
        for e in d.get("entities", []):
            if e["kind"] == "country" or e["id"].startswith("country:"):
                country[e["id"]] = e["id"].split(":")[1]
            elif e.get("org_type") == "international":
                country[e["id"]] = "IGO"  # CAMEO's code for intergovernmental organizations
            elif e.get("affiliation", "") and e["affiliation"].startswith("country:"):
                country[e["id"]] = e["affiliation"].split(":")[1]
            elif e["kind"] != "location":
                country[e["id"]] = "---"  # CAMEO's code for an actor of no known country
        links = set()
        for r in d.get("relations", []):
            links.add((country.get(r["source"]), country.get(r["target"])))
        for ev in d.get("events", []):
            who = [country.get(p["entity"]) for p in ev.get("participants", [])]
            if ev.get("location"):
                who.append(country.get(ev["location"]))  # "meet in Zurich": Switzerland takes part
            who = [w for w in who if w]
            for a in who:
                for b in who:
                    links.add((a, b))
        for (s, t) in pairs:
            wanted += 1
            if (s, t) in links or (t, s) in links:
                found += 1
            else:
                missed.append((c["id"], s, t, c["text"][:90]))
    print("petrarch: %d of %d expected source-target country pairs found as a relation or event (%.1f%%)"
          % (found, wanted, 100.0 * found / max(wanted, 1)))
    if "--verbose" in sys.argv:
        for m in missed:
            print("   missed", m)
    return 0


if __name__ == "__main__":
    sys.exit(main())
