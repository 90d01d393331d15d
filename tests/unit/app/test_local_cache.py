"""The local cache: one private SQLite file per portal and person, answers read back as the wire
models they were, bounded per person, forgotten per person."""

from __future__ import annotations

import datetime as dt
import stat
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

from api_client.models import AccountAccess, Me, Page, Permission, Person
from app import local_cache
from app.i18n import install_translators
from app.local_cache import PERSON_ENTRY, LocalCache, age_text, cache_path

URL = "https://portal.example.com"


def me(name: str = "Laura Gómez") -> Me:
    access = AccountAccess(
        id=7,
        display_name=name,
        email="laura@example.com",
        is_owner=True,
        permissions=[Permission.PROFILE, Permission.INVOICES],
    )
    return Me(person=Person(id=1, email="laura@example.com", name=name), accounts=[access])


def test_answers_come_back_as_the_models_they_were_with_their_age(tmp_path: Path) -> None:
    now = [1_000_000.0]
    cache = LocalCache(cache_path(tmp_path, URL, "laura@example.com"), clock=lambda: now[0])
    cache.put(PERSON_ENTRY, "me", me(), Me)
    page: Page[AccountAccess] = Page(items=me().accounts, next_cursor="abc")
    cache.put(7, "page", page, Page[AccountAccess])

    got = cache.get(PERSON_ENTRY, "me", Me)
    assert got is not None and got.value == me()
    assert got.saved_at == dt.datetime.fromtimestamp(1_000_000.0, dt.UTC)
    kept = cache.get(7, "page", Page[AccountAccess])
    assert kept is not None and kept.value.next_cursor == "abc"
    assert cache.get(8, "page", Page[AccountAccess]) is None, "entries are per account"
    cache.close()

    # a new run (a restart) reads the same file
    again = LocalCache.for_person(tmp_path, URL, " Laura@Example.com ")
    found = again.get(PERSON_ENTRY, "me", Me)
    assert found is not None and found.value.person.name == "Laura Gómez"
    assert not found.fresh, "saved long ago (by its clock): not fresh"
    again.close()


def test_the_file_is_readable_by_its_owner_only_and_names_nobody(tmp_path: Path) -> None:
    path = cache_path(tmp_path, URL, "laura@example.com")
    cache = LocalCache(path)
    cache.put(PERSON_ENTRY, "me", me(), Me)
    kept = [p for p in local_cache.cache_files(path) if p.exists()]
    assert path in kept
    for file in kept:
        assert stat.S_IMODE(file.stat().st_mode) == 0o600, file.name
    assert stat.S_IMODE(path.parent.stat().st_mode) == 0o700
    assert "laura" not in path.name and "example" not in path.name
    cache.close()


def test_a_full_cache_evicts_the_longest_unused_entries_of_that_person_only(
    tmp_path: Path,
) -> None:
    clock = [0.0]

    def tick() -> float:
        clock[0] += 1
        return clock[0]

    rows = me().accounts
    kind = list[AccountAccess]
    one = len(local_cache.adapter(kind).dump_json(rows))
    budget = 3 * one + len(local_cache.adapter(Me).dump_json(me()))
    laura = LocalCache(cache_path(tmp_path, URL, "laura@example.com"), max_bytes=budget, clock=tick)
    pablo = LocalCache(cache_path(tmp_path, URL, "pablo@example.com"), max_bytes=budget, clock=tick)
    laura.put(PERSON_ENTRY, "me", me(), Me)  # the person's own entry is never evicted
    for account in (1, 2, 3):
        pablo.put(account, "users", rows, kind)
    for account in (1, 2, 3):
        laura.put(account, "users", rows, kind)
    assert laura.get(1, "users", kind) is not None  # account 1 used last: 2 is the oldest
    laura.put(4, "users", rows, kind)

    assert laura.keys() == [(0, "me"), (1, "users"), (3, "users"), (4, "users")]
    assert laura.size() <= budget
    assert len(pablo.keys()) == 3, "another person's entries stay"
    laura.close()
    pablo.close()


def test_forgetting_a_person_deletes_their_file_and_no_one_elses(tmp_path: Path) -> None:
    laura = LocalCache.for_person(tmp_path, URL, "laura@example.com")
    pablo = LocalCache.for_person(tmp_path, URL, "pablo@example.com")
    elsewhere = LocalCache.for_person(tmp_path, "https://other.example.com", "laura@example.com")
    for cache in (laura, pablo, elsewhere):
        cache.put(PERSON_ENTRY, "me", me(), Me)
        cache.close()

    local_cache.forget(tmp_path, URL, "laura@example.com")
    laura.put(PERSON_ENTRY, "me", me(), Me)  # a late answer after signing out: not kept

    assert not any(p.exists() for p in local_cache.cache_files(laura.path))
    assert pablo.path.exists() and elsewhere.path.exists()
    assert LocalCache(laura.path).get(PERSON_ENTRY, "me", Me) is None


def test_an_entry_kept_by_another_version_is_dropped_not_shown(tmp_path: Path) -> None:
    cache = LocalCache.for_person(tmp_path, URL, "laura@example.com")
    cache.put(7, "users", {"not": "a list"}, dict[str, str])
    assert cache.get(7, "users", list[AccountAccess]) is None
    assert cache.keys() == []
    cache.close()


def test_without_a_usable_folder_the_app_goes_on_without_a_cache(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    (tmp_path / local_cache.FOLDER).write_text("a file where the folder should be")
    cache = LocalCache.for_person(tmp_path, URL, "laura@example.com")
    cache.put(PERSON_ENTRY, "me", me(), Me)
    assert cache.get(PERSON_ENTRY, "me", Me) is None
    assert "the local cache cannot be used" in caplog.text


@pytest.fixture
def language(qapp: QCoreApplication) -> Iterator[Callable[[str], None]]:
    locale = QLocale()
    installed: list[QTranslator] = []

    def use(code: str) -> None:
        for translator in installed:
            QCoreApplication.removeTranslator(translator)
        installed[:] = install_translators(qapp, code)  # type: ignore[arg-type]

    yield use
    for translator in installed:
        QCoreApplication.removeTranslator(translator)
    QLocale.setDefault(locale)


def test_the_age_is_said_in_words_with_the_time_it_was_saved(
    language: Callable[[str], None],
) -> None:
    now = dt.datetime.now(dt.UTC)
    language("en")
    assert "(12 minutes ago)" in age_text(now - dt.timedelta(minutes=12), now)
    assert "(1 minute ago)" in age_text(now - dt.timedelta(seconds=20), now)
    assert "(3 hours ago)" in age_text(now - dt.timedelta(hours=3, minutes=5), now)
    assert "(2 days ago)" in age_text(now - dt.timedelta(days=2, hours=1), now)
    language("es")
    text = age_text(now - dt.timedelta(hours=1), now)
    assert text.startswith("Datos guardados: ") and "(hace 1 hora)" in text
