"""Screenshots of the reseller's all-accounts view and the staff desk's ticket queue, in a real
window, on a portal filled with ``seed-large`` (120 accounts):

    xvfb-run -a -s "-screen 0 1280x800x24" dbus-run-session -- \
        env QT_QPA_PLATFORM=xcb .venv/bin/python scripts/screenshots_desks.py [--lang es|en]

Writes docs/screenshots/all-accounts.png and docs/screenshots/staff-tickets.png.
"""

from __future__ import annotations

import asyncio
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


from app.client_area import ClientArea, Stage  # noqa: E402
from portal.app import create_app  # noqa: E402
from portal.db import upgrade_database  # noqa: E402
from portal.demo import DEMO_PASSWORD, STAFF_EMAIL  # noqa: E402
from portal.seed_large import RESELLER_EMAIL, seed_large  # noqa: E402
from portal.server import BackgroundPortal, sqlite_url  # noqa: E402
from ui.main_window import MainWindow  # noqa: E402
from ui.staff import select_row  # noqa: E402

sys.path.insert(0, str(ROOT / "scripts"))
from screenshots import run_shots, wait_for  # noqa: E402


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
    folder = Path(tempfile.mkdtemp(prefix="clientdesk-desks-"))
    upgrade_database(sqlite_url(folder / "portal.sqlite3"))
    portal_app = create_app(sqlite_url(folder / "portal.sqlite3"))
    with portal_app.state.database.sessions() as db:
        seed_large(db, accounts=120, invoices=6000, domains=1200)
    portal = BackgroundPortal(portal_app)
    portal.start()
    try:
        return run_shots(
            lambda window, area, out, suffix: shoot(window, area, portal.url, out, suffix),
            size=(1240, 760),
        )
    finally:
        portal.stop()


if __name__ == "__main__":
    sys.exit(main())
