#!/usr/bin/env bash
# The main job on the embedded default: set up, ingest the sample corpus (corpus/pdf) into the
# SQLite store var/vanban.sqlite, show a search, a task list and a reference chain, then open the
# web app on http://127.0.0.1:8765 (Ctrl-C stops it). Pass --no-serve to stop after the printouts.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
VANBAN=.venv/bin/vanban
export VANBAN_STORE=${VANBAN_STORE:-var/vanban.sqlite}

step() { printf '\n\033[1m== %s\033[0m\n' "$*"; }

step "Ingest the sample corpus into $VANBAN_STORE"
$VANBAN ingest corpus/pdf

step 'Search without diacritics: "cai cach hanh chinh"'
$VANBAN search "cai cach hanh chinh" --size 5

step 'Search by number: "nghị định 178"'
$VANBAN search "nghị định 178" --size 5

step "Who must do what: tasks of the 2026 administrative-reform plan, by body"
$VANBAN tasks corpus/pdf/hy-ubnd-kh-28-2026-cchc.pdf --by body | head -40

step "The reference chain of Công văn 640/UBND-NC"
$VANBAN graph chain 640/UBND-NC --depth 4

step "Most-cited documents"
$VANBAN graph top --limit 5

if [ "${1:-}" != "--no-serve" ] && $VANBAN serve --help >/dev/null 2>&1; then
  step "Web app: http://127.0.0.1:8765 (Ctrl-C to stop)"
  exec $VANBAN serve --port 8765
fi
