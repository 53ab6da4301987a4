#!/usr/bin/env python3
"""Convert a generated Pressroom project into a Hugo site with the same pages.

    bench/hugo/convert.py PROJECT SITE

PROJECT is a folder made by bench/generate.py (PROJECT/Content/...). SITE is replaced by a Hugo
site: bench/hugo/site/ (configuration and layouts) plus content/, data/ and static/ made from
the project. Every Markdown body is copied as it is, except Pressroom's figures, which Hugo
does not have:

- `{{value id}}`, `{{change id}}` and `{{period id}}` become the plain text Pressroom would
  print there (the figure, its change, its period), worked out here from data/values.csv;
- a ```measure-callout block becomes the shortcode {{< measure-callout "id" >}}, which reads
  the measure's figure, label, change and source (worked out here) from site.Data.

The page tree is Pressroom's: partnership home, publications (contents page and one page per
chapter), news list and items, pages such as help, contact, accessibility statement, open
data; the same web addresses (chapter `01-foreword.md` → `<p>/<publication>/foreword/`).
Standard library only.
"""
import argparse
import csv
import json
import re
import shutil
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO_ROOT = HERE.parent.parent


# A small YAML reader: block maps, block lists (of scalars or of maps), `|` block scalars,
# `[a, b]` flow lists and plain, single- or double-quoted scalars. That is every construct
# bench/generate.py writes; anything else is an error rather than a guess.
def yaml_load(text, where):
    lines = []
    for raw in text.splitlines():
        stripped = raw.strip()
        if stripped.startswith("#"):
            stripped = ""
        lines.append([len(raw) - len(raw.lstrip(" ")), stripped, raw])
    pos = [0]

    def skip_blank():
        while pos[0] < len(lines) and not lines[pos[0]][1]:
            pos[0] += 1

    def scalar(text):
        if text.startswith('"'):
            return json.loads(text)
        if text.startswith("'"):
            return text[1:-1].replace("''", "'")
        if text.startswith("[") and text.endswith("]"):
            return [scalar(part.strip()) for part in text[1:-1].split(",") if part.strip()]
        if " #" in text:
            text = text.split(" #", 1)[0].rstrip()
        return text

    def block_scalar(indent):
        body = []
        while pos[0] < len(lines) and (not lines[pos[0]][1] or lines[pos[0]][0] > indent):
            body.append(lines[pos[0]][2])
            pos[0] += 1
        while body and not body[-1].strip():
            body.pop()
        cut = min((len(b) - len(b.lstrip(" ")) for b in body if b.strip()), default=0)
        return "\n".join(b[cut:] for b in body) + "\n"

    def value_after_key(rest, indent):
        if rest == "|":
            return block_scalar(indent)
        if rest:
            return scalar(rest)
        skip_blank()
        if pos[0] < len(lines):
            child_indent, child = lines[pos[0]][0], lines[pos[0]][1]
            if child_indent > indent or (child_indent == indent and child.startswith("- ")):
                return block(child_indent)
        return None

    def block(indent):
        skip_blank()
        if lines[pos[0]][1].startswith("- ") or lines[pos[0]][1] == "-":
            items = []
            while True:
                skip_blank()
                if pos[0] >= len(lines) or lines[pos[0]][0] != indent or not lines[pos[0]][1].startswith("-"):
                    return items
                rest = lines[pos[0]][1][1:].strip()
                if re.match(r"^[A-Za-z_][\w-]*:(\s|$)", rest):  # a map in a list item
                    lines[pos[0]][0], lines[pos[0]][1] = indent + 2, rest
                    items.append(block(indent + 2))
                else:
                    pos[0] += 1
                    items.append(scalar(rest))
        result = {}
        while True:
            skip_blank()
            if pos[0] >= len(lines) or lines[pos[0]][0] != indent:
                return result
            line = lines[pos[0]][1]
            match = re.match(r"^([A-Za-z_][\w-]*):(?:\s+(.*))?$", line)
            if not match:
                sys.exit(f"{where}:{pos[0] + 1}: cannot read this line: {line}")
            pos[0] += 1
            result[match.group(1)] = value_after_key((match.group(2) or "").strip(), indent)

    skip_blank()
    if pos[0] >= len(lines):
        return {}
    value = block(lines[pos[0]][0])
    skip_blank()
    if pos[0] < len(lines):
        sys.exit(f"{where}:{pos[0] + 1}: cannot read this line: {lines[pos[0]][1]}")
    return value


