"""raise_event writes the outbox in the caller's transaction, per the account's channels."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from api_client.models import AlertEvent
from portal.alerts import raise_event, render
from portal.db import Database
from portal.tables import (
    AlertDeliveryRow,
    AlertOutboxRow,
    AlertPreferenceRow,
    AlertProfileRow,
    ClientRow,
)


@pytest.fixture
def db(empty_database_url: str) -> Iterator[Session]:
    database = Database(empty_database_url)
    with database.sessions() as session:
        session.add(ClientRow(id=1, first_name="Ana", last_name="Paz", email="ana@example.com"))
        session.commit()
        yield session
    database.dispose()


def test_default_channels_are_email_and_desktop(db: Session) -> None:
    row = raise_event(db, 1, AlertEvent.INVOICE_PAID, {"number": "F-1", "total": "10.00"})
    db.commit()
    channels = db.scalars(
        select(AlertDeliveryRow.channel).where(AlertDeliveryRow.outbox_id == row.id)
    )
    assert list(channels) == ["email"]
    assert row.desktop is True


def test_whatsapp_only_with_a_phone_and_a_rolled_back_change_raises_nothing(db: Session) -> None:
    db.add(
        AlertPreferenceRow(
            client_id=1, event="service_suspended", email=False, whatsapp=True, desktop=False
        )
    )
    db.commit()
    raise_event(db, 1, AlertEvent.SERVICE_SUSPENDED, {})
    db.rollback()
    assert db.scalar(select(func.count()).select_from(AlertOutboxRow)) == 0
    no_phone = raise_event(db, 1, AlertEvent.SERVICE_SUSPENDED, {})
    db.add(AlertProfileRow(client_id=1, whatsapp_phone="+5491155550000"))
    db.commit()
    with_phone = raise_event(db, 1, AlertEvent.SERVICE_SUSPENDED, {})
    db.commit()
    deliveries = {(d.outbox_id, d.channel) for d in db.scalars(select(AlertDeliveryRow))}
    assert deliveries == {(with_phone.id, "whatsapp")}
    assert not no_phone.desktop


def test_texts_fill_in_the_data_in_the_accounts_language() -> None:
    data = {"number": "F-7", "currency": "ARS", "total": "54450.00", "due_on": "2026-12-01"}
    title, text = render(AlertEvent.INVOICE_CREATED, data)
    assert title == "Nueva factura F-7"
    assert "por ARS 54.450,00" in text and "el 01/12/2026" in text
    title, text = render(AlertEvent.INVOICE_CREATED, data, "en")
    assert title == "New invoice F-7"
    assert "for ARS 54,450.00" in text and "due on 12/01/2026" in text


def test_raw_names_and_moments_read_as_words() -> None:
    edited = {"account": "Giménez Diseño", "fields": "city, phone"}
    assert render(AlertEvent.CLIENT_DETAILS_EDITED, edited)[1].endswith(": ciudad, teléfono.")
    assert render(AlertEvent.CLIENT_DETAILS_EDITED, edited, "en")[1].endswith(": city, phone.")
    changed = {"name": "Laura", "when": "2026-03-07T06:05+00:00"}
    assert "el 07/03/2026 06:05 UTC" in render(AlertEvent.PASSWORD_CHANGED, changed)[1]
    assert "on 03/07/2026 6:05 AM UTC" in render(AlertEvent.PASSWORD_CHANGED, changed, "en")[1]
    # an event stored before its data was ISO keeps the words it was written with
    old = {"name": "Laura", "when": "07/03/2026 06:05 UTC"}
    assert "el 07/03/2026 06:05 UTC." in render(AlertEvent.PASSWORD_CHANGED, old)[1]


def test_every_event_has_its_english_text_with_the_same_data() -> None:
    from portal.alerts import TEXTS, TEXTS_EN, _placeholders

    assert set(TEXTS_EN) == set(TEXTS)
    for event, (title, text) in TEXTS.items():
        english = TEXTS_EN[event]
        assert set(_placeholders(english[0] + english[1])) == set(_placeholders(title + text))
