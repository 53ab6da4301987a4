# Pressroom: `make site` sets up, builds and generates the example sites into Output/;
# `make test` runs every test, including the checks of the generated pages.
REPO_ROOT := $(CURDIR)
OUTPUT_DIR ?= $(REPO_ROOT)/Output
PRESSROOM := $(REPO_ROOT)/.build/debug/pressroom

.PHONY: site setup build test unit-tests check format-check bench clean install install-pdf-engine uninstall

# `make install`: a release build of pressroom in $(PREFIX)/bin, and the templates it starts new
# projects with (and uses for projects without Templates/) in $(PREFIX)/share/pressroom/Templates.
PREFIX ?= /usr/local
BINDIR = $(DESTDIR)$(PREFIX)/bin
SHAREDIR = $(DESTDIR)$(PREFIX)/share/pressroom

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

install:
	@scripts/install-build-deps.sh
	swift build -c release --product pressroom
	install -d "$(BINDIR)" "$(SHAREDIR)"
	install -m 755 "$$(swift build -c release --show-bin-path)/pressroom" "$(BINDIR)/pressroom"
	rm -rf "$(SHAREDIR)/Templates"
	cp -R Templates "$(SHAREDIR)/Templates"
	@echo "Installed $(BINDIR)/pressroom and $(SHAREDIR)/Templates"

install-pdf-engine:
	PRESSROOM_PDF_VENV="$(SHAREDIR)/.venv-pdf" scripts/install-pdf-engine.sh

uninstall:
	rm -f "$(BINDIR)/pressroom"
	rm -rf "$(SHAREDIR)"

clean:
	rm -rf .build Output

include tools/checks.mk
include bench/bench.mk
include Fuzz/fuzz.mk
