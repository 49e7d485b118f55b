# The four things one does with this site. Each sets itself up first.
#   make serve   preview with live reload at http://127.0.0.1:8000
#   make build   build the static site into site/
#   make test    run every test (browser tests need Chromium)
#   make qa      tests, then a strict build
#   make bench   print the site's figures: page weights, Lighthouse, build cost
VENV := .venv
PYTHON := $(VENV)/bin/python
export NO_MKDOCS_2_WARNING := 1

.PHONY: setup serve build test qa bench

setup: $(VENV)/.installed node_modules/.installed

$(VENV)/.installed: requirements.txt
	python3 -m venv $(VENV)
	$(PYTHON) -m pip install --quiet --upgrade pip
	$(PYTHON) -m pip install --quiet -r requirements.txt
	touch $@

node_modules/.installed: package-lock.json
	npm ci --no-audit --no-fund --loglevel=error
	touch $@

serve: setup
	$(PYTHON) -m mkdocs serve --dev-addr 127.0.0.1:8000

build: setup
	$(PYTHON) -m mkdocs build --strict

test: setup
	$(PYTHON) -m pytest

qa: test build

bench: setup
	$(PYTHON) benchmarks/site_benchmark.py
