#!/usr/bin/env python3
"""Write a synthetic Pressroom project of N Markdown pages for the benchmark.

    bench/generate.py --pages 1000 --out /tmp/pressroom-bench/pages-1000 [--seed 42]

Writes OUT/Content only (site.yaml and 20 partnerships); the caller copies Templates/.
The same seed and page count always give the same files. Standard library only.
"""
import argparse
import csv
import io
import itertools
import json
import random
import re
import shutil
from pathlib import Path

PARTNERSHIPS = [  # (folder, short name, area, convener)
    ("avon-and-somerset", "Avon and Somerset", "Bristol, Bath, North Somerset and Somerset", "Police and Crime Commissioner for Avon and Somerset"),
    ("cheshire", "Cheshire", "Cheshire East, Cheshire West, Halton and Warrington", "Police and Crime Commissioner for Cheshire"),
    ("cumbria", "Cumbria", "Cumberland and Westmorland and Furness", "Police, Fire and Crime Commissioner for Cumbria"),
    ("derbyshire", "Derbyshire", "Derby and Derbyshire", "Police and Crime Commissioner for Derbyshire"),
    ("devon-and-cornwall", "Devon and Cornwall", "Devon, Cornwall, Plymouth, Torbay and the Isles of Scilly", "Police and Crime Commissioner for Devon, Cornwall and the Isles of Scilly"),
    ("dyfed-powys", "Dyfed-Powys", "Carmarthenshire, Ceredigion, Pembrokeshire and Powys", "Police and Crime Commissioner for Dyfed-Powys"),
    ("essex", "Essex", "Essex, Southend-on-Sea and Thurrock", "Police, Fire and Crime Commissioner for Essex"),
    ("greater-manchester", "Greater Manchester", "the ten boroughs of Greater Manchester", "Deputy Mayor for Policing, Crime, Criminal Justice and Fire"),
    ("gwent", "Gwent", "Blaenau Gwent, Caerphilly, Monmouthshire, Newport and Torfaen", "Police and Crime Commissioner for Gwent"),
    ("hampshire", "Hampshire", "Hampshire, Portsmouth, Southampton and the Isle of Wight", "Police and Crime Commissioner for Hampshire and the Isle of Wight"),
    ("kent", "Kent", "Kent and Medway", "Police and Crime Commissioner for Kent"),
    ("lancashire", "Lancashire", "Lancashire, Blackburn with Darwen and Blackpool", "Police and Crime Commissioner for Lancashire"),
    ("merseyside", "Merseyside", "Knowsley, Liverpool, Sefton, St Helens and Wirral", "Police and Crime Commissioner for Merseyside"),
    ("north-wales", "North Wales", "Anglesey, Conwy, Denbighshire, Flintshire, Gwynedd and Wrexham", "Police and Crime Commissioner for North Wales"),
    ("northumbria", "Northumbria", "Northumberland, Tyne and Wear", "Mayor of the North East"),
    ("south-wales", "South Wales", "Cardiff, Swansea, Bridgend, Merthyr Tydfil and the Valleys", "Police and Crime Commissioner for South Wales"),
    ("south-yorkshire", "South Yorkshire", "Barnsley, Doncaster, Rotherham and Sheffield", "Mayor of South Yorkshire"),
    ("thames-valley", "Thames Valley", "Berkshire, Buckinghamshire and Oxfordshire", "Police and Crime Commissioner for Thames Valley"),
    ("west-midlands", "West Midlands", "Birmingham, Coventry, Dudley, Sandwell, Solihull, Walsall and Wolverhampton", "Mayor of the West Midlands"),
    ("west-yorkshire", "West Yorkshire", "Bradford, Calderdale, Kirklees, Leeds and Wakefield", "Mayor of West Yorkshire"),
]

COLOURS = ["#1d4f91", "#00594f", "#6a1b4d", "#8a2a0a", "#2c3e50", "#4b2e83", "#005a70", "#7a1f2b",
           "#1b5e20", "#3d3d8f", "#5c3c00", "#004b87", "#6b2c91", "#0b4f3c", "#8b0046", "#283593",
           "#3e4a12", "#0d47a1", "#54276b", "#004d40"]

