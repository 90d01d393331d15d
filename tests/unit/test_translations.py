"""Spanish and English are complete, and the compiled files match their sources."""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
TRANSLATIONS = ROOT / "resources" / "translations"


@pytest.mark.parametrize("language", ["es", "en"])
def test_every_string_is_translated(language: str) -> None:
    tree = ET.parse(TRANSLATIONS / f"clientdesk_{language}.ts")
    untranslated = []
    for message in tree.getroot().iter("message"):
        translation = message.find("translation")
        assert translation is not None
        forms = [f.text for f in translation.iter("numerusform")] or [translation.text]
        if translation.get("type") in ("unfinished", "vanished", "obsolete") or not all(forms):
            untranslated.append(message.findtext("source"))
    assert untranslated == []


def test_sources_and_compiled_files_are_current() -> None:
    result = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "update_translations.py"), "--check"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_spanish_is_loaded_for_es(qapp: object) -> None:
    from PySide6.QtCore import QCoreApplication, QLocale

    from app.i18n import install_translators
    from ui.welcome import WelcomePage

    locale = QLocale()
    translators = install_translators(QCoreApplication.instance(), "es")  # type: ignore[arg-type]
    try:
        from PySide6.QtGui import QIcon

        page = WelcomePage(QIcon())
        assert page.demo_button.text() == "Abrir el portal de demostración"
        assert page.sign_in_button.text() == "Ingresar a un portal"
    finally:
        for translator in translators:
            QCoreApplication.removeTranslator(translator)
        QLocale.setDefault(locale)
    assert WelcomePage(QIcon()).demo_button.text() == "Open the demo portal"


@pytest.mark.parametrize("qt_says", ["", "/nonexistent/qt/translations"])
def test_qts_own_dialogs_are_in_spanish_whatever_folder_qt_names(
    qapp: object, monkeypatch: pytest.MonkeyPatch, qt_says: str
) -> None:
    """Run from a wheel, Qt may name no translations folder or one of the build machine; the
    file dialog's own words ("Look in", "Files of type") must still be Spanish."""
    from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale

    from app import i18n

    monkeypatch.setattr(i18n.QLibraryInfo, "path", lambda _which: qt_says)
    assert QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath) == qt_says
    locale = QLocale()
    translators = i18n.install_translators(QCoreApplication.instance(), "es")  # type: ignore[arg-type]
    try:
        assert len(translators) == 3, "ours, Qt's and what Qt's leaves in English"
        # the labels as the file dialog shows them (with their mnemonics)
        assert QCoreApplication.translate("QFileDialog", "&Look in:") == "&Ver en:"
        assert QCoreApplication.translate("QFileDialog", "Files of &type:") == "Ficheros de &tipo:"
        assert QCoreApplication.translate("QFileDialog", "File &name:") != "File &name:"
        assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Cancelar"
    finally:
        for translator in translators:
            QCoreApplication.removeTranslator(translator)
        QLocale.setDefault(locale)
