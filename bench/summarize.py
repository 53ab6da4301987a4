#!/usr/bin/env python3
"""Print the benchmark's tables from BENCH_DIR/runs.tsv and write BENCH_DIR/results.tsv.

    bench/summarize.py BENCH_DIR

runs.tsv has one row per timed run (warm-ups are not in it):
    pages  tool  run  wall_s  cpu_s  peak_rss_kib  html_pages  output_bytes  inner_cpu_s
html_pages is the number of HTML files written (for cmark: Markdown bodies rendered),
output_bytes the bytes of all files written (for cmark: of the HTML it rendered, not written),
inner_cpu_s the harness's own CPU time for parsing and rendering (cmark and cmark-mi, the
harness on mimalloc, only).
instructions.tsv, when bench/instructions.sh made it, has callgrind's instruction counts:
    pages  subject  instructions      (subject: pressroom, cmark-process, cmark-parse-and-render, cmark-mi-parse-and-render)
results.tsv has one value per row, medians first, then ratios:
    pages  subject  metric  value
e.g. `10000  pressroom  wall_s  61.2`, `10000  pressroom/hugo  cpu_ratio  2.41`,
`10000  pressroom  wall_per_page_vs_1000  1.08`.
Standard library only.
"""
import csv
import os
import statistics
import sys
from pathlib import Path

TOOLS = [("pressroom", "Pressroom"), ("hugo", "Hugo"), ("cmark", "cmark-gfm alone"), ("cmark-mi", "  on mimalloc")]


def main():
    bench_dir = Path(sys.argv[1])
    with open(bench_dir / "runs.tsv", newline="") as f:
        rows = list(csv.DictReader(f, delimiter="\t"))
    sizes = sorted({int(r["pages"]) for r in rows})
    medians = {}  # (pages, tool) -> dict
    for pages in sizes:
        for tool, _ in TOOLS:
            runs = [r for r in rows if int(r["pages"]) == pages and r["tool"] == tool]
            if not runs:
                continue
            inner = [float(r["inner_cpu_s"]) for r in runs if r["inner_cpu_s"]]
            medians[pages, tool] = {
                "runs": len(runs),
                "wall": statistics.median(float(r["wall_s"]) for r in runs),
                "cpu": statistics.median(float(r["cpu_s"]) for r in runs),
                "rss": statistics.median(float(r["peak_rss_kib"]) for r in runs) / 1024,
                "html": runs[-1]["html_pages"],
                "out": float(runs[-1]["output_bytes"]) / 1e6,
                "inner": statistics.median(inner) if inner else None,
                "walls": [float(r["wall_s"]) for r in runs],
            }

    def ratio(a, b):
        return a / b if b else float("nan")

    ratios = []  # (pages, subject, metric, value)
    for pages in sizes:
        m = {tool: medians.get((pages, tool)) for tool, _ in TOOLS}
        if not m["pressroom"]:
            continue
        runs = m["pressroom"]["runs"]
        print(f"\n{pages:,} pages — median of {runs} run{'s' if runs != 1 else ''} after one warm-up, "
              f"interleaved; {os.cpu_count()} cores")
        print(f"  {'':18} {'wall (s)':>9} {'CPU (s)':>9} {'peak RSS (MiB)':>15} {'pages/s':>9} "
              f"{'HTML docs':>9} {'out (MB)':>9}   wall of each run (s)")
        for tool, label in TOOLS:
            t = m[tool]
            if not t:
                continue
            print(f"  {label:18} {t['wall']:9.2f} {t['cpu']:9.2f} {t['rss']:15.1f} "
                  f"{pages / t['wall'] if t['wall'] else 0:9.0f} {t['html']:>9} {t['out']:9.1f}   "
                  + " ".join(f"{w:.2f}" for w in t["walls"]))
        p, h = m["pressroom"], m["hugo"]
        if h:
            for name, key in [("wall", "wall"), ("cpu", "cpu"), ("memory", "rss")]:
                ratios.append((pages, "pressroom/hugo", f"{name}_ratio", ratio(p[key], h[key])))
            print(f"  Pressroom / Hugo:  wall {ratio(p['wall'], h['wall']):.2f}×   CPU {ratio(p['cpu'], h['cpu']):.2f}×   "
                  f"peak memory {ratio(p['rss'], h['rss']):.2f}×")
        for key, subject, label in [("cmark", "pressroom/cmark", "cmark-gfm"),
                                    ("cmark-mi", "pressroom/cmark-mi", "cmark-gfm on mimalloc")]:
            c = m[key]
            if not c:
                continue
            ratios.append((pages, subject, "cpu_ratio", ratio(p["cpu"], c["cpu"])))
            line = f"  Pressroom CPU / {label} CPU: {ratio(p['cpu'], c['cpu']):.1f}×"
            if c["inner"]:
                ratios.append((pages, subject, "cpu_ratio_to_parse_and_render", ratio(p["cpu"], c["inner"])))
                line += (f"   (its own parse-and-render CPU: {c['inner']:.3f} s; "
                         f"Pressroom CPU is {ratio(p['cpu'], c['inner']):.1f}× that)")
            print(line)

    if len(sizes) > 1:
        small, large = sizes[0], sizes[-1]
        print(f"\nPer-page cost at {large:,} pages ÷ at {small:,} pages (wall per page; 1.00 = linear):")
        parts = []
        for tool, label in TOOLS:
            a, b = medians.get((small, tool)), medians.get((large, tool))
            if a and b and a["wall"]:
                value = (b["wall"] / large) / (a["wall"] / small)
                ratios.append((large, tool, f"wall_per_page_vs_{small}", value))
                cpu_value = (b["cpu"] / large) / (a["cpu"] / small) if a["cpu"] else float("nan")
                ratios.append((large, tool, f"cpu_per_page_vs_{small}", cpu_value))
                out_value = (b["out"] / large) / (a["out"] / small) if a["out"] else float("nan")
                ratios.append((large, tool, f"output_per_page_vs_{small}", out_value))
                parts.append(f"  {label:18} wall {value:.2f}   CPU {cpu_value:.2f}   "
                             f"({a['wall'] / small * 1000:.2f} → {b['wall'] / large * 1000:.2f} ms per page; "
                             f"output per page {out_value:.2f}×)")
        print("\n".join(parts))

    ratios += instructions(bench_dir)

    with open(bench_dir / "results.tsv", "w", newline="") as f:
        out = csv.writer(f, delimiter="\t", lineterminator="\n")
        out.writerow(["pages", "subject", "metric", "value"])
        for (pages, tool), t in sorted(medians.items()):
            out.writerow([pages, tool, "runs", t["runs"]])
            out.writerow([pages, tool, "wall_s", f"{t['wall']:.3f}"])
            out.writerow([pages, tool, "cpu_s", f"{t['cpu']:.3f}"])
            out.writerow([pages, tool, "peak_rss_mib", f"{t['rss']:.1f}"])
            out.writerow([pages, tool, "files", t["html"]])
            out.writerow([pages, tool, "output_mb", f"{t['out']:.1f}"])
            if t["inner"] is not None:
                out.writerow([pages, tool, "parse_and_render_cpu_s", f"{t['inner']:.3f}"])
        for pages, subject, metric, value in ratios:
            out.writerow([pages, subject, metric, f"{value:.3f}"])
    print(f"\nResults: {bench_dir / 'results.tsv'} (medians and ratios), {bench_dir / 'runs.tsv'} (every run)")