def split_front_matter(text, where):
    if not text.startswith("---\n"):
        return {}, text
    end = text.find("\n---\n", 3)
    if end < 0:
        sys.exit(f"{where}: front matter has no closing ---")
    return yaml_load(text[4:end], where), text[end + 5:]


# Figures, written as Pressroom writes them (FigureFormat and Trend in Sources/Pressroom/Measures).
def grouped(number, decimals):
    text = f"{abs(number):,.{decimals}f}"
    return ("−" if number < 0 and any(c not in "0.," for c in text) else "") + text


def ordinal(number):
    n = int(round(number))
    suffix = "th" if 11 <= n % 100 <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def figure(number, unit):
    whole = float(number).is_integer()
    return {
        "count": lambda: grouped(number, 0 if whole else 1),
        "percentage": lambda: grouped(number, 0 if whole else 1) + "%",
        "rate per 1,000": lambda: grouped(number, 1) + " per 1,000",
        "rate per 100,000": lambda: grouped(number, 1) + " per 100,000",
        "rank": lambda: ordinal(number),
        "pounds": lambda: "£" + grouped(number, 0 if whole else 2),
    }.get(unit, lambda: grouped(number, 1))()


def trend(unit, direction, latest, previous):
    """(verdict, symbol, description, verdict text) of the change from previous to latest."""
    difference = latest[1] - previous[1]
    movement = "same" if abs(difference) < 1e-9 else "up" if difference > 0 else "down"
    if movement == "same":
        verdict = "same"
    elif direction == "none":
        verdict = "neutral"
    elif (movement, direction) in (("down", "reduce"), ("up", "increase")):
        verdict = "better"
    else:
        verdict = "worse"
    since = f"on {previous[0]}"
    if movement == "same":
        text = f"no change {since}"
    elif unit == "rank":
        text = f"from {ordinal(previous[1])} to {ordinal(latest[1])} {since}"
    elif unit == "percentage":
        points = grouped(abs(difference), 0 if float(abs(difference)).is_integer() else 1)
        text = f"{movement} {points} percentage point{'' if points == '1' else 's'} {since}"
    elif previous[1] == 0:
        text = f"{movement} {figure(abs(difference), unit)} {since}"
    else:
        percent = difference / abs(previous[1]) * 100
        text = (f"{movement} {figure(abs(difference), unit)} ({'+' if percent > 0 else '−'}"
                f"{grouped(abs(percent), 0 if abs(percent) >= 10 else 1)}%) {since}")
    symbol = {"up": "▲", "down": "▼", "same": "►"}[movement]
    words = {"better": "better", "worse": "worse", "same": "no change", "neutral": "no desired direction"}[verdict]
    return verdict, symbol, text, words


def measures_of(folder):
    """Measure id → what the pages show of it: latest figure, period, change and source."""
    data = folder / "data"
    if not (data / "measures.csv").exists():
        return {}
    with open(data / "measures.csv", newline="", encoding="utf-8") as f:
        measures = {row["id"]: row for row in csv.DictReader(f)}
    series, rows = {}, {}
    if (data / "values.csv").exists():
        with open(data / "values.csv", newline="", encoding="utf-8") as f:
            for row in csv.DictReader(f):
                rows.setdefault(row["measure"], []).append(row)
                if not row.get("area"):
                    series.setdefault(row["measure"], []).append((row["period"], float(row["value"])))
    result = {}
    for order, (mid, m) in enumerate(measures.items()):
        points = sorted(series.get(mid, []))
        entry = {"order": order, "id": mid, "title": m["title"], "unit": m["unit"], "source": m["source"],
                 "desired_direction": {"reduce": "Reduce", "increase": "Increase"}.get(
                     m["desired_direction"], "Monitor (no target direction)"),
                 "value": "—", "period": "Not yet available", "change": "", "verdict": "", "symbol": "",
                 "verdict_text": ""}
        if points:
            entry["value"] = figure(points[-1][1], m["unit"])
            entry["period"] = points[-1][0]
        if len(points) > 1:
            entry["verdict"], entry["symbol"], entry["change"], entry["verdict_text"] = trend(
                m["unit"], m["desired_direction"], points[-1], points[-2])
        entry["values"] = [{"period": r["period"], "area": r["area"] or None, "value": number(r["value"]),
                            "national": number(r["national"]) if r.get("national") else None}
                           for r in rows.get(mid, [])]
        entry["description"] = m.get("description", "")
        entry["desired_direction_key"] = m["desired_direction"]
        result[mid] = entry
    return result


