"""Local-first: what the views saw is kept on this computer (per portal and person), shown at
once on a restart or an account switch, marked with its age until the portal answers, and
deleted by signing out with "forget this computer"."""

from __future__ import annotations

import datetime as dt
import sqlite3
import stat
from pathlib import Path

from PySide6.QtCore import QLocale, QTime
from pytestqt.qtbot import QtBot

from app import local_cache
from app.client_area import Stage
from portal.demo import DEMO_EMAIL
from portal.server import BackgroundPortal

from .conftest import Desktop, make_desktop
from .test_client_area import sign_in


def clock_time(moment: dt.datetime) -> str:
    """A time of day as the app writes it (in the locale the tests run in)."""
    local = moment.astimezone()
    return QLocale().toString(QTime(local.hour, local.minute), QLocale.FormatType.ShortFormat)


def cache_file(folder: Path, portal: BackgroundPortal) -> Path:
    return local_cache.cache_path(folder, portal.url, DEMO_EMAIL)


def saved_files(path: Path) -> list[Path]:
    return [p for p in local_cache.cache_files(path) if p.exists()]


def age_entries(path: Path, by: dt.timedelta) -> dt.datetime:
    """Make every saved answer ``by`` older (as if the app had last run then)."""
    when = dt.datetime.now(dt.UTC) - by
    with sqlite3.connect(path) as db:
        db.execute("update entries set saved_at = ?, used_at = ?", (when.timestamp(),) * 2)
    return when


def test_a_restart_with_the_portal_down_shows_the_saved_account_with_its_age(
    desktop: Desktop, qtbot: QtBot, portal: BackgroundPortal, tmp_path: Path
) -> None:
    sign_in(desktop, qtbot, portal.url, remember=True)
    window = desktop.window
    desktop.wait_until(lambda: window.services_tab.model.rowCount() == 6)
    window.tabs.setCurrentWidget(window.invoices_tab)
    desktop.wait_until(lambda: window.invoices_tab.model.rowCount() > 0)
    invoices = window.invoices_tab.model.rowCount()
    connection = desktop.area.connection
    assert connection is not None and connection.client.tokens is not None
    tokens = connection.client.tokens
    assert not window.freshness.isVisibleTo(window), "fresh from the portal: no age shown"
    desktop.close()

    path = cache_file(tmp_path, portal)
    files = saved_files(path)
    assert path in files
    for file in files:
        assert stat.S_IMODE(file.stat().st_mode) == 0o600, f"{file.name} is private"
        body = file.read_bytes()
        assert tokens.access_token.encode() not in body, "no token is kept"
        assert tokens.refresh_token.encode() not in body, "no token is kept"
    saved_at = age_entries(path, dt.timedelta(hours=2, minutes=3))
    portal.stop()  # the portal stops answering

    later = make_desktop(desktop.loop, tmp_path)
    qtbot.addWidget(later.window)
    try:
        window = later.window
        assert later.area.resume_remembered()
        # before the network answers anything: the last-known account, from the cache
        assert later.area.stage is Stage.SIGNED_IN
        assert window.stack.currentWidget() is window.tabs
        assert window.account_tab.edits["email"].text() == DEMO_EMAIL
        assert window.account_tab.edits["company"].text() == "Giménez Diseño"
        assert window.services_tab.model.rowCount() == 6
        assert window.invoices_tab.model.rowCount() == invoices
        assert window.person_label.text() == "Laura Giménez"
        assert window.freshness.isVisibleTo(window)
        # (no translator is installed here: English plurals read "hour(s)")
        expected = f"Saved data from {clock_time(saved_at)} (2 hour"
        assert window.freshness.text().startswith(expected)

        # the portal cannot be reached: the saved answers stay, and so does their age
        desktop.wait_until(lambda: any("reach" in text for text in later.heard), timeout=30)
        assert later.area.stage is Stage.SIGNED_IN
        assert window.services_tab.model.rowCount() == 6
        assert window.account_tab.edits["email"].text() == DEMO_EMAIL
        assert window.freshness.isVisibleTo(window)

        window.forget_action.trigger()
        later.wait_until(lambda: later.area.stage is Stage.WELCOME)
        later.wait_until(lambda: not later.area.runner.running("sign-out"), timeout=30)
        assert saved_files(path) == [], "forget this computer deletes what was saved"
    finally:
        later.close()


def test_switching_account_answers_from_the_cache_then_from_the_portal(
    desktop: Desktop, qtbot: QtBot, portal: BackgroundPortal, tmp_path: Path
) -> None:
    sign_in(desktop, qtbot, portal.url)
    window = desktop.window
    area = desktop.area
    connection = area.connection
    assert connection is not None and len(connection.accounts) == 2
    first, second = (a.id for a in connection.accounts)
    desktop.wait_until(lambda: window.services_tab.model.rowCount() == 6)
    area.switch_account(second)
    desktop.wait_until(lambda: area.account is not None and not area.account.runner.busy)
    second_services = window.services_tab.model.rowCount()
    second_email = window.account_tab.edits["email"].text()

    area.switch_account(first)
    # at once, before any answer: the account's saved details and services
    assert window.services_tab.model.rowCount() == 6
    assert window.account_tab.edits["email"].text() == DEMO_EMAIL
    area.switch_account(second)
    assert window.services_tab.model.rowCount() == second_services
    assert window.account_tab.edits["email"].text() == second_email
    session = area.account
    assert session is not None and session.runner.running("services"), "the portal is asked again"
    desktop.wait_until(lambda: not session.runner.running("services"))
    assert session.stale_since is None
    assert not window.freshness.isVisibleTo(window)

    # signing out without "forget this computer" keeps what was saved
    window.sign_out_action.trigger()
    desktop.wait_until(lambda: area.stage is Stage.WELCOME)
    assert cache_file(tmp_path, portal).exists()
