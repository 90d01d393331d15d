"""Client namespaces of the account side: users, contacts, auto-debit, e-mails, alerts, audit,
and the signed-in person's security (``PortalClient.security``)."""

from __future__ import annotations

import builtins
from collections.abc import AsyncIterator, Sequence

from .models import (
    AccountEvents,
    AccountUser,
    ActiveSession,
    AlertPreferences,
    AlertPreferencesUpdate,
    AuditEntry,
    AutoCharge,
    AutoChargeUpdate,
    CardCreate,
    ConnectedApp,
    Contact,
    ContactCreate,
    ContactUpdate,
    EmailMessage,
    EmailSummary,
    Invitation,
    InvitationAccept,
    InviteOutcome,
    Page,
    PasswordChange,
    PaymentMethod,
    Permission,
    RecoveryCodes,
    SentAlert,
    TwoFactorCode,
    TwoFactorSetup,
    TwoFactorStatus,
    UserInvite,
    UserPermissionsUpdate,
)
from .transport import Transport


class UsersAPI:
    """People with access to the account (only its owner may manage them)."""

    def __init__(self, transport: Transport, account_id: int) -> None:
        self._t = transport
        self._base = f"/accounts/{account_id}/users"

    async def list(self) -> list[AccountUser]:
        return await self._t.request("GET", self._base, model=list[AccountUser])

    async def invite(
        self,
        email: str,
        permissions: Sequence[Permission],
        *,
        idempotency_key: str | None = None,
    ) -> InviteOutcome:
        # validated by the portal, so a mistyped address comes back as a field error (422)
        body = UserInvite.model_construct(email=email, permissions=[*permissions])
        return await self._t.request(
            "POST",
            self._base,
            json=body,
            model=InviteOutcome,
            costs_money=True,
            idempotency_key=idempotency_key,
        )

    async def invitations(self) -> builtins.list[Invitation]:
        return await self._t.request(
            "GET", f"{self._base}/invitations", model=builtins.list[Invitation]
        )

    async def cancel_invitation(self, invitation_id: int) -> None:
        await self._t.request("DELETE", f"{self._base}/invitations/{invitation_id}")

    async def set_permissions(
        self, person_id: int, permissions: Sequence[Permission]
    ) -> AccountUser:
        body = UserPermissionsUpdate.model_construct(permissions=[*permissions])
        return await self._t.request(
            "PUT", f"{self._base}/{person_id}", json=body, model=AccountUser
        )

    async def remove(self, person_id: int) -> None:
        await self._t.request("DELETE", f"{self._base}/{person_id}")


class ContactsAPI:
    def __init__(self, transport: Transport, account_id: int) -> None:
        self._t = transport
        self._base = f"/accounts/{account_id}/contacts"

    async def list(self) -> list[Contact]:
        return await self._t.request("GET", self._base, model=list[Contact])

    async def get(self, contact_id: int) -> Contact:
        return await self._t.request("GET", f"{self._base}/{contact_id}", model=Contact)

    async def add(self, contact: ContactCreate, *, idempotency_key: str | None = None) -> Contact:
        return await self._t.request(
            "POST",
            self._base,
            json=contact,
            model=Contact,
            costs_money=True,
            idempotency_key=idempotency_key,
        )

    async def update(self, contact_id: int, change: ContactUpdate) -> Contact:
        return await self._t.request(
            "PATCH", f"{self._base}/{contact_id}", json=change, model=Contact
        )

    async def remove(self, contact_id: int) -> None:
        await self._t.request("DELETE", f"{self._base}/{contact_id}")


class PaymentMethodsAPI:
    """The auto-debit cards. The card number goes to the portal once and is never kept."""

    def __init__(self, transport: Transport, account_id: int) -> None:
        self._t = transport
        self._base = f"/accounts/{account_id}/payment-methods"
        self._auto = f"/accounts/{account_id}/auto-charge"

    async def list(self) -> list[PaymentMethod]:
        return await self._t.request("GET", self._base, model=list[PaymentMethod])

    async def add(self, card: CardCreate, *, idempotency_key: str | None = None) -> PaymentMethod:
        return await self._t.request(
            "POST",
            self._base,
            json=card,
            model=PaymentMethod,
            idempotency_key=idempotency_key,
            costs_money=True,
        )

    async def make_default(self, method_id: int) -> PaymentMethod:
        return await self._t.request(
            "POST", f"{self._base}/{method_id}/default", model=PaymentMethod
        )

    async def remove(self, method_id: int) -> None:
        await self._t.request("DELETE", f"{self._base}/{method_id}")

    async def auto_charge(self) -> AutoCharge:
        return await self._t.request("GET", self._auto, model=AutoCharge)

    async def set_auto_charge(self, enabled: bool) -> AutoCharge:
        return await self._t.request(
            "PUT", self._auto, json=AutoChargeUpdate(enabled=enabled), model=AutoCharge
        )


