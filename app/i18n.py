"""Language: the system locale picks Spanish or English; ``--lang`` overrides. Qt's own strings
(qtbase) are translated too."""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from resources import TRANSLATIONS

log = logging.getLogger("clientdesk.i18n")


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Mark ``text`` for translation in ``context`` and return it untranslated (typed, unlike
    Qt's own, which returns ``object``); translate it where it is shown."""
    return text


LANGUAGES = ("es", "en")
DEFAULT_LANGUAGE = "en"


def pick_language(requested: str | None = None) -> str:
    if requested:
        code = requested.split("_")[0].split("-")[0].lower()
        if code in LANGUAGES:
            return code
    for name in QLocale.system().uiLanguages():
        code = name.split("-")[0].split("_")[0].lower()
        if code in LANGUAGES:
            return code
    return DEFAULT_LANGUAGE


def install_translators(app: QCoreApplication, language: str) -> list[QTranslator]:
    """Load Clientdesk's and Qt's translations for ``language``; keep the returned objects alive."""
    installed: list[QTranslator] = []
    ours = QTranslator(app)
    if ours.load(str(TRANSLATIONS / f"clientdesk_{language}.qm")):
        app.installTranslator(ours)
        installed.append(ours)
    else:
        log.warning("no translation file for %s", language)
    qt = QTranslator(app)
    qt_path = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if language != "en" and qt.load(f"qtbase_{language}", qt_path):
        app.installTranslator(qt)
        installed.append(qt)
    QLocale.setDefault(
        QLocale(
            QLocale.Language.Spanish if language == "es" else QLocale.Language.English,
            QLocale.Country.Argentina if language == "es" else QLocale.Country.UnitedStates,
        )
    )
    return installed
