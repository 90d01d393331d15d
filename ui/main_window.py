"""The main window: the welcome screen until someone signs in, then the client area with an
account switcher and one tab per part of the account that this person may see."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QIcon, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QHeaderView,
    QLabel,
    QMainWindow,
    QMenu,
    QSizePolicy,
    QStackedWidget,
    QTabWidget,
    QToolBar,
    QToolButton,
    QWidget,
)

from app import settings
from app.client_area import ClientArea, Stage
from app.i18n import arg
from app.messages import Level, MessageBridge
from app.models import Permission
from app.session import AccountSession
from app.settings import UiState

from . import accessibility, theme
from .account_area import AccountArea
from .account_details import AccountDetailsTab
from .dashboard import DashboardTab
from .desks import Desks
from .domains import DomainsTab
from .emails import EmailsTab
from .freshness import ConnectionLabel, FreshnessLabel
from .invoices import InvoicesTab
from .notifications import DesktopNotifier, show_area, tab_for_area
from .payment_methods import PaymentMethodsTab
from .quotes import QuotesTab
from .services import ServicesTab
from .support import SupportTab
from .welcome import WelcomePage

STATUS_TIMEOUT_MS = 8000
SWITCHER_MAX_CHARS = 60  # the account selector grows with its longest entry up to this


class MainWindow(QMainWindow):
    closed = Signal()  # the user closed the window: the application should end

    def __init__(
        self,
        area: ClientArea,
        messages: MessageBridge,
        ui_state: UiState,
        icon: QIcon,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            accessibility.install(app)
        self.area = area
        self.ui_state = ui_state
        self.setWindowTitle("Clientdesk")
        self.setWindowIcon(icon)
        self.resize(1100, 720)

        self.welcome = WelcomePage(icon, self)
        self.tabs = QTabWidget(self)
        self.tabs.setDocumentMode(True)
        self.tabs.setAccessibleName(self.tr("Parts of the account"))
        self.dashboard_tab = DashboardTab(self)
        self.support_tab = SupportTab(self)
        self.account_tab = AccountDetailsTab(self)
        # the account's details, users, contacts, alerts, audit log and the person's security
        self.account_area = AccountArea(self.account_tab, self)
        self.services_tab = ServicesTab(self)
        self.domains_tab = DomainsTab(self)
        self.invoices_tab = InvoicesTab(self)
        self.quotes_tab = QuotesTab(self)
        self.payment_methods_tab = PaymentMethodsTab(self)
        self.emails_tab = EmailsTab(self)
        self._tab_permissions: list[tuple[QWidget, Permission | None, str]] = [
            # no Alt key: the views' own controls take those; Ctrl+1…Ctrl+9 go to these tabs
            (self.dashboard_tab, Permission.PRODUCTS, self.tr("Dashboard")),
            (self.account_area, None, self.tr("Account")),
            (self.services_tab, Permission.PRODUCTS, self.tr("Services")),
            (self.domains_tab, Permission.DOMAINS, self.tr("Domains")),
            (self.invoices_tab, Permission.INVOICES, self.tr("Invoices")),
            (self.quotes_tab, Permission.QUOTES, self.tr("Quotes")),
            (self.payment_methods_tab, Permission.INVOICES, self.tr("Auto-debit card")),
            (self.emails_tab, Permission.EMAILS, self.tr("E-mails received")),
            (self.support_tab, Permission.TICKETS, self.tr("Support")),
        ]
        for number in range(1, 10):
            go_to_tab = QAction(self)
            go_to_tab.setShortcut(QKeySequence(f"Ctrl+{number}"))
            go_to_tab.triggered.connect(lambda _=False, i=number - 1: self._go_to_tab(i))
            self.addAction(go_to_tab)
        for tab, _permission, _title in self._tab_permissions:
            # a tab not added yet is a loose child of the window: shown with it, it would paint
            # at the window's top-left over the welcome screen (the "garbled box" seen there)
            tab.hide()
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.welcome)
        self.stack.addWidget(self.tabs)
        self.setCentralWidget(self.stack)

        self.toolbar = QToolBar(self.tr("Account"), self)
        self.toolbar.setObjectName("account_toolbar")
        self.toolbar.setMovable(False)
        self.person_label = QLabel(self)
        self.account_switcher = QComboBox(self)
        self.account_switcher.setObjectName("account_switcher")
        self.account_switcher.setAccessibleName(self.tr("Client account"))
        # as wide as its longest entry, within reason (a very long name is cut, whole in the
        # tooltip); each entry's tooltip is its whole name too
        self.account_switcher.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.account_switcher.setMinimumContentsLength(20)
        self.account_switcher.setMaximumWidth(
            self.account_switcher.fontMetrics().averageCharWidth() * SWITCHER_MAX_CHARS
        )
        self.account_switcher.currentTextChanged.connect(self.account_switcher.setToolTip)
        self.switcher_label = QLabel(self.tr("Account:"), self)
        self.switcher_label.setBuddy(self.account_switcher)
        self.refresh_action = QAction(self.tr("&Refresh"), self)
        self.refresh_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Refresh))
        self.switch_action = QAction(self.tr("Switch &account"), self)
        self.switch_action.setShortcut(QKeySequence("Ctrl+Shift+A"))
        self.sign_out_action = QAction(self.tr("Sign &out"), self)
        self.sign_out_action.setShortcut(QKeySequence("Ctrl+Shift+Q"))
        self.forget_action = QAction(self.tr("Sign out and &forget this computer"), self)
        self.forget_action.setToolTip(
            self.tr("Sign out and delete what this computer saved of your accounts")
        )
        self.toolbar.addWidget(self.switcher_label)
        self.switcher_action = self.toolbar.addWidget(self.account_switcher)
        self.toolbar.addAction(self.refresh_action)
        spacer = QWidget(self)
        spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.toolbar.addWidget(spacer)
        self.toolbar.addWidget(self.person_label)
        self.toolbar.addAction(self.sign_out_action)
        # "forget this computer" is a choice of Sign out (its arrow), not one more button: the
        # Spanish toolbar had no room left and hid the views' buttons behind its overflow
        sign_out_menu = QMenu(self)
        sign_out_menu.addAction(self.forget_action)
        sign_out_button = self.toolbar.widgetForAction(self.sign_out_action)
        if isinstance(sign_out_button, QToolButton):
            sign_out_button.setMenu(sign_out_menu)
            sign_out_button.setPopupMode(QToolButton.ToolButtonPopupMode.MenuButtonPopup)
        self.addAction(self.forget_action)
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, self.toolbar)
        self.addAction(self.switch_action)

        self.welcome.fill(
            area.settings.get(settings.PORTAL_URL),
            area.settings.get(settings.EMAIL),
            area.settings.get(settings.REMEMBER_ME),
        )
        self.welcome.sign_in_requested.connect(self._sign_in_requested)
        self.welcome.demo_requested.connect(self._demo_requested)
        self.welcome.adding_cancelled.connect(self._end_adding)
        # "Add another sign-in": the welcome screen over the open account, which is set aside
        # (kept saved, its session open) only once the new sign-in starts
        self.set_aside: Callable[[], None] | None = None
        self._adding = False
        self._setting_aside = False
        self.welcome.code_entered.connect(area.submit_code)
        self.welcome.code_cancelled.connect(area.cancel_code)
        area.stage_changed.connect(self._stage_changed)
        area.sign_in_failed.connect(self.welcome.show_failure)
        area.second_factor_needed.connect(self.welcome.ask_code)
        area.account_changed.connect(self._account_changed)
        messages.message.connect(self._message)
        self.account_switcher.activated.connect(self._switch_selected)
        self.refresh_action.triggered.connect(self._refresh)
        self.switch_action.triggered.connect(self._focus_switcher)
        self.sign_out_action.triggered.connect(lambda: area.sign_out())
        self.forget_action.triggered.connect(area.sign_out_and_forget)
        # how old the saved answers shown are, until the portal replaces them
        self.freshness = FreshnessLabel(self)
        self.statusBar().addPermanentWidget(self.freshness)
        area.account_changed.connect(self.freshness.bind)
        self.connection_state = ConnectionLabel(area.link, self)
        self.statusBar().addPermanentWidget(self.connection_state)
        # the portal is back: what is shown refreshes itself, as Refresh would
        area.link.back_online.connect(self._refresh)
        area.link.back_online.connect(self._refresh_tab)
        area.accounts_changed.connect(self._fill_switcher)
        # support: Ctrl+N new ticket, Ctrl+F the current tab's search box, F5 the current tab too,
        # desktop notifications of the account's events, the dashboard's links to other tabs
        self.new_ticket_action = QAction(self.tr("&New ticket"), self)
        self.new_ticket_action.setShortcut(QKeySequence(QKeySequence.StandardKey.New))
        self.find_action = QAction(self.tr("&Find"), self)
        self.find_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Find))
        self.addActions([self.new_ticket_action, self.find_action])
        self.new_ticket_action.triggered.connect(self._new_ticket)
        self.find_action.triggered.connect(self._focus_search)
        self.refresh_action.triggered.connect(self._refresh_tab)
        self.notifier = DesktopNotifier(self.tabs, icon, self.tab_for_area, self)
        area.account_changed.connect(self.notifier.bind)
        self.dashboard_tab.navigate.connect(lambda where, i: show_area(self, self.tabs, where, i))

        self.stack.currentChanged.connect(self._page_changed)
        self._theme_menu()
        self._restore_state()
        self._was_signed_in = False
        self._stage_changed(area.stage)
        # all accounts (resellers), the staff desk, Ctrl+K, saved sign-ins: ui/desks.py
        self.desks = Desks(self, area, self.stack, self.tabs, self.begin_adding_sign_in)
        self.set_aside = self.desks.saved.add_another

    # ---- stages ---------------------------------------------------------------------------

    def _stage_changed(self, stage: Stage) -> None:
        signed_in = stage is Stage.SIGNED_IN
        self.toolbar.setVisible(signed_in)
        self.refresh_action.setEnabled(signed_in)
        self.switch_action.setEnabled(signed_in)
        self.stack.setCurrentWidget(self.tabs if signed_in else self.welcome)
        self.welcome.set_busy(stage is Stage.SIGNING_IN)
        if signed_in:
            self._fill_switcher()
        else:
            self.account_switcher.clear()
            self.person_label.clear()
            if stage is Stage.WELCOME and self._was_signed_in and not self._setting_aside:
                self.welcome.signed_out()  # a failed attempt keeps what was typed
        self._was_signed_in = signed_in

    # ---- theme ----------------------------------------------------------------------------

    def _theme_menu(self) -> None:
        """System, light or dark, always at hand in the status bar (also on the welcome
        screen); the choice is kept and applied at once to every widget and the chart."""
        self.theme_button = QToolButton(self)
        self.theme_button.setObjectName("theme_button")
        self.theme_button.setText(self.tr("Theme"))
        self.theme_button.setToolTip(self.tr("Light or dark, or as the system"))
        self.theme_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.theme_button.setAutoRaise(True)
        menu = QMenu(self.theme_button)
        group = QActionGroup(self)
        group.setExclusive(True)
        self.theme_actions: dict[str, QAction] = {}
        for choice, title in (
            (theme.SYSTEM, self.tr("As the &system")),
            (theme.LIGHT, self.tr("&Light")),
            (theme.DARK, self.tr("&Dark")),
        ):
            action = menu.addAction(title)
            action.setCheckable(True)
            group.addAction(action)
            action.triggered.connect(lambda _checked=False, c=choice: self.set_theme(c))
            self.theme_actions[choice] = action
        self.theme_button.setMenu(menu)
        self.statusBar().addPermanentWidget(self.theme_button)
        chosen = self.area.settings.get(settings.THEME)
        self.set_theme(chosen if chosen in settings.THEMES else theme.SYSTEM)

    def set_theme(self, choice: str) -> None:
        self.area.settings.set(settings.THEME, choice)
        self.theme_actions[choice].setChecked(True)
        theme.apply(choice)

    # ---- adding another sign-in -----------------------------------------------------------

    def begin_adding_sign_in(self) -> None:
        """The welcome screen to sign in to another portal or as another person; Cancel or Esc
        goes back to the account, which stays open until the new sign-in starts."""
        if self.area.stage is not Stage.SIGNED_IN:
            return
        self._adding = True
        self.welcome.set_adding(True)
        self.toolbar.hide()
        self.stack.setCurrentWidget(self.welcome)

    def _end_adding(self) -> None:
        if not self._adding:
            return
        self._adding = False
        self.welcome.set_adding(False)
        if self.area.stage is Stage.SIGNED_IN:
            self.toolbar.show()
            if self.stack.currentWidget() is self.welcome:
                self.stack.setCurrentWidget(self.tabs)

    def _page_changed(self, _index: int) -> None:
        if self._adding and self.stack.currentWidget() is not self.welcome:
            self._end_adding()  # another view was chosen (the views toolbar)

    def _leave_for_another(self) -> None:
        """The new sign-in starts: set the open one aside (it stays saved) first."""
        if not self._adding:
            return
        self._adding = False
        self.welcome.set_adding(False)
        self._setting_aside = True
        try:
            if self.set_aside is not None:
                self.set_aside()
        finally:
            self._setting_aside = False

    def _sign_in_requested(
        self, portal_url: str, email: str, password: str, remember: bool, code: str
    ) -> None:
        self._leave_for_another()
        self.area.sign_in(portal_url, email, password, remember, code)

    def _demo_requested(self) -> None:
        self._leave_for_another()
        self.area.open_demo()

    def _fill_switcher(self) -> None:
        connection = self.area.connection
        self.account_switcher.clear()
        if connection is None:
            return
        who = connection.me.person.name
        self.person_label.setText(arg(self.tr("%1 (demo portal)"), who) if connection.demo else who)
        for access in connection.accounts:
            label = access.company or access.display_name
            if access.company:
                label = f"{access.company} — {access.display_name}"
            self.account_switcher.addItem(label, access.id)
            self.account_switcher.setItemData(
                self.account_switcher.count() - 1, label, Qt.ItemDataRole.ToolTipRole
            )
        several = len(connection.accounts) > 1
        self.switcher_action.setVisible(several)
        self.switcher_label.setVisible(several)

    def _account_changed(self, session: AccountSession | None) -> None:
        for tab, _permission, _title in self._tab_permissions:
            tab.bind(None)  # type: ignore[attr-defined]
        if session is None:
            self.tabs.clear()
            self.setWindowTitle("Clientdesk")  # not the account signed out of
            return
        index = self.account_switcher.findData(session.account_id)
        if index >= 0:
            self.account_switcher.setCurrentIndex(index)
        shown = [
            (tab, title)
            for tab, permission, title in self._tab_permissions
            if permission is None or session.can(permission)
        ]
        current = [(self.tabs.widget(i), self.tabs.tabText(i)) for i in range(self.tabs.count())]
        # the same tabs for the next account (the usual case) stay: an account switch from the
        # local cache then costs the bindings, not rebuilding the tab bar
        rebuild = shown != current
        if rebuild:
            self.tabs.clear()
        for tab, title in shown:
            tab.bind(session)  # type: ignore[attr-defined]
            if rebuild:
                index = self.tabs.addTab(tab, title)
                if index < 9:
                    shortcut = QKeySequence(f"Ctrl+{index + 1}").toString(
                        QKeySequence.SequenceFormat.NativeText
                    )
                    self.tabs.setTabToolTip(index, shortcut)
        title = session.access.company or session.access.display_name
        self.setWindowTitle(f"{title} — Clientdesk")

    def _go_to_tab(self, index: int) -> None:
        if index < self.tabs.count() and self.stack.currentWidget() is self.tabs:
            self.tabs.setCurrentIndex(index)
            self.tabs.tabBar().setFocus(Qt.FocusReason.ShortcutFocusReason)

    def _switch_selected(self, index: int) -> None:
        account_id = self.account_switcher.itemData(index)
        current = self.area.account
        if account_id is not None and (current is None or current.account_id != account_id):
            self.area.switch_account(int(account_id))

    def _focus_switcher(self) -> None:
        if self.account_switcher.isVisible():
            self.account_switcher.setFocus()
            self.account_switcher.showPopup()

    def _refresh(self) -> None:
        if self.area.account is not None:
            self.area.account.refresh()

    def tab_for_area(self, area: str) -> QWidget | None:
        return tab_for_area(self, area)

    def _new_ticket(self) -> None:
        if self.tabs.indexOf(self.support_tab) >= 0:
            self.tabs.setCurrentWidget(self.support_tab)
            self.support_tab.open_new_ticket()

    def _focus_search(self) -> None:
        focus = getattr(self.tabs.currentWidget(), "focus_search", None)
        if callable(focus):
            focus()

    def _refresh_tab(self) -> None:
        refresh = getattr(self.tabs.currentWidget(), "refresh", None)
        if callable(refresh) and self.area.account is not None:
            refresh()

    def _message(self, level: int, text: str) -> None:
        prefix = {Level.WARNING: "⚠ ", Level.ERROR: "✖ "}.get(Level(level), "")
        self.statusBar().showMessage(prefix + text, STATUS_TIMEOUT_MS)
        accessibility.announce(self.statusBar(), text, assertive=Level(level) is Level.ERROR)

    # ---- window state ---------------------------------------------------------------------

    def _restore_state(self) -> None:
        geometry = self.ui_state.load("main_window/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        for name, table in (
            ("services", self.services_tab.table),
            ("invoices", self.invoices_tab.table),
        ):
            header = self.ui_state.load(f"{name}/header")
            if header is not None:
                # the order, hidden columns and sort come back; the widths are fitted again
                # (``ui.columns``): a state saved by an older version may hold other modes
                table.horizontalHeader().restoreState(header)
                table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
                table.horizontalHeader().setStretchLastSection(False)

    def save_state(self) -> None:
        self.ui_state.save("main_window/geometry", self.saveGeometry())
        for name, table in (
            ("services", self.services_tab.table),
            ("invoices", self.invoices_tab.table),
        ):
            self.ui_state.save(f"{name}/header", table.horizontalHeader().saveState())

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_state()
        super().closeEvent(event)
        self.closed.emit()
