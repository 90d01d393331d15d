"""Alerts (seed: "Alertas por whatsapp"): choose the channels of each event and the WhatsApp
number, save, and see the portal's refusal of a number that is not in international format."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from app.models import AlertEvent
from portal.server import BackgroundPortal
from portal.tables import AlertPreferenceRow, AlertProfileRow
from ui.alerts import AlertsTab

from .account_helpers import click, open_account_tab, rows, type_into
from .conftest import Desktop
from .test_client_area import sign_in

GIMENEZ = 1


def alerts_tab(desktop: Desktop, qtbot: QtBot, url: str) -> AlertsTab:
    sign_in(desktop, qtbot, url)
    tab = desktop.window.account_area.alerts_tab
    open_account_tab(desktop, tab)
    desktop.wait_until(lambda: tab.phone.text() == "+5491145678910")
    return tab


def preference(portal: BackgroundPortal, event: AlertEvent) -> AlertPreferenceRow:
    (row,) = rows(
        portal,
        AlertPreferenceRow,
        AlertPreferenceRow.client_id == GIMENEZ,
        AlertPreferenceRow.event == event.value,
    )
    return row


def test_the_grid_shows_every_event_of_the_seed(
    desktop: Desktop, qtbot: QtBot, portal: BackgroundPortal
) -> None:
    tab = alerts_tab(desktop, qtbot, portal.url)
    assert list(tab.checks) == list(AlertEvent)
    invoice = tab.checks[AlertEvent.INVOICE_CREATED]
    assert invoice["whatsapp"].isChecked() and invoice["email"].isChecked()
    paid = tab.checks[AlertEvent.INVOICE_PAID]
    assert not paid["whatsapp"].isChecked() and paid["email"].isChecked()


def test_save_channels_and_phone(desktop: Desktop, qtbot: QtBot, portal: BackgroundPortal) -> None:
    tab = alerts_tab(desktop, qtbot, portal.url)
    tab.checks[AlertEvent.INVOICE_PAID]["whatsapp"].setChecked(True)
    tab.checks[AlertEvent.SERVICE_SUSPENDED]["email"].setChecked(False)
    tab.checks[AlertEvent.PASSWORD_CHANGED]["desktop"].setChecked(False)
    tab.phone.selectAll()
    type_into(desktop, qtbot, tab.phone, "+5493515550000")
    click(desktop, qtbot, tab.save_button)
    desktop.wait_until(lambda: tab.status.text() == "Alerts saved.")
    (profile,) = rows(portal, AlertProfileRow, AlertProfileRow.client_id == GIMENEZ)
    assert profile.whatsapp_phone == "+5493515550000"
    paid = preference(portal, AlertEvent.INVOICE_PAID)
    assert (paid.whatsapp, paid.email, paid.desktop) == (True, True, True)
    suspended = preference(portal, AlertEvent.SERVICE_SUSPENDED)
    assert (suspended.whatsapp, suspended.email, suspended.desktop) == (True, False, True)
    password = preference(portal, AlertEvent.PASSWORD_CHANGED)
    assert (password.whatsapp, password.email, password.desktop) == (False, True, False)


def test_a_phone_not_in_international_format_shows_on_the_field(
    desktop: Desktop, qtbot: QtBot, portal: BackgroundPortal
) -> None:
    tab = alerts_tab(desktop, qtbot, portal.url)
    tab.phone.selectAll()
    type_into(desktop, qtbot, tab.phone, "011 4567-8910")
    tab.checks[AlertEvent.INVOICE_PAID]["whatsapp"].setChecked(True)
    click(desktop, qtbot, tab.save_button)
    error = tab.errors.labels["whatsapp_phone"]
    desktop.wait_until(lambda: error.isVisibleTo(tab))
    assert error.text().startswith("Use the international format")
    assert tab.phone.text() == "011 4567-8910", "what was typed stays"
    assert tab.checks[AlertEvent.INVOICE_PAID]["whatsapp"].isChecked()
    (profile,) = rows(portal, AlertProfileRow, AlertProfileRow.client_id == GIMENEZ)
    assert profile.whatsapp_phone == "+5491145678910", "nothing saved"
    assert (
        rows(
            portal,
            AlertPreferenceRow,
            AlertPreferenceRow.client_id == GIMENEZ,
            AlertPreferenceRow.event == AlertEvent.INVOICE_PAID.value,
        )
        == []
    )
