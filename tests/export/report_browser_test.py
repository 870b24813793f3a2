#!/usr/bin/env python3
"""The HTML report as a reader meets it, in headless Chromium.

    report_browser_test.py EVENTGRAPH INPUT_DIR OUT_DIR

Builds the graph of INPUT_DIR twice, as node-link JSON (the expectations: how
many events and actors, each event's label, date, evidence and participants)
and as the report, opens the report in Chromium and checks what the page
shows: the counts, the table, an event clicked on the timeline canvas and its
panel (label, date, evidence with the trigger marked, participants), an actor
clicked in the network, a family switched off in the legend, and no console
error or exception. Saves OUT_DIR/report.png to look at.

    report_browser_test.py --hostile WRITE_HOSTILE_GRAPH OUT_DIR

Opens the report of the hostile-strings graph (tests/export/hostile_strings.h:
"</script>", an onerror handler, a javascript: URL, invalid UTF-8, ...) and
checks that no script of theirs ran, the page has no error, and each label
and evidence sentence is shown as the text it is.

    report_browser_test.py --time REPORT.html [SCREENSHOT.png]

Opens a report already written (the Reuters one, say) and prints how long the
page took to become ready and to answer a filter change and a click.

Chromium is driven by browser.py (the DevTools protocol over a pipe). Exit 77
(skipped) when Chromium is not installed.
"""
import json
import os
import subprocess
import sys
import tempfile
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from browser import TIMEOUT_S, Chromium, check, find_chromium, finish, screenshot  # noqa: E402

def wait_ready(browser):
    deadline = time.time() + TIMEOUT_S
    while browser.eval("document.body && document.body.dataset.ready") != "true":
        if time.time() > deadline:
            raise TimeoutError("the report never became ready; errors: " + "; ".join(browser.errors()))
        time.sleep(0.05)


def time_report(chromium, report, picture):
    with tempfile.TemporaryDirectory() as profile:
        browser = Chromium(chromium, profile)
        try:
            start = time.time()
            browser.open("file://" + os.path.abspath(report), 1400, 1100)
            wait_ready(browser)
            print("ready after %.1f s: %s events shown" % (time.time() - start, browser.eval("eventgraphReport.shownEvents()")))
            start = time.time()
            n = browser.eval("""(() => { const s = document.getElementById('search'); s.value = 'oil';
                s.dispatchEvent(new Event('input')); return new Promise((ok) => setTimeout(() => ok(eventgraphReport.shownEvents()), 200)); })()""")
            print("search 'oil': %s events, answered after %.2f s (150 ms of it the typing pause)" % (n, time.time() - start))
            start = time.time()
            title = browser.eval("(() => { const r = document.querySelector('#event-list tbody tr'); if (!r) return null;"
                                 " r.click(); return document.querySelector('#panel h3').textContent; })()")
            print("click on the first row: panel %r after %.2f s" % (title, time.time() - start))
            if picture:
                browser.eval("window.scrollTo(0, 0)")
                screenshot(browser, picture)
            errors = browser.errors()
            print("console errors: %d" % len(errors))
            for e in errors[:5]:
                print("  " + e)
            return 1 if errors else 0
        finally:
            browser.close()


