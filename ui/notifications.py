"""Desktop notifications: the system-tray icon shows each new event of the open account, and the
tab it concerns is marked (a dot before its title) until the user opens it."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QSystemTrayIcon, QTabWidget, QWidget

from app.notifications import Notification, Notifications
from app.session import AccountSession

MARK = "● "
SHOW_MS = 8000


class DesktopNotifier(QObject):
    """Owned by the main window; fed by the account session's ``Notifications``."""

    shown = Signal(object)  # Notification, once it has been shown

    def __init__(
        self,
        tabs: QTabWidget,
        icon: QIcon,
        tab_for_area: Callable[[str], QWidget | None],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.tabs = tabs
        self._tab_for_area = tab_for_area
        self._session: AccountSession | None = None
        self._feed: Notifications | None = None
        self.marked: dict[QWidget, str] = {}  # tab -> its title without the mark
        self.tray: QSystemTrayIcon | None = None
        if QSystemTrayIcon.isSystemTrayAvailable():
            self.tray = QSystemTrayIcon(icon, self)
            self.tray.setToolTip("Clientdesk")
        tabs.currentChanged.connect(self._visited)

    def bind(self, session: AccountSession | None) -> None:
        if self._feed is not None:
            self._feed.arrived.disconnect(self._arrived)
        self.marked.clear()  # the window re-adds its tabs with their plain titles
        self._session = session
        self._feed = session.part(Notifications) if session is not None else None
        if self.tray is not None:
            self.tray.setVisible(session is not None)
        if self._feed is not None:
            self._feed.arrived.connect(self._arrived)
            self._feed.start()

    def _arrived(self, note: Notification) -> None:
        if self.tray is not None:
            self.tray.showMessage(
                note.title, note.text, QSystemTrayIcon.MessageIcon.Information, SHOW_MS
            )
        elif self._session is not None:  # no tray on this desktop: the status bar says it
            self._session.messages.info(f"{note.title}: {note.text}")
        tab = self._tab_for_area(note.area) if note.area else None
        if tab is not None:
            self.mark(tab)
        self.shown.emit(note)

    def mark(self, tab: QWidget) -> None:
        index = self.tabs.indexOf(tab)
        if index < 0 or tab in self.marked:
            return
        if index == self.tabs.currentIndex() and self.tabs.window().isActiveWindow():
            return  # the user is looking at it
        title = self.tabs.tabText(index)
        self.marked[tab] = title
        self.tabs.setTabText(index, MARK + title)
        self.tabs.setTabToolTip(index, self.tr("New events here"))

    def is_marked(self, tab: QWidget) -> bool:
        return tab in self.marked

    def _visited(self, index: int) -> None:
        tab = self.tabs.widget(index)
        title = self.marked.pop(tab, None) if tab is not None else None
        if title is not None:
            self.tabs.setTabText(index, title)
            self.tabs.setTabToolTip(index, "")


# The tab (an attribute of the main window) that shows each area of the client area.
AREA_TABS = {
    "account": "account_area",
    "services": "services_tab",
    "invoices": "invoices_tab",
    "quotes": "quotes_tab",
    "domains": "domains_tab",
    "support": "support_tab",
}


def tab_for_area(window: QWidget, area: str) -> QWidget | None:
    tab = getattr(window, AREA_TABS.get(area, ""), None)
    return tab if isinstance(tab, QWidget) else None


def show_area(window: QWidget, tabs: QTabWidget, area: str, item_id: int) -> None:
    """Open the tab of ``area`` and, when it can, the item (an invoice, a ticket, ...)."""
    tab = tab_for_area(window, area)
    if tab is None or tabs.indexOf(tab) < 0:
        return
    tabs.setCurrentWidget(tab)
    for name in ("show_ticket", "show_invoice", "show_domain", "select_id"):
        show = getattr(tab, name, None)
        if callable(show):
            show(item_id)
            break
