"""Screenshots of the service upgrade quote and the Domains tab on the demo data, in a real window.

    xvfb-run -a -s "-screen 0 1280x800x24" dbus-run-session -- \
        env QT_QPA_PLATFORM=xcb .venv/bin/python scripts/screenshots_services_domains.py

Writes docs/screenshots/service-upgrade.png (the Upgrade/Downgrade dialog with the portal's
quote) and docs/screenshots/domains.png, as scripts/screenshots.py does for the other tabs.
"""

from __future__ import annotations

import argparse
import asyncio
import sys
import tempfile
import time
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
from app.settings import Settings, UiState  # noqa: E402
from resources import icon_path  # noqa: E402
from ui.main_window import MainWindow  # noqa: E402
from ui.service_dialogs import UpgradeDialog  # noqa: E402


async def wait_for(predicate: object, limit_s: float = 30.0) -> None:
    deadline = time.monotonic() + limit_s
    while not predicate():  # type: ignore[operator]
        if time.monotonic() > deadline:
            raise TimeoutError("the window did not fill in time")
        await asyncio.sleep(0.05)


async def shoot(window: MainWindow, area: ClientArea, out: Path, suffix: str) -> list[Path]:
    area.open_demo()
    services = window.services_tab
    await wait_for(lambda: services.model.rowCount() > 0)
    saved = []

    window.tabs.setCurrentWidget(window.domains_tab)
    domains = window.domains_tab
    await wait_for(lambda: domains.model.rowCount() > 0)
    shown = next(d for d in domains.model.rows() if d.name == "gimenezdiseno.com.ar")
    domains.select_domain(shown.id)
    await wait_for(lambda: domains.ns_edits[0].text() != "")
    await asyncio.sleep(0.4)
    path = out / f"domains{suffix}.png"
    window.grab().save(str(path))
    saved.append(path)

    window.tabs.setCurrentWidget(services)
    pro = next(s for s in services.model.rows() if s.product == "Hosting Pro")
    services.select_service(pro.id)
    await wait_for(lambda: services.upgrade_button.isEnabled())
    services.upgrade_button.click()
    dialog = services.dialog
    assert isinstance(dialog, UpgradeDialog)
    await wait_for(lambda: dialog.model.rowCount() > 0)
    row = next(r for r, o in enumerate(dialog.model.rows()) if o.name == "Hosting Empresa")
    dialog.table.selectRow(row)
    await wait_for(lambda: dialog.quote is not None)
    await asyncio.sleep(0.4)
    path = out / f"service-upgrade{suffix}.png"
    dialog.grab().save(str(path))
    saved.append(path)
    dialog.reject()
    return saved


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--lang", choices=("es", "en"), default="es")
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    suffix = "" if args.lang == "es" else f".{args.lang}"

    app = QApplication(sys.argv[:1])
    translators = install_translators(app, args.lang)
    folder = Path(tempfile.mkdtemp(prefix="clientdesk-shots-"))
    store = QSettings(str(folder / "settings.ini"), QSettings.Format.IniFormat)
    messages = MessageBridge()
    area = ClientArea(Settings(store), messages, DemoPortal(folder / "demo.sqlite3"))
    window = MainWindow(area, messages, UiState(store), QIcon(str(icon_path("clientdesk"))))
    window.resize(1200, 760)
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
        print(path.relative_to(ROOT))
    return 0


if __name__ == "__main__":
    sys.exit(main())
