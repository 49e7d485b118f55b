# The four things one does with this site. Each sets itself up first, with
# only what it uses: Python for the site and translations; Node (npm) only
# for the tests and the benchmark.
#   make help    the commands staff use, in French
#   make serve   preview with live reload at http://127.0.0.1:8000 (another port: PCV_PREVIEW_PORT=8001 make serve)
#   make build   build the static site into site/ (replaced only if the build succeeds; site/ holds only what
#                the build writes: a file put there by hand is removed by the next build, which names it)
#   make test    run every test, in parallel (browser tests need Chromium; needs Node;
#                only the others: .venv/bin/python -m pytest -m "not browser")
#   make qa      tests, then a strict build
#   make editor  the web editor on this machine: http://127.0.0.1:8000/admin/ (with the preview; needs Node;
#                PCV_PREVIEW_PORT for another port, PCV_EDITOR_PORT for decap-server's, 8081)
#   make editor-format  write data/ and the pages' front matter as the web editor does (needs Node)
#   make check   check the data, pages and menu without building (in GitHub Actions:
#                annotations on the pull request's lines, and the job summary)
# Translations:
#   make translations              the state of each page's translation
#   make translated PAGE=x.md      mark the translation of page x.md as up to date
#   make bench   print the site's figures: page weights, Lighthouse, build cost (needs Node)
#   make other-programme  the tests (no browser) with tests/fixtures/programme-atelier (or PROGRAMME=folder) in
#                place of data/, docs/ and mkdocs.yml, in a copy under build/ removed afterwards (5 to 10 min on two
#                cores): a test that fails there is bound to one programme's content
#   make fuzz    the slips people make, applied to every data file, page and mkdocs.yml (500 edits, ~15 min;
#                EXAMPLES=n BUILDS=n to change); `make test` runs 30 of them
VENV := .venv
PYTHON := $(VENV)/bin/python
# Whether node_modules holds what package-lock.json asks for: npm's record of what it installed there
# (node_modules/.package-lock.json) lists the same packages.
NODE_MODULES_MATCH_LOCK := python3 -c "import json, sys; lock = json.load(open('package-lock.json'))['packages']; \
  lock.pop('', None); sys.exit(lock != json.load(open('node_modules/.package-lock.json'))['packages'])"
export NO_MKDOCS_2_WARNING := 1

.PHONY: help setup python serve editor editor-format build check test qa translations translated bench fuzz other-programme

setup: python node_modules/.installed
python: $(VENV)/.installed

$(VENV)/.installed: requirements.txt pyproject.toml
	python3 -m venv $(VENV)
	$(PYTHON) -m pip install --quiet --upgrade pip
	$(PYTHON) -m pip install --quiet -r requirements.txt
	$(PYTHON) -m pip install --quiet --no-deps -e .
	# Our own modules compiled once, as pip compiles every package it installs (an editable install is not): a
	# machine with PYTHONDONTWRITEBYTECODE set would compile them again on every build.
	$(PYTHON) -m compileall -q pcv hooks
	touch $@

# A clone whose node_modules was copied in (its package-lock.json newer than the stamp, as a checkout makes it)
# installs nothing again when node_modules already holds what the lock asks for (PROGRAMME9 F11: `npm ci` ran again,
# over the network, before `make other-programme`).
node_modules/.installed: package-lock.json
	@if $(NODE_MODULES_MATCH_LOCK) 2>/dev/null; then touch $@; else \
	  echo "npm ci --no-audit --no-fund --loglevel=error" && npm ci --no-audit --no-fund --loglevel=error && touch $@; fi

# The commands of CONTRIBUTING.md, in French, for staff.
help:
	@echo "make serve    l'aperçu du site : http://127.0.0.1:8000/"
	@echo "make editor   l'éditeur web sur votre ordinateur : http://127.0.0.1:8000/admin/ (avec l'aperçu)"
	@echo "make check    vérifier les données, les pages et le menu, sans construire le site"
	@echo "make build    construire le site dans le dossier site/"
	@echo "make translations   où en est la traduction de chaque page"
	@echo "Le port 8000 est pris par un autre programme ? PCV_PREVIEW_PORT=8001 make editor (ou make serve) :"
	@echo "l'adresse devient http://127.0.0.1:8001/admin/."

serve: python
	$(PYTHON) scripts/serve.py --dev-addr 127.0.0.1:$(or $(PCV_PREVIEW_PORT),8000)

editor: python
	$(PYTHON) scripts/editor.py

build: python
	$(PYTHON) scripts/build_site.py

check: python
	$(PYTHON) scripts/check_site.py $(if $(GITHUB_ACTIONS),--github)

editor-format: setup
	$(PYTHON) scripts/editor_format.py

# Each file's tests on one worker, two workers per core (tests/conftest.py says why); the files in the order
# tests/conftest.py gives (the longest first).
test: setup
	$(PYTHON) -m pytest -n auto --dist loadfile --no-loadscope-reorder --durations=30

qa: test build

translations: python
	@$(PYTHON) scripts/translations.py report

translated: python
	@$(PYTHON) scripts/translations.py mark $(PAGE)


bench: setup
	$(PYTHON) benchmarks/site_benchmark.py

other-programme: setup
	$(PYTHON) tests/tools/other_programme.py $(if $(PROGRAMME),--programme $(PROGRAMME))

fuzz: setup
	PCV_FUZZ_EXAMPLES=$(or $(EXAMPLES),500) PCV_FUZZ_BUILDS=$(or $(BUILDS),20) \
	  $(PYTHON) -m pytest -q -s -p no:cacheprovider tests/test_fuzz_slips.py
