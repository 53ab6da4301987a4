#!/usr/bin/env bash
# Installs what building Pressroom needs and is missing: cmark-gfm (with its GFM extensions),
# mimalloc (the memory allocator pressroom runs on, on Linux) and pkg-config, from Debian's
# packages. Quiet when everything is already there.
set -euo pipefail

missing=()
pkg-config --exists libcmark-gfm 2>/dev/null || missing+=(libcmark-gfm-dev libcmark-gfm-extensions-dev)
[ -f /usr/include/cmark-gfm-core-extensions.h ] || missing+=(libcmark-gfm-extensions-dev)
if [ "$(uname -s)" = Linux ]; then [ -f /usr/include/mimalloc.h ] || missing+=(libmimalloc-dev); fi
command -v pkg-config >/dev/null || missing+=(pkg-config)
command -v swift >/dev/null || { echo "error: swift is not installed; install Swift 6 from swift.org first" >&2; exit 1; }

if [ ${#missing[@]} -gt 0 ]; then
  if ! command -v apt-get >/dev/null; then
    echo "error: missing ${missing[*]}, and this is not Debian or Ubuntu (no apt-get);" >&2
    echo "  install cmark-gfm (with its extensions) and pkg-config with your package manager," >&2
    echo "  e.g. on macOS: brew install cmark-gfm pkg-config" >&2
    exit 1
  fi
  if [ "$(id -u)" -eq 0 ]; then sudo=""; elif command -v sudo >/dev/null; then sudo="sudo"; else
    echo "error: installing ${missing[*]} needs root, and sudo is not installed;" >&2
    echo "  run this as root (su -c $0), or ask your administrator to run:" >&2
    echo "  apt-get install --no-install-recommends ${missing[*]}" >&2
    exit 1
  fi
  echo "Installing ${missing[*]} …"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi
