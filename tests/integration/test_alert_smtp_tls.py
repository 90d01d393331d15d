"""E-mail alerts over TLS as a host runs them: STARTTLS on 587 and implicit TLS on 465 with the
server's certificate verified (against a CA of the host's own: ``smtp_ca_file``), a login when a
user is set, and a server whose certificate is not trusted — or that does not offer STARTTLS —
refused: the alert stays pending and is retried, never sent in the clear."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import select

from api_client import PortalClient
from api_client.models import AccountUpdate
from portal.alert_worker import AlertDelivery, SmtpSettings, deliver_pending
from portal.demo import DEMO_EMAIL, DEMO_PASSWORD
from portal.server import BackgroundPortal
from portal.tables import AlertDeliveryRow, utcnow

from .alert_receivers import Certificates, SmtpReceiver, make_certificates

USER, PASSWORD = "avisos@latinhost.test", "app-password-1"


@pytest.fixture(scope="module")
def certificates(tmp_path_factory: pytest.TempPathFactory) -> Certificates:
    try:
        return make_certificates(tmp_path_factory.mktemp("tls"))
    except FileNotFoundError:
        pytest.skip("no openssl command to make a test certificate with")


@pytest.fixture(params=["starttls", "tls"])
def receiver(request: pytest.FixtureRequest, certificates: Certificates) -> Iterator[SmtpReceiver]:
    smtp = SmtpReceiver(
        security=request.param, certificates=certificates, users={USER: PASSWORD}
    ).start()
    yield smtp
    smtp.stop()


def smtp_settings(receiver: SmtpReceiver, ca_file: Path | None) -> AlertDelivery:
    return AlertDelivery(
        smtp=SmtpSettings(
            host="127.0.0.1",
            port=receiver.port,
            sender=USER,
            username=USER,
            password=PASSWORD,
            security="tls" if receiver.security == "tls" else "starttls",
            ca_file=str(ca_file) if ca_file else None,
        ),
        backoff_initial_s=60,
    )


async def edit_details(portal: BackgroundPortal) -> None:
    """An event delivered by e-mail (the default channels)."""
    async with PortalClient(portal.url) as client:
        await client.auth.login(DEMO_EMAIL, DEMO_PASSWORD)
        await client.for_account(1).details.update(AccountUpdate(city="Bariloche"))


def deliver(portal: BackgroundPortal, settings: AlertDelivery, now: dt.datetime) -> int:
    with portal.app.state.database.sessions() as db:
        return deliver_pending(db, settings=settings, now=now)


def deliveries(portal: BackgroundPortal) -> list[AlertDeliveryRow]:
    with portal.app.state.database.sessions() as db:
        return list(db.scalars(select(AlertDeliveryRow)))


async def test_a_verified_server_gets_the_alert_over_tls_after_the_login(
    portal: BackgroundPortal, receiver: SmtpReceiver, certificates: Certificates
) -> None:
    await edit_details(portal)
    assert deliver(portal, smtp_settings(receiver, certificates.ca), utcnow()) == 1
    (message,) = receiver.messages
    assert message["Subject"] == "Se modificaron tus datos"
    assert receiver.secure == [True], "the message travelled inside TLS"
    assert receiver.logins == [USER]
    (row,) = deliveries(portal)
    assert row.delivered_at is not None and row.last_error == ""


async def test_an_untrusted_certificate_is_refused_and_retried_until_the_ca_file_is_set(
    portal: BackgroundPortal, receiver: SmtpReceiver, certificates: Certificates
) -> None:
    await edit_details(portal)
    now = utcnow()
    # the system's CAs do not know the test's CA: the server is not believed
    assert deliver(portal, smtp_settings(receiver, None), now) == 0
    assert receiver.messages == [] and receiver.logins == [], "no password, no mail sent"
    (row,) = deliveries(portal)
    assert (row.attempts, row.delivered_at) == (1, None)
    assert "CERTIFICATE_VERIFY_FAILED" in row.last_error
    assert row.next_attempt_at >= now + dt.timedelta(seconds=59), "retried later"

    later = now + dt.timedelta(minutes=2)
    assert deliver(portal, smtp_settings(receiver, certificates.ca), later) == 1
    assert len(receiver.messages) == 1 and receiver.secure == [True]
    (row,) = deliveries(portal)
    assert (row.attempts, row.last_error) == (2, "")


async def test_starttls_is_not_skipped_when_the_server_does_not_offer_it(
    portal: BackgroundPortal,
) -> None:
    plain = SmtpReceiver().start()  # answers in the clear and offers no STARTTLS
    try:
        await edit_details(portal)
        settings = AlertDelivery(
            smtp=SmtpSettings(host="127.0.0.1", port=plain.port, security="starttls")
        )
        assert deliver(portal, settings, utcnow()) == 0
        assert plain.messages == []
        (row,) = deliveries(portal)
        assert "STARTTLS" in row.last_error and row.delivered_at is None
    finally:
        plain.stop()
