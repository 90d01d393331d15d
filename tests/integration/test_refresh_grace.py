"""A refresh whose answer was lost: the previous refresh token, sent again within the grace
window, gets the same pair back and the session goes on; later, or after that pair was traded in
turn, the previous token is a copy and the session ends."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta
from typing import Any

import httpx
import pytest
from sqlalchemy import select, update

from api_client import PortalClient, errors
from portal.app import create_app
from portal.auth import token_hash
from portal.demo import DEMO_EMAIL, DEMO_PASSWORD
from portal.server import BackgroundPortal
from portal.settings import PortalSettings
from portal.tables import SessionRow, UsedRefreshTokenRow, utcnow
from portal.token_sealing import unseal


def _login(url: str) -> dict[str, Any]:
    answer = httpx.post(
        f"{url}/api/v1/auth/login", json={"email": DEMO_EMAIL, "password": DEMO_PASSWORD}
    )
    answer.raise_for_status()
    return dict(answer.json())


def _refresh(url: str, refresh_token: str) -> httpx.Response:
    return httpx.post(f"{url}/api/v1/auth/refresh", json={"refresh_token": refresh_token})


def _me(url: str, access_token: str) -> httpx.Response:
    return httpx.get(f"{url}/api/v1/me", headers={"Authorization": f"Bearer {access_token}"})


def _retire_before_the_window(portal: BackgroundPortal, refresh_token: str) -> None:
    """The previous token was retired longer ago than the grace window."""
    grace = portal.app.state.settings.refresh_grace_seconds
    with portal.app.state.database.sessions() as db:
        db.execute(
            update(UsedRefreshTokenRow)
            .where(UsedRefreshTokenRow.token_hash == token_hash(refresh_token))
            .values(retired_at=utcnow() - timedelta(seconds=grace + 1))
        )
        db.commit()


def test_the_previous_token_within_the_window_gets_the_same_pair_and_the_session_goes_on(
    portal: BackgroundPortal,
) -> None:
    first = _login(portal.url)
    lost = _refresh(portal.url, first["refresh_token"])  # its answer never reached the app
    assert lost.status_code == 200

    again = _refresh(portal.url, first["refresh_token"])  # the app retries with what it holds

    assert again.status_code == 200
    pair = again.json()
    assert (pair["access_token"], pair["refresh_token"]) == (
        lost.json()["access_token"],
        lost.json()["refresh_token"],
    )
    assert 0 < pair["expires_in"] <= lost.json()["expires_in"]
    assert _me(portal.url, pair["access_token"]).status_code == 200, "the session goes on"
    following = _refresh(portal.url, pair["refresh_token"])
    assert following.status_code == 200, "the replayed refresh token rotates as usual"
    assert following.json()["refresh_token"] != pair["refresh_token"]
    assert _me(portal.url, following.json()["access_token"]).status_code == 200


async def test_the_client_resuming_with_the_previous_token_stays_signed_in(
    portal: BackgroundPortal,
) -> None:
    first = _login(portal.url)
    lost = _refresh(portal.url, first["refresh_token"]).json()
    async with PortalClient(portal.url) as client:
        tokens = await client.auth.resume(first["refresh_token"])
        assert (tokens.access_token, tokens.refresh_token) == (
            lost["access_token"],
            lost["refresh_token"],
        )
        assert (await client.me()).person.email == DEMO_EMAIL


def test_after_the_window_the_previous_token_ends_the_session(portal: BackgroundPortal) -> None:
    first = _login(portal.url)
    second = _refresh(portal.url, first["refresh_token"]).json()
    _retire_before_the_window(portal, first["refresh_token"])

    late = _refresh(portal.url, first["refresh_token"])

    assert late.status_code == 401
    assert late.json()["code"] == "session_ended"
    assert _me(portal.url, second["access_token"]).json()["code"] == "session_ended"
    assert _refresh(portal.url, second["refresh_token"]).json()["code"] == "session_ended"


def test_once_the_new_pair_was_traded_the_previous_token_is_a_copy(
    portal: BackgroundPortal,
) -> None:
    first = _login(portal.url)
    second = _refresh(portal.url, first["refresh_token"]).json()
    third = _refresh(portal.url, second["refresh_token"]).json()

    copy = _refresh(portal.url, first["refresh_token"])  # within the window, but stale

    assert copy.status_code == 401
    assert copy.json()["code"] == "session_ended"
    assert _me(portal.url, third["access_token"]).status_code == 401, "the session ended"


def test_an_ended_session_gives_nothing_back_within_the_window(portal: BackgroundPortal) -> None:
    first = _login(portal.url)
    second = _refresh(portal.url, first["refresh_token"]).json()
    signed_out = httpx.post(
        f"{portal.url}/api/v1/auth/logout",
        headers={"Authorization": f"Bearer {second['access_token']}"},
    )
    assert signed_out.status_code == 204

    again = _refresh(portal.url, first["refresh_token"])

    assert again.status_code == 401
    assert again.json()["code"] == "session_ended"


def test_the_database_keeps_the_new_pair_only_sealed_with_the_previous_token(
    portal: BackgroundPortal,
) -> None:
    first = _login(portal.url)
    second = _refresh(portal.url, first["refresh_token"]).json()
    with portal.app.state.database.sessions() as db:
        row = db.get(UsedRefreshTokenRow, token_hash(first["refresh_token"]))
        assert row is not None
        session = db.scalar(
            select(SessionRow).where(SessionRow.refresh_hash == token_hash(second["refresh_token"]))
        )
        assert session is not None and row.session_id == session.id
        assert row.retired_at is not None
        assert utcnow() - timedelta(minutes=1) < row.retired_at <= utcnow()
        sealed = row.successor_sealed
    assert sealed is not None
    for secret in (second["access_token"], second["refresh_token"]):
        assert secret.encode() not in sealed
    assert unseal(row.token_hash, sealed) is None, "the stored hash does not open it"
    opened = unseal(first["refresh_token"], sealed)
    assert opened is not None
    assert (opened.access_token, opened.refresh_token) == (
        second["access_token"],
        second["refresh_token"],
    )


@pytest.fixture
def portal_without_grace(database_url: str) -> Iterator[BackgroundPortal]:
    app = create_app(database_url, settings=PortalSettings(refresh_grace_seconds=0))
    server = BackgroundPortal(app)
    server.start()
    yield server
    server.stop()
    app.state.database.dispose()


async def test_without_grace_the_previous_token_ends_the_session_at_once(
    portal_without_grace: BackgroundPortal,
) -> None:
    url = portal_without_grace.url
    first = _login(url)
    second = _refresh(url, first["refresh_token"]).json()
    async with PortalClient(url) as client:
        with pytest.raises(errors.UnauthorizedError) as caught:
            await client.auth.resume(first["refresh_token"])
    assert caught.value.code == "session_ended"
    assert _me(url, second["access_token"]).json()["code"] == "session_ended"
