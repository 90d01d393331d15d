"""The one channel through which the application tells the user something."""

from __future__ import annotations

import logging
from enum import IntEnum

from PySide6.QtCore import QObject, Signal

log = logging.getLogger("clientdesk.messages")


class Level(IntEnum):
    INFO = 0
    WARNING = 1
    ERROR = 2


class MessageBridge(QObject):
    """Views show what arrives here (status bar, banners); nothing else pops up messages."""

    message = Signal(int, str)  # Level, translated text

    def info(self, text: str) -> None:
        log.info("%s", text)
        self.message.emit(Level.INFO, text)

    def warning(self, text: str) -> None:
        log.warning("%s", text)
        self.message.emit(Level.WARNING, text)

    def error(self, text: str) -> None:
        log.error("%s", text)
        self.message.emit(Level.ERROR, text)
