"""Security of the signed-in person: change the password, set up and turn off two-factor
sign-in, sign in with a code on the welcome page, revoke a connected app, end a session. Each
test checks what the portal then holds."""

from __future__ import annotations

import datetime as dt
import socket

import httpx
import pytest
from PySide6.QtGui import QGuiApplication
from pytestqt.qtbot import QtBot

import ui.dialogs
from portal import totp
from portal.demo import DEMO_EMAIL, DEMO_PASSWORD
from portal.server import BackgroundPortal
from portal.tables import PersonRow, SessionRow, SsoGrantRow, TotpRow
from ui.security import SecurityTab

from .account_helpers import click, open_account_tab, rows, type_into
from .conftest import Desktop
from .test_client_area import sign_in

LAURA = 1
NEW_PASSWORD = "otra-clave-segura-2026"


def security_tab(desktop: Desktop, qtbot: QtBot, url: str) -> SecurityTab:
    sign_in(desktop, qtbot, url)
    tab = desktop.window.account_area.security_tab
    open_account_tab(desktop, tab)
    desktop.wait_until(lambda: tab.sessions_model.rowCount() >= 1 and tab.apps_model.rowCount())
    return tab


def login_status(portal: BackgroundPortal, password: str, code: str | None = None) -> int:
    body: dict[str, str] = {"email": DEMO_EMAIL, "password": password}
    if code is not None:
        body["totp_code"] = code
    return httpx.post(f"{portal.url}/api/v1/auth/login", json=body).status_code


def person(portal: BackgroundPortal) -> PersonRow:
    (row,) = rows(portal, PersonRow, PersonRow.id == LAURA)
    return row


def turn_on_two_factor(portal: BackgroundPortal) -> str:
    secret = totp.new_secret()
    with portal.app.state.database.sessions() as db:
        db.add(TotpRow(person_id=LAURA, secret=secret, enabled=True, last_step=0))
        db.commit()
    return secret


def test_change_password(desktop: Desktop, qtbot: QtBot, portal: BackgroundPortal) -> None:
    tab = security_tab(desktop, qtbot, portal.url)
    before = person(portal).password_hash
    assert "At least 10 characters" in tab.password_rules.text()
    type_into(desktop, qtbot, tab.current_password, DEMO_PASSWORD)
    type_into(desktop, qtbot, tab.new_password, NEW_PASSWORD)
    type_into(desktop, qtbot, tab.repeat_password, NEW_PASSWORD)
    click(desktop, qtbot, tab.change_password_button)
    desktop.wait_until(lambda: tab.status.text().startswith("Password changed."))
    assert person(portal).password_hash != before
    assert tab.current_password.text() == ""
    assert login_status(portal, DEMO_PASSWORD) == 401, "the old password no longer signs in"
    assert login_status(portal, NEW_PASSWORD) == 200


def test_wrong_current_password_shows_on_its_field(
    desktop: Desktop, qtbot: QtBot, portal: BackgroundPortal
) -> None:
    tab = security_tab(desktop, qtbot, portal.url)
    before = person(portal).password_hash
    type_into(desktop, qtbot, tab.current_password, "no-es-esta")
    type_into(desktop, qtbot, tab.new_password, NEW_PASSWORD)
    type_into(desktop, qtbot, tab.repeat_password, NEW_PASSWORD)
    click(desktop, qtbot, tab.change_password_button)
    error = tab.password_errors.labels["current_password"]
    desktop.wait_until(lambda: error.isVisibleTo(tab))
    assert error.text() == "This is not your current password."
    assert tab.new_password.text() == NEW_PASSWORD, "what was typed stays"
    assert person(portal).password_hash == before


def test_set_up_two_factor_with_the_qr_code(
    desktop: Desktop, qtbot: QtBot, portal: BackgroundPortal
) -> None:
    tab = security_tab(desktop, qtbot, portal.url)
    desktop.wait_until(lambda: tab.start_button.isVisibleTo(tab))
    click(desktop, qtbot, tab.start_button)
    desktop.wait_until(lambda: tab.setup.isVisibleTo(tab))
    pixmap = tab.qr.pixmap()
    assert not pixmap.isNull() and pixmap.width() > 100, "a QR code to scan"
    secret = tab.secret.text().replace(" ", "")
    type_into(desktop, qtbot, tab.setup_code, totp.code_at(secret, totp.step_of()))
    click(desktop, qtbot, tab.confirm_button)
    desktop.wait_until(lambda: tab.recovery.isVisibleTo(tab))
    codes = tab.recovery_codes.toPlainText().splitlines()
    assert len(codes) == 10
    click(desktop, qtbot, tab.copy_button)
    assert QGuiApplication.clipboard().text().splitlines() == codes
    (row,) = rows(portal, TotpRow, TotpRow.person_id == LAURA)
    assert row.enabled and row.secret == secret
    assert login_status(portal, DEMO_PASSWORD) == 401, "a password alone no longer signs in"


