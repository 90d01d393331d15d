"""The Invoices tab: invoices newest first, paged from the portal as the user scrolls, filtered by
status (by the portal) and by date of issue (here, over the loaded rows: the portal's list has no
date filter, so when a "from" date reaches past the loaded rows the next pages are fetched until
it is covered); the selected invoice's items and totals beside the list. Pay the selected unpaid
invoice with a saved card, save it as PDF, export the rows shown to CSV."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from decimal import Decimal
from html import escape

from PySide6.QtCore import (
    QDate,
    QItemSelection,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    SignalInstance,
)
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.billing import Billing
from app.i18n import QT_TRANSLATE_NOOP, arg
from app.models import (
    Invoice,
    InvoiceDetail,
    InvoiceFilter,
    InvoiceStatus,
    PaymentMethod,
    PaymentResult,
)
from app.payment_methods import PaymentMethods
from app.session import AccountSession

from . import dialogs, formatting, tables
from .accessibility import StatusLabel
from .binding import SessionBinding
from .empty_state import empty_state
from .notice import Notice
from .payment_methods import card_label
from .table_models import ROW_ROLE, Column, PagedTableModel

CONTEXT = "InvoicesTab"
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


def _status(invoice: Invoice) -> str:
    return formatting.invoice_status(invoice.status, invoice.overdue)


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


# A date edit at its minimum shows "Any": no limit on that side.
NO_DATE = QDate(2000, 1, 1)


def payable(invoice: Invoice | None) -> bool:
    return invoice is not None and invoice.status == InvoiceStatus.UNPAID and invoice.balance > 0


class IssuedBetween(QSortFilterProxyModel):
    """The rows whose date of issue is within [first, last] (either may be open)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.first: dt.date | None = None
        self.last: dt.date | None = None

    def set_range(self, first: dt.date | None, last: dt.date | None) -> None:
        self.beginFilterChange()
        self.first, self.last = first, last
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(
        self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex
    ) -> bool:
        model = self.sourceModel()
        invoice = model.index(source_row, 0, source_parent).data(ROW_ROLE)
        if not isinstance(invoice, Invoice):
            return True
        if self.first is not None and invoice.issued_on < self.first:
            return False
        return not (self.last is not None and invoice.issued_on > self.last)

    def invoice(self, row: int) -> Invoice | None:
        value = self.index(row, 0).data(ROW_ROLE)
        return value if isinstance(value, Invoice) else None

    def invoices(self) -> list[Invoice]:
        found = (self.invoice(row) for row in range(self.rowCount()))
        return [invoice for invoice in found if invoice is not None]


