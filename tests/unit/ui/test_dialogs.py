"""File dialogs open in the folder used last, else in Documents (never the working folder)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, QStandardPaths

from ui import dialogs


def test_the_first_dialog_opens_in_documents_then_in_the_last_folder(
    qapp: object, tmp_path: Path
) -> None:
    store = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    assert documents
    assert dialogs.start_folder(store) == documents
    chosen = tmp_path / "facturas" / "F-0001.pdf"
    chosen.parent.mkdir()
    dialogs.remember_folder(str(chosen), store)
    store.sync()
    again = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    assert dialogs.start_folder(again) == str(chosen.parent), "kept across restarts"
    # a folder that is gone: back to Documents
    chosen.parent.rmdir()
    assert dialogs.start_folder(again) == documents
