"""Desktop notifications: while the app runs, an event raised on the portal (a staff suspension,
a reactivation) reaches the app through the long-polled events feed, is shown by the tray (or the
status bar) and marks the tab it concerns until the user opens it; switching account stops the
previous account's feed."""

from __future__ import annotations

import os
import time
from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QApplication, QLabel, QSystemTrayIcon, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from api_client import PortalClient
from app.notifications import TASK, Notification, Notifications
from portal.demo import DEMO_PASSWORD, STAFF_EMAIL
from portal.server import BackgroundPortal
from portal.tables import ServiceRow, TicketRow
from ui.notifications import MARK

from .conftest import Desktop
from .test_client_area import sign_in
from .test_support import idle

TRAY_HOST = "CLIENTDESK_TRAY_HOST"  # set by test_tray_host.py: the tray host it started


@pytest.fixture
def staff(desktop: Desktop, portal: BackgroundPortal) -> Iterator[PortalClient]:
    client = PortalClient(portal.url)
    desktop.loop.run_until_complete(client.auth.login(STAFF_EMAIL, DEMO_PASSWORD))
    try:
        yield client
    finally:
        if not client._t._http.is_closed:
            desktop.loop.run_until_complete(client.aclose())


def start(desktop: Desktop, qtbot: QtBot, url: str) -> list[Notification]:
    sign_in(desktop, qtbot, url)
    window = desktop.window
    window.tabs.setCurrentWidget(window.dashboard_tab)
    session = desktop.area.account
    assert session is not None
    feed = session.part(Notifications)
    desktop.wait_until(lambda: feed.caught_up)  # what happened before is not announced
    idle(desktop)
    shown: list[Notification] = []
    window.notifier.shown.connect(shown.append)
    return shown


def test_a_staff_suspension_is_notified_and_marks_the_services_tab(
    desktop: Desktop, qtbot: QtBot, portal: BackgroundPortal, staff: PortalClient
) -> None:
    shown = start(desktop, qtbot, portal.url)
    window = desktop.window
    with portal.app.state.database.sessions() as db:
        service = db.scalars(
            select(ServiceRow).where(ServiceRow.client_id == 1, ServiceRow.status == "Active")
        ).first()
        assert service is not None
        service_id, product, domain = service.id, service.product, service.domain

    desktop.loop.run_until_complete(staff.staff.suspend_service(service_id))
    desktop.wait_until(lambda: shown)
    (note,) = shown
    assert note.title == "Service suspended"
    assert note.text == f"The service {product} {domain} was suspended."
    assert note.area == "services"
    services = window.tabs.indexOf(window.services_tab)
    assert window.tabs.tabText(services) == MARK + "Services"
    assert window.notifier.is_marked(window.services_tab)
    if window.notifier.tray is None:  # no system tray here: the status bar said it
        assert f"Service suspended: {note.text}" in desktop.heard
    with portal.app.state.database.sessions() as db:
        row = db.get(ServiceRow, service_id)
        assert row is not None and row.status == "Suspended"

    window.tabs.setCurrentWidget(window.services_tab)  # visiting the tab clears its mark
    assert window.tabs.tabText(services) == "Services"
    assert not window.notifier.is_marked(window.services_tab)
    desktop.loop.run_until_complete(staff.aclose())


def test_events_arrive_in_order_and_switching_account_stops_the_feed(
    desktop: Desktop, qtbot: QtBot, portal: BackgroundPortal, staff: PortalClient
) -> None:
    shown = start(desktop, qtbot, portal.url)
    window = desktop.window
    session = desktop.area.account
    assert session is not None
    with portal.app.state.database.sessions() as db:
        service = db.scalars(
            select(ServiceRow).where(ServiceRow.client_id == 1, ServiceRow.status == "Active")
        ).first()
        assert service is not None
        service_id = service.id
    # the staff suspends, then reactivates: two events, in order
    desktop.loop.run_until_complete(staff.staff.suspend_service(service_id))
    desktop.loop.run_until_complete(staff.staff.reactivate_service(service_id))
    desktop.wait_until(lambda: len(shown) == 2)
    assert [n.title for n in shown] == ["Service suspended", "Service reactivated"]
    assert window.tabs.tabText(window.tabs.indexOf(window.services_tab)).startswith(MARK)

    feed_task = session.runner._tasks[TASK]
    index = window.account_switcher.findData(2)
    window.account_switcher.setCurrentIndex(index)
    window.account_switcher.activated.emit(index)
    desktop.wait_until(lambda: feed_task.done())  # cancelled with the old account's session
    other = desktop.area.account
    assert other is not None and other.account_id == 2
    desktop.wait_until(lambda: other.runner.running(TASK))
    assert not any(window.tabs.tabText(i).startswith(MARK) for i in range(window.tabs.count()))
    desktop.loop.run_until_complete(staff.aclose())


