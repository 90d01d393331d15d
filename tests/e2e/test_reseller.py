"""A reseller who reaches many client accounts: the all-accounts view, opening an account from
it, the Ctrl+K quick switcher, the cross-account lists exported to CSV, and several sign-ins
saved side by side. Each test checks the screen against what the portal holds."""

from __future__ import annotations

import csv
import datetime as dt
from collections.abc import Callable, Iterator
from decimal import Decimal
from pathlib import Path

import pytest
from fastapi import FastAPI
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from app.client_area import Stage
from app.reseller import AccountRow
from app.tasks import TaskRunner
from portal.demo import DEMO_EMAIL, DEMO_PASSWORD
from portal.seed_large import RESELLER_EMAIL, seed_large
from portal.server import BackgroundPortal
from portal.tables import (
    DomainRow,
    InvoiceRow,
    MembershipRow,
    PersonRow,
    SessionRow,
)
from ui import dialogs
from ui.table_models import ROW_ROLE

from .conftest import Desktop
from .faults import Faults, route_through

ACCOUNTS = 40


@pytest.fixture
def reseller_portal(portal_app: FastAPI) -> Iterator[BackgroundPortal]:
    """The demo portal plus a reseller who reaches ``ACCOUNTS`` more accounts."""
    with portal_app.state.database.sessions() as db:
        seed_large(db, accounts=ACCOUNTS, invoices=ACCOUNTS * 30, domains=ACCOUNTS * 4)
    server = BackgroundPortal(portal_app)
    server.start()
    yield server
    server.stop()


def sign_in_as(
    desktop: Desktop, qtbot: QtBot, url: str, email: str, remember: bool = False
) -> None:
    page = desktop.window.welcome
    page.portal_url.clear()
    qtbot.keyClicks(page.portal_url, url)
    page.email.clear()
    qtbot.keyClicks(page.email, email)
    page.password.clear()
    qtbot.keyClicks(page.password, DEMO_PASSWORD)
    page.remember.setChecked(remember)
    qtbot.mouseClick(page.sign_in_button, Qt.MouseButton.LeftButton)
    idle(desktop, lambda: desktop.area.stage is Stage.SIGNED_IN)


FOREVER = {"events-feed"}  # the account's long-polled events feed never ends by itself


def _runners(desktop: Desktop) -> list[TaskRunner]:
    runners = [desktop.area.runner]
    if desktop.area.account is not None:
        runners.append(desktop.area.account.runner)
    desks = desktop.window.desks
    if desks.portfolio is not None:
        runners += [desks.portfolio.runner, desks.portfolio.unpaid.runner]
        runners.append(desks.portfolio.expiring.runner)
    if desks.staff is not None:
        runners.append(desks.staff.runner)
    return runners


def idle(desktop: Desktop, until: Callable[[], object] | None = None) -> None:
    """Wait until ``until`` holds and the loads started by the last step are done, in one run of
    the loop: what a person sees before acting. (Stopping the loop while requests are in flight,
    then driving Qt, would resume their coroutines outside the loop.)"""

    def quiet() -> bool:
        if until is not None and not until():
            return False
        return all(set(r._tasks) <= FOREVER for r in _runners(desktop))

    try:
        desktop.wait_until(quiet, 60)
    except AssertionError:
        busy = [(type(r.parent()).__name__, sorted(r._tasks)) for r in _runners(desktop)]
        raise AssertionError(f"still running: {busy}") from None


def reseller_accounts(portal: BackgroundPortal) -> list[int]:
    with portal.app.state.database.sessions() as db:
        person = db.scalar(select(PersonRow.id).where(PersonRow.email == RESELLER_EMAIL))
        return list(
            db.scalars(select(MembershipRow.client_id).where(MembershipRow.person_id == person))
        )


def open_all_accounts(desktop: Desktop) -> None:
    desks = desktop.window.desks
    assert desks.all_view.isVisible()
    desks.all_view.trigger()
    assert desktop.window.stack.currentWidget() is desks.all_accounts
    idle(desktop, lambda: desks.portfolio is not None and desks.portfolio.loaded)


