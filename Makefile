# Single entry point. `make help` lists the targets.
SHELL := /bin/bash
.DEFAULT_GOAL := help

PYTHON_VERSION := $(shell cat .python-version)
# The interpreter the venv is built from: pyenv's 3.10.13 where pyenv exists, else python3.10.
BASE_PYTHON ?= $(shell pyenv prefix $(PYTHON_VERSION) 2>/dev/null | sed 's|$$|/bin/python|' || true)
ifeq ($(strip $(BASE_PYTHON)),)
BASE_PYTHON := python3.10
endif

# VENV=path reuses another virtualenv (the fresh-clone test does).
VENV ?= .venv
PY := $(VENV)/bin/python
RASA := $(VENV)/bin/rasa
STAMPS := .stamps
SPACY_MODEL := .cache/spacy-nl
MODEL := models/current.tar.gz
# --- ports and endpoints (issue 8): endpoints.yml reads ACTION_ENDPOINT_URL and TRACKER_DB ---
RASA_PORT ?= 5005
ACTIONS_PORT ?= 5055
CLUSTER_PORT ?= 8000
DATA_DIR := .data
# shell and serve always point Rasa at the action server they started themselves (never at a
# URL inherited from the environment, which could be somebody else's server).
OWN_ACTIONS_URL = ACTION_ENDPOINT_URL=http://127.0.0.1:$(ACTIONS_PORT)/webhook
export TRACKER_DB ?= $(DATA_DIR)/trackers.db
# `make shell` continues this conversation after a restart; another id starts a new one.
SHELL_CONVERSATION ?= shell
# The action server's command line lives in one place: deploy.services.action_server_command.
# --- hardening (issue 9): the action server listens on loopback unless told otherwise ---
ACTIONS_HOST ?= 127.0.0.1
ACTIONS_SERVER = $(PY) -m deploy.actions --host $(ACTIONS_HOST)
# The Rasa server too (a reverse proxy publishes it in production).
RASA_HOST ?= 127.0.0.1
RETENTION_DAYS ?= 30
TRACKER_DB_URL ?= sqlite:///$(TRACKER_DB)
FUZZ_MESSAGES ?= 2000
# Debian packages: Chromium for the browser test, the services of the cluster and its tests.
SYSTEM_PACKAGES := chromium postgresql redis-server nginx tmux
# --- web widget (issue 4) ---
WEB_PORT ?= 8080
# Origins (scheme://host:port) of the partner pages that may use the Rasa server from a browser.
PARTNER_ORIGINS ?= http://localhost:$(WEB_PORT)
WIDGET_VENDOR := web/static/vendor/socket.io.esm.min.js
TRAINING_INPUTS := config.yml domain.yml $(shell find data components -name '*.yml' -o -name '*.py' 2>/dev/null)

export TF_CPP_MIN_LOG_LEVEL := 3
export PYTHONHASHSEED := 0
# Library deprecation notices would drown the conversation in `make shell`.
export PYTHONWARNINGS := ignore::DeprecationWarning

.PHONY: help install train shell test test-unit test-stories test-e2e test-services validate eval lint bench bench-latency bench-train bench-processing sweep eval-seeds lock clean compare serve cluster system-packages nlu places purge fuzz

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

# socket.io-client's browser build is served with the widget, from web/static/vendor/ (not committed).
$(WIDGET_VENDOR): $(STAMPS)/npm
	mkdir -p $(@D)
	cp node_modules/socket.io-client/dist/socket.io.esm.min.js node_modules/socket.io-client/dist/socket.io.esm.min.js.map $(@D)/

$(SPACY_MODEL)/meta.json: $(STAMPS)/install bot/spacy_pipeline.py
	$(PY) -m bot.spacy_pipeline $(SPACY_MODEL)

train: $(MODEL) ## Train the model, only when data, config or domain changed

$(MODEL): $(STAMPS)/install $(TRAINING_INPUTS)
	$(RASA) train --fixed-model-name current --out models
	@touch $@

$(DATA_DIR) .cache:
	@mkdir -p $@