def instructions(bench_dir):
    """Prints the instruction counts of bench/instructions.sh and returns their ratios."""
    path = bench_dir / "instructions.tsv"
    if not path.exists():
        return []
    with open(path, newline="") as f:
        counts = {(int(r["pages"]), r["subject"]): int(r["instructions"]) for r in csv.DictReader(f, delimiter="\t")}
    ratios = []
    for pages in sorted({pages for pages, _ in counts}):
        build = counts.get((pages, "pressroom"))
        process = counts.get((pages, "cmark-process"))
        inner = counts.get((pages, "cmark-parse-and-render"))
        if not (build and process and inner):
            continue
        ratios.append((pages, "pressroom/cmark", "instruction_ratio", build / process))
        ratios.append((pages, "pressroom/cmark", "instruction_ratio_to_parse_and_render", build / inner))
        print(f"\nInstructions at {pages:,} pages (callgrind; within 1–2% however busy the machine is; no kernel time):\n"
              f"  Pressroom {build / 1e9:.2f} G / cmark-gfm's process {process / 1e9:.2f} G: {build / process:.1f}×   "
              f"(its parse and render: {inner / 1e9:.2f} G; Pressroom is {build / inner:.1f}× that)")
        on_mimalloc = counts.get((pages, "cmark-mi-parse-and-render"))
        if on_mimalloc:
            ratios.append((pages, "pressroom/cmark-mi", "instruction_ratio_to_parse_and_render", build / on_mimalloc))
            print(f"  its parse and render on mimalloc: {on_mimalloc / 1e9:.2f} G; Pressroom is {build / on_mimalloc:.1f}× that")
    return ratios


if __name__ == "__main__":
    main()
