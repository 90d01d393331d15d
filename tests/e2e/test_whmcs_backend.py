"""The desktop app, unchanged, against a portal on its WHMCS backend (the fake WHMCS): a WHMCS
user who reaches two clients signs in and sees each client's details, services and invoices;
a WHMCS user with two-factor is told where to sign in instead."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from portal.app import create_app
from portal.server import BackgroundPortal
from portal.settings import PortalSettings
from tests.whmcs_fake import FakeWhmcs
from tests.whmcs_fake.fake import PASSWORD, RESELLER_EMAIL, RESELLER_PASSWORD, TWO_FACTOR_EMAIL

from .conftest import Desktop


@pytest.fixture
def portal(empty_database_url: str) -> Iterator[BackgroundPortal]:
    """Named as the SQL portal's fixture, so that the desktop fixture stops the app first."""
    with FakeWhmcs() as fake:
        settings = PortalSettings(
            backend="whmcs",
            whmcs_url=fake.base_url,
            whmcs_identifier=fake.identifier,
            whmcs_secret=fake.secret,  # type: ignore[arg-type]
        )
        app = create_app(empty_database_url, settings=settings)
        server = BackgroundPortal(app)
        server.start()
        yield server
        server.stop()
        app.state.database.dispose()


def type_sign_in(desktop: Desktop, qtbot: QtBot, url: str, email: str, password: str) -> None:
    page = desktop.window.welcome
    page.portal_url.clear()
    qtbot.keyClicks(page.portal_url, url)
    qtbot.keyClicks(page.email, email)
    qtbot.keyClicks(page.password, password)
    qtbot.mouseClick(page.sign_in_button, Qt.MouseButton.LeftButton)


def test_a_whmcs_user_sees_both_clients(
    desktop: Desktop, qtbot: QtBot, portal: BackgroundPortal
) -> None:
    type_sign_in(desktop, qtbot, portal.url, RESELLER_EMAIL, RESELLER_PASSWORD)
    window = desktop.window
    desktop.wait_until(
        lambda: window.account_tab.edits["email"].text() == "lucia@estudio-pereyra.com.ar"
    )
    assert window.account_switcher.count() == 2
    desktop.wait_until(lambda: window.services_tab.model.rowCount() == 2)
    window.tabs.setCurrentWidget(window.invoices_tab)
    desktop.wait_until(lambda: window.invoices_tab.model.rowCount() == 2)
    assert {window.invoices_tab.model.row_object(r).id for r in range(2)} == {1, 2}  # type: ignore[union-attr]
    window.tabs.setCurrentWidget(window.support_tab)
    window.support_tab.pages.setCurrentWidget(window.support_tab.tickets)
    tickets = window.support_tab.tickets
    desktop.wait_until(
        lambda: [t.subject for t in tickets.model.rows()] == ["No llegan los correos"]
    )
    mails = window.emails_tab
    window.tabs.setCurrentWidget(mails)
    desktop.wait_until(lambda: mails.model.rowCount() == 2)
    assert mails.model.index(0, 1).data() == "Factura A-0001"

    index = window.account_switcher.findData(2)
    window.account_switcher.setCurrentIndex(index)
    window.account_switcher.activated.emit(index)
    desktop.wait_until(
        lambda: window.account_tab.edits["email"].text() == "martin@gimenez-diseno.com.ar"
    )
    desktop.wait_until(lambda: window.services_tab.model.rowCount() == 2)
    window.tabs.setCurrentWidget(window.invoices_tab)
    desktop.wait_until(lambda: window.invoices_tab.model.rowCount() == 1)
    invoice = window.invoices_tab.model.row_object(0)
    assert invoice is not None and invoice.id == 3


def test_a_two_factor_whmcs_user_is_told_where_to_sign_in(
    desktop: Desktop, qtbot: QtBot, portal: BackgroundPortal
) -> None:
    type_sign_in(desktop, qtbot, portal.url, TWO_FACTOR_EMAIL, PASSWORD)
    page = desktop.window.welcome
    desktop.wait_until(lambda: page.notice.isVisibleTo(page))
    assert "web client area" in page.notice.label.text()
    assert "two-factor" in page.notice.label.text()