def hostile_report(chromium, writer, out_dir):
    os.makedirs(out_dir, exist_ok=True)
    subprocess.run([writer, out_dir], check=True, stdout=subprocess.DEVNULL)
    graph = json.load(open(os.path.join(out_dir, "hostile.json"), encoding="utf-8"))
    labels = [n.get("label", "") for n in graph["nodes"] if n["kind"] == "event"]
    with tempfile.TemporaryDirectory() as profile:
        browser = Chromium(chromium, profile)
        try:
            browser.open("file://" + os.path.abspath(os.path.join(out_dir, "hostile.html")), 1200, 900)
            wait_ready(browser)
            check("no script from the data ran", browser.eval("typeof window.pwned"), "undefined")
            check("one script element per script the page has", browser.eval("document.scripts.length"), 2)
            check("no element from the data", browser.eval("document.querySelectorAll('main img, main b, #panel script').length"), 0)
            shown = browser.eval("[...document.querySelectorAll('#event-list tbody tr')].map((r) => r.children[2].textContent)")
            check("every label shown as its text", sorted(shown), sorted(labels))
            for what in ("</script>", "onerror"):
                i = browser.eval("JSON.parse(document.getElementById('eventgraph-data').textContent).events"
                                 ".findIndex((e) => e.label.includes(%s))" % json.dumps(what))
                browser.eval("eventgraphReport.select('event', %d)" % i)
                label = browser.eval("document.querySelector('#panel h3').textContent")
                check("panel title with " + what, label in labels, True)
                check("evidence with " + what, browser.eval("document.querySelector('#panel .evidence').textContent"),
                      "Before " + label + " after.")
                check("trigger marked with " + what, browser.eval("document.querySelector('#panel mark').textContent"), label)
                check("a javascript: URL is not made a link", browser.eval("document.querySelectorAll('#panel a').length"), 0)
                check("the markup title is text", browser.eval("document.querySelector('#panel .sources li').textContent.startsWith('<script>')"), True)
            check("no script from the data ran after clicks", browser.eval("typeof window.pwned"), "undefined")
            check("console errors and exceptions", browser.errors(), [])
        finally:
            browser.close()
    return finish()


