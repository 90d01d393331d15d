"""The Services tab: every service of the account with product, price, cycle, next due date and
status; filter by status and sort by any column without asking the portal again. The selected
service's detail shows beside the list, with its actions (upgrade/downgrade, cancellation, change
of owner), each enabled by the service's status and the person's permission."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QItemSelection, QPoint, Qt, SignalInstance
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from app.i18n import QT_TRANSLATE_NOOP, arg
from app.models import Cancellation, Permission, Service, ServiceDetail, ServiceStatus
from app.services import ServiceActions
from app.session import AccountSession

from . import formatting, tables
from .accessibility import ValueLabel
from .binding import SessionBinding
from .empty_state import empty_state
from .notice import Notice
from .service_dialogs import CancelDialog, OwnerChangeDialog, UpgradeDialog, cancellation_text
from .table_models import ROW_ROLE, Column, ListTableModel

CONTEXT = "ServicesTab"
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter

COLUMNS: list[Column[Service]] = [
    Column(QT_TRANSLATE_NOOP("ServicesTab", "Product"), lambda s: s.product),
    Column(QT_TRANSLATE_NOOP("ServicesTab", "Domain"), lambda s: s.domain),
    Column(
        QT_TRANSLATE_NOOP("ServicesTab", "Price"),
        lambda s: formatting.money(s.amount, s.currency),
        lambda s: s.amount,
        RIGHT,
    ),
    Column(
        QT_TRANSLATE_NOOP("ServicesTab", "Billing cycle"),
        lambda s: formatting.cycle(s.billing_cycle),
    ),
    Column(
        QT_TRANSLATE_NOOP("ServicesTab", "Next due date"),
        lambda s: formatting.date(s.next_due_date),
        lambda s: s.next_due_date.toordinal() if s.next_due_date else 0,
    ),
    Column(QT_TRANSLATE_NOOP("ServicesTab", "Status"), lambda s: formatting.status(s.status)),
]
STATUS_COLUMN = 5

# (attribute of ServiceDetail, label) shown in the detail panel
DETAIL_FIELDS = (
    ("product", QT_TRANSLATE_NOOP("ServicesTab", "Product")),
    ("domain", QT_TRANSLATE_NOOP("ServicesTab", "Domain")),
    ("price", QT_TRANSLATE_NOOP("ServicesTab", "Price")),
    ("billing_cycle", QT_TRANSLATE_NOOP("ServicesTab", "Billing cycle")),
    ("registration_date", QT_TRANSLATE_NOOP("ServicesTab", "Registration date")),
    ("next_due_date", QT_TRANSLATE_NOOP("ServicesTab", "Next due date")),
    ("status", QT_TRANSLATE_NOOP("ServicesTab", "Status")),
    ("server", QT_TRANSLATE_NOOP("ServicesTab", "Server")),
    ("username", QT_TRANSLATE_NOOP("ServicesTab", "Username")),
    ("dedicated_ip", QT_TRANSLATE_NOOP("ServicesTab", "Dedicated IP")),
    ("cancellation", QT_TRANSLATE_NOOP("ServicesTab", "Cancellation")),
)


class ServicesTab(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.binding = SessionBinding(self)
        self._session: AccountSession | None = None
        self._actions: ServiceActions | None = None
        self._selected_id: int | None = None
        self._cancellation_known = False
        self.dialog: UpgradeDialog | CancelDialog | OwnerChangeDialog | None = None
        self.model: ListTableModel[Service] = ListTableModel(CONTEXT, COLUMNS, self)
        self.proxy = tables.sorted_proxy(self, self.model)
        self.proxy.setFilterKeyColumn(STATUS_COLUMN)

        self.status_filter = QComboBox(self)
        self.status_filter.setAccessibleName(self.tr("Show services with status"))
        self.status_filter.addItem(self.tr("All statuses"), "")
        for status in (
            ServiceStatus.ACTIVE,
            ServiceStatus.PENDING,
            ServiceStatus.SUSPENDED,
            ServiceStatus.TERMINATED,
            ServiceStatus.CANCELLED,
        ):
            self.status_filter.addItem(formatting.status(status), status.value)
        self.summary = QLabel(self)
        self.notice = Notice(self)
        self.table = tables.table(
            self,
            "services_table",
            self.proxy,
            accessible=self.tr("Services"),
            sort=(0, Qt.SortOrder.AscendingOrder),
        )
        self.empty_state = empty_state(self.table, self.tr("No services to show."))
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)

        # The selected service: its detail and its actions.
        self.detail_box = QGroupBox(self.tr("Service detail"), self)
        self.detail_box.setObjectName("service_detail")
        form = QFormLayout()
        self.detail: dict[str, ValueLabel] = {}
        for name, label in DETAIL_FIELDS:
            value = ValueLabel(self.tr(label), self.detail_box)
            value.setObjectName(f"detail_{name}")
            value.setWordWrap(True)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.detail[name] = value
            form.addRow(self.tr(label), value)
        self.detail_notice = Notice(self.detail_box)
        self.upgrade_action = QAction(self.tr("&Upgrade/Downgrade…"), self)
        self.upgrade_action.setShortcut(QKeySequence("Ctrl+Shift+U"))
        self.cancel_action = QAction(self.tr("Request cance&llation…"), self)
        self.cancel_action.setShortcut(QKeySequence("Ctrl+Shift+N"))
        self.owner_action = QAction(self.tr("Change o&wner…"), self)
        self.owner_action.setShortcut(QKeySequence("Ctrl+Shift+W"))
        self.upgrade_button = QPushButton(self.detail_box)
        self.cancel_button = QPushButton(self.detail_box)
        self.owner_button = QPushButton(self.detail_box)
        actions = QVBoxLayout()
        for action, button in (
            (self.upgrade_action, self.upgrade_button),
            (self.cancel_action, self.cancel_button),
            (self.owner_action, self.owner_button),
        ):
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            self.addAction(action)
            button.setText(action.text())
            button.setAccessibleName(action.text().replace("&", "").rstrip("…"))
            button.clicked.connect(action.trigger)
            action.enabledChanged.connect(button.setEnabled)
            actions.addWidget(button)
        self.permission_note = QLabel(self.detail_box)
        self.permission_note.setWordWrap(True)
        self.permission_note.hide()
        inner = QVBoxLayout(self.detail_box)
        inner.addWidget(self.detail_notice)
        inner.addLayout(form)
        inner.addLayout(actions)
        inner.addWidget(self.permission_note)
        inner.addStretch(1)

        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.table)
        splitter.addWidget(self.detail_box)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)

        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Status:"), self))
        top.addWidget(self.status_filter)
        top.addStretch(1)
        top.addWidget(self.summary)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.notice)
        layout.addWidget(splitter, 1)

        self.status_filter.currentIndexChanged.connect(self._filter)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.table.customContextMenuRequested.connect(self._context_menu)
        self.upgrade_action.triggered.connect(self.open_upgrade)
        self.cancel_action.triggered.connect(self.open_cancellation)
        self.owner_action.triggered.connect(self.open_owner_change)
        self._clear_detail()

    # ---- binding --------------------------------------------------------------------------

    def bind(self, session: AccountSession | None) -> None:
        self.close_dialog()
        self._session = session
        self._actions = session.part(ServiceActions) if session is not None else None
        self.notice.clear()
        self._selected_id = None
        self.model.set_rows(session.services if session else [])
        self._clear_detail()
        self._update_summary()
        self.binding.rebind(self._connections())

    def _connections(self) -> list[tuple[SignalInstance, Callable[..., None]]]:
        session, actions = self._session, self._actions
        if session is None or actions is None:
            return []
        return [
            (session.services_loaded, self._show),
            (session.services_failed, self._failed),
            (actions.detail_loaded, self._show_detail),
            (actions.detail_failed, self._detail_failed),
            (actions.cancellation_loaded, self._show_cancellation),
            (actions.cancellation_failed, self._detail_failed),
        ]

    def _show(self, services: list[Service]) -> None:
        self.notice.clear()
        self.model.set_rows(services)
        self._update_summary()
        self._reselect()

    def _failed(self, text: str) -> None:
        session = self._session
        self.notice.show_error(text, session.load_services if session else None)

    def _filter(self) -> None:
        value = self.status_filter.currentData()
        text = formatting.status(value) if value else ""
        self.proxy.setFilterFixedString(text)
        self._update_summary()

    def _update_summary(self) -> None:
        active = sum(1 for s in self.model.rows() if s.status == ServiceStatus.ACTIVE)
        self.summary.setText(
            arg(self.tr("%1 services, %2 active"), str(self.model.rowCount()), str(active))
        )

    # ---- the selected service -------------------------------------------------------------

    def selected_service(self) -> Service | None:
        if self._selected_id is None:
            return None
        return next((s for s in self.model.rows() if s.id == self._selected_id), None)

    def select_service(self, service_id: int) -> bool:
        """Select the row of this service (as a click would); False when it is not shown."""
        for row in range(self.proxy.rowCount()):
            service = self.proxy.index(row, 0).data(ROW_ROLE)
            if service is not None and service.id == service_id:
                self.table.selectRow(row)
                return True
        return False

    def _reselect(self) -> None:
        # The list was reloaded (after a change): keep the same service selected.
        if self._selected_id is not None and not self.select_service(self._selected_id):
            self._selected_id = None
            self._clear_detail()

    def _selection_changed(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        rows = self.table.selectionModel().selectedRows()
        service = self.proxy.index(rows[0].row(), 0).data(ROW_ROLE) if rows else None
        if service is None:
            self._selected_id = None
            self._clear_detail()
            return
        if service.id == self._selected_id and self._cancellation_known:
            self._fill_from_list(service)
            self._update_actions()
            return
        self._selected_id = service.id
        self._cancellation_known = False
        self.detail_notice.clear()
        for name in ("username", "dedicated_ip", "cancellation"):
            self.detail[name].set_value("")
        self._fill_from_list(service)
        self.detail["server"].set_value(self.tr("Loading…"))
        self._update_actions()
        if self._actions is not None:
            self._actions.load(service.id)

    def _clear_detail(self) -> None:
        for label in self.detail.values():
            label.clear()
        self.detail["product"].set_value(self.tr("Select a service to see its detail."))
        self.detail_notice.clear()
        self._cancellation_known = False
        self._update_actions()

    def _fill_from_list(self, service: Service) -> None:
        values = {
            "product": service.product,
            "domain": service.domain,
            "price": formatting.money(service.amount, service.currency),
            "billing_cycle": formatting.cycle(service.billing_cycle),
            "registration_date": formatting.date(service.registration_date),
            "next_due_date": formatting.date(service.next_due_date),
            "status": formatting.status(service.status),
        }
        for name, value in values.items():
            self.detail[name].set_value(value)

    def _show_detail(self, detail: ServiceDetail) -> None:
        if detail.id != self._selected_id:
            return
        self._fill_from_list(detail)
        self.detail["server"].set_value(detail.server or "—")
        self.detail["username"].set_value(detail.username or "—")
        self.detail["dedicated_ip"].set_value(detail.dedicated_ip or "—")

    def _show_cancellation(self, service_id: int, found: Cancellation | None) -> None:
        if service_id != self._selected_id:
            return
        self._cancellation_known = True
        self.detail["cancellation"].set_value(
            cancellation_text(found) if found is not None else self.tr("Not requested")
        )
        self._update_actions()

    def _detail_failed(self, service_id: int, text: str) -> None:
        if service_id != self._selected_id:
            return
        actions = self._actions
        self.detail_notice.show_error(
            text, (lambda: actions.load(service_id)) if actions is not None else None
        )

    def _update_actions(self) -> None:
        service = self.selected_service()
        session = self._session
        may = session is not None and session.can(Permission.MANAGE_PRODUCTS)
        actions = self._actions
        requested = (
            actions is not None
            and actions.cancellation is not None
            and actions.cancellation.service_id == self._selected_id
        )
        known = self._cancellation_known and not requested
        active = service is not None and service.status == ServiceStatus.ACTIVE
        cancellable = service is not None and service.status not in (
            ServiceStatus.CANCELLED,
            ServiceStatus.TERMINATED,
        )
        self.upgrade_action.setEnabled(may and active and known)
        self.cancel_action.setEnabled(may and cancellable and known)
        self.owner_action.setEnabled(may and active)
        # a disabled action says why (a tooltip on its button)
        if session is not None and not may:
            upgrade = cancel = owner = self.tr(
                "Changing a service needs the permission to manage services."
            )
        elif service is None:
            upgrade = cancel = owner = self.tr("Choose a service in the list first.")
        else:
            upgrade = "" if active else self.tr("Only an active service can change plan.")
            cancel = (
                "" if cancellable else self.tr("This service is already cancelled or terminated.")
            )
            owner = "" if active else self.tr("Only an active service can change owner.")
            if requested:
                upgrade = cancel = self.tr("A cancellation was requested for this service.")
            elif not known:
                upgrade = cancel = self.tr("Checking whether a cancellation was already requested…")
        reasons = (upgrade, cancel, owner)
        for (button, action), reason in zip(
            (
                (self.upgrade_button, self.upgrade_action),
                (self.cancel_button, self.cancel_action),
                (self.owner_button, self.owner_action),
            ),
            reasons,
            strict=True,
        ):
            button.setEnabled(action.isEnabled())
            button.setToolTip("" if action.isEnabled() else reason)
        if session is not None and not may:
            self.permission_note.setText(
                self.tr(
                    "You can see this service, but changing it needs the permission to manage services."
                )
            )
            self.permission_note.show()
        else:
            self.permission_note.hide()

    def _context_menu(self, point: QPoint) -> None:
        if self.selected_service() is None:
            return
        menu = QMenu(self)
        menu.addAction(self.upgrade_action)
        menu.addAction(self.cancel_action)
        menu.addAction(self.owner_action)
        menu.popup(self.table.viewport().mapToGlobal(point))

    # ---- actions --------------------------------------------------------------------------

    def close_dialog(self) -> None:
        if self.dialog is not None:
            self.dialog.reject()
            self.dialog.deleteLater()
            self.dialog = None

    def _open(self, kind: type[UpgradeDialog | CancelDialog | OwnerChangeDialog]) -> None:
        service = self.selected_service()
        if service is None or self._actions is None:
            return
        self.close_dialog()
        self.dialog = kind(self._actions, service, self)
        self.dialog.open()

    def open_upgrade(self) -> None:
        if self.upgrade_action.isEnabled():
            self._open(UpgradeDialog)

    def open_cancellation(self) -> None:
        if self.cancel_action.isEnabled():
            self._open(CancelDialog)

    def open_owner_change(self) -> None:
        if self.owner_action.isEnabled():
            self._open(OwnerChangeDialog)
