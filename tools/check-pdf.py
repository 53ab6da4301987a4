#!/usr/bin/env python3
"""check-pdf.py [DIR|FILE.pdf]... — checks the PDFs Pressroom makes (every *.pdf under each DIR).

For each PDF, and the print HTML it was made from when it lies beside it (print/index.html):
  - it is tagged: /MarkInfo /Marked true and a structure tree;
  - it has a language (/Lang), the print HTML's when there is one;
  - it has a title, in the document information and in the XMP metadata, shown in the window's
    title bar (/ViewerPreferences /DisplayDocTitle true);
  - every /Figure in the structure tree has alt text (/Alt);
  - its contents (the print HTML's ol.print-contents__list, or the dotted lines of its contents
    page) print, for every chapter, the page on which that chapter's title starts a line;
  - its top-level bookmarks are the chapters of the contents, in order, each leading to the page
    where the chapter starts (bookmarks before the first chapter and after the last are allowed).
Prints `path: problem` for every problem, then `check-pdf: N PDF(s), M page(s), K problem(s)`;
exits 1 if there is any problem, 2 if it cannot run. Runs in <repo>/.venv-pdf (pikepdf), made by
scripts/install-pdf-engine.sh; needs pdftotext (poppler-utils).
"""
import html.parser
import os
import re
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
VENV = os.path.abspath(os.environ.get("PRESSROOM_PDF_VENV", os.path.join(os.path.dirname(HERE), ".venv-pdf")))
LEADER = re.compile(r"\s*\.{3,}\s*(\d+)")  # a dotted leader and a page number
pikepdf = None  # imported by in_venv()


def main(args):
    if not args or args[0] in ("-h", "--help"):
        print(__doc__.strip())
        return 0 if args else 2
    pdfs = []
    for arg in args:
        if os.path.isdir(arg):
            pdfs += sorted(os.path.join(d, f) for d, _, fs in os.walk(arg) for f in fs if f.endswith(".pdf"))
        elif os.path.isfile(arg):
            pdfs.append(arg)
        else:
            print(f"check-pdf: {arg}: no such file or folder", file=sys.stderr)
            return 2
    if not pdfs:
        print(f"check-pdf: no PDFs in {' '.join(args)}")
        return 0
    in_venv()
    pages = problems = 0
    for path in pdfs:
        found, count = check(path)
        for problem in found:
            print(f"{path}: {problem}")
        pages += count
        problems += len(found)
    print(f"check-pdf: {len(pdfs)} PDF(s), {pages} page(s), {problems} problem(s)")
    return 1 if problems else 0


def in_venv():
    """pikepdf, from the PDF venv: re-runs this script with the venv's Python when it is not here."""
    global pikepdf
    try:
        import pikepdf
    except ImportError:
        python = os.path.join(VENV, "bin", "python")
        if os.path.realpath(sys.prefix) != os.path.realpath(VENV) and os.path.exists(python):
            os.execv(python, [python, os.path.abspath(__file__), *sys.argv[1:]])
        sys.exit("check-pdf: pikepdf not found: run scripts/install-pdf-engine.sh")


