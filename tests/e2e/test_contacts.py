"""Contacts (seed: "Como agrego un contacto secundario a mi cuenta"): add one with the e-mails it
receives, edit it, remove it, and see the portal's field errors on the fields."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

import ui.dialogs
from app.models import EmailCategory
from portal.server import BackgroundPortal
from portal.tables import ContactRow
from ui.contacts import ContactsTab

from .account_helpers import click, open_account_tab, rows, type_into
from .conftest import Desktop
from .test_client_area import sign_in

GIMENEZ = 1


def contacts_tab(desktop: Desktop, qtbot: QtBot, url: str) -> ContactsTab:
    sign_in(desktop, qtbot, url)
    tab = desktop.window.account_area.contacts_tab
    open_account_tab(desktop, tab)
    desktop.wait_until(lambda: tab.model.rowCount() == 2)
    return tab


def contact(portal: BackgroundPortal, email: str) -> ContactRow | None:
    found = rows(portal, ContactRow, ContactRow.client_id == GIMENEZ, ContactRow.email == email)
    return found[0] if found else None


def select(tab: ContactsTab, email: str) -> None:
    (match,) = [c for c in tab.model.rows() if c.email == email]
    tab.select_contact(match.id)


def test_add_a_contact_with_its_categories(
    desktop: Desktop, qtbot: QtBot, portal: BackgroundPortal
) -> None:
    tab = contacts_tab(desktop, qtbot, portal.url)
    click(desktop, qtbot, tab.new_button)
    type_into(desktop, qtbot, tab.edits["first_name"], "Julieta")
    type_into(desktop, qtbot, tab.edits["last_name"], "Ramos")
    type_into(desktop, qtbot, tab.edits["email"], "julieta@gimenezdiseno.com.ar")
    type_into(desktop, qtbot, tab.edits["phone"], "+54 11 5555-0000")
    tab.checks[EmailCategory.INVOICE].setChecked(True)
    tab.checks[EmailCategory.SUPPORT].setChecked(True)
    click(desktop, qtbot, tab.save_button)
    desktop.wait_until(lambda: tab.model.rowCount() == 3)
    assert tab.status.text() == "Contact Julieta Ramos added."
    row = contact(portal, "julieta@gimenezdiseno.com.ar")
    assert row is not None
    assert (row.first_name, row.last_name, row.phone) == ("Julieta", "Ramos", "+54 11 5555-0000")
    assert row.categories == "invoice,support"


def test_edit_a_contact(desktop: Desktop, qtbot: QtBot, portal: BackgroundPortal) -> None:
    tab = contacts_tab(desktop, qtbot, portal.url)
    select(tab, "carolina@contablesosa.com.ar")
    assert tab.edits["company"].text() == "Estudio Contable Sosa"
    assert tab.checks[EmailCategory.INVOICE].isChecked()
    tab.edits["phone"].selectAll()
    type_into(desktop, qtbot, tab.edits["phone"], "+54 11 4321-9999")
    tab.checks[EmailCategory.GENERAL].setChecked(True)
    click(desktop, qtbot, tab.save_button)
    desktop.wait_until(lambda: tab.status.text() == "Contact Carolina Sosa saved.")
    row = contact(portal, "carolina@contablesosa.com.ar")
    assert row is not None
    assert row.phone == "+54 11 4321-9999"
    assert row.categories == "general,invoice"


def test_field_errors_show_on_the_fields_and_keep_the_text(
    desktop: Desktop, qtbot: QtBot, portal: BackgroundPortal
) -> None:
    tab = contacts_tab(desktop, qtbot, portal.url)
    click(desktop, qtbot, tab.new_button)
    type_into(desktop, qtbot, tab.edits["first_name"], "Otro")
    type_into(desktop, qtbot, tab.edits["email"], "diego@gimenezdiseno.com.ar")  # taken
    type_into(desktop, qtbot, tab.edits["phone"], "llamame")
    click(desktop, qtbot, tab.save_button)
    desktop.wait_until(lambda: tab.errors.labels["phone"].isVisibleTo(tab))
    assert tab.errors.labels["phone"].text() == "This does not have the expected format."
    assert tab.edits["phone"].text() == "llamame"
    tab.edits["phone"].clear()
    click(desktop, qtbot, tab.save_button)
    desktop.wait_until(lambda: tab.errors.labels["email"].isVisibleTo(tab))
    assert tab.errors.labels["email"].text() == "Another contact of this account has this e-mail."
    assert not tab.errors.labels["phone"].isVisibleTo(tab)
    assert tab.edits["first_name"].text() == "Otro"
    assert len(rows(portal, ContactRow, ContactRow.client_id == GIMENEZ)) == 2, "nothing added"


def test_remove_a_contact_after_confirming(
    desktop: Desktop, qtbot: QtBot, portal: BackgroundPortal, monkeypatch: pytest.MonkeyPatch
) -> None:
    tab = contacts_tab(desktop, qtbot, portal.url)
    select(tab, "diego@gimenezdiseno.com.ar")
    asked: list[str] = []

    def confirm(_parent: object, _title: str, text: str, _action: str) -> bool:
        asked.append(text)
        return True

    monkeypatch.setattr(ui.dialogs, "confirm", confirm)
    click(desktop, qtbot, tab.remove_button)
    assert asked and "Diego Ferrari" in asked[0] and "stop receiving" in asked[0]
    desktop.wait_until(lambda: tab.model.rowCount() == 1)
    assert tab.status.text() == "Contact Diego Ferrari removed."
    assert contact(portal, "diego@gimenezdiseno.com.ar") is None
