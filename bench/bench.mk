# Benchmark: Pressroom against Hugo and against libcmark-gfm alone on generated 1,000- and
# 10,000-page projects (see bench/README.md). Include from the top-level Makefile
# (include bench/bench.mk) and run `make bench`; SIZES, RUNS, BENCH_DIR, SCRATCH and COUNT_SIZES may be
# given on the command line or in the environment (`make bench RUNS=1`).
REPO_ROOT ?= $(CURDIR)

.PHONY: bench
bench:
	REPO_ROOT="$(REPO_ROOT)" SIZES="$(SIZES)" RUNS="$(RUNS)" BENCH_DIR="$(BENCH_DIR)" SCRATCH="$(SCRATCH)" COUNT_SIZES="$(COUNT_SIZES)" \
		bash "$(REPO_ROOT)/bench/run.sh"
