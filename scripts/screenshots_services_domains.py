"""Screenshots of the service upgrade quote and the Domains tab on the demo data, in a real window.

    xvfb-run -a -s "-screen 0 1280x800x24" dbus-run-session -- \
        env QT_QPA_PLATFORM=xcb .venv/bin/python scripts/screenshots_services_domains.py

Writes docs/screenshots/service-upgrade.png (the Upgrade/Downgrade dialog with the portal's
quote) and docs/screenshots/domains.png, as scripts/screenshots.py does for the other tabs.
"""

from __future__ import annotations

import asyncio
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from screenshots import run_shots, wait_for  # noqa: E402

from app.client_area import ClientArea  # noqa: E402
from ui.main_window import MainWindow  # noqa: E402
from ui.service_dialogs import UpgradeDialog  # noqa: E402


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
    return run_shots(shoot)


if __name__ == "__main__":
    sys.exit(main())
