# Only the bench target lives here for now; see BENCHMARKS.md (full run: python -m bench).
PYTHON ?= .venv/bin/python

.PHONY: bench

bench:  ## quick benchmark suite (< 5 min once bench/out/ is generated): bench/results.json
	$(PYTHON) -m bench --quick
