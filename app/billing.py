"""Billing: pay an invoice with a saved card, save its PDF, export the invoice list to CSV, and
quotes ("presupuestos") to read and accept.

Paying and accepting a quote carry an ``Idempotency-Key`` that this view-model keeps until the
change succeeds or the portal refuses it: a retry after a lost answer reuses the key, so the
portal replays its first answer instead of charging twice. Files are written off the UI thread.
"""

from __future__ import annotations

import asyncio
import csv
import io
import logging
import uuid
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, QObject, Signal

from api_client import errors
from api_client.models import (
    Invoice,
    InvoiceDetail,
    PaymentMethod,
    PaymentResult,
    Permission,
    Quote,
    QuoteDetail,
)

from . import formatting
from .errors import describe
from .i18n import QT_TRANSLATE_NOOP, arg
from .idempotency import keeps_key
from .portal_codes import PortalCodes
from .session import AccountSession

log = logging.getLogger("clientdesk.billing")

CONTEXT = "Billing"

# The portal's refusal codes for payments, PDFs and quotes, as a person reads them.
_REFUSALS = {
    "invoice_not_payable": QT_TRANSLATE_NOOP(
        "Billing", "This invoice cannot be paid: it is not unpaid any more. Refresh the list."
    ),
    "payment_method_expired": QT_TRANSLATE_NOOP(
        "Billing", "This card has expired. Choose another card or add a new one."
    ),
    "quote_expired": QT_TRANSLATE_NOOP(
        "Billing", "This quote is no longer valid. Ask for a new one in a ticket."
    ),
    "quote_not_declinable": QT_TRANSLATE_NOOP(
        "Billing", "This quote was already accepted or has been withdrawn."
    ),
    "quote_not_acceptable": QT_TRANSLATE_NOOP(
        "Billing", "This quote was already accepted or has been withdrawn."
    ),
    "idempotency_key_required": QT_TRANSLATE_NOOP(
        "Billing", "The portal refused the request. Retry in a moment."
    ),
}
_FIELD_TYPES = {
    "unknown_payment_method": QT_TRANSLATE_NOOP(
        "Billing", "This card is no longer saved in the account. Refresh the cards."
    ),
}

_PORTAL_CODES = PortalCodes(CONTEXT, {**_REFUSALS, **_FIELD_TYPES})

# The CSV export: one line per invoice, in the user's language and format (a spreadsheet opens it
# as the person reads the list): translated headers and statuses, the user's dates, amounts with
# the user's decimal mark and no grouping, and ";" between fields where the decimal mark is ",".
CSV_HEADER = (
    QT_TRANSLATE_NOOP("Billing", "Number"),
    QT_TRANSLATE_NOOP("Billing", "Issued on"),
    QT_TRANSLATE_NOOP("Billing", "Due on"),
    QT_TRANSLATE_NOOP("Billing", "Paid on"),
    QT_TRANSLATE_NOOP("Billing", "Status"),
    QT_TRANSLATE_NOOP("Billing", "Overdue"),
    QT_TRANSLATE_NOOP("Billing", "Total"),
    QT_TRANSLATE_NOOP("Billing", "Balance"),
    QT_TRANSLATE_NOOP("Billing", "Currency"),
)


def invoices_csv(rows: Sequence[Invoice]) -> str:
    """The invoices as CSV text, starting with a byte-order mark (spreadsheets then read UTF-8)."""
    out = io.StringIO()
    delimiter = ";" if QLocale().decimalPoint() == "," else ","
    writer = csv.writer(out, delimiter=delimiter, lineterminator="\r\n")
    writer.writerow([QCoreApplication.translate("Billing", name) for name in CSV_HEADER])
    yes, no = (
        QCoreApplication.translate("Billing", "yes"),
        QCoreApplication.translate("Billing", "no"),
    )
    for invoice in rows:
        writer.writerow(
            (
                invoice.number,
                formatting.date(invoice.issued_on),
                formatting.date(invoice.due_on),
                formatting.date(invoice.paid_on) if invoice.paid_on else "",
                formatting.invoice_status(invoice.status),
                yes if invoice.overdue else no,
                formatting.amount(invoice.total, grouped=False),
                formatting.amount(invoice.balance, grouped=False),
                invoice.currency,
            )
        )
    return "\ufeff" + out.getvalue()


def _write_bytes(path: str, data: bytes) -> None:
    Path(path).write_bytes(data)


def _write_text(path: str, text: str) -> None:
    with open(path, "w", encoding="utf-8", newline="") as handle:
        handle.write(text)


