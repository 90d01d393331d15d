"""Billing as a person uses it: pay an invoice with a saved card (once, even when the answer is
lost and the payment retried), save an invoice as PDF, filter by date, export to CSV, accept a
quote. Each test checks what the portal then holds."""

from __future__ import annotations

import csv
import datetime as dt
import secrets
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QDate, Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

import ui.dialogs
from api_client import errors
from app.models import Invoice
from portal.server import BackgroundPortal
from portal.tables import AuditRow, InvoiceRow, PaymentMethodRow, PaymentRow, QuoteRow
from ui import formatting
from ui.invoices import InvoicesTab
from ui.quotes import QuotesTab

from .conftest import Desktop
from .test_client_area import sign_in


def open_invoices(desktop: Desktop, qtbot: QtBot, portal: BackgroundPortal) -> InvoicesTab:
    sign_in(desktop, qtbot, portal.url)
    tab = desktop.window.invoices_tab
    desktop.window.tabs.setCurrentWidget(tab)
    desktop.wait_until(lambda: tab.model.rowCount() > 0)
    return tab


def choose_status(desktop: Desktop, tab: InvoicesTab, status: str) -> None:
    tab.status_filter.setCurrentIndex(tab.status_filter.findData(status))
    session = desktop.area.account
    assert session is not None
    desktop.wait_until(lambda: tab.model.rowCount() > 0 and not session.invoices.loading)


def pick(desktop: Desktop, tab: InvoicesTab, row: int) -> Invoice:
    tab.table.selectRow(row)
    invoice = tab.selected_invoice()
    assert invoice is not None
    desktop.wait_until(lambda: f"Invoice {invoice.number}" in tab.detail.toPlainText())
    return invoice


def add_card(portal: BackgroundPortal, brand: str, last4: str) -> int:
    with portal.app.state.database.sessions() as db:
        row = PaymentMethodRow(
            client_id=1,
            token=secrets.token_urlsafe(24),
            brand=brand,
            last4=last4,
            exp_month=3,
            exp_year=dt.date.today().year + 3,
            holder_name="LAURA GIMENEZ",
            is_default=False,
        )
        db.add(row)
        db.commit()
        return row.id


def test_pay_an_invoice_once_even_when_the_answer_is_lost_and_retried(
    desktop: Desktop, qtbot: QtBot, portal: BackgroundPortal, monkeypatch: pytest.MonkeyPatch
) -> None:
    mastercard = add_card(portal, "mastercard", "5100")
    tab = open_invoices(desktop, qtbot, portal)
    choose_status(desktop, tab, "Unpaid")
    invoice = pick(desktop, tab, 0)
    assert tab.pay_button.isEnabled()

    choices: list[list[str]] = []
    questions: list[str] = []

    def choose(_parent: object, _title: str, _text: str, options: list[str], current: int) -> int:
        choices.append(options)
        return next(i for i, o in enumerate(options) if "****5100" in o)

    def confirm(_parent: object, _title: str, text: str, _action: str) -> bool:
        questions.append(text)
        return True

    monkeypatch.setattr(ui.dialogs, "choose", choose)
    monkeypatch.setattr(ui.dialogs, "confirm", confirm)

    # The first answer is lost on the way back: the portal charged, the app does not know.
    session = desktop.area.account
    assert session is not None
    billing = session.client.billing
    real_pay = billing.pay
    keys: list[str | None] = []

    async def pay_losing_first_answer(
        invoice_id: int, method_id: int, *, idempotency_key: str | None = None
    ) -> Any:
        keys.append(idempotency_key)
        result = await real_pay(invoice_id, method_id, idempotency_key=idempotency_key)
        if len(keys) == 1:
            raise errors.ConnectionFailedError("connection reset")
        return result

    monkeypatch.setattr(billing, "pay", pay_losing_first_answer)

    qtbot.mouseClick(tab.pay_button, Qt.MouseButton.LeftButton)
    desktop.wait_until(lambda: choices)  # once the saved cards are loaded
    assert len(choices[0]) == 2  # the Visa of the demo and the Mastercard added here
    amount_text = questions[0]
    assert invoice.number in amount_text
    assert "ARS" in amount_text and "Mastercard ****5100" in amount_text
    assert formatting.money(invoice.balance, invoice.currency) in amount_text
    assert len(questions) == 1, "asked once, before the first attempt"
    desktop.wait_until(lambda: tab.notice.isVisibleTo(tab))
    assert tab.notice.label.text().startswith("Cannot reach the portal")
    assert tab.notice.retry_button.isVisibleTo(tab)

    qtbot.mouseClick(tab.notice.retry_button, Qt.MouseButton.LeftButton)
    desktop.wait_until(lambda: "is paid" in tab.status.text())
    assert keys[0] is not None and keys == [keys[0], keys[0]], "the retry reuses the key"
    assert not tab.notice.isVisibleTo(tab)
    row = next(r for r in range(tab.model.rowCount()) if tab.model.row_object(r).id == invoice.id)  # type: ignore[union-attr]
    assert tab.model.index(row, 5).data() == "Paid"
    desktop.wait_until(lambda: "Status: Paid" in tab.detail.toPlainText())
    assert not tab.pay_button.isEnabled()

    with portal.app.state.database.sessions() as db:
        stored = db.get(InvoiceRow, invoice.id)
        assert stored is not None and stored.status == "Paid"
        payments = list(db.scalars(select(PaymentRow).where(PaymentRow.invoice_id == invoice.id)))
        assert len(payments) == 1, "charged once"
        assert payments[0].payment_method_id == mastercard
        assert payments[0].amount == invoice.balance


