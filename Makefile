# dipgraph: `make demo` runs the main job end to end, `make test` runs every check.
# Both install what they need from scratch into .venv and the user cache.

PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
SUDO   := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
STAMP  := $(VENV)/.installed

.PHONY: install dev neo4j-runtime browser-deps lint typecheck unit integration pytest test demo clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip

# Dependencies, the spaCy model and dipgraph itself (editable, strict link tree,
# so that pytest and mypy see the same `dipgraph` package).
$(STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/pip install -q -e ".[dev,model]" --config-settings editable_mode=strict
	@touch $@

install: $(STAMP)

# Re-link after adding or removing a module (the strict editable tree lists files).
dev: $(STAMP)
	$(BIN)/pip install -q --no-deps -e . --config-settings editable_mode=strict

neo4j-runtime: dev
	$(BIN)/dipgraph neo4j install

browser-deps:
	@command -v chromium >/dev/null 2>&1 || { \
	  echo "installing Debian chromium for the browser tests"; \
	  $(SUDO) apt-get update -q && $(SUDO) apt-get install -y -q chromium; }

lint: dev
	$(BIN)/ruff check .

typecheck: dev
	$(BIN)/mypy -p dipgraph

unit: dev
	$(BIN)/pytest tests/unit -q

integration: dev neo4j-runtime browser-deps
	$(BIN)/pytest tests/integration -q

pytest: dev neo4j-runtime browser-deps
	$(BIN)/pytest -q

test: lint typecheck pytest

# The main job end to end: Neo4j up, schema, the seed article loaded, reports.
demo: neo4j-runtime
	$(BIN)/dipgraph neo4j start
	$(BIN)/dipgraph schema apply
	$(BIN)/dipgraph load seeds/
	$(BIN)/dipgraph summarize
	$(BIN)/dipgraph report who-met-whom
	$(BIN)/dipgraph report requests
	$(BIN)/dipgraph report bilateral "South Korea" China
	@echo
	@echo "Neo4j Browser: $$($(BIN)/python -c 'from dipgraph.settings import server_config as c; print(c().browser_url)')"
	@echo "Login: user neo4j, password: run $(BIN)/dipgraph neo4j password"
	@echo "Paste: MATCH p = (:Person)-[:MET_WITH]-(:Person) RETURN p"
	@echo "Guide: $(BIN)/dipgraph browser   (serves the dipgraph guide and style, prints the link)"

clean:
	rm -rf build dist *.egg-info .pytest_cache .mypy_cache .ruff_cache
