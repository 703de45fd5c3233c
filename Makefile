# One entry point for people and CI. Everything installs into .venv from requirements.lock
# (hash-pinned, the English pipeline included), so a fresh machine needs only python3 + make.
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: install run test test-browser lint bench lock clean

$(STAMP): pyproject.toml requirements.lock
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --require-hashes --no-deps -r requirements.lock
	$(BIN)/python -m pip check
	$(BIN)/python -m pip install --quiet --no-deps --no-build-isolation -e .
	@touch $(STAMP)

install: $(STAMP)

run: install  ## extract the facts of the sample NATO brief
	$(BIN)/briefx extract samples/hegseth-nato.txt

lint: install
	$(BIN)/ruff check briefx tests $(wildcard scripts benchmarks)
	$(BIN)/ruff format --check briefx tests $(wildcard scripts benchmarks)
	$(BIN)/mypy briefx

test: install lint  ## lint, then the whole test suite (all but the browser tests)
	$(BIN)/python -m pytest -m "not browser"

test-browser: install  ## the HTML page in headless Chromium (needs: apt-get install chromium)
	$(BIN)/python -m pytest -m browser

bench: install  ## speed and memory against bare spaCy (long; see benchmarks/README.md)
	$(BIN)/python benchmarks/bench.py

lock:  ## re-pin requirements.lock after changing pyproject.toml (needs uv)
	uv pip compile pyproject.toml --extra dask --group dev --generate-hashes --python-version 3.11 -o requirements.lock

clean:
	rm -rf $(VENV) dist build .pytest_cache .ruff_cache .mypy_cache
