"""Two lines in the window's status bar: how old what is shown is, while the views show answers
saved on this computer that the portal has not replaced yet (the local cache); and whether the
portal can be reached (online, reconnecting, offline since HH:MM)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QLabel, QWidget

from app.connection_state import ConnectionState, Link
from app.local_cache import age_text
from app.session import AccountSession

TICK_MS = 30_000  # the age in words changes by the minute


class FreshnessLabel(QLabel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("freshness")
        self._session: AccountSession | None = None
        self._since: dt.datetime | None = None
        self._timer = QTimer(self)
        self._timer.setInterval(TICK_MS)
        self._timer.timeout.connect(self._show)
        self.hide()

    def bind(self, session: AccountSession | None) -> None:
        if self._session is not None:
            self._session.staleness_changed.disconnect(self._changed)
        self._session = session
        if session is not None:
            session.staleness_changed.connect(self._changed)
        self._changed(session.stale_since if session is not None else None)

    def _changed(self, since: dt.datetime | None) -> None:
        self._since = since
        if since is None:
            self._timer.stop()
        else:
            self._timer.start()
        self._show()

    def _show(self) -> None:
        if self._since is None:
            self.clear()
            self.hide()
            return
        text = age_text(self._since)
        self.setText(text)
        self.setAccessibleName(text)
        self.show()


class ConnectionLabel(QLabel):
    """The window's one connection state: online, reconnecting, offline since HH:MM."""

    def __init__(self, state: ConnectionState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("connection_state")
        self._state = state
        state.changed.connect(self._show)
        self._show(state.link)

    def _show(self, link: Link) -> None:
        text = self._state.text
        self.setText(text)
        self.setAccessibleName(text)
        # online is the usual case: said only where a screen reader asks, not on screen
        self.setVisible(link is not Link.ONLINE)