def test_paying_is_not_offered_for_a_paid_invoice_and_cancel_charges_nothing(
    desktop: Desktop, qtbot: QtBot, portal: BackgroundPortal, monkeypatch: pytest.MonkeyPatch
) -> None:
    tab = open_invoices(desktop, qtbot, portal)
    choose_status(desktop, tab, "Paid")
    pick(desktop, tab, 0)
    assert not tab.pay_button.isEnabled()
    choose_status(desktop, tab, "Overdue")
    invoice = pick(desktop, tab, 0)
    assert tab.pay_button.isEnabled()
    questions: list[str] = []

    def decline(_parent: object, _title: str, text: str, _action: str) -> bool:
        questions.append(text)
        return False

    monkeypatch.setattr(ui.dialogs, "confirm", decline)
    qtbot.mouseClick(tab.pay_button, Qt.MouseButton.LeftButton)
    # the question is asked (once the saved cards are known) and names what would be charged
    desktop.wait_until(lambda: questions)
    assert len(questions) == 1
    assert invoice.number in questions[0]
    assert formatting.money(invoice.balance, invoice.currency) in questions[0]
    assert "Visa ****4242" in questions[0], "the demo account's only card"
    desktop.settle(0.3)
    assert "Paying" not in tab.status.text()
    assert tab.pay_button.isEnabled(), "declined: the invoice can still be paid"
    with portal.app.state.database.sessions() as db:
        count = db.scalar(
            select(func.count()).select_from(PaymentRow).where(PaymentRow.invoice_id == invoice.id)
        )
        assert count == 0
        stored = db.get(InvoiceRow, invoice.id)
        assert stored is not None and stored.status == "Unpaid"


