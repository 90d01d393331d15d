"""A person using the app: sign in, edit the phone, page through invoices, switch account,
remember me, an unreachable portal, the demo. Each test checks what the portal then holds."""

from __future__ import annotations

import socket

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app import keychain
from app.client_area import Stage
from portal.demo import DEMO_EMAIL, DEMO_PASSWORD
from portal.server import BackgroundPortal
from portal.tables import ClientRow
from tests.conftest import MemoryKeyring

from .account_helpers import open_account_tab
from .conftest import Desktop, make_desktop


def sign_in(desktop: Desktop, qtbot: QtBot, url: str, remember: bool = False) -> None:
    start_sign_in(desktop, qtbot, url, remember)
    desktop.wait_until(lambda: desktop.window.account_tab.edits["email"].text())


def start_sign_in(desktop: Desktop, qtbot: QtBot, url: str, remember: bool = False) -> None:
    """Fill in the welcome page and press Sign in, without waiting for the account to show."""
    page = desktop.window.welcome
    page.portal_url.clear()
    qtbot.keyClicks(page.portal_url, url)
    qtbot.keyClicks(page.email, DEMO_EMAIL)
    qtbot.keyClicks(page.password, DEMO_PASSWORD)
    if remember:
        page.remember.setChecked(True)
    qtbot.mouseClick(page.sign_in_button, Qt.MouseButton.LeftButton)


def client_row(portal: BackgroundPortal, client_id: int) -> ClientRow:
    with portal.app.state.database.sessions() as db:
        row = db.get(ClientRow, client_id)
        assert row is not None
        return row


def test_sign_in_shows_the_account(
    desktop: Desktop, qtbot: QtBot, portal: BackgroundPortal
) -> None:
    sign_in(desktop, qtbot, portal.url)
    window = desktop.window
    assert window.stack.currentWidget() is window.tabs
    assert window.account_tab.edits["email"].text() == DEMO_EMAIL
    assert window.account_tab.edits["company"].text() == "Giménez Diseño"
    assert [window.tabs.tabText(i) for i in range(window.tabs.count())] == [
        "Dashboard",
        "Account",
        "Services",
        "Domains",
        "Invoices",
        "Quotes",
        "Auto-debit card",
        "E-mails received",
        "Support",
    ]
    assert window.account_area.titles() == [
        "Details",
        "Users and permissions",
        "Contacts",
        "Security",
        "Alerts",
        "Audit log",
    ]
    assert window.account_switcher.count() == 2
    desktop.wait_until(lambda: window.services_tab.model.rowCount() == 6)
    assert window.person_label.text() == "Laura Giménez"


def test_edit_phone_is_saved_on_the_portal(
    desktop: Desktop, qtbot: QtBot, portal: BackgroundPortal
) -> None:
    sign_in(desktop, qtbot, portal.url)
    tab = desktop.window.account_tab
    open_account_tab(desktop, tab)
    qtbot.mouseClick(tab.edit_button, Qt.MouseButton.LeftButton)
    tab.edits["phone"].selectAll()
    qtbot.keyClicks(tab.edits["phone"], "+54 11 6000-1234")
    qtbot.mouseClick(tab.save_button, Qt.MouseButton.LeftButton)
    desktop.wait_until(lambda: tab.status.text() == "Changes saved.")
    assert client_row(portal, 1).phone == "+54 11 6000-1234"
    assert tab.edits["phone"].isReadOnly()


def test_field_error_shows_on_the_field_and_keeps_the_text(
    desktop: Desktop, qtbot: QtBot, portal: BackgroundPortal
) -> None:
    sign_in(desktop, qtbot, portal.url)
    tab = desktop.window.account_tab
    open_account_tab(desktop, tab)
    qtbot.mouseClick(tab.edit_button, Qt.MouseButton.LeftButton)
    tab.edits["phone"].selectAll()
    qtbot.keyClicks(tab.edits["phone"], "call me maybe")
    tab.edits["email"].selectAll()
    qtbot.keyClicks(tab.edits["email"], "martin@estudiopereyra.com.ar")
    qtbot.mouseClick(tab.save_button, Qt.MouseButton.LeftButton)
    desktop.wait_until(lambda: tab.errors["phone"].isVisibleTo(tab))
    assert tab.errors["phone"].text() == "This does not have the expected format."
    assert tab.edits["phone"].text() == "call me maybe", "what the user typed is kept"
    assert tab.edits["email"].text() == "martin@estudiopereyra.com.ar"
    assert not tab.edits["phone"].isReadOnly(), "still editing"
    # Mend the phone: the portal's business rule on the e-mail is next.
    tab.edits["phone"].selectAll()
    qtbot.keyClicks(tab.edits["phone"], "+54 11 6000-1234")
    qtbot.mouseClick(tab.save_button, Qt.MouseButton.LeftButton)
    desktop.wait_until(lambda: tab.errors["email"].isVisibleTo(tab))
    assert tab.errors["email"].text() == "This e-mail address belongs to another client."
    assert not tab.errors["phone"].isVisibleTo(tab)
    row = client_row(portal, 1)
    assert (row.phone, row.email) == ("+54 11 4567-8910", DEMO_EMAIL), "nothing saved"


