# Benchmark of `pressroom build` on generated 1,000- and 10,000-page projects.
# Include from the top-level Makefile (include bench/bench.mk) and run `make bench`.
REPO_ROOT ?= $(CURDIR)

.PHONY: bench
bench:
	REPO_ROOT="$(REPO_ROOT)" bash "$(REPO_ROOT)/bench/run.sh"
