"""A person acting on a service from the Services tab: its detail, upgrade/downgrade with the
portal's quote, a ticket when the plan cannot change automatically, a cancellation request and a
change of owner. Each test checks what the portal then holds."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from pytestqt.qtbot import QtBot
from sqlalchemy import select, update

from api_client.models import BillingCycle, InvoiceStatus, ServiceStatus
from portal.demo import DEMO_PASSWORD, OTHER_EMAIL
from portal.server import BackgroundPortal
from portal.tables import (
    DepartmentRow,
    IdempotencyKeyRow,
    InvoiceItemRow,
    InvoiceRow,
    ProductPriceRow,
    ProductRow,
    ServiceCancellationRow,
    ServiceRow,
    TicketMessageRow,
    TicketRow,
)
from ui import dialogs
from ui.service_dialogs import CancelDialog, OwnerChangeDialog, UpgradeDialog
from ui.services import ServicesTab

from .conftest import Desktop
from .test_client_area import sign_in

LEFT = Qt.MouseButton.LeftButton


def service_id(portal: BackgroundPortal, client_id: int, product: str) -> int:
    with portal.app.state.database.sessions() as db:
        found = db.scalar(
            select(ServiceRow.id).where(
                ServiceRow.client_id == client_id, ServiceRow.product == product
            )
        )
        assert found is not None
        return int(found)


def service_row(portal: BackgroundPortal, sid: int) -> ServiceRow:
    with portal.app.state.database.sessions() as db:
        row = db.get(ServiceRow, sid)
        assert row is not None
        return row


def make_seed_prices(portal: BackgroundPortal, sid: int) -> None:
    """The seed's example: the service was paid 100 a year and the next plan costs 150."""
    with portal.app.state.database.sessions() as db:
        db.execute(update(ServiceRow).where(ServiceRow.id == sid).values(amount=Decimal("100")))
        empresa = db.scalar(select(ProductRow.id).where(ProductRow.name == "Hosting Empresa"))
        db.execute(
            update(ProductPriceRow)
            .where(
                ProductPriceRow.product_id == empresa,
                ProductPriceRow.currency == "ARS",
                ProductPriceRow.billing_cycle == BillingCycle.ANNUALLY.value,
            )
            .values(price=Decimal("150"))
        )
        db.commit()


def clear_overdue(portal: BackgroundPortal) -> None:
    with portal.app.state.database.sessions() as db:
        db.execute(
            update(InvoiceRow)
            .where(InvoiceRow.status == InvoiceStatus.UNPAID.value)
            .values(due_on=dt.date.today() + dt.timedelta(days=5))
        )
        db.commit()


def open_services(desktop: Desktop, qtbot: QtBot, portal: BackgroundPortal) -> ServicesTab:
    sign_in(desktop, qtbot, portal.url)
    tab = desktop.window.services_tab
    desktop.window.tabs.setCurrentWidget(tab)
    desktop.wait_until(lambda: tab.model.rowCount() == 6)
    return tab


def pick(desktop: Desktop, tab: ServicesTab, sid: int) -> None:
    assert tab.select_service(sid)
    desktop.wait_until(lambda: tab.detail["cancellation"].text() != "")


def choose_plan(desktop: Desktop, dialog: UpgradeDialog, name: str) -> None:
    desktop.wait_until(lambda: dialog.model.rowCount() > 0)
    row = next(r for r, o in enumerate(dialog.model.rows()) if o.name == name)
    dialog.table.selectRow(row)


# the loads this area's actions start (other areas keep long-polls running all along)
OUR_TASKS = (
    "services",
    "service-detail",
    "service-cancellation",
    "domains",
    "nameservers",
    "departments",
)


def finish(desktop: Desktop) -> None:
    """What the user does last: let the reloads an action started arrive, close the dialog.
    (pytest-qt closes the window before fixtures end, so this happens in the test itself.)"""
    account = desktop.area.account
    if account is not None:
        desktop.wait_until(lambda: not any(account.runner.running(n) for n in OUR_TASKS))
    desktop.window.services_tab.close_dialog()


