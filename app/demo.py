"""The embedded demo: the real portal, in-process on loopback, on a SQLite file of demo data in
the user's data folder."""

from __future__ import annotations

import asyncio
from pathlib import Path

from PySide6.QtCore import QStandardPaths

from portal.demo import DEMO_EMAIL, DEMO_PASSWORD
from portal.server import BackgroundPortal, start_demo_portal

__all__ = ["DEMO_EMAIL", "DEMO_PASSWORD", "DemoPortal", "data_folder"]


def data_folder() -> Path:
    """Where Clientdesk keeps its files (never beside the executable)."""
    location = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)
    return Path(location)


class DemoPortal:
    def __init__(self, database: Path) -> None:
        self.database = database
        self._server: BackgroundPortal | None = None

    @property
    def url(self) -> str | None:
        return self._server.url if self._server else None

    async def start(self) -> str:
        """Start (off the UI thread: seeding and binding take a moment) and return the URL."""
        if self._server is None:
            self._server = await asyncio.to_thread(start_demo_portal, self.database)
        return self._server.url

    def stop(self) -> None:
        if self._server is not None:
            self._server.stop()
            self._server = None