# Port checks (deploy/ports.py): a taken port stops the recipe with a clear message, and the
# health check only counts an answer from the process this recipe started.
shell: train | $(DATA_DIR) .cache ## Set up, train if needed, start the action server, talk to the bot in the terminal
	@$(PY) -m deploy.ports free --target shell RASA_PORT=$(RASA_PORT) ACTIONS_PORT=$(ACTIONS_PORT) || exit 1; \
	$(ACTIONS_SERVER) --port $(ACTIONS_PORT) > .cache/actions.log 2>&1 & pid=$$!; \
	trap "kill $$pid 2>/dev/null" EXIT; \
	echo "Starting the action server (log: .cache/actions.log) ..."; \
	$(PY) -m deploy.ports wait --pid $$pid --port $(ACTIONS_PORT) --url http://127.0.0.1:$(ACTIONS_PORT)/health \
		--what "The action server" --log .cache/actions.log || exit 1; \
	echo "Loading the model (log: .cache/shell.log) ..."; \
	$(OWN_ACTIONS_URL) $(RASA) shell --model $(MODEL) --endpoints endpoints.yml --interface 127.0.0.1 --port $(RASA_PORT) \
		--conversation-id $(SHELL_CONVERSATION) 2> .cache/shell.log \
		|| { echo "rasa shell stopped with an error; the end of .cache/shell.log:"; tail -n 15 .cache/shell.log; exit 1; }

serve: train $(WIDGET_VENDOR) | $(DATA_DIR) .cache ## Action server, Rasa server (REST + socketio) and a demo partner page with the web widget
	@$(PY) -m deploy.ports free --target serve RASA_PORT=$(RASA_PORT) ACTIONS_PORT=$(ACTIONS_PORT) WEB_PORT=$(WEB_PORT) || exit 1; \
	$(ACTIONS_SERVER) --port $(ACTIONS_PORT) > .cache/actions.log 2>&1 & apid=$$!; \
	$(OWN_ACTIONS_URL) PARTNER_ORIGINS=$(PARTNER_ORIGINS) $(RASA) run --model $(MODEL) --interface $(RASA_HOST) --port $(RASA_PORT) --credentials credentials.yml --endpoints endpoints.yml \
		--cors $(PARTNER_ORIGINS) > .cache/rasa.log 2>&1 & rpid=$$!; \
	trap "kill $$apid $$rpid 2>/dev/null" EXIT; \
	echo "Loading the model (logs: .cache/rasa.log, .cache/actions.log) ..."; \
	$(PY) -m deploy.ports wait --pid $$apid --port $(ACTIONS_PORT) --url http://127.0.0.1:$(ACTIONS_PORT)/health \
		--what "The action server" --log .cache/actions.log || exit 1; \
	$(PY) -m deploy.ports wait --pid $$rpid --port $(RASA_PORT) --url http://127.0.0.1:$(RASA_PORT)/webhooks/socketio/ \
		--what "The Rasa server" --log .cache/rasa.log --timeout 300 || exit 1; \
	echo "Action server:        http://localhost:$(ACTIONS_PORT)"; \
	echo "Conversations kept in $(TRACKER_DB)"; \
	echo "Partner origins:      $(PARTNER_ORIGINS)"; \
	$(PY) -m web.demo_server --port $(WEB_PORT) --rasa-url http://localhost:$(RASA_PORT)

cluster: train $(WIDGET_VENDOR) system-packages ## PostgreSQL, Redis, action server, two Rasa instances and nginx on CLUSTER_PORT (Ctrl-C stops all)
	$(PY) -m deploy.cluster --model $(MODEL) --port $(CLUSTER_PORT) --web-port $(WEB_PORT)

# Installs the Debian packages when missing and running as root; otherwise prints the command.
system-packages: ## Install the Debian packages of the tests and the cluster (as root), or print the apt-get command
	@missing=$$(for p in $(SYSTEM_PACKAGES); do dpkg-query -W -f='$${Status}' $$p 2>/dev/null | grep -q 'ok installed' || echo $$p; done); \
	if [ -n "$$missing" ]; then \
	  if [ "$$(id -u)" = 0 ]; then \
	    echo "Installing Debian packages: $$missing"; \
	    DEBIAN_FRONTEND=noninteractive apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$missing >/dev/null; \
	  else \
	    echo "Missing Debian packages. Install them with:"; echo "  sudo apt-get install -y $$missing"; exit 1; \
	  fi; \
	fi

validate: install ## Rasa data validation; fails on any warning (tools/validate_data.py)
	$(PY) -m tools.validate_data

lint: install ## ruff, mypy (bot/, actions/, components/; config in pyproject.toml), generated NLU file up to date
	$(VENV)/bin/ruff check .
	$(VENV)/bin/mypy
	$(PY) -m tools.nlu --check

places: install ## Write bot/intake/words_towns.py and words_origin.py (Belgian towns, cities of origin) from GeoNames
	$(PY) -m tools.places

nlu: install ## Write data/nlu/figures_lookups.yml (lookup tables, synonyms) from bot/figures/vocabulary/
	$(PY) -m tools.nlu

