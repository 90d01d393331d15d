"""Helpers of the Account area's GUI tests: open a sub-tab, read the portal's tables."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from portal.server import BackgroundPortal

from .conftest import Desktop

RowT = TypeVar("RowT")


def open_account_tab(desktop: Desktop, tab: QWidget) -> None:
    window = desktop.window
    window.tabs.setCurrentWidget(window.account_area)
    window.account_area.tabs.setCurrentWidget(tab)
    desktop.settle(0.05)


def rows(portal: BackgroundPortal, table: type[RowT], *where: Any) -> list[RowT]:
    with portal.app.state.database.sessions() as db:
        found = list(db.scalars(select(table).where(*where)))
        db.expunge_all()
        return found


def act(desktop: Desktop, action: Callable[[], object]) -> None:
    """Do what a person does (clicks, typing) with the asyncio loop running: Qt events that
    arrive meanwhile then resume the requests in flight on a running loop, as in the app."""

    async def run() -> None:
        action()

    desktop.loop.run_until_complete(run())


def click(desktop: Desktop, qtbot: QtBot, button: QWidget) -> None:
    act(desktop, lambda: qtbot.mouseClick(button, Qt.MouseButton.LeftButton))


def type_into(desktop: Desktop, qtbot: QtBot, field: QWidget, text: str) -> None:
    act(desktop, lambda: qtbot.keyClicks(field, text))
