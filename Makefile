# Two commands from a fresh clone: `make demo` and `make test`. Nothing by hand.
PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed-stamp

.PHONY: demo test lint bench bench-instructions system native clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[dev,oxigraph]'
	$(PY) -m ipykernel install --sys-prefix --name python3 >/dev/null
	touch $@

# The ownership-XML path compiled with mypyc (tools/native.py): the same source, output
# byte for byte the same, faster. Rebuilt when a source of kg/ changed; skipped, with a
# warning, where there is no C compiler (edgar-kg then runs as pure Python).
native: $(STAMP)
	$(PY) tools/native.py --if-stale

demo: $(STAMP) native
	$(VENV)/bin/kg demo demo-out

# Debian packages the tests use: chromium (the page in a real browser),
# poppler-utils (pdftotext, to read PDFs) and gcc (`make native`). Installed when
# missing and we may.
system:
	@missing=""; \
	command -v chromium >/dev/null 2>&1 || missing="$$missing chromium"; \
	command -v gcc >/dev/null 2>&1 || missing="$$missing gcc"; \
	command -v pdftotext >/dev/null 2>&1 || missing="$$missing poppler-utils"; \
	if [ -n "$$missing" ]; then \
	  if [ "$$(id -u)" = 0 ]; then apt-get update -qq && apt-get install -y -qq $$missing >/dev/null; \
	  else echo "missing Debian packages:$$missing" >&2; exit 1; fi; fi

test: system $(STAMP) native
	$(VENV)/bin/ruff check kg tests tools bench
	$(PY) -m pytest

lint: $(STAMP)
	$(VENV)/bin/ruff check kg tests tools bench
	$(VENV)/bin/ruff format --check kg tests tools bench

bench: $(STAMP) native
	$(PY) bench/run.py

# Instruction counts (callgrind) for ownership XML: stable where wall time is not.
bench-instructions: $(STAMP) native
	@command -v valgrind >/dev/null 2>&1 || { echo "valgrind missing: apt-get install valgrind" >&2; exit 1; }
	$(PY) bench/instructions.py

clean:
	$(PYTHON) tools/native.py clean
	rm -rf $(VENV) demo-out .pytest_cache