# id, title, unit, desired direction, source, typical latest value
MEASURES = [
    ("sharp-object-admissions", "Hospital admissions for assault with a sharp object (under 25s)", "count", "reduce", "NHS Hospital Episode Statistics", 95),
    ("knife-crime", "Knife or sharp object enabled serious violence recorded by police", "rate per 100,000", "reduce", "Home Office police recorded crime", 48.5),
    ("homicides", "Homicides, all ages", "count", "reduce", "Home Office Homicide Index", 14),
    ("domestic-abuse-flag", "Violent offences flagged as domestic abuse", "percentage", "none", "Police recorded crime", 34.2),
    ("violence-with-injury", "Violence with injury", "rate per 1,000", "reduce", "Home Office police recorded crime", 9.8),
    ("first-time-entrants", "First-time entrants to the youth justice system", "rate per 100,000", "reduce", "Youth Justice Board", 152),
    ("knife-possession", "Possession of a knife or offensive weapon", "count", "reduce", "Police recorded crime", 410),
    ("robbery", "Personal robbery", "count", "reduce", "Police recorded crime", 620),
    ("ae-assault-attendances", "Emergency department attendances for assault", "count", "reduce", "Information Sharing to Tackle Violence data", 2300),
    ("school-suspensions", "Pupils with one or more suspensions", "percentage", "reduce", "Department for Education", 2.6),
    ("proven-reoffending", "Proven reoffending by young people", "percentage", "reduce", "Ministry of Justice", 31.4),
    ("prevention-funding", "Funding for violence prevention projects", "pounds", "increase", "Partnership accounts", 1450000),
    ("deprivation-rank", "Average rank of local areas on the Index of Multiple Deprivation", "rank", "none", "Ministry of Housing, Communities and Local Government", 118),
]
# Figures for every year an annual review can cover (reviews run from 1991/92 to 2025/26), so
# each review's progress chapter has figures for its period and the one before.
PERIODS = [f"{year}/{str(year + 1)[2:]}" for year in range(1990, 2026)]

PRIORITIES = [
    ("prevention", "Prevention and early intervention", "Stop violence before it starts.",
     [("fewer-young-people-harmed", "Fewer young people are injured by knives", ["sharp-object-admissions", "knife-crime"]),
      ("fewer-children-drawn-in", "Fewer children are drawn into the justice system", ["first-time-entrants", "school-suspensions"])]),
    ("safer-places", "Safer places and communities", "Make streets, town centres and the night-time economy safer.",
     [("less-violence-in-public", "Less violence in public places", ["violence-with-injury", "robbery", "ae-assault-attendances"]),
      ("fewer-weapons", "Fewer people carry weapons", ["knife-possession"])]),
    ("justice-and-support", "Justice and support", "Bring offenders to justice and support those affected.",
     [("fewer-lives-lost", "Fewer lives are lost to violence", ["homicides"]),
      ("less-reoffending", "Fewer people reoffend", ["proven-reoffending", "domestic-abuse-flag"])]),
]

PARTNERS = ["the police", "the county council", "the integrated care board", "the fire and rescue service",
            "the probation service", "the youth justice service", "local schools", "housing providers",
            "the violence reduction unit", "voluntary and community groups", "public health teams",
            "the district councils", "NHS trusts", "children's social care", "community safety officers"]
GROUPS = ["young people", "children at risk of exploitation", "victims of domestic abuse", "families",
          "people leaving custody", "pupils excluded from school", "young adults", "local residents",
          "people in the night-time economy", "care leavers", "parents and carers", "survivors of violence"]
ACTIONS = ["share information", "fund youth workers", "train front-line staff", "map the places where violence happens",
           "commission mentoring", "review every serious incident", "listen to young people",
           "invest in trauma-informed practice", "target the most harmful offenders",
           "support hospital navigators", "work with local businesses", "run focused deterrence",
           "improve street lighting", "offer diversionary activities", "pool budgets"]
