"""The local cache: what each view last saw, per portal and person, so that a view, an account
switch or a restart shows something at once and replaces it when the portal answers
(stale-while-revalidate).

One SQLite file per portal and person under ``<data folder>/cache/``, readable by the user only
(0600, in a 0700 folder), named by a digest so that the file name tells nobody's address. It
holds the portal's answers as the views show them (JSON of the wire models) and never a secret:
no token (those live in the keychain), no card number (the portal never gives one; a saved card
is brand, last 4 and expiry, as the card tab shows it). Signing out with "forget this computer"
deletes the person's file; each file is bounded in size and evicts what was used longest ago.

Reads and writes are a few kilobytes on a local file (SQLite in WAL mode, no fsync per write):
they run on the UI thread, where showing the cached answer at once is the point.
"""

from __future__ import annotations

import datetime as dt
import functools
import hashlib
import logging
import os
import sqlite3
import stat
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Generic, TypeVar

from pydantic import TypeAdapter, ValidationError
from PySide6.QtCore import QCoreApplication, QDateTime, QLocale, QTimeZone

from .i18n import arg

log = logging.getLogger("clientdesk.local_cache")

T = TypeVar("T")

FOLDER = "cache"
# an answer younger than this is shown as it is; an older one carries its age until replaced
FRESH_SECONDS = 60.0
# per portal and person: past this many bytes of answers, the longest unused go first
MAX_BYTES = 16 * 1024 * 1024
PERSON_ENTRY = 0  # the "account" under which the person's own answers (who am I) are kept
SCHEMA = 1

_CREATE = """
create table if not exists entries (
    account_id integer not null,
    key text not null,
    body blob not null,
    saved_at real not null,
    used_at real not null,
    primary key (account_id, key)
)
"""


@functools.cache
def adapter(kind: Any) -> TypeAdapter[Any]:
    """One TypeAdapter per wire type (building one costs more than using it)."""
    return TypeAdapter(kind)


def person_key(portal_url: str, email: str) -> str:
    return hashlib.sha256(f"{portal_url}|{email.strip().lower()}".encode()).hexdigest()[:32]


def cache_path(data_folder: Path, portal_url: str, email: str) -> Path:
    return data_folder / FOLDER / f"{person_key(portal_url, email)}.sqlite3"


def cache_files(path: Path) -> list[Path]:
    """The database and the files SQLite keeps beside it."""
    return [path, *(path.with_name(path.name + suffix) for suffix in ("-wal", "-shm", "-journal"))]


def forget(data_folder: Path, portal_url: str, email: str) -> None:
    """Delete everything kept for this portal and person ("forget this computer")."""
    for path in cache_files(cache_path(data_folder, portal_url, email)):
        path.unlink(missing_ok=True)


@dataclass(frozen=True)
class Cached(Generic[T]):
    value: T
    saved_at: dt.datetime  # UTC

    def age(self, now: dt.datetime | None = None) -> dt.timedelta:
        return (now or dt.datetime.now(dt.UTC)) - self.saved_at

    @property
    def fresh(self) -> bool:
        return self.age().total_seconds() < FRESH_SECONDS


