"""The signed-in person's security: password, two-factor sign-in, connected apps, sessions."""

from __future__ import annotations

import base64
import socket
from urllib.parse import parse_qs, urlsplit

import httpx
import pytest
from sqlalchemy import select

from api_client import PortalClient, errors
from api_client.transport import describe_device, device_user_agent
from portal import totp
from portal.app import create_app
from portal.demo import DEMO_EMAIL, DEMO_PASSWORD
from portal.server import BackgroundPortal
from portal.settings import PortalSettings
from portal.tables import AlertOutboxRow


async def signed_in(portal: BackgroundPortal, password: str = DEMO_PASSWORD) -> PortalClient:
    client = PortalClient(portal.url)
    await client.auth.login(DEMO_EMAIL, password)
    return client


def test_totp_matches_the_rfc_6238_vectors() -> None:
    secret = base64.b32encode(b"12345678901234567890").decode()
    # RFC 6238 appendix B (SHA-1), last 6 of the 8 digits
    assert totp.code_at(secret, 59 // 30) == "287082"
    assert totp.code_at(secret, 1111111109 // 30) == "081804"
    assert totp.code_at(secret, 1234567890 // 30) == "005924"
    assert totp.verify(secret, "287082", now=59) == 1
    assert totp.verify(secret, "287082", now=59, after_step=1) is None, "a code works once"


async def test_change_password_needs_the_current_one_and_ends_other_sessions(
    portal: BackgroundPortal,
) -> None:
    async with await signed_in(portal) as other, await signed_in(portal) as client:
        with pytest.raises(errors.ValidationFailedError) as caught:
            await client.security.change_password("not-it", "a-brand-new-pass")
        assert caught.value.field_errors["current_password"][0][0] == "wrong_password"
        with pytest.raises(errors.ValidationFailedError) as short:
            await client.security.change_password(DEMO_PASSWORD, "short")
        assert "new_password" in short.value.field_errors
        await client.security.change_password(DEMO_PASSWORD, "a-brand-new-pass")
        assert (await client.me()).person.email == DEMO_EMAIL, "this session goes on"
        other_tokens = other.tokens
        assert other_tokens is not None
        async with PortalClient(portal.url) as thief:
            with pytest.raises(errors.UnauthorizedError):
                await thief.auth.resume(other_tokens.refresh_token)
        with portal.app.state.database.sessions() as db:
            raised = db.scalars(select(AlertOutboxRow.event).order_by(AlertOutboxRow.id.desc()))
            assert next(iter(raised)) == "password_changed", "the owner's account was alerted"
    async with PortalClient(portal.url) as fresh:
        with pytest.raises(errors.UnauthorizedError):
            await fresh.auth.login(DEMO_EMAIL, DEMO_PASSWORD)
        await fresh.auth.login(DEMO_EMAIL, "a-brand-new-pass")


def _secret_of(uri: str) -> str:
    parts = urlsplit(uri)
    assert parts.scheme == "otpauth" and parts.netloc == "totp"
    query = parse_qs(parts.query)
    assert query["issuer"] == ["Clientdesk"]
    return query["secret"][0]


async def test_two_factor_enable_then_sign_in_asks_for_the_code(portal: BackgroundPortal) -> None:
    async with await signed_in(portal) as client:
        security = client.security
        assert not (await security.two_factor()).enabled
        setup = await security.start_two_factor()
        secret = _secret_of(setup.otpauth_uri)
        assert secret == setup.secret
        with pytest.raises(errors.ValidationFailedError) as caught:
            await security.confirm_two_factor(
                "000000" if totp.code_at(secret, totp.step_of()) != "000000" else "111111"
            )
        assert caught.value.field_errors["code"][0][0] == "invalid_code"
        codes = (
            await security.confirm_two_factor(totp.code_at(secret, totp.step_of()))
        ).recovery_codes
        assert len(codes) == len(set(codes)) == 10
        status = await security.two_factor()
        assert status.enabled and status.recovery_codes_left == 10
        with pytest.raises(errors.ConflictError) as again:
            await security.start_two_factor()
        assert again.value.code == "totp_already_enabled"

    async with PortalClient(portal.url) as fresh:
        with pytest.raises(errors.UnauthorizedError) as needed:
            await fresh.auth.login(DEMO_EMAIL, DEMO_PASSWORD)
        assert needed.value.code == "totp_required"
        with pytest.raises(errors.UnauthorizedError) as wrong_password:
            await fresh.auth.login(DEMO_EMAIL, "wrong")
        assert wrong_password.value.code == "invalid_credentials", "no hint without the password"
        with pytest.raises(errors.UnauthorizedError) as bad:
            await fresh.auth.login(DEMO_EMAIL, DEMO_PASSWORD, totp_code="12345x")
        assert bad.value.code == "invalid_totp"
        # a recovery code signs in once
        await fresh.auth.login(DEMO_EMAIL, DEMO_PASSWORD, totp_code=codes[0].upper())
        assert (await fresh.security.two_factor()).recovery_codes_left == 9
    async with PortalClient(portal.url) as reused:
        with pytest.raises(errors.UnauthorizedError):
            await reused.auth.login(DEMO_EMAIL, DEMO_PASSWORD, totp_code=codes[0])
        await reused.auth.login(DEMO_EMAIL, DEMO_PASSWORD, totp_code=codes[1])
        with pytest.raises(errors.ValidationFailedError):
            await reused.security.disable_two_factor("nonsense-code")
        await reused.security.disable_two_factor(codes[2])
        assert not (await reused.security.two_factor()).enabled
        with pytest.raises(errors.ConflictError) as off:
            await reused.security.disable_two_factor(codes[3])
        assert off.value.code == "totp_not_enabled"
    async with PortalClient(portal.url) as plain:
        await plain.auth.login(DEMO_EMAIL, DEMO_PASSWORD)


async def test_connected_apps_list_and_revoke(portal: BackgroundPortal) -> None:
    async with await signed_in(portal) as client:
        apps = await client.security.apps()
        assert [a.app_name for a in apps] == ["WordPress Toolkit", "Softaculous"]
        await client.security.revoke_app(apps[0].id)
        assert [a.app_name for a in await client.security.apps()] == ["Softaculous"]
        with pytest.raises(errors.NotFoundError):
            await client.security.revoke_app(apps[0].id)
    async with PortalClient(portal.url) as martin:
        await martin.auth.login("martin@estudiopereyra.com.ar", DEMO_PASSWORD)
        assert await martin.security.apps() == []
        with pytest.raises(errors.NotFoundError):
            await martin.security.revoke_app(apps[1].id)


async def test_sessions_list_and_end_one(portal: BackgroundPortal) -> None:
    async with await signed_in(portal) as laptop, await signed_in(portal) as phone:
        sessions = await laptop.security.sessions()
        assert len(sessions) >= 2
        current = [s for s in sessions if s.current]
        assert len(current) == 1 and current[0].user_agent.startswith("Clientdesk")
        other = next(s for s in await phone.security.sessions() if s.current)
        assert other.id != current[0].id
        await laptop.security.end_session(other.id)
        assert other.id not in {s.id for s in await laptop.security.sessions()}
        with pytest.raises(errors.UnauthorizedError):
            await phone.me()
        with pytest.raises(errors.NotFoundError):
            await laptop.security.end_session(other.id)


@pytest.mark.parametrize(
    ("method", "path"),
    [
        ("POST", "/me/password"),
        ("GET", "/me/two-factor"),
        ("POST", "/me/two-factor"),
        ("POST", "/me/two-factor/confirm"),
        ("POST", "/me/two-factor/disable"),
        ("GET", "/me/apps"),
        ("DELETE", "/me/apps/1"),
        ("GET", "/me/sessions"),
        ("DELETE", "/me/sessions/1"),
    ],
)
async def test_without_a_token_it_is_401(portal: BackgroundPortal, method: str, path: str) -> None:
    async with httpx.AsyncClient(base_url=portal.url) as http:
        answer = await http.request(method, f"/api/v1{path}", json={"code": "123456"})
    assert answer.status_code == 401
    assert answer.json()["code"] == "unauthorized"


def test_sessions_say_which_device_and_address_each_is(database_url: str) -> None:
    # loopback is this portal's proxy: X-Forwarded-For names the customer's address
    proxied = create_app(database_url, settings=PortalSettings(trusted_proxies=["127.0.0.1/32"]))
    server = BackgroundPortal(proxied)
    server.start()
    try:
        api = f"{server.url}/api/v1"
        agent = {"User-Agent": device_user_agent()}
        login = httpx.post(
            f"{api}/auth/login",
            json={"email": DEMO_EMAIL, "password": DEMO_PASSWORD},
            headers={**agent, "X-Forwarded-For": "203.0.113.5"},
        )
        assert login.status_code == 200, login.text

        def current_session(access_token: str) -> dict[str, object]:
            listed = httpx.get(
                f"{api}/me/sessions", headers={"Authorization": f"Bearer {access_token}"}
            )
            assert listed.status_code == 200, listed.text
            (current,) = [s for s in listed.json() if s["current"]]
            return dict(current)

        first = current_session(login.json()["access_token"])
        assert first["address"] == "203.0.113.5"
        assert first["user_agent"] == device_user_agent()
        assert describe_device(str(first["user_agent"])).startswith("Clientdesk ")
        assert socket.gethostname().split(".")[0][:40] in describe_device(str(first["user_agent"]))

        # the same session used later from another network: the list shows where it was last
        refreshed = httpx.post(
            f"{api}/auth/refresh",
            json={"refresh_token": login.json()["refresh_token"]},
            headers={**agent, "X-Forwarded-For": "198.51.100.7"},
        )
        assert refreshed.status_code == 200, refreshed.text
        later = current_session(refreshed.json()["access_token"])
        assert later["id"] == first["id"] and later["address"] == "198.51.100.7"
    finally:
        server.stop()
        proxied.state.database.dispose()


async def test_a_forwarded_address_from_an_untrusted_peer_is_not_believed(
    portal: BackgroundPortal,
) -> None:
    async with httpx.AsyncClient() as raw:
        login = await raw.post(
            f"{portal.url}/api/v1/auth/login",
            json={"email": DEMO_EMAIL, "password": DEMO_PASSWORD},
            headers={"X-Forwarded-For": "203.0.113.5"},
        )
    assert login.status_code == 200, login.text
    async with PortalClient(portal.url) as client:
        await client.auth.login(DEMO_EMAIL, DEMO_PASSWORD)
        addresses = {s.address for s in await client.security.sessions()}
    assert addresses == {"127.0.0.1"}, "no trusted proxy: the address is the peer's own"
