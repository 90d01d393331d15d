"""A person in the Domains tab: the list with expiring domains highlighted, auto-renew, renewal
(invoiced), name servers with per-line errors, and transfer out with the EPP code shown once.
Each test checks what the portal then holds."""

from __future__ import annotations

import hashlib
from typing import Any

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QGuiApplication
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from portal.server import BackgroundPortal
from portal.tables import DomainRenewalRow, DomainRow, InvoiceRow
from ui import dialogs
from ui.domains import DomainsTab

from .conftest import Desktop
from .test_client_area import sign_in

LEFT = Qt.MouseButton.LeftButton


def domain_row(portal: BackgroundPortal, name: str) -> DomainRow:
    with portal.app.state.database.sessions() as db:
        row = db.scalar(select(DomainRow).where(DomainRow.name == name))
        assert row is not None
        return row


def open_domains(desktop: Desktop, qtbot: QtBot, portal: BackgroundPortal) -> DomainsTab:
    sign_in(desktop, qtbot, portal.url)
    tab = desktop.window.domains_tab
    desktop.window.tabs.setCurrentWidget(tab)
    desktop.wait_until(lambda: tab.model.rowCount() == 5)
    return tab


def pick(desktop: Desktop, tab: DomainsTab, name: str) -> None:
    domain = next(d for d in tab.model.rows() if d.name == name)
    assert tab.select_domain(domain.id)
    desktop.wait_until(lambda: tab.ns_status.text() != "Loading…")