class EmailsAPI:
    """The e-mails received: every notification sent for the account."""

    def __init__(self, transport: Transport, account_id: int) -> None:
        self._t = transport
        self._base = f"/accounts/{account_id}/emails"

    async def list(self, *, limit: int = 50, cursor: str | None = None) -> Page[EmailSummary]:
        return await self._t.request(
            "GET",
            self._base,
            params={"limit": limit, "cursor": cursor},
            model=Page[EmailSummary],
        )

    async def iterate(self, *, page_size: int = 100) -> AsyncIterator[EmailSummary]:
        cursor: str | None = None
        while True:
            page = await self.list(limit=page_size, cursor=cursor)
            for item in page.items:
                yield item
            if page.next_cursor is None:
                return
            cursor = page.next_cursor

    async def get(self, email_id: int) -> EmailMessage:
        return await self._t.request("GET", f"{self._base}/{email_id}", model=EmailMessage)


class AlertsAPI:
    def __init__(self, transport: Transport, account_id: int) -> None:
        self._t = transport
        self._base = f"/accounts/{account_id}"

    async def preferences(self) -> AlertPreferences:
        return await self._t.request("GET", f"{self._base}/alerts", model=AlertPreferences)

    async def update(self, change: AlertPreferencesUpdate) -> AlertPreferences:
        return await self._t.request(
            "PUT", f"{self._base}/alerts", json=change, model=AlertPreferences
        )

    async def history(self, *, limit: int = 50, cursor: str | None = None) -> Page[SentAlert]:
        """The alerts raised for the account, newest first, with each delivery's status."""
        return await self._t.request(
            "GET",
            f"{self._base}/alerts/history",
            params={"limit": limit, "cursor": cursor},
            model=Page[SentAlert],
        )

    async def events(self, *, after: int = 0, wait: float = 0) -> AccountEvents:
        """New events after ``after``; with ``wait`` (up to 30 s) the portal holds the answer
        until one arrives (long poll). Use a client timeout longer than ``wait``."""
        return await self._t.request(
            "GET",
            f"{self._base}/events",
            params={"after": after, "wait": wait},
            model=AccountEvents,
        )


class AuditAPI:
    def __init__(self, transport: Transport, account_id: int) -> None:
        self._t = transport
        self._base = f"/accounts/{account_id}/audit"

    async def list(self, *, limit: int = 50, cursor: str | None = None) -> Page[AuditEntry]:
        return await self._t.request(
            "GET", self._base, params={"limit": limit, "cursor": cursor}, model=Page[AuditEntry]
        )


class SecurityAPI:
    """The signed-in person's own security: password, two-factor, connected apps, sessions."""

    def __init__(self, transport: Transport) -> None:
        self._t = transport

    async def change_password(self, current_password: str, new_password: str) -> None:
        # validated by the portal (422 per field), so no password ends up in a local error text
        body = PasswordChange.model_construct(
            current_password=current_password, new_password=new_password
        )
        await self._t.request("POST", "/me/password", json=body)

    async def two_factor(self) -> TwoFactorStatus:
        return await self._t.request("GET", "/me/two-factor", model=TwoFactorStatus)

    async def start_two_factor(self) -> TwoFactorSetup:
        return await self._t.request("POST", "/me/two-factor", model=TwoFactorSetup)

    async def confirm_two_factor(self, code: str) -> RecoveryCodes:
        return await self._t.request(
            "POST",
            "/me/two-factor/confirm",
            json=TwoFactorCode.model_construct(code=code),
            model=RecoveryCodes,
        )

    async def disable_two_factor(self, code: str) -> None:
        """``code``: one from the authenticator, or one of the recovery codes."""
        await self._t.request(
            "POST", "/me/two-factor/disable", json=TwoFactorCode.model_construct(code=code)
        )

    async def apps(self) -> list[ConnectedApp]:
        return await self._t.request("GET", "/me/apps", model=list[ConnectedApp])

    async def revoke_app(self, app_id: int) -> None:
        await self._t.request("DELETE", f"/me/apps/{app_id}")

    async def sessions(self) -> list[ActiveSession]:
        return await self._t.request("GET", "/me/sessions", model=list[ActiveSession])

    async def end_session(self, session_id: int) -> None:
        await self._t.request("DELETE", f"/me/sessions/{session_id}")

    async def accept_invitation(self, token: str, name: str, password: str) -> None:
        """Sign up with an invitation's code (not signed in); then ``auth.login`` as usual."""
        body = InvitationAccept.model_construct(token=token, name=name, password=password)
        await self._t.request("POST", "/invitations/accept", json=body, auth=False)
