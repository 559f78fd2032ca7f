# VetDesk developer commands. `make help` lists them.
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.DEFAULT_GOAL := help
.PHONY: help run demo test test-fast lint bench translations translations-check installer clean

help: ## list the commands
	@awk 'BEGIN {FS = ":.*## "} /^[a-zA-Z_-]+:.*## / {printf "  \033[1m%-13s\033[0m %s\n", $$1, $$2}' $(MAKEFILE_LIST)

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	@touch $(STAMP)

run: $(STAMP) ## set up and open VetDesk on the local SQLite database (first start offers the demo clinic)
	$(BIN)/vetdesk

demo: $(STAMP) ## fill the local database with a generated demo clinic (2,000 clients)
	$(BIN)/vetdesk demo

test: $(STAMP) ## set up and run every test on SQLite and PostgreSQL (PostgreSQL skips with a reason if absent)
	$(BIN)/python -m pytest

test-fast: $(STAMP) ## run the tests on SQLite only (no PostgreSQL server needed)
	$(BIN)/python -m pytest -m "not postgresql"

lint: $(STAMP) ## ruff and mypy (strict on services, db, domain and security)
	$(BIN)/ruff check vetdesk tests migrations/env.py
	$(BIN)/mypy

bench: $(STAMP) ## run the benchmark harness (builds and caches large data sets; slow the first time)
	$(BIN)/python -m tests.bench.run

translations: $(STAMP) ## refresh the .ts files from the source and compile them to .qm
	$(BIN)/pyside6-lupdate -no-obsolete $$(find vetdesk/ui -name '*.py' | sort) -ts resources/translations/vetdesk_nb.ts resources/translations/vetdesk_en.ts
	$(BIN)/pyside6-lrelease resources/translations/vetdesk_nb.ts resources/translations/vetdesk_en.ts

# The core's sentences (services, domain, db, security) are not in the .ts files: they are marked
# with vetdesk.i18n._() and translated in resources/translations/services_nb.po (edit it by hand).
translations-check: $(STAMP) ## check every marked core sentence has a bokmål translation in services_nb.po
	$(BIN)/python -m pytest -q tests/unit/test_service_messages.py

installer: $(STAMP) ## build the one-folder desktop bundle in dist/ (see installer/README.md)
	$(BIN)/python -m pip install --quiet 'pyinstaller>=6.5'
	$(BIN)/pyinstaller --noconfirm installer/vetdesk.spec

clean: ## remove the virtual environment and caches
	rm -rf $(VENV) build dist .pytest_cache .mypy_cache .ruff_cache