class LocalCache:
    """The answers kept for one portal and person. ``account_id`` scopes each entry (0 for the
    person's own); ``key`` names the view's load ("services", "invoices:paid", ...)."""

    def __init__(
        self,
        path: Path,
        *,
        max_bytes: int = MAX_BYTES,
        clock: Callable[[], float] = time.time,
    ) -> None:
        self.path = path
        self.max_bytes = max_bytes
        self._clock = clock
        self._db: sqlite3.Connection | None = None
        self._broken = False

    @classmethod
    def for_person(cls, data_folder: Path, portal_url: str, email: str) -> LocalCache:
        return cls(cache_path(data_folder, portal_url, email))

    # ---- the file -------------------------------------------------------------------------

    def _open(self) -> sqlite3.Connection | None:
        if self._db is not None or self._broken:
            return self._db
        try:
            self.path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
            # made readable by its owner only before SQLite writes a byte into it; SQLite gives
            # its journal files the database's mode
            os.close(os.open(self.path, os.O_RDWR | os.O_CREAT, 0o600))
            os.chmod(self.path, stat.S_IRUSR | stat.S_IWUSR)
            db = sqlite3.connect(self.path, isolation_level=None)
            db.execute("pragma journal_mode=wal")
            db.execute("pragma synchronous=normal")
            version = db.execute("pragma user_version").fetchone()[0]
            if version != SCHEMA:
                db.execute("drop table if exists entries")
                db.execute(f"pragma user_version={SCHEMA}")
            db.execute(_CREATE)
        except (OSError, sqlite3.Error) as exc:
            # the app works without its cache: it only loses the instant start
            log.warning("the local cache cannot be used: %s", type(exc).__name__)
            self._broken = True
            return None
        self._db = db
        return db

    def close(self) -> None:
        """Close the file for good: a late answer of a view signed out of (or a forgotten
        person's) never opens it again."""
        self._broken = True
        if self._db is not None:
            self._db.close()
            self._db = None

    # ---- entries --------------------------------------------------------------------------

    def get(self, account_id: int, key: str, kind: Any) -> Cached[Any] | None:
        """The answer kept under ``key``, read as ``kind`` (a wire model or ``list[...]``)."""
        db = self._open()
        if db is None:
            return None
        try:
            row = db.execute(
                "select body, saved_at from entries where account_id = ? and key = ?",
                (account_id, key),
            ).fetchone()
            if row is None:
                return None
            db.execute(
                "update entries set used_at = ? where account_id = ? and key = ?",
                (self._clock(), account_id, key),
            )
        except sqlite3.Error as exc:
            log.warning("the local cache could not be read: %s", type(exc).__name__)
            return None
        try:
            value = adapter(kind).validate_json(row[0])
        except ValidationError:
            # kept by an older version whose models differ: it is worth nothing now
            self.delete(account_id, key)
            return None
        return Cached(value, dt.datetime.fromtimestamp(row[1], dt.UTC))

    def put(self, account_id: int, key: str, value: Any, kind: Any) -> None:
        db = self._open()
        if db is None:
            return
        body = adapter(kind).dump_json(value)
        now = self._clock()
        try:
            db.execute(
                "insert or replace into entries (account_id, key, body, saved_at, used_at)"
                " values (?, ?, ?, ?, ?)",
                (account_id, key, body, now, now),
            )
            self._evict(db)
        except sqlite3.Error as exc:
            log.warning("the local cache could not be written: %s", type(exc).__name__)

    def delete(self, account_id: int, key: str) -> None:
        db = self._open()
        if db is not None:
            db.execute("delete from entries where account_id = ? and key = ?", (account_id, key))

    def keys(self) -> list[tuple[int, str]]:
        db = self._open()
        if db is None:
            return []
        rows = db.execute("select account_id, key from entries order by account_id, key")
        return [(int(a), str(k)) for a, k in rows]

    def size(self) -> int:
        db = self._open()
        if db is None:
            return 0
        return int(db.execute("select coalesce(sum(length(body)), 0) from entries").fetchone()[0])

    def _evict(self, db: sqlite3.Connection) -> None:
        """Past ``max_bytes``, drop the entries used longest ago (never the person's own)."""
        total = self.size()
        if total <= self.max_bytes:
            return
        rows = db.execute(
            "select account_id, key, length(body) from entries where account_id != ?"
            " order by used_at, saved_at",
            (PERSON_ENTRY,),
        ).fetchall()
        for account_id, key, length in rows:
            if total <= self.max_bytes:
                break
            db.execute("delete from entries where account_id = ? and key = ?", (account_id, key))
            total -= length


# ---- saying how old ------------------------------------------------------------------------


def _clock_time(moment: dt.datetime) -> str:
    local = QDateTime.fromSecsSinceEpoch(int(moment.timestamp()), QTimeZone.systemTimeZone())
    today = QDateTime.currentDateTime().date()
    if local.date() == today:
        return QLocale().toString(local.time(), QLocale.FormatType.ShortFormat)
    return QLocale().toString(local, QLocale.FormatType.ShortFormat)


def age_text(saved_at: dt.datetime, now: dt.datetime | None = None) -> str:
    """How old what is shown is, in words: "Saved data from 14:05 (12 minutes ago)"."""
    seconds = max(0, int(((now or dt.datetime.now(dt.UTC)) - saved_at).total_seconds()))
    if seconds < 3600:
        ago = QCoreApplication.translate(
            "local_cache", "%n minute(s) ago", None, max(1, seconds // 60)
        )
    elif seconds < 86400:
        ago = QCoreApplication.translate("local_cache", "%n hour(s) ago", None, seconds // 3600)
    else:
        ago = QCoreApplication.translate("local_cache", "%n day(s) ago", None, seconds // 86400)
    return arg(
        QCoreApplication.translate(
            "local_cache", "Saved data from %1 (%2); waiting for the portal"
        ),
        _clock_time(saved_at),
        ago,
    )
