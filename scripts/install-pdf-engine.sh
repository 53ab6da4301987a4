#!/usr/bin/env bash
# install-pdf-engine.sh — installs what making and checking PDFs needs and is missing; says nothing
# when everything is there.
#   Debian: Pango (WeasyPrint's text layout), HarfBuzz subsetting, the fonts the print stylesheet
#   names (Liberation, DejaVu), poppler-utils (pdftotext, pdfinfo, pdftoppm for tools/check-pdf.py)
#   and python3-venv.
#   PyPI, into <repo>/.venv-pdf (or $PRESSROOM_PDF_VENV): WeasyPrint and pikepdf, pinned below.
# pressroom build runs .venv-pdf/bin/weasyprint; tools/check-pdf.py runs in .venv-pdf/bin/python.
set -euo pipefail
REPO=$(cd "$(dirname "$0")/.." && pwd)
VENV=${PRESSROOM_PDF_VENV:-$REPO/.venv-pdf}
REQS='weasyprint==70.0
pikepdf==10.18.0'

log=$(mktemp); trap 'rm -f "$log"' EXIT
quietly() { "$@" >"$log" 2>&1 || { cat "$log" >&2; echo "install-pdf-engine: failed: $*" >&2; exit 1; }; }
installed() { [ "$(dpkg-query -W -f='${Status}' "$1" 2>/dev/null)" = "install ok installed" ]; }

missing=()
for package in libpango-1.0-0 libpangoft2-1.0-0 libharfbuzz-subset0 fonts-liberation2 fonts-dejavu-core; do
  installed "$package" || missing+=("$package")
done
command -v pdftotext >/dev/null && command -v pdftoppm >/dev/null || missing+=(poppler-utils)
[ -x "$VENV/bin/python" ] || python3 -c 'import ensurepip, venv' 2>/dev/null || missing+=(python3-venv)
if [ ${#missing[@]} -gt 0 ] && ! command -v apt-get >/dev/null; then
  echo "install-pdf-engine: not Debian or Ubuntu (no apt-get), so Pango, HarfBuzz, poppler and the" >&2
  echo "  Liberation and DejaVu fonts must come from your package manager (macOS: brew install pango poppler)" >&2
  missing=()
fi
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" -eq 0 ]; then sudo=(); elif command -v sudo >/dev/null; then sudo=(sudo); else
    echo "install-pdf-engine: installing ${missing[*]} needs root, and sudo is not installed;" >&2
    echo "  run this as root (su -c $0), or ask your administrator to run:" >&2
    echo "  apt-get install --no-install-recommends ${missing[*]}" >&2
    echo "  (or build without PDFs: pressroom build --no-pdf)" >&2
    exit 1
  fi
  echo "install-pdf-engine: installing ${missing[*]} (Debian)" >&2
  quietly "${sudo[@]}" apt-get update
  quietly "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive \
    apt-get install -y --no-install-recommends "${missing[@]}"
fi

stamp=$VENV/.requirements
if [ ! -x "$VENV/bin/weasyprint" ] || [ "$(cat "$stamp" 2>/dev/null)" != "$REQS" ]; then
  echo "install-pdf-engine: installing $(echo $REQS) (PyPI) into $VENV" >&2
  [ -x "$VENV/bin/python" ] || quietly python3 -m venv "$VENV"
  quietly "$VENV/bin/pip" install --disable-pip-version-check -r /dev/stdin <<<"$REQS"
  printf '%s' "$REQS" >"$stamp"
fi