def number(text):
    value = float(text)
    return int(value) if value.is_integer() else value


FIGURE = re.compile(r"\{\{\s*(value|change|period)\s+([a-z0-9-]+)\s*\}\}")
CALLOUT = re.compile(r"^```measure-callout\n(.*?)^```[ \t]*$", re.S | re.M)


def convert_body(body, measures, where):
    def inline(match):
        m = measures.get(match.group(2))
        if m is None:
            sys.exit(f"{where}: unknown measure {match.group(2)}")
        return {"value": m["value"], "period": m["period"],
                "change": m["change"] or "no earlier figure"}[match.group(1)]

    def callout(match):
        options = yaml_load(match.group(1), where)
        return '{{< measure-callout "%s" >}}' % options["measure"]

    return FIGURE.sub(inline, CALLOUT.sub(callout, body))


def progress_body(period, outcomes, measures):
    """The Markdown of the progress chapter Pressroom adds to an annual review with a period:
    a summary table, the three Duty measures, and a table of figures per outcome."""
    def row(mid):
        m = measures.get(mid)
        if m is None:
            return f"| {mid} | Not reported | | | |"
        points = {v["period"]: v["value"] for v in m["values"] if v["area"] is None}
        periods = sorted(points)
        if period not in points:
            return f"| {m['title']} | Not yet available | | | |"
        at = periods.index(period)
        now = (period, points[period])
        if at == 0:
            return f"| {m['title']} | {figure(now[1], m['unit'])} | | | |"
        before = (periods[at - 1], points[periods[at - 1]])
        verdict, symbol, change, words = trend(m["unit"], m["desired_direction_key"], now, before)
        return (f"| {m['title']} | {figure(now[1], m['unit'])} | {figure(before[1], m['unit'])} | {change} "
                f"| {symbol} {words} |")

    head = f"| Measure | {period} | Year before | Change | Verdict |\n|---|---:|---:|---|---|"
    text = (f"For each outcome of our strategy, the table shows the figure for {period}, the figure for the "
            f"period before, the change and whether that is the change we want.\n\n"
            "| Priority | Outcomes | Measures |\n|---|---:|---:|\n")
    for priority in outcomes.get("priorities", []):
        items = priority.get("outcomes", [])
        text += f"| {priority['title']} | {len(items)} | {sum(len(o.get('measures', [])) for o in items)} |\n"
    text += "\n## The national Serious Violence Duty measures\n\nEvery area reports these three measures.\n\n"
    text += head + "\n" + "\n".join(row(mid) for mid in ("sharp-object-admissions", "knife-crime", "homicides")) + "\n"
    for priority in outcomes.get("priorities", []):
        text += f"\n## {priority['title']}\n\n{priority.get('summary', '')}\n"
        for outcome in priority.get("outcomes", []):
            text += f"\n### {outcome['title']}\n\n{head}\n" + "\n".join(row(mid) for mid in outcome.get("measures", [])) + "\n"
    return text


def front(fields):
    """YAML front matter; every value is written as a JSON scalar, which YAML reads as is."""
    return "---\n" + "".join(f"{k}: {json.dumps(v, ensure_ascii=False)}\n" for k, v in fields.items()
                             if v is not None) + "---\n"