def test_all_accounts_view_fills_every_account_with_what_needs_attention(
    desktop: Desktop,
    qtbot: QtBot,
    reseller_portal: BackgroundPortal,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    faults = Faults()
    route_through(monkeypatch, faults)
    sign_in_as(desktop, qtbot, reseller_portal.url, RESELLER_EMAIL)
    open_all_accounts(desktop)
    page = desktop.window.desks.all_accounts
    assert page.model.rowCount() == ACCOUNTS
    rows: list[AccountRow] = list(page.model.rows())
    assert all(row.summary is not None and row.error is None for row in rows)
    assert page.status.text().startswith(f"{ACCOUNTS} account")
    # the portal summed them a page at a time: one request for 40 accounts, none per account
    assert faults.paths("GET").count("/summaries") == 1
    assert not [p for p in faults.paths() if p.endswith("/summary")]

    # the portal's own figures for every account
    today = dt.datetime.now(dt.UTC).date()
    with reseller_portal.app.state.database.sessions() as db:
        for row in rows:
            summary = row.summary
            assert summary is not None
            unpaid = (InvoiceRow.client_id == row.access.id, InvoiceRow.status == "Unpaid")
            balance = db.scalar(
                select(func.coalesce(func.sum(InvoiceRow.total - InvoiceRow.amount_paid), 0)).where(
                    *unpaid
                )
            )
            overdue = db.scalar(
                select(func.count())
                .select_from(InvoiceRow)
                .where(*unpaid, InvoiceRow.due_on < today)
            )
            assert summary.balance_due == Decimal(balance).quantize(Decimal("0.01"))
            assert summary.overdue_invoices == overdue

    # sorted by what needs attention first: the top row has the most overdue invoices
    top = page.proxy.index(0, 0).data(ROW_ROLE)
    assert isinstance(top, AccountRow) and top.summary is not None
    most = max(r.summary.overdue_invoices or 0 for r in rows if r.summary is not None)
    assert top.summary.overdue_invoices == most
    # and by any column: balance due, highest first
    page.table.sortByColumn(3, Qt.SortOrder.DescendingOrder)
    first = page.proxy.index(0, 0).data(ROW_ROLE)
    assert isinstance(first, AccountRow) and first.summary is not None
    assert first.summary.balance_due == max(r.summary.balance_due or 0 for r in rows if r.summary)


def test_open_an_account_from_the_all_accounts_view(
    desktop: Desktop, qtbot: QtBot, reseller_portal: BackgroundPortal
) -> None:
    sign_in_as(desktop, qtbot, reseller_portal.url, RESELLER_EMAIL)
    open_all_accounts(desktop)
    page = desktop.window.desks.all_accounts
    qtbot.keyClicks(page.filter, "0007")
    assert page.proxy.rowCount() == 1
    target = page.proxy.index(0, 0).data(ROW_ROLE)
    assert isinstance(target, AccountRow)
    page.table.setCurrentIndex(page.proxy.index(0, 0))
    qtbot.mouseClick(page.open_button, Qt.MouseButton.LeftButton)
    idle(
        desktop,
        lambda: (
            desktop.area.account is not None and desktop.area.account.account_id == target.access.id
        ),
    )
    assert desktop.window.stack.currentWidget() is desktop.window.tabs
    assert target.access.id in reseller_accounts(reseller_portal)
    assert target.access.email == "cliente0007@revendedor-demo.com.ar"


def test_quick_switcher_jumps_to_the_account_of_a_domain(
    desktop: Desktop, qtbot: QtBot, reseller_portal: BackgroundPortal
) -> None:
    sign_in_as(desktop, qtbot, reseller_portal.url, RESELLER_EMAIL)
    with reseller_portal.app.state.database.sessions() as db:
        name, owner = db.execute(
            select(DomainRow.name, DomainRow.client_id)
            .where(DomainRow.name.like("cliente0023-%"))
            .limit(1)
        ).one()
    window = desktop.window
    # QTest's shortcut path processes Qt events by itself, which would step coroutines outside
    # the loop: trigger the Ctrl+K action the way the shortcut does
    assert window.desks.quick_switch.shortcut() == QKeySequence("Ctrl+K")
    window.desks.quick_switch.trigger()
    switcher = window.desks.switcher
    assert switcher.isVisible()
    idle(desktop, lambda: window.desks.portfolio is not None and window.desks.portfolio.loaded)
    qtbot.keyClicks(switcher.search, name)
    assert switcher.proxy.rowCount() == 1
    switcher.search.returnPressed.emit()  # Enter: open the first match
    idle(
        desktop,
        lambda: desktop.area.account is not None and desktop.area.account.account_id == owner,
    )
    assert not switcher.isVisible()


def test_unpaid_invoices_of_every_account_exported_to_csv(
    desktop: Desktop,
    qtbot: QtBot,
    reseller_portal: BackgroundPortal,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    sign_in_as(desktop, qtbot, reseller_portal.url, RESELLER_EMAIL)
    open_all_accounts(desktop)
    page = desktop.window.desks.all_accounts
    page.tabs.setCurrentWidget(page.unpaid)
    qtbot.mouseClick(page.unpaid.load_button, Qt.MouseButton.LeftButton)
    portfolio = desktop.window.desks.portfolio
    assert portfolio is not None
    idle(desktop, lambda: portfolio.unpaid.loaded)
    with reseller_portal.app.state.database.sessions() as db:
        expected = set(
            db.scalars(
                select(InvoiceRow.number).where(
                    InvoiceRow.client_id.in_(reseller_accounts(reseller_portal)),
                    InvoiceRow.status == "Unpaid",
                )
            )
        )
    assert expected
    assert {line.invoice.number for line in portfolio.unpaid.rows} == expected
    assert page.unpaid.proxy.rowCount() == len(expected)

    target = tmp_path / "impagas.csv"
    monkeypatch.setattr(dialogs, "save_file", lambda *a, **k: str(target))
    qtbot.mouseClick(page.unpaid.export_button, Qt.MouseButton.LeftButton)
    idle(desktop, lambda: "exported" in page.unpaid.status.text())
    assert target.exists()
    with target.open(encoding="utf-8-sig", newline="") as handle:
        lines = list(csv.reader(handle))
    assert lines[0][:2] == ["Account", "Invoice"]
    assert {line[1] for line in lines[1:]} == expected


def test_domains_expiring_within_n_days_across_accounts_exported_to_csv(
    desktop: Desktop,
    qtbot: QtBot,
    reseller_portal: BackgroundPortal,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    sign_in_as(desktop, qtbot, reseller_portal.url, RESELLER_EMAIL)
    open_all_accounts(desktop)
    page = desktop.window.desks.all_accounts
    pane = page.expiring
    page.tabs.setCurrentWidget(pane)
    pane.days.setValue(60)
    qtbot.mouseClick(pane.load_button, Qt.MouseButton.LeftButton)
    portfolio = desktop.window.desks.portfolio
    assert portfolio is not None
    idle(desktop, lambda: portfolio.expiring.loaded)
    limit = dt.datetime.now(dt.UTC).date() + dt.timedelta(days=60)
    with reseller_portal.app.state.database.sessions() as db:
        expected = set(
            db.scalars(
                select(DomainRow.name).where(
                    DomainRow.client_id.in_(reseller_accounts(reseller_portal)),
                    DomainRow.status.in_(["Active", "Grace"]),
                    DomainRow.expiry_date <= limit,
                )
            )
        )
    assert expected
    assert {line.domain.name for line in portfolio.expiring.rows} == expected

    target = tmp_path / "dominios.csv"
    monkeypatch.setattr(dialogs, "save_file", lambda *a, **k: str(target))
    qtbot.mouseClick(pane.export_button, Qt.MouseButton.LeftButton)
    idle(desktop, lambda: "exported" in pane.status.text())
    assert target.exists()
    with target.open(encoding="utf-8-sig", newline="") as handle:
        lines = list(csv.reader(handle))
    assert lines[0][1] == "Domain"
    assert {line[1] for line in lines[1:]} == expected


def test_switch_between_saved_sign_ins_without_the_password(
    desktop: Desktop, qtbot: QtBot, reseller_portal: BackgroundPortal
) -> None:
    url = reseller_portal.url
    sign_in_as(desktop, qtbot, url, DEMO_EMAIL, remember=True)
    desks = desktop.window.desks
    assert [s.email for s in desks.saved.items] == [DEMO_EMAIL]

    # add another sign-in: back to the welcome screen, the first one stays saved
    add = next(a for a in desks.sign_in_actions() if a.text().startswith("&Add"))
    add.trigger()
    idle(desktop, lambda: desktop.window.stack.currentWidget() is desktop.window.welcome)
    sign_in_as(desktop, qtbot, url, RESELLER_EMAIL, remember=True)
    assert desktop.area.connection is not None
    assert desktop.area.connection.me.person.email == RESELLER_EMAIL
    assert {s.email for s in desks.saved.items} == {DEMO_EMAIL, RESELLER_EMAIL}

    # back to the first one from the menu: no password typed
    laura = next(a for a in desks.sign_in_actions() if DEMO_EMAIL in a.text())
    assert laura.isEnabled()
    desktop.window.welcome.password.clear()
    laura.trigger()
    idle(
        desktop,
        lambda: (
            desktop.area.stage is Stage.SIGNED_IN
            and desktop.area.connection is not None
            and desktop.area.connection.me.person.email == DEMO_EMAIL
        ),
    )
    # the portal kept both sessions open: one sign-in each, none ended, no new password sign-in
    with reseller_portal.app.state.database.sessions() as db:
        for email in (DEMO_EMAIL, RESELLER_EMAIL):
            person = db.scalar(select(PersonRow.id).where(PersonRow.email == email))
            sessions = list(db.scalars(select(SessionRow).where(SessionRow.person_id == person)))
            assert len(sessions) == 1
            assert sessions[0].ended_at is None
    # and again to the reseller
    reseller = next(a for a in desks.sign_in_actions() if RESELLER_EMAIL in a.text())
    reseller.trigger()
    idle(
        desktop,
        lambda: (
            desktop.area.stage is Stage.SIGNED_IN
            and desktop.area.connection is not None
            and desktop.area.connection.me.person.email == RESELLER_EMAIL
        ),
    )
    assert desktop.window.desks.all_view.isVisible()


def test_the_lists_across_accounts_fill_themselves_when_shown(
    desktop: Desktop, qtbot: QtBot, reseller_portal: BackgroundPortal
) -> None:
    """No "Load" to press: the unpaid invoices and the expiring domains load when their tab is
    first shown, saying "Loading…" until the accounts have answered."""
    sign_in_as(desktop, qtbot, reseller_portal.url, RESELLER_EMAIL)
    open_all_accounts(desktop)
    page = desktop.window.desks.all_accounts
    portfolio = desktop.window.desks.portfolio
    assert portfolio is not None
    assert not portfolio.unpaid.loaded and not portfolio.unpaid.loading  # not shown yet
    page.tabs.setCurrentWidget(page.unpaid)
    assert portfolio.unpaid.loading
    label = page.unpaid.empty_state.label
    assert label.isVisible() and label.text() == "Loading…"
    idle(desktop, lambda: portfolio.unpaid.loaded)
    with reseller_portal.app.state.database.sessions() as db:
        expected = set(
            db.scalars(
                select(InvoiceRow.number).where(
                    InvoiceRow.client_id.in_(reseller_accounts(reseller_portal)),
                    InvoiceRow.status == "Unpaid",
                )
            )
        )
    assert expected
    assert {str(page.unpaid.proxy.index(r, 1).data()) for r in range(len(expected))} == expected
    assert page.unpaid.proxy.rowCount() == len(expected)
    assert not label.isVisible()

    page.tabs.setCurrentWidget(page.expiring)
    assert portfolio.expiring.loading and portfolio.expiring_days == 30
    idle(desktop, lambda: portfolio.expiring.loaded)
    limit = dt.datetime.now(dt.UTC).date() + dt.timedelta(days=30)
    with reseller_portal.app.state.database.sessions() as db:
        domains = set(
            db.scalars(
                select(DomainRow.name).where(
                    DomainRow.client_id.in_(reseller_accounts(reseller_portal)),
                    DomainRow.status.in_(["Active", "Grace"]),
                    DomainRow.expiry_date <= limit,
                )
            )
        )
    assert {line.domain.name for line in portfolio.expiring.rows} == domains
    # shown again, a loaded list is not asked for again
    page.tabs.setCurrentWidget(page.unpaid)
    assert not portfolio.unpaid.loading


def test_no_unpaid_invoice_in_any_account_says_so(
    desktop: Desktop, qtbot: QtBot, reseller_portal: BackgroundPortal
) -> None:
    with reseller_portal.app.state.database.sessions() as db:
        for row in db.scalars(
            select(InvoiceRow).where(
                InvoiceRow.client_id.in_(reseller_accounts(reseller_portal)),
                InvoiceRow.status == "Unpaid",
            )
        ):
            row.status = "Paid"
        db.commit()
    sign_in_as(desktop, qtbot, reseller_portal.url, RESELLER_EMAIL)
    open_all_accounts(desktop)
    page = desktop.window.desks.all_accounts
    portfolio = desktop.window.desks.portfolio
    assert portfolio is not None
    page.tabs.setCurrentWidget(page.unpaid)
    idle(desktop, lambda: portfolio.unpaid.loaded)
    assert page.unpaid.proxy.rowCount() == 0
    label = page.unpaid.empty_state.label
    assert label.isVisible() and label.text() == "No account has an unpaid invoice."
