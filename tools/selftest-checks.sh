#!/usr/bin/env bash
# selftest-checks.sh — prove the output checks pass on a clean site (fixtures/good) and fail, with the
# expected message, on each broken one (fixtures/bad-*). The PDFs of fixtures/*-pdf are made here, with
# WeasyPrint, from their print/index.html. Ends with `selftest-checks: N passed, M failed`.
set -u
T=$(cd "$(dirname "$0")" && pwd)
"$T/setup-checks.sh" || exit 2
"$T/../scripts/install-pdf-engine.sh" || exit 2
WEASYPRINT=${PRESSROOM_PDF_VENV:-$T/../.venv-pdf}/bin/weasyprint
cd "$T/fixtures" || exit 2
out=$(mktemp); pdfs=$(mktemp -d); trap 'rm -rf "$out" "$out.png" "$pdfs"' EXIT
pass=0 fail=0 start=$SECONDS

run() { "$@" >"$out" 2>&1; rc=$?; }   # run CHECK DIR: keep its output and exit status
ok() {                                 # ok DESCRIPTION TEST...: one assertion
  local what=$1; shift
  if "$@"; then echo "ok   - $what"; pass=$((pass + 1))
  else echo "FAIL - $what"; sed 's/^/       | /' "$out"; fail=$((fail + 1)); fi
}
says() { grep -qE -- "$1" "$out"; }   # says REGEX: the last run printed a matching line
says_no() { ! says "$1"; }             # says_no REGEX: the last run printed no matching line
render() {                             # render FIXTURE: $pdfs/FIXTURE/FIXTURE.pdf beside its print/, as a build lays them out
  mkdir "$pdfs/$1" && ln -s "$T/fixtures/$1/print" "$pdfs/$1/print" &&
    run "$WEASYPRINT" --pdf-variant pdf/ua-1 --encoding utf-8 "$1/print/index.html" "$pdfs/$1/$1.pdf"
}

run "$T/check-output.sh" good
ok "check-output passes on good" [ $rc -eq 0 ]
ok "  check-html passes on good (3 pages)" says '^  html +ok .* 3 page\(s\), 0 error\(s\)'
ok "  check-a11y passes on good (3 pages, 2 viewports)" says '^  a11y +ok .* 3 page\(s\) x 2 viewports, 0 violation'
ok "  check-links passes on good" says '^  links +ok .* 0 problem\(s\)'
ok "  check-reading passes on good" says '^  reading +ok .* 0 problem\(s\)'
ok "  check-tables passes on good" says '^  tables +ok .* 3 page\(s\), .* 0 problem\(s\)'
ok "  check-pdf passes on good, which has no PDFs" says '^  pdf +ok .* no PDFs in good$'
ok "  closing line: all 6 checks passed" says '^check-output: 6 passed, 0 failed$'

run "$T/check-html.sh" bad-html
ok "check-html fails on bad-html" [ $rc -eq 1 ]
ok "  div inside ul" says '^bad-html/index.html:11:1: error: Element “div” not allowed as child of element “ul”'
ok "  stray end tag" says '^bad-html/index.html:13:37: error: Stray end tag “span”'
ok "  duplicate attribute" says '^bad-html/index.html:14:1: error: Duplicate attribute “alt”'
ok "  closing count" says '^check-html: 1 page\(s\), 3 error\(s\)'

run "$T/check-html.sh" bad-a11y
ok "check-html passes on bad-a11y (its faults are not HTML errors)" [ $rc -eq 0 ]

run "$T/check-a11y.py" bad-a11y
ok "check-a11y fails on bad-a11y" [ $rc -eq 1 ]
ok "  image without alt, both viewports" says '^bad-a11y/index.html: \[desktop,phone\] image-alt \(critical\) 1 node'
ok "  low-contrast text on desktop" says '^bad-a11y/index.html: \[desktop\] color-contrast \(serious\) 1 node.* — \.faint$'
ok "  text low-contrast on phone only" says '^bad-a11y/index.html: \[phone\] color-contrast .*\.phone-faint'
ok "  small touch targets (wcag22aa)" says '^bad-a11y/index.html: \[desktop,phone\] target-size \(serious\) 2 node'
ok "  missing stylesheet (HTTP 404)" says '^bad-a11y/index.html: HTTP 404 for /missing.css$'
ok "  no reflow at 320 px (page scrolls sideways)" says '^bad-a11y/index.html: \[320px\] reflow \(serious\)'
ok "  closing count" says '^check-a11y: 1 page\(s\) x 2 viewports, 5 violation\(s\) on 1 page\(s\), 1 HTTP 404'