def test_sign_in_asks_for_the_two_factor_code(
    desktop: Desktop, qtbot: QtBot, portal: BackgroundPortal
) -> None:
    secret = turn_on_two_factor(portal)
    page = desktop.window.welcome
    assert not page.code.isVisibleTo(page), "no code field until the portal asks for one"
    type_into(desktop, qtbot, page.portal_url, portal.url)
    type_into(desktop, qtbot, page.email, DEMO_EMAIL)
    type_into(desktop, qtbot, page.password, DEMO_PASSWORD)
    click(desktop, qtbot, page.sign_in_button)
    desktop.wait_until(lambda: page.code.isVisibleTo(page))
    assert not page.password.isVisibleTo(page), "the code has a step of its own"
    assert page.code_hint.text() == "Enter the 6-digit code from your authenticator app."
    wrong = "000000" if totp.code_at(secret, totp.step_of()) != "000000" else "111111"
    type_into(desktop, qtbot, page.code, wrong)
    click(desktop, qtbot, page.code_button)
    desktop.wait_until(lambda: page.notice.isVisibleTo(page))
    assert page.notice.label.text().startswith("That code is not valid.")
    assert page.password.text() == DEMO_PASSWORD, "nothing typed is lost"
    page.code.clear()
    step = totp.step_of() + 1
    type_into(desktop, qtbot, page.code, totp.code_at(secret, step))
    click(desktop, qtbot, page.code_button)
    desktop.wait_until(lambda: desktop.window.account_tab.edits["email"].text() == DEMO_EMAIL)
    (row,) = rows(portal, TotpRow, TotpRow.person_id == LAURA)
    assert row.last_step == step, "the portal accepted that code"


def test_turn_off_two_factor_with_a_code(
    desktop: Desktop, qtbot: QtBot, portal: BackgroundPortal
) -> None:
    secret = turn_on_two_factor(portal)
    page = desktop.window.welcome
    type_into(desktop, qtbot, page.portal_url, portal.url)
    type_into(desktop, qtbot, page.email, DEMO_EMAIL)
    type_into(desktop, qtbot, page.password, DEMO_PASSWORD)
    click(desktop, qtbot, page.sign_in_button)
    desktop.wait_until(lambda: page.code.isVisibleTo(page))
    type_into(desktop, qtbot, page.code, totp.code_at(secret, totp.step_of()))
    click(desktop, qtbot, page.code_button)
    tab = desktop.window.account_area.security_tab
    desktop.wait_until(lambda: desktop.window.account_tab.edits["email"].text() == DEMO_EMAIL)
    open_account_tab(desktop, tab)
    desktop.wait_until(lambda: tab.disable.isVisibleTo(tab))
    type_into(desktop, qtbot, tab.disable_code, totp.code_at(secret, totp.step_of() + 1))
    click(desktop, qtbot, tab.disable_button)
    desktop.wait_until(lambda: tab.status.text() == "Two-factor sign-in is off.")
    assert rows(portal, TotpRow, TotpRow.person_id == LAURA) == []
    assert login_status(portal, DEMO_PASSWORD) == 200


def test_revoke_a_connected_app(
    desktop: Desktop, qtbot: QtBot, portal: BackgroundPortal, monkeypatch: pytest.MonkeyPatch
) -> None:
    tab = security_tab(desktop, qtbot, portal.url)
    names = [tab.apps_model.row_object(r).app_name for r in range(2)]  # type: ignore[union-attr]
    assert names == ["WordPress Toolkit", "Softaculous"]
    tab.apps_table.selectRow(0)
    asked: list[str] = []

    def confirm(_parent: object, _title: str, text: str, _action: str) -> bool:
        asked.append(text)
        return True

    monkeypatch.setattr(ui.dialogs, "confirm", confirm)
    click(desktop, qtbot, tab.revoke_button)
    assert asked and asked[0].startswith("WordPress Toolkit will no longer reach")
    desktop.wait_until(lambda: tab.apps_model.rowCount() == 1)
    (grant,) = rows(portal, SsoGrantRow, SsoGrantRow.app_name == "WordPress Toolkit")
    assert grant.revoked_at is not None
    (other,) = rows(portal, SsoGrantRow, SsoGrantRow.app_name == "Softaculous")
    assert other.revoked_at is None


def test_end_another_session(
    desktop: Desktop, qtbot: QtBot, portal: BackgroundPortal, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert login_status(portal, DEMO_PASSWORD) == 200  # signed in elsewhere too
    tab = security_tab(desktop, qtbot, portal.url)
    desktop.wait_until(lambda: tab.sessions_model.rowCount() == 2)
    sessions = [tab.sessions_model.row_object(r) for r in range(2)]
    (current,) = [s for s in sessions if s is not None and s.current]
    (other,) = [s for s in sessions if s is not None and not s.current]
    row = sessions.index(current)
    tab.sessions_table.selectRow(row)
    assert not tab.end_session_button.isEnabled(), "this session ends with Sign out"
    # which device and from where: this computer's name, and loopback's address here
    assert tab.sessions_model.index(row, 2).data().startswith("Clientdesk ")
    assert tab.sessions_model.index(row, 2).data().endswith(socket.gethostname().split(".")[0][:40])
    assert tab.sessions_model.index(row, 3).data() == "127.0.0.1"
    assert tab.sessions_model.index(row, 4).data() == "This session"
    tab.sessions_table.selectRow(sessions.index(other))
    monkeypatch.setattr(ui.dialogs, "confirm", lambda *_: True)
    click(desktop, qtbot, tab.end_session_button)
    desktop.wait_until(lambda: tab.sessions_model.rowCount() == 1)
    (ended,) = rows(portal, SessionRow, SessionRow.id == other.id)
    assert ended.ended_at is not None
    (mine,) = rows(portal, SessionRow, SessionRow.id == current.id)
    assert mine.ended_at is None
    assert ended.ended_at <= dt.datetime.now(dt.UTC) + dt.timedelta(seconds=5)
