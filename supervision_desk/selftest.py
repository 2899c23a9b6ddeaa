"""``supervision-desk --self-test``: proves an installed copy or a built bundle works, with no
display and without touching the user's files. Exits 0 when every step passes."""

from __future__ import annotations

import io
import os
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

PASSPHRASE = "self test lantern orchard 7 heron"


def _step(name: str, work: Callable[[], str]) -> bool:
    started = time.perf_counter()
    try:
        detail = work()
    except Exception as exc:  # the whole point is to report any failure plainly
        print(f"FAIL  {name}: {type(exc).__name__}: {exc}")
        return False
    print(f"ok    {name} ({time.perf_counter() - started:.2f} s){': ' + detail if detail else ''}")
    return True


def run() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    with tempfile.TemporaryDirectory(prefix="supervision-desk-self-test-") as tmp:
        folder = Path(tmp)
        os.environ["SUPERVISION_DESK_HOME"] = str(folder / "home")
        state: dict = {}
        return 0 if all(step() for step in _steps(folder, state)) else 1


def _steps(folder: Path, state: dict) -> list[Callable[[], bool]]:
    from . import __version__
    from .core import clock, pdf, repos, search
    from .core.vault import Vault

    def create() -> str:
        state["vault"] = Vault.create(folder / "self-test.sdvault", PASSPHRASE, owner="Self Test")
        return f"version {__version__}, strong key derivation"

    def write_read() -> str:
        vault = state["vault"]
        repos.save(vault, "people", {"id": "p1", "name": "Zoë Ó Briain", "role": "youth_worker"})
        repos.save(
            vault,
            "sessions",
            {
                "id": "s1",
                "person": "p1",
                "date": clock.today().isoformat(),
                "minutes": 90,
                "attunement": "Self-test words about **trust**.\n\n- a list item",
            },
        )
        vault.close()
        state["vault"] = vault = Vault.open(folder / "self-test.sdvault", PASSPHRASE)
        assert repos.get(vault, "sessions", "s1")["attunement"].startswith("Self-test")
        assert search.run(vault.conn, "trust"), "search found nothing"
        assert vault.check().ok, "the vault did not pass its check"
        return "saved, reopened, searched, checked"

    def render() -> str:
        from pypdf import PdfReader

        out = pdf.write(pdf.session_record(state["vault"], "s1"), folder / "record.pdf")
        text = PdfReader(io.BytesIO(out.read_bytes())).pages[0].extract_text()
        assert "Zoë Ó Briain" in text, "the PDF text is not what was written"
        return f"{out.stat().st_size // 1024} KiB"

    def window() -> str:
        from .gui.app import make_app, open_settings
        from .gui.main_window import MainWindow

        app = make_app([sys.argv[0]])
        main = MainWindow(open_settings())
        main.set_vault(state["vault"])
        main.show()
        deadline = time.monotonic() + 10
        while not main.windowHandle().isExposed() and time.monotonic() < deadline:
            app.processEvents()  # on a real display the window manager shows it in a moment
        assert main.windowHandle().isExposed(), "the window did not appear"
        shown = main.people.ui.peopleList.model().index(0, 0).data()
        state["pdf"] = pdf.session_record(state["vault"], "s1")
        assert shown == "Zoë Ó Briain", f"the people list shows {shown!r}"
        from .gui.pages import PAGES

        for index in range(len(PAGES)):  # every page the registry names is in the bundle
            main.page(index)
        main.close()
        state["vault"].close()
        return f"platform {app.platformName()}"

    def print_to_file() -> str:
        from PySide6.QtPrintSupport import QPrinter

        from .gui import printing

        printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(folder / "printed.pdf"))
        pages = printing.paint(printing.load(state["pdf"]), printer)
        assert pages >= 1 and (folder / "printed.pdf").stat().st_size > 1000, "nothing printed"
        return f"{pages} page(s) drawn from the record's PDF"

    def spelling_check() -> str:
        from .core import spelling

        checker = spelling.Checker("en_GB")
        assert checker.known("colour") and not checker.known("recieved"), "wrong dictionary"
        assert "received" in [w.lower() for w in checker.suggest("recieved")]
        return "bundled en-GB dictionary read"

    def libraries() -> str:
        from . import system_libs

        if not sys.platform.startswith("linux"):
            return "not needed on this system"
        if not system_libs.needs_xcb():
            return "not needed: Qt draws without the X11 window system here"
        absent = system_libs.missing()
        assert not absent, system_libs.advice(absent).replace("\n", " ")
        return "the X11 libraries Qt needs are installed"

    return [
        lambda: _step("system libraries for the window", libraries),
        lambda: _step("create an encrypted vault", create),
        lambda: _step("write and read records", write_read),
        lambda: _step("render a PDF", render),
        lambda: _step("check spelling offline", spelling_check),
        lambda: _step("open the main window", window),
        lambda: _step("print a record", print_to_file),
    ]