# tests/test_tracker_store.py runs against SQLite and a throwaway PostgreSQL 15: under CI=true a
# missing PostgreSQL is a failure, so there the Debian packages come first; a developer machine
# without them skips those cases with the apt command.
test-unit: install $(if $(filter true,$(CI)),system-packages) ## pytest for bot/, actions/, components/ (tracker store also on PostgreSQL)
	$(PY) -m pytest -q tests --ignore=tests/e2e --ignore=tests/deploy

test-stories: train ## Test stories with --fail-on-prediction-errors
	$(RASA) test core --model $(MODEL) --stories tests/test_stories.yml --fail-on-prediction-errors --out results/stories

test-e2e: train $(WIDGET_VENDOR) system-packages ## End-to-end tests against a running Rasa server and action server
	$(PY) -m pytest -q tests/e2e

test-services: train system-packages ## Restarts, two instances behind nginx, locks, instance loss, socket.io, fresh-clone make shell
	$(PY) -m pytest -q tests/deploy

test: lint validate test-unit test-stories test-e2e test-services ## Everything CI runs

# The blind sets (tools/eval/blind/, written by someone kept out of data/, tests/, results/ and the
# README) are reported beside the held-out sets; the follow-up conversations (dev and blind) are
# scored by tools/eval/conversations.py, in process.
BLIND_SETS := tools/eval/blind/blind_faq.yml tools/eval/blind/blind_figures.yml

eval: train ## Held-out and blind evaluation: intent, answer, figure accuracy, intake slots, follow-up conversations; results/eval*/
	-$(PY) -m tools.eval.run_eval --model $(MODEL) --out results/eval
	-$(PY) -m tools.eval.run_eval --model $(MODEL) --data $(BLIND_SETS) --out results/eval-blind
	$(PY) -m tools.eval.intake --examples tools/eval/blind/blind_intake.yml --totals-only
	-$(PY) -m tools.eval.conversations --model $(MODEL) --data tools/eval/dev_conversations.yml --out results/eval-conversations-dev
	-$(PY) -m tools.eval.conversations --model $(MODEL) --data tools/eval/dev_conversations_2.yml --out results/eval-conversations-dev2
	-$(PY) -m tools.eval.conversations --model $(MODEL) --data tools/eval/blind/blind_conversations.yml --out results/eval-conversations-blind

bench: train system-packages ## Load benchmark: single instance (SQLite) vs cluster, writes docs/benchmarks.md (SOAK=1: 10-minute soak)
	$(PY) -m benchmarks.load --model $(MODEL) --out docs/benchmarks.md $(if $(SOAK),--soak 600)

bench-latency: train ## Latency of a reply, one message at a time (median, p95)
	$(PY) -m benchmarks.latency --model $(MODEL)

bench-train: install ## Training time from an empty cache, per component, and peak memory
	$(PY) -m benchmarks.train_time

bench-processing: install ## The featurizing part of training, per featurizer, as Rasa's train graph runs it
	$(PY) -m benchmarks.train_processing

eval-seeds: install ## Held-out and blind scores over three trainings that differ only in their seeds (mean, range)
	$(PY) -m tools.eval.seeds

sweep: train ## Fallback thresholds on the development sets (tools/eval/dev_faq*.yml, pooled), never the held-out set
	$(PY) -m tools.eval.sweep --model $(MODEL) --data $(sort $(wildcard tools/eval/dev_faq*.yml)) --misses

lock: install ## Rewrite constraints.txt from the venv
	$(PY) -m pip freeze --exclude-editable | grep -v '^-e' > constraints.txt

clean: ## Remove models, results and caches (keeps .venv)
	rm -rf models results .cache $(STAMPS)/install  # keeps .data (conversations)

compare: install $(SPACY_MODEL)/meta.json ## Compare NLU pipelines (whitespace vs spaCy tokenizer) on the held-out set
	@for cfg in $$($(PY) -m tools.eval.pipeline_variants results/compare); do \
	  name=$$(basename $$cfg .yml); start=$$(date +%s); \
	  $(RASA) train --config $$cfg --fixed-model-name $$name --out results/compare/models >/dev/null 2>&1 || exit 1; \
	  echo "== $$name (trained in $$(( $$(date +%s) - start ))s)"; \
	  $(PY) -m tools.eval.run_eval --model results/compare/models/$$name.tar.gz --out results/compare/$$name | tail -12; \
	done

purge: install ## Delete conversations idle for more than RETENTION_DAYS (default 30) from TRACKER_DB_URL
	RETENTION_DAYS=$(RETENTION_DAYS) $(PY) -m components.retention --url '$(TRACKER_DB_URL)'

fuzz: train ## FUZZ_MESSAGES (2000) random/hostile messages over HTTP to a loopback server: 0 5xx, 0 empty, no traceback
	$(PY) -m tools.fuzz_http --model $(MODEL) --messages $(FUZZ_MESSAGES) --out results/fuzz