SETTINGS = ["in schools", "in the emergency department", "on the streets", "in town centres at night",
            "in custody suites", "online", "in youth clubs", "on public transport", "in neighbourhoods with the highest need",
            "in family homes", "at transport hubs"]
RESULTS = ["fewer people are harmed", "violence falls", "young people feel safer", "fewer families are affected",
           "victims get help sooner", "partners act earlier", "communities regain confidence",
           "exploitation is spotted sooner", "repeat victimisation falls"]
TIMES = ["this year", "over the next three years", "by 2026", "in the coming year", "in the last twelve months",
         "every quarter", "from April", "during the summer holidays", "each week"]
ADVERBS = ["consistently", "jointly", "quickly", "openly", "carefully", "systematically", "together", "early"]
TEMPLATES = [
    "{P} and {p2} will {a} {s} so that {r}.",
    "We know that {g} are more likely to be harmed {s}, which is why we {a} {t}.",
    "{P} worked {adv} with {p2} to {a}, and the early evidence suggests that {r}.",
    "Our needs assessment found that violence {s} is concentrated among {g}.",
    "{t_}, {p} will {a} and report progress to the partnership board.",
    "When {p} {a} {s}, {r}.",
    "The Serious Violence Duty asks {p} to {a}; we have gone further and {a2} as well.",
    "When we listened to {g}, they asked for adults who {a} {adv}.",
    "We will measure whether {r} by looking at {m}.",
    "Funding from the Home Office lets {p} {a} {s} {t}.",
    "No single organisation can prevent violence alone, so {p}, {p2} and {p3} {a} {adv}.",
    "{G} told us that they do not always know where to go for help, so {p} will {a}.",
    "Between them, {p} and {p2} reached more than {n} {g} {t}.",
    "It is not enough to respond after harm has happened: we must {a} {s} and make sure {r}.",
    "Where {g} have been harmed {s}, {p} will {a} within {d} days.",
    "Across {w}, {p} {a} {adv} because {r} when we do.",
    "In {w} the partnership will {a} {s} {t}.",
    "Residents of {w} told us that they want {p} to {a}.",
]
HEADINGS = ["What we know", "What we will do", "Why this matters", "Who is involved", "What young people told us",
            "How we will know we are making a difference", "Our approach", "Working with communities",
            "Early intervention", "Enforcement and disruption", "Support for victims", "Information sharing",
            "Funding and resources", "Risks and challenges", "Next steps", "Lessons learned", "What has changed",
            "Our commitments", "Governance", "Where violence happens"]
CHAPTERS = ["Introduction", "About our area", "The Serious Violence Duty", "What the data tells us",
            "Our priorities", "Prevention and early intervention", "Working with young people", "Domestic abuse",
            "Violence in public places", "The night-time economy", "Knife crime", "Exploitation and county lines",
            "Support for victims and families", "Enforcement", "Education and schools", "Health partners",
            "Housing and neighbourhoods", "Voice of the community", "Measuring progress", "Governance and accountability",
            "Funding", "Case studies", "Looking ahead", "Glossary"]
THEMES = [("Serious Violence Strategy", "strategy"), ("Annual Review", "annual-review"),
          ("Violence Against Women and Girls Strategy", "strategy"), ("Knife Crime Plan", "strategy"),
          ("Youth Violence Review", "annual-review"), ("Strategic Needs Assessment", "annual-review"),
          ("Night-Time Economy Strategy", "strategy"), ("Community Safety Plan", "strategy")]
FOOTNOTES = ["Home Office, Serious Violence Duty: statutory guidance, December 2022.",
             "Office for National Statistics, Crime in England and Wales, year ending March 2024.",
             "Figures for the most recent year are provisional and may change.",
             "NHS Digital, Hospital Episode Statistics, admitted patient care.",
             "Youth Justice Board, youth justice statistics, 2023 to 2024.",
             "The partnership's strategic needs assessment, refreshed each year."]


def q(text):
    """A YAML double-quoted scalar (JSON strings are valid YAML)."""
    return json.dumps(text, ensure_ascii=False)


def cap(text):
    return text[0].upper() + text[1:]


