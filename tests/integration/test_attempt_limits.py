"""Limits on failed sign-ins and on secrets asked again (current password, two-factor and recovery
codes): counted in the database, so every portal process sees the same count."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import httpx
import pytest
from sqlalchemy import func, select

from api_client import PortalClient, errors
from portal import totp
from portal.app import create_app
from portal.attempts import email_key, purge_failed_attempts
from portal.demo import DEMO_EMAIL, DEMO_PASSWORD, OTHER_EMAIL
from portal.server import BackgroundPortal
from portal.settings import PortalSettings
from portal.tables import FailedAttemptRow, utcnow

# every request of these tests comes from loopback, which the portals below trust as a proxy:
# X-Forwarded-For gives each sign-in the customer address it names
PROXIED = {"trusted_proxies": ["127.0.0.1/32"]}


@contextmanager
def serving(database_url: str, **settings: Any) -> Iterator[BackgroundPortal]:
    """One more portal process on the same database."""
    app = create_app(database_url, settings=PortalSettings(**settings))
    server = BackgroundPortal(app)
    server.start()
    try:
        yield server
    finally:
        server.stop()
        app.state.database.dispose()


def sign_in(
    portal: BackgroundPortal, email: str, password: str, address: str | None = None
) -> httpx.Response:
    headers = {"X-Forwarded-For": address} if address else {}
    return httpx.post(
        f"{portal.url}/api/v1/auth/login",
        json={"email": email, "password": password},
        headers=headers,
        timeout=30,
    )


def code_of(response: httpx.Response) -> str:
    return str(response.json().get("code", ""))


def assert_refused(response: httpx.Response, code: str, window_s: int) -> None:
    assert response.status_code == 429, response.text
    assert code_of(response) == code
    assert 1 <= int(response.headers["Retry-After"]) <= window_s


def test_failed_sign_ins_count_in_every_process(database_url: str) -> None:
    with (
        serving(database_url, login_attempts=3, **PROXIED) as one,
        serving(database_url, login_attempts=3, **PROXIED) as two,
    ):
        for n, portal in enumerate((one, two, one)):
            wrong = sign_in(portal, OTHER_EMAIL, "not-the-password", f"203.0.113.{n + 1}")
            assert wrong.status_code == 401 and code_of(wrong) == "invalid_credentials"
        # the e-mail is at its limit in both processes, even with the right password
        assert_refused(
            sign_in(two, OTHER_EMAIL, DEMO_PASSWORD, "203.0.113.50"), "rate_limited", 300
        )
        assert_refused(
            sign_in(one, OTHER_EMAIL, DEMO_PASSWORD, "203.0.113.51"), "rate_limited", 300
        )
        # another person, from another address, is not held back
        assert sign_in(one, DEMO_EMAIL, DEMO_PASSWORD, "203.0.113.52").status_code == 200


def test_an_address_is_limited_whatever_e_mails_it_tries(database_url: str) -> None:
    with (
        serving(database_url, login_attempts=3, **PROXIED) as one,
        serving(database_url, login_attempts=3, **PROXIED) as two,
    ):
        for n in range(3):
            wrong = sign_in(one, f"nadie{n}@example.com", "guess", "198.51.100.7")
            assert wrong.status_code == 401
        assert_refused(sign_in(two, DEMO_EMAIL, DEMO_PASSWORD, "198.51.100.7"), "rate_limited", 300)
        assert sign_in(two, DEMO_EMAIL, DEMO_PASSWORD, "198.51.100.8").status_code == 200


def test_a_right_password_starts_the_e_mail_count_again(database_url: str) -> None:
    with serving(database_url, login_attempts=3, **PROXIED) as portal:
        for round_ in range(3):
            for n in range(2):
                wrong = sign_in(portal, OTHER_EMAIL, "typo", f"192.0.2.{10 * round_ + n}")
                assert wrong.status_code == 401, f"round {round_}: {wrong.text}"
            right = sign_in(portal, OTHER_EMAIL, DEMO_PASSWORD, f"192.0.2.{10 * round_ + 5}")
            assert right.status_code == 200


def test_failures_older_than_the_window_do_not_count_and_are_purged(database_url: str) -> None:
    with serving(database_url, login_attempts=3, login_window_seconds=300) as portal:
        window = dt.timedelta(seconds=300)
        now = utcnow()
        with portal.app.state.database.sessions() as db:
            db.add_all(
                FailedAttemptRow(
                    key=email_key(OTHER_EMAIL), at=now - window - dt.timedelta(minutes=m)
                )
                for m in (1, 2, 3)
            )
            db.add(FailedAttemptRow(key=email_key(DEMO_EMAIL), at=now - dt.timedelta(seconds=10)))
            db.commit()
        # three failures, but out of the window: this one is answered (and counted)
        wrong = sign_in(portal, OTHER_EMAIL, "not-the-password")
        assert wrong.status_code == 401 and code_of(wrong) == "invalid_credentials"
        with portal.app.state.database.sessions() as db:
            assert purge_failed_attempts(db, utcnow() - window) == 3
            left = db.scalars(select(FailedAttemptRow.key).order_by(FailedAttemptRow.id)).all()
        assert left[0] == email_key(DEMO_EMAIL), "recent failures stay"
        assert left.count(email_key(OTHER_EMAIL)) == 1


def test_the_e_mail_is_not_kept_in_the_clear(portal: BackgroundPortal) -> None:
    assert sign_in(portal, OTHER_EMAIL, "wrong").status_code == 401
    with portal.app.state.database.sessions() as db:
        keys = db.scalars(select(FailedAttemptRow.key)).all()
    assert len(keys) == 2 and not any(OTHER_EMAIL in key for key in keys)


# ---- secrets asked again ------------------------------------------------------------------------


async def signed_in(portal: BackgroundPortal, email: str = DEMO_EMAIL) -> PortalClient:
    client = PortalClient(portal.url)
    await client.auth.login(email, DEMO_PASSWORD)
    return client


def wrong_code(secret: str) -> str:
    now = totp.step_of()
    near = {totp.code_at(secret, step) for step in (now - 1, now, now + 1)}
    return next(code for code in ("000000", "111111", "222222", "333333") if code not in near)


def failures_of(portal: BackgroundPortal) -> int:
    with portal.app.state.database.sessions() as db:
        return db.scalar(select(func.count()).select_from(FailedAttemptRow)) or 0


async def test_wrong_current_passwords_are_limited_even_when_the_next_is_right(
    portal: BackgroundPortal,
) -> None:
    limit = portal.app.state.settings.secret_attempts
    async with await signed_in(portal) as client:
        for _ in range(limit):
            with pytest.raises(errors.ValidationFailedError) as caught:
                await client.security.change_password("not-it", "a-brand-new-pass")
            assert caught.value.field_errors["current_password"][0][0] == "wrong_password"
        with pytest.raises(errors.RateLimitedError) as refused:
            await client.security.change_password(DEMO_PASSWORD, "a-brand-new-pass")
        assert refused.value.code == "too_many_attempts"
        assert refused.value.retry_after and refused.value.retry_after >= 1
    async with PortalClient(portal.url) as fresh:
        await fresh.auth.login(DEMO_EMAIL, DEMO_PASSWORD)  # the password did not change
    async with await signed_in(portal, OTHER_EMAIL) as other:
        await other.security.change_password(DEMO_PASSWORD, "another-new-pass")  # per person


async def test_wrong_codes_are_limited_when_turning_two_factor_on(
    portal: BackgroundPortal,
) -> None:
    limit = portal.app.state.settings.secret_attempts
    async with await signed_in(portal) as client:
        secret = (await client.security.start_two_factor()).secret
        for _ in range(limit):
            with pytest.raises(errors.ValidationFailedError) as caught:
                await client.security.confirm_two_factor(wrong_code(secret))
            assert caught.value.field_errors["code"][0][0] == "invalid_code"
        with pytest.raises(errors.RateLimitedError) as refused:
            await client.security.confirm_two_factor(totp.code_at(secret, totp.step_of()))
        assert refused.value.code == "too_many_attempts"
        assert not (await client.security.two_factor()).enabled


async def test_wrong_codes_at_sign_in_and_at_turning_off_share_one_limit(
    portal: BackgroundPortal,
) -> None:
    limit = portal.app.state.settings.secret_attempts
    async with await signed_in(portal) as client:
        security = client.security
        secret = (await security.start_two_factor()).secret
        recovery = (
            await security.confirm_two_factor(totp.code_at(secret, totp.step_of()))
        ).recovery_codes
        assert failures_of(portal) == 0, "the right code cleared the count"
        at_disable = limit // 2
        for _ in range(at_disable):
            with pytest.raises(errors.ValidationFailedError):
                await security.disable_two_factor(wrong_code(secret))
        async with PortalClient(portal.url) as signing_in:
            for _ in range(limit - at_disable):
                with pytest.raises(errors.UnauthorizedError) as caught:
                    await signing_in.auth.login(DEMO_EMAIL, DEMO_PASSWORD, wrong_code(secret))
                assert caught.value.code == "invalid_totp"
            with pytest.raises(errors.RateLimitedError) as refused:
                await signing_in.auth.login(DEMO_EMAIL, DEMO_PASSWORD, recovery[0])
            assert refused.value.code == "too_many_attempts"
        with pytest.raises(errors.RateLimitedError) as refused_off:
            await security.disable_two_factor(recovery[1])
        assert refused_off.value.code == "too_many_attempts"
        status = await security.two_factor()
        assert status.enabled and status.recovery_codes_left == len(recovery), "none spent"


def test_wrong_passwords_to_confirm_a_cancellation_are_limited(database_url: str) -> None:
    """The cancellation asks the account password again: its wrong tries count with the others
    of that person, and past the limit even the right password is refused (nothing cancelled)."""
    with serving(database_url, secret_attempts=3) as portal:
        token = sign_in(portal, DEMO_EMAIL, DEMO_PASSWORD).json()["access_token"]
        headers = {"Authorization": f"Bearer {token}"}
        services = httpx.get(f"{portal.url}/api/v1/accounts/1/services", headers=headers).json()
        service = next(s for s in services if s["status"] == "Active")
        url = f"{portal.url}/api/v1/accounts/1/services/{service['id']}/cancellation"
        body = {"type": "End of Billing Period", "reason": ""}
        for _ in range(3):
            wrong = httpx.post(url, headers=headers, json={**body, "password": "no-es-esta"})
            assert wrong.status_code == 422, wrong.text
        right = httpx.post(url, headers=headers, json={**body, "password": DEMO_PASSWORD})
        assert_refused(right, "too_many_attempts", 300)
        asked = httpx.get(url, headers=headers)
        assert asked.status_code == 404, asked.text  # no cancellation was recorded
