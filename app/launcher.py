"""Builds the application (Qt, asyncio on the Qt loop, the client area, the window) and runs it."""

from __future__ import annotations

import argparse
import asyncio
import functools
import logging
import sys
import time

import qasync
from PySide6.QtCore import QSettings
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from resources import icon_path

from . import APPLICATION, ORGANIZATION, __version__
from .client_area import ClientArea
from .demo import DemoPortal, data_folder
from .i18n import install_translators, pick_language
from .logs import install_logging, memory_log
from .messages import MessageBridge
from .session import AccountSession
from .settings import LANGUAGE, Settings, UiState

log = logging.getLogger("clientdesk")


def identify() -> None:
    """The names Qt derives the data folder, the settings store and the desktop entry from."""
    QApplication.setOrganizationName(ORGANIZATION)
    QApplication.setApplicationName(APPLICATION)
    QApplication.setApplicationVersion(__version__)
    QApplication.setDesktopFileName("clientdesk")  # resources/clientdesk.desktop


def run(args: argparse.Namespace, started: float) -> int:
    install_logging()
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    identify()
    icon = QIcon(str(icon_path("clientdesk")))
    app.setWindowIcon(icon)

    store = QSettings()
    settings = Settings(store)
    language = pick_language(args.lang or settings.get(LANGUAGE))
    translators = install_translators(app, language)

    from ui.main_window import MainWindow  # the entry point is the one place app meets ui

    messages = MessageBridge()
    demo = DemoPortal(data_folder() / "demo-portal.sqlite3")
    area = ClientArea(settings, messages, demo)
    window = MainWindow(area, messages, UiState(store), icon)

    exit_code = 0
    # The asyncio loop runs on Qt's: quitting Qt's loop would stop it mid-shutdown, so closing the
    # window ends ``main()`` instead, which then shuts down in order.
    app.setQuitOnLastWindowClosed(False)
    quit_event: asyncio.Event | None = None

    def request_quit() -> None:
        if quit_event is not None:
            quit_event.set()

    window.closed.connect(request_quit)

    shown = False
    if args.exit_when_ready:

        def ready(session: AccountSession | None) -> None:
            if session is None:
                return

            def details(_details: object) -> None:
                # "ready": the account's data on screen (the local cache's, on a restart)
                nonlocal shown
                if not shown:
                    shown = True
                    print(f"ready {(time.perf_counter() - started) * 1000:.0f}", flush=True)

            def answered(key: str) -> None:
                # "fresh": the portal's own answer is on screen; then quit
                if key == "details":
                    print(f"fresh {(time.perf_counter() - started) * 1000:.0f}", flush=True)
                    request_quit()

            session.answered.connect(answered)
            session.details_loaded.connect(details)

        def failed(text: str) -> None:
            nonlocal exit_code
            print(f"failed {text}", file=sys.stderr, flush=True)
            print(memory_log.text()[-4000:], file=sys.stderr, flush=True)
            exit_code = 1
            request_quit()

        area.account_changed.connect(ready)
        area.sign_in_failed.connect(failed)

    async def main() -> None:
        nonlocal quit_event
        quit_event = asyncio.Event()
        app.aboutToQuit.connect(quit_event.set)
        window.show()
        if args.demo:
            area.open_demo()
        else:
            area.resume_remembered()
        await quit_event.wait()
        window.save_state()
        window.hide()
        await area.shutdown()

    with asyncio.Runner(loop_factory=functools.partial(qasync.QEventLoop, app)) as runner:
        runner.run(main())
    del translators
    log.debug("bye")
    return exit_code
