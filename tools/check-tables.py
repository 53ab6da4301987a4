#!/usr/bin/env python3
"""check-tables.py DIR — every data table can be read whole on a 375 px wide phone, in headless Chromium.

Each .html page under DIR that has a `table.data-table` is opened at 375 CSS px wide (phone emulation,
as in check-a11y.py; closed <details> opened), and every cell (th, td) of every such table must be fully visible: inside the
viewport horizontally, not clipped by an ancestor whose overflow is hidden, auto, scroll or clip (a
table that only scrolls sideways hides its right-hand columns), and not of zero size unless it is empty.
Column headings hidden on purpose (screen-reader only, when rows are laid out as cards) are skipped,
but then every data cell must show a label (a ::before with content, from its data-label).

Prints `path: table "caption": cell "text" is clipped at 375 px (right edge 512 > 375)` per problem
and a closing line; exits 1 on any problem. One browser for all pages. Uses the checks venv.
"""
import os
import sys
import urllib.parse

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import browser_check  # noqa: E402

browser_check.in_venv(__file__, "check-tables")
a11y = browser_check.a11y_module()
from selenium.common.exceptions import WebDriverException  # noqa: E402

WIDTH, HEIGHT = 375, 812
TOLERANCE = 0.5  # sub-pixel rounding

# Returns, for every table.data-table of the page, its caption, cell count and problems.
# A cell's extent is its border box joined with the boxes of its visible text (screen-reader-only text
# left out), so text that spills out of a cell (white-space: nowrap) counts too.
MEASURE = """const W = document.documentElement.clientWidth, tol = arguments[0];
const text = e => (e.innerText || e.textContent || '').replace(/\\s+/g, ' ').trim();
const round = x => Math.round(x);
const srOnly = e => {  // hidden from sight on purpose, still read by screen readers
  const s = getComputedStyle(e), r = e.getBoundingClientRect();
  return (s.position === 'absolute' || s.position === 'fixed') && r.width <= 1 && r.height <= 1
    && (s.clip !== 'auto' || s.clipPath !== 'none' || s.overflow !== 'visible');
};
const extent = cell => {
  const r = cell.getBoundingClientRect();
  const box = {left: r.left, right: r.right, top: r.top, bottom: r.bottom, width: r.width, height: r.height};
  const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT), range = document.createRange();
  for (let node; (node = walker.nextNode());) {
    if (!node.textContent.trim()) continue;
    let hidden = false;
    for (let e = node.parentElement; e && e !== cell && !hidden; e = e.parentElement) hidden = srOnly(e);
    if (hidden) continue;
    range.selectNodeContents(node);
    for (const t of range.getClientRects()) {
      if (t.width === 0 && t.height === 0) continue;
      box.left = Math.min(box.left, t.left); box.right = Math.max(box.right, t.right);
      box.top = Math.min(box.top, t.top); box.bottom = Math.max(box.bottom, t.bottom);
    }
  }
  return box;
};
const clippers = el => {  // ancestors that clip their content, with their visible (padding) box
  const out = [];
  for (let a = el.parentElement; a && a !== document.body && a !== document.documentElement; a = a.parentElement) {
    const s = getComputedStyle(a);
    const x = s.overflowX !== 'visible', y = s.overflowY !== 'visible';
    if (!x && !y) continue;
    const r = a.getBoundingClientRect();
    const left = r.left + a.clientLeft, top = r.top + a.clientTop;
    const name = a.tagName.toLowerCase() + (a.classList.length ? '.' + [...a.classList].join('.') : '');
    out.push({x, y, left, right: left + a.clientWidth, top, bottom: top + a.clientHeight, name});
  }
  return out;
};
document.querySelectorAll('details:not([open])').forEach(d => { d.open = true; });  // a reader can open them
return {width: W, tables: [...document.querySelectorAll('table.data-table')].map(table => {
  const caption = table.caption ? text(table.caption) : (table.getAttribute('aria-label') || '(no caption)');
  const problems = [];
  const cells = [...table.querySelectorAll('th, td')].filter(c => c.closest('table') === table);
  const headingsHidden = cells.some(c => c.closest('thead') && (srOnly(c) || srOnly(c.closest('thead'))));
  let checked = 0;
  for (const cell of cells) {
    const what = text(cell), name = what.length > 60 ? what.slice(0, 57) + '…' : what;
    if (cell.closest('thead') && (srOnly(cell) || srOnly(cell.closest('thead')))) continue;
    checked++;
    const s = getComputedStyle(cell), r = cell.getBoundingClientRect();
    if (s.display === 'none' || s.visibility !== 'visible' || r.width === 0 || r.height === 0) {
      if (what) problems.push(`cell "${name}" is hidden at ${W} px (${round(r.width)}×${round(r.height)}, display ${s.display}, visibility ${s.visibility})`);
      continue;
    }
    const b = extent(cell);
    if (b.right > W + tol) problems.push(`cell "${name}" is clipped at ${W} px (right edge ${round(b.right)} > ${W})`);
    else if (b.left < -tol) problems.push(`cell "${name}" is clipped at ${W} px (left edge ${round(b.left)} < 0)`);
    else {
      const cut = clippers(cell)
        .map(c => c.x && b.right > c.right + tol ? `right edge ${round(b.right)} > ${round(c.right)}, the edge of ${c.name}`
                 : c.x && b.left < c.left - tol ? `left edge ${round(b.left)} < ${round(c.left)}, the edge of ${c.name}`
                 : c.y && b.bottom > c.bottom + tol ? `bottom edge ${round(b.bottom)} > ${round(c.bottom)}, the edge of ${c.name}`
                 : c.y && b.top < c.top - tol ? `top edge ${round(b.top)} < ${round(c.top)}, the edge of ${c.name}` : '')
        .find(Boolean);
      if (cut) problems.push(`cell "${name}" is clipped at ${W} px (${cut})`);
    }
    const label = getComputedStyle(cell, '::before').content;
    if (headingsHidden && cell.tagName === 'TD' && what && (label === 'none' || label === 'normal'))
      problems.push(`cell "${name}" has no visible label at ${W} px (its column heading is hidden; give it a data-label shown by ::before)`);
  }
  return {caption, cells: checked, problems};
})};"""


