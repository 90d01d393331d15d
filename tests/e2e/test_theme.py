"""The theme chosen in the app (system, light, dark): every shown widget and the spending chart
follow it at once, and the next start keeps it."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCharts import QChart
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from app import settings
from portal.server import BackgroundPortal
from ui import theme

from .account_helpers import act
from .conftest import Desktop, make_desktop
from .test_client_area import sign_in
from .test_support import idle


def light_widgets(root: QWidget) -> list[str]:
    """Shown widgets whose background is light (in a dark theme, none should be)."""
    found = []
    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisible():
            continue
        role = widget.backgroundRole()
        if widget.palette().color(role).lightness() >= 128:
            found.append(f"{type(widget).__name__}:{widget.objectName()}")
    return found


def test_dark_then_light_then_as_the_system(
    desktop: Desktop, qtbot: QtBot, portal: BackgroundPortal, tmp_path: Path
) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    system = QPalette(app.palette())
    window = desktop.window
    try:
        sign_in(desktop, qtbot, portal.url)
        dashboard = window.dashboard_tab
        window.tabs.setCurrentWidget(dashboard)
        desktop.wait_until(lambda: dashboard.months)
        idle(desktop)

        window.theme_actions["dark"].trigger()
        act(desktop, lambda: None)
        assert theme.is_dark(app.palette())
        assert light_widgets(window) == []
        assert dashboard.chart.theme() == QChart.ChartTheme.ChartThemeDark
        assert dashboard.chart.backgroundBrush().color().lightness() < 128, "no white chart"
        assert desktop.area.settings.get(settings.THEME) == "dark"

        # the next start keeps it
        desktop.close()
        again = make_desktop(desktop.loop, tmp_path)
        qtbot.addWidget(again.window)
        assert again.window.theme_actions["dark"].isChecked()
        assert theme.is_dark(app.palette())
        window = again.window

        window.theme_actions["light"].trigger()
        act(again, lambda: None)
        assert not theme.is_dark(app.palette())
        assert window.dashboard_tab.chart.theme() == QChart.ChartTheme.ChartThemeLight

        window.theme_actions["system"].trigger()
        assert app.palette().color(QPalette.ColorRole.Window) == system.color(
            QPalette.ColorRole.Window
        )
        assert again.area.settings.get(settings.THEME) == "system"
        again.close()
    finally:
        theme.apply(theme.SYSTEM)  # the next tests run with the system's look