def test_save_an_invoice_as_pdf(
    desktop: Desktop,
    qtbot: QtBot,
    portal: BackgroundPortal,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    tab = open_invoices(desktop, qtbot, portal)
    invoice = pick(desktop, tab, 2)
    target = tmp_path / "saved" / "factura.pdf"
    target.parent.mkdir()
    asked: list[str] = []

    def save_file(_parent: object, _title: str, suggested: str, _filters: str) -> str:
        asked.append(suggested)
        return str(target)

    monkeypatch.setattr(ui.dialogs, "save_file", save_file)
    qtbot.mouseClick(tab.pdf_button, Qt.MouseButton.LeftButton)
    desktop.wait_until(lambda: tab.status.text().startswith("Saved to"))
    assert asked == [f"{invoice.number}.pdf"]
    data = target.read_bytes()
    assert data.startswith(b"%PDF")
    assert invoice.number.encode() in data


def test_date_filter_shows_the_invoices_issued_in_the_range(
    desktop: Desktop, qtbot: QtBot, portal: BackgroundPortal
) -> None:
    tab = open_invoices(desktop, qtbot, portal)
    session = desktop.area.account
    assert session is not None
    desktop.wait_until(lambda: not session.invoices.loading)
    loaded_first = len(session.invoices.rows)
    with portal.app.state.database.sessions() as db:
        days = sorted(db.scalars(select(InvoiceRow.issued_on).where(InvoiceRow.client_id == 1)))
    # a range reaching past the first page: the next pages load until it is covered
    first, last = days[len(days) // 5], days[len(days) // 2]
    tab.issued_to.setDate(QDate(last.year, last.month, last.day))
    tab.issued_from.setDate(QDate(first.year, first.month, first.day))
    with portal.app.state.database.sessions() as db:
        expected = set(
            db.scalars(
                select(InvoiceRow.number).where(
                    InvoiceRow.client_id == 1,
                    InvoiceRow.issued_on >= first,
                    InvoiceRow.issued_on <= last,
                )
            )
        )
    desktop.wait_until(lambda: {i.number for i in tab.proxy.invoices()} == expected)
    assert len(session.invoices.rows) > loaded_first, "more pages were fetched for the range"
    assert all(first <= i.issued_on <= last for i in tab.proxy.invoices())
    assert "in these dates" in tab.loaded.text()
    qtbot.mouseClick(tab.clear_dates, Qt.MouseButton.LeftButton)
    assert tab.proxy.rowCount() == tab.model.rowCount()


def test_export_the_invoices_shown_to_csv(
    desktop: Desktop,
    qtbot: QtBot,
    portal: BackgroundPortal,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    tab = open_invoices(desktop, qtbot, portal)
    assert not tab.table.selectionModel().hasSelection()
    assert tab.csv_button.isEnabled(), "the list shown is exported: no selection needed"
    choose_status(desktop, tab, "Paid")
    shown = tab.proxy.invoices()
    since = shown[len(shown) // 2].issued_on
    tab.issued_from.setDate(QDate(since.year, since.month, since.day))
    shown = tab.proxy.invoices()
    assert 0 < len(shown) < tab.model.rowCount()
    target = tmp_path / "facturas.csv"
    monkeypatch.setattr(ui.dialogs, "save_file", lambda *_a: str(target))
    qtbot.mouseClick(tab.csv_button, Qt.MouseButton.LeftButton)
    desktop.wait_until(lambda: "exported" in tab.status.text())
    with target.open(encoding="utf-8-sig", newline="") as handle:  # a BOM for spreadsheets
        lines = list(csv.reader(handle))
    assert lines[0] == [
        "Number",
        "Issued on",
        "Due on",
        "Paid on",
        "Status",
        "Overdue",
        "Total",
        "Balance",
        "Currency",
    ]
    assert [line[0] for line in lines[1:]] == [i.number for i in shown]
    with portal.app.state.database.sessions() as db:
        for line in lines[1:]:
            row = db.scalar(select(InvoiceRow).where(InvoiceRow.number == line[0]))
            assert row is not None and row.client_id == 1
            assert line[1] == formatting.date(row.issued_on)
            assert line[4] == row.status == "Paid"
            assert line[6] == f"{row.total:.2f}"  # English: a dot, no symbol or grouping
            assert line[8] == row.currency == "ARS"


def open_quotes(desktop: Desktop, qtbot: QtBot, portal: BackgroundPortal) -> QuotesTab:
    sign_in(desktop, qtbot, portal.url)
    tab = desktop.window.quotes_tab
    desktop.window.tabs.setCurrentWidget(tab)
    desktop.wait_until(lambda: tab.model.rowCount() > 0)
    return tab


def select_quote(desktop: Desktop, tab: QuotesTab, number: str) -> None:
    row = next(r for r in range(tab.proxy.rowCount()) if tab.proxy.index(r, 0).data() == number)
    tab.table.selectRow(row)
    desktop.wait_until(lambda: f"Quote {number}" in tab.detail.toPlainText())


def test_accept_a_quote_creates_its_invoice(
    desktop: Desktop, qtbot: QtBot, portal: BackgroundPortal, monkeypatch: pytest.MonkeyPatch
) -> None:
    tab = open_quotes(desktop, qtbot, portal)
    select_quote(desktop, tab, "P-1002")  # withdrawn: nothing to accept
    assert not tab.accept_button.isEnabled()
    select_quote(desktop, tab, "P-1003")
    assert "Migración asistida de sitios y casillas" in tab.detail.toPlainText()
    assert tab.accept_button.isEnabled()
    questions: list[str] = []

    def confirm(_parent: object, _title: str, text: str, _action: str) -> bool:
        questions.append(text)
        return True

    monkeypatch.setattr(ui.dialogs, "confirm", confirm)
    qtbot.mouseClick(tab.accept_button, Qt.MouseButton.LeftButton)
    assert "P-1003" in questions[0] and "ARS" in questions[0]
    desktop.wait_until(lambda: "accepted: invoice" in tab.status.text())
    with portal.app.state.database.sessions() as db:
        quote = db.scalar(select(QuoteRow).where(QuoteRow.number == "P-1003"))
        assert quote is not None and quote.stage == "Accepted"
        assert quote.invoice_id is not None
        invoice = db.get(InvoiceRow, quote.invoice_id)
        assert invoice is not None and invoice.client_id == 1
        assert invoice.total == quote.total
    assert invoice.number in tab.status.text()
    status = next(
        tab.proxy.index(r, 5).data()
        for r in range(tab.proxy.rowCount())
        if tab.proxy.index(r, 0).data() == "P-1003"
    )
    assert status == "Accepted"
    assert not tab.accept_button.isEnabled()
    # the new invoice is in the invoice list too
    invoices = desktop.window.invoices_tab
    desktop.wait_until(
        lambda: any(
            invoices.model.row_object(r).number == invoice.number  # type: ignore[union-attr]
            for r in range(invoices.model.rowCount())
        )
    )


def test_decline_a_quote(
    desktop: Desktop, qtbot: QtBot, portal: BackgroundPortal, monkeypatch: pytest.MonkeyPatch
) -> None:
    tab = open_quotes(desktop, qtbot, portal)
    select_quote(desktop, tab, "P-1002")  # withdrawn: nothing to decline either
    assert not tab.decline_button.isEnabled()
    select_quote(desktop, tab, "P-1003")
    assert tab.decline_button.isEnabled()
    questions: list[str] = []

    def confirm(_parent: object, _title: str, text: str, _action: str) -> bool:
        questions.append(text)
        return True

    monkeypatch.setattr(ui.dialogs, "confirm", confirm)
    qtbot.mouseClick(tab.decline_button, Qt.MouseButton.LeftButton)
    assert questions and questions[0].startswith("Decline quote P-1003")
    desktop.wait_until(lambda: tab.status.text() == "Quote P-1003 declined.")
    with portal.app.state.database.sessions() as db:
        quote = db.scalar(select(QuoteRow).where(QuoteRow.number == "P-1003"))
        assert quote is not None and quote.stage == "Lost" and quote.invoice_id is None
        audit = db.scalar(select(AuditRow).where(AuditRow.action == "quote_declined"))
        assert audit is not None and audit.detail == "P-1003" and audit.client_id == 1
    status = next(
        tab.proxy.index(r, 5).data()
        for r in range(tab.proxy.rowCount())
        if tab.proxy.index(r, 0).data() == "P-1003"
    )
    assert status == "Declined"
    assert not tab.accept_button.isEnabled() and not tab.decline_button.isEnabled()
