# The two commands of the quick start are `make run` and `make test`.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
MANAGE := $(BIN)/python manage.py
HOST ?= 127.0.0.1
PORT ?= 8000

.PHONY: run test install install-dev catalogues lint checks pytest smoke bench benchmark lighthouse lock clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

# Reinstall only when a lock file changes.
$(VENV)/.installed-base: requirements/base.lock | $(BIN)/python
	$(BIN)/pip install --quiet -r requirements/base.lock
	touch $@

$(VENV)/.installed-dev: requirements/dev.lock | $(BIN)/python
	$(BIN)/pip install --quiet -r requirements/dev.lock
	touch $@ $(VENV)/.installed-base

install: $(VENV)/.installed-base
install-dev: $(VENV)/.installed-dev

catalogues: install
	$(MANAGE) compile_catalogues

## make run: venv, install (with the demo app's factories), migrate SQLite,
## demo content, admin login, serve.
run: install-dev catalogues
	$(MANAGE) migrate --noinput
	$(MANAGE) load_demo_content
	$(MANAGE) ensure_dev_admin
	$(MANAGE) ensure_dev_member_editors
	@echo "Serving on http://$(HOST):$(PORT)/ (Ctrl-C to stop)"
	$(MANAGE) runserver $(HOST):$(PORT)

## make test: dev dependencies, lint, Django checks, every test.
test: install-dev catalogues lint checks pytest

lint: install-dev
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

checks: install-dev
	DJANGO_SETTINGS_MODULE=cluster_portal.settings.test $(MANAGE) check
	DJANGO_SETTINGS_MODULE=cluster_portal.settings.test $(MANAGE) makemigrations --check --dry-run

# Two processes each (pytest-xdist, one database per process): the suite
# without the browser, then the browser suite, whose demo site and live
# server are per process too. Transactional tests empty their database when
# they end, so they never share one with the browser suite's demo.
# Each run prints its twenty slowest tests; every test has a timeout
# (pyproject.toml), so a runaway one fails by name instead of eating CI.
PYTEST_WORKERS ?= 2
PYTEST_DURATIONS ?= --durations=20 --durations-min=1
pytest: install-dev
	$(BIN)/pytest -n $(PYTEST_WORKERS) --ignore=tests/e2e $(PYTEST_DURATIONS) $(PYTEST_ARGS)
	$(BIN)/pytest -n $(PYTEST_WORKERS) tests/e2e $(PYTEST_DURATIONS) $(PYTEST_ARGS)

## make smoke: on the SQLite default, migrate, load the demo twice, render every page.
smoke: install-dev catalogues
	$(MANAGE) migrate --noinput
	$(MANAGE) load_demo_content
	$(MANAGE) load_demo_content
	$(MANAGE) check_pages

## make lock: re-pin every dependency from pyproject.toml.
lock: install-dev
	$(BIN)/pip install --quiet pip-tools
	$(BIN)/pip-compile --quiet --strip-extras --no-emit-index-url --no-emit-find-links \
		--no-emit-trusted-host -o requirements/base.lock pyproject.toml
	$(BIN)/pip-compile --quiet --strip-extras --extra dev --no-emit-index-url \
		--no-emit-find-links --no-emit-trusted-host -o requirements/dev.lock pyproject.toml

clean:
	rm -rf $(VENV) staticfiles .pytest_cache .ruff_cache
	find . -name __pycache__ -type d -prune -exec rm -rf {} +

## make bench (or benchmark): page-cache misses and hits in-process, then
## gunicorn + production settings loaded with wrk; writes docs/performance.md.
bench benchmark: install-dev catalogues
	$(BIN)/python scripts/benchmark.py $(BENCH_ARGS)

## make lighthouse: Lighthouse (npm, pinned, into var/lighthouse/) on a phone
## over nine pages of the demo site under production settings; writes
## docs/lighthouse.md, fails under 95 or on a stretched image.
lighthouse: install-dev catalogues
	$(BIN)/python scripts/lighthouse.py $(LIGHTHOUSE_ARGS)
