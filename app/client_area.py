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
from api_client.models import AccountAccess, Me

from . import keychain, local_cache, settings
from .connection_state import ConnectionState
from .demo import DemoPortal
from .errors import describe, unreachable
from .local_cache import PERSON_ENTRY, LocalCache
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
    # the portal's list of this person's accounts replaced the one the local cache showed
    accounts_changed = Signal()

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
        # online / reconnecting / offline since: one state for the whole window
        self.link = ConnectionState(messages, self)
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
        if not self._resume_from_cache(url, email):
            self._start(self._resume(url, email))
        return True

    def _resume_from_cache(self, url: str, email: str) -> bool:
        """Show the last-known account from the local cache at once and confirm the sign-in
        behind it; the views' reads wait for that confirmation (changes are not sent)."""
        cache = LocalCache.for_person(self.data_folder, url, email)
        saved = cache.get(PERSON_ENTRY, "me", Me)
        if saved is None:
            cache.close()
            return False
        client = PortalClient(url)
        client.hold_until_signed_in()
        connection = Connection(client, saved.value, cache=cache, confirmed=False)
        self._signed_in(connection, remember=True)
        self.runner.run(
            "sign-in",
            self._confirm(connection, url, email),
            None,
            lambda exc: self._confirm_failed(connection, exc),
        )
        return True

    async def _confirm(self, connection: Connection, url: str, email: str) -> None:
        me = await self._resume_with(connection.client, url, email)
        if connection is not self.connection:
            return
        changed = me.accounts != connection.me.accounts
        connection.me = me
        self._keep_me(connection)
        connection.confirmed.set()
        if changed:
            self.accounts_changed.emit()
            current = self.account
            if current is not None and connection.access(current.account_id) != current.access:
                # the account went away or its permissions changed: open it (or another) again
                self.switch_account(self._first_account(connection))

    async def _probe(self, connection: Connection) -> None:
        """Try the portal again: a health check, or the sign-in itself if the portal has not
        confirmed it yet (a restart shown from the cache while the portal was down)."""
        if connection.confirmed.is_set():
            await connection.client.health()
            return
        try:
            await self._confirm(
                connection, connection.portal_url, self.settings.get(settings.EMAIL)
            )
        except Exception as exc:
            if not unreachable(exc):
                self._confirm_failed(connection, exc)
            raise

    def _confirm_failed(self, connection: Connection, exc: BaseException) -> None:
        if connection is not self.connection:
            return
        if isinstance(exc, errors.UnauthorizedError | keychain.KeychainUnavailableError):
            # nothing to resume with any more: back to the welcome screen, as without a cache
            self.switch_account(None)
            self.connection = None
            self.link.unwatch()
            self._close_cache(connection)
            self.runner.run(f"set-aside-{id(connection)}", connection.client.aclose())
            self._failed(exc)
            return
        # the portal cannot be reached: the saved answers stay on screen, marked with their age
        log.info("the sign-in is not confirmed yet: %s", type(exc).__name__)
        self.messages.warning(describe(exc))

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
        client = PortalClient(url)
        try:
            me = await self._resume_with(client, url, email)
        except BaseException:
            await client.aclose()
            raise
        self._signed_in(Connection(client, me), remember=True)

    async def _resume_with(self, client: PortalClient, url: str, email: str) -> Me:
        token = await keychain.load_refresh_token(url, email)
        if not token:
            raise errors.UnauthorizedError(401, "Nothing remembered", "session_ended")
        try:
            tokens = await client.auth.resume(token)
            # the old token is retired now: keep the new one before anything else can fail
            await self._remember_tokens(url, email, tokens)
            return await client.me()
        except errors.UnauthorizedError as exc:
            if session_ended(exc):
                await keychain.forget_refresh_token(url, email)
            raise

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
        if connection.cache is None:
            where = "demo" if connection.demo else connection.portal_url
            connection.cache = LocalCache.for_person(
                self.data_folder, where, connection.me.person.email
            )
        if connection.confirmed.is_set():
            self._keep_me(connection)
        self.link.watch(connection.client, lambda: self._probe(connection))
        self._remember = remember and not connection.demo
        if self._remember:
            email = self.settings.get(settings.EMAIL)
            url = connection.portal_url
            # The refresh token rotates on use: keep the keychain's copy current.
            connection.client.on_tokens_changed(lambda tokens: self._keep_token(url, email, tokens))
        self._set_stage(Stage.SIGNED_IN)
        self.switch_account(self._first_account(connection))

    def _first_account(self, connection: Connection) -> int | None:
        last = connection.access(self.settings.get(settings.LAST_ACCOUNT))
        first = last or (connection.accounts[0] if connection.accounts else None)
        return first.id if first else None

    @staticmethod
    def _keep_me(connection: Connection) -> None:
        """Who this person is and which accounts they reach: what a restart shows first."""
        if connection.cache is not None:
            connection.cache.put(PERSON_ENTRY, "me", connection.me, Me)

    def _close_cache(self, connection: Connection, forget: bool = False) -> None:
        if connection.cache is not None:
            connection.cache.close()
            if forget:
                for path in local_cache.cache_files(connection.cache.path):
                    path.unlink(missing_ok=True)
            connection.cache = None

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
            cache=connection.cache,
        )
        # the first screen asked in one request, before the views bind and load their parts
        self.account.open()
        self.account_changed.emit(self.account)
        self.account.refresh()

    # ---- signing out ----------------------------------------------------------------------

    def sign_out(self, forget_computer: bool = False) -> None:
        """End the session on the portal; with ``forget_computer``, also delete what this
        computer saved of this person's accounts (the local cache)."""
        self.runner.run("sign-out", self._sign_out(forget_computer))

    def sign_out_and_forget(self) -> None:
        self.sign_out(forget_computer=True)

    async def _sign_out(self, forget_computer: bool = False) -> None:
        connection = self.connection
        self.switch_account(None)
        self.connection = None
        self.link.unwatch()
        self._set_stage(Stage.WELCOME)
        if connection is None:
            return
        self._close_cache(connection, forget=forget_computer)
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
        self.link.unwatch()
        self._remember = False
        if connection is not None:
            self._close_cache(connection)
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
            self._close_cache(self.connection)
            await self.connection.client.aclose()
            self.connection = None
        await asyncio.to_thread(self.demo.stop)

    def _set_stage(self, stage: Stage) -> None:
        if stage != self.stage:
            self.stage = stage
            self.stage_changed.emit(stage)