def click_box(qtbot: QtBot, tab: DomainsTab) -> None:
    # on the box and its label, as a person clicks it
    box = tab.auto_renew
    qtbot.mouseClick(box, LEFT, pos=QPoint(8, box.height() // 2))


def auto_renew_shown(tab: DomainsTab, name: str) -> str:
    row = next(r for r, d in enumerate(tab.model.rows()) if d.name == name)
    return str(tab.model.index(row, 4).data())


# the loads this area's actions start (other areas keep long-polls running all along)
OUR_TASKS = (
    "services",
    "service-detail",
    "service-cancellation",
    "domains",
    "nameservers",
    "departments",
)


def finish(desktop: Desktop) -> None:
    """What the user does last: let the reloads an action started arrive, close the dialog.
    (pytest-qt closes the window before fixtures end, so this happens in the test itself.)"""
    account = desktop.area.account
    if account is not None:
        desktop.wait_until(lambda: not any(account.runner.running(n) for n in OUR_TASKS))


class Confirmations:
    def __init__(self) -> None:
        self.asked: list[str] = []

    def __call__(self, _parent: Any, _title: str, text: str, _action: str) -> bool:
        self.asked.append(text)
        return True


@pytest.fixture
def confirmations(monkeypatch: pytest.MonkeyPatch) -> Confirmations:
    answers = Confirmations()
    monkeypatch.setattr(dialogs, "confirm", answers)
    return answers


def test_domains_list_highlights_those_expiring_and_says_why_none_is_cancelled(
    desktop: Desktop, qtbot: QtBot, portal: BackgroundPortal
) -> None:
    tab = open_domains(desktop, qtbot, portal)
    highlighted = {
        d.name
        for row, d in enumerate(tab.model.rows())
        if tab.model.index(row, 0).data(Qt.ItemDataRole.BackgroundRole) is not None
    }
    assert highlighted == {"gimenezdiseno.com.ar", "lauragimenez.com", "portfolio-laura.com.ar"}
    assert "3 expiring soon" in tab.summary.text()
    row = next(r for r, d in enumerate(tab.model.rows()) if d.name == "lauragimenez.com")
    assert tab.model.index(row, 2).data().endswith("(in 12 days)")
    assert tab.model.index(row, 4).data() == "Off"
    assert "cannot be cancelled" in tab.note.text()
    assert not any("cancel" in b.text().lower() for b in tab.findChildren(type(tab.renew_button)))
    # A domain transferred away cannot be renewed nor transferred.
    pick(desktop, tab, "disenolaura.com.ar")
    assert not tab.renew_button.isEnabled() and not tab.transfer_button.isEnabled()
    finish(desktop)


def test_auto_renew_on_and_off(desktop: Desktop, qtbot: QtBot, portal: BackgroundPortal) -> None:
    tab = open_domains(desktop, qtbot, portal)
    pick(desktop, tab, "lauragimenez.com")
    assert not tab.auto_renew.isChecked()
    click_box(qtbot, tab)
    desktop.wait_until(lambda: domain_row(portal, "lauragimenez.com").auto_renew)
    desktop.wait_until(lambda: auto_renew_shown(tab, "lauragimenez.com") == "On")
    click_box(qtbot, tab)
    desktop.wait_until(lambda: not domain_row(portal, "lauragimenez.com").auto_renew)
    assert "will not be renewed" in tab.outcome.text()
    finish(desktop)


def test_renew_invoices_the_years_once(
    desktop: Desktop, qtbot: QtBot, portal: BackgroundPortal, confirmations: Confirmations
) -> None:
    tab = open_domains(desktop, qtbot, portal)
    pick(desktop, tab, "tiendalaura.com.ar")
    tab.years.setValue(2)
    qtbot.mouseClick(tab.renew_button, LEFT)
    desktop.wait_until(lambda: "invoiced" in tab.outcome.text())
    row = domain_row(portal, "tiendalaura.com.ar")
    from ui import formatting

    assert formatting.money(row.recurring_amount * 2, row.currency) in confirmations.asked[0]
    with portal.app.state.database.sessions() as db:
        renewals = db.scalars(
            select(DomainRenewalRow).where(DomainRenewalRow.domain_id == row.id)
        ).all()
        assert [r.years for r in renewals] == [2]
        invoice = db.get(InvoiceRow, renewals[0].invoice_id)
        assert invoice is not None
        assert invoice.subtotal == row.recurring_amount * 2
        assert invoice.status == "Unpaid"
        assert formatting.money(invoice.total, invoice.currency) in tab.outcome.text()
    # A second renewal while that invoice is unpaid is refused in words.
    qtbot.mouseClick(tab.renew_button, LEFT)
    desktop.wait_until(lambda: tab.action_notice.isVisibleTo(tab))
    assert tab.action_notice.label.text() == (
        "A renewal of this domain is already invoiced: pay that invoice."
    )
    finish(desktop)


def test_nameservers_errors_show_on_their_line_and_keep_the_text(
    desktop: Desktop, qtbot: QtBot, portal: BackgroundPortal
) -> None:
    tab = open_domains(desktop, qtbot, portal)
    pick(desktop, tab, "gimenezdiseno.com.ar")
    assert [e.text() for e in tab.ns_edits[:2]] == ["ns1.latinhost.com.ar", "ns2.latinhost.com.ar"]
    # Line 3 left empty; line 4 is not a host name; line 5 repeats line 1.
    qtbot.keyClicks(tab.ns_edits[3], "not a host")
    qtbot.keyClicks(tab.ns_edits[4], "NS1.latinhost.com.ar")
    qtbot.mouseClick(tab.save_ns_button, LEFT)
    desktop.wait_until(lambda: tab.ns_errors[3].isVisibleTo(tab))
    assert tab.ns_errors[3].text().startswith("This is not a valid host name")
    assert tab.ns_errors[4].text() == "This name server is repeated."
    assert not tab.ns_errors[2].isVisibleTo(tab)
    assert tab.ns_edits[3].text() == "not a host", "nothing typed is lost"
    assert domain_row(portal, "gimenezdiseno.com.ar").nameservers == (
        "ns1.latinhost.com.ar\nns2.latinhost.com.ar"
    )

    tab.ns_edits[3].selectAll()
    qtbot.keyClicks(tab.ns_edits[3], "ns3.example.net")
    tab.ns_edits[4].clear()
    qtbot.mouseClick(tab.save_ns_button, LEFT)
    desktop.wait_until(lambda: tab.ns_status.text() == "Name servers saved.")
    assert not tab.ns_errors[3].isVisibleTo(tab)
    assert domain_row(portal, "gimenezdiseno.com.ar").nameservers == (
        "ns1.latinhost.com.ar\nns2.latinhost.com.ar\nns3.example.net"
    )
    # Fewer than two is refused for the whole list.
    for edit in tab.ns_edits[1:]:
        edit.clear()
    qtbot.mouseClick(tab.save_ns_button, LEFT)
    desktop.wait_until(lambda: tab.ns_error.isVisibleTo(tab))
    assert tab.ns_error.text() == "Give between 2 and 5 name servers."
    finish(desktop)


def test_transfer_out_shows_the_epp_code_once_with_copy(
    desktop: Desktop, qtbot: QtBot, portal: BackgroundPortal, confirmations: Confirmations
) -> None:
    tab = open_domains(desktop, qtbot, portal)
    pick(desktop, tab, "tiendalaura.com.ar")
    assert domain_row(portal, "tiendalaura.com.ar").transfer_locked
    qtbot.mouseClick(tab.transfer_button, LEFT)
    desktop.wait_until(lambda: tab.epp_code.text() != "")
    assert "shown once" in confirmations.asked[0]
    code = tab.epp_code.text()
    row = domain_row(portal, "tiendalaura.com.ar")
    assert not row.transfer_locked
    assert row.epp_code_hash == hashlib.sha256(code.encode()).hexdigest()
    qtbot.mouseClick(tab.copy_button, LEFT)
    assert QGuiApplication.clipboard().text() == code
    # Another domain selected: the code leaves the screen.
    pick(desktop, tab, "gimenezdiseno.com.ar")
    assert tab.epp_code.text() == "" and not tab.epp_box.isVisibleTo(tab)
    finish(desktop)
