"""Rules that keep the code clear: compiled forms match their Designer sources, core has no
Qt, and the project's texts are its own words."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
FORMS = ROOT / "supervision_desk" / "gui" / "forms"
SOURCES = sorted((ROOT / "ui").glob("*.ui"))


def _code_lines(path: Path) -> list[str]:
    # The version line names the compiler's release; everything else must match.
    return [
        line
        for line in path.read_text(encoding="utf-8").splitlines()
        if "Qt User Interface Compiler version" not in line
    ]


@pytest.mark.parametrize("source", SOURCES, ids=lambda p: p.name)
def test_compiled_form_matches_its_ui_file(source, tmp_path):
    sys.path.insert(0, str(ROOT / "ui"))
    try:
        import compile_forms
    finally:
        sys.path.pop(0)
    fresh = tmp_path / f"ui_{source.stem}.py"
    compile_forms.compile_one(source, fresh)
    committed = FORMS / fresh.name
    assert committed.exists(), f"{committed.name} is missing: run python ui/compile_forms.py"
    assert _code_lines(committed) == _code_lines(fresh), (
        f"{committed.name} is out of date with {source.name}: run python ui/compile_forms.py"
    )


def test_every_compiled_form_has_a_source():
    compiled = {p.name for p in FORMS.glob("ui_*.py")}
    assert compiled == {f"ui_{p.stem}.py" for p in SOURCES}


def test_core_never_imports_qt():
    code = (
        "import sys, pkgutil, importlib\n"
        "import supervision_desk.core as core\n"
        "for m in pkgutil.iter_modules(core.__path__):\n"
        "    importlib.import_module(f'supervision_desk.core.{m.name}')\n"
        "import supervision_desk.cli\n"
        "print(sorted(n for n in sys.modules if n.startswith('PySide6')))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "[]"
    for path in (ROOT / "supervision_desk" / "core").glob("*.py"):
        assert "PySide6" not in path.read_text(encoding="utf-8"), path.name


def test_gui_holds_no_sql():
    words = ("SELECT ", "INSERT ", "UPDATE ", "DELETE FROM", ".execute(")
    for path in (ROOT / "supervision_desk" / "gui").glob("*.py"):
        text = path.read_text(encoding="utf-8")
        assert not [w for w in words if w in text], path.name


def test_no_passage_repeats_the_source_documents():
    checker = ROOT.parent / "shared" / "tools" / "seed_overlap.py"
    if not checker.exists():
        pytest.skip("the source documents are not beside this checkout")
    result = subprocess.run(
        [sys.executable, str(checker), str(ROOT)], capture_output=True, text=True
    )
    assert result.stdout == "", result.stdout


def test_today_comes_from_the_one_clock():
    """Tests and ``--today`` set the clock; nothing may read the system's date behind it."""
    words = ("date.today()", "datetime.now(", "QDate.currentDate()", "datetime.today()")
    for path in (ROOT / "supervision_desk").rglob("*.py"):
        if path.name == "clock.py":
            continue
        text = path.read_text(encoding="utf-8")
        assert not [w for w in words if w in text], path.name


def test_labels_and_rules_live_in_core_not_in_dialogs():
    """Display names for enumerations are defined once, in core/labels.py: no other module
    (app, PDFs, command line, CSV) maps a code to words or makes words out of a code."""
    from supervision_desk.core import labels
    from supervision_desk.core.records import SPECS

    fields = {spec.name for specs in SPECS.values() for spec in specs}  # "attunement": text
    codes = {code for values, _ in labels.ENUMERATIONS.values() for code in values} - fields
    package = ROOT / "supervision_desk"
    for path in package.rglob("*.py"):
        if path.name == "labels.py" or "forms" in path.parts:
            continue
        text = path.read_text(encoding="utf-8")
        # A code mapped to words ("open": "Open") outside labels would be a second table.
        mapped = [c for c in codes if re.search(f'"{c}": "[A-Z]', text)]
        assert not mapped, (path.name, mapped)
        assert 'replace("_", " ")' not in text, path.name


def test_every_dialog_fits_the_screen():
    """Each dialog class derives from FittedDialog, which sizes it to its contents and the
    screen at every text size; a plain QDialog would open at its Designer size."""
    import ast

    plain = []
    for path in (ROOT / "supervision_desk" / "gui").glob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ClassDef) and node.name != "FittedDialog":
                bases = {b.id for b in node.bases if isinstance(b, ast.Name)}
                if "QDialog" in bases:
                    plain.append(f"{path.name}:{node.name}")
    assert plain == []
