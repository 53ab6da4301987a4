#!/usr/bin/env python3
"""check-reading.py DIR — what a screen-reader or keyboard user meets, in headless Chromium.

1. Reading order of every headline figure (.callout) on every page: the text a screen reader
   reads, in DOM order without aria-hidden parts, must start with the figure, then its label,
   carry no direction symbol (▲ ▼ ►) and say in words whether the change is better or worse.
2. A keyboard-only walk through one chapter per partnership: the first Tab lands on the skip
   link, Enter on it moves focus into <main>, every Tab stop has a visible focus indicator
   (outline, box-shadow or background differs from the unfocused element), and Tab reaches the
   previous/next chapter links.

Prints one line per problem and a closing line; exits 1 on any problem. Uses the checks venv.
"""
import os
import sys
import urllib.parse

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import browser_check  # noqa: E402

browser_check.in_venv(__file__, "check-reading")
a11y = browser_check.a11y_module()
from selenium.webdriver.common.keys import Keys  # noqa: E402

CALLOUT_TEXT = """return [...document.querySelectorAll('.callout')].map(c => {
  const parts = [];
  const walk = n => {
    if (n.nodeType === 3) { if (n.textContent.trim()) parts.push(n.textContent.trim()); return; }
    if (n.nodeType !== 1 || n.getAttribute('aria-hidden') === 'true') return;
    if (getComputedStyle(n).display === 'none') return;
    n.childNodes.forEach(walk);
  };
  walk(c);
  return {text: parts.join(' '), figure: c.querySelector('.callout__figure').textContent.trim(),
          label: c.querySelector('.callout__label').textContent.trim(),
          change: !!c.querySelector('.callout__change')};
});"""

FOCUS_STATE = """const e = document.activeElement, s = getComputedStyle(e);
return {tag: e.tagName.toLowerCase(), text: (e.innerText || e.getAttribute('aria-label') || '').trim().slice(0, 50),
        href: e.getAttribute('href'), inMain: !!e.closest('main'),
        look: [s.outlineStyle + ' ' + s.outlineWidth, s.boxShadow, s.backgroundColor, s.textDecorationThickness].join('|')};"""

UNFOCUSED_LOOK = """const e = document.activeElement; e.blur(); const s = getComputedStyle(e);
const look = [s.outlineStyle + ' ' + s.outlineWidth, s.boxShadow, s.backgroundColor, s.textDecorationThickness].join('|');
e.focus(); return look;"""


def pages_with(root, needle):
    for d, _, files in os.walk(root):
        for f in files:
            path = os.path.join(d, f)
            if f.endswith(".html") and needle in open(path, encoding="utf-8").read():
                yield os.path.relpath(path, root)


def check_callouts(drv, base, root, problems):
    count = 0
    for rel in sorted(pages_with(root, 'class="callout"')):
        drv.get(base + urllib.parse.quote(rel))
        for c in drv.execute_script(CALLOUT_TEXT):
            count += 1
            text = c["text"]
            if not text.startswith(c["figure"] + " " + c["label"]):
                problems.append(f"{rel}: callout reads '{text[:80]}', not figure then label")
            if any(symbol in text for symbol in "▲▼►"):
                problems.append(f"{rel}: callout '{c['label']}' reads a direction symbol aloud")
            if c["change"] and not any(w in text for w in ("(better)", "(worse)", "(broadly unchanged)", "(no change)", "(no desired direction)")):
                problems.append(f"{rel}: callout '{c['label']}' does not say in words whether the change is better or worse")
    return count


def keyboard_walk(drv, base, rel, problems):
    drv.get(base + urllib.parse.quote(rel))
    body = drv.find_element("tag name", "body")
    body.send_keys(Keys.TAB)
    first = drv.execute_script(FOCUS_STATE)
    if first["href"] != "#main":
        problems.append(f"{rel}: first Tab stop is {first['tag']} '{first['text']}', not the skip link")
    drv.switch_to.active_element.send_keys(Keys.ENTER)
    drv.switch_to.active_element.send_keys(Keys.TAB)
    if not drv.execute_script(FOCUS_STATE)["inMain"]:
        problems.append(f"{rel}: after the skip link, Tab does not continue inside <main>")
    drv.get(base + urllib.parse.quote(rel))
    stops, seen_next = 0, False
    for _ in range(400):
        drv.switch_to.active_element.send_keys(Keys.TAB)
        state = drv.execute_script(FOCUS_STATE)
        if state["tag"] == "body":
            break
        stops += 1
        unfocused = drv.execute_script(UNFOCUSED_LOOK)
        if unfocused == state["look"]:
            problems.append(f"{rel}: Tab stop {stops} ({state['tag']} '{state['text']}') shows no focus indicator")
        seen_next = seen_next or "Next chapter" in state["text"] or "Previous chapter" in state["text"]
    if not seen_next:
        problems.append(f"{rel}: Tab never reached the previous/next chapter links")
    return stops


def main():
    if len(sys.argv) != 2 or not os.path.isdir(sys.argv[1]):
        print("usage: check-reading.py DIR", file=sys.stderr)
        return 2
    root = os.path.abspath(sys.argv[1])
    server, base = a11y.serve(root)
    drv = a11y.browser()
    problems = []
    try:
        a11y.viewport(drv, *a11y.VIEWPORTS["desktop"])
        callouts = check_callouts(drv, base, root, problems)
        chapters = sorted(p for p in pages_with(root, 'aria-label="Chapter navigation"'))
        walked = {}
        for rel in chapters:
            walked.setdefault(rel.split(os.sep)[0], rel)
        stops = {rel: keyboard_walk(drv, base, rel, problems) for rel in walked.values()}
    finally:
        drv.quit()
        server.shutdown()
    for p in problems:
        print(p)
    walks = ", ".join(f"{rel} ({n} Tab stops)" for rel, n in stops.items())
    print(f"check-reading: {callouts} callout(s) read in order; keyboard walk through {walks}; {len(problems)} problem(s)")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
