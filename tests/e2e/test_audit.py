"""The audit log: a change made in the app shows in the log, named in words, newest first."""

from __future__ import annotations

from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from portal.server import BackgroundPortal
from portal.tables import AuditRow

from .account_helpers import click, open_account_tab
from .conftest import Desktop
from .test_client_area import sign_in

GIMENEZ = 1


def test_the_log_shows_changes_newest_first_and_pages(
    desktop: Desktop, qtbot: QtBot, portal: BackgroundPortal
) -> None:
    with portal.app.state.database.sessions() as db:
        db.add_all(
            AuditRow(client_id=GIMENEZ, person_id=1, action="contact_added", detail=f"n{i}")
            for i in range(60)
        )
        db.add(AuditRow(client_id=GIMENEZ, person_id=1, action="user_invited", detail="x@y.ar"))
        db.commit()
        total = db.scalar(
            select(func.count()).select_from(AuditRow).where(AuditRow.client_id == GIMENEZ)
        )
    sign_in(desktop, qtbot, portal.url)
    tab = desktop.window.account_area.audit_tab
    open_account_tab(desktop, tab)
    desktop.wait_until(lambda: tab.model.rowCount() == 50)
    assert [tab.model.index(0, c).data() for c in (1, 2, 3)] == [
        "Laura Giménez",
        "User invited",
        "x@y.ar",
    ]
    assert tab.model.index(1, 2).data() == "Contact added"
    assert tab.model.canFetchMore()
    tab.model.fetchMore()
    desktop.wait_until(lambda: tab.model.rowCount() == total)
    assert tab.loaded.text() == f"{total} entries shown"
    # a change made in the app is on top after a reload
    alerts = desktop.window.account_area.alerts_tab
    open_account_tab(desktop, alerts)
    desktop.wait_until(lambda: alerts.save_button.isEnabled())
    click(desktop, qtbot, alerts.save_button)
    desktop.wait_until(lambda: alerts.status.text() == "Alerts saved.")
    open_account_tab(desktop, tab)
    click(desktop, qtbot, tab.reload_button)
    desktop.wait_until(lambda: tab.model.index(0, 2).data() == "Alert settings changed")
    assert tab.model.index(0, 1).data() == "Laura Giménez"
