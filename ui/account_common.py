"""Small pieces the account tabs share: date-times in the user's locale, a field with its error
line under it."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import (
    Qt,
)
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from . import formatting


def when(value: dt.datetime | None) -> str:
    """A moment in the user's time zone and locale (the portal answers in UTC)."""
    return formatting.date_time(value)


def sort_time(value: dt.datetime | None) -> float:
    if value is None:
        return 0.0
    if value.tzinfo is None:
        value = value.replace(tzinfo=dt.UTC)
    return value.timestamp()


class FieldErrors:
    """Error lines under form fields: ``wrap`` a field, ``show`` the portal's texts, ``clear``."""

    def __init__(self) -> None:
        self.labels: dict[str, QLabel] = {}
        self.fields: dict[str, QWidget] = {}

    def wrap(self, name: str, field: QWidget, parent: QWidget) -> QWidget:
        box = QWidget(parent)
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        error = QLabel(box)
        error.setObjectName(f"{name}_error")
        error.setStyleSheet("color: #c0392b;")
        error.setWordWrap(True)
        error.hide()
        column.addWidget(field)
        column.addWidget(error)
        self.labels[name] = error
        self.fields[name] = field
        return box

    def show(self, fields: dict[str, str]) -> bool:
        """Show each text under its field and focus the first; False if none had a field."""
        first: QWidget | None = None
        for name, text in fields.items():
            label = self.labels.get(name.split(".")[0])
            if label is None:
                continue
            label.setText(text)
            label.show()
            if first is None:
                first = self.fields[name.split(".")[0]]
        if first is not None:
            first.setFocus(Qt.FocusReason.OtherFocusReason)
        return first is not None

    def clear(self) -> None:
        for label in self.labels.values():
            label.clear()
            label.hide()
