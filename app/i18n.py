"""Language: the system locale picks Spanish or English; ``--lang`` overrides. Qt's own strings
(qtbase) are translated too."""

from __future__ import annotations

import logging
import re
import sys
from pathlib import Path

import PySide6
from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from resources import TRANSLATIONS

log = logging.getLogger("clientdesk.i18n")


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Mark ``text`` for translation in ``context`` and return it untranslated (typed, unlike
    Qt's own, which returns ``object``); translate it where it is shown."""
    return text


_PLACE = re.compile(r"%([1-9])")


def arg(template: str, *values: object) -> str:
    """``template`` with %1, %2 ... replaced by ``values`` in one pass, as Qt's ``QString.arg``
    does: a value that itself holds "%2" (a ticket's subject) is not replaced again. A marker with
    no value stays as it is."""

    def value(match: re.Match[str]) -> str:
        number = int(match.group(1))
        return str(values[number - 1]) if number <= len(values) else match.group(0)

    return _PLACE.sub(value, template)


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


def qt_translation_folders() -> list[Path]:
    """Where Qt's own ``qtbase_*.qm`` may be, best first: where Qt says (right in the bundle and
    in most installs), then beside the PySide6 package in its wheel layouts (Qt's answer there
    can name a folder of the machine the wheel was built on, or none)."""
    folders = []
    said = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if said:
        folders.append(Path(said))
    package = Path(PySide6.__file__).resolve().parent
    folders += [package / "Qt" / "translations", package / "translations"]
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        folders.append(Path(bundle) / "PySide6" / "Qt" / "translations")
    unique: list[Path] = []
    for folder in folders:
        if folder not in unique and folder.is_dir():
            unique.append(folder)
    return unique


def install_translators(app: QCoreApplication, language: str) -> list[QTranslator]:
    """Load Clientdesk's and Qt's translations for ``language``; keep the returned objects alive."""
    installed: list[QTranslator] = []
    ours = QTranslator(app)
    if ours.load(str(TRANSLATIONS / f"clientdesk_{language}.qm")):
        app.installTranslator(ours)
        installed.append(ours)
    else:
        log.warning("no translation file for %s", language)
    if language != "en":
        qt = QTranslator(app)
        folder = next(
            (f for f in qt_translation_folders() if (f / f"qtbase_{language}.qm").is_file()), None
        )
        if folder is not None and qt.load(f"qtbase_{language}", str(folder)):
            app.installTranslator(qt)
            installed.append(qt)
            gaps = QTranslator(app)  # what that catalog leaves in English, searched before it
            if gaps.load(str(TRANSLATIONS / f"qt_gaps_{language}.qm")):
                app.installTranslator(gaps)
                installed.append(gaps)
        else:  # Qt's dialogs ("Look in", "Cancel") would stay in English
            log.warning(
                "Qt's own translation for %s not found in %s",
                language,
                [str(f) for f in qt_translation_folders()],
            )
    QLocale.setDefault(
        QLocale(
            QLocale.Language.Spanish if language == "es" else QLocale.Language.English,
            QLocale.Country.Argentina if language == "es" else QLocale.Country.UnitedStates,
        )
    )
    return installed