def slug(text):
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


class Writer:
    def __init__(self, rng, out):
        self.rng, self.out, self.pages, self.bytes, self.files = rng, out, 0, 0, 0

    def write(self, path, text, page=False):
        path = self.out / path
        path.parent.mkdir(parents=True, exist_ok=True)
        data = text.encode()
        path.write_bytes(data)
        self.files += 1
        self.bytes += len(data)
        self.pages += page

    # Prose ----------------------------------------------------------------
    def sentence(self, place):
        r = self.rng
        p, p2, p3 = r.sample(PARTNERS, 3)
        t = r.choice(TIMES)
        return r.choice(TEMPLATES).format(
            P=cap(p), p=p, p2=p2, p3=p3, g=r.choice(GROUPS), G=cap(r.choice(GROUPS)),
            a=r.choice(ACTIONS), a2=r.choice(ACTIONS), s=r.choice(SETTINGS), r=r.choice(RESULTS), t=t,
            t_=cap(t), adv=r.choice(ADVERBS), m=r.choice(MEASURES)[1].lower(),
            n=r.randrange(40, 900), d=r.choice([2, 5, 10, 28]), w=place)

    def paragraph(self, place, extra=""):
        sentences = [self.sentence(place) for _ in range(self.rng.randint(3, 6))]
        if extra:
            sentences.insert(self.rng.randrange(1, len(sentences)), extra)
        return " ".join(sentences)

    def table(self, measures):
        r = self.rng
        kind = r.randrange(3)
        if kind == 0:
            rows = ["| Partner | Role | Lead |", "|---|---|---|"]
            for p in r.sample(PARTNERS, 5):
                rows.append(f"| {cap(p)} | {cap(r.choice(ACTIONS))} | {r.choice(['Chair', 'Deputy chair', 'Member', 'Adviser'])} |")
            return "Partners and their roles", rows
        if kind == 1:
            rows = ["| Measure | " + " | ".join(PERIODS[-3:]) + " |", "|---|---:|---:|---:|"]
            for m in r.sample(measures, 4):
                rows.append(f"| {m[1]} | " + " | ".join(str(r.randrange(10, 999)) for _ in range(3)) + " |")
            return "Recent figures for our measures", rows
        rows = ["| Action | Who | When |", "|---|---|---|"]
        for _ in range(5):
            rows.append(f"| {cap(r.choice(ACTIONS))} {r.choice(SETTINGS)} | {cap(r.choice(PARTNERS))} | {r.choice(['2024', '2025', '2026', 'Ongoing'])} |")
        return "Our action plan", rows

    def chapter_body(self, target, place, measures, links):
        r = self.rng
        m_inline, m_callout = r.sample(measures, 2)
        headings = itertools.cycle(r.sample(HEADINGS, len(HEADINGS)))
        notes = r.sample(FOOTNOTES, 2)
        caption, rows = self.table(measures)
        parts = [
            self.paragraph(place, f"The latest figure for {m_inline[1].lower()} is {{{{value {m_inline[0]}}}}}."),
            f"## {next(headings)}", self.paragraph(place, f"Partners agreed this approach in {r.randint(2019, 2024)}.[^1]"),
            "\n".join(f"- {cap(r.choice(ACTIONS))} {r.choice(SETTINGS)}" for _ in range(r.randint(3, 6))),
            f"### {next(headings)}", self.paragraph(place),
            "\n".join(f"{i}. {cap(r.choice(PARTNERS))} will {r.choice(ACTIONS)}" for i in range(1, r.randint(4, 7))),
            f"## {next(headings)}", self.paragraph(place, f"You can read more in {links}."),
            f"Table: {caption}\n\n" + "\n".join(rows),
            f"```measure-callout\nmeasure: {m_callout[0]}\n```",
            self.paragraph(place, "These figures include incidents in every district.[^2]"),
        ]
        parts.append(f"[^1]: {notes[0]}\n[^2]: {notes[1]}")
        size = sum(len(p) + 2 for p in parts)
        while size < target:  # whole paragraphs, then single sentences to land near the target
            if target - size > 800:
                extra = [f"## {next(headings)}"] if r.random() < 0.3 else []
                parts[-1:-1] = extra + [self.paragraph(place)]
            else:
                parts[-2] += " " + self.sentence(place)
            size = sum(len(p) + 2 for p in parts)
        return "\n\n".join(parts) + "\n"


