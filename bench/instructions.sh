#!/usr/bin/env bash
# Counts the instructions of one `pressroom build --no-pdf` of PROJECT and of libcmark-gfm's
# parse and render of the same bodies, under valgrind's callgrind, and appends them to OUT as
# rows of `pages  subject  instructions`. Unlike CPU seconds, an instruction count is nearly the
# same (within 1–2%) whether or not other work shares the machine, so the ratio of the two is
# the benchmark's steady measure of the CPU target. It leaves out what seconds include: the
# kernel's work (writing files) and the time lost waiting for memory. See bench/README.md.
#
# Usage: [MIMALLOC_SO=libmimalloc.so.2] bench/instructions.sh PAGES PROJECT PRESSROOM CMARK_BENCH OUT
#   PROJECT must have no Output/, so that the build makes every file as a first build does.
set -euo pipefail

pages=$1 project=$2 pressroom=$3 cmark=$4 out=$5
log=$(mktemp)
# valgrind 3.19 cannot read the DWARF 5 debug information of Swift's binaries: count a copy without it.
stripped=$(mktemp)
trap 'rm -f "$log" "$log".cg "$stripped"' EXIT
cp "$pressroom" "$stripped"
strip --strip-debug "$stripped"
chmod +x "$stripped"

# count SUBJECT COMMAND...: the instructions callgrind collected, appended to OUT.
count() {
    local subject=$1
    shift
    if ! valgrind --tool=callgrind --callgrind-out-file="$log.cg" "$@" >"$log" 2>&1; then
        tail -20 "$log" >&2
        echo "callgrind failed: $*" >&2
        exit 1
    fi
    local collected
    collected=$(sed -n 's/.*Collected : \([0-9]*\).*/\1/p' "$log" | tail -1)
    printf '%s\t%s\t%s\n' "$pages" "$subject" "$collected" >>"$out"
    awk -v s="$subject" -v n="$collected" 'BEGIN { printf "  %-28s %8.3f G instructions\n", s, n / 1e9 }'
}

count pressroom "$stripped" build -q --no-pdf "$project"
count cmark-process "$cmark" "$project"
count cmark-parse-and-render --toggle-collect=parse_and_render_all "$cmark" "$project"
# Allocator for allocator, as the timed runs do when mimalloc is installed (bench/run.sh).
if [ -n "${MIMALLOC_SO:-}" ]; then
    LD_PRELOAD="$MIMALLOC_SO" count cmark-mi-parse-and-render --toggle-collect=parse_and_render_all "$cmark" "$project"
fi
