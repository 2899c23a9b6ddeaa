"""Build the one-folder app bundle for this system, prove it starts, and optionally package it.

    python packaging/build.py [--package]

Works the same on Linux, Windows and macOS (no shell needed):
1. installs PyInstaller into the running Python and builds ``dist/supervision-desk``
   (on macOS also ``dist/Supervision Desk.app``);
2. runs the bundle's ``--self-test`` offscreen and stops if it fails;
3. on Linux, names the newest C library (glibc) the bundle needs; ``--oldest-glibc 2.35``
   stops the build if that is newer than the oldest system the README names;
4. with ``--package``: Linux a ``.tar.gz`` of the bundle with ``install.sh``, the desktop
   entry and icons, Windows the Inno Setup installer
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
APP_ID = "org.supervisiondesk.SupervisionDesk"
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
        for source, inside in linux_extras():
            archive.add(source, arcname=f"supervision-desk/{inside}")
    return out


def linux_extras() -> list[tuple[Path, str]]:
    """What the Linux download carries beside the bundle: the per-user install script, the
    desktop entry, the AppStream file and the icons, where install.sh looks for them."""
    linux = ROOT / "packaging" / "linux"
    found = [
        (linux / "install.sh", "install.sh"),
        (linux / f"{APP_ID}.desktop", f"share/applications/{APP_ID}.desktop"),
        (linux / f"{APP_ID}.metainfo.xml", f"share/metainfo/{APP_ID}.metainfo.xml"),
    ]
    for icon in sorted((linux / "icons").rglob("*.png")):
        found.append((icon, f"share/{icon.relative_to(linux).as_posix()}"))
    return found


def check_c_library(oldest: str | None) -> None:
    """Linux: say which C library the bundle needs; with ``oldest``, stop if it needs more."""
    sys.path.insert(0, str(ROOT / "packaging"))
    import glibc

    if glibc.main([str(BUNDLE)] + (["--oldest", oldest] if oldest else [])):
        raise SystemExit(1)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--package", action="store_true", help="also make the installer")
    parser.add_argument("--no-build", action="store_true", help="self-test the existing bundle")
    parser.add_argument(
        "--oldest-glibc",
        help="Linux: fail if the bundle needs a newer C library than this (e.g. 2.35)",
    )
    args = parser.parse_args()
    if not args.no_build:
        shutil.rmtree(BUNDLE, ignore_errors=True)
        build()
    self_test()
    if sys.platform.startswith("linux"):
        check_c_library(args.oldest_glibc)
    print(f"Bundle: {BUNDLE.relative_to(ROOT)} ({size(BUNDLE)})")
    if args.package:
        print(f"Package: {package().relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
