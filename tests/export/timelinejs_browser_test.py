#!/usr/bin/env python3
"""`eventgraph timeline --format timelinejs` loaded by the real TimelineJS3.

    timelinejs_browser_test.py EVENTGRAPH INPUT_DIR TIMELINEJS_DIR WRITE_HOSTILE_GRAPH OUT_DIR

Writes the TimelineJS JSON of INPUT_DIR and of the hostile-strings graph, puts
each in a page with the vendored TimelineJS3 (tests/vendor/), opens it in
headless Chromium and checks: one time marker and one slide per dated event
(plus the title slide), every headline as the text the JSON gives, the
trigger marked in the evidence, no console error, and no script from the data
run. Saves OUT_DIR/timelinejs.png. Exit 77 (skipped) without Chromium.
"""
import html
import json
import os
import subprocess
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from browser import check, inline_json, load_inline_page, screenshot, viewer_test_main  # noqa: E402

PAGE = """<!DOCTYPE html>
<html><head><meta charset="utf-8"><link rel="icon" href="data:,">
<link rel="stylesheet" href="{css}">
<script src="{js}"></script></head>
<body style="margin:0"><div id="timeline-embed" style="width:100%;height:640px"></div>
<script>
// font: null, because TimelineJS fetches its default web font from its CDN and
// this page is offline.
window.timeline = new TL.Timeline('timeline-embed', {data}, {{font: null}});
</script></body></html>
"""


def load(browser, eventgraph_json, vendor, page):
    html = PAGE.format(css="file://" + os.path.join(vendor, "css", "timeline.css"),
                       js="file://" + os.path.join(vendor, "js", "timeline.js"), data=inline_json(eventgraph_json))
    load_inline_page(browser, page, html, "document.querySelectorAll('.tl-timemarker').length > 0 && "
                                          "document.querySelectorAll('.tl-slide').length > 0")
    time.sleep(0.5)  # let its animations settle before the picture


def headlines(data):
    return sorted(html.unescape(e["text"]["headline"]) for e in data["events"])


def export(eventgraph, inputs, out_dir):
    subprocess.run([eventgraph, "timeline", inputs, "-q", "--format", "timelinejs",
                    "-o", os.path.join(out_dir, "timelinejs.json")], check=True)


def body(browser, vendor, out_dir):
    examples_json = os.path.join(out_dir, "timelinejs.json")
    examples = json.load(open(examples_json, encoding="utf-8"))
    hostile = json.load(open(os.path.join(out_dir, "hostile.timelinejs.json"), encoding="utf-8"))
    check("the examples have dated events", len(examples["events"]) > 0, True)
    load(browser, examples_json, vendor, os.path.join(out_dir, "timelinejs.html"))
    n = len(examples["events"])
    check("one time marker per event", browser.eval("document.querySelectorAll('.tl-timemarker').length"), n)
    check("one slide per event and the title", browser.eval("document.querySelectorAll('.tl-slide').length"), n + 1)
    shown = browser.eval("[...document.querySelectorAll('.tl-slide:not(.tl-slide-titleslide) .tl-headline')]"
                         ".map((h) => h.textContent)")
    check("every headline shown as its text", sorted(shown), headlines(examples))
    check("triggers marked in the evidence", browser.eval("document.querySelectorAll('.tl-slide mark').length") > 0, True)
    check("source links kept", browser.eval("document.querySelectorAll('.tl-slide a[href^=\"http\"]').length") > 0, True)
    browser.eval("timeline.goTo(1)")
    time.sleep(1.0)
    screenshot(browser, os.path.join(out_dir, "timelinejs.png"))
    check("console errors (examples)", browser.errors(), [])

    browser.events.clear()
    load(browser, os.path.join(out_dir, "hostile.timelinejs.json"), vendor, os.path.join(out_dir, "hostile_timelinejs.html"))
    check("no script from the data ran", browser.eval("typeof window.pwned"), "undefined")
    check("hostile: one slide per event and the title", browser.eval("document.querySelectorAll('.tl-slide').length"),
          len(hostile["events"]) + 1)
    check("hostile: no element from the data", browser.eval("document.querySelectorAll('.tl-slide img, .tl-slide b').length"), 0)
    check("console errors (hostile)", browser.errors(), [])


if __name__ == "__main__":
    sys.exit(viewer_test_main(export, body))
