# The four things one does with this site. Each sets itself up first.
#   make serve   preview with live reload at http://127.0.0.1:8000
#   make build   build the static site into site/ (replaced only if the build succeeds)
#   make test    run every test (browser tests need Chromium)
#   make qa      tests, then a strict build
#   make editor  the web editor on this machine: http://127.0.0.1:8000/admin/ (with the preview)
# Translations:
#   make translations              the state of each page's translation
#   make translated PAGE=x.md      mark the translation of page x.md as up to date
# And, after a change to the programme's headline, label or period:
#   make share-images   redraw the share images (needs Chromium), then commit them
#   make bench   print the site's figures: page weights, Lighthouse, build cost
VENV := .venv
PYTHON := $(VENV)/bin/python
export NO_MKDOCS_2_WARNING := 1

.PHONY: setup serve editor build test qa translations translated share-images bench

setup: $(VENV)/.installed node_modules/.installed

$(VENV)/.installed: requirements.txt pyproject.toml
	python3 -m venv $(VENV)
	$(PYTHON) -m pip install --quiet --upgrade pip
	$(PYTHON) -m pip install --quiet -r requirements.txt
	$(PYTHON) -m pip install --quiet --no-deps -e .
	touch $@

node_modules/.installed: package-lock.json
	npm ci --no-audit --no-fund --loglevel=error
	touch $@

serve: $(VENV)/.installed
	$(PYTHON) -m mkdocs serve --dev-addr 127.0.0.1:8000

editor: setup
	$(PYTHON) scripts/editor.py

build: setup
	$(PYTHON) scripts/build_site.py

test: setup
	$(PYTHON) -m pytest

qa: test build

translations: setup
	@$(PYTHON) scripts/translations.py report

translated: setup
	@$(PYTHON) scripts/translations.py mark $(PAGE)

share-images: setup
	$(PYTHON) scripts/share_images.py

bench: setup
	$(PYTHON) benchmarks/site_benchmark.py
