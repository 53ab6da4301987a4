#!/usr/bin/env bash
# Build pressroom in release mode, generate 1,000- and 10,000-page projects, and time
# `pressroom build` on each: one warm-up run, then RUNS timed runs (median wall time,
# largest peak RSS). Usage: bench/run.sh   (SIZES="1000 10000" RUNS=3 BENCH_DIR=... to change)
set -euo pipefail

REPO_ROOT=${REPO_ROOT:-$(cd "$(dirname "$0")/.." && pwd)}
BENCH_DIR=${BENCH_DIR:-/tmp/pressroom-bench}
SIZES=${SIZES:-"1000 10000"}
RUNS=${RUNS:-3}
BIN="$REPO_ROOT/.build/release/pressroom"

if [ ! -x /usr/bin/time ]; then
    apt-get update -qq && apt-get install -y -qq time >/dev/null
fi

(cd "$REPO_ROOT" && swift build -c release --product pressroom)

mkdir -p "$BENCH_DIR"
results=()
for pages in $SIZES; do
    corpus="$BENCH_DIR/pages-$pages"
    python3 "$REPO_ROOT/bench/generate.py" --pages "$pages" --out "$corpus"
    rm -rf "$corpus/Templates" && cp -R "$REPO_ROOT/Templates" "$corpus/Templates"

    walls=() peak=0
    for run in $(seq 0 "$RUNS"); do          # run 0 is the warm-up
        rm -rf "$corpus/Output"
        if ! /usr/bin/time -v -o "$BENCH_DIR/time.txt" "$BIN" build "$corpus" >"$BENCH_DIR/build.log" 2>&1; then
            tail -20 "$BENCH_DIR/build.log" >&2
            echo "pressroom build $corpus failed (log: $BENCH_DIR/build.log)" >&2
            exit 1
        fi
        [ "$run" -eq 0 ] && continue
        # "Elapsed (wall clock) time (h:mm:ss or m:ss): 1:02.34" -> seconds
        wall=$(awk -F': ' '/Elapsed \(wall clock\)/ { n = split($2, t, ":"); s = 0
                   for (i = 1; i <= n; i++) s = s * 60 + t[i]; print s }' "$BENCH_DIR/time.txt")
        rss=$(awk -F': ' '/Maximum resident set size/ { print $2 }' "$BENCH_DIR/time.txt")
        walls+=("$wall")
        [ "$rss" -gt "$peak" ] && peak=$rss
        echo "  $pages pages, run $run: ${wall}s, ${rss} KiB"
    done
    median=$(printf '%s\n' "${walls[@]}" | sort -g | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }')
    results+=("$(awk -v n="$pages" -v t="$median" -v k="$peak" \
        'BEGIN { printf "%8d %14.2f %16.0f %15.1f", n, t, (t > 0 ? n / t : 0), k / 1024 }')")
done

echo
printf '%8s %14s %16s %15s\n' pages "wall time (s)" "pages per second" "peak RSS (MiB)"
printf '%s\n' "${results[@]}"
echo "(median of $RUNS runs after one warm-up; peak RSS is the largest of those runs; $(nproc) cores)"
