#!/usr/bin/env bash
# check-output.sh DIR — all output checks on a generated site: HTML validity (vnu), accessibility
# (axe-core in Chromium, desktop and phone), internal links, reading order and keyboard use, data
# tables readable whole at 375 px (no cell clipped), and the PDFs (tagged, language, title, alt text,
# bookmarks, contents page numbers; "no PDFs" when there are none). Installs what they need first.
# Ends with `check-output: N passed, M failed`; exits 1 if any check failed, 2 if setup failed.
set -uo pipefail
T=$(cd "$(dirname "$0")" && pwd)
DIR=${1:?usage: check-output.sh DIR}
[ -d "$DIR" ] || { echo "check-output: $DIR is not a directory" >&2; exit 2; }
"$T/setup-checks.sh" || { echo "check-output: setup failed" >&2; exit 2; }

log=$(mktemp); trap 'rm -f "$log"' EXIT
pass=0 fail=0 summary=""
run() { # run NAME COMMAND...: run one check, keep its closing line, time and verdict
  local name=$1 t0 ms status; shift
  t0=$(date +%s%N)
  "$@" 2>&1 | tee "$log"
  if [ "${PIPESTATUS[0]}" -eq 0 ]; then status=ok; pass=$((pass + 1)); else status=FAIL; fail=$((fail + 1)); fi
  ms=$(( ($(date +%s%N) - t0) / 1000000 ))
  summary+=$(printf '  %-7s %-4s %5d.%d s  %s' "$name" "$status" $((ms / 1000)) $((ms % 1000 / 100)) \
    "$(sed -n "s/^check-$name: //p" "$log" | tail -1)")$'\n'
}
run html "$T/check-html.sh" "$DIR"
run a11y "$T/check-a11y.py" "$DIR"
run links "$T/check-links.py" "$DIR"
run reading "$T/check-reading.py" "$DIR"
run tables "$T/check-tables.py" "$DIR"
run pdf "$T/check-pdf.py" "$DIR"

echo
echo "check-output: $DIR, $(find "$DIR" -type f -name '*.html' | wc -l) page(s) checked"
printf '%s' "$summary"
echo "check-output: $pass passed, $fail failed"
[ "$fail" -eq 0 ]
