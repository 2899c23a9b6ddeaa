"""Compile every Designer form in this folder into supervision_desk/gui/forms/ui_<name>.py.

Run after editing a .ui file:  python ui/compile_forms.py
A test fails when a compiled form no longer matches its .ui source.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
FORMS = HERE.parent / "supervision_desk" / "gui" / "forms"


def uic() -> str:
    found = shutil.which("pyside6-uic", path=str(Path(sys.executable).parent))
    return found or "pyside6-uic"


def compile_one(source: Path, target: Path) -> None:
    subprocess.run([uic(), "--from-imports", str(source), "-o", str(target)], check=True)


def main() -> int:
    FORMS.mkdir(parents=True, exist_ok=True)
    (FORMS / "__init__.py").write_text('"""Forms compiled from ../../../ui by pyside6-uic."""\n')
    for source in sorted(HERE.glob("*.ui")):
        compile_one(source, FORMS / f"ui_{source.stem}.py")
    return 0


if __name__ == "__main__":
    sys.exit(main())
