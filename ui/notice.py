"""An inline notice shown next to what failed, with a Retry button when retrying makes sense."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from .accessibility import announce


class Notice(QFrame):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("notice")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet(
            "#notice { background: palette(alternate-base); border: 1px solid #c0392b;"
            " border-radius: 4px; }"
        )
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        self.label = QLabel(self)
        self.label.setWordWrap(True)
        self.retry_button = QPushButton(self.tr("Retry"), self)
        self.retry_button.setAccessibleName(self.tr("Retry"))
        layout.addWidget(self.label, 1)
        layout.addWidget(self.retry_button)
        self._retry: Callable[[], None] | None = None
        self.retry_button.clicked.connect(self._on_retry)
        self.hide()

    def show_error(self, text: str, retry: Callable[[], None] | None = None) -> None:
        self.label.setText(text)
        self._retry = retry
        self.retry_button.setVisible(retry is not None)
        self.show()
        announce(self.label, text, assertive=True)

    def clear(self) -> None:
        self.label.clear()
        self._retry = None
        self.hide()

    def _on_retry(self) -> None:
        retry = self._retry
        self.clear()
        if retry is not None:
            retry()
