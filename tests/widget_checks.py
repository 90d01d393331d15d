"""Checks on shown widgets that tests of several packages share."""

from __future__ import annotations

from collections.abc import Callable, Iterator

from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTabWidget,
    QWidget,
)


def squashed_line_edits(root: QWidget) -> list[str]:
    """The visible line edits under ``root`` shorter than their font's height, or, when framed,
    than the height Qt says they need for it (the font plus frame and margins): their text would
    be clipped. (A spin box's or an editable combo box's own field is frameless.)"""
    found = []
    for edit in root.findChildren(QLineEdit):
        if not edit.isVisibleTo(root.window()) or not edit.isVisible():
            continue
        needed = edit.fontMetrics().height()
        if edit.hasFrame():
            needed = max(needed, edit.minimumSizeHint().height())
        if edit.height() < needed:
            name = edit.accessibleName() or edit.objectName() or edit.placeholderText()
            found.append(f"{type(edit.parentWidget()).__name__}/{name}: {edit.height()} < {needed}")
    return found


def _outer_tab_widgets(widget: QWidget) -> list[QTabWidget]:
    """The shown tab widgets under ``widget`` that no other tab widget under it holds."""
    found = []
    for tabs in widget.findChildren(QTabWidget):
        if not tabs.isVisible():
            continue
        parent = tabs.parentWidget()
        while parent is not None and parent is not widget and not isinstance(parent, QTabWidget):
            parent = parent.parentWidget()
        if parent is widget or parent is None:
            found.append(tabs)
    return found


def each_view(widget: QWidget, settle: Callable[[], None], path: str = "") -> Iterator[str]:
    """Show every page of every tab widget under ``widget`` in turn, sub-tabs too, and yield
    each shown leaf's path ("/Account/Security") once it is shown and laid out."""
    tab_widgets = _outer_tab_widgets(widget)
    if not tab_widgets:
        yield path or "/"
        return
    for tabs in tab_widgets:
        for index in range(tabs.count()):
            tabs.setCurrentIndex(index)
            settle()
            page = tabs.widget(index)
            yield from each_view(page, settle, f"{path}/{tabs.tabText(index).replace('&', '')}")


def blank_lists(root: QWidget) -> list[str]:
    """The shown lists under ``root`` with no row and nothing saying so (an empty list must say
    why it is empty, or that it is loading)."""
    found = []
    for view in root.findChildren(QAbstractItemView):
        model = view.model()
        if isinstance(view, QHeaderView) or not view.isVisible() or model is None:
            continue
        if model.rowCount() > 0:
            continue
        said = any(
            label.isVisible() and label.text().strip()
            for label in view.viewport().findChildren(QLabel, "empty_state")
        )
        if not said:
            found.append(view.objectName() or view.accessibleName() or type(view).__name__)
    return found
