"""Build the one-folder app bundle for this system, prove it starts, and optionally package it.

    python packaging/build.py [--package]

Works the same on Linux, Windows and macOS (no shell needed):
1. installs PyInstaller into the running Python and builds ``dist/supervision-desk``
   (on macOS also ``dist/Supervision Desk.app``);
2. runs the bundle's ``--self-test`` offscreen and stops if it fails;
3. with ``--package``: Linux a ``.tar.gz`` of the bundle, Windows the Inno Setup installer
   (``packaging/windows/supervision-desk.iss``), macOS an unsigned ``.dmg`` of the app.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import tarfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DIST = ROOT / "dist"
BUNDLE = DIST / "supervision-desk"
INNO = Path(r"C:\Program Files (x86)\Inno Setup 6\ISCC.exe")


def version() -> str:
    text = (ROOT / "supervision_desk" / "__init__.py").read_text(encoding="utf-8")
    return re.search(r'__version__ = "([^"]+)"', text).group(1)


def run(*command: str | Path, env: dict | None = None) -> None:
    print("+", " ".join(map(str, command)), flush=True)
    subprocess.run([str(c) for c in command], check=True, cwd=ROOT, env=env)


def executable(platform: str = sys.platform) -> Path:
    return BUNDLE / ("supervision-desk.exe" if platform == "win32" else "supervision-desk")


def build() -> None:
    run(sys.executable, "-m", "pip", "install", "-q", "pyinstaller>=6.10")
    run(
        sys.executable,
        "-m",
        "PyInstaller",
        "--noconfirm",
        "--clean",
        "--log-level",
        "WARN",
        "--distpath",
        DIST,
        "--workpath",
        ROOT / "build" / "pyinstaller",
        ROOT / "packaging" / "supervision_desk.spec",
    )


def self_test() -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    # On Windows the bundle is a windowed program: it prints nothing, its exit code speaks.
    run(executable(), "--self-test", env=env)


def size(path: Path) -> str:
    total = sum(f.stat().st_size for f in path.rglob("*") if f.is_file())
    return f"{total / 1e6:.0f} MB"


def package(platform: str = sys.platform) -> Path:
    name = f"SupervisionDesk-{version()}"
    if platform == "win32":
        script = ROOT / "packaging" / "windows" / "supervision-desk.iss"
        run(INNO if INNO.exists() else "iscc", f"/DAppVersion={version()}", script)
        return DIST / f"{name}-setup.exe"
    if platform == "darwin":
        out = DIST / f"{name}-macos.dmg"
        out.unlink(missing_ok=True)
        run(
            "hdiutil",
            "create",
            "-volname",
            "Supervision Desk",
            "-srcfolder",
            DIST / "Supervision Desk.app",
            "-ov",
            "-format",
            "UDZO",
            out,
        )
        return out
    out = DIST / f"{name}-linux-x86_64.tar.gz"
    with tarfile.open(out, "w:gz") as archive:
        archive.add(BUNDLE, arcname="supervision-desk")
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--package", action="store_true", help="also make the installer")
    parser.add_argument("--no-build", action="store_true", help="self-test the existing bundle")
    args = parser.parse_args()
    if not args.no_build:
        shutil.rmtree(BUNDLE, ignore_errors=True)
        build()
    self_test()
    print(f"Bundle: {BUNDLE.relative_to(ROOT)} ({size(BUNDLE)})")
    if args.package:
        print(f"Package: {package().relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
