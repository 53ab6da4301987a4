# Pressroom: `make site` sets up, builds and generates the example sites into Output/;
# `make test` runs every test, including the checks of the generated pages.
REPO_ROOT := $(CURDIR)
OUTPUT_DIR ?= $(REPO_ROOT)/Output
PRESSROOM := $(REPO_ROOT)/.build/debug/pressroom

.PHONY: site setup build test unit-tests check format-check bench clean

site: build
	$(PRESSROOM) build $(REPO_ROOT)

setup:
	@scripts/install-build-deps.sh
	@scripts/install-pdf-engine.sh

build: setup
	swift build --product pressroom

check: build
	$(PRESSROOM) check $(REPO_ROOT)

unit-tests: setup
	swift test

format-check:
	swift format lint --strict -r Sources Tests Package.swift

test: format-check unit-tests fuzz-short site check-output check-selftest check-preview

clean:
	rm -rf .build Output

include tools/checks.mk
include bench/bench.mk
include Fuzz/fuzz.mk
