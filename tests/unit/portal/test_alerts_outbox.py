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


def test_texts_fill_in_the_data() -> None:
    title, text = render(
        AlertEvent.INVOICE_CREATED,
        {"number": "F-7", "currency": "ARS", "total": "1.00", "due_on": "2026-12-01"},
    )
    assert title == "Nueva factura F-7"
    assert "ARS 1.00" in text and "2026-12-01" in text
