"""Checks on shown widgets that tests of several packages share."""

from __future__ import annotations

from PySide6.QtWidgets import QLineEdit, QWidget


def squashed_line_edits(root: QWidget) -> list[str]:
    """The visible line edits under ``root`` shorter than their font's height, or than the height
    Qt says they need for it (the font plus frame and margins): their text would be clipped."""
    found = []
    for edit in root.findChildren(QLineEdit):
        if not edit.isVisibleTo(root.window()) or not edit.isVisible():
            continue
        needed = max(edit.fontMetrics().height(), edit.minimumSizeHint().height())
        if edit.height() < needed:
            name = edit.accessibleName() or edit.objectName() or edit.placeholderText()
            found.append(f"{type(edit.parentWidget()).__name__}/{name}: {edit.height()} < {needed}")
    return found
