# Two commands do all their own set-up on a fresh machine: `make serve` and `make test`.
SHELL := /bin/bash
VENV := .venv
BIN := $(VENV)/bin
# Silences the end-of-life notice MkDocs and Material print on every run (see README).
export NO_MKDOCS_2_WARNING := 1
PYTHON ?= python3
# npm packages pinned in package-lock.json: the build runs PurgeCSS (not under `make serve`), the
# tests add axe-core, vnu-jar and citeproc (`make citations` too), the bench adds Lighthouse.
NPM_PACKAGES := node_modules/.installed
LIGHTHOUSE := node_modules/lighthouse/cli/index.js

.PHONY: serve build test check spelling offline pdf bench linkcheck browser citations clean

## serve: live preview on http://127.0.0.1:8000/
serve: $(VENV)/.site-installed
	$(BIN)/mkdocs serve --strict --dev-addr 127.0.0.1:8000

## build: the site, into site/ (strict: a warning is an error); SITE_URL=<its address> is required
build: $(VENV)/.site-installed $(NPM_PACKAGES)
	$(BIN)/mkdocs build --strict

## test: every test: the strict build, unit tests, the built site, real-browser tests
# On two processes (pytest-xdist), each with its own build of the site and its own Chromium,
# a module at a time on one of them (its kept tabs and builds are made once), the longest
# modules first (tests/conftest.py); the ten slowest tests are named at the end.
test: $(VENV)/.test-installed browser $(NPM_PACKAGES)
	$(BIN)/python -m pytest -n 2 --dist loadfile --no-loadscope-reorder --durations=10

## check: the fast checks before a commit (strict build, unit tests, spelling), in seconds
# The build is a check, not for publication: into .cache/, at the local address.
check: $(VENV)/.test-installed $(NPM_PACKAGES) spelling
	SITE_URL=http://127.0.0.1:8000/ $(BIN)/mkdocs build --strict --quiet --site-dir .cache/check-site
	$(BIN)/python -m pytest tests/unit

## spelling: codespell over the editorial Markdown (not the verbatim text)
spelling: $(VENV)/.test-installed
	$(BIN)/python -m pytest -q tests/test_spelling.py

## offline: the offline edition in build/offline/, packed as build/<slug>-<date>.zip
offline: $(VENV)/.site-installed $(NPM_PACKAGES)
	$(BIN)/mkdocs build --strict -f mkdocs-offline.yml
	$(BIN)/python -m scripts.pack_offline build/offline build

## pdf: the whole text as one PDF, and every page as a PDF, into build/pdf/ (headless Chromium)
pdf: $(VENV)/.test-installed browser $(NPM_PACKAGES)
	$(BIN)/python -m scripts.pdf --pages

## citations: render every page's citation with citeproc-js into includes/citations/rendered.json
citations: $(VENV)/.site-installed $(NPM_PACKAGES)
	$(BIN)/python -m scripts.citations

## browser: Debian's Chromium for the browser tests, installed with apt when missing
browser:
	@scripts/ensure-chromium

## bench: build time, bytes, requests and Lighthouse scores, beside stock Material (not in test)
bench: $(VENV)/.test-installed browser $(LIGHTHOUSE)
	$(BIN)/python scripts/bench.py

## linkcheck: the external links of the built site, when a network is there
linkcheck: $(VENV)/.site-installed
	$(BIN)/python scripts/linkcheck.py

$(NPM_PACKAGES): package-lock.json
	npm ci --omit=dev --no-audit --no-fund
	touch $@
# Each `npm ci` starts node_modules afresh: the full install (Lighthouse too) marks both.
$(LIGHTHOUSE): package-lock.json
	npm ci --no-audit --no-fund
	touch $@ $(NPM_PACKAGES)

$(VENV)/.site-installed: requirements.txt
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --disable-pip-version-check -r requirements.txt
	touch $@

$(VENV)/.test-installed: requirements-test.txt $(VENV)/.site-installed
	$(BIN)/pip install --quiet --disable-pip-version-check -r requirements-test.txt
	touch $@

clean:
	rm -rf site $(VENV) .pytest_cache .cache node_modules build