class Confirmations:
    """Stands in for ``dialogs.confirm``: records what the user was asked, answers yes."""

    def __init__(self) -> None:
        self.asked: list[str] = []

    def __call__(self, _parent: Any, _title: str, text: str, _action: str) -> bool:
        self.asked.append(text)
        return True


@pytest.fixture
def confirmations(monkeypatch: pytest.MonkeyPatch) -> Confirmations:
    answers = Confirmations()
    monkeypatch.setattr(dialogs, "confirm", answers)
    return answers


def test_detail_panel_shows_the_selected_service(
    desktop: Desktop, qtbot: QtBot, portal: BackgroundPortal
) -> None:
    tab = open_services(desktop, qtbot, portal)
    sid = service_id(portal, 1, "Hosting Pro")
    pick(desktop, tab, sid)
    desktop.wait_until(lambda: tab.detail["server"].text() not in ("", "Loading…"))
    row = service_row(portal, sid)
    assert tab.detail["product"].text() == "Hosting Pro"
    assert tab.detail["domain"].text() == "gimenezdiseno.com.ar"
    assert tab.detail["server"].text() == row.server
    assert tab.detail["username"].text() == row.username
    assert tab.detail["status"].text() == "Active"
    assert tab.detail["billing_cycle"].text() == "Annually"
    assert tab.detail["cancellation"].text() == "Not requested"
    assert tab.upgrade_button.isEnabled() and tab.cancel_button.isEnabled()
    # A terminated service can neither change plan nor be cancelled nor change owner.
    pick(desktop, tab, service_id(portal, 1, "VPS 2 GB"))
    assert not tab.upgrade_button.isEnabled()
    assert not tab.cancel_button.isEnabled()
    assert not tab.owner_button.isEnabled()
    finish(desktop)


def test_upgrade_shows_the_seed_quote_and_invoices_the_difference(
    desktop: Desktop, qtbot: QtBot, portal: BackgroundPortal, confirmations: Confirmations
) -> None:
    sid = service_id(portal, 1, "Hosting Pro")
    make_seed_prices(portal, sid)
    tab = open_services(desktop, qtbot, portal)
    pick(desktop, tab, sid)
    qtbot.mouseClick(tab.upgrade_button, LEFT)
    dialog = tab.dialog
    assert isinstance(dialog, UpgradeDialog)
    choose_plan(desktop, dialog, "Hosting Empresa")
    desktop.wait_until(lambda: dialog.quote is not None)
    assert dialog.quote is not None
    assert (dialog.quote.current_price, dialog.quote.new_price) == (Decimal("100"), Decimal("150"))
    assert dialog.quote.difference == Decimal("50")
    shown = dialog.quote_label.text()
    assert "$ 150.00 − $ 100.00 = $ 50.00" in shown
    assert dialog.confirm_button.isEnabled()

    qtbot.mouseClick(dialog.confirm_button, LEFT)
    desktop.wait_until(lambda: dialog.upgrade_result is not None)
    total = formatting_money(dialog.quote.total_due)
    assert total in confirmations.asked[0]
    assert "Done: the service is now on Hosting Empresa" in dialog.outcome.text()

    row = service_row(portal, sid)
    assert (row.product, row.amount) == ("Hosting Empresa", Decimal("150"))
    with portal.app.state.database.sessions() as db:
        items = db.scalars(select(InvoiceItemRow).where(InvoiceItemRow.service_id == sid)).all()
        upgrade = [i for i in items if i.description.startswith("Upgrade")]
        assert len(upgrade) == 1
        assert upgrade[0].amount == Decimal("50")
        invoice = db.get(InvoiceRow, upgrade[0].invoice_id)
        assert invoice is not None
        assert invoice.subtotal == Decimal("50")
        assert invoice.status == InvoiceStatus.UNPAID.value
    # The list and the detail follow the portal.
    desktop.wait_until(lambda: tab.detail["product"].text() == "Hosting Empresa")
    finish(desktop)


def formatting_money(amount: Decimal) -> str:
    from ui import formatting

    return formatting.money(amount, "ARS")


