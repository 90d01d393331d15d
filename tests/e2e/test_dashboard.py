"""The dashboard as a person uses it: the counts and the spending chart agree with what the portal
holds, a line that needs attention opens its tab, and ordering a domain or a service (each
confirmed with what it costs) creates an invoice on the portal."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from PySide6.QtCharts import QBarSeries, QCategoryAxis
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import select

import ui.dashboard
import ui.dialogs
from app.dashboard import last_months, today
from app.models import BillingCycle, Product
from portal.billing import TLD_PRICES
from portal.server import BackgroundPortal
from portal.tables import DomainRow, InvoiceItemRow, InvoiceRow, ServiceRow
from tests.conftest import speaking
from ui import formatting
from ui.accessibility import StatusLabel
from ui.dashboard import DashboardTab
from ui.formatting import money

from .conftest import Desktop
from .faults import TIMED_OUT, Faults, route_through
from .test_client_area import sign_in, start_sign_in
from .test_support import idle


def open_dashboard(desktop: Desktop, qtbot: QtBot, url: str) -> DashboardTab:
    sign_in(desktop, qtbot, url)
    tab = desktop.window.dashboard_tab
    assert desktop.window.tabs.widget(0) is tab, "the dashboard is the first tab"
    desktop.window.tabs.setCurrentWidget(tab)
    desktop.wait_until(lambda: tab.counts["active_services"].text().isdigit())
    desktop.wait_until(lambda: tab.months and tab.attention_model.rowCount() > 0)
    idle(desktop)
    return tab


def test_counts_and_spending_chart_match_the_portal(
    desktop: Desktop, qtbot: QtBot, portal: BackgroundPortal
) -> None:
    tab = open_dashboard(desktop, qtbot, portal.url)

    session = desktop.area.account
    assert session is not None
    expected = desktop.loop.run_until_complete(session.client.dashboard.get())
    for name, label in tab.counts.items():
        assert label.text() == str(getattr(expected, name)), name

    months = last_months(today())
    with portal.app.state.database.sessions() as db:
        paid = [
            (row.paid_on or row.issued_on, row.total)
            for row in db.scalars(
                select(InvoiceRow).where(InvoiceRow.client_id == 1, InvoiceRow.status == "Paid")
            )
        ]
    per_month = {m: Decimal("0") for m in months}
    for day, total in paid:
        key = dt.date(day.year, day.month, 1)
        if key in per_month:
            per_month[key] += total
    assert [m.month for m in tab.months] == months
    assert [m.amount for m in tab.months] == [per_month[m] for m in months]
    assert sum(per_month.values()) > 0, "the demo account has paid invoices in the last year"
    (series,) = tab.chart.series()
    assert isinstance(series, QBarSeries)
    bars = series.barSets()[0]
    assert [round(bars.at(i), 2) for i in range(bars.count())] == [
        float(per_month[m]) for m in months
    ]
    (amounts,) = tab.chart.axes(Qt.Orientation.Vertical)
    assert isinstance(amounts, QCategoryAxis)
    labels = amounts.categoriesLabels()
    assert labels[0] == "0" and len(labels) >= 3
    for label in labels:  # in the user's format ("400,000" here, "400.000" in Spanish)
        value = amounts.endValue(label)
        assert label == formatting.amount(Decimal(round(value)), 0)
    assert amounts.max() >= float(max(per_month.values()))


def test_an_overdue_invoice_opens_the_invoices_tab(
    desktop: Desktop, qtbot: QtBot, portal: BackgroundPortal
) -> None:
    tab = open_dashboard(desktop, qtbot, portal.url)
    with portal.app.state.database.sessions() as db:
        overdue = {
            row.number
            for row in db.scalars(
                select(InvoiceRow).where(
                    InvoiceRow.client_id == 1,
                    InvoiceRow.status == "Unpaid",
                    InvoiceRow.due_on < today(),
                )
            )
        }
    rows = [tab.attention_model.row_object(r) for r in range(tab.attention_model.rowCount())]
    invoices = [a for a in rows if a is not None and a.area == "invoices"]
    assert {a.text.split()[1] for a in invoices} == overdue
    index = tab.attention_model.index(rows.index(invoices[0]), 0)
    tab.attention.activated.emit(index)
    assert desktop.window.tabs.currentWidget() is desktop.window.invoices_tab


def test_register_a_domain_checks_availability_and_creates_an_invoice(
    desktop: Desktop, qtbot: QtBot, portal: BackgroundPortal, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[str] = []
    names = iter(["gimenezdiseno.com.ar", "nuevamarca-laura.com.ar"])
    monkeypatch.setattr(ui.dialogs, "ask_text", lambda *a, **k: next(names))
    monkeypatch.setattr(ui.dialogs, "confirm", lambda _p, _t, text, _a: asked.append(text) or True)
    monkeypatch.setattr(ui.dialogs, "inform", lambda *a, **k: None)
    tab = open_dashboard(desktop, qtbot, portal.url)

    tab.register_button.click()
    desktop.wait_until(lambda: "already registered" in tab.order_status.text())
    assert asked == [], "nothing is ordered when the name is taken"

    tab.register_button.click()
    desktop.wait_until(lambda: tab.order_status.text().startswith("Ordered."))
    idle(desktop)  # the dashboard and the lists reload with the new invoice
    year = money(TLD_PRICES["com.ar"]["ARS"], "ARS")
    assert (
        f"nuevamarca-laura.com.ar is available. Register it for one year for {year} plus VAT?"
        in asked[0]
    )
    with portal.app.state.database.sessions() as db:
        domain = db.scalar(select(DomainRow).where(DomainRow.name == "nuevamarca-laura.com.ar"))
        assert domain is not None and domain.client_id == 1
        assert domain.status == "Pending Registration"
        item = db.scalar(
            select(InvoiceItemRow).where(InvoiceItemRow.description.contains("nuevamarca-laura"))
        )
        assert item is not None
        invoice = db.get(InvoiceRow, item.invoice_id)
        assert invoice is not None and invoice.status == "Unpaid" and invoice.client_id == 1
        assert item.amount == TLD_PRICES["com.ar"]["ARS"], "the price asked is the one invoiced"
    assert tab.order_status.text() == (
        f"Ordered. Invoice for {money(invoice.total, 'ARS')} created: pay it from the Invoices tab."
    )


def test_buy_a_service_confirms_the_price_and_creates_an_invoice(
    desktop: Desktop, qtbot: QtBot, portal: BackgroundPortal, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[str] = []
    chosen: list[Product] = []

    def pick(_parent: object, products: list[Product]) -> tuple[Product, BillingCycle, str]:
        product = next(p for p in products if p.name.startswith("Hosting"))
        chosen.append(product)
        return product, BillingCycle.ANNUALLY, "tienda-laura.com.ar"

    monkeypatch.setattr(ui.dashboard, "ask_product", pick)
    monkeypatch.setattr(ui.dialogs, "confirm", lambda _p, _t, text, _a: asked.append(text) or True)
    monkeypatch.setattr(ui.dialogs, "inform", lambda *a, **k: None)
    tab = open_dashboard(desktop, qtbot, portal.url)
    tab.buy_button.click()
    desktop.wait_until(lambda: tab.order_status.text().startswith("Ordered."))
    idle(desktop)  # the dashboard and the lists reload with the new invoice
    (product,) = chosen
    price = next(p.price for p in product.prices if p.billing_cycle == BillingCycle.ANNUALLY)
    amount = money(price, "ARS")
    assert asked[0].startswith(
        f"Order {product.name} — tienda-laura.com.ar (Annually) for {amount}"
    )
    with portal.app.state.database.sessions() as db:
        service = db.scalar(select(ServiceRow).where(ServiceRow.domain == "tienda-laura.com.ar"))
        assert service is not None
        assert (service.client_id, service.product, service.status) == (1, product.name, "Pending")
        item = db.scalar(select(InvoiceItemRow).where(InvoiceItemRow.service_id == service.id))
        assert item is not None and item.amount == price
        invoice = db.get(InvoiceRow, item.invoice_id)
        assert invoice is not None and invoice.status == "Unpaid"


def test_the_chart_is_one_request_however_many_invoices_were_paid(
    desktop: Desktop, qtbot: QtBot, portal: BackgroundPortal, monkeypatch: pytest.MonkeyPatch
) -> None:
    faults = Faults()
    route_through(monkeypatch, faults)
    open_dashboard(desktop, qtbot, portal.url)
    account = desktop.area.account
    assert account is not None
    base = f"/accounts/{account.account_id}"
    gets = faults.paths("GET")
    # the chart's sums come in the account's first screen, one answer (not a spending request
    # of its own, nor a walk through the paid invoices)
    assert gets.count(f"{base}/overview") == 1
    assert f"{base}/spending" not in gets
    assert f"{base}/invoices" not in gets


def _unpaid(portal: BackgroundPortal) -> int:
    with portal.app.state.database.sessions() as db:
        return len(
            db.scalars(
                select(InvoiceRow.id).where(
                    InvoiceRow.client_id == 1, InvoiceRow.status == "Unpaid"
                )
            ).all()
        )


def test_the_unpaid_invoices_say_loading_then_fill_themselves(
    desktop: Desktop, qtbot: QtBot, portal: BackgroundPortal, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Nothing to press: signed in, the dashboard's counts say they are loading (to screen
    readers too) while the portal's answer is on its way, then show it."""
    faults = Faults()
    route_through(monkeypatch, faults)
    answer = faults.hold(("GET", "/accounts/1/overview"))  # the first screen's one answer
    start_sign_in(desktop, qtbot, portal.url)  # the account shows with the held answer
    tab = desktop.window.dashboard_tab
    desktop.wait_until(lambda: "/accounts/1/overview" in faults.paths("GET"))
    assert desktop.window.tabs.currentWidget() is tab
    unpaid = tab.counts["unpaid_invoices"]
    assert unpaid.text() == "…"
    assert unpaid.accessibleName() == "Unpaid invoices: Loading…"
    assert isinstance(tab.summary_status, StatusLabel)  # its texts are announced
    assert tab.summary_status.isVisible()
    assert tab.summary_status.text() == "Loading the account's figures…"

    expected = _unpaid(portal)
    assert expected > 1, "the demo account has unpaid invoices"
    with speaking("es"):  # the sentence as an Argentine customer reads it (a plural, an amount)
        answer.set()
        desktop.wait_until(lambda: unpaid.text() == str(expected))
        session = desktop.area.account
        assert session is not None
        summary = desktop.loop.run_until_complete(session.client.dashboard.get())
        assert summary.unpaid_invoices == expected
        due = money(summary.unpaid_balance, summary.currency)
        assert "," in due, due  # "$ 204.490,00"
        assert tab.summary_status.text() == f"{expected} facturas impagas: {due} a pagar."
    assert unpaid.accessibleName() == f"Unpaid invoices: {expected}"
    gets = faults.paths("GET")
    assert gets.count("/accounts/1/overview") == 1
    assert gets.count("/accounts/1/dashboard") == 1  # the test's: the tab's came in the overview