def test_invoices_page_as_the_user_scrolls(
    desktop: Desktop, qtbot: QtBot, portal: BackgroundPortal
) -> None:
    sign_in(desktop, qtbot, portal.url)
    window = desktop.window
    window.tabs.setCurrentWidget(window.invoices_tab)
    table, model = window.invoices_tab.table, window.invoices_tab.model
    desktop.wait_until(lambda: model.rowCount() == 50)
    assert model.canFetchMore()
    bar = table.verticalScrollBar()
    for expected in (100, 120):
        # the view lays out the rows it has (as it would for a person) before one can scroll
        desktop.wait_until(lambda: bar.maximum() > bar.value())
        table.scrollToBottom()
        desktop.wait_until(lambda n=expected: model.rowCount() == n)  # type: ignore[misc]
    assert not model.canFetchMore()
    numbers = [model.row_object(r).number for r in range(model.rowCount())]  # type: ignore[union-attr]
    assert len(set(numbers)) == 120
    assert window.invoices_tab.loaded.text() == "120 invoices"


def test_invoice_filter_and_detail(
    desktop: Desktop, qtbot: QtBot, portal: BackgroundPortal
) -> None:
    sign_in(desktop, qtbot, portal.url)
    tab = desktop.window.invoices_tab
    desktop.window.tabs.setCurrentWidget(tab)
    tab.status_filter.setCurrentIndex(tab.status_filter.findData("Overdue"))
    desktop.wait_until(
        lambda: tab.model.rowCount() > 0 and not desktop.area.account.invoices.loading
    )  # type: ignore[union-attr]
    statuses = {tab.model.index(r, 5).data() for r in range(tab.model.rowCount())}
    assert statuses == {"Overdue"}
    tab.table.selectRow(0)
    first = tab.model.row_object(0)
    assert first is not None
    desktop.wait_until(lambda: f"Invoice {first.number}" in tab.detail.toPlainText())
    assert "Balance due" in tab.detail.toPlainText()


def test_switch_account_replaces_everything(
    desktop: Desktop, qtbot: QtBot, portal: BackgroundPortal
) -> None:
    sign_in(desktop, qtbot, portal.url)
    window = desktop.window
    desktop.wait_until(lambda: window.services_tab.model.rowCount() == 6)
    index = window.account_switcher.findData(2)
    window.account_switcher.setCurrentIndex(index)
    window.account_switcher.activated.emit(index)
    # Nothing of the previous account stays on screen while the new one loads.
    assert window.account_tab.edits["email"].text() == ""
    assert window.services_tab.model.rowCount() == 0
    desktop.wait_until(
        lambda: window.account_tab.edits["email"].text() == "martin@estudiopereyra.com.ar"
    )
    desktop.wait_until(lambda: window.services_tab.model.rowCount() == 4)
    assert "Estudio Pereyra" in window.windowTitle()
    window.tabs.setCurrentWidget(window.invoices_tab)
    desktop.wait_until(lambda: window.invoices_tab.model.rowCount() == 50)
    first = window.invoices_tab.model.row_object(0)
    assert first is not None
    assert first.currency == "USD"


def test_unreachable_portal_says_so_with_retry(desktop: Desktop, qtbot: QtBot) -> None:
    with socket.socket() as probe:  # a port where nothing listens
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    page = desktop.window.welcome
    qtbot.keyClicks(page.portal_url, f"http://127.0.0.1:{port}")
    qtbot.keyClicks(page.email, DEMO_EMAIL)
    qtbot.keyClicks(page.password, "whatever")
    qtbot.mouseClick(page.sign_in_button, Qt.MouseButton.LeftButton)
    desktop.wait_until(lambda: page.notice.isVisibleTo(page), timeout=30)
    assert page.notice.label.text().startswith("Cannot reach the portal")
    assert page.notice.retry_button.isVisibleTo(page)
    assert page.password.text() == "whatever", "nothing typed is lost"
    qtbot.mouseClick(page.notice.retry_button, Qt.MouseButton.LeftButton)
    assert desktop.area.stage is Stage.SIGNING_IN
    desktop.wait_until(lambda: page.notice.isVisibleTo(page), timeout=30)


def test_plain_http_to_another_host_is_refused(desktop: Desktop, qtbot: QtBot) -> None:
    page = desktop.window.welcome
    qtbot.keyClicks(page.portal_url, "http://clientes.example.com")
    qtbot.keyClicks(page.email, DEMO_EMAIL)
    qtbot.keyClicks(page.password, "x")
    qtbot.mouseClick(page.sign_in_button, Qt.MouseButton.LeftButton)
    desktop.wait_until(lambda: page.notice.isVisibleTo(page))
    assert "https://" in page.notice.label.text()


def test_wrong_password_message(desktop: Desktop, qtbot: QtBot, portal: BackgroundPortal) -> None:
    page = desktop.window.welcome
    qtbot.keyClicks(page.portal_url, portal.url)
    qtbot.keyClicks(page.email, DEMO_EMAIL)
    qtbot.keyClicks(page.password, "nope")
    qtbot.keyClick(page.password, Qt.Key.Key_Return)
    desktop.wait_until(lambda: page.notice.isVisibleTo(page))
    assert page.notice.label.text() == "Wrong e-mail or password."


