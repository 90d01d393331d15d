"""Alerts (seed: "Alertas por whatsapp"): which events notify by WhatsApp, e-mail or the desktop,
the WhatsApp number they go to, and the alerts sent with where each delivery stands."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Signal

from api_client.models import (
    AlertChannels,
    AlertChannelsUpdate,
    AlertEvent,
    AlertPreferences,
    AlertPreferencesUpdate,
    Page,
    SentAlert,
)

from .i18n import QT_TRANSLATE_NOOP
from .paging import PagedList
from .portal_codes import PortalCodes
from .session import AccountSession

CONTEXT = "alerts"

# The seed's events, in its order, with what each one means to the customer.
EVENT_NAMES: dict[AlertEvent, str] = {
    AlertEvent.CLIENT_ADDED: QT_TRANSLATE_NOOP("alerts", "Someone joins the account (welcome)"),
    AlertEvent.PASSWORD_CHANGED: QT_TRANSLATE_NOOP("alerts", "The password is changed"),
    AlertEvent.INVOICE_CREATED: QT_TRANSLATE_NOOP("alerts", "An invoice is created"),
    AlertEvent.CLIENT_DETAILS_EDITED: QT_TRANSLATE_NOOP("alerts", "The account details are edited"),
    AlertEvent.INVOICE_CANCELLED: QT_TRANSLATE_NOOP("alerts", "An invoice is cancelled"),
    AlertEvent.INVOICE_PAID: QT_TRANSLATE_NOOP("alerts", "An invoice is paid"),
    AlertEvent.SERVICE_SUSPENDED: QT_TRANSLATE_NOOP("alerts", "A service is suspended"),
    AlertEvent.SERVICE_REACTIVATED: QT_TRANSLATE_NOOP("alerts", "A service is reactivated"),
    AlertEvent.SERVICE_TERMINATED: QT_TRANSLATE_NOOP("alerts", "A service is terminated"),
    AlertEvent.QUOTE_AVAILABLE: QT_TRANSLATE_NOOP("alerts", "A quote is available"),
    AlertEvent.DOMAIN_DELETED: QT_TRANSLATE_NOOP("alerts", "A domain is deleted"),
    AlertEvent.TICKET_ANSWERED: QT_TRANSLATE_NOOP("alerts", "Support answers a ticket"),
}
CHANNELS = ("whatsapp", "email", "desktop")

_FIELDS = {
    "phone_not_e164": QT_TRANSLATE_NOOP(
        "alerts", "Use the international format: + and the country code, e.g. +5491155550000."
    ),
    "phone_required": QT_TRANSLATE_NOOP(
        "alerts", "Enter a WhatsApp number, or turn off the WhatsApp alerts."
    ),
    "string_too_long": QT_TRANSLATE_NOOP("alerts", "This number is too long."),
}

_PORTAL_CODES = PortalCodes(CONTEXT, fields=_FIELDS)


def event_name(event: AlertEvent) -> str:
    return QCoreApplication.translate(CONTEXT, EVENT_NAMES[event])


class Alerts(QObject):
    loaded = Signal(object)  # AlertPreferences
    failed = Signal(str)
    saved = Signal(object)  # AlertPreferences
    save_failed = Signal(str, dict)  # message, {field: text}

    def __init__(self, session: AccountSession) -> None:
        super().__init__(session)
        self._session = session
        self.preferences: AlertPreferences | None = None

    def load(self) -> None:
        self._session.runner.run(
            "alerts",
            self._session.client.alerts.preferences(),
            self._arrived,
            lambda exc: self.failed.emit(_PORTAL_CODES.explain(exc)),
        )

    def _arrived(self, preferences: AlertPreferences) -> None:
        self.preferences = preferences
        self.loaded.emit(preferences)

    def save(self, phone: str, choices: Mapping[AlertEvent, Mapping[str, bool]]) -> None:
        """``choices``: event -> {"whatsapp": .., "email": .., "desktop": ..}."""
        body = AlertPreferencesUpdate.model_construct(
            whatsapp_phone=phone.strip(),
            events=[
                AlertChannelsUpdate(
                    event=event,
                    email=bool(chosen.get("email")),
                    whatsapp=bool(chosen.get("whatsapp")),
                    desktop=bool(chosen.get("desktop")),
                )
                for event, chosen in choices.items()
            ],
        )
        self._session.runner.run(
            "alerts-save",
            self._session.client.alerts.update(body),
            self._saved,
            lambda exc: self.save_failed.emit(
                _PORTAL_CODES.explain(exc), _PORTAL_CODES.fields_of(exc)
            ),
        )

    def _saved(self, preferences: AlertPreferences) -> None:
        self.preferences = preferences
        self.loaded.emit(preferences)
        self.saved.emit(preferences)


def channels_of(preferences: AlertPreferences) -> dict[AlertEvent, AlertChannels]:
    return {item.event: item for item in preferences.events}


HISTORY_PAGE = 50


class AlertHistory(QObject):
    """The alerts raised for the account, newest first and paged, each with the status of its
    e-mail and WhatsApp deliveries (WhatsApp's: sent, delivered, read or failed)."""

    def __init__(self, session: AccountSession) -> None:
        super().__init__(session)
        self._session = session
        self.paged: PagedList[SentAlert] = PagedList(session.runner, "alert-history", self)

    def load(self) -> None:
        """Start again from the newest alert (a load in flight is cancelled)."""

        def page(cursor: str | None) -> Any:
            return self._page(cursor)

        self.paged.reset(page, self._session.saved_page("alert-history", Page[SentAlert]))

    async def _page(self, cursor: str | None) -> Page[SentAlert]:
        return await self._session.client.alerts.history(limit=HISTORY_PAGE, cursor=cursor)
