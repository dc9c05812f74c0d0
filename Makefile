# Two entry points a new user needs: `make run` and `make test`.
# Both create .venv on first use, so a machine with only python3 and pip is enough.
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test lint snapshots clean

#: Each folder of tests is type-checked on its own: pytest puts a test's folder on the path, so
#: the folders import their helpers as top-level modules and each has its own conftest.py.
TEST_DIRS = $(sort $(dir $(wildcard tests/*/*.py)))
#: Tests are as strict as src/ but for --strict-equality: a test asserts a value, changes the
#: state and asserts another, and mypy keeps the first narrowing ("non-overlapping equality").
MYPY_TESTS = $(BIN)/mypy --no-strict-equality

$(STAMP): pyproject.toml
	$(PY) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e . --group test
	touch $(STAMP)

run: $(STAMP)
	$(BIN)/intervisie-tui $(ARGS)

lint: $(STAMP)
	$(BIN)/ruff check src tests bench
	$(BIN)/ruff format --check src tests bench
	$(BIN)/mypy
	$(MYPY_TESTS) $(wildcard tests/*.py)
	for dir in $(TEST_DIRS); do $(MYPY_TESTS) $$dir || exit 1; done
	$(BIN)/lint-imports

test: lint
	$(BIN)/python -m pytest -q $(PYTEST_ARGS)

snapshots: $(STAMP)
	$(BIN)/python -m pytest -q --snapshot-update $(PYTEST_ARGS)

clean:
	rm -rf $(VENV) build dist .pytest_cache .mypy_cache .ruff_cache .import_linter_cache
