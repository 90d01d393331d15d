"""A sentence over an empty list ("No invoices to show.", or "Loading…" while a view says it is
loading), so an empty list never looks broken; it goes as soon as a row arrives."""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QAbstractItemView, QLabel


class EmptyState(QObject):
    def __init__(self, view: QAbstractItemView, text: str) -> None:
        super().__init__(view)
        self.view = view
        self.label = QLabel(text, view.viewport())
        self.label.setObjectName("empty_state")
        self.label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.label.setWordWrap(True)
        self.label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self._text = text
        self._loading = False
        model = view.model()
        for signal in (
            model.rowsInserted,
            model.rowsRemoved,
            model.modelReset,
            model.layoutChanged,
        ):
            signal.connect(self._changed)
        view.viewport().installEventFilter(self)
        self.update()

    def set_text(self, text: str) -> None:
        self._text = text
        if not self._loading:
            self.label.setText(text)

    def loading(self) -> None:
        """A load started: an empty list says "Loading…" until rows (or none) arrive."""
        self._loading = True
        self.label.setText(QCoreApplication.translate("EmptyState", "Loading…"))
        self.update()

    def loaded(self) -> None:
        """The load ended without changing the rows (it failed): back to the empty text."""
        if self._loading:
            self._loading = False
            self.label.setText(self._text)

    def _changed(self, *_args: object) -> None:
        self.loaded()
        self.update()

    def update(self, *_args: object) -> None:
        # the view's own model empties itself while the view is being destroyed
        if not (shiboken6.isValid(self.view) and shiboken6.isValid(self.label)):
            return
        model = self.view.model()
        if model is None or not shiboken6.isValid(model):
            return
        self.label.setVisible(model.rowCount() == 0)
        self.label.setGeometry(self.view.viewport().rect().adjusted(12, 12, -12, -12))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            self.update()
        return False


def empty_state(view: QAbstractItemView, text: str) -> EmptyState:
    """Show ``text`` over ``view`` while its model has no rows (set the model first)."""
    return EmptyState(view, text)
