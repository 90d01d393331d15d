"""Desktop notifications: while an account is open, its events feed is long-polled (a named task
on the account session, so switching account or signing out cancels it) and each new event is
announced once, translated, with the area of the client area it concerns."""

from __future__ import annotations

import asyncio
import contextlib
import datetime as dt
import logging
from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal

from PySide6.QtCore import QCoreApplication, QObject, Signal

from api_client import errors
from api_client.models import AccountEvent, AlertEvent, Permission
from api_client.transport import ReconnectPolicy

from . import formatting
from .i18n import QT_TRANSLATE_NOOP
from .session import AccountSession

log = logging.getLogger("clientdesk.notifications")

TASK = "events-feed"
WAIT_S = 10.0  # the portal holds the answer this long (below the client's 15 s timeout)
# the feed's reconnection: the same backoff with jitter as the chat's socket, from 1 s to 60 s
RECONNECT = ReconnectPolicy(initial_delay=1.0, max_delay=60.0)

# (area, title, text): the area is the tab that shows it; {names} come from the event's data.
_EVENTS: dict[AlertEvent, tuple[str, str, str]] = {
    AlertEvent.CLIENT_ADDED: (
        "account",
        QT_TRANSLATE_NOOP("notifications", "Welcome to your client area"),
        QT_TRANSLATE_NOOP("notifications", "You now have access to the account {account}."),
    ),
    AlertEvent.PASSWORD_CHANGED: (
        "account",
        QT_TRANSLATE_NOOP("notifications", "Password changed"),
        QT_TRANSLATE_NOOP(
            "notifications", "The password of {name} was changed. If it was not you, tell us."
        ),
    ),
    AlertEvent.INVOICE_CREATED: (
        "invoices",
        QT_TRANSLATE_NOOP("notifications", "New invoice {number}"),
        QT_TRANSLATE_NOOP(
            "notifications", "Invoice {number} for {currency} {total}, due on {due_on}."
        ),
    ),
    AlertEvent.CLIENT_DETAILS_EDITED: (
        "account",
        QT_TRANSLATE_NOOP("notifications", "Account details changed"),
        QT_TRANSLATE_NOOP("notifications", "The details of {account} were updated: {fields}."),
    ),
    AlertEvent.INVOICE_CANCELLED: (
        "invoices",
        QT_TRANSLATE_NOOP("notifications", "Invoice {number} cancelled"),
        QT_TRANSLATE_NOOP("notifications", "Invoice {number} was cancelled."),
    ),
    AlertEvent.INVOICE_PAID: (
        "invoices",
        QT_TRANSLATE_NOOP("notifications", "Payment received"),
        QT_TRANSLATE_NOOP(
            "notifications", "The payment of invoice {number} for {currency} {total} arrived."
        ),
    ),
    AlertEvent.SERVICE_SUSPENDED: (
        "services",
        QT_TRANSLATE_NOOP("notifications", "Service suspended"),
        QT_TRANSLATE_NOOP("notifications", "The service {product} {domain} was suspended."),
    ),
    AlertEvent.SERVICE_REACTIVATED: (
        "services",
        QT_TRANSLATE_NOOP("notifications", "Service reactivated"),
        QT_TRANSLATE_NOOP("notifications", "The service {product} {domain} is active again."),
    ),
    AlertEvent.SERVICE_TERMINATED: (
        "services",
        QT_TRANSLATE_NOOP("notifications", "Service terminated"),
        QT_TRANSLATE_NOOP("notifications", "The service {product} {domain} was terminated."),
    ),
    AlertEvent.QUOTE_AVAILABLE: (
        "quotes",
        QT_TRANSLATE_NOOP("notifications", "A quote is available"),
        QT_TRANSLATE_NOOP(
            "notifications", "Quote {number} ({subject}) is available for you to review."
        ),
    ),
    AlertEvent.DOMAIN_DELETED: (
        "domains",
        QT_TRANSLATE_NOOP("notifications", "Domain deleted"),
        QT_TRANSLATE_NOOP("notifications", "The domain {domain} was removed from your account."),
    ),
    AlertEvent.TICKET_ANSWERED: (
        "support",
        QT_TRANSLATE_NOOP("notifications", "Ticket #{ticket} answered"),
        QT_TRANSLATE_NOOP("notifications", "Support replied to your ticket “{subject}”."),
    ),
}


