"""How the WHMCS backend reads WHMCS's answers into the wire models (``portal.whmcs.backend``):
the shapes its reference leaves open, and the fields that must never reach the customer."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from api_client.models import BillingCycle, InvoiceStatus, Permission, TicketStatus
from portal.whmcs.backend import (
    account_details,
    invoice_summary,
    parse_permissions,
    service,
)
from portal.whmcs.mail import text_of
from portal.whmcs.support import related_service, ticket_status


@pytest.mark.parametrize(
    "answer",
    [
        {"permissions": ["profile", "invoices"]},
        {"permissions": "profile,invoices"},
        {"permissions": " profile , invoices ,"},
        {"permissions": {"0": "profile", "1": "invoices"}},  # a list flattened then read back
        {"permissions": ["profile", "invoices", "a-name-from-a-newer-whmcs"]},
    ],
)
def test_get_user_permissions_in_every_shape(answer: dict[str, object]) -> None:
    assert parse_permissions(answer) == {Permission.PROFILE, Permission.INVOICES}


@pytest.mark.parametrize("answer", [{}, {"permissions": ""}, {"permissions": None}])
def test_no_permissions(answer: dict[str, object]) -> None:
    assert parse_permissions(answer) == frozenset()


@pytest.mark.parametrize(
    ("written", "cycle"),
    [
        ("Annually", BillingCycle.ANNUALLY),
        ("Semi-Annually", BillingCycle.SEMI_ANNUALLY),
        ("semiannually", BillingCycle.SEMI_ANNUALLY),
        ("Free Account", BillingCycle.FREE),
        ("onetime", BillingCycle.ONE_TIME),
    ],
)
def test_billing_cycles_as_whmcs_writes_them(written: str, cycle: BillingCycle) -> None:
    row = {"id": "1", "billingcycle": written, "status": "Active", "regdate": "2026-01-01"}
    assert service(row, "ARS").billing_cycle is cycle


def test_a_service_never_carries_its_password_or_staff_notes() -> None:
    row = {
        "id": "3",
        "name": "Hosting",
        "billingcycle": "Monthly",
        "status": "Suspended",
        "regdate": "2026-01-01",
        "nextduedate": "0000-00-00",
        "password": "panel-secret",
        "notes": "staff only",
        "recurringamount": "12.95",
    }
    detail = service(row, "USD")
    dumped = detail.model_dump_json()
    assert "panel-secret" not in dumped and "staff only" not in dumped
    assert detail.next_due_date is None
    assert detail.amount == Decimal("12.95")


def test_account_details_leave_the_admin_notes_and_read_the_language() -> None:
    client = {"firstname": "Ana", "email": "a@b.ar", "notes": "moroso", "language": "english"}
    details = account_details(5, client)
    assert "moroso" not in details.model_dump_json()
    assert details.language == "en"
    assert account_details(5, {"language": ""}).language == "es"


def test_invoice_balances_without_and_with_whmcs_balance() -> None:
    today = dt.date(2026, 3, 1)
    unpaid = {"id": "1", "status": "Unpaid", "total": "100.00", "duedate": "2026-02-01"}
    listed = invoice_summary(unpaid, "ARS", today)
    assert (listed["balance"], listed["overdue"], listed["number"]) == (
        Decimal("100.00"),
        True,
        "1",
    )
    partly = {**unpaid, "invoiceid": "1", "balance": "40.00"}
    assert invoice_summary(partly, "ARS", today)["balance"] == Decimal("40.00")
    paid = {**unpaid, "status": "Paid", "datepaid": "2026-01-20 10:00:00"}
    summary = invoice_summary(paid, "ARS", today)
    assert (summary["balance"], summary["overdue"], summary["status"]) == (
        0,
        False,
        InvoiceStatus.PAID,
    )
    assert summary["paid_on"] == dt.date(2026, 1, 20)


@pytest.mark.parametrize(
    ("written", "status"),
    [
        ("Customer-Reply", TicketStatus.CUSTOMER_REPLY),
        ("On Hold", TicketStatus.ON_HOLD),
        ("Esperando proveedor", TicketStatus.IN_PROGRESS),  # a status the host added
        ("Closed - Resolved", TicketStatus.CLOSED),
    ],
)
def test_ticket_statuses_including_a_hosts_own(written: str, status: TicketStatus) -> None:
    assert ticket_status(written) is status


@pytest.mark.parametrize(("written", "service"), [("S12", 12), ("D3", None), ("", None)])
def test_a_tickets_related_service(written: str, service: int | None) -> None:
    assert related_service(written) == service


def test_the_text_of_an_html_email() -> None:
    html = (
        "<html><head><style>p { color: red }</style><script>alert(1)</script></head>"
        "<body><p>Hola&nbsp;Lucía,</p><p>Tu factura   <b>A-0001</b><br>vence el 5.</p></body>"
    )
    assert text_of(html) == "Hola Lucía,\nTu factura A-0001\nvence el 5."