def test_remember_me_keeps_the_sign_in_in_the_keychain_and_sign_out_forgets_it(
    desktop: Desktop,
    qtbot: QtBot,
    portal: BackgroundPortal,
    memory_keyring: MemoryKeyring,
    loop: object,
    tmp_path: object,
) -> None:
    sign_in(desktop, qtbot, portal.url, remember=True)
    assert list(memory_keyring.secrets) == [("Clientdesk", f"{portal.url}|{DEMO_EMAIL}")]
    stored = next(iter(memory_keyring.secrets.values()))
    settings_text = (tmp_path / "settings.ini").read_text()  # type: ignore[operator]
    assert stored not in settings_text, "no secret in the config file"

    # Another start of the app: it signs in with the keychain's token, no password asked.
    desktop.close()
    again = make_desktop(desktop.loop, tmp_path)  # type: ignore[arg-type]
    qtbot.addWidget(again.window)
    assert again.area.resume_remembered()
    again.wait_until(lambda: again.window.account_tab.edits["email"].text() == DEMO_EMAIL)
    rotated = next(iter(memory_keyring.secrets.values()))
    again.wait_until(lambda: next(iter(memory_keyring.secrets.values())) != stored)
    assert rotated

    again.window.sign_out_action.trigger()
    again.wait_until(lambda: again.area.stage is Stage.WELCOME and not memory_keyring.secrets)
    assert again.window.account_tab.edits["email"].text() == ""
    assert again.window.welcome.password.text() == ""
    again.close()


def test_no_keychain_still_signs_in_and_says_why_it_cannot_remember(
    desktop: Desktop, qtbot: QtBot, portal: BackgroundPortal
) -> None:
    import keyring
    from keyring.backends import fail

    keyring.set_keyring(fail.Keyring())
    sign_in(desktop, qtbot, portal.url, remember=True)
    assert desktop.area.stage is Stage.SIGNED_IN
    desktop.wait_until(lambda: any("keychain" in text for text in desktop.heard))


def test_demo_portal_opens_signed_in(desktop: Desktop, qtbot: QtBot, tmp_path: object) -> None:
    qtbot.mouseClick(desktop.window.welcome.demo_button, Qt.MouseButton.LeftButton)
    desktop.wait_until(lambda: desktop.window.account_tab.edits["email"].text() == DEMO_EMAIL, 30)
    assert desktop.window.person_label.text() == "Laura Giménez (demo portal)"
    assert (tmp_path / "demo.sqlite3").exists()  # type: ignore[operator]
    url = desktop.area.demo.url
    assert url is not None
    assert url.startswith("http://127.0.0.1:")


@pytest.mark.parametrize("stored", [None, "bogus-refresh-token-value"])
def test_resume_without_a_valid_token_goes_back_to_welcome(
    desktop: Desktop, portal: BackgroundPortal, stored: str | None
) -> None:
    from app import settings

    desktop.area.settings.set(settings.REMEMBER_ME, True)
    desktop.area.settings.set(settings.PORTAL_URL, portal.url)
    desktop.area.settings.set(settings.EMAIL, DEMO_EMAIL)
    if stored:
        desktop.loop.run_until_complete(
            keychain.store_refresh_token(portal.url, DEMO_EMAIL, stored)
        )
    assert desktop.area.resume_remembered()
    desktop.wait_until(lambda: desktop.area.stage is Stage.WELCOME)
    assert desktop.window.welcome.notice.label.text() == "Your session has ended. Sign in again."


def test_add_another_sign_in_can_be_cancelled_back_to_the_account(
    desktop: Desktop, qtbot: QtBot, portal: BackgroundPortal
) -> None:
    sign_in(desktop, qtbot, portal.url)
    window = desktop.window
    session = desktop.area.account
    assert session is not None
    assert window.windowTitle() == "Giménez Diseño — Clientdesk"
    add = next(a for a in window.desks.sign_in_actions() if a.text().startswith("&Add"))
    for leave in ("escape", "cancel"):
        add.trigger()
        desktop.wait_until(lambda: window.stack.currentWidget() is window.welcome)
        page = window.welcome
        assert page.cancel_button.isVisible() and page.password.text() == ""
        assert desktop.area.stage is Stage.SIGNED_IN, "the account stays open meanwhile"
        if leave == "escape":
            qtbot.keyClick(page.portal_url, Qt.Key.Key_Escape)
        else:
            qtbot.mouseClick(page.cancel_button, Qt.MouseButton.LeftButton)
        desktop.wait_until(lambda: window.stack.currentWidget() is window.tabs)
        assert desktop.area.account is session, "the same account, not signed in again"
        assert window.toolbar.isVisible() and not page.cancel_button.isVisible()

    window.sign_out_action.trigger()
    desktop.wait_until(lambda: desktop.area.stage is Stage.WELCOME)
    assert window.windowTitle() == "Clientdesk", "no longer the account signed out of"
    assert not window.welcome.cancel_button.isVisible()
