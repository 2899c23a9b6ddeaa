#!/usr/bin/env bash
# Builds the one-folder app bundle and proves it starts; the work is in packaging/build.py,
# which runs the same on every system. Usage: packaging/build.sh [python] [--package]
set -euo pipefail
cd "$(dirname "$0")/.."
PYTHON=${1:-.venv/bin/python}
shift || true
if [ ! -x "$PYTHON" ]; then
    python3 -m venv .venv
    PYTHON=.venv/bin/python
    "$PYTHON" -m pip install -q -e .
fi
"$PYTHON" packaging/build.py "$@"
