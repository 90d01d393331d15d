"""Several sign-ins kept side by side (portals and people), switchable without typing a password.

The list (portal address, e-mail, display name) lives in the settings file; the secret of each
(its rotating refresh token) only in the keychain, under the same "address|e-mail" key that
"remember me" uses. A sign-in joins the list when it is remembered; signing out removes it.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass

from PySide6.QtCore import QObject, QSettings, Signal

from . import keychain, settings
from .client_area import ClientArea, Stage

KEY = "signin/saved"  # a JSON list of {portal_url, email, name}: no secret


@dataclass(frozen=True)
class SavedSignIn:
    portal_url: str
    email: str
    name: str

    @property
    def key(self) -> tuple[str, str]:
        return (self.portal_url, self.email.strip().lower())


def read(store: QSettings) -> list[SavedSignIn]:
    raw = store.value(KEY, "")
    try:
        items = json.loads(str(raw)) if raw else []
    except ValueError:
        return []
    found = []
    for item in items if isinstance(items, list) else []:
        try:
            found.append(
                SavedSignIn(str(item["portal_url"]), str(item["email"]), str(item["name"]))
            )
        except (KeyError, TypeError):
            continue
    return found


def write(store: QSettings, saved: list[SavedSignIn]) -> None:
    store.setValue(KEY, json.dumps([asdict(s) for s in saved], ensure_ascii=False))


class SavedSignIns(QObject):
    """The sign-ins this computer remembers, kept in step with the client area: a remembered
    sign-in is added, one signed out of is dropped; ``switch_to`` resumes another one."""

    changed = Signal()

    def __init__(self, area: ClientArea, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.area = area
        self._store = area.settings.store
        self._current: SavedSignIn | None = None
        self._setting_aside = False  # leaving a sign-in that stays saved (not a sign-out)
        area.stage_changed.connect(self._stage_changed)

    @property
    def items(self) -> list[SavedSignIn]:
        return read(self._store)

    @property
    def current(self) -> SavedSignIn | None:
        return self._current

    def _stage_changed(self, stage: Stage) -> None:
        connection = self.area.connection
        if stage is not Stage.SIGNED_IN or connection is None or connection.demo:
            if stage is Stage.WELCOME and self._current is not None and not self._setting_aside:
                # signed out: the portal ended the session and the keychain forgot the token
                self._drop(self._current)
            self._current = None
            self._setting_aside = False
            self.changed.emit()
            return
        entry = SavedSignIn(
            connection.portal_url,
            self.area.settings.get(settings.EMAIL),
            connection.me.person.name,
        )
        self._current = entry
        if self.area.settings.get(settings.REMEMBER_ME):
            saved = [s for s in read(self._store) if s.key != entry.key]
            saved.append(entry)
            write(self._store, saved)
        self.changed.emit()

    def _drop(self, entry: SavedSignIn) -> None:
        write(self._store, [s for s in read(self._store) if s.key != entry.key])

    def switch_to(self, entry: SavedSignIn) -> None:
        """Leave the current sign-in on this computer (its token stays) and resume ``entry``."""
        self._setting_aside = self._current is not None
        self.area.switch_sign_in(entry.portal_url, entry.email)

    def add_another(self) -> None:
        """Back to the welcome screen to sign in to another portal or as another person; the
        current sign-in stays saved."""
        self._setting_aside = self._current is not None
        self.area.switch_sign_in("", "")

    def forget(self, entry: SavedSignIn) -> None:
        """Drop a saved sign-in that is not the current one, and its token."""
        self._drop(entry)
        self.area.runner.run(
            f"forget-{entry.portal_url}|{entry.email}",
            keychain.forget_refresh_token(entry.portal_url, entry.email),
        )
        self.changed.emit()
