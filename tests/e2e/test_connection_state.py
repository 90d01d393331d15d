"""Offline and back: one connection state for the window, reconnection by itself, and every
visible view refreshing itself when the portal answers again."""

from __future__ import annotations

import datetime as dt

from pytestqt.qtbot import QtBot

from app.connection_state import Link
from portal.server import BackgroundPortal
from portal.tables import ClientRow

from .conftest import Desktop
from .test_client_area import sign_in
from .test_local_cache import clock_time


def test_the_window_says_offline_since_when_then_refreshes_itself_when_the_portal_is_back(
    desktop: Desktop, qtbot: QtBot, portal: BackgroundPortal
) -> None:
    sign_in(desktop, qtbot, portal.url)
    window, area = desktop.window, desktop.area
    area.link.first_delay, area.link.max_delay = 0.05, 0.4  # a test does not wait a minute
    desktop.wait_until(lambda: window.services_tab.model.rowCount() == 6)
    seen: list[str] = []
    area.link.changed.connect(lambda _link: seen.append(area.link.text))
    assert not window.connection_state.isVisibleTo(window), "online: nothing to say"

    portal.stop()
    before = dt.datetime.now(dt.UTC)
    window.refresh_action.trigger()
    desktop.wait_until(lambda: "Reconnecting…" in seen, timeout=30)
    now = dt.datetime.now(dt.UTC)
    assert seen[0] in {f"Offline since {clock_time(before)}", f"Offline since {clock_time(now)}"}
    assert window.connection_state.isVisibleTo(window)
    assert window.services_tab.model.rowCount() == 6, "what was shown stays"
    assert window.account_tab.edits["company"].text() == "Giménez Diseño"

    with portal.app.state.database.sessions() as db:  # changed while the app could not see it
        row = db.get(ClientRow, 1)
        assert row is not None
        row.company = "Giménez Diseño SRL"
        db.commit()
    back = BackgroundPortal(portal.app, port=portal.port)
    back.start()
    try:
        desktop.wait_until(lambda: area.link.link is Link.ONLINE, timeout=30)
        assert seen[-1] == "Online"
        # nobody pressed Refresh or Retry: the visible views asked again by themselves
        desktop.wait_until(
            lambda: window.account_tab.edits["company"].text() == "Giménez Diseño SRL"
        )
        assert not window.connection_state.isVisibleTo(window)
        assert not window.services_tab.notice.isVisibleTo(window)
    finally:
        desktop.close()
        back.stop()
