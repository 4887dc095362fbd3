# Single entry point. `make help` lists the targets.
SHELL := /bin/bash
.DEFAULT_GOAL := help

PYTHON_VERSION := $(shell cat .python-version)
# The interpreter the venv is built from: pyenv's 3.10.13 where pyenv exists, else python3.10.
BASE_PYTHON ?= $(shell pyenv prefix $(PYTHON_VERSION) 2>/dev/null | sed 's|$$|/bin/python|' || true)
ifeq ($(strip $(BASE_PYTHON)),)
BASE_PYTHON := python3.10
endif

VENV := .venv
PY := $(VENV)/bin/python
RASA := $(VENV)/bin/rasa
STAMPS := .stamps
SPACY_MODEL := .cache/spacy-nl
MODEL := models/current.tar.gz
# The action server port must match endpoints.yml.
ACTIONS_PORT := 5055
# --- hardening (issue 9): the one action-server entry point (loopback, figures checked at start-up) ---
ACTIONS_HOST ?= 127.0.0.1
ACTIONS_CMD = $(PY) -m components.action_server --host $(ACTIONS_HOST) --port $(ACTIONS_PORT)
RETENTION_DAYS ?= 30
TRACKER_DB_URL ?= sqlite:///.data/conversations.db
FUZZ_MESSAGES ?= 2000
# --- web widget (issue 4) ---
RASA_PORT ?= 5005
# Loopback unless told otherwise (a reverse proxy publishes it in production).
RASA_HOST ?= 127.0.0.1
WEB_PORT ?= 8080
# Origins (scheme://host:port) of the partner pages that may use the Rasa server from a browser.
PARTNER_ORIGINS ?= http://localhost:$(WEB_PORT)
WIDGET_VENDOR := bot/web/vendor/socket.io.esm.min.js
TRAINING_INPUTS := config.yml domain.yml $(shell find data -name '*.yml' 2>/dev/null)

export TF_CPP_MIN_LOG_LEVEL := 3
export PYTHONHASHSEED := 0
# Library deprecation notices would drown the conversation in `make shell`.
export PYTHONWARNINGS := ignore::DeprecationWarning

.PHONY: help install train shell test test-unit test-stories test-e2e validate eval lint bench bench-train sweep lock clean compare serve purge fuzz

help: ## List the targets
	@grep -E '^[a-z0-9-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-13s %s\n", $$1, $$2}'

install: $(STAMPS)/install $(SPACY_MODEL)/meta.json $(WIDGET_VENDOR) ## Create .venv (Python 3.10.13), install pinned packages, build the spaCy pipeline, npm ci

