# Inspection Chat. `make run` and `make test` work from a fresh clone (see README).
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
CORPUS ?= $(or $(INSPECTCHAT_CORPUS),../shared/corpus)
INDEX ?= $(or $(INSPECTCHAT_DATA_DIR),.inspectchat)
PYTEST_ARGS ?=

export HF_HUB_OFFLINE := 1
export ANONYMIZED_TELEMETRY := False

.PHONY: install browser run ingest serve test test-quick lint bench eval clean

$(BIN)/inspectchat: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[dev,llm,bench]'
	touch $@

install: $(BIN)/inspectchat

# Debian's Chromium for the browser tests (never a downloaded browser build).
browser:
	@command -v chromium >/dev/null 2>&1 || (apt-get update -qq && apt-get install -y -qq chromium chromium-driver >/dev/null)

ingest: install
	@if [ -d "$(CORPUS)" ]; then $(BIN)/inspectchat ingest "$(CORPUS)" --index "$(INDEX)" || true; \
	else echo "no corpus at $(CORPUS): ingesting the public report list in docs/sources.txt"; \
	  $(BIN)/inspectchat ingest $$(grep -v '^#' docs/sources.txt) --index "$(INDEX)" || true; fi

serve: install
	$(BIN)/inspectchat serve --index "$(INDEX)"

run: ingest serve

test: install browser
	$(BIN)/python -m pytest $(PYTEST_ARGS)

# Fakes only: no corpus, no model, no server, no browser (the markers are listed in pyproject.toml).
test-quick: install
	$(BIN)/python -m pytest -m "not slow and not integration and not server and not browser and not corpus" $(PYTEST_ARGS)

lint: install
	$(BIN)/ruff check .

bench: install
	$(BIN)/python bench/ingest_and_query.py --corpus "$(CORPUS)"

eval: install
	$(BIN)/inspectchat ingest "$(CORPUS)" --index /tmp/inspectchat-eval -q || true
	$(BIN)/python ../shared/eval/score.py ../shared/eval/ofsted-dev.jsonl --index /tmp/inspectchat-eval --cmd "$(BIN)/inspectchat"

clean:
	rm -rf $(VENV) .pytest_cache .ruff_cache
