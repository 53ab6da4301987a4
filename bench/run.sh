#!/usr/bin/env bash
# Compare `pressroom build` with Hugo and with libcmark-gfm alone on generated projects of
# 1,000 and 10,000 pages. For each size: generate the Pressroom project (bench/generate.py),
# convert it into a Hugo site with the same pages (bench/hugo/convert.py), then time the three,
# interleaved (Pressroom, Hugo, cmark, Pressroom, Hugo, cmark, …): one warm-up each, then RUNS
# timed runs, each under /usr/bin/time -v (wall, user+sys CPU, peak RSS). Prints the medians
# and ratios (bench/summarize.py) and writes BENCH_DIR/results.tsv. See bench/README.md.
#
# Usage: bench/run.sh   or   make bench
#   SIZES="1000 10000"  page counts
#   RUNS=3              timed runs per tool and size (after one warm-up)
#   BENCH_DIR=/tmp/pressroom-bench
#   SCRATCH=$REPO_ROOT/.build   swift build --scratch-path for the release build of pressroom
#   COUNT_SIZES="1000"  sizes at which bench/instructions.sh counts instructions (the smallest;
#                       at 10,000 pages callgrind takes about ten minutes)
# After the timed runs of each size, Sources/rebuild-bench times in-process rebuilds after a
# chapter's body and then its title change (median of 21), as a preview makes them. On the
# smallest size, bench/preview/preview-bench.py then times `pressroom serve` from a saved file
# to the reload event, its memory over 100 edits, and its pages under wrk beside nginx; and
# bench/instructions.sh counts the instructions of a build and of cmark-gfm under callgrind.
set -euo pipefail

REPO_ROOT=${REPO_ROOT:-$(cd "$(dirname "$0")/.." && pwd)}
BENCH_DIR=${BENCH_DIR:-/tmp/pressroom-bench}
SIZES=${SIZES:-"1000 10000"}
RUNS=${RUNS:-3}
SCRATCH=${SCRATCH:-$REPO_ROOT/.build}
BIN="$SCRATCH/release/pressroom"
CMARK_BIN="$BENCH_DIR/cmark-bench"
started=$SECONDS

