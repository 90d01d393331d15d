"""The whole app in a window (offscreen), on a qasync loop, against a real portal.

Tests drive the loop with ``loop.run_until_complete(...)`` from synchronous test functions; nothing
here calls ``qtbot.wait*`` inside a coroutine (that nests Qt loops and hangs the run).
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
import qasync
from PySide6.QtCore import QSettings
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from app.client_area import ClientArea
from app.demo import DemoPortal
from app.messages import MessageBridge
from app.settings import Settings, UiState
from resources import icon_path
from ui.main_window import MainWindow


@pytest.fixture(scope="session")
def loop(qapp: QApplication) -> Iterator[qasync.QEventLoop]:
    # One loop for the whole run: a closed qasync loop can leave Qt timers behind that fire on
    # freed objects when the next loop runs (a segfault seen about one run in three).
    event_loop = qasync.QEventLoop(qapp, already_running=False)
    asyncio.set_event_loop(event_loop)
    yield event_loop
    event_loop.run_until_complete(event_loop.shutdown_asyncgens())
    event_loop.close()
    asyncio.set_event_loop(None)


@dataclass
class Desktop:
    """The app as the entry point builds it, with its files in a temporary folder."""

    loop: qasync.QEventLoop
    area: ClientArea
    window: MainWindow
    messages: MessageBridge
    store: QSettings
    heard: list[str]

    def wait_until(self, predicate: Callable[[], object], timeout: float = 15.0) -> None:
        async def poll() -> None:
            deadline = time.monotonic() + timeout
            while not predicate():
                if time.monotonic() > deadline:
                    raise AssertionError("condition not met in time")
                await asyncio.sleep(0.02)

        self.loop.run_until_complete(poll())

    def settle(self, seconds: float = 0.1) -> None:
        self.loop.run_until_complete(asyncio.sleep(seconds))

    def close(self) -> None:
        self.window.close()
        self.loop.run_until_complete(self.area.shutdown())


def make_desktop(loop: qasync.QEventLoop, folder: Path) -> Desktop:
    store = QSettings(str(folder / "settings.ini"), QSettings.Format.IniFormat)
    messages = MessageBridge()
    heard: list[str] = []
    messages.message.connect(lambda _level, text: heard.append(text))
    area = ClientArea(Settings(store), messages, DemoPortal(folder / "demo.sqlite3"))
    window = MainWindow(area, messages, UiState(store), QIcon(str(icon_path("clientdesk"))))
    window.show()
    return Desktop(loop, area, window, messages, store, heard)


@pytest.fixture
def desktop(loop: qasync.QEventLoop, tmp_path: Path, qtbot: object) -> Iterator[Desktop]:
    made = make_desktop(loop, tmp_path)
    qtbot.addWidget(made.window)  # type: ignore[attr-defined]
    yield made
    made.close()
