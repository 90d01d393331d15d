"""The views above a single account, added to the main window: the all-accounts view of a person
who reaches several accounts, the staff desk of a staff person, the Ctrl+K quick switcher, and
the sign-ins saved side by side.

A toolbar of exclusive view actions picks what the window shows: the current account's tabs,
all accounts, or the staff desk. Opening an account from either desk shows its tabs.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu, QStackedWidget, QToolBar, QToolButton, QWidget

from app.client_area import ClientArea, Stage
from app.reseller import Portfolio
from app.session import AccountSession
from app.sign_ins import SavedSignIn, SavedSignIns
from app.staff import ClientMatch, StaffDesk

from .quick_switcher import QuickSwitcher, entries
from .reseller import AllAccountsPage
from .staff import StaffPage


class Desks(QObject):
    """Built by the main window, which hands over only what the desks need of it: where the pages
    go (`stack`, beside the account's `tabs`) and how a new sign-in starts."""

    def __init__(
        self,
        window: QMainWindow,
        area: ClientArea,
        stack: QStackedWidget,
        tabs: QWidget,
        add_sign_in: Callable[[], None],
    ) -> None:
        super().__init__(window)
        self.area = area
        self._stack = stack
        self._tabs = tabs
        self._add_sign_in = add_sign_in
        self.portfolio: Portfolio | None = None
        self.staff: StaffDesk | None = None

        self.all_accounts = AllAccountsPage(window)
        self.staff_page = StaffPage(window)
        stack.addWidget(self.all_accounts)
        stack.addWidget(self.staff_page)
        self.switcher = QuickSwitcher(window)

        self.views = QActionGroup(self)
        self.views.setExclusive(True)
        self.account_view = QAction(self.tr("This a&ccount"), self)
        self.account_view.setShortcut(QKeySequence("Ctrl+Shift+C"))
        self.all_view = QAction(self.tr("A&ll accounts"), self)
        self.all_view.setShortcut(QKeySequence("Ctrl+Shift+L"))
        self.staff_view = QAction(self.tr("Staff des&k"), self)
        self.staff_view.setShortcut(QKeySequence("Ctrl+Shift+K"))
        for action in (self.account_view, self.all_view, self.staff_view):
            action.setCheckable(True)
            self.views.addAction(action)
        self.quick_switch = QAction(self.tr("&Go to account…"), self)
        self.quick_switch.setShortcut(QKeySequence("Ctrl+K"))
        window.addActions([self.account_view, self.all_view, self.staff_view, self.quick_switch])

        self.toolbar = QToolBar(self.tr("Views"), window)
        self.toolbar.setObjectName("views_toolbar")
        self.toolbar.setMovable(False)
        self.toolbar.addAction(self.account_view)
        self.toolbar.addAction(self.all_view)
        self.toolbar.addAction(self.staff_view)
        self.toolbar.addAction(self.quick_switch)
        self.toolbar.addSeparator()
        self.sign_ins_button = QToolButton(window)
        self.sign_ins_button.setText(self.tr("Sign-ins"))
        self.sign_ins_button.setAccessibleName(self.tr("Saved sign-ins"))
        self.sign_ins_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.sign_ins_menu = QMenu(self.sign_ins_button)
        self.sign_ins_button.setMenu(self.sign_ins_menu)
        self.toolbar.addWidget(self.sign_ins_button)
        # a row of its own: beside the account's toolbar, at the default width in Spanish, its
        # last button ("Sesiones") hid behind the "»" extension
        window.addToolBarBreak(Qt.ToolBarArea.TopToolBarArea)
        window.addToolBar(Qt.ToolBarArea.TopToolBarArea, self.toolbar)
        self.saved = SavedSignIns(self.area, self)
        self.saved.changed.connect(self._fill_sign_ins)

        self.account_view.triggered.connect(self.show_account)
        self.all_view.triggered.connect(self.show_all_accounts)
        self.staff_view.triggered.connect(self.show_staff)
        self.quick_switch.triggered.connect(self.open_switcher)
        self.switcher.chosen.connect(self.open_account)
        self.all_accounts.open_requested.connect(self.open_account)
        self.staff_page.open_client.connect(self._open_client)
        self.area.stage_changed.connect(self._stage_changed)
        self.area.account_changed.connect(self._account_changed)
        self._stage_changed(self.area.stage)
        self._fill_sign_ins()

    # ---- stages -------------------------------------------------------------------------------

    def _stage_changed(self, stage: Stage) -> None:
        connection = self.area.connection
        signed_in = stage is Stage.SIGNED_IN and connection is not None
        if self.portfolio is not None and (
            not signed_in or connection is None or self.portfolio.client is not connection.client
        ):
            self._drop()
        if signed_in and connection is not None and self.portfolio is None:
            self.portfolio = Portfolio(
                connection.client, connection.accounts, self.area.messages, self
            )
            self.portfolio.finished.connect(self._summaries_arrived)
            self.all_accounts.bind(self.portfolio)
            if connection.me.person.is_staff:
                self.staff = StaffDesk(connection.client, self.area.messages, self)
                self.staff_page.bind(self.staff)
        several = signed_in and connection is not None and len(connection.accounts) > 1
        is_staff = self.staff is not None
        self.account_view.setVisible(signed_in)
        self.all_view.setVisible(several)
        self.staff_view.setVisible(is_staff)
        self.quick_switch.setEnabled(signed_in)
        self.quick_switch.setVisible(signed_in)
        self.account_view.setEnabled(signed_in)
        self.all_view.setEnabled(several)
        self.staff_view.setEnabled(is_staff)
        self._update_toolbar()
        if signed_in:
            self.account_view.setChecked(True)

    def _drop(self) -> None:
        self.all_accounts.bind(None)
        self.staff_page.bind(None)
        if self.portfolio is not None:
            self.portfolio.stop()
            self.portfolio.deleteLater()
            self.portfolio = None
        if self.staff is not None:
            self.staff.stop()
            self.staff.deleteLater()
            self.staff = None
        self.switcher.hide()

    def _account_changed(self, session: AccountSession | None) -> None:
        if session is not None:
            self.show_account()
        elif self.staff is not None:
            self.show_staff()  # staff who reach no account of their own work at the desk

    def _update_toolbar(self) -> None:
        items = self.saved.items
        signed_in = self.area.stage is Stage.SIGNED_IN
        self.toolbar.setVisible(signed_in or bool(items))

    # ---- views --------------------------------------------------------------------------------

    def show_account(self) -> None:
        if self.area.stage is not Stage.SIGNED_IN:
            return
        self._stack.setCurrentWidget(self._tabs)
        self.account_view.setChecked(True)

    def show_all_accounts(self) -> None:
        if self.portfolio is None:
            return
        self._stack.setCurrentWidget(self.all_accounts)
        self.all_view.setChecked(True)
        self.all_accounts.tabs.setCurrentIndex(0)
        self.portfolio.ensure_loaded()
        self.all_accounts.table.setFocus()

    def show_staff(self) -> None:
        if self.staff is None:
            return
        self._stack.setCurrentWidget(self.staff_page)
        self.staff_view.setChecked(True)

    def open_switcher(self) -> None:
        portfolio = self.portfolio
        if portfolio is None:
            return
        self.switcher.open_with(entries(portfolio))
        portfolio.ensure_loaded()  # the domains come with the summaries

    def _summaries_arrived(self, _seconds: float) -> None:
        if self.portfolio is not None and self.switcher.isVisible():
            self.switcher.refresh(entries(self.portfolio))

    def open_account(self, account_id: int) -> None:
        current = self.area.account
        if current is not None and current.account_id == account_id:
            self.show_account()
            return
        self.area.switch_account(account_id)

    def _open_client(self, match: ClientMatch) -> None:
        self.area.open_as_staff(StaffDesk.access_for(match))

    # ---- saved sign-ins -----------------------------------------------------------------------

    def _fill_sign_ins(self) -> None:
        menu = self.sign_ins_menu
        menu.clear()
        current = self.saved.current
        for entry in self.saved.items:
            host = entry.portal_url.split("://", 1)[-1]
            action = menu.addAction(f"{entry.name} — {entry.email} ({host})")
            action.setCheckable(True)
            is_current = current is not None and current.key == entry.key
            action.setChecked(is_current)
            action.setEnabled(not is_current)
            action.triggered.connect(lambda _checked=False, e=entry: self.switch_to(e))
        if menu.actions():
            menu.addSeparator()
        add = menu.addAction(self.tr("&Add another sign-in…"))
        add.setEnabled(self.area.stage is Stage.SIGNED_IN)
        add.triggered.connect(self._add_sign_in)
        self._update_toolbar()

    def switch_to(self, entry: SavedSignIn) -> None:
        self.saved.switch_to(entry)

    def sign_in_actions(self) -> list[QAction]:
        return [a for a in self.sign_ins_menu.actions() if not a.isSeparator()]

    @property
    def pages(self) -> tuple[QWidget, QWidget]:
        return (self.all_accounts, self.staff_page)
