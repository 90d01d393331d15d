"""Screenshots of the reseller's all-accounts view and the staff desk's ticket queue, in a real
window, on a portal filled with ``seed-large`` (120 accounts):

    xvfb-run -a -s "-screen 0 1280x800x24" dbus-run-session -- \
        env QT_QPA_PLATFORM=xcb .venv/bin/python scripts/screenshots_desks.py [--lang es|en]

Writes docs/screenshots/all-accounts.png and docs/screenshots/staff-tickets.png.
"""

from __future__ import annotations

import argparse
import asyncio
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import qasync  # noqa: E402
from PySide6.QtCore import QSettings  # noqa: E402
from PySide6.QtGui import QIcon  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from app.client_area import ClientArea, Stage  # noqa: E402
from app.demo import DemoPortal  # noqa: E402
from app.i18n import install_translators  # noqa: E402
from app.messages import MessageBridge  # noqa: E402
from app.settings import Settings, UiState  # noqa: E402
from portal.app import create_app  # noqa: E402
from portal.demo import DEMO_PASSWORD, STAFF_EMAIL  # noqa: E402
from portal.seed_large import RESELLER_EMAIL, seed_large  # noqa: E402
from portal.server import BackgroundPortal, sqlite_url  # noqa: E402
from resources import icon_path  # noqa: E402
from ui.main_window import MainWindow  # noqa: E402
from ui.staff import select_row  # noqa: E402

sys.path.insert(0, str(ROOT / "scripts"))
from screenshots import wait_for  # noqa: E402


async def shoot(
    window: MainWindow, area: ClientArea, url: str, out: Path, suffix: str
) -> list[Path]:
    saved = []
    desks = window.desks
    area.sign_in(url, RESELLER_EMAIL, DEMO_PASSWORD, False)
    await wait_for(lambda: area.stage is Stage.SIGNED_IN and area.account is not None)
    desks.show_all_accounts()
    await wait_for(lambda: desks.portfolio is not None and desks.portfolio.loaded, 60)
    await asyncio.sleep(0.6)
    path = out / f"all-accounts{suffix}.png"
    window.grab().save(str(path))
    saved.append(path)

    area.sign_out()
    await wait_for(lambda: area.stage is Stage.WELCOME)
    area.sign_in(url, STAFF_EMAIL, DEMO_PASSWORD, False)
    await wait_for(lambda: area.stage is Stage.SIGNED_IN and desks.staff is not None)
    page = desks.staff_page
    page.tabs.setCurrentWidget(page.tickets)
    await wait_for(lambda: page.tickets.model.rowCount() > 0)
    first = page.tickets.model.rows()[-1]
    select_row(page.tickets.table, lambda t: getattr(t, "id", None) == first.id)
    staff = desks.staff
    await wait_for(lambda: staff.ticket is not None and staff.ticket.id == first.id)
    await asyncio.sleep(0.6)
    path = out / f"staff-tickets{suffix}.png"
    window.grab().save(str(path))
    saved.append(path)
    return saved


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--lang", choices=("es", "en"), default="es")
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    suffix = "" if args.lang == "es" else f".{args.lang}"

    folder = Path(tempfile.mkdtemp(prefix="clientdesk-desks-"))
    portal_app = create_app(sqlite_url(folder / "portal.sqlite3"))
    with portal_app.state.database.sessions() as db:
        seed_large(db, accounts=120, invoices=6000, domains=1200)
    portal = BackgroundPortal(portal_app)
    portal.start()

    app = QApplication(sys.argv[:1])
    translators = install_translators(app, args.lang)
    store = QSettings(str(folder / "settings.ini"), QSettings.Format.IniFormat)
    messages = MessageBridge()
    area = ClientArea(Settings(store), messages, DemoPortal(folder / "demo.sqlite3"))
    window = MainWindow(area, messages, UiState(store), QIcon(str(icon_path("clientdesk"))))
    window.resize(1240, 760)
    window.show()

    async def run() -> list[Path]:
        try:
            return await shoot(window, area, portal.url, args.out, suffix)
        finally:
            window.hide()
            await area.shutdown()

    try:
        with asyncio.Runner(loop_factory=lambda: qasync.QEventLoop(app)) as runner:
            saved = runner.run(run())
    finally:
        portal.stop()
    del translators
    for path in saved:
        print(path.relative_to(ROOT))
    return 0


if __name__ == "__main__":
    sys.exit(main())
