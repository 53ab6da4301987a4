#!/usr/bin/env bash
# Makes the fuzzer's seed corpus, Fuzz/corpus/, from the example content in Content/: each file
# becomes a seed whose first character chooses the reader that reads it (see Fuzz/README.md).
# Seeds written by hand (Fuzz/corpus/hand-*) are kept.
set -euo pipefail
cd "$(dirname "$0")/.."
corpus=Fuzz/corpus
mkdir -p "$corpus"
find "$corpus" -name 'content-*' -delete

seed() { # seed SELECTOR FILE
  local name
  name="content-$(echo "${2#Content/}" | tr '/' '-')"
  { printf '%s' "$1"; cat "$2"; } >"$corpus/$name"
}

while IFS= read -r file; do
  case "$file" in
    */news/*.md) seed 1 "$file" ;;
    *.md) seed 0 "$file" ;;
    */partnership.yaml) seed 2 "$file" ;;
    */publication.yaml) seed 3 "$file" ;;
    Content/site.yaml) seed 4 "$file" ;;
    */data/measures.csv) seed 5 "$file" ;;
    */data/values.csv) seed 6 "$file" ;;
    */data/outcomes.yaml) seed 7 "$file" ;;
  esac
done < <(find Content -mindepth 2 -type f | sort; echo Content/site.yaml)
echo "$(find "$corpus" -type f | wc -l) seeds, $(du -sk "$corpus" | cut -f1) KB in $corpus"
