# CoordApp — the two commands: `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
# Every dependency pinned with its hashes (make lock refreshes it from pyproject.toml).
LOCK := requirements.lock

.PHONY: run test lint install clean lock

$(STAMP): pyproject.toml $(LOCK)
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet --require-hashes -r $(LOCK)
	$(BIN)/python -m pip install --quiet --no-deps -e .
	touch $(STAMP)

install: $(STAMP)

# The display check first: a missing X11 library gives the command that installs it
# (or installs it, as root on Debian/Ubuntu), never a Qt abort.
run: $(STAMP)
	$(BIN)/python -m coordapp.cli.display_check
	$(BIN)/coordapp

lock: $(STAMP)
	$(BIN)/uv pip compile pyproject.toml --extra dev --generate-hashes --universal \
		--python-version 3.11 --upgrade --quiet --custom-compile-command "make lock" \
		-o $(LOCK)

lint: $(STAMP)
	$(BIN)/ruff check coordapp tests
	$(BIN)/mypy
	$(BIN)/lint-imports

test: lint
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache

# -- Frozen desktop app (PyInstaller, build/coordapp.spec; see build/README.md) ---------
.PHONY: dist dist-test

# dist/CoordApp/: the one-folder app; PyInstaller's work files go to build/work/.
dist: $(STAMP)
	$(BIN)/pyinstaller --noconfirm --distpath dist --workpath build/work build/coordapp.spec
	@du -sh dist/CoordApp

# The smoke test of the frozen app; fails (does not skip) when it has not been built.
dist-test: $(STAMP)
	COORDAPP_FROZEN=$(CURDIR)/dist/CoordApp/CoordApp QT_QPA_PLATFORM=offscreen \
		$(BIN)/python -m pytest tests/test_frozen.py -v

# Performance figures on cached demo databases (bench/README.md); BENCH_SIZES=1000,5000
# runs a subset. Writes bench/results.md and bench/results.json.
.PHONY: bench
bench: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m bench.run

# -- Release files: licences, Debian package (build/README.md) ------------------------
.PHONY: notices deb

# resources/licenses/THIRD-PARTY-NOTICES.txt, from the installed (locked) distributions.
notices: $(STAMP)
	$(BIN)/python tools/third_party_notices.py

# dist/coordapp_<version>_amd64.deb from dist/CoordApp (run make dist first).
deb: $(STAMP)
	$(BIN)/python tools/build_deb.py
