#!/usr/bin/env python3
"""check-a11y.py DIR — axe-core WCAG 2.2 A/AA audit of every .html page under DIR in headless Chromium.

DIR is served over http on 127.0.0.1. Each page is audited at two viewports: desktop 1280x900 and
phone 375x812 (mobile emulation); then at 320 px wide the page must not scroll sideways (reflow,
WCAG 1.4.10). Prints `path: [viewport] rule-id (impact) N node(s): help — selectors`
per violation and `path: HTTP 404 for URL` per missing resource a page loads; exits 1 on either.

  check-a11y.py DIR --screenshot PAGE OUT.png [--width W]   full-page screenshot of DIR/PAGE

Needs the checks venv (tools/setup-checks.sh); started with another Python it re-runs itself there.
Browser: Debian chromium + chromedriver.
"""
import argparse
import functools
import http.server
import os
import shutil
import sys
import threading
import urllib.parse

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
VENV = os.path.abspath(os.environ.get("PRESSROOM_VENV", os.path.join(REPO, ".venv-checks")))
try:
    from selenium import webdriver
    from selenium.common.exceptions import WebDriverException
    from selenium.webdriver.chrome.service import Service
except ImportError:
    if os.path.realpath(sys.prefix) != os.path.realpath(VENV) and os.path.exists(f"{VENV}/bin/python"):
        os.execv(f"{VENV}/bin/python", [f"{VENV}/bin/python", __file__, *sys.argv[1:]])
    sys.exit("check-a11y: selenium not found: run tools/setup-checks.sh")
import selenium_axe_python

TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]
VIEWPORTS = {"desktop": (1280, 900, False), "phone": (375, 812, True)}
REFLOW = (320, 640, True)  # 1280 px at 400% zoom: the page must not scroll sideways
AXE_RUN = """const done = arguments[arguments.length - 1];
axe.run(document, {runOnly: {type: 'tag', values: arguments[0]}, resultTypes: ['violations']}).then(
  r => done({version: axe.version, violations: r.violations.map(v => ({id: v.id, impact: v.impact,
    help: v.help, targets: v.nodes.map(n => n.target.join(' '))}))}),
  e => done({error: String(e)}));"""


class Handler(http.server.SimpleHTTPRequestHandler):
    missing = []  # (referring URL, missing URL path)

    def log_message(self, *args):
        pass

    def send_error(self, code, *args, **kwargs):
        if code == 404 and self.path != "/favicon.ico":
            self.missing.append((self.headers.get("Referer", ""), self.path))
        super().send_error(code, *args, **kwargs)


def serve(root):
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(Handler, directory=root))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server, f"http://127.0.0.1:{server.server_address[1]}/"


def browser():
    opts = webdriver.ChromeOptions()
    opts.binary_location = shutil.which("chromium") or "/usr/bin/chromium"
    for arg in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--hide-scrollbars", "--lang=en-GB"):
        opts.add_argument(arg)
    drv = webdriver.Chrome(service=Service(shutil.which("chromedriver") or "/usr/bin/chromedriver"), options=opts)
    drv.set_page_load_timeout(30)
    drv.set_script_timeout(60)
    return drv


def viewport(drv, width, height, mobile):
    drv.execute_cdp_cmd("Emulation.setDeviceMetricsOverride",
                        {"width": width, "height": height, "deviceScaleFactor": 1, "mobile": mobile})


def audit(drv, top, root, base):
    pages = sorted(os.path.relpath(os.path.join(d, f), root)
                   for d, _, fs in os.walk(root) for f in fs if f.endswith(".html"))
    with open(os.path.join(os.path.dirname(selenium_axe_python.__file__), "axe-core", "axe.min.js"),
              encoding="utf-8") as fh:
        drv.execute_cdp_cmd("Page.addScriptToEvaluateOnNewDocument", {"source": fh.read()})
    violations, bad_pages, version = 0, set(), "?"
    for rel in pages:
        found = {}  # (rule, impact, help, targets) -> viewports
        try:
            viewport(drv, *VIEWPORTS["desktop"])
            drv.get(base + urllib.parse.quote(rel))
            for name, size in VIEWPORTS.items():
                viewport(drv, *size)
                res = drv.execute_async_script(AXE_RUN, TAGS)
                if "error" in res:
                    raise WebDriverException(f"axe: {res['error']}")
                version = res["version"]
                for v in res["violations"]:
                    found.setdefault((v["id"], v["impact"], v["help"], tuple(v["targets"])), []).append(name)
            viewport(drv, *REFLOW)
            width = drv.execute_script("return document.documentElement.scrollWidth")
            if width > REFLOW[0]:
                found[("reflow", "serious", f"Content must reflow at 320 CSS px (WCAG 1.4.10); page is {width} px wide",
                       ("html",))] = ["320px"]
        except WebDriverException as e:
            print(f"{os.path.join(top, rel)}: error: {(e.msg or str(e)).splitlines()[0]}")
            violations += 1
            bad_pages.add(rel)
        for (rule, impact, help_, targets), names in sorted(found.items()):
            shown = ", ".join(targets[:3]) + (f", … (+{len(targets) - 3})" if len(targets) > 3 else "")
            print(f"{os.path.join(top, rel)}: [{','.join(names)}] {rule} ({impact}) {len(targets)} node(s): "
                  f"{help_} — {shown}")
            violations += 1
            bad_pages.add(rel)
    missing = sorted(set(Handler.missing))
    for referer, url in missing:
        source = urllib.parse.unquote(urllib.parse.urlsplit(referer).path).lstrip("/") or "(no referrer)"
        print(f"{os.path.join(top, source)}: HTTP 404 for {urllib.parse.unquote(url)}")
    print(f"check-a11y: {len(pages)} page(s) x {len(VIEWPORTS)} viewports, {violations} violation(s) on "
          f"{len(bad_pages)} page(s), {len(missing)} HTTP 404(s) (axe-core {version})")
    return 1 if violations or missing or not pages else 0


def screenshot(drv, base, page, out, width):
    mobile = width < 768  # phone and small tablet widths get mobile emulation, as in the phone audit
    viewport(drv, width, 812 if mobile else 900, mobile)
    drv.get(base + urllib.parse.quote(page))
    height = drv.execute_script("return document.documentElement.scrollHeight")
    viewport(drv, width, height, mobile)
    if not drv.save_screenshot(out):
        sys.exit(f"check-a11y: could not save {out}")
    print(f"check-a11y: saved {out} ({width}x{height}) of {page}")
    return 0


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("dir")
    ap.add_argument("--screenshot", nargs=2, metavar=("PAGE", "OUT.png"))
    ap.add_argument("--width", type=int, default=1280, help="screenshot width in CSS px (default 1280)")
    args = ap.parse_args()
    root = os.path.abspath(args.dir)
    if not os.path.isdir(root):
        ap.error(f"{args.dir} is not a directory")
    if args.screenshot and not os.path.exists(os.path.join(root, args.screenshot[0])):
        ap.error(f"{args.screenshot[0]} not found in {args.dir}")
    server, base = serve(root)
    drv = browser()
    try:
        if args.screenshot:
            return screenshot(drv, base, *args.screenshot, args.width)
        return audit(drv, args.dir, root, base)
    finally:
        drv.quit()
        server.shutdown()


if __name__ == "__main__":
    sys.exit(main())
