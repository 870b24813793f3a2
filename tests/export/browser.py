"""Headless Chromium for the browser tests, with the Python standard library only.

Chromium is driven over the DevTools protocol on a pipe (--remote-debugging-
pipe: it reads file descriptor 3 and writes 4, one JSON message per
NUL-terminated record), so no websocket client or driver package is needed.

    browser = Chromium(find_chromium(), profile_dir)
    browser.open("file:///tmp/page.html", 1400, 1100)
    browser.eval("document.title")
    browser.click(x, y)
    screenshot(browser, "page.png")
    browser.errors()   # console errors and exceptions seen so far
    browser.close()

check(what, got, want) prints one line per expectation and records failures.
"""
import base64
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time

TIMEOUT_S = 60


def find_chromium():
    for path in ("/usr/lib/chromium/chromium", shutil.which("chromium") or "", shutil.which("chromium-browser") or ""):
        if path and os.access(path, os.X_OK):
            return path
    return None


class Chromium:
    """One headless browser and one page, spoken to over the pipe."""

    def __init__(self, binary, profile):
        to_chrome_r, self._to_chrome = os.pipe()
        self._from_chrome, from_chrome_w = os.pipe()

        def wire_pipes():  # in the child: the protocol's fds 3 (read) and 4 (write)
            r, w = os.dup(to_chrome_r), os.dup(from_chrome_w)
            os.dup2(r, 3)
            os.dup2(w, 4)

        args = [binary, "--headless=new", "--no-sandbox", "--disable-gpu", "--no-first-run",
                "--disable-extensions", "--remote-debugging-pipe", "--user-data-dir=" + profile,
                "--window-size=1400,1100", "about:blank"]
        # preexec_fn runs before the child closes other descriptors, and
        # pass_fds keeps the two it wired.
        self.proc = subprocess.Popen(args, preexec_fn=wire_pipes, pass_fds=(3, 4),
                                     stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        os.close(to_chrome_r)
        os.close(from_chrome_w)
        self._buffer = b""
        self._next_id = 0
        self.session = None
        self.events = []  # protocol events seen: console messages, exceptions

    def _read_message(self, deadline):
        while b"\0" not in self._buffer:
            if time.time() > deadline:
                raise TimeoutError("Chromium did not answer")
            chunk = os.read(self._from_chrome, 1 << 20)
            if not chunk:
                raise RuntimeError("Chromium closed the pipe: " + self.proc.stderr.read().decode(errors="replace")[-2000:])
            self._buffer += chunk
        message, self._buffer = self._buffer.split(b"\0", 1)
        return json.loads(message)

    def call(self, method, params=None, session=True):
        self._next_id += 1
        message = {"id": self._next_id, "method": method, "params": params or {}}
        if session and self.session:
            message["sessionId"] = self.session
        os.write(self._to_chrome, json.dumps(message).encode() + b"\0")
        deadline = time.time() + TIMEOUT_S
        while True:
            reply = self._read_message(deadline)
            if reply.get("id") == self._next_id:
                if "error" in reply:
                    raise RuntimeError(method + ": " + json.dumps(reply["error"]))
                return reply.get("result", {})
            if "method" in reply:
                self.events.append(reply)

    def open(self, url, width, height):
        target = self.call("Target.createTarget", {"url": "about:blank"}, session=False)["targetId"]
        self.session = self.call("Target.attachToTarget", {"targetId": target, "flatten": True}, session=False)["sessionId"]
        for domain in ("Runtime.enable", "Log.enable", "Page.enable"):
            self.call(domain)
        self.call("Emulation.setDeviceMetricsOverride",
                  {"width": width, "height": height, "deviceScaleFactor": 1, "mobile": False})
        self.call("Page.navigate", {"url": url})

    def eval(self, expression):
        result = self.call("Runtime.evaluate", {"expression": expression, "returnByValue": True, "awaitPromise": True})
        if "exceptionDetails" in result:
            raise RuntimeError(expression + ": " + json.dumps(result["exceptionDetails"])[:500])
        return result["result"].get("value")

    def click(self, x, y):
        for kind in ("mouseMoved", "mousePressed", "mouseReleased"):
            self.call("Input.dispatchMouseEvent",
                      {"type": kind, "x": x, "y": y, "button": "left" if kind != "mouseMoved" else "none", "clickCount": 1})

    def errors(self):
        out = []
        for e in self.events:
            p = e.get("params", {})
            if e["method"] == "Runtime.exceptionThrown":
                out.append("exception: " + json.dumps(p.get("exceptionDetails", {}))[:400])
            elif e["method"] == "Runtime.consoleAPICalled" and p.get("type") in ("error", "assert"):
                out.append("console.error: " + json.dumps(p.get("args", []))[:400])
            elif e["method"] == "Log.entryAdded" and p.get("entry", {}).get("level") == "error":
                out.append("log: " + p["entry"].get("text", "")[:400] + (" " + p["entry"]["url"] if p["entry"].get("url") else ""))
        return out

    def close(self):
        try:
            self.call("Browser.close", session=False)
        except Exception:
            pass
        try:
            self.proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.proc.kill()


failures = []


def check(what, got, want):
    ok = got == want
    print(("ok   " if ok else "FAIL ") + what + ": " + repr(got) + ("" if ok else " (want " + repr(want) + ")"))
    if not ok:
        failures.append(what)


def screenshot(browser, path):
    shot = browser.call("Page.captureScreenshot", {"format": "png", "captureBeyondViewport": False})
    with open(path, "wb") as f:
        f.write(base64.b64decode(shot["data"]))
    print("screenshot: " + path)




def load_inline_page(browser, path, page, ready):
    """Writes `page` to `path`, opens it and waits until the expression `ready` is true."""
    with open(path, "w", encoding="utf-8") as f:
        f.write(page)
    browser.call("Page.navigate", {"url": "file://" + path})
    deadline = time.time() + TIMEOUT_S
    while not browser.eval(ready):
        if time.time() > deadline:
            raise TimeoutError(path + " never got ready; errors: " + "; ".join(browser.errors()))
        time.sleep(0.1)


def inline_json(path):
    """The JSON file's text to put inside a <script>: every "<" (only ever inside
    a string) written \\u003c, so no "</script>" ends the element early and no
    "<!--" changes how it is parsed."""
    return open(path, encoding="utf-8").read().strip().replace("<", "\\u003c")


def finish():
    """The exit status: 1 when a check failed."""
    if failures:
        print("%d checks failed" % len(failures))
        return 1
    return 0


def viewer_test_main(export, body):
    """The main of a test that loads exports in a vendored viewer. Arguments:
    EVENTGRAPH INPUT_DIR VENDOR_DIR WRITE_HOSTILE_GRAPH OUT_DIR. Calls
    export(eventgraph, inputs, out_dir) to write what it loads, writes the
    hostile-strings graph into OUT_DIR, then body(browser, vendor, out_dir)
    with a browser on a blank page. Returns the exit status (77: no Chromium)."""
    eventgraph, inputs, vendor, hostile_writer, out_dir = sys.argv[1:6]
    chromium = find_chromium()
    if not chromium:
        print("SKIP: no Chromium (apt-get install chromium)")
        return 77
    vendor, out_dir = os.path.abspath(vendor), os.path.abspath(out_dir)
    os.makedirs(out_dir, exist_ok=True)
    export(eventgraph, inputs, out_dir)
    subprocess.run([hostile_writer, out_dir], check=True, stdout=subprocess.DEVNULL)
    with tempfile.TemporaryDirectory() as profile:
        browser = Chromium(chromium, profile)
        try:
            browser.open("about:blank", 1200, 900)
            body(browser, vendor, out_dir)
        finally:
            browser.close()
    return finish()