def test_upgrade_retried_after_a_failure_keeps_its_idempotency_key(
    desktop: Desktop, qtbot: QtBot, portal: BackgroundPortal, confirmations: Confirmations
) -> None:
    sid = service_id(portal, 1, "Hosting Pro")
    make_seed_prices(portal, sid)
    tab = open_services(desktop, qtbot, portal)
    pick(desktop, tab, sid)
    qtbot.mouseClick(tab.upgrade_button, LEFT)
    dialog = tab.dialog
    assert isinstance(dialog, UpgradeDialog)
    choose_plan(desktop, dialog, "Hosting Empresa")
    desktop.wait_until(lambda: dialog.confirm_button.isEnabled())
    empresa = dialog.quote.new_product_id  # type: ignore[union-attr]

    # The service is suspended meanwhile: the portal refuses, nothing is charged.
    with portal.app.state.database.sessions() as db:
        db.execute(
            update(ServiceRow)
            .where(ServiceRow.id == sid)
            .values(status=ServiceStatus.SUSPENDED.value)
        )
        db.commit()
    qtbot.mouseClick(dialog.confirm_button, LEFT)
    desktop.wait_until(lambda: dialog.notice.isVisibleTo(dialog))
    assert dialog.notice.label.text() == "Only an active service can do this."
    actions = tab._actions
    assert actions is not None
    key = actions.pending_upgrade_key(sid, empresa)
    assert key is not None

    # Reactivated, the user retries: the same key goes out and the change happens once.
    with portal.app.state.database.sessions() as db:
        db.execute(
            update(ServiceRow).where(ServiceRow.id == sid).values(status=ServiceStatus.ACTIVE.value)
        )
        db.commit()
    qtbot.mouseClick(dialog.notice.retry_button, LEFT)
    desktop.wait_until(lambda: dialog.upgrade_result is not None)
    assert actions.pending_upgrade_key(sid, empresa) is None
    with portal.app.state.database.sessions() as db:
        keys = db.scalars(
            select(IdempotencyKeyRow.key).where(IdempotencyKeyRow.method_path.contains("upgrade"))
        ).all()
        assert keys == [key]
        count = len(
            db.scalars(
                select(InvoiceItemRow).where(
                    InvoiceItemRow.service_id == sid,
                    InvoiceItemRow.description.startswith("Upgrade"),
                )
            ).all()
        )
        assert count == 1
    finish(desktop)


def test_downgrade_is_not_refunded_and_invoices_nothing(
    desktop: Desktop, qtbot: QtBot, portal: BackgroundPortal, confirmations: Confirmations
) -> None:
    sid = service_id(portal, 1, "Hosting Pro")
    tab = open_services(desktop, qtbot, portal)
    pick(desktop, tab, sid)
    qtbot.mouseClick(tab.upgrade_button, LEFT)
    dialog = tab.dialog
    assert isinstance(dialog, UpgradeDialog)
    choose_plan(desktop, dialog, "Hosting Básico")
    desktop.wait_until(lambda: dialog.quote is not None)
    assert "A downgrade is not refunded" in dialog.quote_label.text()
    assert dialog.quote is not None and dialog.quote.total_due == 0
    qtbot.mouseClick(dialog.confirm_button, LEFT)
    desktop.wait_until(lambda: dialog.upgrade_result is not None)
    assert "nothing to pay now" in confirmations.asked[0]
    row = service_row(portal, sid)
    assert (row.product, row.amount) == ("Hosting Básico", Decimal("18000.00"))
    with portal.app.state.database.sessions() as db:
        items = db.scalars(select(InvoiceItemRow).where(InvoiceItemRow.service_id == sid)).all()
        assert not [i for i in items if i.description.startswith("Upgrade")]
    finish(desktop)