# --- What the benchmark needs, from Debian when missing ------------------------------------
missing=()
[ -x /usr/bin/time ] || missing+=(time)
command -v hugo >/dev/null || missing+=(hugo)
command -v cc >/dev/null || missing+=(gcc libc6-dev)
command -v pkg-config >/dev/null || missing+=(pkg-config)
[ -f /usr/include/cmark-gfm.h ] || missing+=(libcmark-gfm-dev)
[ -f /usr/include/cmark-gfm-core-extensions.h ] || missing+=(libcmark-gfm-extensions-dev)
command -v wrk >/dev/null || missing+=(wrk)
command -v nginx >/dev/null || missing+=(nginx)
command -v valgrind >/dev/null || missing+=(valgrind)
if [ ${#missing[@]} -gt 0 ]; then
    sudo=""
    [ "$(id -u)" -eq 0 ] || sudo="sudo"
    echo "Installing ${missing[*]} …"
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi
if ! command -v swift >/dev/null && [ -x /opt/swift/usr/bin/swift ]; then
    PATH="/opt/swift/usr/bin:$PATH"
fi

# --- Build: pressroom in release mode, and the cmark-gfm harness ---------------------------
(cd "$REPO_ROOT" && swift build -c release --product pressroom --scratch-path "$SCRATCH" \
    && swift build -c release --product rebuild-bench --scratch-path "$SCRATCH")
mkdir -p "$BENCH_DIR"
cmark_packages=libcmark-gfm
# Debian's libcmark-gfm.pc already links the extensions; other systems ship a second .pc file.
pkg-config --exists libcmark-gfm-extensions && cmark_packages="$cmark_packages libcmark-gfm-extensions"
# shellcheck disable=SC2046,SC2086 # pkg-config prints several flags
cc -O2 -Wall -o "$CMARK_BIN" "$REPO_ROOT/bench/cmark/cmark-bench.c" $(pkg-config --cflags --libs $cmark_packages)
echo "pressroom: $BIN"
echo "$(hugo version | head -1)"
echo "cmark-gfm harness: $CMARK_BIN (libcmark-gfm $(pkg-config --modversion libcmark-gfm))"
# pressroom runs on mimalloc on Linux, which also speeds up cmark-gfm inside it; the harness is
# timed on it as well (cmark-mi), so that the ratio to cmark-gfm is also given allocator for allocator.
MIMALLOC_SO=$(ls /usr/lib/*/libmimalloc.so.2 2>/dev/null | head -1 || true)

# --- One timed run -------------------------------------------------------------------------
# time_run PAGES TOOL RUN COMMAND...: runs COMMAND under /usr/bin/time -v; for a timed run
# (RUN > 0) appends a row to runs.tsv (columns: see bench/summarize.py).
RUNS_TSV="$BENCH_DIR/runs.tsv"
time_run() {
    local pages=$1 tool=$2 run=$3
    shift 3
    local log="$BENCH_DIR/$tool-$pages.log" timing="$BENCH_DIR/$tool-$pages.time"
    if ! /usr/bin/time -v -o "$timing" "$@" >"$log" 2>&1; then
        tail -20 "$log" >&2
        echo "$tool failed on $pages pages: $* (log: $log)" >&2
        exit 1
    fi
    [ "$run" -eq 0 ] && return 0
    local wall cpu rss html out inner=""
    # "Elapsed (wall clock) time (h:mm:ss or m:ss): 1:02.34" -> seconds
    wall=$(awk -F': ' '/Elapsed \(wall clock\)/ { n = split($2, t, ":"); s = 0
               for (i = 1; i <= n; i++) s = s * 60 + t[i]; print s }' "$timing")
    cpu=$(awk -F': ' '/User time/ { u = $2 } /System time/ { s = $2 } END { print u + s }' "$timing")
    rss=$(awk -F': ' '/Maximum resident set size/ { print $2 }' "$timing")
    case $tool in
        pressroom | hugo)
            local output="$BENCH_DIR/pages-$pages/Output"
            [ "$tool" = hugo ] && output="$BENCH_DIR/hugo-$pages/public"
            html=$(find "$output" -name '*.html' | wc -l)
            out=$(find "$output" -type f -printf '%s\n' | awk '{ s += $1 } END { print s }')
            ;;
        cmark | cmark-mi)
            html=$(sed -n 's/.*: \([0-9]*\) files,.*/\1/p' "$log")
            out=$(sed -n 's/.* \([0-9]*\) bytes of HTML.*/\1/p' "$log")
            inner=$(sed -n 's/.*parse and render \([0-9.]*\) s.*/\1/p' "$log")
            ;;
    esac
    printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$pages" "$tool" "$run" "$wall" "$cpu" "$rss" "$html" "$out" "$inner" >>"$RUNS_TSV"
    printf '  %6s pages  %-9s run %s: %6.2f s wall, %6.2f s CPU, %6.1f MiB\n' \
        "$pages" "$tool" "$run" "$wall" "$cpu" "$(awk -v k="$rss" 'BEGIN { print k / 1024 }')"
}

# --- Outputs of earlier runs are set aside, not deleted, until the benchmark ends ----------
# On ext4 without a journal (as on the machines this was measured on), every new file or folder
# made within a minute of many being deleted costs the kernel a look at each recently deleted
# one (recently_deleted() in find_inode_bit()): a run right after `rm -rf` of 25,000 files
# spent up to a third of its CPU there, and its time varied by half from run to run. Renaming
# the old output away deletes nothing, so each run makes its files as on a quiet disk.
ASIDE="$BENCH_DIR/set-aside"
set_aside() {
    for path in "$@"; do
        [ -e "$path" ] || continue
        mkdir -p "$ASIDE"
        mv "$path" "$(mktemp -d "$ASIDE/XXXXXX")/"
    done
}
rm -rf "$ASIDE"

smallest=$(echo "$SIZES" | tr ' ' '\n' | sort -n | head -1)
COUNT_SIZES=${COUNT_SIZES:-$smallest}
INSTRUCTIONS_TSV="$BENCH_DIR/instructions.tsv"
printf 'pages\tsubject\tinstructions\n' >"$INSTRUCTIONS_TSV"
printf 'pages\ttool\trun\twall_s\tcpu_s\tpeak_rss_kib\thtml_pages\toutput_bytes\tinner_cpu_s\n' >"$RUNS_TSV"
for pages in $SIZES; do
    # --- The projects: Pressroom's, and the same pages as a Hugo site ----------------------
    corpus="$BENCH_DIR/pages-$pages"
    hugo_dir="$BENCH_DIR/hugo-$pages"
    set_aside "$corpus/Content" "$hugo_dir/site"
    python3 "$REPO_ROOT/bench/generate.py" --pages "$pages" --out "$corpus"
    rm -rf "$corpus/Templates" && cp -R "$REPO_ROOT/Templates" "$corpus/Templates"
    python3 "$REPO_ROOT/bench/hugo/convert.py" "$corpus" "$hugo_dir/site"

    # --- Interleaved runs: run 0 is the warm-up of each tool --------------------------------
    # Every run starts from an empty output folder; Hugo also gets an empty --cacheDir and
    # resources/ folder, so nothing it made in one run is reused by the next.
    for run in $(seq 0 "$RUNS"); do
        set_aside "$corpus/Output"
        time_run "$pages" pressroom "$run" "$BIN" build --no-pdf "$corpus"

        set_aside "$hugo_dir/public" "$hugo_dir/cache" "$hugo_dir/site/resources"
        time_run "$pages" hugo "$run" hugo --quiet -s "$hugo_dir/site" -d "$hugo_dir/public" --cacheDir "$hugo_dir/cache"

        time_run "$pages" cmark "$run" "$CMARK_BIN" "$corpus"
        [ -z "$MIMALLOC_SO" ] || time_run "$pages" cmark-mi "$run" env LD_PRELOAD="$MIMALLOC_SO" "$CMARK_BIN" "$corpus"
    done

    # --- In-process rebuilds, as a preview makes them: a chapter's body, then its title ----
    echo "in-process rebuilds of the $pages-page project (Sources/rebuild-bench):"
    "$SCRATCH/release/rebuild-bench" "$corpus" 21 | tee "$BENCH_DIR/rebuild-$pages.txt"

    # --- Print: the share of the build that print documents take, and one review to PDF ----
    if [ "$pages" = "$smallest" ]; then
        echo "print documents in the $pages-page project:"
        : >"$BENCH_DIR/print-with.cpu"
        : >"$BENCH_DIR/print-without.cpu"
        for run in 1 2 3; do
            set_aside "$corpus/Output"
            /usr/bin/time -f "%U %S" -o "$BENCH_DIR/print.time" "$BIN" build --no-pdf "$corpus" >/dev/null
            awk '{ print $1 + $2 }' "$BENCH_DIR/print.time" >>"$BENCH_DIR/print-with.cpu"
            set_aside "$corpus/Output"
            /usr/bin/time -f "%U %S" -o "$BENCH_DIR/print.time" "$BIN" build --no-print "$corpus" >/dev/null
            awk '{ print $1 + $2 }' "$BENCH_DIR/print.time" >>"$BENCH_DIR/print-without.cpu"
        done
        with=$(sort -n "$BENCH_DIR/print-with.cpu" | sed -n 2p)
        without=$(sort -n "$BENCH_DIR/print-without.cpu" | sed -n 2p)
        awk -v w="$with" -v o="$without" 'BEGIN {
            printf "  CPU with print documents %.2f s, without %.2f s (medians of 3): print adds %.0f%%\n", w, o, (w / o - 1) * 100 }' \
            | tee "$BENCH_DIR/print-$pages.txt"
        set_aside "$corpus/Output"
        "$BIN" build --no-pdf "$corpus" >/dev/null
        review=$(for f in "$corpus"/Output/*/annual-review-*/print/index.html; do
            printf '%s %s\n' "$(grep -c '<section class="chapter"' "$f")" "$f"; done | sort -n | tail -1 | cut -d' ' -f2)
        if [ -x "$REPO_ROOT/.venv-pdf/bin/weasyprint" ] && [ -n "$review" ]; then
            /usr/bin/time -f "%e %U %S %M" -o "$BENCH_DIR/pdf.time" "$REPO_ROOT/.venv-pdf/bin/weasyprint" \
                --pdf-variant pdf/ua-1 --encoding utf-8 "$review" "$BENCH_DIR/review.pdf" 2>/dev/null
            read -r wall user sys rss <"$BENCH_DIR/pdf.time"
            printf '  %s to PDF: %s pages in %.2f s wall, %.2f s CPU, %.0f MiB\n' "${review#"$corpus/Output/"}" \
                "$(pdfinfo "$BENCH_DIR/review.pdf" | awk '/^Pages:/ { print $2 }')" "$wall" "$(echo "$user $sys" | awk '{ print $1 + $2 }')" \
                "$(echo "$rss" | awk '{ print $1 / 1024 }')" | tee -a "$BENCH_DIR/print-$pages.txt"
        fi
    fi

    # --- Instructions (COUNT_SIZES, the smallest by default): a count the machine's load leaves alone
    if [[ " $COUNT_SIZES " == *" $pages "* ]]; then
        echo "instructions on the $pages-page project (bench/instructions.sh, under callgrind):"
        set_aside "$corpus/Output"
        MIMALLOC_SO="$MIMALLOC_SO" bash "$REPO_ROOT/bench/instructions.sh" "$pages" "$corpus" "$BIN" "$CMARK_BIN" "$INSTRUCTIONS_TSV"
    fi

    # --- The preview, on the smallest project: save → reload event, memory, and wrk ---------
    if [ "$pages" = "$smallest" ]; then
        echo "pressroom serve on the $pages-page project (bench/preview/preview-bench.py):"
        python3 -u "$REPO_ROOT/bench/preview/preview-bench.py" --pressroom "$BIN" --project "$corpus" \
            | tee "$BENCH_DIR/preview-$pages.txt"
    fi
done

python3 "$REPO_ROOT/bench/summarize.py" "$BENCH_DIR"
rm -rf "$ASIDE"
elapsed=$((SECONDS - started))
printf 'The whole benchmark took %dm%02ds.\n' $((elapsed / 60)) $((elapsed % 60))
