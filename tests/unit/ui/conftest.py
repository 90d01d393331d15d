"""Fixtures of the views' unit tests."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QLocale


@pytest.fixture
def in_spanish(qapp: object) -> object:
    """The app as a person in Argentina runs it: Spanish translations and the es_AR locale."""
    from PySide6.QtCore import QCoreApplication

    from app.i18n import install_translators

    previous = QLocale()
    translators = install_translators(QCoreApplication.instance(), "es")  # type: ignore[arg-type]
    yield
    for translator in translators:
        QCoreApplication.removeTranslator(translator)
    QLocale.setDefault(previous)
