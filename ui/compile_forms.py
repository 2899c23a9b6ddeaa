"""Compile every Designer form in this folder into supervision_desk/gui/forms/ui_<name>.py.

Run after editing a .ui file:  python ui/compile_forms.py
A test fails when a compiled form no longer matches its .ui source.

pyside6-uic imports the same two dozen Qt classes into every form, used or not; each class
PySide6 meets for the first time costs it a moment to set up (QLocale's and QGradient's long
lists of names, for one), so the compiled forms import only the classes they use.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

_IMPORT = re.compile(r"^from (PySide6\.\w+) import \(([^)]*)\)\n", re.MULTILINE)

HERE = Path(__file__).resolve().parent
FORMS = HERE.parent / "supervision_desk" / "gui" / "forms"


def uic() -> str:
    found = shutil.which("pyside6-uic", path=str(Path(sys.executable).parent))
    return found or "pyside6-uic"


def only_used_imports(code: str) -> str:
    """The compiled form with the Qt classes it never names left out of its imports."""
    blocks = list(_IMPORT.finditer(code))
    if not blocks:
        return code
    used = set(re.findall(r"\w+", code[blocks[-1].end() :]))
    for block in reversed(blocks):
        names = [n.strip() for n in block.group(2).replace("\n", " ").split(",") if n.strip()]
        kept = [n for n in names if n in used]
        lines = textwrap.wrap(", ".join(kept), 72, subsequent_indent="    ")
        text = f"from {block.group(1)} import ({chr(10).join(lines)})\n" if kept else ""
        code = code[: block.start()] + text + code[block.end() :]
    return code


def compile_one(source: Path, target: Path) -> None:
    subprocess.run([uic(), "--from-imports", str(source), "-o", str(target)], check=True)
    compiled = target.read_text(encoding="utf-8")
    target.write_text(only_used_imports(compiled), encoding="utf-8")


def main() -> int:
    FORMS.mkdir(parents=True, exist_ok=True)
    (FORMS / "__init__.py").write_text('"""Forms compiled from ../../../ui by pyside6-uic."""\n')
    for source in sorted(HERE.glob("*.ui")):
        compile_one(source, FORMS / f"ui_{source.stem}.py")
    return 0


if __name__ == "__main__":
    sys.exit(main())
