# checks.mk — output checks of a generated site; include from the repo's Makefile:
#   include tools/checks.mk
# make check-setup       install Chromium, chromedriver, Java and the checks venv (idempotent)
# make check-output      vnu + axe (desktop and phone) + internal links on $(OUTPUT_DIR)
# make check-selftest    prove each check passes on a clean fixture and fails on a broken one
REPO_ROOT ?= $(CURDIR)
OUTPUT_DIR ?= Output

.PHONY: check-setup check-output check-selftest
check-setup:
	$(REPO_ROOT)/tools/setup-checks.sh
check-output:
	$(REPO_ROOT)/tools/check-output.sh $(OUTPUT_DIR)
check-selftest:
	$(REPO_ROOT)/tools/selftest-checks.sh
