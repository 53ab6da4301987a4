#!/usr/bin/env python3
"""check-links.py DIR — offline check of the internal links of a built site (stdlib only).

Every internal href/src/srcset of a, area, link, script, img, source, iframe, video, audio and
track must resolve to a file in DIR (a folder resolves to its index.html; query strings are
ignored), and every #fragment must be an id of the target page. External links (anything with
a scheme: http, https, mailto, tel, data, ...) are not followed. Duplicate ids are flagged too.
Prints `path: broken link to X (reason)` per problem and a closing line; exits 1 on any problem.
"""
import html.parser
import os
import sys
import urllib.parse

REFS = {"a": ("href",), "area": ("href",), "link": ("href",), "script": ("src",),
        "img": ("src", "srcset"), "source": ("src", "srcset"), "iframe": ("src",),
        "video": ("src", "poster"), "audio": ("src",), "track": ("src",)}


class Page(html.parser.HTMLParser):
    def __init__(self, path):
        super().__init__()
        self.ids, self.duplicates, self.refs = set(), [], []
        with open(path, encoding="utf-8", errors="replace") as fh:
            self.feed(fh.read())
        self.close()

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if attrs.get("id") is not None:
            (self.duplicates.append if attrs["id"] in self.ids else self.ids.add)(attrs["id"])
        for name in REFS.get(tag, ()):
            value = (attrs.get(name) or "").strip()
            if name == "srcset":
                self.refs += [c.split()[0] for c in value.split(",") if c.strip()]
            elif name in attrs:
                self.refs.append(value)


def main():
    if len(sys.argv) != 2 or not os.path.isdir(sys.argv[1]):
        sys.exit("usage: check-links.py DIR")
    top = sys.argv[1]
    root = os.path.abspath(top)
    pages = sorted(os.path.join(d, f) for d, _, fs in os.walk(root) for f in fs if f.endswith(".html"))
    parsed = {}

    def page(path):
        if path not in parsed:
            parsed[path] = Page(path)
        return parsed[path]

    def show(path):
        return os.path.join(top, os.path.relpath(path, root))

    problems = links = 0
    for path in pages:
        for dup in sorted(set(page(path).duplicates)):
            print(f'{show(path)}: duplicate id "{dup}"')
            problems += 1
        for url in dict.fromkeys(page(path).refs):
            parts = urllib.parse.urlsplit(url)
            if parts.scheme or parts.netloc:
                continue
            links += 1
            target, fragment = path, urllib.parse.unquote(parts.fragment)
            if parts.path:
                rel = urllib.parse.unquote(parts.path)
                target = os.path.normpath(os.path.join(root if rel.startswith("/") else os.path.dirname(path),
                                                       rel.lstrip("/")))
                if rel.endswith("/") or os.path.isdir(target):
                    target = os.path.join(target, "index.html")
            if os.path.commonpath([root, target]) != root:
                reason = "outside the site"
            elif not os.path.isfile(target):
                reason = f"no file {show(target)}"
            elif (fragment and fragment.lower() != "top" and target.endswith(".html")
                  and fragment not in page(target).ids and parts.fragment not in page(target).ids):
                reason = f'no id "{fragment}" in {show(target)}'
            else:
                continue
            print(f"{show(path)}: broken link to {url} ({reason})")
            problems += 1
    print(f"check-links: {len(pages)} page(s), {links} internal link(s), {problems} problem(s)")
    return 1 if problems or not pages else 0


if __name__ == "__main__":
    sys.exit(main())
