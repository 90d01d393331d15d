"""Contrast measured on pictures of the widgets, in the light palette and in a dark one: a
placeholder and a hint (disabled text) at 4.5:1 or more against their background (WCAG 2.1 AA for
text), a table's focused cell outlined at 3:1 or more (AA for focus indicators)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QImage, QPalette, QStandardItemModel
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QTableView, QWidget

from ui.accessibility import contrast, install, readable_palette


def dark_palette() -> QPalette:
    """A dark palette as desktops ship them: light text, a placeholder too dim to read."""
    palette = QPalette()
    for role, color in (
        (QPalette.ColorRole.Window, "#202124"),
        (QPalette.ColorRole.WindowText, "#e8eaed"),
        (QPalette.ColorRole.Base, "#1b1b1d"),
        (QPalette.ColorRole.Text, "#e8eaed"),
        (QPalette.ColorRole.Button, "#2d2e31"),
        (QPalette.ColorRole.ButtonText, "#e8eaed"),
        (QPalette.ColorRole.Highlight, "#3874d8"),
        (QPalette.ColorRole.HighlightedText, "#ffffff"),
        (QPalette.ColorRole.PlaceholderText, "#4a4b4e"),
    ):
        palette.setColor(role, QColor(color))
    palette.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.WindowText, QColor("#444"))
    palette.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text, QColor("#444"))
    return palette


@pytest.fixture(params=["light", "dark"])
def palette(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[QPalette]:
    install(qapp)
    before = qapp.palette()
    if request.param == "dark":
        qapp.setPalette(readable_palette(dark_palette()))
    yield qapp.palette()
    qapp.setPalette(before)


def colours(widget: QWidget) -> tuple[QColor, list[QColor]]:
    """The picture's background (its most frequent colour) and every other colour in it."""
    widget.resize(320, 60)
    image = widget.grab().toImage().convertToFormat(QImage.Format.Format_RGB32)
    counts: Counter[int] = Counter(
        image.pixel(x, y) for y in range(image.height()) for x in range(image.width())
    )
    background = QColor.fromRgb(counts.most_common(1)[0][0])
    return background, [QColor.fromRgb(rgb) for rgb in counts]


def strongest(widget: QWidget) -> float:
    background, found = colours(widget)
    return max(contrast(colour, background) for colour in found)


def big_font(widget: QWidget) -> None:
    # glyph stems wide enough to have pixels of the text's own colour, not only antialiasing
    font = QFont(widget.font())
    font.setPixelSize(28)
    font.setBold(True)
    widget.setFont(font)


def test_a_placeholder_reads_at_aa(palette: QPalette) -> None:
    field = QLineEdit()
    field.setPlaceholderText("nombre@empresa.com.ar")
    big_font(field)
    assert strongest(field) >= 4.5


def test_a_hint_reads_at_aa(palette: QPalette) -> None:
    hint = QLabel("Arrastrá archivos acá")
    hint.setEnabled(False)  # how the app dims a hint
    hint.setAutoFillBackground(True)
    big_font(hint)
    assert strongest(hint) >= 4.5


def test_a_focused_cell_is_outlined_at_3_to_1(palette: QPalette, qapp: QApplication) -> None:
    model = QStandardItemModel(3, 2)
    table = QTableView()
    table.setModel(model)
    table.resize(320, 120)
    table.show()
    table.setCurrentIndex(model.index(1, 0))
    table.setFocus(Qt.FocusReason.TabFocusReason)
    qapp.processEvents()
    rect = table.visualRect(model.index(1, 0))
    image = table.viewport().grab().toImage().convertToFormat(QImage.Format.Format_RGB32)
    inside = QColor.fromRgb(image.pixel(rect.center()))
    edge = QColor.fromRgb(image.pixel(rect.left() + 1, rect.center().y()))
    table.close()
    assert contrast(edge, inside) >= 3.0


def test_a_row_that_needs_attention_reads_at_aa(palette: QPalette) -> None:
    """A domain about to expire is highlighted; its text, in the palette's own colour, stays
    readable on that highlight in light and in dark."""
    from ui.theme import attention_background

    text = palette.color(QPalette.ColorRole.Text)
    assert contrast(text, attention_background(palette)) >= 4.5
