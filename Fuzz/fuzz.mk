# fuzz.mk — the fuzzer over Pressroom's readers (see Fuzz/README.md); include from the repo's
# Makefile:  include Fuzz/fuzz.mk
# make fuzz [SECONDS=600]   fuzz for SECONDS seconds (default 60); fails on a crash
# make fuzz-short           a short pass of 20,000 inputs (about 30-45 seconds), run by `make test`
REPO_ROOT ?= $(CURDIR)
SECONDS ?= 60

.PHONY: fuzz fuzz-short
fuzz: setup
	$(REPO_ROOT)/Fuzz/fuzz.sh $(SECONDS)

fuzz-short: setup
	$(REPO_ROOT)/Fuzz/fuzz.sh --short
