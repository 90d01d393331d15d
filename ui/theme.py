"""The theme: the system's, or light or dark whatever the system says. One palette for the whole
application, so every widget follows it; the chart follows the palette (``chart_theme``).

Light and dark use the Fusion style with a palette of their own (the platform styles ignore a
palette in places); "system" puts back the style and palette the application started with."""

from __future__ import annotations

from PySide6.QtCharts import QChart
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QStyleFactory

SYSTEM, LIGHT, DARK = "system", "light", "dark"

_started_with: tuple[str, QPalette] | None = None


def _role(name: str) -> QPalette.ColorRole:
    return getattr(QPalette.ColorRole, name)  # type: ignore[no-any-return]


_DARK = {
    "Window": "#2b2b2b",
    "WindowText": "#e8e8e8",
    "Base": "#1f1f1f",
    "AlternateBase": "#2f2f2f",
    "ToolTipBase": "#3a3a3a",
    "ToolTipText": "#f0f0f0",
    "PlaceholderText": "#9a9a9a",
    "Text": "#e8e8e8",
    "Button": "#353535",
    "ButtonText": "#e8e8e8",
    "BrightText": "#ff6b6b",
    "Light": "#4a4a4a",
    "Midlight": "#3e3e3e",
    "Mid": "#2a2a2a",
    "Dark": "#1a1a1a",
    "Shadow": "#000000",
    "Highlight": "#3d7fd6",
    "HighlightedText": "#ffffff",
    "Link": "#6aa7ff",
    "LinkVisited": "#b08cff",
}
_LIGHT = {
    "Window": "#f0f0f0",
    "WindowText": "#1a1a1a",
    "Base": "#ffffff",
    "AlternateBase": "#f5f5f5",
    "ToolTipBase": "#ffffdc",
    "ToolTipText": "#1a1a1a",
    "PlaceholderText": "#767676",
    "Text": "#1a1a1a",
    "Button": "#f0f0f0",
    "ButtonText": "#1a1a1a",
    "BrightText": "#c0392b",
    "Light": "#ffffff",
    "Midlight": "#e3e3e3",
    "Mid": "#b8b8b8",
    "Dark": "#a0a0a0",
    "Shadow": "#505050",
    "Highlight": "#2f6fc4",
    "HighlightedText": "#ffffff",
    "Link": "#1f5fb4",
    "LinkVisited": "#6b3fb4",
}


def palette(choice: str) -> QPalette:
    """The palette of ``light`` or ``dark`` (disabled text dimmed in both)."""
    colors = _DARK if choice == DARK else _LIGHT
    made = QPalette()
    for name, value in colors.items():
        made.setColor(_role(name), QColor(value))
    dimmed = QColor(colors["Text"])
    dimmed.setAlpha(110)
    for name in ("Text", "WindowText", "ButtonText"):
        made.setColor(QPalette.ColorGroup.Disabled, _role(name), dimmed)
    return made


def apply(choice: str) -> None:
    """Make the whole application follow ``choice`` (system, light or dark) now."""
    global _started_with
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        return
    if choice not in (LIGHT, DARK) and _started_with is None:
        return  # the system's already: nothing was changed
    if _started_with is None:
        _started_with = (app.style().name(), QPalette(app.palette()))
    if choice in (LIGHT, DARK):
        app.setStyle(QStyleFactory.create("Fusion"))
        app.setPalette(palette(choice))
    else:
        style, original = _started_with
        app.setStyle(QStyleFactory.create(style) or QStyleFactory.create("Fusion"))
        app.setPalette(original)
        _started_with = None


def is_dark(palette_: QPalette | None = None) -> bool:
    shown = palette_ if palette_ is not None else QGuiApplication.palette()
    return shown.color(QPalette.ColorRole.Window).lightness() < 128


def attention_background(palette_: QPalette | None = None) -> QColor:
    """The background of a row that needs attention (a domain about to expire): a pale amber
    under dark text, a deep amber under light text, so that the row's own text stays readable."""
    return QColor("#5c4410") if is_dark(palette_) else QColor("#fdebd0")


def chart_theme(chart: QChart, palette_: QPalette | None = None) -> None:
    """The chart in the colours of the palette (a chart keeps its own white otherwise)."""
    shown = palette_ if palette_ is not None else QGuiApplication.palette()
    chart.setTheme(
        QChart.ChartTheme.ChartThemeDark if is_dark(shown) else QChart.ChartTheme.ChartThemeLight
    )
    chart.setBackgroundBrush(shown.color(QPalette.ColorRole.Base))
    chart.setTitleBrush(shown.color(QPalette.ColorRole.Text))
    for axis in chart.axes():
        axis.setLabelsColor(shown.color(QPalette.ColorRole.Text))
        axis.setTitleBrush(shown.color(QPalette.ColorRole.Text))