def test_a_plan_that_cannot_change_automatically_offers_a_ticket(
    desktop: Desktop, qtbot: QtBot, portal: BackgroundPortal
) -> None:
    sign_in(desktop, qtbot, portal.url)
    window = desktop.window
    index = window.account_switcher.findData(2)
    window.account_switcher.setCurrentIndex(index)
    window.account_switcher.activated.emit(index)
    tab = window.services_tab
    window.tabs.setCurrentWidget(tab)
    desktop.wait_until(lambda: tab.model.rowCount() == 4)
    sid = service_id(portal, 2, "Cloud Server 4 GB")
    pick(desktop, tab, sid)
    qtbot.mouseClick(tab.upgrade_button, LEFT)
    dialog = tab.dialog
    assert isinstance(dialog, UpgradeDialog)
    choose_plan(desktop, dialog, "Cloud Server 8 GB")
    desktop.wait_until(lambda: dialog.notice.isVisibleTo(dialog))
    assert dialog.notice.label.text().startswith("This plan cannot be changed automatically")
    assert not dialog.confirm_button.isEnabled()
    assert dialog.ticket_button.isVisibleTo(dialog)

    qtbot.mouseClick(dialog.ticket_button, LEFT)
    desktop.wait_until(lambda: dialog.send_ticket_button.isEnabled())
    assert dialog.department.currentText() == "Ventas"
    assert "Cloud Server 8 GB" in dialog.subject.text()
    dialog.message.moveCursor(QTextCursor.MoveOperation.End)
    qtbot.keyClicks(dialog.message, " Gracias.")
    qtbot.mouseClick(dialog.send_ticket_button, LEFT)
    desktop.wait_until(lambda: dialog.ticket is not None)
    assert dialog.ticket is not None
    assert f"Ticket #{dialog.ticket.id} was opened in Ventas" in dialog.outcome.text()
    with portal.app.state.database.sessions() as db:
        ticket = db.get(TicketRow, dialog.ticket.id)
        assert ticket is not None
        assert (ticket.client_id, ticket.service_id) == (2, sid)
        department = db.get(DepartmentRow, ticket.department_id)
        assert department is not None and department.name == "Ventas"
        first = db.scalar(select(TicketMessageRow).where(TicketMessageRow.ticket_id == ticket.id))
        assert first is not None and first.body.endswith("Gracias.")
    assert service_row(portal, sid).product == "Cloud Server 4 GB", "nothing changed by itself"
    finish(desktop)


