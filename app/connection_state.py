"""One connection state for the window: online, reconnecting, or offline since a time.

The portal client reports every answer and every request that gave up; the first failure makes
the state offline and starts reconnecting, with exponential backoff and jitter (so that many
desktops do not knock at once when a portal comes back). The first answer makes it online again
and says so (``back_online``), and the window's visible views refresh themselves. Nothing is
queued meanwhile: reads fail or wait, changes that cost money are never sent later by themselves.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import logging
import random
from collections.abc import Callable, Coroutine
from enum import Enum
from typing import Any

from PySide6.QtCore import QCoreApplication, QDateTime, QLocale, QObject, QTimeZone, Signal

from api_client import PortalClient

from .errors import unreachable
from .messages import MessageBridge
from .tasks import TaskRunner

log = logging.getLogger("clientdesk.connection")

FIRST_DELAY = 1.0  # seconds before the first attempt to reconnect
MAX_DELAY = 60.0

Probe = Callable[[], Coroutine[Any, Any, object]]


class Link(Enum):
    ONLINE = "online"
    RECONNECTING = "reconnecting"
    OFFLINE = "offline"


def backoff_delay(
    attempt: int,
    first: float = FIRST_DELAY,
    most: float = MAX_DELAY,
    rng: Callable[[], float] = random.random,
) -> float:
    """The wait before reconnection attempt ``attempt`` (0, 1, ...): doubling from ``first`` up
    to ``most``, of which a random half is jitter ("equal jitter")."""
    ceiling = min(most, first * 2.0 ** min(attempt, 30))
    return ceiling / 2 + rng() * ceiling / 2


class ConnectionState(QObject):
    changed = Signal(object)  # Link
    back_online = Signal()  # the portal answers again: visible views refresh themselves

    def __init__(self, messages: MessageBridge, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.runner = TaskRunner(messages, self)
        self.link = Link.ONLINE
        self.offline_since: dt.datetime | None = None
        self.first_delay = FIRST_DELAY
        self.max_delay = MAX_DELAY
        self._client: PortalClient | None = None
        self._probe: Probe | None = None

    def watch(self, client: PortalClient, probe: Probe) -> None:
        """Follow ``client``'s requests; ``probe`` is how to try the portal again (a health
        check, or the sign-in when it is not confirmed yet)."""
        self.unwatch()
        self._client = client
        self._probe = probe
        client.on_reachability(lambda reached: self._heard(client, reached))

    def unwatch(self) -> None:
        self.runner.cancel_all()
        self._client = None
        self._probe = None
        self._set(Link.ONLINE)

    @property
    def online(self) -> bool:
        return self.link is Link.ONLINE

    @property
    def text(self) -> str:
        if self.link is Link.ONLINE:
            return QCoreApplication.translate("connection", "Online")
        if self.link is Link.RECONNECTING:
            return QCoreApplication.translate("connection", "Reconnecting…")
        since = self.offline_since or dt.datetime.now(dt.UTC)
        local = QDateTime.fromSecsSinceEpoch(int(since.timestamp()), QTimeZone.systemTimeZone())
        return QCoreApplication.translate("connection", "Offline since %1").replace(
            "%1", QLocale().toString(local.time(), QLocale.FormatType.ShortFormat)
        )

    def _heard(self, client: PortalClient, reached: bool) -> None:
        if client is not self._client:
            return  # a client set aside (signed out, another sign-in)
        if reached:
            if self.link is not Link.ONLINE:
                # the reconnection under way (if any) sees this and ends by itself: cancelling
                # it could cut a sign-in short between the token's rotation and its keeping
                self._set(Link.ONLINE)
                log.info("the portal answers again")
                self.back_online.emit()
            return
        if self.link is Link.ONLINE:
            self.offline_since = dt.datetime.now(dt.UTC)
            self._set(Link.OFFLINE)
            log.info("the portal cannot be reached")
        if not self.runner.running("reconnect"):
            self.runner.run("reconnect", self._reconnect(), None, self._gave_up)

    async def _reconnect(self) -> None:
        attempt = 0
        while True:
            await asyncio.sleep(backoff_delay(attempt, self.first_delay, self.max_delay))
            probe = self._probe
            if self.link is Link.ONLINE or probe is None:
                return
            self._set(Link.RECONNECTING)
            try:
                await probe()
            except Exception as exc:
                if not unreachable(exc):
                    raise
                if not self.online:  # (an answer to another request may have come meanwhile)
                    self._set(Link.OFFLINE)
                attempt += 1
                continue
            return

    def _gave_up(self, exc: BaseException) -> None:
        # the probe met something a retry cannot mend (the session ended): its owner handles it
        log.info("reconnecting stopped: %s", type(exc).__name__)

    def _set(self, link: Link) -> None:
        if link is Link.ONLINE:
            self.offline_since = None
        if link is not self.link:
            self.link = link
            self.changed.emit(link)
