"""One line in the window's status bar that says how old what is shown is, while the views show
answers saved on this computer that the portal has not replaced yet (the local cache)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QLabel, QWidget

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
