"""Users and permissions, as the account owner uses them: invite, change permissions, remove;
and a person who is not the owner is told why the list is not theirs. Each test checks the
portal's tables."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

import ui.dialogs
from app.models import Permission
from portal.demo import OTHER_EMAIL
from portal.server import BackgroundPortal
from portal.tables import InvitationRow, MembershipRow, PersonRow
from ui.users import UsersTab

from .account_helpers import click, open_account_tab, rows, type_into
from .conftest import Desktop
from .test_client_area import sign_in

LAURA, MARTIN, GIMENEZ, PEREYRA = 1, 2, 1, 2


def users_tab(desktop: Desktop, qtbot: QtBot, url: str) -> UsersTab:
    sign_in(desktop, qtbot, url)
    tab = desktop.window.account_area.users_tab
    open_account_tab(desktop, tab)
    desktop.wait_until(lambda: tab.model.rowCount() >= 1)
    return tab


def invite(desktop: Desktop, qtbot: QtBot, tab: UsersTab, email: str) -> None:
    click(desktop, qtbot, tab.invite_button)
    type_into(desktop, qtbot, tab.email, email)
    tab.checks[Permission.TICKETS].setChecked(False)
    tab.checks[Permission.DOMAINS].setChecked(True)
    click(desktop, qtbot, tab.send_button)


def test_owner_row_holds_every_permission_and_cannot_change(
    desktop: Desktop, qtbot: QtBot, portal: BackgroundPortal
) -> None:
    tab = users_tab(desktop, qtbot, portal.url)
    tab.select_person(LAURA)
    assert all(check.isChecked() for check in tab.checks.values())
    assert not any(check.isEnabled() for check in tab.checks.values())
    assert not tab.save_button.isEnabled()
    assert not tab.remove_button.isEnabled()
    assert "owns the account" in tab.editor_title.text()


def test_invite_by_email_stores_an_invitation(
    desktop: Desktop, qtbot: QtBot, portal: BackgroundPortal
) -> None:
    tab = users_tab(desktop, qtbot, portal.url)
    invite(desktop, qtbot, tab, "nueva@gimenezdiseno.com.ar")
    desktop.wait_until(lambda: tab.invitations_model.rowCount() == 1)
    assert "Invitation sent to nueva@gimenezdiseno.com.ar" in tab.status.text()
    (row,) = rows(portal, InvitationRow, InvitationRow.client_id == GIMENEZ)
    assert row.email == "nueva@gimenezdiseno.com.ar"
    assert row.permissions == "profile,products,domains,invoices"
    assert row.accepted_at is None


def test_invite_with_a_mistyped_address_shows_on_the_field(
    desktop: Desktop, qtbot: QtBot, portal: BackgroundPortal
) -> None:
    tab = users_tab(desktop, qtbot, portal.url)
    invite(desktop, qtbot, tab, "nueva-at-gimenez")
    desktop.wait_until(lambda: tab.errors.labels["email"].isVisibleTo(tab))
    assert tab.errors.labels["email"].text() == "This is not a valid e-mail address."
    assert tab.email.text() == "nueva-at-gimenez", "what was typed stays"
    assert rows(portal, InvitationRow, InvitationRow.client_id == GIMENEZ) == []


def _add_martin(desktop: Desktop, qtbot: QtBot, tab: UsersTab) -> None:
    invite(desktop, qtbot, tab, OTHER_EMAIL)
    desktop.wait_until(lambda: tab.model.rowCount() == 2)
    assert "now has access" in tab.status.text()


def test_change_permissions_of_a_user(
    desktop: Desktop, qtbot: QtBot, portal: BackgroundPortal
) -> None:
    tab = users_tab(desktop, qtbot, portal.url)
    _add_martin(desktop, qtbot, tab)
    tab.select_person(MARTIN)
    assert tab.save_button.isEnabled()
    tab.checks[Permission.INVOICES].setChecked(False)
    tab.checks[Permission.TICKETS].setChecked(True)
    click(desktop, qtbot, tab.save_button)
    desktop.wait_until(lambda: "Permissions of Martín Pereyra saved." in tab.status.text())
    (membership,) = rows(
        portal,
        MembershipRow,
        MembershipRow.client_id == GIMENEZ,
        MembershipRow.person_id == MARTIN,
    )
    assert membership.permissions == "profile,products,domains,tickets"


def test_remove_a_user_after_confirming(
    desktop: Desktop, qtbot: QtBot, portal: BackgroundPortal, monkeypatch: pytest.MonkeyPatch
) -> None:
    tab = users_tab(desktop, qtbot, portal.url)
    _add_martin(desktop, qtbot, tab)
    tab.select_person(MARTIN)
    asked: list[str] = []

    def refuse(_parent: object, _title: str, text: str, _action: str) -> bool:
        asked.append(text)
        return False

    monkeypatch.setattr(ui.dialogs, "confirm", refuse)
    click(desktop, qtbot, tab.remove_button)
    assert asked and OTHER_EMAIL in asked[0]
    desktop.settle(0.2)
    assert rows(
        portal, MembershipRow, MembershipRow.client_id == GIMENEZ, MembershipRow.person_id == MARTIN
    )
    monkeypatch.setattr(ui.dialogs, "confirm", lambda *_: True)
    click(desktop, qtbot, tab.remove_button)
    desktop.wait_until(lambda: tab.model.rowCount() == 1)
    assert (
        rows(
            portal,
            MembershipRow,
            MembershipRow.client_id == GIMENEZ,
            MembershipRow.person_id == MARTIN,
        )
        == []
    )
    assert rows(portal, PersonRow, PersonRow.id == MARTIN), "the person still exists"


def test_someone_who_is_not_the_owner_is_told_why(
    desktop: Desktop, qtbot: QtBot, portal: BackgroundPortal
) -> None:
    sign_in(desktop, qtbot, portal.url)
    window = desktop.window
    index = window.account_switcher.findData(PEREYRA)
    window.account_switcher.setCurrentIndex(index)
    window.account_switcher.activated.emit(index)
    tab = window.account_area.users_tab
    desktop.wait_until(
        lambda: desktop.area.account is not None and desktop.area.account.account_id == PEREYRA
    )
    open_account_tab(desktop, tab)
    desktop.wait_until(lambda: tab.owner_note.isVisibleTo(tab))
    assert tab.owner_note.text().startswith("Only the account owner manages users.")
    assert not tab.body.isEnabled()
    assert window.account_area.tabs.indexOf(tab) >= 0, "the tab shows, with the explanation"
