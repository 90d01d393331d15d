"""The e-mails received as a person reads them: the list from the portal, one e-mail opened, and
nothing an e-mail points at is fetched (a tracking image on a server of the test's own)."""

from __future__ import annotations

import http.server
import threading
import urllib.request
from collections.abc import Iterator

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from api_client.models import EmailCategory
from portal.mailbox import record_email
from portal.server import BackgroundPortal
from portal.tables import EmailMessageRow
from ui.emails import EmailsTab

from .conftest import Desktop
from .test_client_area import sign_in


def open_emails(desktop: Desktop, qtbot: QtBot, portal: BackgroundPortal) -> EmailsTab:
    sign_in(desktop, qtbot, portal.url)
    tab = desktop.window.emails_tab
    desktop.window.tabs.setCurrentWidget(tab)
    desktop.wait_until(lambda: tab.model.rowCount() > 0)
    return tab


def test_read_the_emails_received(desktop: Desktop, qtbot: QtBot, portal: BackgroundPortal) -> None:
    tab = open_emails(desktop, qtbot, portal)
    with portal.app.state.database.sessions() as db:
        count = db.scalar(
            select(func.count()).select_from(EmailMessageRow).where(EmailMessageRow.client_id == 1)
        )
        newest = db.scalar(
            select(EmailMessageRow)
            .where(EmailMessageRow.client_id == 1)
            .order_by(EmailMessageRow.sent_at.desc(), EmailMessageRow.id.desc())
        )
    assert newest is not None
    desktop.wait_until(lambda: tab.model.rowCount() == count)
    assert tab.loaded.text() == f"{count} e-mails"
    assert tab.model.index(0, 1).data() == newest.subject
    tab.table.selectRow(0)
    desktop.wait_until(lambda: newest.subject in tab.header.text())
    first_line = newest.body_text.split("\n")[0]
    desktop.wait_until(lambda: first_line in tab.viewer.toPlainText())


class Counting(http.server.BaseHTTPRequestHandler):
    seen: list[str] = []  # noqa: RUF012 - one test at a time

    def do_GET(self) -> None:
        Counting.seen.append(self.path)
        self.send_response(200)
        self.send_header("Content-Type", "image/png")
        self.end_headers()

    def log_message(self, format: str, *args: object) -> None:
        pass


@pytest.fixture
def tracker() -> Iterator[str]:
    Counting.seen = []
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Counting)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


def test_an_email_fetches_nothing_it_points_at(
    desktop: Desktop, qtbot: QtBot, portal: BackgroundPortal, tracker: str
) -> None:
    # the server counts what it is asked for (checked here, so a silence means something)
    with urllib.request.urlopen(f"{tracker}/control") as answer:
        assert answer.status == 200
    assert Counting.seen == ["/control"]
    body = (
        f'<html><head><link rel="stylesheet" href="{tracker}/style.css"></head><body>'
        f"<p>Hola Laura: tu factura está lista.</p>"
        f'<img src="{tracker}/pixel.png?u=laura" width="1" height="1">'
        f'<img src="{tracker.replace("http://", "https://")}/secure.png">'
        f'<img src="file:///etc/hostname"><img src="logo.png">'
        f'<p><a href="{tracker}/click">Ver factura</a></p></body></html>'
    )
    with portal.app.state.database.sessions() as db:
        record_email(
            db,
            1,
            "laura@gimenezdiseno.com.ar",
            "Tu factura con seguimiento",
            "Hola Laura: tu factura está lista.",
            body_html=body,
            category=EmailCategory.INVOICE,
        )
        db.commit()
    tab = open_emails(desktop, qtbot, portal)
    assert tab.model.index(0, 1).data() == "Tu factura con seguimiento"
    assert tab.model.index(0, 2).data() == "Invoices"
    tab.table.selectRow(0)
    desktop.wait_until(lambda: "tu factura está lista" in tab.viewer.toPlainText())
    tab.viewer.resize(600, 400)
    tab.viewer.viewport().repaint()
    desktop.settle(0.5)
    assert Counting.seen == ["/control"], "no request left the app for the e-mail"
    asked = " ".join(tab.viewer.blocked)
    assert "pixel.png" in asked and "file:///etc/hostname" in asked, "asked for and refused"