class _Blank(dict[str, str]):
    def __missing__(self, key: str) -> str:
        return ""


@dataclass(frozen=True)
class Notification:
    event_id: int
    event: AlertEvent
    area: str  # "invoices", "services", "domains", "quotes", "account", "support"
    title: str
    text: str


def readable(data: Mapping[str, str]) -> dict[str, str]:
    """An event's data as the user reads it: amounts, dates and moments in the user's format,
    the names of changed fields in the user's language (the portal sends them raw)."""
    values = dict(data)
    if values.get("total"):
        with contextlib.suppress(ArithmeticError):
            values["total"] = formatting.amount(Decimal(values["total"]))
    for key in ("due_on", "expiry_date"):
        if values.get(key):
            with contextlib.suppress(ValueError):
                values[key] = formatting.date(dt.date.fromisoformat(values[key][:10]))
    if values.get("when"):
        with contextlib.suppress(ValueError):
            values["when"] = formatting.date_time(dt.datetime.fromisoformat(values["when"]))
    if values.get("fields"):
        values["fields"] = formatting.portal_words(values["fields"])
    return values


def _fill(source: str, data: Mapping[str, str]) -> str:
    text = QCoreApplication.translate("notifications", source).format_map(_Blank(readable(data)))
    return " ".join(text.split())


def title_of(event: AlertEvent, data: Mapping[str, str], portal_title: str) -> str:
    """An event's title in the user's language (the portal's own for an event not known here)."""
    known = _EVENTS.get(event)
    return _fill(known[1], data) if known is not None else portal_title


def notification(event: AccountEvent) -> Notification:
    known = _EVENTS.get(event.event)
    if known is None:  # an event this version does not know: the portal's own words
        return Notification(event.id, event.event, "", event.title, event.text)
    area, title, text = known
    return Notification(
        event.id, event.event, area, _fill(title, event.data), _fill(text, event.data)
    )


class Notifications(QObject):
    """Follows the account's events feed; ``arrived`` fires once per new event."""

    arrived = Signal(object)  # Notification

    def __init__(self, session: AccountSession) -> None:
        super().__init__(session)
        self.session = session
        self.last_id = 0
        self.following = False
        self.caught_up = False  # the events from before the app opened were skipped

    def start(self) -> None:
        if self.following or not self.session.can(Permission.PROFILE):
            return
        self.following = True
        self.session.runner.run(TASK, self._follow(), None, self._stopped)

    def _stopped(self, exc: BaseException) -> None:
        self.following = False
        log.info("events feed stopped: %s", type(exc).__name__)

    async def _follow(self) -> None:
        attempt = 0
        while True:
            try:
                if not self.caught_up:
                    # What happened before the app opened is in the e-mails history: start
                    # after it.
                    await self._catch_up()
                    self.caught_up = True
                page = await self.session.client.alerts.events(after=self.last_id, wait=WAIT_S)
            except (errors.UnauthorizedError, errors.ForbiddenError, errors.NotFoundError):
                raise  # signed out, or no longer allowed: stop following
            except Exception as exc:  # the portal is away or answered badly: keep trying
                delay = RECONNECT.delay(attempt)
                attempt += 1
                log.info("events feed: %s; retrying in %.1f s", type(exc).__name__, delay)
                await asyncio.sleep(delay)
                continue
            attempt = 0
            self.last_id = page.last_id
            for event in page.events:
                self.arrived.emit(notification(event))

    async def _catch_up(self) -> None:
        # where the feed stands comes with the first screen; else walk to its end
        self.last_id = await self.session.from_overview(
            "events", lambda o: o.events_last_id, self._walk
        )

    async def _walk(self) -> int:
        while True:
            page = await self.session.client.alerts.events(after=self.last_id)
            self.last_id = page.last_id
            if not page.events:
                return self.last_id
