"""The Invoices tab: invoices newest first, paged from the portal as the user scrolls, filtered by
status; the selected invoice's items and totals beside the list."""

from __future__ import annotations

from decimal import Decimal
from html import escape

from PySide6.QtCore import QItemSelection, QLocale, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QSplitter,
    QTableView,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from app.i18n import QT_TRANSLATE_NOOP
from app.models import Invoice, InvoiceDetail, InvoiceFilter
from app.session import AccountSession

from . import formatting
from .notice import Notice
from .table_models import Column, PagedTableModel

CONTEXT = "InvoicesTab"
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


def _status(invoice: Invoice) -> str:
    return formatting.status("Overdue" if invoice.overdue else invoice.status)


COLUMNS: list[Column[Invoice]] = [
    Column(QT_TRANSLATE_NOOP("InvoicesTab", "Number"), lambda i: i.number),
    Column(QT_TRANSLATE_NOOP("InvoicesTab", "Issued"), lambda i: formatting.date(i.issued_on)),
    Column(QT_TRANSLATE_NOOP("InvoicesTab", "Due"), lambda i: formatting.date(i.due_on)),
    Column(
        QT_TRANSLATE_NOOP("InvoicesTab", "Total"),
        lambda i: formatting.money(i.total, i.currency),
        None,
        RIGHT,
    ),
    Column(
        QT_TRANSLATE_NOOP("InvoicesTab", "Balance"),
        lambda i: formatting.money(i.balance, i.currency),
        None,
        RIGHT,
    ),
    Column(QT_TRANSLATE_NOOP("InvoicesTab", "Status"), _status),
]

FILTERS = (
    (None, QT_TRANSLATE_NOOP("InvoicesTab", "All invoices")),
    (InvoiceFilter.UNPAID, QT_TRANSLATE_NOOP("InvoicesTab", "Unpaid")),
    (InvoiceFilter.OVERDUE, QT_TRANSLATE_NOOP("InvoicesTab", "Overdue")),
    (InvoiceFilter.PAID, QT_TRANSLATE_NOOP("InvoicesTab", "Paid")),
    (InvoiceFilter.CANCELLED, QT_TRANSLATE_NOOP("InvoicesTab", "Cancelled")),
    (InvoiceFilter.REFUNDED, QT_TRANSLATE_NOOP("InvoicesTab", "Refunded")),
)


class InvoicesTab(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session: AccountSession | None = None
        self.model: PagedTableModel[Invoice] = PagedTableModel(CONTEXT, COLUMNS, self)

        self.status_filter = QComboBox(self)
        self.status_filter.setAccessibleName(self.tr("Show invoices"))
        for value, label in FILTERS:
            self.status_filter.addItem(self.tr(label), value.value if value else "")
        self.loaded = QLabel(self)
        self.notice = Notice(self)
        self.table = QTableView(self)
        self.table.setObjectName("invoices_table")
        self.table.setAccessibleName(self.tr("Invoices"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.detail = QTextBrowser(self)
        self.detail.setAccessibleName(self.tr("Invoice detail"))
        self.detail.setOpenLinks(False)
        self.detail.setPlaceholderText(self.tr("Select an invoice to see its items."))

        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.table)
        splitter.addWidget(self.detail)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)

        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Show:"), self))
        top.addWidget(self.status_filter)
        top.addStretch(1)
        top.addWidget(self.loaded)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.notice)
        layout.addWidget(splitter, 1)

        self.status_filter.currentIndexChanged.connect(self._filter)
        self.table.selectionModel().selectionChanged.connect(self._selected)

    def bind(self, session: AccountSession | None) -> None:
        if self._session is not None:
            s = self._session
            s.invoices.failed.disconnect(self._failed)
            s.invoices.rows_appended.disconnect(self._update_count)
            s.invoices.reset_done.disconnect(self._update_count)
            s.invoices.loading_changed.disconnect(self._update_count)
            s.invoice_loaded.disconnect(self._show_detail)
            s.invoice_failed.disconnect(self._detail_failed)
        self._session = session
        self.notice.clear()
        self.detail.clear()
        self.model.bind(session.invoices if session else None)
        if session is not None:
            session.invoices.failed.connect(self._failed)
            session.invoices.rows_appended.connect(self._update_count)
            session.invoices.reset_done.connect(self._update_count)
            session.invoices.loading_changed.connect(self._update_count)
            session.invoice_loaded.connect(self._show_detail)
            session.invoice_failed.connect(self._detail_failed)
            current = session.invoice_filter.value if session.invoice_filter else ""
            self.status_filter.blockSignals(True)
            self.status_filter.setCurrentIndex(max(0, self.status_filter.findData(current)))
            self.status_filter.blockSignals(False)
        self._update_count()

    def _filter(self) -> None:
        if self._session is None:
            return
        value = self.status_filter.currentData()
        self.detail.clear()
        self._session.filter_invoices(InvoiceFilter(value) if value else None)

    def _update_count(self, *_args: object) -> None:
        if self._session is None:
            self.loaded.clear()
            return
        paged = self._session.invoices
        count = len(paged.rows)
        if paged.loading:
            text = self.tr("Loading… (%1 so far)").replace("%1", str(count))
        elif paged.can_fetch_more():
            text = self.tr("%1 invoices shown; scroll for more").replace("%1", str(count))
        else:
            text = self.tr("%1 invoices").replace("%1", str(count))
        self.loaded.setText(text)

    def _failed(self, text: str) -> None:
        session = self._session
        self.notice.show_error(text, session.invoices.retry if session else None)
        self._update_count()

    def _selected(self, selected: QItemSelection, _deselected: QItemSelection) -> None:
        indexes = selected.indexes()
        if not indexes or self._session is None:
            return
        invoice = self.model.row_object(indexes[0].row())
        if invoice is not None:
            self.detail.setPlainText(self.tr("Loading invoice %1…").replace("%1", invoice.number))
            self._session.load_invoice(invoice.id)

    def _show_detail(self, detail: InvoiceDetail) -> None:
        def money(value: Decimal) -> str:
            return formatting.money(value, detail.currency)

        title = self.tr("Invoice %1").replace("%1", escape(detail.number))
        issued, due, status = self.tr("Issued"), self.tr("Due"), self.tr("Status")
        subtotal, total, balance = self.tr("Subtotal"), self.tr("Total"), self.tr("Balance due")
        tax = self.tr("Tax (%1%)").replace("%1", QLocale().toString(float(detail.tax_rate), "g", 4))
        items = "".join(
            f"<tr><td>{escape(item.description)}</td><td align='right'>{money(item.amount)}</td></tr>"
            for item in detail.items
        )
        totals = (
            (subtotal, money(detail.subtotal)),
            (tax, money(detail.tax)),
            (f"<b>{total}</b>", f"<b>{money(detail.total)}</b>"),
            (balance, money(detail.balance)),
        )
        total_rows = "".join(f"<tr><td>{k}</td><td align='right'>{v}</td></tr>" for k, v in totals)
        self.detail.setHtml(
            f"<h3>{title}</h3>"
            f"<p>{issued}: {formatting.date(detail.issued_on)}<br>"
            f"{due}: {formatting.date(detail.due_on)}<br>"
            f"{status}: {_status(detail)}</p>"
            f"<table width='100%' cellpadding='3'>{items}</table><hr>"
            f"<table width='100%'>{total_rows}</table>"
        )

    def _detail_failed(self, text: str) -> None:
        self.detail.setPlainText(text)