def pages_with_tables(root):
    for d, _, files in os.walk(root):
        for f in files:
            if f.endswith(".html"):
                path = os.path.join(d, f)
                with open(path, encoding="utf-8", errors="replace") as fh:
                    yield os.path.relpath(path, root), "data-table" in fh.read()


def main():
    if len(sys.argv) != 2 or not os.path.isdir(sys.argv[1]):
        print("usage: check-tables.py DIR", file=sys.stderr)
        return 2
    top, root = sys.argv[1], os.path.abspath(sys.argv[1])
    pages = sorted(pages_with_tables(root))
    server, base = a11y.serve(root)
    drv = a11y.browser()
    problems, tables, cells, with_tables = [], 0, 0, 0
    try:
        a11y.viewport(drv, WIDTH, HEIGHT, True)
        for rel, has_table in pages:
            if not has_table:
                continue
            path = os.path.join(top, rel)
            try:
                drv.get(base + urllib.parse.quote(rel))
                result = drv.execute_script(MEASURE, TOLERANCE)
            except WebDriverException as e:
                problems.append(f"{path}: error: {(e.msg or str(e)).splitlines()[0]}")
                continue
            if result["width"] != WIDTH:
                problems.append(f"{path}: error: the page is {result['width']} px wide, not {WIDTH} px")
            with_tables += bool(result["tables"])
            for table in result["tables"]:
                tables += 1
                cells += table["cells"]
                problems += [f'{path}: table "{table["caption"]}": {p}' for p in table["problems"]]
    finally:
        drv.quit()
        server.shutdown()
    for p in problems:
        print(p)
    print(f"check-tables: {len(pages)} page(s), {tables} table(s) on {with_tables} page(s), {cells} cell(s) "
          f"at {WIDTH} px, {len(problems)} problem(s)")
    return 1 if problems or not pages else 0


if __name__ == "__main__":
    sys.exit(main())
