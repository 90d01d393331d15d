"""The Services tab: every service of the account with product, price, cycle, next due date and
status; filter by status and sort by any column without asking the portal again."""

from __future__ import annotations

from PySide6.QtCore import QSortFilterProxyModel, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.i18n import QT_TRANSLATE_NOOP
from app.models import Service, ServiceStatus
from app.session import AccountSession

from . import formatting
from .notice import Notice
from .table_models import SORT_ROLE, Column, ListTableModel

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


class ServicesTab(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session: AccountSession | None = None
        self.model: ListTableModel[Service] = ListTableModel(CONTEXT, COLUMNS, self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
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
        self.table = QTableView(self)
        self.table.setObjectName("services_table")
        self.table.setAccessibleName(self.tr("Services"))
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)

        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Status:"), self))
        top.addWidget(self.status_filter)
        top.addStretch(1)
        top.addWidget(self.summary)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.notice)
        layout.addWidget(self.table, 1)

        self.status_filter.currentIndexChanged.connect(self._filter)

    def bind(self, session: AccountSession | None) -> None:
        if self._session is not None:
            self._session.services_loaded.disconnect(self._show)
            self._session.services_failed.disconnect(self._failed)
        self._session = session
        self.notice.clear()
        self.model.set_rows(session.services if session else [])
        self._update_summary()
        if session is not None:
            session.services_loaded.connect(self._show)
            session.services_failed.connect(self._failed)

    def _show(self, services: list[Service]) -> None:
        self.notice.clear()
        self.model.set_rows(services)
        self.table.resizeColumnsToContents()
        self._update_summary()

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
            self.tr("%1 services, %2 active")
            .replace("%1", str(self.model.rowCount()))
            .replace("%2", str(active))
        )
