# checks.mk — output checks of a generated site; include from the repo's Makefile:
#   include tools/checks.mk
# make check-setup       install Chromium, chromedriver, Java and the checks venv (idempotent)
# make check-output      vnu + axe (desktop and phone) + internal links + reading and keyboard +
#                        data tables unclipped at 375 px + PDFs (tagged, language, title, alt
#                        text, bookmarks, contents page numbers), on $(OUTPUT_DIR)
# make check-selftest    prove each check passes on a clean fixture and fails on a broken one
# make check-preview     an open page of `pressroom serve` reloads itself and shows errors (Chromium)
REPO_ROOT ?= $(CURDIR)
OUTPUT_DIR ?= Output

.PHONY: check-setup check-output check-selftest check-preview
check-setup:
	$(REPO_ROOT)/tools/setup-checks.sh
check-output:
	$(REPO_ROOT)/tools/check-output.sh $(OUTPUT_DIR)
check-selftest:
	$(REPO_ROOT)/tools/selftest-checks.sh
check-preview: build check-setup
	$(REPO_ROOT)/tools/check-preview.py $(PRESSROOM) $(REPO_ROOT)
