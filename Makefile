# Two commands from a fresh clone: `make demo` and `make test`. Nothing by hand.
PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed-stamp

.PHONY: demo test lint bench bench-instructions browser clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[dev,oxigraph]'
	$(PY) -m ipykernel install --sys-prefix --name python3 >/dev/null
	touch $@

demo: $(STAMP)
	$(VENV)/bin/kg demo demo-out

# Debian's chromium for the browser test; installed when missing and we may.
browser:
	@command -v chromium >/dev/null 2>&1 || { \
	  if [ "$$(id -u)" = 0 ]; then apt-get update -qq && apt-get install -y -qq chromium >/dev/null; \
	  else echo "chromium missing: install Debian's chromium package" >&2; exit 1; fi; }

test: $(STAMP) browser
	$(VENV)/bin/ruff check kg tests
	$(PY) -m pytest

lint: $(STAMP)
	$(VENV)/bin/ruff check kg tests
	$(VENV)/bin/ruff format --check kg tests

bench: $(STAMP)
	$(PY) bench/run.py

# Instruction counts (callgrind) for ownership XML: stable where wall time is not.
bench-instructions: $(STAMP)
	@command -v valgrind >/dev/null 2>&1 || { echo "valgrind missing: apt-get install valgrind" >&2; exit 1; }
	$(PY) bench/instructions.py

clean:
	rm -rf $(VENV) demo-out .pytest_cache
