"""Every modal question the app asks, behind small functions that tests replace
(``monkeypatch.setattr(ui.dialogs, "confirm", lambda *a, **k: True)``).

Call them as ``dialogs.confirm(...)`` (module attribute), never ``from .dialogs import confirm``,
so a replaced function is the one called.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, QStandardPaths
from PySide6.QtWidgets import QFileDialog, QInputDialog, QLineEdit, QMessageBox, QWidget


def confirm(parent: QWidget | None, title: str, text: str, action: str) -> bool:
    """Ask before something that costs money or cannot be undone; ``text`` says what happens."""
    box = QMessageBox(
        QMessageBox.Icon.Question, title, text, QMessageBox.StandardButton.Cancel, parent
    )
    go = box.addButton(action, QMessageBox.ButtonRole.AcceptRole)
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    box.exec()
    return box.clickedButton() is go


def ask_password(parent: QWidget | None, title: str, text: str) -> str | None:
    """The account password, re-entered to confirm; None when the user cancels."""
    value, ok = QInputDialog.getText(parent, title, text, QLineEdit.EchoMode.Password)
    return value if ok else None


def ask_text(parent: QWidget | None, title: str, text: str, initial: str = "") -> str | None:
    value, ok = QInputDialog.getText(parent, title, text, QLineEdit.EchoMode.Normal, initial)
    return value if ok else None


LAST_FOLDER = "ui/last_folder"  # where the person last saved or picked a file (UI state)


def start_folder(store: QSettings | None = None) -> str:
    """Where a file dialog opens: the folder used last, else the Documents folder (never the
    program's working folder)."""
    store = store if store is not None else QSettings()
    last = str(store.value(LAST_FOLDER, "") or "")
    if last and Path(last).is_dir():
        return last
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return documents or str(Path.home())


def remember_folder(path: str, store: QSettings | None = None) -> None:
    store = store if store is not None else QSettings()
    store.setValue(LAST_FOLDER, str(Path(path).parent))


def save_file(
    parent: QWidget | None,
    title: str,
    suggested: str,
    filters: str,
    store: QSettings | None = None,
) -> str | None:
    start = str(Path(start_folder(store)) / suggested)
    path, _ = QFileDialog.getSaveFileName(parent, title, start, filters)
    if path:
        remember_folder(path, store)
    return path or None


def open_files(
    parent: QWidget | None, title: str, filters: str, store: QSettings | None = None
) -> list[str]:
    paths, _ = QFileDialog.getOpenFileNames(parent, title, start_folder(store), filters)
    if paths:
        remember_folder(paths[0], store)
    return paths


def inform(parent: QWidget | None, title: str, text: str) -> None:
    QMessageBox.information(parent, title, text)


def choose(
    parent: QWidget | None, title: str, text: str, options: list[str], current: int = 0
) -> int | None:
    """One of ``options`` (its index), picked from a list; None when the user cancels."""
    value, ok = QInputDialog.getItem(parent, title, text, options, current, False)
    return options.index(value) if ok and value in options else None