def check(path):
    """Every problem of one PDF, and its page count."""
    try:
        pdf = pikepdf.open(path)
    except Exception as error:  # pikepdf raises several kinds for damaged files
        return [f"cannot be read as a PDF ({error})"], 0
    with pdf:
        root, problems = pdf.Root, []
        source = PrintHTML.beside(path)

        mark_info = root.get("/MarkInfo")
        if mark_info is None or mark_info.get("/Marked") is not True:
            problems.append("not tagged (no /MarkInfo /Marked true)")
        tree = root.get("/StructTreeRoot")
        if tree is None or not kids(tree):
            problems.append("not tagged (no structure tree, /StructTreeRoot)")

        lang = str(root.get("/Lang", "")).strip()
        if not lang:
            problems.append("no language (/Lang is missing or empty; is lang set on <html>?)")
        elif source and source.lang and lang.lower() != source.lang.lower():
            problems.append(f"language is {lang!r}, but the print HTML says {source.lang!r}")

        if not str(pdf.docinfo.get("/Title", "")).strip():
            problems.append("no title in the document information (/Title)")
        with pdf.open_metadata() as xmp:
            if not str(xmp.get("dc:title", "")).strip():
                problems.append("no title in the XMP metadata (dc:title)")
        preferences = root.get("/ViewerPreferences")
        if preferences is None or preferences.get("/DisplayDocTitle") is not True:
            problems.append("title not shown in the title bar (no /ViewerPreferences /DisplayDocTitle true)")

        page_numbers = {page.objgen: number for number, page in enumerate(pdf.pages, 1)}
        if tree is not None:
            problems += figures_without_alt(tree, page_numbers)

        texts = page_texts(path)
        contents = source.contents if source and source.contents else contents_from_text(texts)
        if not contents:
            problems.append("no contents found (no ol.print-contents__list beside it, no dotted contents lines)")
        else:
            starts, found = chapter_starts(contents, texts)
            problems += found
            problems += contents_pages(contents, texts, starts)
            problems += bookmarks(pdf, contents, starts, page_numbers)
        return problems, len(pdf.pages)


def kids(element):
    k = element.get("/K")
    if k is None:
        return []
    return list(k) if isinstance(k, pikepdf.Array) else [k]


def figures_without_alt(tree, page_numbers):
    """One problem per page holding /Figure elements with neither /Alt nor /ActualText."""
    missing, stack, seen = {}, list(kids(tree)), set()
    while stack:
        element = stack.pop()
        if not isinstance(element, pikepdf.Dictionary) or "/S" not in element:
            continue
        if element.objgen != (0, 0):
            if element.objgen in seen:
                continue
            seen.add(element.objgen)
        if element.S == "/Figure" and not any(str(element.get(key, "")).strip() for key in ("/Alt", "/ActualText")):
            page = element.get("/Pg")
            number = page_numbers.get(page.objgen, 0) if page is not None else 0
            missing[number] = missing.get(number, 0) + 1
        stack.extend(kids(element))
    return [f"page {page or '?'}: {count} figure(s) without alt text (/Figure with no /Alt; an SVG needs a <title>)"
            for page, count in sorted(missing.items())]


def page_texts(path):
    """The text of each page, laid out, as lists of lines with runs of spaces made one."""
    try:
        text = subprocess.run(["pdftotext", "-layout", "-enc", "UTF-8", path, "-"],
                              capture_output=True, text=True, check=True).stdout
    except (OSError, subprocess.CalledProcessError) as error:
        sys.exit(f"check-pdf: pdftotext failed on {path} ({error}); install poppler-utils")
    pages = text.split("\f")
    if pages and not pages[-1].strip():
        pages.pop()
    return [[squash(line) for line in page.splitlines() if line.strip()] for page in pages]


def squash(text):
    return " ".join(text.split())


def contents_from_text(texts):
    """(chapter heading, None) for each dotted line of the first contents page(s) of the PDF."""
    entries = []
    for lines in texts:
        dotted = [LEADER.split(line)[0].strip() for line in lines if LEADER.search(line)]
        if entries and not dotted:
            break
        entries += [(title, None) for title in dotted if title]
    return entries


def contents_end(texts):
    """The number of the last page with dotted contents lines, in the first run of such pages."""
    last = 0
    for number, lines in enumerate(texts, 1):
        if any(LEADER.search(line) for line in lines):
            last = number
        elif last:
            break
    return last


def chapter_starts(contents, texts):
    """The page on which each chapter's heading starts a line, after the contents."""
    first, starts, problems = contents_end(texts) + 1, {}, []
    for heading, _ in contents:
        for number in range(first, len(texts) + 1):
            if any(starts_heading(line, heading) for line in texts[number - 1]):
                starts[heading] = number
                first = number
                break
        else:
            problems.append(f"chapter {heading!r} is in the contents, but no page after the contents starts it")
    return starts, problems


def starts_heading(line, heading):
    """Whether a line of text is the heading, or the first line of it when it wraps."""
    if LEADER.search(line):
        return False
    return line == heading or (len(line) >= 12 and heading.startswith(line + " "))


