"""The signed-in person's own security (not the account's): password, two-factor sign-in,
connected apps with single sign-on access, and active sessions. Everything goes through the
person's ``PortalClient.security``, reachable from any account session."""

from __future__ import annotations

import builtins
from collections.abc import Callable, Coroutine
from typing import Any, TypeVar

from PySide6.QtCore import QCoreApplication, QObject, Signal

from api_client.account_resources import SecurityAPI
from api_client.models import (
    ActiveSession,
    ConnectedApp,
    RecoveryCodes,
    TwoFactorSetup,
    TwoFactorStatus,
)
from api_client.transport import describe_device as describe_device  # for the views

from .i18n import QT_TRANSLATE_NOOP
from .portal_codes import PortalCodes
from .session import AccountSession

CONTEXT = "security"
MIN_PASSWORD = 10  # the portal's rule (PasswordChange.new_password)

T = TypeVar("T")

_CODES = {
    "totp_already_enabled": QT_TRANSLATE_NOOP("security", "Two-factor sign-in is already on."),
    "totp_not_started": QT_TRANSLATE_NOOP(
        "security", "Start the two-factor set-up again: the portal has no code waiting."
    ),
    "totp_not_enabled": QT_TRANSLATE_NOOP("security", "Two-factor sign-in is already off."),
    "totp_required": QT_TRANSLATE_NOOP(
        "security", "Enter the 6-digit code from your authenticator app."
    ),
    "invalid_totp": QT_TRANSLATE_NOOP(
        "security",
        "That code is not valid. Enter the current code from your authenticator app, or one "
        "of your recovery codes.",
    ),
}
_FIELDS = {
    "wrong_password": QT_TRANSLATE_NOOP("security", "This is not your current password."),
    "string_too_short": QT_TRANSLATE_NOOP("security", "Use at least 10 characters."),
    "invalid_code": QT_TRANSLATE_NOOP(
        "security", "This code is not valid. Check the time on your phone and try the next one."
    ),
}

_PORTAL_CODES = PortalCodes(CONTEXT, _CODES, _FIELDS)


def sign_in_problem(code: str) -> str | None:
    """The words for a two-factor step of signing in (``totp_required``, ``invalid_totp``)."""
    if code in ("totp_required", "invalid_totp"):
        return QCoreApplication.translate(CONTEXT, _CODES[code])
    return None


def password_rules() -> str:
    return QCoreApplication.translate(
        "security",
        "At least 10 characters. A few unrelated words are easier to remember and hard to guess. "
        "Changing it signs you out everywhere else.",
    )