class Billing(QObject):
    """Paying invoices, their PDFs and the CSV export, for one account."""

    paid = Signal(object)  # PaymentResult
    pay_failed = Signal(int, str)  # invoice id, message
    pdf_saved = Signal(str)  # path
    pdf_failed = Signal(str)
    csv_saved = Signal(str, int)  # path, rows written
    csv_failed = Signal(str)

    def __init__(self, session: AccountSession) -> None:
        super().__init__(session)
        self._session = session
        # (invoice id, card id) -> the Idempotency-Key of a payment not known to be done
        self._pay_keys: dict[tuple[int, int], str] = {}

    def pending_key(self, invoice_id: int, method_id: int) -> str | None:
        return self._pay_keys.get((invoice_id, method_id))

    def paying(self, invoice_id: int) -> bool:
        return self._session.runner.running(f"pay-{invoice_id}")

    # ---- paying ---------------------------------------------------------------------------

    def pay(self, invoice: Invoice, method: PaymentMethod) -> None:
        """Charge the invoice's balance to ``method``; a retry of a failed attempt reuses its
        key, so the portal charges at most once."""
        slot = (invoice.id, method.id)
        key = self._pay_keys.setdefault(slot, str(uuid.uuid4()))

        def done(result: PaymentResult) -> None:
            self._pay_keys.pop(slot, None)
            self._paid(result)

        def failed(exc: BaseException) -> None:
            if not keeps_key(exc):
                self._pay_keys.pop(slot, None)
            self.pay_failed.emit(invoice.id, _PORTAL_CODES.explain(exc))

        self._session.runner.run(
            f"pay-{invoice.id}",
            self._session.client.billing.pay(invoice.id, method.id, idempotency_key=key),
            done,
            failed,
        )

    def _paid(self, result: PaymentResult) -> None:
        self._session.invoices.replace_where(
            lambda row: row.id == result.invoice.id, result.invoice
        )
        self.paid.emit(result)
        self._session.load_invoice(result.invoice.id)

    # ---- files ----------------------------------------------------------------------------

    def save_pdf(self, invoice_id: int, path: str) -> None:
        self._session.runner.run(
            f"pdf-{invoice_id}",
            self._save_pdf(invoice_id, path),
            lambda _none: self.pdf_saved.emit(path),
            lambda exc: self.pdf_failed.emit(self._file_error(exc)),
        )

    async def _save_pdf(self, invoice_id: int, path: str) -> None:
        data = await self._session.client.billing.invoice_pdf(invoice_id)
        await asyncio.to_thread(_write_bytes, path, data)

    def export_csv(self, rows: Sequence[Invoice], path: str) -> None:
        """Write ``rows`` (what the list shows) to a CSV file."""
        chosen = list(rows)

        async def write() -> int:
            text = await asyncio.to_thread(invoices_csv, chosen)
            await asyncio.to_thread(_write_text, path, text)
            return len(chosen)

        self._session.runner.run(
            "invoices-csv",
            write(),
            lambda count: self.csv_saved.emit(path, count),
            lambda exc: self.csv_failed.emit(self._file_error(exc)),
        )

    @staticmethod
    def _file_error(exc: BaseException) -> str:
        if isinstance(exc, OSError):
            log.info("writing a file failed: %s", type(exc).__name__)
            return arg(
                QCoreApplication.translate("Billing", "The file could not be written: %1"),
                exc.strerror or type(exc).__name__,
            )
        return _PORTAL_CODES.explain(exc)


class Quotes(QObject):
    """The account's quotes, one quote's detail, and accepting one (which creates an invoice)."""

    loaded = Signal(list)  # list[Quote]
    failed = Signal(str)
    detail_loaded = Signal(object)  # QuoteDetail
    detail_failed = Signal(str)
    accepted = Signal(object, object)  # QuoteDetail, InvoiceDetail (the invoice it created)
    accept_failed = Signal(int, str)  # quote id, message
    declined = Signal(object)  # QuoteDetail
    decline_failed = Signal(int, str)  # quote id, message

    def __init__(self, session: AccountSession) -> None:
        super().__init__(session)
        self._session = session
        self.quotes: list[Quote] = []
        self._accept_keys: dict[int, str] = {}

    def accepting(self, quote_id: int) -> bool:
        return self._session.runner.running(f"accept-{quote_id}") or self._session.runner.running(
            f"decline-{quote_id}"
        )

    def decline(self, quote: Quote) -> None:
        def done(detail: QuoteDetail) -> None:
            self.quotes = [detail if q.id == detail.id else q for q in self.quotes]
            self.loaded.emit(self.quotes)
            self.declined.emit(detail)
            self.detail_loaded.emit(detail)

        self._session.runner.run(
            f"decline-{quote.id}",
            self._session.client.quotes.decline(quote.id),
            done,
            lambda exc: self.decline_failed.emit(quote.id, _PORTAL_CODES.explain(exc)),
        )

    def load(self) -> None:
        self._session.load_cached(
            "quotes",
            self._session.client.quotes.list(),
            list[Quote],
            self._arrived,
            lambda exc: self.failed.emit(describe(exc)),
        )

    def _arrived(self, quotes: list[Quote]) -> None:
        self.quotes = quotes
        self.loaded.emit(quotes)

    def open(self, quote_id: int) -> None:
        self._session.runner.run(
            "quote-detail",
            self._session.client.quotes.get(quote_id),
            self.detail_loaded.emit,
            lambda exc: self.detail_failed.emit(_PORTAL_CODES.explain(exc)),
        )

    def accept(self, quote: Quote) -> None:
        key = self._accept_keys.setdefault(quote.id, str(uuid.uuid4()))

        def done(result: tuple[QuoteDetail, InvoiceDetail | None]) -> None:
            self._accept_keys.pop(quote.id, None)
            detail, invoice = result
            self.quotes = [
                detail if q.id == detail.id else q for q in self.quotes
            ]  # the list shows it accepted at once
            self.loaded.emit(self.quotes)
            self.accepted.emit(detail, invoice)
            self.detail_loaded.emit(detail)
            if self._session.can(Permission.INVOICES):  # the new invoice joins the list
                self._session.filter_invoices(self._session.invoice_filter)

        def failed(exc: BaseException) -> None:
            if not keeps_key(exc):
                self._accept_keys.pop(quote.id, None)
            self.accept_failed.emit(quote.id, _PORTAL_CODES.explain(exc))

        self._session.runner.run(f"accept-{quote.id}", self._accept(quote.id, key), done, failed)

    async def _accept(self, quote_id: int, key: str) -> tuple[QuoteDetail, InvoiceDetail | None]:
        detail = await self._session.client.quotes.accept(quote_id, idempotency_key=key)
        invoice = None
        if detail.invoice_id is not None:
            try:
                invoice = await self._session.client.invoices.get(detail.invoice_id)
            except errors.PortalError as exc:  # accepted anyway; the number shows later
                log.info("the new invoice could not be read: %s", type(exc).__name__)
        return detail, invoice
