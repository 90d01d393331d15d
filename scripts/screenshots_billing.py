"""Screenshots of the billing views on the demo data, in a real window:

    xvfb-run -a -s "-screen 0 1280x800x24" dbus-run-session -- \
        env QT_QPA_PLATFORM=xcb .venv/bin/python scripts/screenshots_billing.py [--lang es|en]

Writes docs/screenshots/pay-invoice.png (the question asked before paying, over the window),
auto-debit.png and emails.png.
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
from PySide6.QtGui import QIcon, QPixmap  # noqa: E402
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget  # noqa: E402

import ui.dialogs  # noqa: E402
from app.client_area import ClientArea  # noqa: E402
from app.demo import DemoPortal  # noqa: E402
from app.i18n import install_translators  # noqa: E402
from app.messages import MessageBridge  # noqa: E402
from app.settings import Settings, UiState  # noqa: E402
from resources import icon_path  # noqa: E402
from scripts.screenshots import wait_for  # noqa: E402
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
    window.move(20, 20)
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
