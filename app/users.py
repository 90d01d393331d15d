"""Users and permissions: the people who reach the account, pending invitations, and the owner's
changes (invite, change permissions, remove). Only the owner may see or change them: anyone else
gets ``owner_only`` from the portal, which the view explains."""

from __future__ import annotations

import builtins
from collections.abc import Callable, Coroutine, Sequence
from typing import Any, TypeVar

from PySide6.QtCore import QCoreApplication, QObject, Signal

from api_client.models import AccountUser, Invitation, InviteOutcome, Permission

from . import formatting
from .i18n import QT_TRANSLATE_NOOP, arg
from .idempotency import PendingKeys, fingerprint
from .portal_codes import PortalCodes, code_of
from .session import AccountSession

# the people with access and the invitations pending, kept together in the local cache
_SAVED = tuple[list[AccountUser], list[Invitation]]
CONTEXT = "users"

T = TypeVar("T")

PERMISSION_NAMES = formatting.PERMISSION_NAMES

_CODES = {
    "owner_only": QT_TRANSLATE_NOOP(
        "users", "Only the account owner manages users. Ask the owner to change who has access."
    ),
    "owner_immutable": QT_TRANSLATE_NOOP(
        "users", "The account owner holds every permission and cannot be restricted or removed."
    ),
    "already_member": QT_TRANSLATE_NOOP("users", "This person already has access to the account."),
    "already_invited": QT_TRANSLATE_NOOP(
        "users", "An invitation to this address is already waiting to be accepted."
    ),
}
_FIELDS = {
    "value_error": QT_TRANSLATE_NOOP("users", "This is not a valid e-mail address."),
    "too_short": QT_TRANSLATE_NOOP("users", "Choose at least one permission."),
}

_PORTAL_CODES = PortalCodes(CONTEXT, _CODES, _FIELDS)


def permission_name(permission: Permission) -> str:
    return formatting.permission(permission)


class Users(QObject):
    """What the Users tab shows and the owner's changes."""

    loaded = Signal()  # users and invitations are current
    failed = Signal(str, bool)  # message, True when only the owner may manage users
    done = Signal(str)  # a change worked: what happened, in words
    change_failed = Signal(str, dict)  # message, {field: text}

    def __init__(self, session: AccountSession) -> None:
        super().__init__(session)
        self._session = session
        self.users: builtins.list[AccountUser] = []
        self.invitations: builtins.list[Invitation] = []
        self.owner_only = False
        self._inviting = PendingKeys()

    def load(self) -> None:
        self._session.load_cached("users", self._load(), _SAVED, self._arrived, self._failed)

    async def _load(self) -> tuple[builtins.list[AccountUser], builtins.list[Invitation]]:
        client = self._session.client.users
        return await client.list(), await client.invitations()

    def _arrived(self, found: tuple[builtins.list[AccountUser], builtins.list[Invitation]]) -> None:
        self.users, self.invitations = list(found[0]), list(found[1])
        self.owner_only = False
        self.loaded.emit()

    def _failed(self, exc: BaseException) -> None:
        self.owner_only = code_of(exc) == "owner_only"
        if self.owner_only:
            self.users, self.invitations = [], []
        self.failed.emit(_PORTAL_CODES.explain(exc), self.owner_only)

    def invite(self, email: str, permissions: Sequence[Permission]) -> None:
        # one key per invitation meant: a Retry after a lost answer does not invite twice
        what = fingerprint("invite", email.strip().lower(), sorted(p.value for p in permissions))
        key = self._inviting.key(what)

        def invited(outcome: InviteOutcome) -> None:
            self._inviting.done(what)
            self._invited(outcome)

        self._change(
            "invite",
            self._session.client.users.invite(email, permissions, idempotency_key=key),
            invited,
            lambda exc: self._inviting.failed(what, exc),
        )

    def _invited(self, outcome: InviteOutcome) -> None:
        if outcome.outcome == "added" and outcome.user is not None:
            text = arg(
                QCoreApplication.translate(
                    "users", "%1 already had an account here and now has access."
                ),
                outcome.user.name or outcome.user.email,
            )
        else:
            email = outcome.invitation.email if outcome.invitation else ""
            text = arg(
                QCoreApplication.translate(
                    "users", "Invitation sent to %1. They get access when they accept it."
                ),
                email,
            )
        self._reload_then(text)

    def set_permissions(self, person_id: int, permissions: Sequence[Permission]) -> None:
        self._change(
            "permissions",
            self._session.client.users.set_permissions(person_id, permissions),
            lambda user: self._reload_then(
                arg(QCoreApplication.translate("users", "Permissions of %1 saved."), user.name)
            ),
        )

    def remove(self, user: AccountUser) -> None:
        self._change(
            "remove",
            self._session.client.users.remove(user.person_id),
            lambda _: self._reload_then(
                arg(QCoreApplication.translate("users", "%1 no longer has access."), user.name)
            ),
        )

    def cancel_invitation(self, invitation: Invitation) -> None:
        self._change(
            "cancel-invitation",
            self._session.client.users.cancel_invitation(invitation.id),
            lambda _: self._reload_then(
                arg(
                    QCoreApplication.translate("users", "Invitation to %1 withdrawn."),
                    invitation.email,
                )
            ),
        )

    def _change(
        self,
        name: str,
        coro: Coroutine[Any, Any, T],
        on_success: Callable[[T], None],
        on_failure: Callable[[BaseException], None] | None = None,
    ) -> None:
        def failed(exc: BaseException) -> None:
            if on_failure is not None:
                on_failure(exc)
            self.change_failed.emit(_PORTAL_CODES.explain(exc), _PORTAL_CODES.fields_of(exc))

        self._session.runner.run(f"users-{name}", coro, on_success, failed)

    def _reload_then(self, text: str) -> None:
        def loaded(found: tuple[builtins.list[AccountUser], builtins.list[Invitation]]) -> None:
            self._session.keep("users", found, _SAVED)
            self._arrived(found)
            self.done.emit(text)

        self._session.runner.run("users", self._load(), loaded, self._failed)
