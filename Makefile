# Two commands for a fresh machine: `make demo` and `make test`. Each installs what it needs.
SHELL := /bin/bash
VENV ?= .venv
OLDEST_VENV ?= .venv-oldest
PYTHON ?= python3
BIN := $(abspath $(VENV))/bin
export PATH := $(BIN):$(PATH)
export DASH_TEST_CHROMEPATH ?= /usr/bin/chromium
PYTEST_FLAGS ?= --headless
# make test runs every test, the slow ones too (browser fuzz, jobs under load and faults);
# narrow a run with e.g. PYTEST_SELECT='-m "not slow"'.
PYTEST_SELECT ?=
DIST_DIR ?= dist

.PHONY: demo screenshot test build dist package lint test-js test-py test-graph-fuzz test-redis-restart \
	test-oldest bench bench-repeat system clean

demo: build
	$(BIN)/python usage.py

# The README's picture of the demo, taken in headless Chromium.
screenshot: system build
	$(BIN)/python scripts/screenshot.py docs/demo.png

test: build lint test-js test-py

# Debian packages the browser tests and the Celery tests need; installed only when missing.
system:
	@missing=""; \
	command -v chromium >/dev/null || missing="$$missing chromium"; \
	command -v chromedriver >/dev/null || missing="$$missing chromium-driver"; \
	command -v redis-server >/dev/null || missing="$$missing redis-server"; \
	if [ -n "$$missing" ]; then \
		echo "installing$$missing"; \
		apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$missing >/dev/null; \
	fi

$(VENV)/.installed: requirements-dev.txt setup.py
	$(PYTHON) -m venv $(VENV)
	# Dash's extract-meta.js is CommonJS: keep our package.json's "type": "module" off it.
	echo '{"type": "commonjs"}' > $(VENV)/package.json
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install -q -r requirements-dev.txt
	touch $@

node_modules/.installed: package.json package-lock.json
	npm ci --no-audit --no-fund
	touch $@

build: $(VENV)/.installed node_modules/.installed
	npm run build
	$(BIN)/pip install -q --no-deps --no-build-isolation -e .

# The sdist and the wheel, carrying the built bundles, in dist/: pip install dist/*.whl
dist: build package

# dist's packaging step alone, on bundles already built (tests/packaging/test_wheel.py runs it);
# setuptools would reuse a stale file list from an old egg-info, so that goes first.
package: $(VENV)/.installed
	rm -rf $(DIST_DIR) build my_components.egg-info
	$(BIN)/python -m build --no-isolation --outdir $(DIST_DIR)

lint: $(VENV)/.installed node_modules/.installed
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	npm run lint

test-js: node_modules/.installed
	npm run test:js

test-py: system build
	$(BIN)/python -m pytest $(PYTEST_FLAGS) $(PYTEST_SELECT) tests

# Shortcuts to one slow test each (both are also part of make test).
test-graph-fuzz: system build
	$(BIN)/python -m pytest $(PYTEST_FLAGS) -m graph_fuzz tests/fuzz

test-redis-restart: system build
	$(BIN)/python -m pytest $(PYTEST_FLAGS) -m redis_restart tests/reliability

# The smoke subset against the oldest supported Dash (React 16.14), in its own venv.
$(OLDEST_VENV)/.installed: requirements-oldest.txt
	$(PYTHON) -m venv $(OLDEST_VENV)
	$(OLDEST_VENV)/bin/pip install -q --upgrade pip
	$(OLDEST_VENV)/bin/pip install -q -r requirements-oldest.txt
	touch $@

test-oldest: system build $(OLDEST_VENV)/.installed
	PATH=$(abspath $(OLDEST_VENV))/bin:$$PATH $(abspath $(OLDEST_VENV))/bin/python -m pytest $(PYTEST_FLAGS) -m smoke tests

# Prints the table, writes benchmarks/results/latest.json and the chart the docs show.
# The side-by-side table and chart, then the typing stall beside dcc and the Python search.
bench: system build
	$(BIN)/python -m benchmarks.run --chart docs/performance-ratios.svg
	$(BIN)/python -m benchmarks.typing_stall
	$(BIN)/python -m benchmarks.search_python

# Two full runs (the second's chart goes to docs/), then whether their ratios agree.
bench-repeat: system build
	$(BIN)/python -m benchmarks.run --out benchmarks/results/first.json
	$(BIN)/python -m benchmarks.run --out benchmarks/results/second.json \
		--chart docs/performance-ratios.svg
	$(BIN)/python -m benchmarks.compare benchmarks/results/first.json benchmarks/results/second.json

clean:
	rm -rf $(VENV) $(OLDEST_VENV) node_modules build dist *.egg-info
	git clean -fdX my_components
