"""Screenshots of the billing views on the demo data, in a real window:

    xvfb-run -a -s "-screen 0 1280x800x24" dbus-run-session -- \
        env QT_QPA_PLATFORM=xcb .venv/bin/python scripts/screenshots_billing.py [--lang es|en]

Writes docs/screenshots/pay-invoice.png (the question asked before paying, over the window),
auto-debit.png and emails.png.
"""

from __future__ import annotations

import asyncio
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from PySide6.QtGui import QPixmap  # noqa: E402
from PySide6.QtWidgets import QMessageBox, QWidget  # noqa: E402
from screenshots import run_shots, wait_for  # noqa: E402

import ui.dialogs  # noqa: E402
from app.client_area import ClientArea  # noqa: E402
from ui.main_window import MainWindow  # noqa: E402


def grab_screen_over(window: QWidget) -> QPixmap:
    """What the screen shows where the window is (dialogs on top included)."""
    screen = window.screen()
    frame = window.frameGeometry()
    return screen.grabWindow(0, frame.x(), frame.y(), frame.width(), frame.height())


async def shoot(window: MainWindow, area: ClientArea, out: Path, suffix: str) -> list[Path]:
    saved: list[Path] = []
    area.open_demo()
    await wait_for(lambda: window.account_tab.edits["email"].text())

    # Paying: the question, with amount, currency and card, over the invoices
    tab = window.invoices_tab
    window.tabs.setCurrentWidget(tab)
    await wait_for(lambda: tab.model.rowCount() > 0)
    tab.status_filter.setCurrentIndex(tab.status_filter.findData("Unpaid"))
    await wait_for(lambda: tab.model.rowCount() > 0 and not area.account.invoices.loading)  # type: ignore[union-attr]
    tab.table.selectRow(0)
    await wait_for(lambda: "<table" in tab.detail.toHtml())
    shown: list[QMessageBox] = []

    def confirm(parent: QWidget | None, title: str, text: str, action: str) -> bool:
        box = QMessageBox(
            QMessageBox.Icon.Question, title, text, QMessageBox.StandardButton.Cancel, parent
        )
        box.addButton(action, QMessageBox.ButtonRole.AcceptRole)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.show()
        shown.append(box)
        return False  # answered below, after the picture

    ui.dialogs.confirm = confirm  # type: ignore[assignment]
    tab.pay_button.click()  # loads the cards, then asks
    await wait_for(lambda: bool(shown))
    await asyncio.sleep(0.8)
    path = out / f"pay-invoice{suffix}.png"
    grab_screen_over(window).save(str(path))
    saved.append(path)
    shown[0].close()

    cards = window.payment_methods_tab
    window.tabs.setCurrentWidget(cards)
    await wait_for(lambda: cards.model.rowCount() > 0 and cards.auto_charge.isEnabled())
    cards.table.selectRow(0)
    await asyncio.sleep(0.5)
    path = out / f"auto-debit{suffix}.png"
    window.grab().save(str(path))
    saved.append(path)

    mails = window.emails_tab
    window.tabs.setCurrentWidget(mails)
    await wait_for(lambda: mails.model.rowCount() > 0)
    mails.table.selectRow(1)
    await wait_for(lambda: bool(mails.header.text()) and bool(mails.viewer.toPlainText()))
    await asyncio.sleep(0.5)
    path = out / f"emails{suffix}.png"
    window.grab().save(str(path))
    saved.append(path)
    return saved


def main() -> int:
    return run_shots(shoot)


if __name__ == "__main__":
    sys.exit(main())
