"""Sign-in and the host's hold on it: a disabled person is refused everywhere, and a password
stored with yesterday's hashing parameters is stored again with today's at the next sign-in."""

from __future__ import annotations

import base64
import hashlib
import secrets

import httpx
import pytest
from sqlalchemy import select

from api_client import PortalClient, errors
from portal.demo import DEMO_EMAIL, DEMO_PASSWORD, OTHER_EMAIL
from portal.passwords import needs_rehash, verify_password
from portal.server import BackgroundPortal
from portal.tables import PersonRow, utcnow


def set_person(portal: BackgroundPortal, email: str, **values: object) -> None:
    with portal.app.state.database.sessions() as db:
        person = db.scalars(select(PersonRow).where(PersonRow.email == email)).one()
        for name, value in values.items():
            setattr(person, name, value)
        db.commit()


def stored_hash(portal: BackgroundPortal, email: str) -> str:
    with portal.app.state.database.sessions() as db:
        return db.scalars(select(PersonRow.password_hash).where(PersonRow.email == email)).one()


async def test_a_disabled_person_is_refused_at_sign_in_refresh_and_every_request(
    portal: BackgroundPortal,
) -> None:
    api = f"{portal.url}/api/v1"
    async with PortalClient(portal.url) as client:
        tokens = await client.auth.login(DEMO_EMAIL, DEMO_PASSWORD)
    set_person(portal, DEMO_EMAIL, disabled_at=utcnow())

    async with httpx.AsyncClient(base_url=api) as http:
        bearer = {"Authorization": f"Bearer {tokens.access_token}"}
        request = await http.get("/me", headers=bearer)
        assert request.status_code == 401 and request.json()["code"] == "account_disabled"
        refresh = await http.post("/auth/refresh", json={"refresh_token": tokens.refresh_token})
        assert refresh.status_code == 401 and refresh.json()["code"] == "account_disabled"

    async with PortalClient(portal.url) as fresh:
        with pytest.raises(errors.UnauthorizedError) as refused:
            await fresh.auth.login(DEMO_EMAIL, DEMO_PASSWORD)
        assert refused.value.code == "account_disabled"
        assert "contact" in refused.value.message and "hosting company" in refused.value.message
        # without the password nothing tells that the account exists, disabled or not
        with pytest.raises(errors.UnauthorizedError) as guessed:
            await fresh.auth.login(DEMO_EMAIL, "not-the-password")
        assert guessed.value.code == "invalid_credentials"
    async with PortalClient(portal.url) as other:
        await other.auth.login(OTHER_EMAIL, DEMO_PASSWORD)
        assert (await other.me()).person.email == OTHER_EMAIL, "only that person is disabled"

    set_person(portal, DEMO_EMAIL, disabled_at=None)
    async with PortalClient(portal.url) as again:
        await again.auth.login(DEMO_EMAIL, DEMO_PASSWORD)


def old_hash(password: str) -> str:
    """A hash as the portal made them before: scrypt N=2^14, r=8, p=1."""
    salt = secrets.token_bytes(16)
    digest = hashlib.scrypt(password.encode(), salt=salt, n=2**14, r=8, p=1, dklen=32)
    return f"scrypt$16384$8$1${base64.b64encode(salt).decode()}${base64.b64encode(digest).decode()}"


async def test_an_old_hash_is_replaced_by_todays_at_sign_in(portal: BackgroundPortal) -> None:
    before = old_hash(DEMO_PASSWORD)
    set_person(portal, DEMO_EMAIL, password_hash=before)
    async with PortalClient(portal.url) as client:
        with pytest.raises(errors.UnauthorizedError):
            await client.auth.login(DEMO_EMAIL, "not-the-password")
        assert stored_hash(portal, DEMO_EMAIL) == before, "a wrong password changes nothing"
        await client.auth.login(DEMO_EMAIL, DEMO_PASSWORD)
    after = stored_hash(portal, DEMO_EMAIL)
    assert after != before
    assert after.split("$")[:4] == ["scrypt", str(2**17), "8", "1"]
    assert verify_password(DEMO_PASSWORD, after) and not needs_rehash(after)
    async with PortalClient(portal.url) as again:
        await again.auth.login(DEMO_EMAIL, DEMO_PASSWORD)
    assert stored_hash(portal, DEMO_EMAIL) == after, "a hash of today's is kept as it is"
