"""The keyboard alone: one Alt key per control in every view, in Spanish and in English.
(Tab through every view is walked over AT-SPI: tests/accessibility/test_screen_reader.py.)"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible, QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractButton,
    QGroupBox,
    QLabel,
    QTabBar,
    QTabWidget,
    QWidget,
)
from pytestqt.qtbot import QtBot

from portal.demo import STAFF_EMAIL
from portal.server import BackgroundPortal
from tests.conftest import speaking

from .conftest import Desktop, LoopDriver, make_desktop
from .test_reseller import idle, sign_in_as


def _key(text: str) -> str:
    return QKeySequence.mnemonic(text).toString()


def mnemonics(window: QWidget) -> dict[str, list[str]]:
    """Alt keys of the controls a person sees now: buttons, labels of fields, checkable groups
    and the tabs of visible tab bars."""
    found: dict[str, list[str]] = {}
    for widget in window.findChildren(QWidget):
        if not widget.isVisible() or not widget.isEnabled():
            continue
        texts: list[str] = []
        if isinstance(widget, QAbstractButton) or (
            isinstance(widget, QLabel) and widget.buddy() is not None
        ):
            texts = [widget.text()]
        elif isinstance(widget, QGroupBox) and widget.isCheckable():
            texts = [widget.title()]
        elif isinstance(widget, QTabBar):
            texts = [widget.tabText(i) for i in range(widget.count()) if widget.isTabVisible(i)]
        for text in texts:
            key = _key(text)
            if key:
                found.setdefault(key, []).append(text)
    return {key: texts for key, texts in found.items() if len(texts) > 1}


def views(desktop: Desktop) -> Iterator[str]:
    """Show every view in turn (each tab, each tab inside a tab, the all-accounts view's tabs);
    yield its name."""
    tabs = desktop.window.tabs
    for index in range(tabs.count()):
        tabs.setCurrentIndex(index)
        inner = [t for t in tabs.widget(index).findChildren(QTabWidget) if t.isVisible()]
        if not inner:
            desktop.settle(0.05)
            yield tabs.tabText(index)
            continue
        for inner_index in range(inner[0].count()):
            inner[0].setCurrentIndex(inner_index)
            desktop.settle(0.05)
            yield f"{tabs.tabText(index)} › {inner[0].tabText(inner_index)}"
    desks = desktop.window.desks
    desks.all_view.trigger()  # the all-accounts view of a person who reaches several
    desktop.wait_until(desks.all_accounts.isVisible)
    for index in range(desks.all_accounts.tabs.count()):
        desks.all_accounts.tabs.setCurrentIndex(index)
        desktop.settle(0.05)
        yield f"{desks.all_view.text()} › {desks.all_accounts.tabs.tabText(index)}"
    desks.account_view.trigger()


@pytest.fixture(params=["es", "en"])
def desktop_in(
    request: pytest.FixtureRequest, loop: LoopDriver, tmp_path: Path, qtbot: QtBot
) -> Iterator[Desktop]:
    with speaking(request.param):
        made = make_desktop(loop, tmp_path)
        qtbot.addWidget(made.window)
        try:
            made.area.open_demo()
            made.wait_until(lambda: made.window.tabs.count() >= 5, timeout=60)
            yield made
        finally:
            made.close()


def test_one_alt_key_per_control_in_every_view(desktop_in: Desktop) -> None:
    clashes = [
        f"{view}: {key} {' / '.join(texts)}"
        for view in views(desktop_in)
        for key, texts in mnemonics(desktop_in.window).items()
    ]
    if clashes:
        pytest.fail("Alt keys shared in a view:\n" + "\n".join(clashes))


def test_no_two_actions_share_a_shortcut(desktop_in: Desktop) -> None:
    """A shortcut held by two actions of a window triggers neither (Qt calls it ambiguous)."""
    held: dict[str, list[str]] = {}
    for action in desktop_in.window.findChildren(QAction):
        for sequence in action.shortcuts():
            held.setdefault(sequence.toString(), []).append(action.text() or action.objectName())
    shared = {key: names for key, names in held.items() if len(names) > 1}
    assert shared == {}
    assert "Ctrl+Shift+Q" in held  # signing out


@pytest.fixture(params=["es", "en"])
def staff_in(
    request: pytest.FixtureRequest,
    portal: BackgroundPortal,
    loop: LoopDriver,
    tmp_path: Path,
    qtbot: QtBot,
) -> Iterator[Desktop]:
    """The app in one language, signed in as the host's support person: the staff desk."""
    with speaking(request.param):
        made = make_desktop(loop, tmp_path)
        qtbot.addWidget(made.window)
        try:
            sign_in_as(made, qtbot, portal.url, STAFF_EMAIL)
            made.wait_until(made.window.desks.staff_page.isVisible)
            idle(made)
            yield made
        finally:
            made.close()


def tab_stops(window: QWidget) -> list[QWidget]:
    """The controls Tab reaches now, in order, from the first in the window's focus chain."""

    def stops(widget: QWidget) -> bool:
        return (
            widget.isVisible()
            and widget.isEnabled()
            and bool(widget.focusPolicy() & Qt.FocusPolicy.TabFocus)
            and widget.focusProxy() is None
            and widget.window() is window
        )

    found: list[QWidget] = []
    widget = window.nextInFocusChain()
    while widget is not None and widget is not window:
        if stops(widget) and widget not in found:
            found.append(widget)
        widget = widget.nextInFocusChain()
    return found


def test_the_staff_desk_is_named_and_has_one_alt_key_per_control(staff_in: Desktop) -> None:
    """The staff desk (a staff person's own view, which the AT-SPI walk of the demo customer
    does not reach): every tab stop named for a screen reader, one Alt key per control."""
    window = staff_in.window
    tabs = window.desks.staff_page.tabs
    problems = []
    for index in range(tabs.count()):
        tabs.setCurrentIndex(index)
        staff_in.settle(0.05)
        view = tabs.tabText(index)
        problems += [f"{view}: {k} {' / '.join(t)}" for k, t in mnemonics(window).items()]
        for widget in tab_stops(window):
            access = QAccessible.queryAccessibleInterface(widget)
            if access is None or not access.text(QAccessible.Text.Name).strip():
                problems.append(f"{view}: unnamed {type(widget).__name__} {widget.objectName()}")
    assert problems == [], "\n".join(problems)