def contents_pages(contents, texts, starts):
    """The page number printed after each chapter in the contents, against where it starts."""
    text = " ".join(" ".join(lines) for lines in texts[:contents_end(texts)])
    problems, position = [], 0
    for heading, title in contents:
        match = None
        for words in (heading, title):
            at = text.find(words, position) if words else -1
            if at >= 0:
                match = LEADER.match(text, at + len(words))
                break
        if not match:
            problems.append(f"contents: no page number after {heading!r}")
            continue
        position = match.end()
        printed, start = int(match.group(1)), starts.get(heading)
        if start is not None and printed != start:
            problems.append(f"contents: {heading!r} is listed on page {printed}, but starts on page {start}")
    return problems


def bookmarks(pdf, contents, starts, page_numbers):
    """Top-level bookmarks against the chapters of the contents, and the pages they lead to."""
    with pdf.open_outline() as outline:
        items = [(squash(item.title or ""), destination_page(pdf, item, page_numbers)) for item in outline.root]
    if not items:
        return ["no bookmarks (outline)"]
    headings = [heading for heading, _ in contents]
    by_name = {heading: heading for heading in headings} | {title: heading for heading, title in contents if title}
    matching = [i for i, (name, _) in enumerate(items) if name in by_name]
    chapters = items[matching[0]:matching[-1] + 1] if matching else []
    found = [by_name.get(name, name) for name, _ in chapters]
    if found != headings:
        missing = [heading for heading in headings if heading not in found]
        extra = [name for name in found if name not in headings]
        what = "; ".join(filter(None, [missing and f"no bookmark for {', '.join(map(repr, missing))}",
                                       extra and f"bookmarks among the chapters that are not in the contents: {', '.join(map(repr, extra))}"]))
        return [f"bookmarks do not match the contents: {what or 'chapters out of order'}"]
    problems = []
    for heading, (_, page) in zip(headings, chapters):
        if page is not None and heading in starts and page != starts[heading]:
            problems.append(f"bookmark {heading!r} leads to page {page}, but the chapter starts on page {starts[heading]}")
    return problems


def destination_page(pdf, item, page_numbers):
    """The page number a bookmark leads to, when it can be told."""
    destination = item.destination
    if destination is None and item.action is not None:
        destination = item.action.get("/D")
    if isinstance(destination, (pikepdf.String, pikepdf.Name)) and "/Names" in pdf.Root and "/Dests" in pdf.Root.Names:
        destination = pikepdf.NameTree(pdf.Root.Names.Dests).get(str(destination))
    if isinstance(destination, pikepdf.Dictionary):
        destination = destination.get("/D")
    if isinstance(destination, pikepdf.Array) and len(destination) and isinstance(destination[0], pikepdf.Dictionary):
        return page_numbers.get(destination[0].objgen)
    return None


class PrintHTML(html.parser.HTMLParser):
    """What the check needs from a print HTML document: its language and its contents list."""

    @classmethod
    def beside(cls, pdf_path):
        path = os.path.join(os.path.dirname(pdf_path), "print", "index.html")
        if not os.path.isfile(path):
            return None
        parser = cls()
        with open(path, encoding="utf-8") as file:
            parser.feed(file.read())
        return parser

    def __init__(self):
        super().__init__()
        self.lang, self.contents = None, []
        self._in_list = self._in_link = self._in_title = False
        self._link, self._title = [], []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        classes = (attrs.get("class") or "").split()
        if tag == "html":
            self.lang = attrs.get("lang")
        elif tag == "ol" and "print-contents__list" in classes:
            self._in_list = True
        elif tag == "a" and self._in_list:
            self._in_link, self._link, self._title = True, [], []
        elif tag == "span" and self._in_link and "print-contents__title" in classes:
            self._in_title = True

    def handle_endtag(self, tag):
        if tag == "ol":
            self._in_list = False
        elif tag == "a" and self._in_link:
            self._in_link = False
            self.contents.append((squash("".join(self._link)), squash("".join(self._title)) or None))
        elif tag == "span":
            self._in_title = False

    def handle_data(self, data):
        if self._in_link:
            self._link.append(data)
        if self._in_title:
            self._title.append(data)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
