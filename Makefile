# The two commands that do all set-up on a fresh machine:
#   make demo   -> .venv, install, analyse examples/, write out/dossier.{json,md,html}
#   make test   -> .venv with dev dependencies, ruff, the whole test suite
PYTHON ?= python3.11
VENV ?= .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: demo test lint bench serve clean

$(BIN)/python:
	@command -v $(PYTHON) >/dev/null 2>&1 || { echo "error: $(PYTHON) not found (Python 3.11 is required)"; exit 1; }
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e ".[dev]"
	@touch $(STAMP)

demo: $(STAMP)
	$(BIN)/recoupe analyze examples/corpus -o out --format all --db out/recoupe.db

test: $(STAMP)
	$(BIN)/ruff check src tests bench
	$(BIN)/python -m pytest

bench: $(STAMP)
	$(BIN)/python -m bench.run_all

serve: $(STAMP)
	$(BIN)/recoupe serve --db out/recoupe.db

clean:
	rm -rf out .pytest_cache