def main():
    chromium = find_chromium()
    if not chromium:
        print("SKIP: no Chromium (apt-get install chromium)")
        return 77
    if sys.argv[1] == "--hostile":
        return hostile_report(chromium, sys.argv[2], sys.argv[3])
    if sys.argv[1] == "--time":
        return time_report(chromium, sys.argv[2], sys.argv[3] if len(sys.argv) > 3 else None)
    eventgraph, inputs, out_dir = sys.argv[1:4]
    os.makedirs(out_dir, exist_ok=True)
    graph_json = os.path.join(out_dir, "report_test_graph.json")
    report = os.path.join(out_dir, "report.html")
    subprocess.run([eventgraph, "build", inputs, "-q", "-o", graph_json, "-o", report], check=True)
    graph = json.load(open(graph_json, encoding="utf-8"))
    nodes = {n["id"]: n for n in graph["nodes"]}
    events = [n for n in graph["nodes"] if n["kind"] == "event"]
    actors = [n for n in graph["nodes"] if n["kind"] == "actor"]
    participants = {}
    for e in graph["edges"]:
        if e["kind"] == "participant":
            participants.setdefault(e["source"], set()).add(nodes[e["target"]]["label"])

    with tempfile.TemporaryDirectory() as profile:
        browser = Chromium(chromium, profile)
        try:
            browser.open("file://" + os.path.abspath(report), 1400, 1100)
            wait_ready(browser)

            check("events in the header", browser.eval("Number(document.getElementById('count-events').dataset.total)"), len(events))
            check("actors in the header", browser.eval("Number(document.getElementById('count-actors').dataset.total)"), len(actors))
            check("events shown before filtering", browser.eval("eventgraphReport.shownEvents()"), len(events))
            check("table rows", browser.eval("document.querySelectorAll('#event-list tbody tr').length"), min(300, len(events)))
            check("legend chips count every event",
                  browser.eval("[...document.querySelectorAll('#legend .chip')].reduce((n, c) => n + Number(c.textContent.match(/\\((\\d+)\\)/)[1]), 0)"),
                  len(events))

            # Click, on the timeline canvas, the first day-dated event with a marked trigger.
            pick = browser.eval("""(() => {
                const data = JSON.parse(document.getElementById('eventgraph-data').textContent);
                const i = data.events.findIndex((e) => e.precision === 'day' && e.trigger && e.date_source !== 'dct');
                return i < 0 ? null : {i, label: data.events[i].label, date: data.events[i].date,
                                        at: eventgraphReport.timelinePosition(i)};
            })()""")
            if pick is None or pick["at"] is None:
                check("a day-dated event drawn on the timeline", pick, "an event")
            else:
                browser.click(pick["at"]["x"], pick["at"]["y"])
                matches = [n for n in events if n["label"] == pick["label"] and n.get("date") == pick["date"]]
                check("the clicked event is in the graph", len(matches) >= 1, True)
                want = matches[0] if matches else {}
                check("panel shows an event", browser.eval("document.getElementById('panel').dataset.kind"), "event")
                check("panel title", browser.eval("document.querySelector('#panel h3').textContent"), want.get("label"))
                check("panel evidence", browser.eval("document.querySelector('#panel .evidence').textContent"), want.get("evidence"))
                mark = browser.eval("document.querySelector('#panel .evidence mark').textContent")
                check("trigger marked inside the evidence", bool(mark) and mark in want.get("evidence", ""), True)
                check("panel date", browser.eval("document.querySelector('#panel .date').textContent.split(' ')[0]"), want.get("date"))
                shown_who = browser.eval("[...document.querySelectorAll('#panel dd button.link')].map((b) => b.textContent)")
                want_who = participants.get(want.get("id"), set())
                check("panel lists the participants", want_who <= set(shown_who), True)
                check("timeline selection is the clicked event", browser.eval("document.querySelector('#event-list tr.selected') !== null"), True)

            # Click the busiest actor in the network.
            busiest = browser.eval("""(() => {
                const data = JSON.parse(document.getElementById('eventgraph-data').textContent);
                const count = data.actors.map(() => 0);
                for (const e of data.events) for (const [a] of e.participants) count[a]++;
                const a = count.indexOf(Math.max(...count));
                return {a, label: data.actors[a].label, at: eventgraphReport.networkPosition(a)};
            })()""")
            check("the busiest actor is drawn in the network", busiest["at"] is not None, True)
            if busiest["at"]:
                browser.click(busiest["at"]["x"], busiest["at"]["y"])
                check("panel shows an actor", browser.eval("document.getElementById('panel').dataset.kind"), "actor")
                check("actor panel title", browser.eval("document.querySelector('#panel h3').textContent"), busiest["label"])

            # Switch the first family off in the legend: its events leave every view.
            chip = browser.eval("""(() => {
                const c = document.querySelector('#legend .chip');
                const r = c.getBoundingClientRect();
                return {n: Number(c.textContent.match(/\\((\\d+)\\)/)[1]), x: r.left + r.width / 2, y: r.top + r.height / 2};
            })()""")
            browser.eval("window.scrollTo(0, 0)")
            browser.click(chip["x"], chip["y"])
            check("a family switched off hides its events", browser.eval("eventgraphReport.shownEvents()"), len(events) - chip["n"])
            browser.click(chip["x"], chip["y"])
            check("and on again shows them", browser.eval("eventgraphReport.shownEvents()"), len(events))

            # Put the clicked event back in the panel for the picture, clicking
            # its row in the table.
            if pick is not None:
                row = browser.eval("(() => { const r = document.querySelector('#event-list tr[data-event=\"%d\"]');"
                                   " r.scrollIntoView({block: 'center'}); const b = r.getBoundingClientRect();"
                                   " return {x: b.left + 40, y: b.top + b.height / 2}; })()" % pick["i"])
                browser.click(row["x"], row["y"])
                check("a table row opens its event", browser.eval("document.querySelector('#panel h3').textContent"), pick["label"])
                browser.eval("window.scrollTo(0, 0)")
            screenshot(browser, os.path.join(out_dir, "report.png"))
            check("console errors and exceptions", browser.errors(), [])
        finally:
            browser.close()
    return finish()


if __name__ == "__main__":
    sys.exit(main())
