#!/usr/bin/env bash
# Builds the one-folder app bundle for this operating system into dist/supervision-desk,
# then proves it starts with its self-test. Usage: packaging/build.sh [python]
set -euo pipefail
cd "$(dirname "$0")/.."
PYTHON=${1:-.venv/bin/python}
if [ ! -x "$PYTHON" ]; then
    python3 -m venv .venv
    PYTHON=.venv/bin/python
    "$PYTHON" -m pip install -q -e .
fi
"$PYTHON" -m pip install -q "pyinstaller>=6.10"
"$PYTHON" -m PyInstaller --noconfirm --clean --log-level WARN \
    --distpath dist --workpath build/pyinstaller packaging/supervision_desk.spec
BUNDLE=dist/supervision-desk
QT_QPA_PLATFORM=offscreen "$BUNDLE/supervision-desk" --self-test
echo "Bundle: $BUNDLE ($(du -sh "$BUNDLE" | cut -f1))"
