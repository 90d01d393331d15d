"""User choices, declared once with type, default and a translatable title; stored with QSettings.

Secrets never go here: tokens live in the keychain (``app.keychain``). Window geometry and column
widths are UI state, kept apart under the ``ui/`` group (``UiState``).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Generic, TypeVar, cast

from PySide6.QtCore import QByteArray, QSettings

from .i18n import QT_TRANSLATE_NOOP

T = TypeVar("T")

SETTINGS_VERSION = 1


def _convert(raw: object, default: T) -> T:
    """QSettings gives strings back from INI files: read them as the option's type."""
    if isinstance(default, bool):
        if isinstance(raw, str):
            return cast(T, raw.lower() in ("true", "1", "yes"))
        return cast(T, bool(raw))
    if isinstance(default, int):
        try:
            return cast(T, int(str(raw)))
        except ValueError:
            return default
    return cast(T, "" if raw is None else str(raw))


@dataclass(frozen=True)
class Option(Generic[T]):
    key: str
    default: T
    title: str  # translated with context "settings"

    def read(self, store: QSettings) -> T:
        return _convert(store.value(self.key, self.default), self.default)

    def write(self, store: QSettings, value: T) -> None:
        store.setValue(self.key, value)


PORTAL_URL = Option("signin/portal_url", "", QT_TRANSLATE_NOOP("settings", "Portal address"))
EMAIL = Option("signin/email", "", QT_TRANSLATE_NOOP("settings", "E-mail"))
REMEMBER_ME = Option("signin/remember_me", False, QT_TRANSLATE_NOOP("settings", "Remember me"))
LANGUAGE = Option(
    "general/language", "", QT_TRANSLATE_NOOP("settings", "Language (empty: the system's)")
)
LAST_ACCOUNT = Option("general/last_account", 0, QT_TRANSLATE_NOOP("settings", "Last account"))
THEMES = ("system", "light", "dark")
THEME = Option(
    "general/theme", "system", QT_TRANSLATE_NOOP("settings", "Theme (system, light or dark)")
)

ALL_OPTIONS: tuple[Option[str] | Option[bool] | Option[int], ...] = (
    PORTAL_URL,
    EMAIL,
    REMEMBER_ME,
    LANGUAGE,
    LAST_ACCOUNT,
    THEME,
)


class Settings:
    def __init__(self, store: QSettings) -> None:
        self.store = store
        self._upgrade()

    def get(self, option: Option[T]) -> T:
        return option.read(self.store)

    def set(self, option: Option[T], value: T) -> None:
        option.write(self.store, value)

    def _upgrade(self) -> None:
        version = int(cast(int, self.store.value("settings_version", 0)) or 0)
        # Version 1 is the first layout; later versions add their upgrade steps here.
        if version < SETTINGS_VERSION:
            self.store.setValue("settings_version", SETTINGS_VERSION)


class UiState:
    """Window geometry, splitter and header states: restored as the user left them."""

    def __init__(self, store: QSettings) -> None:
        self.store = store

    def load(self, key: str) -> QByteArray | None:
        value = self.store.value(f"ui/{key}")
        return value if isinstance(value, QByteArray) and not value.isEmpty() else None

    def save(self, key: str, value: QByteArray) -> None:
        self.store.setValue(f"ui/{key}", value)
