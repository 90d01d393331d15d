"""Checks on shown widgets that tests of several packages share."""

from __future__ import annotations

from collections.abc import Callable, Iterator

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTabBar,
    QTableView,
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


def _shown_tables(root: QWidget) -> list[QTableView]:
    return [
        view
        for view in root.findChildren(QTableView)
        if view.isVisible() and view.model() is not None
    ]


def _table_name(view: QTableView) -> str:
    return view.objectName() or view.accessibleName() or type(view.parentWidget()).__name__


def clipped_columns(root: QWidget) -> list[str]:
    """The shown tables under ``root`` that scroll sideways, or cut a column's header or text
    while room is left over (beside the columns or in a column wider than it needs): what a
    column needs is the wider of its header's and its cells' size hints."""
    found = []
    for view in _shown_tables(root):
        header = view.horizontalHeader()
        columns = [c for c in range(header.count()) if not header.isSectionHidden(c)]
        need = {c: max(header.sectionSizeHint(c), view.sizeHintForColumn(c)) for c in columns}
        width = {c: header.sectionSize(c) for c in columns}
        room = view.viewport().width()
        used = sum(width.values())
        name = _table_name(view)
        if used > room + 1 or view.horizontalScrollBar().isVisible():
            found.append(f"{name}: {used} px of columns in {room} px (scrolls sideways)")
            continue
        spare = room - used + sum(max(0, width[c] - need[c]) for c in columns)
        model = view.model()
        for c in columns:
            if width[c] < need[c] - 1 and spare > 4:
                title = model.headerData(c, Qt.Orientation.Horizontal)
                found.append(f"{name}/{title}: {width[c]} < {need[c]} px with {spare} px spare")
    return found


def cells_without_full_tooltip(root: QWidget, rows: int = 200) -> list[str]:
    """The cells of the shown tables under ``root`` whose tooltip is not their whole text."""
    found = []
    for view in _shown_tables(root):
        model = view.model()
        for row in range(min(model.rowCount(), rows)):
            for column in range(model.columnCount()):
                index = model.index(row, column)
                text = index.data(Qt.ItemDataRole.DisplayRole)
                if not isinstance(text, str) or not text:
                    continue
                tip = index.data(Qt.ItemDataRole.ToolTipRole)
                if tip != text:
                    found.append(f"{_table_name(view)}[{row},{column}]: {text!r} → {tip!r}")
    return found


def disabled_without_reason(root: QWidget) -> list[str]:
    """The shown buttons under ``root`` that are greyed out and do not say why: in their tooltip,
    which a screen reader reads as the description, or in that of the greyed-out group that holds
    them (where Qt shows a tooltip the button lacks). A person cannot tell what to do first."""
    found = []
    for button in root.findChildren(QAbstractButton):
        if not button.isVisible() or button.isEnabled() or _says_why(button):
            continue
        if isinstance(button.parentWidget(), (QTabBar, QAbstractItemView)):
            continue  # a tab bar's scroll arrow, a header's corner: Qt's own, not an action
        found.append(button.text().replace("&", "") or button.accessibleName() or "?")
    return found


def _says_why(widget: QWidget) -> bool:
    while widget is not None and not widget.isEnabled():
        if widget.toolTip().strip():
            return True
        widget = widget.parentWidget()  # type: ignore[assignment]
    return False
