"""Files attached to a ticket message: chosen with the file picker or dropped on the form,
checked against the portal's limits (type, 2 MB each, 5 at most) before anything is sent."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from app.i18n import arg
from app.tickets import MAX_ATTACHMENTS, attachment_problem

from . import dialogs
from .empty_state import empty_state


def dropped_files(event: QDragEnterEvent | QDropEvent) -> list[str]:
    mime = event.mimeData()
    if not mime.hasUrls():
        return []
    return [url.toLocalFile() for url in mime.urls() if url.isLocalFile()]


class AttachmentList(QWidget):
    """The list of files, the Attach and Remove buttons and the line that says what is wrong."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.list = QListWidget(self)
        self.list.setAccessibleName(self.tr("Attached files"))
        self.empty_state = empty_state(self.list, self.tr("No files attached."))
        self.list.setMaximumHeight(90)
        self.attach_button = QPushButton(self.tr("A&ttach files…"), self)
        self.attach_button.setAccessibleName(self.tr("Attach files"))
        self.remove_button = QPushButton(self.tr("Remove file"), self)
        self.remove_button.setAccessibleName(self.tr("Remove the selected file"))
        self.hint = QLabel(
            self.tr(
                "png, jpg, pdf, txt, log or zip; 2 MB each, 5 at most. You can drop files here."
            ),
            self,
        )
        self.hint.setWordWrap(True)
        self.hint.setEnabled(False)
        self.error = QLabel(self)
        self.error.setObjectName("field_error")
        self.error.setStyleSheet("color: #c0392b;")
        self.error.setWordWrap(True)
        self.error.hide()

        buttons = QVBoxLayout()
        buttons.addWidget(self.attach_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.list, 1)
        row.addLayout(buttons)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.hint)
        layout.addWidget(self.error)

        self.attach_button.clicked.connect(self.choose)
        self.remove_button.clicked.connect(self.remove_selected)

    def paths(self) -> list[str]:
        return [
            str(self.list.item(i).data(Qt.ItemDataRole.UserRole)) for i in range(self.list.count())
        ]

    def set_paths(self, paths: Iterable[str]) -> None:
        self.list.clear()
        for path in paths:
            self._append(path)
        self.changed.emit()

    def _append(self, path: str) -> None:
        item = QListWidgetItem(Path(path).name, self.list)
        item.setData(Qt.ItemDataRole.UserRole, path)
        item.setToolTip(path)

    def choose(self) -> None:
        paths = dialogs.open_files(
            self,
            self.tr("Attach files"),
            self.tr("Allowed files (*.png *.jpg *.jpeg *.pdf *.txt *.log *.zip)"),
        )
        if paths:
            self.add(paths)

    def add(self, paths: Iterable[str]) -> None:
        """Add the files that the portal would accept; say why the others were left out."""
        problems: list[str] = []
        current = self.paths()
        for path in paths:
            if path in current:
                continue
            problem = attachment_problem(Path(path))
            if problem is not None:
                problems.append(problem)
                continue
            if len(current) >= MAX_ATTACHMENTS:
                text = arg(self.tr("%1: at most 5 files per message."), Path(path).name)
                problems.append(text)
                continue
            current.append(path)
            self._append(path)
        self.show_error("\n".join(problems))
        self.changed.emit()

    def remove_selected(self) -> None:
        for item in self.list.selectedItems():
            self.list.takeItem(self.list.row(item))
        self.show_error("")
        self.changed.emit()

    def show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.setVisible(bool(text))

    def clear(self) -> None:
        self.list.clear()
        self.show_error("")


class DropArea(QWidget):
    """A form that takes files dropped anywhere on it into its attachment list."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAcceptDrops(True)
        self.attachments = AttachmentList(self)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if dropped_files(event):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        files = dropped_files(event)
        if files:
            self.attachments.add(files)
            event.acceptProposedAction()