def text_colour(hex_colour):
    """Black or white, whichever contrasts more with the brand colour (WCAG relative luminance)."""
    channels = [int(hex_colour.lstrip("#")[i:i + 2], 16) / 255 for i in (0, 2, 4)]
    r, g, b = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    luminance = 0.2126 * r + 0.7152 * g + 0.0722 * b
    return "#ffffff" if (1.05 / (luminance + 0.05)) >= ((luminance + 0.05) / 0.05) else "#000000"


def tel(phone):
    return "tel:" + "".join(c for c in phone if c.isdigit() or c == "+")


def number_and_slug(stem, news):
    if news and re.match(r"^\d{4}-\d{2}-\d{2}-", stem):
        return None, stem[11:]
    match = re.match(r"^(\d+)-(.+)$", stem)
    return (int(match.group(1)), match.group(2)) if match else (None, stem)


class Converter:
    def __init__(self, project, site):
        self.project, self.site = project, site
        self.pages = 0

    def write(self, relative, text):
        path = self.site / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")

    def markdown_page(self, source, target, fields, measures, news=False, leave_site=False):
        """Copy one Markdown file to content/target with Hugo front matter; returns its front matter."""
        where = str(source)
        meta, body = split_front_matter(source.read_text(encoding="utf-8"), where)
        number, slug = number_and_slug(source.stem, news)
        order = meta.get("order", number)
        fields = {"title": meta["title"], "description": meta.get("summary"), **fields}
        if news:
            fields["date"] = meta.get("date") or source.stem[:10]
        if "url" not in fields:
            fields["slug"] = slug
        fields["weight"] = int(order) if order is not None else None
        if str(meta.get("draft", "false")).lower() == "true":
            fields["draft"] = True
        if str(meta.get("leave_site", leave_site)).lower() == "true":
            fields["leave_site"] = True
        self.write(f"content/{target}", front(fields) + "\n" + convert_body(body, measures, where))
        self.pages += 1
        return meta, slug

    def partnership(self, folder, weight):
        slug = folder.name
        p = yaml_load((folder / "partnership.yaml").read_text(encoding="utf-8"), str(folder / "partnership.yaml"))
        measures = measures_of(folder)
        contact = p.get("contact") or {}
        address = [line for line in (contact.get("address") or "").splitlines() if line.strip()]
        logo = p.get("logo")
        if logo:
            (self.site / "static" / slug).mkdir(parents=True, exist_ok=True)
            shutil.copy(folder / logo, self.site / "static" / slug / Path(logo).name)
        self.write(f"data/measures/{slug}.json", json.dumps(measures, ensure_ascii=False, indent=1))
        short = p.get("short_name") or p["name"]
        colour = p.get("brand_colour", "#1d4f91")
        accessibility = p.get("accessibility") or {}
        self.write(f"data/partnerships/{slug}.json", json.dumps({
            "name": p["name"], "short_name": short, "area": p.get("area", ""), "summary": p.get("summary", ""),
            "convener": p.get("convener"), "members": p.get("members", []),
            "brand_colour": colour, "brand_text_colour": text_colour(colour),
            "logo": f"{Path(logo).name}" if logo else None, "logo_alt": p.get("logo_alt"),
            "contact": {"address_lines": address, "phone": contact.get("phone"),
                        "phone_href": tel(contact["phone"]) if contact.get("phone") else None,
                        "email": contact.get("email"), "website": contact.get("website"),
                        "social": contact.get("social", [])},
            "help_lines": [{**h, "phone_href": tel(h["phone"])} for h in p.get("help_lines", [])],
            "alternative_formats": (p.get("alternative_formats") or "").strip(),
            "reviewed": accessibility.get("reviewed"), "known_issues": accessibility.get("known_issues", []),
        }, ensure_ascii=False, indent=1))

        self.write(f"content/{slug}/_index.md", front({"title": p["name"], "description": p.get("summary"),
                                                        "short_title": short, "weight": weight, "layout": "partnership"}))
        fixed = [("contact", "Contact us", f"How to get in touch with {p['name']}."),
                 ("accessibility", "Accessibility statement", f"How accessible the {p['name']} website is."),
                 ("data", "Open data", f"The figures behind {short}'s tables and charts, to download.")]
        for name, title, summary in fixed:
            outputs = ["html", "measurescsv", "measuresjson"] if name == "data" else None
            self.write(f"content/{slug}/{name}.md", front({"title": title, "description": summary, "layout": name,
                                                             "url": f"/{slug}/{name}/", "outputs": outputs}))
            self.pages += 1

        publications = sorted(sub for sub in folder.iterdir() if (sub / "publication.yaml").is_file())
        for order, pub in enumerate(publications, 1):
            y = yaml_load((pub / "publication.yaml").read_text(encoding="utf-8"), str(pub / "publication.yaml"))
            self.write(f"content/{slug}/{pub.name}/_index.md", front({
                "title": y["title"], "short_title": y.get("short_title") or y["title"], "period": y.get("period"),
                "kind_label": "Annual review" if y.get("kind") == "annual-review" else "Strategy",
                "description": y.get("summary"), "published": y.get("published"), "publication": True,
                "weight": order, "layout": "contents"}))
            self.pages += 1
            for chapter in sorted(pub.glob("*.md")):
                self.markdown_page(chapter, f"{slug}/{pub.name}/{chapter.name}", {"layout": "chapter"}, measures)
            if y.get("kind") == "annual-review" and y.get("period") and (folder / "data" / "outcomes.yaml").is_file():
                outcomes = yaml_load((folder / "data" / "outcomes.yaml").read_text(encoding="utf-8"), "outcomes.yaml")
                self.write(f"content/{slug}/{pub.name}/progress-against-our-outcomes.md", front({
                    "title": "Progress against our outcomes", "layout": "chapter", "weight": 1000,
                    "slug": "progress-against-our-outcomes",
                    "description": f"How each measure of our outcome framework moved in {y['period']}, against the year before.",
                }) + "\n" + progress_body(y["period"], outcomes, measures))
                self.pages += 1

        self.write(f"content/{slug}/news/_index.md", front({"title": "News", "description": f"Latest news from {p['name']}.",
                                                             "layout": "news-list"}))
        self.pages += 1
        for item in sorted((folder / "news").glob("*.md")):
            self.markdown_page(item, f"{slug}/news/{item.name}", {"layout": "news-item"}, measures, news=True)
        for page in sorted((folder / "pages").glob("*.md")):
            stem = number_and_slug(page.stem, False)[1]
            self.markdown_page(page, f"{slug}/pages/{page.name}", {
                "layout": "page", "url": f"/{slug}/{stem}/", "in_nav": True}, measures, leave_site=stem == "help")
        self.pages += 1  # the partnership home

    def run(self):
        content = self.project / "Content"
        if not (content / "site.yaml").is_file():
            sys.exit(f"{content}/site.yaml not found: is {self.project} a Pressroom project?")
        shutil.rmtree(self.site, ignore_errors=True)
        shutil.copytree(HERE / "site", self.site)
        site = yaml_load((content / "site.yaml").read_text(encoding="utf-8"), str(content / "site.yaml"))
        config = (self.site / "hugo.toml").read_text(encoding="utf-8")
        self.write("hugo.toml", f"title = {json.dumps(site.get('title', 'Pressroom'))}\n" + config
                   + f"\n[params]\ndescription = {json.dumps(site.get('description', ''), ensure_ascii=False)}\n")
        assets = self.project / "Templates" / "assets"
        shutil.copytree(assets if assets.is_dir() else REPO_ROOT / "Templates" / "assets", self.site / "static" / "assets")
        self.write("content/_index.md", front({"title": site.get("title", "Pressroom"),
                                               "description": site.get("description")}))
        self.pages += 2  # the portal and the not-found page
        folders = [f for f in sorted(content.iterdir()) if (f / "partnership.yaml").is_file()]
        for weight, folder in enumerate(folders, 1):
            self.partnership(folder, weight)
        return self.pages


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("project", type=Path, help="a Pressroom project (with Content/)")
    ap.add_argument("site", type=Path, help="the Hugo site to write (replaced)")
    args = ap.parse_args()
    pages = Converter(args.project, args.site).run()
    print(f"wrote a Hugo site of {pages} pages to {args.site}")


if __name__ == "__main__":
    main()
