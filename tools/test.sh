#!/bin/sh
# Run the test suite in a local virtual environment (created on first use).
# PYTHON picks the interpreter (default python3); extra arguments go to pytest.
# The dev tools are pytest and mypy (a test type-checks user code with it).
set -eu
cd "$(dirname "$0")/.."
PYTHON="${PYTHON:-python3}"
VENV="${VENV:-.venv-$("$PYTHON" -c 'import sys; print("%d.%d" % sys.version_info[:2])')}"
if [ ! -x "$VENV/bin/python" ] || ! "$VENV/bin/python" -c "import pytest, mypy" 2>/dev/null; then
    "$PYTHON" -m venv "$VENV"
    "$VENV/bin/python" -m pip install -q --disable-pip-version-check pytest mypy
fi
"$VENV/bin/python" -m pytest -q "$@"