def test_cancellation_at_the_end_of_the_period_asks_the_password(
    desktop: Desktop,
    qtbot: QtBot,
    portal: BackgroundPortal,
    confirmations: Confirmations,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    passwords = iter(["not-my-password", DEMO_PASSWORD])
    monkeypatch.setattr(dialogs, "ask_password", lambda *_a: next(passwords))
    sid = service_id(portal, 1, "Hosting Pro")
    tab = open_services(desktop, qtbot, portal)
    pick(desktop, tab, sid)
    qtbot.mouseClick(tab.cancel_button, LEFT)
    dialog = tab.dialog
    assert isinstance(dialog, CancelDialog)
    assert "Nothing you have paid is refunded" in dialog.conditions.text()
    assert "every file of the service is deleted" in dialog.conditions.text()
    assert dialog.end_of_period.isChecked()
    qtbot.keyClicks(dialog.reason, "Nos mudamos")

    qtbot.mouseClick(dialog.request_button, LEFT)
    desktop.wait_until(lambda: dialog.password_error.isVisibleTo(dialog))
    assert dialog.password_error.text() == "The password is not correct."
    assert dialog.reason.toPlainText() == "Nos mudamos", "nothing typed is lost"
    with portal.app.state.database.sessions() as db:
        assert (
            db.scalar(
                select(ServiceCancellationRow).where(ServiceCancellationRow.service_id == sid)
            )
            is None
        )

    qtbot.mouseClick(dialog.request_button, LEFT)
    desktop.wait_until(lambda: dialog.done_request is not None)
    assert "Nothing paid is refunded" in confirmations.asked[-1]
    assert "effective on" in dialog.outcome.text()
    row = service_row(portal, sid)
    with portal.app.state.database.sessions() as db:
        cancellation = db.scalar(
            select(ServiceCancellationRow).where(ServiceCancellationRow.service_id == sid)
        )
        assert cancellation is not None
        assert cancellation.type == "End of Billing Period"
        assert cancellation.reason == "Nos mudamos"
        assert cancellation.effective_on == row.next_due_date
    assert row.status == ServiceStatus.ACTIVE.value, "it keeps working until the period ends"
    # The detail shows the request, and the service can no longer change plan or be cancelled.
    desktop.wait_until(lambda: "effective on" in tab.detail["cancellation"].text())
    assert not tab.upgrade_button.isEnabled()
    assert not tab.cancel_button.isEnabled()
    finish(desktop)


def test_immediate_cancellation_and_an_existing_request_are_said_in_words(
    desktop: Desktop,
    qtbot: QtBot,
    portal: BackgroundPortal,
    confirmations: Confirmations,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(dialogs, "ask_password", lambda *_a: DEMO_PASSWORD)
    tab = open_services(desktop, qtbot, portal)
    mail = service_id(portal, 1, "Correo Empresarial 10")
    pick(desktop, tab, mail)
    qtbot.mouseClick(tab.cancel_button, LEFT)
    dialog = tab.dialog
    assert isinstance(dialog, CancelDialog)
    dialog.immediate.click()
    qtbot.mouseClick(dialog.request_button, LEFT)
    desktop.wait_until(lambda: dialog.done_request is not None)
    assert "This cannot be undone" in confirmations.asked[-1]
    assert service_row(portal, mail).status == ServiceStatus.CANCELLED.value
    with portal.app.state.database.sessions() as db:
        cancellation = db.scalar(
            select(ServiceCancellationRow).where(ServiceCancellationRow.service_id == mail)
        )
        assert cancellation is not None and cancellation.type == "Immediate"

    # Someone else asked to cancel the suspended plan while this dialog was open.
    suspended = service_id(portal, 1, "Hosting Básico")
    pick(desktop, tab, suspended)
    qtbot.mouseClick(tab.cancel_button, LEFT)
    dialog = tab.dialog
    assert isinstance(dialog, CancelDialog)
    with portal.app.state.database.sessions() as db:
        db.add(
            ServiceCancellationRow(
                service_id=suspended, type="Immediate", reason="", effective_on=dt.date.today()
            )
        )
        db.commit()
    qtbot.mouseClick(dialog.request_button, LEFT)
    desktop.wait_until(lambda: dialog.notice.isVisibleTo(dialog))
    assert dialog.notice.label.text() == "A cancellation was already requested for this service."
    finish(desktop)


def test_change_of_owner_explains_refusals_and_opens_a_ticket(
    desktop: Desktop, qtbot: QtBot, portal: BackgroundPortal
) -> None:
    sid = service_id(portal, 1, "Hosting Pro")
    tab = open_services(desktop, qtbot, portal)
    pick(desktop, tab, sid)
    qtbot.mouseClick(tab.owner_button, LEFT)
    dialog = tab.dialog
    assert isinstance(dialog, OwnerChangeDialog)

    def send(email: str) -> str:
        dialog.email.selectAll()
        qtbot.keyClicks(dialog.email, email)
        qtbot.mouseClick(dialog.send_button, LEFT)
        desktop.wait_until(lambda: dialog.send_button.isEnabled() or dialog.ticket is not None)
        return dialog.email_error.text()

    assert send("nadie@example.com").startswith("No client has this e-mail address")
    assert send("laura@gimenezdiseno.com.ar").startswith("The service already belongs")
    assert send(OTHER_EMAIL).startswith("Both accounts must have no overdue invoice")
    assert dialog.email.text() == OTHER_EMAIL, "nothing typed is lost"
    clear_overdue(portal)
    send(OTHER_EMAIL)
    assert dialog.ticket is not None
    assert f"ticket #{dialog.ticket.id} was opened" in dialog.outcome.text()
    assert "not an instant move" in dialog.outcome.text()
    with portal.app.state.database.sessions() as db:
        ticket = db.get(TicketRow, dialog.ticket.id)
        assert ticket is not None
        assert ticket.subject.startswith("Cambio de titular")
        assert (ticket.client_id, ticket.service_id) == (1, sid)
    assert service_row(portal, sid).client_id == 1, "a request, not an instant move"
    finish(desktop)
