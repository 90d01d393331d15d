"""Screenshots of the main window on the demo data, in a real window.

    xvfb-run -a -s "-screen 0 1280x800x24" dbus-run-session -- \
        env QT_QPA_PLATFORM=xcb .venv/bin/python scripts/screenshots.py [--lang es|en] \
        [--theme light|dark]

Writes docs/screenshots/<view>[.en][.dark].png (Spanish and light without a suffix). Each
picture is the window as a person sees it, after the account data has arrived.
``scripts/screenshots_all.sh`` takes every script's pictures in both languages and themes.
"""

from __future__ import annotations

import argparse
import asyncio
import sys
import tempfile
import time
from collections.abc import Awaitable, Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import qasync  # noqa: E402
from PySide6.QtCore import QSettings  # noqa: E402
from PySide6.QtGui import QIcon  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from app.client_area import ClientArea  # noqa: E402
from app.demo import DemoPortal  # noqa: E402
from app.i18n import install_translators  # noqa: E402
from app.messages import MessageBridge  # noqa: E402
from app.settings import THEME, Settings, UiState  # noqa: E402
from resources import icon_path  # noqa: E402
from ui.main_window import MainWindow  # noqa: E402


async def wait_for(predicate: object, limit_s: float = 30.0) -> None:
    deadline = time.monotonic() + limit_s
    while not predicate():  # type: ignore[operator]
        if time.monotonic() > deadline:
            raise TimeoutError("the window did not fill in time")
        await asyncio.sleep(0.05)


async def shoot(window: MainWindow, area: ClientArea, out: Path, suffix: str) -> list[Path]:
    await asyncio.sleep(0.4)  # the welcome screen, the first thing anyone sees
    welcome = out / f"welcome{suffix}.png"
    window.grab().save(str(welcome))
    saved = [welcome]
    area.open_demo()
    await wait_for(lambda: window.account_tab.edits["email"].text())
    await wait_for(lambda: window.services_tab.model.rowCount() > 0)
    for name, tab in (
        ("account-details", window.account_tab),
        ("services", window.services_tab),
        ("invoices", window.invoices_tab),
    ):
        window.tabs.setCurrentWidget(tab)
        if tab is window.invoices_tab:
            await wait_for(lambda: window.invoices_tab.model.rowCount() > 0)
            window.invoices_tab.table.selectRow(1)
            await wait_for(lambda: "<table" in window.invoices_tab.detail.toHtml())
        await asyncio.sleep(0.4)
        path = out / f"{name}{suffix}.png"
        window.grab().save(str(path))
        saved.append(path)
    return saved


Shoot = Callable[[MainWindow, ClientArea, Path, str], Awaitable[list[Path]]]


def run_shots(shoot: Shoot, *, size: tuple[int, int] = (1200, 760)) -> int:
    """Read ``--lang`` and ``--out``, build the app as the entry point does (its files in a new
    temporary folder), show the window, run ``shoot(window, area, out, suffix)`` on the qasync
    loop, shut down in order, and print the pictures saved. Every screenshot script uses this."""
    parser = argparse.ArgumentParser()
    parser.add_argument("--lang", choices=("es", "en"), default="es")
    parser.add_argument("--theme", choices=("light", "dark"), default="light")
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    suffix = ("" if args.lang == "es" else f".{args.lang}") + (
        ".dark" if args.theme == "dark" else ""
    )

    app = QApplication.instance() or QApplication(sys.argv[:1])
    translators = install_translators(app, args.lang)  # type: ignore[arg-type]
    folder = Path(tempfile.mkdtemp(prefix="clientdesk-shots-"))
    store = QSettings(str(folder / "settings.ini"), QSettings.Format.IniFormat)
    Settings(store).set(THEME, args.theme)  # the window applies it as it is built
    messages = MessageBridge()
    area = ClientArea(Settings(store), messages, DemoPortal(folder / "demo.sqlite3"))
    window = MainWindow(area, messages, UiState(store), QIcon(str(icon_path("clientdesk"))))
    window.resize(*size)
    window.show()

    async def run() -> list[Path]:
        try:
            return await shoot(window, area, args.out, suffix)
        finally:
            window.hide()
            await area.shutdown()

    with asyncio.Runner(loop_factory=lambda: qasync.QEventLoop(app)) as runner:
        saved = runner.run(run())
    del translators
    for path in saved:
        print(path.relative_to(ROOT) if path.is_relative_to(ROOT) else path)
    return 0


def main() -> int:
    return run_shots(shoot)


if __name__ == "__main__":
    sys.exit(main())
