"""Nothing squashed: every line edit of every view, and of the welcome screen, is at least as high
as its font needs, once shown in a real window at the default size and at a small one."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from portal.server import BackgroundPortal
from tests.widget_checks import (
    blank_lists,
    disabled_without_reason,
    each_view,
    squashed_line_edits,
)

from .account_helpers import act
from .conftest import Desktop
from .test_client_area import sign_in
from .test_support import idle

SIZES = [(1100, 720), (800, 560)]


@pytest.mark.parametrize(("width", "height"), SIZES)
def test_welcome_fields_are_not_squashed(desktop: Desktop, width: int, height: int) -> None:
    desktop.window.resize(width, height)
    act(desktop, lambda: None)
    page = desktop.window.welcome
    assert page.portal_url.isVisible()
    assert squashed_line_edits(desktop.window) == []
    page.ask_code("Enter the 6-digit code from your authenticator app.", False)
    act(desktop, lambda: None)
    assert page.code.isVisible()
    assert squashed_line_edits(desktop.window) == []


@pytest.mark.parametrize(("width", "height"), SIZES)
def test_no_line_edit_of_any_view_is_squashed(
    desktop: Desktop, qtbot: QtBot, portal: BackgroundPortal, width: int, height: int
) -> None:
    desktop.window.resize(width, height)
    sign_in(desktop, qtbot, portal.url)
    squashed: dict[str, list[str]] = {}
    views = []
    for view in each_view(desktop.window, lambda: act(desktop, lambda: None)):
        views.append(view)
        found = squashed_line_edits(desktop.window)
        if found:
            squashed[view] = found
    assert "/Account/Security" in views and "/Invoices" in views, views
    assert squashed == {}


def test_an_empty_list_says_so(desktop: Desktop, qtbot: QtBot, portal: BackgroundPortal) -> None:
    """Every list of every view, once its answer is in, either has rows or says why it has none."""
    from portal.tables import ContactRow, EmailMessageRow, QuoteRow

    with portal.app.state.database.sessions() as db:  # no contacts, quotes nor e-mails
        for table in (ContactRow, QuoteRow, EmailMessageRow):
            for row in db.query(table).filter(table.client_id == 1):
                db.delete(row)
        db.commit()
    sign_in(desktop, qtbot, portal.url)
    blank: dict[str, list[str]] = {}
    for view in each_view(desktop.window, lambda: idle(desktop)):
        found = blank_lists(desktop.window)
        if found:
            blank[view] = found
    assert blank == {}
    # once loaded, an empty list says why it is empty, not "Loading…"
    quotes = desktop.window.quotes_tab
    assert quotes.model.rowCount() == 0 and quotes.empty_state.label.text().startswith("No quotes")
    emails = desktop.window.emails_tab
    assert emails.model.rowCount() == 0
    assert emails.empty_state.label.text() == "No e-mails sent to this account yet."


def test_disabled_actions_say_why(desktop: Desktop, qtbot: QtBot, portal: BackgroundPortal) -> None:
    sign_in(desktop, qtbot, portal.url)
    window = desktop.window
    services, invoices, quotes = window.services_tab, window.invoices_tab, window.quotes_tab
    actions = {
        services: (services.upgrade_button, services.cancel_button, services.owner_button),
        invoices: (invoices.pay_button, invoices.pdf_button),
        quotes: (quotes.accept_button, quotes.decline_button),
    }
    for tab, buttons in actions.items():
        window.tabs.setCurrentWidget(tab)
        idle(desktop)
        for button in buttons:  # nothing chosen yet
            assert not button.isEnabled()
            assert button.toolTip().startswith("Choose "), button.text()
    # a cancelled service: no plan change, and it says so
    window.tabs.setCurrentWidget(services)
    row = next(
        r
        for r in range(services.proxy.rowCount())
        if services.proxy.index(r, 0).data() == "Hosting Inicial"
    )
    services.table.selectRow(row)
    idle(desktop)
    desktop.wait_until(lambda: not services.upgrade_button.toolTip().startswith("Checking"))
    assert not services.upgrade_button.isEnabled()
    assert services.upgrade_button.toolTip() == "Only an active service can change plan."
    assert services.cancel_button.toolTip() == "This service is already cancelled or terminated."


def test_no_view_greys_out_a_button_without_saying_why(
    desktop: Desktop, qtbot: QtBot, portal: BackgroundPortal
) -> None:
    """In every view as it first shows, and in the staff desk and All accounts, a disabled button
    says why in its tooltip."""
    sign_in(desktop, qtbot, portal.url)
    silent: dict[str, list[str]] = {}
    views = []
    for view in each_view(desktop.window, lambda: idle(desktop)):
        views.append(view)
        found = disabled_without_reason(desktop.window)
        if found:
            silent[view] = found
    assert len(views) > 10, views
    assert silent == {}, "\n".join(f"{v}: {b}" for v, b in silent.items())