def test_a_staff_reply_to_a_ticket_is_notified_and_marks_the_support_tab(
    desktop: Desktop, qtbot: QtBot, portal: BackgroundPortal, staff: PortalClient
) -> None:
    shown = start(desktop, qtbot, portal.url)
    window = desktop.window
    with portal.app.state.database.sessions() as db:
        ticket = db.scalars(
            select(TicketRow)
            .where(TicketRow.client_id == 1, TicketRow.status != "Closed")
            .order_by(TicketRow.id)
        ).first()
        assert ticket is not None
        ticket_id, subject = ticket.id, ticket.subject

    desktop.loop.run_until_complete(staff.staff.reply(ticket_id, "Ya quedó resuelto."))
    desktop.wait_until(lambda: shown)
    (note,) = shown
    assert note.title == f"Ticket #{ticket_id} answered"
    assert note.text == f"Support replied to your ticket “{subject}”."
    assert note.area == "support"
    support = window.tabs.indexOf(window.support_tab)
    assert window.tabs.tabText(support).startswith(MARK)
    assert window.notifier.is_marked(window.support_tab)
    if window.notifier.tray is None:
        assert f"{note.title}: {note.text}" in desktop.heard
    window.tabs.setCurrentWidget(window.support_tab)
    assert not window.notifier.is_marked(window.support_tab)
    desktop.loop.run_until_complete(staff.aclose())


@pytest.fixture
def tray_host(qapp: QApplication) -> str:
    """The system tray that ``test_tray_host.py`` started beside this run's X server, once it
    has taken the tray (it starts at the same time as the tests)."""
    host = os.environ.get(TRAY_HOST)
    if not host:
        pytest.skip("needs a real tray host: tests/e2e/test_tray_host.py runs it under Xvfb")
    deadline = time.monotonic() + 30
    while not QSystemTrayIcon.isSystemTrayAvailable():
        assert time.monotonic() < deadline, f"{host} did not take the system tray"
        qapp.processEvents()
        time.sleep(0.02)  # polling the condition, not waiting a fixed time
    return host


def _balloons() -> list[QWidget]:
    return [
        w
        for w in QApplication.topLevelWidgets()
        if w.metaObject().className() == "QBalloonTip" and w.isVisible()
    ]


def test_a_notification_is_a_balloon_of_a_real_system_tray(
    tray_host: str,
    desktop: Desktop,
    qtbot: QtBot,
    portal: BackgroundPortal,
    staff: PortalClient,
) -> None:
    """With a tray host on the desktop, the app's icon sits in it while signed in, and a portal
    event is said by a balloon from that icon (not by the status bar)."""
    window = desktop.window
    tray = window.notifier.tray
    assert tray is not None, f"the app found no system tray beside {tray_host}"
    assert not tray.isVisible()  # nobody signed in yet
    shown = start(desktop, qtbot, portal.url)
    assert tray.isVisible()
    desktop.wait_until(lambda: not tray.geometry().isEmpty())  # embedded in the host
    assert tray.toolTip() == "Clientdesk"
    assert not _balloons()
    with portal.app.state.database.sessions() as db:
        service = db.scalars(
            select(ServiceRow).where(ServiceRow.client_id == 1, ServiceRow.status == "Active")
        ).first()
        assert service is not None
        service_id = service.id

    desktop.loop.run_until_complete(staff.staff.suspend_service(service_id))
    desktop.wait_until(lambda: shown and _balloons())
    (note,) = shown
    (balloon,) = _balloons()
    said = [label.text() for label in balloon.findChildren(QLabel)]
    assert note.title in said and note.text in said, said
    assert f"{note.title}: {note.text}" not in desktop.heard  # the tray said it
    window.tabs.setCurrentWidget(window.services_tab)
    desktop.loop.run_until_complete(staff.aclose())