def partnership_yaml(folder, short, area, convener, colour, logo):
    members = ["Police", "Fire and Rescue Service", "Probation Service", "Youth Justice Service",
               "Integrated Care Board", "County Council", "Violence Reduction Unit"]
    lines = [f"name: {q(short + ' Serious Violence Partnership')}", f"short_name: {q(short)}", f"area: {q(area)}",
             f"summary: {q(f'Police, councils, health, fire, probation and youth justice in {short} working together to prevent serious violence.')}",
             f"convener: {q(convener)}", "members:"] + [f"  - {q(short + ' ' + m)}" for m in members]
    lines.append(f'brand_colour: "{colour}"')
    if logo:
        lines += ["logo: logo.svg", f"logo_alt: {q(short + ' Serious Violence Partnership')}"]
    lines += ["contact:", "  address: |", "    Community Safety Team", f"    {short} House, 1 Market Street",
              "    AB1 2CD", "  phone: 01234 567890", f"  email: {folder}@example.org",
              f"  website: https://{folder}.example.org", "  social:", "    - name: Facebook",
              f"      url: https://www.facebook.com/{folder}", "help_lines:",
              "  - name: Emergency", '    phone: "999"', "    description: If you or someone else is in immediate danger.",
              "  - name: Crimestoppers", '    phone: "0800 555 111"', "    description: Give information anonymously.",
              "alternative_formats: |",
              "  If you need this information in another format, such as large print, easy read, audio or another language, email us and we will reply within 10 working days.",
              "accessibility:", "  reviewed: 2024-11-01", "  known_issues:",
              "    - Some older PDF documents are not fully accessible."]
    return "\n".join(lines) + "\n"


def csv_text(rows):
    out = io.StringIO()
    csv.writer(out, lineterminator="\n").writerows(rows)
    return out.getvalue()


def data_files(rng):
    measures = [["id", "title", "unit", "desired_direction", "source", "description"]]
    values = [["measure", "period", "area", "value", "national"]]
    for mid, title, unit, direction, source, typical in MEASURES:
        measures.append([mid, title, unit, direction, source, f"{title} in the whole partnership area."])
        level = typical
        for period in PERIODS:
            level *= rng.uniform(0.92, 1.08)
            value = f"{round(level)}" if unit in ("count", "rank", "pounds") else f"{level:.1f}"
            national = "" if unit in ("rank", "pounds", "count") else f"{typical * rng.uniform(0.8, 1.2):.1f}"
            values.append([mid, period, "", value, national])
    outcomes = ["priorities:"]
    for pid, title, summary, items in PRIORITIES:
        outcomes += [f"  - id: {pid}", f"    title: {q(title)}", f"    summary: {q(summary)}", "    outcomes:"]
        for oid, otitle, ms in items:
            outcomes += [f"      - id: {oid}", f"        title: {q(otitle)}", f"        measures: [{', '.join(ms)}]"]
    return csv_text(measures), csv_text(values), "\n".join(outcomes) + "\n"


