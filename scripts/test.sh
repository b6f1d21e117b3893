#!/usr/bin/env bash
# The one command that sets up and runs every test: lint, types, unit, golden, store contract
# tests on SQLite and on a real Elasticsearch node, and browser tests in headless Chromium.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh

if [ -x scripts/es.sh ]; then
  bash scripts/es.sh start
  trap 'bash scripts/es.sh stop' EXIT
  export VANBAN_ES_URL=${VANBAN_ES_URL:-http://127.0.0.1:9200}
fi

.venv/bin/ruff check .
.venv/bin/mypy
.venv/bin/python -m pytest -q "$@"
