#!/usr/bin/env bash
# Builds pressroom-fuzz with libFuzzer and fuzzes Pressroom's readers.
#   Fuzz/fuzz.sh [SECONDS]     fuzz for SECONDS seconds (default 60), keeping what it learns in
#                              .build-fuzz/corpus for the next run (make fuzz SECONDS=600)
#   Fuzz/fuzz.sh --short       a short pass of 20,000 inputs, the seeds first, mutated from random
#                              seed 1: about 30-45 seconds unloaded (make fuzz-short, part of make test)
# Exits 1 on a crash, after printing the crash, its stack and where its input was saved.
# FUZZ_FLAGS adds libFuzzer options, e.g. FUZZ_FLAGS=-fork=2 to fuzz on two cores.
set -euo pipefail
cd "$(dirname "$0")/.."
scratch=.build-fuzz
crashes=$scratch/crashes
log=$scratch/fuzz.log

swift build --scratch-path "$scratch" -c release --sanitize fuzzer -Xswiftc -DFUZZING --product pressroom-fuzz
fuzzer=$scratch/release/pressroom-fuzz
mkdir -p "$crashes"

if [ "${1:-}" = "--short" ]; then
  corpus=$(mktemp -d)
  trap 'rm -rf "$corpus"' EXIT
  limit=(-runs=20000 -seed=1)
  export SWIFT_DETERMINISTIC_HASHING=1
  echo "Fuzzing: 20,000 inputs from seed 1; log in $log"
else
  corpus=$scratch/corpus
  mkdir -p "$corpus"
  limit=(-max_total_time="${1:-60}")
  echo "Fuzzing for ${1:-60} seconds; log in $log"
fi

# Swift's own crash handler would take the signal from libFuzzer, which then saves no input.
status=0
SWIFT_BACKTRACE=enable=no "$fuzzer" "$corpus" Fuzz/corpus "${limit[@]}" \
  -dict=Fuzz/pressroom.dict -max_len=4096 -timeout=10 -rss_limit_mb=2048 \
  -artifact_prefix="$crashes/" -print_final_stats=1 ${FUZZ_FLAGS:-} >"$log" 2>&1 || status=$?

sed -n 's/^stat::number_of_executed_units: */runs: /p; s/^stat::average_exec_per_sec: */runs per second: /p' "$log"
if [ "$status" -ne 0 ]; then
  echo "error: the fuzzer stopped with status $status:" >&2
  sed -n '/Fatal error\|^==[0-9]*==\|ERROR: libFuzzer/,$p' "$log" | swift demangle --simplified | head -60 >&2
  saved=$(sed -n 's/.*Test unit written to \(.*\)$/\1/p' "$log" | tail -1)
  if [ -n "$saved" ]; then
    echo "The input that crashed was saved to $saved" >&2
    echo "Run it again with: $fuzzer $saved" >&2
  fi
  exit 1
fi
echo "No crash."