def spread(total, parts, rng):
    """Split total into parts whole numbers, roughly even with some variation."""
    weights = [rng.uniform(0.6, 1.4) for _ in range(parts)]
    counts = [int(total * w / sum(weights)) for w in weights]
    for i in range(total - sum(counts)):
        counts[i % parts] += 1
    return counts


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--pages", type=int, required=True, help="Markdown pages in all (at least 60)")
    ap.add_argument("--out", type=Path, required=True, help="project folder; its Content/ is replaced")
    ap.add_argument("--seed", type=int, default=42)
    args = ap.parse_args()
    if args.pages < 60:
        ap.error("--pages must be at least 60")
    rng = random.Random(args.seed)
    content = args.out / "Content"
    shutil.rmtree(content, ignore_errors=True)
    w = Writer(rng, content)
    w.write("site.yaml", "title: Community safety partnerships\n"
            "description: Strategies, annual reviews and advice from the partnerships of England and Wales.\n"
            "base_url: https://example.org/\n")

    help_pages = len(PARTNERSHIPS)
    news = max(len(PARTNERSHIPS), args.pages // 12)
    chapters = args.pages - help_pages - news
    news_counts, chapter_counts = spread(news, 20, rng), spread(chapters, 20, rng)
    for index, (folder, short, area, convener) in enumerate(PARTNERSHIPS):
        logo = index % 2 == 0
        w.write(f"{folder}/partnership.yaml", partnership_yaml(folder, short, area, convener, COLOURS[index], logo))
        if logo:
            w.write(f"{folder}/logo.svg", '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 40 40">'
                    f'<circle cx="20" cy="20" r="18" fill="{COLOURS[index]}"/></svg>\n')
        for name, text in zip(["measures.csv", "values.csv", "outcomes.yaml"], data_files(rng)):
            w.write(f"{folder}/data/{name}", text)
        w.write(f"{folder}/pages/help.md", "---\ntitle: Help and advice\nsummary: Where to get help now.\n---\n\n"
                + w.paragraph(short) + "\n\n## If you are in danger\n\nCall 999. " + w.paragraph(short) + "\n", page=True)

        # Publications: theme x year, each with 6 to 12 chapters.
        editions = [(theme, kind, year) for year in range(2025, 1990, -1) for theme, kind in THEMES]
        left, number = chapter_counts[index], 0
        while left > 0:
            theme, kind, year = editions[number % len(editions)]
            suffix = f"-{number // len(editions) + 1}" if number >= len(editions) else ""
            number += 1
            period = f"{year}/{str(year + 1)[2:]}" if kind == "annual-review" else f"{year}–{year + 4}"
            title = f"{theme} {period}"
            pub = f"{folder}/{slug(title)}{suffix}"
            count = min(left, rng.randint(6, 12))
            left -= count
            w.write(f"{pub}/publication.yaml",
                    f"title: {q(title)}\nperiod: {q(period)}\nkind: {kind}\n"
                    f"summary: {q(f'How partners in {short} will prevent and reduce serious violence.')}\n"
                    f"published: {year}-0{rng.randint(1, 9)}-{rng.randint(10, 28)}\n")
            names = ["Foreword"] + rng.sample(CHAPTERS, count - 1)
            files = [f"{i:02d}-{slug(name)}.md" for i, name in enumerate(names, 1)]
            for i, (name, file) in enumerate(zip(names, files)):
                links = f"[{names[i - 1].lower()}]({files[i - 1]})" if i else "[help and advice](../pages/help.md)"
                front = f"---\ntitle: {q(name)}\nsummary: {q(f'{name} in the {theme.lower()} for {short}.')}\n---\n\n"
                body = w.chapter_body(rng.randint(4300, 5800) - len(front), short, MEASURES, links)
                w.write(f"{pub}/{file}", front + body, page=True)

        used = set()
        for _ in range(news_counts[index]):
            date = f"{rng.randint(2019, 2025)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
            title = f"{cap(rng.choice(PARTNERS))} to {rng.choice(ACTIONS)} {rng.choice(SETTINGS)}"
            base = slug(title)
            name = base = base if len(base) <= 50 else base[:51].rsplit("-", 1)[0]  # whole words
            while name in used:
                name = f"{base}-{len(used)}"
            used.add(name)
            w.write(f"{folder}/news/{date}-{name}.md",
                    f"---\ntitle: {q(title)}\ndate: {date}\nsummary: {q(w.sentence(short))}\n---\n\n"
                    + "\n\n".join(w.paragraph(short) for _ in range(rng.randint(2, 4))) + "\n", page=True)

    print(f"wrote {w.pages} pages ({help_pages} help, {news} news, {chapters} chapters) "
          f"in {w.files} files, {w.bytes:,} bytes, to {content}")


if __name__ == "__main__":
    main()
