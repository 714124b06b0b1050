#!/usr/bin/env bash
# Install coopkg with its test needs into .venv and run the whole test suite (this is what CI runs).
#
# As root with apt (CI, a fresh machine of ours) it also installs and starts a throw-away Virtuoso on
# 127.0.0.1 (scripts/virtuoso.sh) so the SPARQL endpoint tests run against a real server; elsewhere
# those tests are skipped with a reason. COOPKG_SKIP_VIRTUOSO=1 skips the server on purpose.
set -euo pipefail
cd "$(dirname "$0")/.."
python3 -m venv .venv
.venv/bin/python -m pip install -q --upgrade pip
.venv/bin/python -m pip install -q -e '.[test]'
.venv/bin/ruff check .
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null && [ "${COOPKG_SKIP_VIRTUOSO:-0}" != 1 ]; then
  started_here=0
  bash scripts/virtuoso.sh status >/dev/null 2>&1 || started_here=1
  bash scripts/virtuoso.sh start
  if [ "$started_here" = 1 ]; then trap 'bash scripts/virtuoso.sh stop || true' EXIT; fi
  export COOPKG_TEST_ENDPOINT=http://127.0.0.1:8890/sparql
  export COOPKG_TEST_ENDPOINT_AUTH=dba:dba
  if [ "${CI:-}" = true ]; then export COOPKG_TEST_ENDPOINT_REQUIRED=1; fi
fi
.venv/bin/python -m pytest -q "$@"
