"""A remembered sign-in and the network: the keychain keeps the refresh token through timeouts and
lost answers, and forgets it only when the portal says the session has ended."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from sqlalchemy import select

from api_client import PortalClient
from app import keychain, settings
from app.client_area import Stage
from portal.auth import token_hash
from portal.demo import DEMO_EMAIL, DEMO_PASSWORD
from portal.server import BackgroundPortal
from portal.tables import SessionRow, utcnow
from tests.conftest import MemoryKeyring

from .conftest import Desktop
from .faults import TIMED_OUT, Faults, route_through


@pytest.fixture
def faults(monkeypatch: pytest.MonkeyPatch) -> Faults:
    made = Faults()
    route_through(monkeypatch, made)
    return made


@pytest.fixture
def remembered(
    desktop: Desktop, portal: BackgroundPortal, memory_keyring: MemoryKeyring
) -> Callable[[], str | None]:
    """Laura asked to be remembered on this computer: her refresh token is in the keychain.
    Returns a reader of what the keychain holds."""

    async def sign_in() -> str:
        async with PortalClient(portal.url) as client:
            tokens = await client.auth.login(DEMO_EMAIL, DEMO_PASSWORD)
        await keychain.store_refresh_token(portal.url, DEMO_EMAIL, tokens.refresh_token)
        return tokens.refresh_token

    desktop.loop.run_until_complete(sign_in())
    desktop.area.settings.set(settings.REMEMBER_ME, True)
    desktop.area.settings.set(settings.PORTAL_URL, portal.url)
    desktop.area.settings.set(settings.EMAIL, DEMO_EMAIL)
    # a slow machine cannot outrun the grace window between the two attempts of a test
    state = portal.app.state
    state.settings = state.settings.model_copy(update={"refresh_grace_seconds": 600})
    return lambda: memory_keyring.secrets.get(("Clientdesk", f"{portal.url}|{DEMO_EMAIL}"))


def current_session(portal: BackgroundPortal, refresh_token: str | None) -> SessionRow | None:
    """The portal's session whose current refresh token this is (None: no such session)."""
    assert refresh_token is not None
    with portal.app.state.database.sessions() as db:
        return db.scalar(
            select(SessionRow).where(SessionRow.refresh_hash == token_hash(refresh_token))
        )


def signed_in(desktop: Desktop) -> bool:
    return desktop.window.account_tab.edits["email"].text() == DEMO_EMAIL


def test_lost_refresh_answers_keep_the_keychain_entry_and_the_next_try_signs_in(
    desktop: Desktop,
    portal: BackgroundPortal,
    faults: Faults,
    remembered: Callable[[], str | None],
) -> None:
    stored = remembered()
    faults.lose = {"/auth/refresh"}  # the portal rotates the token; the app never hears it

    assert desktop.area.resume_remembered()
    desktop.wait_until(lambda: desktop.area.stage is Stage.WELCOME)

    assert desktop.window.welcome.notice.label.text() == TIMED_OUT
    assert faults.paths().count("/auth/refresh") == 2, "the refresh was sent once more"
    assert remembered() == stored, "a network error does not forget the sign-in"

    faults.lose = set()  # the network is back: the same token is sent again
    assert desktop.area.resume_remembered()
    desktop.wait_until(lambda: signed_in(desktop))

    kept = remembered()
    assert kept is not None and kept != stored, "the keychain holds the rotated token"
    desktop.wait_until(lambda: current_session(portal, remembered()) is not None)
    session = current_session(portal, remembered())
    assert session is not None and session.ended_at is None, "the session went on"


def test_a_network_error_after_resuming_keeps_the_rotated_token(
    desktop: Desktop,
    portal: BackgroundPortal,
    faults: Faults,
    remembered: Callable[[], str | None],
) -> None:
    stored = remembered()
    faults.lose = {"/me"}  # the token rotates, then who-am-I never answers

    assert desktop.area.resume_remembered()
    desktop.wait_until(lambda: desktop.area.stage is Stage.WELCOME)

    assert desktop.window.welcome.notice.label.text() == TIMED_OUT
    rotated = remembered()
    assert rotated is not None and rotated != stored, "the new token was kept at once"
    assert current_session(portal, rotated) is not None, "and it is the session's current one"

    faults.lose = set()
    assert desktop.area.resume_remembered()
    desktop.wait_until(lambda: signed_in(desktop))
    assert faults.paths().count("/auth/refresh") == 2, "one refresh per try: nothing was retried"


def test_the_keychain_forgets_the_sign_in_when_the_portal_ended_the_session(
    desktop: Desktop,
    portal: BackgroundPortal,
    faults: Faults,
    remembered: Callable[[], str | None],
) -> None:
    stored = remembered()
    assert stored is not None
    with portal.app.state.database.sessions() as db:  # ended from another computer, say
        session = db.scalar(select(SessionRow).where(SessionRow.refresh_hash == token_hash(stored)))
        assert session is not None
        session.ended_at = utcnow()
        db.commit()

    assert desktop.area.resume_remembered()
    desktop.wait_until(lambda: desktop.area.stage is Stage.WELCOME and remembered() is None)

    assert desktop.window.welcome.notice.label.text() == "Your session has ended. Sign in again."
    assert faults.paths().count("/auth/refresh") == 1, "a refusal is not sent again"
