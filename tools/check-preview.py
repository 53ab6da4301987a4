#!/usr/bin/env python3
"""check-preview.py PRESSROOM PROJECT — an open page of `pressroom serve` updates itself, in headless Chromium.

Copies PROJECT's Content/ and Templates/ to a temporary folder, starts `PRESSROOM serve` on a free
port and opens a chapter in Chromium, scrolled down. Then, as a person editing would:
  1. saves the chapter with a new paragraph: the page must reload by itself, show the paragraph
     and keep its scroll position;
  2. saves it with a link to a chapter that does not exist: the error must appear over the page,
     with the file, line and column, and pass axe-core (WCAG 2.2 AA);
  3. fixes it: the error must go away;
  4. stops the preview with Ctrl-C: it must exit cleanly.
Prints `check-preview: ...` per step; exits 1 on the first failure.

Needs the checks venv (tools/setup-checks.sh); started with another Python it re-runs itself there.
"""
import os
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import time

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
VENV = os.path.abspath(os.environ.get("PRESSROOM_VENV", os.path.join(REPO, ".venv-checks")))
try:
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service
except ImportError:
    if os.path.realpath(sys.prefix) != os.path.realpath(VENV) and os.path.exists(f"{VENV}/bin/python"):
        os.execv(f"{VENV}/bin/python", [f"{VENV}/bin/python", __file__, *sys.argv[1:]])
    sys.exit("check-preview: selenium not found: run tools/setup-checks.sh")
import selenium_axe_python

AXE_RUN = """const done = arguments[arguments.length - 1];
axe.run(document.getElementById('pressroom-problems'), {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa']}})
  .then(r => done(r.violations.map(v => v.id + ': ' + v.help)), e => done(['axe failed: ' + e]));"""


LOG = None


def fail(message):
    if LOG:
        LOG.seek(0)
        print("check-preview: what the preview printed:\n" + LOG.read(), file=sys.stderr)
    sys.exit(f"check-preview: FAIL: {message}")


def wait(what, condition, seconds=15):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        value = condition()
        if value:
            return value
        time.sleep(0.05)
    fail(f"{what} (waited {seconds} s)")


def main():
    if len(sys.argv) != 3:
        sys.exit(__doc__.splitlines()[0])
    pressroom, project = os.path.abspath(sys.argv[1]), os.path.abspath(sys.argv[2])
    work = tempfile.mkdtemp(prefix="pressroom-check-preview-")
    for folder in ("Content", "Templates"):
        shutil.copytree(os.path.join(project, folder), os.path.join(work, folder))
    content = os.path.join(work, "Content")
    chapter = sorted(os.path.join(d, f) for d, _, fs in os.walk(content) for f in fs
                     if re.match(r"\d+-.*\.md$", f) and "news" not in d.split(os.sep))[0]
    relative = os.path.relpath(chapter, work)
    partnership, publication, name = os.path.relpath(chapter, content).split(os.sep)[:3]
    original = open(chapter, encoding="utf-8").read()
    global LOG
    log = LOG = open(os.path.join(work, "serve.log"), "w+")
    server = subprocess.Popen([pressroom, "serve", work, "--port", "0"], stdout=log, stderr=subprocess.STDOUT)
    drv = None
    try:
        address = wait("the preview to start", lambda: (log.seek(0), re.search(r"Previewing at (http://\S+)", log.read()))[1])
        url = f"{address.group(1)}{partnership}/{publication}/{re.sub(r'^[0-9]+-', '', name[:-3])}/"
        opts = webdriver.ChromeOptions()
        opts.binary_location = shutil.which("chromium") or "/usr/bin/chromium"
        for arg in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--window-size=1280,900"):
            opts.add_argument(arg)
        drv = webdriver.Chrome(service=Service(shutil.which("chromedriver") or "/usr/bin/chromedriver"), options=opts)
        drv.set_script_timeout(60)
        drv.get(url)
        wait("the page to listen for changes", lambda: drv.execute_script("return document.readyState") == "complete")
        time.sleep(0.5)  # the event stream connects after load
        drv.execute_script("window.scrollTo(0, 400); window.pressroomBefore = true;")
        scrolled = drv.execute_script("return window.scrollY")

        with open(chapter, "w", encoding="utf-8") as f:
            f.write(original + "\nThe partnership met fourteen times during the year.\n")
        wait("the page to reload by itself after the chapter was saved",
             lambda: drv.execute_script("return window.pressroomBefore !== true && "
                                        "document.body.innerText.includes('met fourteen times')"))
        kept = wait("the scroll position to be restored", lambda: abs(drv.execute_script("return window.scrollY") - scrolled) <= 2
                    and drv.execute_script("return window.scrollY"), seconds=5)
        print(f"check-preview: the page reloaded itself after an edit, at the same scroll position ({kept} px)")

        with open(chapter, "w", encoding="utf-8") as f:
            f.write(original + "\nSee [the plan](no-such-chapter.md).\n")
        text = wait("the error to appear over the page", lambda: drv.execute_script(
            "var e = document.getElementById('pressroom-problems'); return e && e.innerText"))
        if not re.search(re.escape(relative) + r":\d+:\d+: error: ", text):
            fail(f"the error shown does not give {relative}:line:column: {text!r}")
        with open(os.path.join(os.path.dirname(selenium_axe_python.__file__), "axe-core", "axe.min.js"), encoding="utf-8") as fh:
            drv.execute_script(fh.read())
        violations = drv.execute_async_script(AXE_RUN)
        if violations:
            fail(f"the error panel fails axe-core: {violations}")
        print("check-preview: the build error appeared over the page with its file, line and column, and passes axe-core")

        with open(chapter, "w", encoding="utf-8") as f:
            f.write(original)
        wait("the error to go once fixed", lambda: drv.execute_script("return !document.getElementById('pressroom-problems')"))
        print("check-preview: the error went away once the file was fixed")
    finally:
        if drv:
            drv.quit()
        server.send_signal(signal.SIGINT)
        try:
            code = server.wait(timeout=10)
        except subprocess.TimeoutExpired:
            server.kill()
            code = None
        shutil.rmtree(work, ignore_errors=True)
    if code != 0:
        fail(f"the preview did not stop cleanly on Ctrl-C (exit status {code})")
    print("check-preview: passed (the preview stopped cleanly on Ctrl-C)")


if __name__ == "__main__":
    main()
