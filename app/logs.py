"""Logging: named loggers per area, a bounded in-memory log the user can look at and attach to a
ticket, and stderr for warnings. Tokens and card numbers are never logged by our code."""

from __future__ import annotations

import logging
from collections import deque

MAX_RECORDS = 2000


class MemoryLog(logging.Handler):
    """Keeps the last ``MAX_RECORDS`` formatted lines."""

    def __init__(self, capacity: int = MAX_RECORDS) -> None:
        super().__init__(logging.DEBUG)
        self.lines: deque[str] = deque(maxlen=capacity)
        self.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))

    def emit(self, record: logging.LogRecord) -> None:
        try:
            self.lines.append(self.format(record))
        except Exception:  # a log call must never break the app
            self.handleError(record)

    def text(self) -> str:
        return "\n".join(self.lines)


memory_log = MemoryLog()


def install_logging() -> None:
    root = logging.getLogger()
    if memory_log not in root.handlers:
        root.addHandler(memory_log)
        stderr = logging.StreamHandler()
        stderr.setLevel(logging.WARNING)
        stderr.setFormatter(logging.Formatter("%(levelname)s %(name)s: %(message)s"))
        root.addHandler(stderr)
    logging.getLogger("clientdesk").setLevel(logging.DEBUG)
    # httpx logs full URLs at INFO; keep it out of the bounded log unless debugging
    logging.getLogger("httpx").setLevel(logging.WARNING)
