"""The account's audit log: every change made through the portal, newest first, page by page."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QObject

from api_client.models import AuditEntry, Page

from .i18n import QT_TRANSLATE_NOOP
from .paging import PagedList
from .session import AccountSession

CONTEXT = "audit"
PAGE_SIZE = 50

# The portal's action names as a person reads them; an unknown one is shown as it comes.
ACTION_NAMES = {
    "account_updated": QT_TRANSLATE_NOOP("audit", "Account details changed"),
    "alerts_updated": QT_TRANSLATE_NOOP("audit", "Alert settings changed"),
    "app_revoked": QT_TRANSLATE_NOOP("audit", "Connected app revoked"),
    "auto_charge": QT_TRANSLATE_NOOP("audit", "Automatic debit changed"),
    "card_added": QT_TRANSLATE_NOOP("audit", "Card added"),
    "card_default": QT_TRANSLATE_NOOP("audit", "Default card changed"),
    "card_removed": QT_TRANSLATE_NOOP("audit", "Card removed"),
    "chat_closed": QT_TRANSLATE_NOOP("audit", "Chat closed"),
    "chat_opened": QT_TRANSLATE_NOOP("audit", "Chat started"),
    "chat_taken": QT_TRANSLATE_NOOP("audit", "Chat taken by an agent"),
    "domain_auto_renew_changed": QT_TRANSLATE_NOOP("audit", "Domain auto-renewal changed"),
    "domain_renewal_invoiced": QT_TRANSLATE_NOOP("audit", "Domain renewal invoiced"),
    "incident_posted": QT_TRANSLATE_NOOP("audit", "Incident posted"),
    "incident_updated": QT_TRANSLATE_NOOP("audit", "Incident updated"),
    "order_placed": QT_TRANSLATE_NOOP("audit", "Order placed"),
    "service_cancellation_requested": QT_TRANSLATE_NOOP("audit", "Service cancellation requested"),
    "service_owner_change_requested": QT_TRANSLATE_NOOP("audit", "Change of owner requested"),
    "service_plan_changed": QT_TRANSLATE_NOOP("audit", "Service plan changed"),
    "ticket_status_changed": QT_TRANSLATE_NOOP("audit", "Ticket status changed"),
    "contact_added": QT_TRANSLATE_NOOP("audit", "Contact added"),
    "contact_removed": QT_TRANSLATE_NOOP("audit", "Contact removed"),
    "contact_updated": QT_TRANSLATE_NOOP("audit", "Contact changed"),
    "domain_deleted": QT_TRANSLATE_NOOP("audit", "Domain deleted"),
    "domain_nameservers_changed": QT_TRANSLATE_NOOP("audit", "Nameservers changed"),
    "domain_transfer_out": QT_TRANSLATE_NOOP("audit", "Domain transfer out requested"),
    "invitation_accepted": QT_TRANSLATE_NOOP("audit", "Invitation accepted"),
    "invitation_cancelled": QT_TRANSLATE_NOOP("audit", "Invitation withdrawn"),
    "invoice_cancelled": QT_TRANSLATE_NOOP("audit", "Invoice cancelled"),
    "invoice_paid": QT_TRANSLATE_NOOP("audit", "Invoice paid"),
    "password_changed": QT_TRANSLATE_NOOP("audit", "Password changed"),
    "quote_accepted": QT_TRANSLATE_NOOP("audit", "Quote accepted"),
    "quote_declined": QT_TRANSLATE_NOOP("audit", "Quote declined"),
    "quote_delivered": QT_TRANSLATE_NOOP("audit", "Quote sent"),
    "service_cancelled": QT_TRANSLATE_NOOP("audit", "Service cancelled"),
    "service_reactivated": QT_TRANSLATE_NOOP("audit", "Service reactivated"),
    "service_suspended": QT_TRANSLATE_NOOP("audit", "Service suspended"),
    "service_terminated": QT_TRANSLATE_NOOP("audit", "Service terminated"),
    "session_ended": QT_TRANSLATE_NOOP("audit", "Session ended"),
    "signed_in": QT_TRANSLATE_NOOP("audit", "Signed in"),
    "signed_out": QT_TRANSLATE_NOOP("audit", "Signed out"),
    "ticket_answered": QT_TRANSLATE_NOOP("audit", "Ticket answered"),
    "ticket_closed": QT_TRANSLATE_NOOP("audit", "Ticket closed"),
    "ticket_opened": QT_TRANSLATE_NOOP("audit", "Ticket opened"),
    "ticket_replied": QT_TRANSLATE_NOOP("audit", "Ticket replied"),
    "two_factor_disabled": QT_TRANSLATE_NOOP("audit", "Two-factor sign-in turned off"),
    "two_factor_enabled": QT_TRANSLATE_NOOP("audit", "Two-factor sign-in turned on"),
    "user_added": QT_TRANSLATE_NOOP("audit", "User added"),
    "user_invited": QT_TRANSLATE_NOOP("audit", "User invited"),
    "user_permissions_changed": QT_TRANSLATE_NOOP("audit", "User permissions changed"),
    "user_removed": QT_TRANSLATE_NOOP("audit", "User removed"),
}


def action_name(action: str) -> str:
    text = ACTION_NAMES.get(action)
    if text is None:
        return action.replace("_", " ").capitalize()
    return QCoreApplication.translate(CONTEXT, text)


class Audit(QObject):
    """The log as a ``PagedList`` the table pages through as the user scrolls."""

    def __init__(self, session: AccountSession) -> None:
        super().__init__(session)
        self._session = session
        self.entries: PagedList[AuditEntry] = PagedList(session.runner, "audit", self)

    def load(self) -> None:
        def page(cursor: str | None) -> Any:
            return self._page(cursor)

        self.entries.reset(page, self._session.saved_page("audit", Page[AuditEntry]))

    async def _page(self, cursor: str | None) -> Page[AuditEntry]:
        return await self._session.client.audit.list(cursor=cursor, limit=PAGE_SIZE)
