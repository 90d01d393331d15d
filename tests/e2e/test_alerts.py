"""Alerts (seed: "Alertas por whatsapp"): choose the channels of each event and the WhatsApp
number, save, and see the portal's refusal of a number that is not in international format; the
alerts sent, with the status of each e-mail and WhatsApp message."""

from __future__ import annotations

import datetime as dt
import json

import httpx
from pydantic import SecretStr
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from app.models import AlertEvent
from portal.alert_worker import SmtpSettings, WhatsAppSettings, deliver_pending
from portal.alerts import raise_event
from portal.server import BackgroundPortal
from portal.settings import PortalSettings
from portal.tables import AlertDeliveryRow, AlertPreferenceRow, AlertProfileRow, utcnow
from portal.whatsapp import signature
from tests.integration.alert_receivers import SmtpReceiver, WhatsAppReceiver
from ui.alerts import AlertsTab, moment

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


def test_the_alerts_sent_show_how_each_was_delivered(
    desktop: Desktop, qtbot: QtBot, portal: BackgroundPortal
) -> None:
    # an invoice alert (Giménez gets it by e-mail and WhatsApp), delivered to receivers on
    # loopback, then read on the phone as the signed webhook says
    secret = "the-meta-app-secret"
    portal.app.state.settings = PortalSettings(whatsapp_app_secret=SecretStr(secret))
    smtp, whatsapp = SmtpReceiver().start(), WhatsAppReceiver().start()
    try:
        due_on = (utcnow() + dt.timedelta(days=10)).date().isoformat()
        with portal.app.state.database.sessions() as db:
            raise_event(
                db,
                GIMENEZ,
                AlertEvent.INVOICE_CREATED,
                {"number": "F-9001", "total": "1500.00", "currency": "ARS", "due_on": due_on},
            )
            db.commit()
            delivered = deliver_pending(
                db,
                smtp=SmtpSettings(host="127.0.0.1", port=smtp.port, security="none"),
                whatsapp=WhatsAppSettings(
                    base_url=whatsapp.base_url, phone_number_id="1", token="t"
                ),
            )
        assert delivered == 2
    finally:
        smtp.stop()
        whatsapp.stop()
    (wamid,) = whatsapp.ids
    read_at = utcnow().replace(microsecond=0) - dt.timedelta(minutes=1)
    body = json.dumps(
        {
            "object": "whatsapp_business_account",
            "entry": [
                {
                    "id": "1",
                    "changes": [
                        {
                            "field": "messages",
                            "value": {
                                "messaging_product": "whatsapp",
                                "statuses": [
                                    {
                                        "id": wamid,
                                        "status": "read",
                                        "timestamp": str(int(read_at.timestamp())),
                                    }
                                ],
                            },
                        }
                    ],
                }
            ],
        }
    ).encode()
    answer = httpx.post(
        f"{portal.url}/api/v1/webhooks/whatsapp",
        content=body,
        headers={"X-Hub-Signature-256": signature(secret, body)},
    )
    assert answer.status_code == 200
    with portal.app.state.database.sessions() as db:
        (mail,) = db.scalars(select(AlertDeliveryRow).where(AlertDeliveryRow.channel == "email"))
        assert mail.delivered_at is not None
        sent_at = mail.delivered_at

    tab = alerts_tab(desktop, qtbot, portal.url)
    model = tab.history_model
    desktop.wait_until(lambda: model.rowCount() == 1)
    cells = [model.index(0, column).data() for column in range(model.columnCount())]
    assert cells[1] == "New invoice F-9001"
    assert cells[2] == f"Sent, {moment(sent_at)}"
    assert cells[3] == f"Read, {moment(read_at)}"
    assert tab.history.isVisibleTo(tab)
