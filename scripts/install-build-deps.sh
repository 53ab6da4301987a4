#!/usr/bin/env bash
# Installs what building Pressroom needs and is missing: cmark-gfm (with its GFM extensions)
# and pkg-config, from Debian's packages. Quiet when everything is already there.
set -euo pipefail

missing=()
pkg-config --exists libcmark-gfm 2>/dev/null || missing+=(libcmark-gfm-dev libcmark-gfm-extensions-dev)
[ -f /usr/include/cmark-gfm-core-extensions.h ] || missing+=(libcmark-gfm-extensions-dev)
command -v pkg-config >/dev/null || missing+=(pkg-config)
command -v swift >/dev/null || { echo "error: swift is not installed; install Swift 6 from swift.org first" >&2; exit 1; }

if [ ${#missing[@]} -gt 0 ]; then
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  echo "Installing ${missing[*]} …"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi
