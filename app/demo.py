"""The embedded demo: the real portal, in-process on loopback, on a SQLite file of demo data in
the user's data folder.

The portal's modules (FastAPI, SQLAlchemy, ...) are imported only when the demo starts, in a
worker thread, so opening the app without the demo never pays for them and the window shows first.
"""

from __future__ import annotations

import asyncio
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QStandardPaths

if TYPE_CHECKING:
    from portal.server import BackgroundPortal


# The per-user, roaming data folder: %APPDATA% on Windows (not %LOCALAPPDATA%), Application Support
# on macOS, $XDG_DATA_HOME on Linux; Qt appends the organisation and application names that
# ``launcher.identify()`` sets. Qt answers only for the OS it runs on.
DATA_LOCATION = QStandardPaths.StandardLocation.AppDataLocation


def data_folder() -> Path:
    """Where Clientdesk keeps its files (never beside the executable); call after identify()."""
    return Path(QStandardPaths.writableLocation(DATA_LOCATION))


@dataclass(frozen=True)
class DemoSignIn:
    url: str
    email: str
    password: str


class DemoPortal:
    def __init__(self, database: Path) -> None:
        self.database = database
        self._server: BackgroundPortal | None = None
        self._sign_in: DemoSignIn | None = None

    @property
    def url(self) -> str | None:
        return self._server.url if self._server else None

    async def start(self) -> DemoSignIn:
        """Start the portal (off the UI thread) and say how to sign in to it."""
        if self._sign_in is None:
            self._sign_in = await asyncio.to_thread(self._start)
        return self._sign_in

    def _start(self) -> DemoSignIn:
        from portal.demo import DEMO_EMAIL, DEMO_PASSWORD
        from portal.server import start_demo_portal

        self._server = start_demo_portal(self.database)
        return DemoSignIn(self._server.url, DEMO_EMAIL, DEMO_PASSWORD)

    def stop(self) -> None:
        if self._server is not None:
            self._server.stop()
            self._server = None
            self._sign_in = None
