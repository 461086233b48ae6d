# Two commands: `make run` (set up and run on embedded defaults) and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test lint typecheck pytest services clean bench

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install -q -e '.[test]'
	touch $(STAMP)

run: $(STAMP)
	$(BIN)/caseclock run

services:
	bash .ci/ensure-postgres
	bash .ci/ensure-dovecot
	bash .ci/ensure-chromium

lint: $(STAMP)
	$(BIN)/ruff check daemon parsers rules outbox tests bench
	$(BIN)/mypy daemon parsers rules outbox

pytest: $(STAMP) services
	$(BIN)/pytest

test: lint pytest

bench: $(STAMP)
	$(BIN)/python bench/sweep.py

clean:
	rm -rf $(VENV) var .pytest_cache .mypy_cache .ruff_cache
