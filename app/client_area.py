"""``ClientArea``: the application's state, from the welcome screen to a signed-in account.

It signs in (with a password, a remembered refresh token, or to the embedded demo), keeps the
``Connection`` and the current ``AccountSession``, switches account, signs out, and remembers
the sign-in in the keychain when asked to.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable, Coroutine
from enum import Enum
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Signal

from api_client import PortalClient, Tokens, errors, normalize_base_url
from api_client.models import AccountAccess

from . import keychain, settings
from .demo import DemoPortal
from .errors import describe
from .messages import MessageBridge
from .security import sign_in_problem
from .session import AccountSession, Connection
from .settings import Settings
from .tasks import TaskRunner

log = logging.getLogger("clientdesk.client_area")


def session_ended(exc: BaseException) -> bool:
    """Whether the portal said the session is over (then a remembered token is worth nothing);
    anything else (a timeout, a refused connection, a 401 of another kind) keeps it."""
    return isinstance(exc, errors.UnauthorizedError) and exc.code == "session_ended"


class Stage(Enum):
    WELCOME = "welcome"
    SIGNING_IN = "signing-in"
    SIGNED_IN = "signed-in"


class ClientArea(QObject):
    stage_changed = Signal(object)  # Stage
    sign_in_failed = Signal(str)  # translated message
    # two-factor sign-in: ask for the code (message, True when the code sent was wrong)
    second_factor_needed = Signal(str, bool)
    account_changed = Signal(object)  # AccountSession | None

    def __init__(
        self,
        settings_: Settings,
        messages: MessageBridge,
        demo: DemoPortal,
        parent: QObject | None = None,
        *,
        data_folder: Path | None = None,
    ) -> None:
        super().__init__(parent)
        self.settings = settings_
        self.messages = messages
        self.demo = demo
        # the user's data folder (drafts, ...): by default the one that holds the demo database
        self.data_folder = data_folder if data_folder is not None else demo.database.parent
        self.runner = TaskRunner(messages, self)
        self.stage = Stage.WELCOME
        self.connection: Connection | None = None
        self.account: AccountSession | None = None
        self._remember = False
        # the sign-in that asked for a two-factor code, to repeat with the code the person types
        self._with_code: Callable[[str], Coroutine[Any, Any, None]] | None = None

    # ---- signing in -----------------------------------------------------------------------

    def sign_in(
        self, portal_url: str, email: str, password: str, remember: bool, totp_code: str = ""
    ) -> None:
        def with_code(code: str) -> Coroutine[Any, Any, None]:
            return self._sign_in(portal_url, email, password, remember, code)

        self._start(with_code(totp_code), with_code)

    def open_demo(self) -> None:
        self._start(self._open_demo(), self._open_demo)

    def submit_code(self, code: str) -> None:
        """The two-factor code for the sign-in that asked for it (a portal's or the demo's)."""
        with_code = self._with_code
        if with_code is not None:
            self._start(with_code(code), with_code)

    def cancel_code(self) -> None:
        """The person went back from the code step: that sign-in (and its password) is dropped."""
        self._with_code = None

    def resume_remembered(self) -> bool:
        """Sign in with the refresh token kept in the keychain, if the user asked to be remembered."""
        if not self.settings.get(settings.REMEMBER_ME):
            return False
        url = self.settings.get(settings.PORTAL_URL)
        email = self.settings.get(settings.EMAIL)
        if not url or not email:
            return False
        self._start(self._resume(url, email))
        return True

    def _start(
        self, coro: object, with_code: Callable[[str], Coroutine[Any, Any, None]] | None = None
    ) -> None:
        self._with_code = with_code
        self._set_stage(Stage.SIGNING_IN)
        self.runner.run("sign-in", coro, None, self._failed)  # type: ignore[arg-type]

    def _failed(self, exc: BaseException) -> None:
        log.info("sign-in failed", exc_info=exc)
        self._set_stage(Stage.WELCOME)
        code = exc.code if isinstance(exc, errors.UnauthorizedError) else ""
        second_factor = sign_in_problem(code)
        if second_factor is not None:
            self.second_factor_needed.emit(second_factor, code == "invalid_totp")
            return
        self.sign_in_failed.emit(describe(exc))

    async def _sign_in(
        self, portal_url: str, email: str, password: str, remember: bool, totp_code: str = ""
    ) -> None:
        url = normalize_base_url(portal_url)
        client = PortalClient(url)
        try:
            tokens = await client.auth.login(email.strip(), password, totp_code.strip() or None)
            me = await client.me()
        except BaseException:
            await client.aclose()
            raise
        self.settings.set(settings.PORTAL_URL, url)
        self.settings.set(settings.EMAIL, email.strip())
        self.settings.set(settings.REMEMBER_ME, remember)
        await self._remember_tokens(url, email, tokens if remember else None)
        self._signed_in(Connection(client, me), remember)

    async def _resume(self, url: str, email: str) -> None:
        """Sign in with the keychain's refresh token. The keychain forgets it only when the
        portal says the session has ended; a network error (even one that lost the rotated
        token's answer) leaves it for the next try."""
        token = await keychain.load_refresh_token(url, email)
        if not token:
            raise errors.UnauthorizedError(401, "Nothing remembered", "session_ended")
        client = PortalClient(url)
        try:
            tokens = await client.auth.resume(token)
            # the old token is retired now: keep the new one before anything else can fail
            await self._remember_tokens(url, email, tokens)
            me = await client.me()
        except errors.UnauthorizedError as exc:
            await client.aclose()
            if session_ended(exc):
                await keychain.forget_refresh_token(url, email)
            raise
        except BaseException:
            await client.aclose()
            raise
        self._signed_in(Connection(client, me), remember=True)

    async def _open_demo(self, totp_code: str = "") -> None:
        demo = await self.demo.start()
        client = PortalClient(demo.url)
        try:
            # the demo person may have turned two-factor on: the code step then asks for it
            await client.auth.login(demo.email, demo.password, totp_code.strip() or None)
            me = await client.me()
        except BaseException:
            await client.aclose()
            raise
        self._signed_in(Connection(client, me, demo=True), remember=False)

    async def _remember_tokens(self, url: str, email: str, tokens: Tokens | None) -> None:
        if tokens is None:
            await keychain.forget_refresh_token(url, email)
            return
        try:
            await keychain.store_refresh_token(url, email, tokens.refresh_token)
        except keychain.KeychainUnavailableError as exc:
            self.messages.warning(describe(exc))

    def _signed_in(self, connection: Connection, remember: bool) -> None:
        self._with_code = None
        self.connection = connection
        self._remember = remember and not connection.demo
        if self._remember:
            email = self.settings.get(settings.EMAIL)
            url = connection.portal_url
            # The refresh token rotates on use: keep the keychain's copy current.
            connection.client.on_tokens_changed(lambda tokens: self._keep_token(url, email, tokens))
        last = self.settings.get(settings.LAST_ACCOUNT)
        first = connection.access(last) or (connection.accounts[0] if connection.accounts else None)
        self._set_stage(Stage.SIGNED_IN)
        self.switch_account(first.id if first else None)

    def _keep_token(self, url: str, email: str, tokens: Tokens | None) -> None:
        if tokens is not None:
            self.runner.run(
                f"keychain-{url}", keychain.store_refresh_token(url, email, tokens.refresh_token)
            )

    # ---- accounts -------------------------------------------------------------------------

    def switch_account(self, account_id: int | None) -> None:
        """Open another account of the same sign-in; the previous one's data is dropped."""
        connection = self.connection
        previous = self.account
        self.account = None
        if previous is not None:
            previous.runner.cancel_all()
            previous.deleteLater()
        if connection is None or account_id is None:
            self.account_changed.emit(None)
            return
        access = connection.access(account_id)
        if access is None:
            self.account_changed.emit(None)
            return
        self.settings.set(settings.LAST_ACCOUNT, account_id)
        self.account = AccountSession(
            connection.client.for_account(account_id),
            access,
            self.messages,
            self,
            portal=connection.client,
            data_folder=self.data_folder,
        )
        self.account_changed.emit(self.account)
        self.account.refresh()

    # ---- signing out ----------------------------------------------------------------------

    def sign_out(self) -> None:
        self.runner.run("sign-out", self._sign_out())

    async def _sign_out(self) -> None:
        connection = self.connection
        self.switch_account(None)
        self.connection = None
        self._set_stage(Stage.WELCOME)
        if connection is None:
            return
        if self._remember:
            await keychain.forget_refresh_token(
                connection.portal_url, self.settings.get(settings.EMAIL)
            )
            self.settings.set(settings.REMEMBER_ME, False)
        try:
            await connection.client.auth.logout()
        except errors.PortalError as exc:  # the local sign-out happened anyway
            log.info("sign-out on the portal failed: %s", type(exc).__name__)
        finally:
            await connection.client.aclose()

    def open_as_staff(self, access: AccountAccess) -> None:
        """Staff: open any client's account (the portal gives staff every permission on it)."""
        connection = self.connection
        if connection is None or not connection.me.person.is_staff:
            return
        if connection.access(access.id) is None:
            connection.me.accounts.append(access)
        self.switch_account(access.id)

    def switch_sign_in(self, portal_url: str, email: str) -> None:
        """Leave this sign-in on this computer only (the portal session and the remembered token
        stay) and resume another remembered one with its refresh token; with no e-mail, go back
        to the welcome screen to add another sign-in."""
        connection = self.connection
        self.switch_account(None)
        self.connection = None
        self._remember = False
        if connection is not None:
            self.runner.run(f"set-aside-{id(connection)}", connection.client.aclose())
        if not email:
            self._set_stage(Stage.WELCOME)
            return
        self.settings.set(settings.PORTAL_URL, portal_url)
        self.settings.set(settings.EMAIL, email)
        self.settings.set(settings.REMEMBER_ME, True)
        self._start(self._resume(portal_url, email))

    async def shutdown(self) -> None:
        """Stop everything before the loop closes (the connection stays valid on the portal)."""
        # every task of every view-model (this account's, the all-accounts view's, the staff
        # desk's...) ends before the connection closes, so none is left mid-request
        await TaskRunner.drain_all(finish=("sign-out",))
        await TaskRunner.drain_all()  # what the first round's endings started
        if self.connection is not None:
            await self.connection.client.aclose()
            self.connection = None
        await asyncio.to_thread(self.demo.stop)

    def _set_stage(self, stage: Stage) -> None:
        if stage != self.stage:
            self.stage = stage
            self.stage_changed.emit(stage)