class Security(QObject):
    two_factor_loaded = Signal(object)  # TwoFactorStatus
    setup_started = Signal(object)  # TwoFactorSetup: show the QR code and the secret
    two_factor_enabled = Signal(list)  # the recovery codes, shown once
    two_factor_disabled = Signal()
    two_factor_failed = Signal(str, dict)  # message, {"code": text}
    password_changed = Signal()
    password_failed = Signal(str, dict)  # message, {field: text}
    apps_loaded = Signal(list)  # list[ConnectedApp]
    apps_failed = Signal(str)
    sessions_loaded = Signal(list)  # list[ActiveSession]
    sessions_failed = Signal(str)
    done = Signal(str)  # a change worked, in words

    def __init__(self, session: AccountSession) -> None:
        super().__init__(session)
        self._session = session
        self.status: TwoFactorStatus | None = None
        self.apps: builtins.list[ConnectedApp] = []
        self.sessions: builtins.list[ActiveSession] = []

    @property
    def _api(self) -> SecurityAPI:
        portal = self._session.portal
        assert portal is not None, "an account session always carries the person's client"
        return portal.security

    def _run(
        self,
        name: str,
        coro: Coroutine[Any, Any, T],
        ok: Callable[[T], None],
        bad: Callable[[BaseException], None],
    ) -> None:
        self._session.runner.run(f"security-{name}", coro, ok, bad)

    def load(self) -> None:
        self.load_two_factor()
        self.load_apps()
        self.load_sessions()

    # ---- password -------------------------------------------------------------------------

    def change_password(self, current: str, new: str) -> None:
        self._run(
            "password",
            self._api.change_password(current, new),
            lambda _: self._password_changed(),
            lambda exc: self.password_failed.emit(
                _PORTAL_CODES.explain(exc), _PORTAL_CODES.fields_of(exc)
            ),
        )

    def _password_changed(self) -> None:
        self.password_changed.emit()
        self.done.emit(
            QCoreApplication.translate(
                "security", "Password changed. Your other sessions were signed out."
            )
        )
        self.load_sessions()

    # ---- two-factor -----------------------------------------------------------------------

    def load_two_factor(self) -> None:
        self._run(
            "two-factor",
            self._api.two_factor(),
            self._status_arrived,
            lambda exc: self.two_factor_failed.emit(_PORTAL_CODES.explain(exc), {}),
        )

    def _status_arrived(self, status: TwoFactorStatus) -> None:
        self.status = status
        self.two_factor_loaded.emit(status)

    def start_two_factor(self) -> None:
        self._run("two-factor", self._api.start_two_factor(), self._started, self._code_failed)

    def _started(self, setup: TwoFactorSetup) -> None:
        self.setup_started.emit(setup)

    def confirm_two_factor(self, code: str) -> None:
        self._run(
            "two-factor",
            self._api.confirm_two_factor(code.replace(" ", "")),
            self._confirmed,
            self._code_failed,
        )

    def _confirmed(self, codes: RecoveryCodes) -> None:
        self.two_factor_enabled.emit(codes.recovery_codes)
        self.done.emit(QCoreApplication.translate("security", "Two-factor sign-in is on."))
        self._run("two-factor-status", self._api.two_factor(), self._status_arrived, lambda _: None)

    def disable_two_factor(self, code: str) -> None:
        self._run(
            "two-factor",
            self._api.disable_two_factor(code.strip()),
            lambda _: self._disabled(),
            self._code_failed,
        )

    def _disabled(self) -> None:
        self.two_factor_disabled.emit()
        self.done.emit(QCoreApplication.translate("security", "Two-factor sign-in is off."))
        self.load_two_factor()

    def _code_failed(self, exc: BaseException) -> None:
        self.two_factor_failed.emit(_PORTAL_CODES.explain(exc), _PORTAL_CODES.fields_of(exc))

    # ---- connected apps and sessions -------------------------------------------------------

    def load_apps(self) -> None:
        self._run(
            "apps",
            self._api.apps(),
            self._apps_arrived,
            lambda exc: self.apps_failed.emit(_PORTAL_CODES.explain(exc)),
        )

    def _apps_arrived(self, apps: builtins.list[ConnectedApp]) -> None:
        self.apps = apps
        self.apps_loaded.emit(apps)

    def revoke_app(self, app: ConnectedApp) -> None:
        def revoked(_: None) -> None:
            self.done.emit(
                QCoreApplication.translate("security", "%1 no longer has access.").replace(
                    "%1", app.app_name
                )
            )
            self.load_apps()

        self._run(
            "apps",
            self._api.revoke_app(app.id),
            revoked,
            lambda exc: self.apps_failed.emit(_PORTAL_CODES.explain(exc)),
        )

    def load_sessions(self) -> None:
        self._run(
            "sessions",
            self._api.sessions(),
            self._sessions_arrived,
            lambda exc: self.sessions_failed.emit(_PORTAL_CODES.explain(exc)),
        )

    def _sessions_arrived(self, sessions: builtins.list[ActiveSession]) -> None:
        self.sessions = sessions
        self.sessions_loaded.emit(sessions)

    def end_session(self, ended: ActiveSession) -> None:
        def done(_: None) -> None:
            self.done.emit(QCoreApplication.translate("security", "The session was ended."))
            self.load_sessions()

        self._run(
            "sessions",
            self._api.end_session(ended.id),
            done,
            lambda exc: self.sessions_failed.emit(_PORTAL_CODES.explain(exc)),
        )
