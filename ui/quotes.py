"""The Quotes tab ("presupuestos"): the account's quotes with number, date, validity, total and
status; the selected quote's items and totals; Accept, which creates an invoice of its items."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from decimal import Decimal
from html import escape

from PySide6.QtCore import (
    QCoreApplication,
    QItemSelection,
    QLocale,
    Qt,
    SignalInstance,
)
from PySide6.QtWidgets import (
    QHBoxLayout,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from app.billing import Quotes
from app.i18n import QT_TRANSLATE_NOOP, arg
from app.models import InvoiceDetail, Quote, QuoteDetail, QuoteStage
from app.session import AccountSession

from . import dialogs, formatting, tables
from .accessibility import StatusLabel
from .binding import SessionBinding
from .empty_state import empty_state
from .notice import Notice
from .table_models import Column, ListTableModel

CONTEXT = "QuotesTab"
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter

_STAGES = {
    QuoteStage.DRAFT: QT_TRANSLATE_NOOP("QuotesTab", "Draft"),
    QuoteStage.DELIVERED: QT_TRANSLATE_NOOP("QuotesTab", "Awaiting your answer"),
    QuoteStage.ON_HOLD: QT_TRANSLATE_NOOP("QuotesTab", "On hold"),
    QuoteStage.ACCEPTED: QT_TRANSLATE_NOOP("QuotesTab", "Accepted"),
    QuoteStage.LOST: QT_TRANSLATE_NOOP("QuotesTab", "Declined"),
    QuoteStage.DEAD: QT_TRANSLATE_NOOP("QuotesTab", "Withdrawn"),
}
_EXPIRED = QT_TRANSLATE_NOOP("QuotesTab", "Expired")


def stage(quote: Quote, today: dt.date | None = None) -> str:
    on = today or dt.date.today()
    if quote.stage in (QuoteStage.DELIVERED, QuoteStage.ON_HOLD) and quote.valid_until < on:
        return QCoreApplication.translate(CONTEXT, _EXPIRED)
    return QCoreApplication.translate(CONTEXT, _STAGES.get(quote.stage, quote.stage))


COLUMNS: list[Column[Quote]] = [
    Column(QT_TRANSLATE_NOOP("QuotesTab", "Number"), lambda q: q.number),
    Column(QT_TRANSLATE_NOOP("QuotesTab", "Subject"), lambda q: q.subject),
    Column(
        QT_TRANSLATE_NOOP("QuotesTab", "Date"),
        lambda q: formatting.date(q.created_on),
        lambda q: q.created_on.toordinal(),
    ),
    Column(
        QT_TRANSLATE_NOOP("QuotesTab", "Valid until"),
        lambda q: formatting.date(q.valid_until),
        lambda q: q.valid_until.toordinal(),
    ),
    Column(
        QT_TRANSLATE_NOOP("QuotesTab", "Total"),
        lambda q: formatting.money(q.total, q.currency),
        lambda q: q.total,
        RIGHT,
    ),
    Column(QT_TRANSLATE_NOOP("QuotesTab", "Status"), stage),
]


class QuotesTab(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.binding = SessionBinding(self, self._load_now)
        self._quotes: Quotes | None = None
        self._retry_accept: Callable[[], None] | None = None
        self.model: ListTableModel[Quote] = ListTableModel(CONTEXT, COLUMNS, self)
        self.proxy = tables.sorted_proxy(self, self.model)

        self.notice = Notice(self)
        self.table = tables.table(
            self,
            "quotes_table",
            self.proxy,
            accessible=self.tr("Quotes"),
            main=1,
            sort=(2, Qt.SortOrder.DescendingOrder),
        )
        self.empty_state = empty_state(
            self.table, self.tr("No quotes yet: when we send you one, it shows here.")
        )
        self.detail = QTextBrowser(self)
        self.detail.setAccessibleName(self.tr("Quote detail"))
        self.detail.setOpenLinks(False)
        self.detail.setPlaceholderText(self.tr("Select a quote to see its items."))
        self.accept_button = QPushButton(self.tr("&Accept quote…"), self)
        self.accept_button.setAccessibleName(self.tr("Accept the selected quote"))
        self.decline_button = QPushButton(self.tr("&Decline quote…"), self)
        self.decline_button.setAccessibleName(self.tr("Decline the selected quote"))
        self.status = StatusLabel(self)
        self.status.setWordWrap(True)

        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.table)
        splitter.addWidget(self.detail)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        actions = QHBoxLayout()
        actions.addWidget(self.accept_button)
        actions.addWidget(self.decline_button)
        actions.addWidget(self.status, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.notice)
        layout.addWidget(splitter, 1)
        layout.addLayout(actions)

        self.table.selectionModel().selectionChanged.connect(self._selected)
        self.model.modelReset.connect(self._update_actions)
        self.accept_button.clicked.connect(self._accept)
        self.decline_button.clicked.connect(self._decline)
        self._update_actions()

    def bind(self, session: AccountSession | None) -> None:
        self._quotes = session.part(Quotes) if session else None
        self._retry_accept = None
        self.notice.clear()
        self.status.say("")
        self.detail.clear()
        self.model.set_rows(self._quotes.quotes if self._quotes else [])
        self.binding.rebind(self._connections())
        self._update_actions()

    def _load_now(self) -> None:
        if self._quotes is not None:
            self.empty_state.loading()
            self._quotes.load()

    def _connections(self) -> list[tuple[SignalInstance, Callable[..., None]]]:
        q = self._quotes
        if q is None:
            return []
        return [
            (q.loaded, self._show),
            (q.failed, self._failed),
            (q.detail_loaded, self._show_detail),
            (q.detail_failed, self.detail.setPlainText),
            (q.accepted, self._accepted),
            (q.accept_failed, self._accept_failed),
            (q.declined, self._declined),
            (q.decline_failed, self._accept_failed),
        ]

    def _show(self, quotes: list[Quote]) -> None:
        chosen = self.selected()
        self.notice.clear()
        self.model.set_rows(quotes)
        if chosen is not None:  # keep the selection across a reload
            for row in range(self.proxy.rowCount()):
                found = self._quote_at(row)
                if found is not None and found.id == chosen.id:
                    self.table.selectRow(row)
        self._update_actions()

    def _failed(self, text: str) -> None:
        self.empty_state.loaded()
        self.notice.show_error(text, self._quotes.load if self._quotes else None)

    def _quote_at(self, row: int) -> Quote | None:
        source = self.proxy.mapToSource(self.proxy.index(row, 0))
        return self.model.row_object(source.row())

    def selected(self) -> Quote | None:
        rows = self.table.selectionModel().selectedRows()
        return self._quote_at(rows[0].row()) if rows else None

    def _selected(self, selected: QItemSelection, _deselected: QItemSelection) -> None:
        self._update_actions()
        quote = self.selected()
        if quote is None or self._quotes is None or not selected.indexes():
            return
        self.detail.setPlainText(arg(self.tr("Loading quote %1…"), quote.number))
        self._quotes.open(quote.id)

    def _update_actions(self, *_args: object) -> None:
        quote = self.selected()
        busy = quote is not None and self._quotes is not None and self._quotes.accepting(quote.id)
        self.accept_button.setEnabled(quote is not None and quote.acceptable and not busy)
        self.decline_button.setEnabled(quote is not None and quote.acceptable and not busy)
        reason = (
            self.tr("Choose a quote in the list first.")
            if quote is None
            else self.tr("Answering this quote…")
            if busy
            else self.tr("This quote was already answered, withdrawn or is past its validity.")
        )
        for button in (self.accept_button, self.decline_button):
            button.setToolTip("" if button.isEnabled() else reason)

    def _show_detail(self, detail: QuoteDetail) -> None:
        chosen = self.selected()
        if chosen is not None and chosen.id != detail.id:
            return

        def money(value: Decimal) -> str:
            return formatting.money(value, detail.currency)

        title = arg(self.tr("Quote %1"), escape(detail.number))
        date_label, valid_label, status_label = (
            self.tr("Date"),
            self.tr("Valid until"),
            self.tr("Status"),
        )
        item_h, qty_h, unit_h, amount_h = (
            self.tr("Item"),
            self.tr("Qty"),
            self.tr("Unit price"),
            self.tr("Amount"),
        )
        head = (
            f"<tr><th align='left'>{item_h}</th><th align='right'>{qty_h}</th>"
            f"<th align='right'>{unit_h}</th><th align='right'>{amount_h}</th></tr>"
        )
        items = "".join(
            f"<tr><td>{escape(item.description)}</td><td align='right'>{item.quantity}</td>"
            f"<td align='right'>{money(item.unit_price)}</td>"
            f"<td align='right'>{money(item.amount)}</td></tr>"
            for item in detail.items
        )
        tax = arg(self.tr("Tax (%1%)"), QLocale().toString(float(detail.tax_rate), "g", 4))
        total_label = self.tr("Total")
        totals = (
            (self.tr("Subtotal"), money(detail.subtotal)),
            (tax, money(detail.tax)),
            (f"<b>{total_label}</b>", f"<b>{money(detail.total)}</b>"),
        )
        total_rows = "".join(f"<tr><td>{k}</td><td align='right'>{v}</td></tr>" for k, v in totals)
        notes = f"<p><i>{escape(detail.notes)}</i></p>" if detail.notes else ""
        self.detail.setHtml(
            f"<h3>{title}</h3><p><b>{escape(detail.subject)}</b></p>"
            f"<p>{date_label}: {formatting.date(detail.created_on)}<br>"
            f"{valid_label}: {formatting.date(detail.valid_until)}<br>"
            f"{status_label}: {stage(detail)}</p>"
            f"<table width='100%' cellpadding='3'>{head}{items}</table><hr>"
            f"<table width='100%'>{total_rows}</table>{notes}"
        )

    # ---- accepting ------------------------------------------------------------------------

    def _accept(self) -> None:
        quote = self.selected()
        if quote is None or not quote.acceptable or self._quotes is None:
            return
        amount = f"{formatting.money(quote.total, quote.currency)} {quote.currency}"
        text = arg(
            self.tr(
                "Accept quote %1 (%2)?\n\nAn invoice for %3 will be created in your account, "
                "to be paid by its due date. This cannot be undone."
            ),
            quote.number,
            quote.subject,
            amount,
        )
        if not dialogs.confirm(self, self.tr("Accept quote"), text, self.tr("Accept quote")):
            return
        self._start_accept(quote)

    def _decline(self) -> None:
        quote = self.selected()
        if quote is None or not quote.acceptable or self._quotes is None:
            return
        text = arg(
            self.tr(
                "Decline quote %1 (%2)?\n\nIt can no longer be accepted; ask for a new one in a "
                "ticket if you change your mind."
            ),
            quote.number,
            quote.subject,
        )
        if not dialogs.confirm(self, self.tr("Decline quote"), text, self.tr("Decline quote")):
            return
        self.notice.clear()
        self.status.say(arg(self.tr("Declining quote %1…"), quote.number))
        quotes = self._quotes
        self._retry_accept = lambda: quotes.decline(quote)  # retried without asking again
        quotes.decline(quote)
        self._update_actions()

    def _declined(self, detail: QuoteDetail) -> None:
        self._retry_accept = None
        self.status.say(arg(self.tr("Quote %1 declined."), detail.number))
        self._update_actions()

    def _start_accept(self, quote: Quote) -> None:
        if self._quotes is None:
            return
        self.notice.clear()
        self.status.say(arg(self.tr("Accepting quote %1…"), quote.number))
        self._retry_accept = lambda: self._start_accept(quote)  # the same key on a retry
        self._quotes.accept(quote)
        self._update_actions()

    def _accepted(self, detail: QuoteDetail, invoice: InvoiceDetail | None) -> None:
        if invoice is not None:
            text = arg(
                self.tr("Quote %1 accepted: invoice %2 was created for %3."),
                detail.number,
                invoice.number,
                formatting.money(invoice.total, invoice.currency),
            )
        else:
            text = arg(self.tr("Quote %1 accepted: an invoice was created."), detail.number)
        self.status.say(text)
        self._update_actions()

    def _accept_failed(self, _quote_id: int, text: str) -> None:
        self.status.say("")
        self.notice.show_error(text, self._retry_accept)
        self._update_actions()
