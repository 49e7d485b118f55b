# The four things one does with this site. Each sets itself up first, with
# only what it uses: Python for the site and translations; Node (npm) only
# for the tests and the benchmark.
#   make serve   preview with live reload at http://127.0.0.1:8000
#   make build   build the static site into site/ (replaced only if the build succeeds)
#   make test    run every test (browser tests need Chromium; needs Node)
#   make qa      tests, then a strict build
#   make editor  the web editor on this machine: http://127.0.0.1:8000/admin/ (with the preview; needs Node)
#   make check   check the data, pages and menu without building (in GitHub Actions:
#                annotations on the pull request's lines, and the job summary)
# Translations:
#   make translations              the state of each page's translation
#   make translated PAGE=x.md      mark the translation of page x.md as up to date
#   make bench   print the site's figures: page weights, Lighthouse, build cost (needs Node)
VENV := .venv
PYTHON := $(VENV)/bin/python
export NO_MKDOCS_2_WARNING := 1

.PHONY: setup python serve editor build check test qa translations translated bench

setup: python node_modules/.installed
python: $(VENV)/.installed

$(VENV)/.installed: requirements.txt pyproject.toml
	python3 -m venv $(VENV)
	$(PYTHON) -m pip install --quiet --upgrade pip
	$(PYTHON) -m pip install --quiet -r requirements.txt
	$(PYTHON) -m pip install --quiet --no-deps -e .
	touch $@

node_modules/.installed: package-lock.json
	npm ci --no-audit --no-fund --loglevel=error
	touch $@

serve: python
	$(PYTHON) scripts/serve.py --dev-addr 127.0.0.1:8000

editor: python
	$(PYTHON) scripts/editor.py

build: python
	$(PYTHON) scripts/build_site.py

check: python
	$(PYTHON) scripts/check_site.py $(if $(GITHUB_ACTIONS),--github)

test: setup
	$(PYTHON) -m pytest

qa: test build

translations: python
	@$(PYTHON) scripts/translations.py report

translated: python
	@$(PYTHON) scripts/translations.py mark $(PAGE)

bench: setup
	$(PYTHON) benchmarks/site_benchmark.py
