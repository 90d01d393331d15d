"""Screenshots of the Account area on the demo data, in a real window:

    xvfb-run -a -s "-screen 0 1280x800x24" dbus-run-session -- \
        env QT_QPA_PLATFORM=xcb .venv/bin/python scripts/screenshots_account.py [--lang es|en]

Writes docs/screenshots/users.png (after inviting two people through the app), security-2fa.png
(the two-factor set-up with its QR code) and alerts.png.
"""

from __future__ import annotations

import asyncio
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from screenshots import run_shots, wait_for  # noqa: E402

from app.client_area import ClientArea  # noqa: E402
from app.models import Permission  # noqa: E402
from app.users import Users  # noqa: E402
from ui.main_window import MainWindow  # noqa: E402


async def shoot(window: MainWindow, area: ClientArea, out: Path, suffix: str) -> list[Path]:
    area.open_demo()
    await wait_for(lambda: window.account_tab.edits["email"].text())
    session = area.account
    assert session is not None
    account = window.account_area
    window.tabs.setCurrentWidget(account)
    saved = []

    def grab(name: str) -> None:
        path = out / f"{name}{suffix}.png"
        window.grab().save(str(path))
        saved.append(path)

    # users: someone who already signs in (added at once) and a pending invitation
    users = account.users_tab
    account.tabs.setCurrentWidget(users)
    await wait_for(lambda: users.model.rowCount() >= 1)
    part = session.part(Users)
    part.invite(
        "martin@estudiopereyra.com.ar",
        [Permission.PROFILE, Permission.PRODUCTS, Permission.INVOICES, Permission.TICKETS],
    )
    await wait_for(lambda: users.model.rowCount() == 2)
    part.invite("contable@gimenezdiseno.com.ar", [Permission.PROFILE, Permission.INVOICES])
    await wait_for(lambda: users.invitations_model.rowCount() == 1)
    users.select_person(2)
    users.status.clear()
    await asyncio.sleep(0.4)
    grab("users")

    security = account.security_tab
    account.tabs.setCurrentWidget(security)
    await wait_for(lambda: security.start_button.isVisible())
    security.start_button.click()
    await wait_for(lambda: security.setup.isVisible() and not security.qr.pixmap().isNull())
    await asyncio.sleep(0.4)
    grab("security-2fa")

    alerts = account.alerts_tab
    account.tabs.setCurrentWidget(alerts)
    await wait_for(lambda: alerts.save_button.isEnabled())
    await asyncio.sleep(0.4)
    grab("alerts")
    return saved


def main() -> int:
    return run_shots(shoot)


if __name__ == "__main__":
    sys.exit(main())