$(STAMPS)/install: requirements.txt constraints.txt .python-version
	@test -x $(PY) || $(BASE_PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -r requirements.txt -c constraints.txt
	@mkdir -p $(STAMPS) && touch $@

# npm packages of the web widget and its browser test (package-lock.json).
$(STAMPS)/npm: package.json package-lock.json
	npm ci --no-audit --no-fund
	@mkdir -p $(STAMPS) && touch $@

# socket.io-client's browser build is served with the widget, from bot/web/vendor/ (not committed).
$(WIDGET_VENDOR): $(STAMPS)/npm
	mkdir -p $(@D)
	cp node_modules/socket.io-client/dist/socket.io.esm.min.js node_modules/socket.io-client/dist/socket.io.esm.min.js.map $(@D)/

$(SPACY_MODEL)/meta.json: $(STAMPS)/install bot/spacy_pipeline.py
	$(PY) -m bot.spacy_pipeline $(SPACY_MODEL)

train: $(MODEL) ## Train the model, only when data, config or domain changed

$(MODEL): $(STAMPS)/install $(TRAINING_INPUTS)
	$(RASA) train --fixed-model-name current --out models
	@touch $@

shell: train ## Set up, train if needed, start the action server, talk to the bot in the terminal
	@mkdir -p .cache .data; $(ACTIONS_CMD) > .cache/actions.log 2>&1 & pid=$$!; \
	trap "kill $$pid 2>/dev/null" EXIT; \
	for i in $$(seq 60); do curl -sf localhost:$(ACTIONS_PORT)/health >/dev/null && break; sleep 1; done; \
	$(RASA) shell --model $(MODEL) --endpoints endpoints.yml

serve: train $(WIDGET_VENDOR) ## Action server, Rasa server (REST + socketio) and a demo partner page with the web widget
	@mkdir -p .cache .data; \
	$(ACTIONS_CMD) > .cache/actions.log 2>&1 & apid=$$!; \
	PARTNER_ORIGINS=$(PARTNER_ORIGINS) $(RASA) run --model $(MODEL) --interface $(RASA_HOST) --port $(RASA_PORT) --credentials credentials.yml --endpoints endpoints.yml \
		--cors $(PARTNER_ORIGINS) > .cache/rasa.log 2>&1 & rpid=$$!; \
	trap "kill $$apid $$rpid 2>/dev/null" EXIT; \
	echo "Loading the model (logs: .cache/rasa.log, .cache/actions.log) ..."; \
	until curl -sf localhost:$(RASA_PORT)/webhooks/socketio/ >/dev/null; do \
		kill -0 $$rpid 2>/dev/null || { echo "The Rasa server stopped: see .cache/rasa.log"; exit 1; }; sleep 1; done; \
	echo "Action server:        http://localhost:$(ACTIONS_PORT)"; \
	echo "Partner origins:      $(PARTNER_ORIGINS)"; \
	$(PY) -m bot.demo_server --port $(WEB_PORT) --rasa-url http://localhost:$(RASA_PORT)

validate: install ## Rasa data validation; fails on any warning (tests/validate_data.py)
	$(PY) -m tests.validate_data

lint: install ## ruff
	$(VENV)/bin/ruff check .

test-unit: install ## pytest for bot/ and actions/
	$(PY) -m pytest -q tests --ignore=tests/e2e

test-stories: train ## Test stories with --fail-on-prediction-errors
	$(RASA) test core --model $(MODEL) --stories tests/test_stories.yml --fail-on-prediction-errors --out results/stories

test-e2e: train $(WIDGET_VENDOR) ## End-to-end tests against a running Rasa server and action server
	$(PY) -m pytest -q tests/e2e

test: lint validate test-unit test-stories test-e2e ## Everything CI runs

eval: train ## Held-out evaluation: intent, answer and figure accuracy; confusion table in results/eval/
	$(PY) -m tests.eval.run_eval --model $(MODEL) --out results/eval

bench: train ## Latency of a reply (median, p95)
	$(PY) -m benchmarks.latency --model $(MODEL)

bench-train: install ## Training time from an empty cache, per component, and peak memory
	$(PY) -m benchmarks.train_time

sweep: train ## Fallback thresholds on the development set (tests/eval/dev_faq.yml), never the held-out set
	$(PY) -m tests.eval.sweep --model $(MODEL) --misses

lock: install ## Rewrite constraints.txt from the venv
	$(PY) -m pip freeze --exclude-editable | grep -v '^-e' > constraints.txt

clean: ## Remove models, results and caches (keeps .venv)
	rm -rf models results .cache $(STAMPS)/install

compare: install $(SPACY_MODEL)/meta.json ## Compare NLU pipelines (whitespace vs spaCy tokenizer) on the held-out set
	@for cfg in $$($(PY) -m tests.eval.pipeline_variants results/compare); do \
	  name=$$(basename $$cfg .yml); start=$$(date +%s); \
	  $(RASA) train --config $$cfg --fixed-model-name $$name --out results/compare/models >/dev/null 2>&1 || exit 1; \
	  echo "== $$name (trained in $$(( $$(date +%s) - start ))s)"; \
	  $(PY) -m tests.eval.run_eval --model results/compare/models/$$name.tar.gz --out results/compare/$$name | tail -12; \
	done

purge: install ## Delete conversations idle for more than RETENTION_DAYS (default 30) from TRACKER_DB_URL
	RETENTION_DAYS=$(RETENTION_DAYS) $(PY) -m components.retention --url '$(TRACKER_DB_URL)'

fuzz: train ## FUZZ_MESSAGES (2000) random/hostile messages over HTTP to a loopback server: 0 5xx, 0 empty, no traceback
	$(PY) -m tests.fuzz_http --model $(MODEL) --messages $(FUZZ_MESSAGES) --out results/fuzz