run "$T/check-links.py" bad-links
ok "check-links fails on bad-links" [ $rc -eq 1 ]
ok "  missing page" says '^bad-links/index.html: broken link to missing.html \(no file'
ok "  missing anchor on another page" says '^bad-links/index.html: broken link to about.html#nowhere \(no id "nowhere"'
ok "  missing anchor on the same page" says '^bad-links/index.html: broken link to #also-nowhere \(no id'
ok "  folder without index.html" says '^bad-links/index.html: broken link to news/ \(no file bad-links/news/index.html\)'
ok "  duplicate id" says '^bad-links/about.html: duplicate id "contact"$'
ok "  closing count" says '^check-links: 2 page\(s\), 7 internal link\(s\), 5 problem\(s\)$'

run "$T/check-output.sh" bad-links
ok "check-output fails on bad-links" [ $rc -eq 1 ]
ok "  closing line: html and links failed, a11y, reading, tables and pdf passed" says '^check-output: 4 passed, 2 failed$'

run "$T/check-reading.py" bad-reading
ok "check-reading fails on bad-reading" [ $rc -eq 1 ]
ok "  callout read label first" says '^index.html: callout reads .Crimes recorded 29,450'
ok "  direction symbol read aloud" says '^index.html: callout .* reads a direction symbol aloud'
ok "  change not judged in words" says 'does not say in words whether the change is better or worse'
ok "  no skip link first" says '^index.html: first Tab stop is a .Home., not the skip link'
ok "  focus not visible" says '^index.html: Tab stop 1 \(a .Home.\) shows no focus indicator'

run "$T/check-tables.py" good-tables
ok "check-tables passes on good-tables (cards, a narrow table, a table in closed <details>)" [ $rc -eq 0 ]
ok "  closing count" says '^check-tables: 1 page\(s\), 3 table\(s\) on 1 page\(s\), [0-9]+ cell\(s\) at 375 px, 0 problem\(s\)$'

run "$T/check-tables.py" bad-tables
ok "check-tables fails on bad-tables" [ $rc -eq 1 ]
ok "  wide table in a region that scrolls sideways" says '^bad-tables/index.html: table "Measures in a region that scrolls sideways": cell "Worse" is clipped at 375 px \(right edge [0-9]+ > 375\)$'
ok "  table wider than the page" says '^bad-tables/index.html: table "Measures wider than the page": cell "5 \(2022/23\)" is clipped at 375 px \(right edge [0-9]+ > 375\)$'
ok "  column hidden on narrow screens" says '^bad-tables/index.html: table "Measures wider than the page": cell "4 \(2021/22\)" is hidden at 375 px'
ok "  cards without labels" says '^bad-tables/index.html: table "Cards without labels": cell "37" has no visible label at 375 px'
ok "  cut off by a box with overflow hidden" says '^bad-tables/index.html: table "Figures in a box that cuts them off": cell "1,300" is clipped at 375 px \(right edge [0-9]+ > [0-9]+, the edge of div.box\)$'
ok "  closing count" says '^check-tables: 1 page\(s\), 4 table\(s\) on 1 page\(s\), [0-9]+ cell\(s\) at 375 px, 15 problem\(s\)$'

render good-pdf
ok "weasyprint makes good-pdf's PDF" [ $rc -eq 0 -a -s "$pdfs/good-pdf/good-pdf.pdf" ]
ok "  and logs no ERROR" says_no '^ERROR'
run env -C "$pdfs" "$T/check-pdf.py" good-pdf
ok "check-pdf passes on good-pdf (cover, 3 chapters, a chart, a table across pages)" [ $rc -eq 0 ]
ok "  closing count" says '^check-pdf: 1 PDF\(s\), [0-9]+ page\(s\), 0 problem\(s\)$'

render bad-pdf
ok "weasyprint makes bad-pdf's PDF all the same (exit 0)" [ $rc -eq 0 -a -s "$pdfs/bad-pdf/bad-pdf.pdf" ]
ok "  though it logs ERROR for the missing lang" says '^ERROR: Missing required "lang"'
run env -C "$pdfs" "$T/check-pdf.py" bad-pdf
ok "check-pdf fails on bad-pdf" [ $rc -eq 1 ]
ok "  no lang on <html>" says '^bad-pdf/bad-pdf.pdf: no language \(/Lang is missing or empty'
ok "  chart without a title: a figure without alt text" says '^bad-pdf/bad-pdf.pdf: page [0-9]+: 1 figure\(s\) without alt text'
ok "  contents page number typed in, not counted" says "^bad-pdf/bad-pdf.pdf: contents: '2 The figures, neighbourhood by neighbourhood' is listed on page 9, but starts on page [0-9]+$"
ok "  closing count" says '^check-pdf: 1 PDF\(s\), [0-9]+ page\(s\), 3 problem\(s\)$'

run "$T/check-a11y.py" good --screenshot reports/ "$out.png" --width 375
ok "check-a11y --screenshot saves a phone-width page" [ $rc -eq 0 -a -s "$out.png" ]

echo "selftest-checks: $((SECONDS - start)) s"
echo "selftest-checks: $pass passed, $fail failed"
[ $fail -eq 0 ]