class InvoicesTab(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.binding = SessionBinding(self)
        self._session: AccountSession | None = None
        self._billing: Billing | None = None
        self._cards: PaymentMethods | None = None
        self._wants_pay = False
        self._retry_payment: Callable[[], None] | None = None
        self.model: PagedTableModel[Invoice] = PagedTableModel(CONTEXT, COLUMNS, self)
        self.proxy = IssuedBetween(self)
        self.proxy.setSourceModel(self.model)

        self.status_filter = QComboBox(self)
        self.status_filter.setAccessibleName(self.tr("Show invoices"))
        for value, label in FILTERS:
            self.status_filter.addItem(self.tr(label), value.value if value else "")
        self.issued_from = self._date_edit(self.tr("Issued from"))
        self.issued_to = self._date_edit(self.tr("Issued until"))
        self.clear_dates = QToolButton(self)
        self.clear_dates.setText(self.tr("Any date"))
        self.clear_dates.setAccessibleName(self.tr("Show invoices of any date"))
        self.loaded = QLabel(self)
        self.notice = Notice(self)
        self.table = tables.table(
            self, "invoices_table", self.proxy, accessible=self.tr("Invoices"), main=5
        )
        self.empty_state = empty_state(
            self.table, self.tr("No invoices to show with these filters.")
        )
        self.detail = QTextBrowser(self)
        self.detail.setAccessibleName(self.tr("Invoice detail"))
        self.detail.setOpenLinks(False)
        self.detail.setPlaceholderText(self.tr("Select an invoice to see its items."))

        self.pay_button = QPushButton(self.tr("&Pay…"), self)
        self.pay_button.setAccessibleName(self.tr("Pay the selected invoice"))
        self.pdf_button = QPushButton(self.tr("Save as P&DF…"), self)
        self.pdf_button.setAccessibleName(self.tr("Save the selected invoice as PDF"))
        self.csv_button = QPushButton(self.tr("E&xport to CSV…"), self)
        self.csv_button.setAccessibleName(self.tr("Export the invoices shown to CSV"))
        self.status = StatusLabel(self)
        self.status.setObjectName("invoices_status")
        self.status.setWordWrap(True)

        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.table)
        splitter.addWidget(self.detail)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)

        show = QLabel(self.tr("&Show:"), self)
        show.setBuddy(self.status_filter)
        issued = QLabel(self.tr("Issued &from:"), self)
        issued.setBuddy(self.issued_from)
        until = QLabel(self.tr("un&til:"), self)
        until.setBuddy(self.issued_to)
        top = QHBoxLayout()
        top.addWidget(show)
        top.addWidget(self.status_filter)
        top.addSpacing(12)
        top.addWidget(issued)
        top.addWidget(self.issued_from)
        top.addWidget(until)
        top.addWidget(self.issued_to)
        top.addWidget(self.clear_dates)
        top.addStretch(1)
        top.addWidget(self.loaded)
        actions = QHBoxLayout()
        actions.addWidget(self.pay_button)
        actions.addWidget(self.pdf_button)
        actions.addWidget(self.status, 1)
        actions.addWidget(self.csv_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.notice)
        layout.addWidget(splitter, 1)
        layout.addLayout(actions)

        self.status_filter.currentIndexChanged.connect(self._filter)
        self.issued_from.dateChanged.connect(self._dates_changed)
        self.issued_to.dateChanged.connect(self._dates_changed)
        self.clear_dates.clicked.connect(self._clear_dates)
        self.table.selectionModel().selectionChanged.connect(self._selected)
        self.model.dataChanged.connect(self._update_actions)
        self.model.modelReset.connect(self._update_actions)
        # the export follows the rows shown (a page arriving, a filter), not the selection
        self.proxy.rowsInserted.connect(self._update_actions)
        self.proxy.rowsRemoved.connect(self._update_actions)
        self.proxy.modelReset.connect(self._update_actions)
        self.proxy.layoutChanged.connect(self._update_actions)
        self.pay_button.clicked.connect(self._pay)
        self.pdf_button.clicked.connect(self._save_pdf)
        self.csv_button.clicked.connect(self._export_csv)
        self._update_actions()

    def _date_edit(self, name: str) -> QDateEdit:
        edit = QDateEdit(self)
        edit.setAccessibleName(name)
        edit.setCalendarPopup(True)
        edit.setMinimumDate(NO_DATE)
        edit.setSpecialValueText(self.tr("Any"))
        edit.setDate(NO_DATE)
        return edit

    def bind(self, session: AccountSession | None) -> None:
        self._session = session
        self._billing = session.part(Billing) if session else None
        self._cards = session.part(PaymentMethods) if session else None
        self._wants_pay = False
        self._retry_payment = None
        self.notice.clear()
        self.detail.clear()
        self.status.say("")
        self.model.bind(session.invoices if session else None)
        self.binding.rebind(self._connections())
        if session is not None:
            current = session.invoice_filter.value if session.invoice_filter else ""
            self.status_filter.blockSignals(True)
            self.status_filter.setCurrentIndex(max(0, self.status_filter.findData(current)))
            self.status_filter.blockSignals(False)
        self._update_count()
        self._update_actions()

    def _connections(self) -> list[tuple[SignalInstance, Callable[..., None]]]:
        s = self._session
        if s is None or self._billing is None or self._cards is None:
            return []
        b, cards = self._billing, self._cards
        return [
            (s.invoices.failed, self._failed),
            (s.invoices.rows_appended, self._update_count),
            (s.invoices.reset_done, self._update_count),
            (s.invoices.loading_changed, self._update_count),
            (s.invoices.rows_appended, self._cover_dates),
            (s.invoice_loaded, self._show_detail),
            (s.invoice_failed, self._detail_failed),
            (b.paid, self._paid),
            (b.pay_failed, self._pay_failed),
            (b.pdf_saved, self._pdf_saved),
            (b.pdf_failed, self._file_failed),
            (b.csv_saved, self._csv_saved),
            (b.csv_failed, self._file_failed),
            (cards.loaded, self._cards_loaded),
            (cards.failed, self._cards_failed),
        ]

    # ---- filters --------------------------------------------------------------------------

    def _date(self, edit: QDateEdit) -> dt.date | None:
        value = edit.date()
        if value == NO_DATE or not value.isValid():
            return None
        return dt.date(value.year(), value.month(), value.day())

    def _dates_changed(self) -> None:
        self.proxy.set_range(self._date(self.issued_from), self._date(self.issued_to))
        self._cover_dates()
        self._update_count()
        self._update_actions()

    def _clear_dates(self) -> None:
        self.issued_from.setDate(NO_DATE)
        self.issued_to.setDate(NO_DATE)

    def _cover_dates(self, *_args: object) -> None:
        """Newest first: while the oldest loaded invoice is not older than the "from" date and
        the portal has more, the invoices of the chosen range are not all here yet."""
        first = self._date(self.issued_from)
        session = self._session
        if first is None or session is None:
            return
        paged = session.invoices
        if paged.can_fetch_more() and (not paged.rows or paged.rows[-1].issued_on >= first):
            paged.fetch_more()

    def _filter(self) -> None:
        if self._session is None:
            return
        value = self.status_filter.currentData()
        self.detail.clear()
        self._session.filter_invoices(InvoiceFilter(value) if value else None)
        self._cover_dates()

    def _update_count(self, *_args: object) -> None:
        if self._session is None:
            self.loaded.clear()
            return
        paged = self._session.invoices
        count = len(paged.rows)
        shown = self.proxy.rowCount()
        if shown != self.model.rowCount() and not paged.loading:
            self.loaded.setText(
                arg(self.tr("%1 of %2 loaded invoices in these dates"), str(shown), str(count))
            )
            return
        if paged.loading:
            text = arg(self.tr("Loading… (%1 so far)"), str(count))
        elif paged.can_fetch_more():
            text = arg(self.tr("%1 invoices shown; scroll for more"), str(count))
        else:
            text = arg(self.tr("%1 invoices"), str(count))
        self.loaded.setText(text)

    def _failed(self, text: str) -> None:
        session = self._session
        self.notice.show_error(text, session.invoices.retry if session else None)
        self._update_count()

    def _selected(self, selected: QItemSelection, _deselected: QItemSelection) -> None:
        self._update_actions()
        indexes = selected.indexes()
        if not indexes or self._session is None:
            return
        invoice = self.proxy.invoice(indexes[0].row())
        if invoice is not None:
            self.status.say("")
            self.detail.setPlainText(arg(self.tr("Loading invoice %1…"), invoice.number))
            self._session.load_invoice(invoice.id)

    def selected_invoice(self) -> Invoice | None:
        rows = self.table.selectionModel().selectedRows()
        return self.proxy.invoice(rows[0].row()) if rows else None

    def _update_actions(self, *_args: object) -> None:
        invoice = self.selected_invoice() if self._session is not None else None
        busy = (
            invoice is not None and self._billing is not None and self._billing.paying(invoice.id)
        )
        self.pay_button.setEnabled(payable(invoice) and not busy)
        self.pdf_button.setEnabled(invoice is not None)
        # a disabled action says why
        choose = self.tr("Choose an invoice in the list first.")
        self.pay_button.setToolTip(
            ""
            if self.pay_button.isEnabled()
            else choose
            if invoice is None
            else self.tr("Paying this invoice…")
            if busy
            else self.tr("This invoice has nothing left to pay.")
        )
        self.pdf_button.setToolTip("" if invoice is not None else choose)
        shown = self._session is not None and self.proxy.rowCount() > 0
        self.csv_button.setEnabled(shown)
        self.csv_button.setToolTip(
            self.tr("Exports the invoices shown, as filtered (no selection needed).")
            if shown
            else self.tr("No invoices are shown: change the filters to export some.")
        )

    def _show_detail(self, detail: InvoiceDetail) -> None:
        def money(value: Decimal) -> str:
            return formatting.money(value, detail.currency)

        title = arg(self.tr("Invoice %1"), escape(detail.number))
        issued, due, status = self.tr("Issued"), self.tr("Due"), self.tr("Status")
        subtotal, total, balance = self.tr("Subtotal"), self.tr("Total"), self.tr("Balance due")
        tax = arg(self.tr("Tax (%1%)"), QLocale().toString(float(detail.tax_rate), "g", 4))
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

    # ---- paying ---------------------------------------------------------------------------

    def _pay(self) -> None:
        invoice = self.selected_invoice()
        cards = self._cards
        if not payable(invoice) or cards is None or self._billing is None:
            return
        assert invoice is not None
        if not cards.loaded_once:
            self._wants_pay = True
            self.status.say(self.tr("Loading your saved cards…"))
            cards.load()
            return
        if not cards.methods:
            self.notice.show_error(
                self.tr(
                    "There is no saved card to pay with. Add one in the Auto-debit card tab, "
                    "then pay."
                )
            )
            return
        method = self._choose_card(cards.methods)
        if method is None:
            return
        amount = f"{formatting.money(invoice.balance, invoice.currency)} {invoice.currency}"
        text = arg(
            self.tr("Pay invoice %1 now?\n\n%2 will be charged to your %3 card."),
            invoice.number,
            amount,
            card_label(method),
        )
        if not dialogs.confirm(self, self.tr("Pay invoice"), text, arg(self.tr("Pay %1"), amount)):
            return
        self._start_payment(invoice, method)

    def _choose_card(self, methods: list[PaymentMethod]) -> PaymentMethod | None:
        if len(methods) == 1:
            return methods[0]
        labels = [card_label(m) for m in methods]
        current = next((i for i, m in enumerate(methods) if m.is_default), 0)
        index = dialogs.choose(
            self, self.tr("Pay invoice"), self.tr("Pay with the card:"), labels, current
        )
        return None if index is None else methods[index]

    def _start_payment(self, invoice: Invoice, method: PaymentMethod) -> None:
        if self._billing is None:
            return
        self.notice.clear()
        self.status.say(arg(self.tr("Paying invoice %1…"), invoice.number))
        self._billing.pay(invoice, method)
        self._update_actions()

        def retry() -> None:
            self._start_payment(invoice, method)  # the same key: never charged twice

        self._retry_payment = retry

    def _paid(self, result: PaymentResult) -> None:
        amount = formatting.money(result.payment.amount, result.payment.currency)
        self.status.say(
            arg(self.tr("Invoice %1 is paid: %2 charged."), result.invoice.number, amount)
        )
        self._update_actions()

    def _pay_failed(self, _invoice_id: int, text: str) -> None:
        self.status.say("")
        self.notice.show_error(text, self._retry_payment)
        self._update_actions()

    def _cards_loaded(self, _methods: list[PaymentMethod]) -> None:
        if self._wants_pay:
            self._wants_pay = False
            self.status.say("")
            self._pay()

    def _cards_failed(self, text: str) -> None:
        if self._wants_pay:
            self._wants_pay = False
            self.status.say("")
            self.notice.show_error(text, self._pay)

    # ---- files ----------------------------------------------------------------------------

    def _save_pdf(self) -> None:
        invoice = self.selected_invoice()
        if invoice is None or self._billing is None:
            return
        path = dialogs.save_file(
            self,
            self.tr("Save invoice as PDF"),
            f"{invoice.number}.pdf",
            self.tr("PDF documents (*.pdf)"),
        )
        if not path:
            return
        self.notice.clear()
        self.status.say(arg(self.tr("Saving invoice %1…"), invoice.number))
        self._billing.save_pdf(invoice.id, path)

    def _export_csv(self) -> None:
        rows = self.proxy.invoices()
        if not rows or self._billing is None:
            return
        path = dialogs.save_file(
            self,
            self.tr("Export invoices to CSV"),
            self.tr("invoices") + ".csv",
            self.tr("CSV files (*.csv)"),
        )
        if not path:
            return
        self.notice.clear()
        self._billing.export_csv(rows, path)

    def _pdf_saved(self, path: str) -> None:
        self.status.say(arg(self.tr("Saved to %1."), path))

    def _csv_saved(self, path: str, count: int) -> None:
        self.status.say(arg(self.tr("%n invoice(s) exported to %1.", "", count), path))

    def _file_failed(self, text: str) -> None:
        self.status.say("")
        self.notice.show_error(text)