def test_no_unpaid_invoice_says_there_is_nothing_to_pay(
    desktop: Desktop, qtbot: QtBot, portal: BackgroundPortal
) -> None:
    with portal.app.state.database.sessions() as db:
        for row in db.scalars(
            select(InvoiceRow).where(InvoiceRow.client_id == 1, InvoiceRow.status == "Unpaid")
        ):
            row.status = "Paid"
        db.commit()
    assert _unpaid(portal) == 0
    sign_in(desktop, qtbot, portal.url)
    tab = desktop.window.dashboard_tab
    desktop.wait_until(lambda: tab.counts["unpaid_invoices"].text() == "0")
    assert tab.summary_status.text() == "No unpaid invoices: there is nothing to pay."
    assert tab.summary_status.isVisible()


def test_counts_that_could_not_be_loaded_say_so_and_retry(
    desktop: Desktop, qtbot: QtBot, portal: BackgroundPortal, monkeypatch: pytest.MonkeyPatch
) -> None:
    faults = Faults()
    route_through(monkeypatch, faults)
    faults.lose.add(("GET", "/accounts/1/overview"))
    start_sign_in(desktop, qtbot, portal.url)  # the account's first screen is lost
    tab = desktop.window.dashboard_tab
    desktop.wait_until(tab.notice.isVisible)
    assert tab.notice.label.text() == TIMED_OUT
    unpaid = tab.counts["unpaid_invoices"]
    assert unpaid.text() == "—"
    assert unpaid.accessibleName() == "Unpaid invoices: could not be loaded"
    assert tab.summary_status.text() == "The account's figures could not be loaded."

    faults.lose.clear()
    qtbot.mouseClick(tab.notice.retry_button, Qt.MouseButton.LeftButton)
    assert unpaid.text() == "…"  # loading again
    desktop.wait_until(lambda: unpaid.text() == str(_unpaid(portal)))
    assert tab.summary_status.text().endswith(" to pay.")
    # the attention list's later parts (domains, tickets) ask the portal themselves: none
    # repeats the lost first screen's failure
    idle(desktop)
    assert not tab.notice.isVisible()
