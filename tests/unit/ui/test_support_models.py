"""The item models of the support and dashboard views pass Qt's model tester with real rows."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from pytestqt.modeltest import ModelTester

from app.dashboard import Attention, spending_by_month
from app.models import ComponentStatus, StatusComponent, Ticket, TicketPriority, TicketStatus
from ui import dashboard, service_status, tickets
from ui.table_models import ListTableModel

NOW = dt.datetime(2026, 11, 25, 12, 0, tzinfo=dt.UTC)


def test_tickets_model(qtmodeltester: ModelTester) -> None:
    model: ListTableModel[Ticket] = ListTableModel(tickets.CONTEXT, tickets.COLUMNS)
    model.set_rows(
        [
            Ticket(
                id=n,
                client_id=1,
                subject=f"Asunto {n}",
                department_id=1,
                department="Soporte técnico",
                service_id=None,
                status=status,
                priority=priority,
                created_at=NOW,
                last_reply_at=NOW - dt.timedelta(hours=n),
            )
            for n, (status, priority) in enumerate(
                zip(TicketStatus, [*TicketPriority, *TicketPriority], strict=True), start=1
            )
        ]
    )
    qtmodeltester.check(model)
    assert model.index(1, 4).data() == "Answered"


def test_status_components_model(qtmodeltester: ModelTester) -> None:
    model: ListTableModel[StatusComponent] = ListTableModel(
        service_status.CONTEXT, service_status.COLUMNS
    )
    model.set_rows(
        [
            StatusComponent(id=n, name=f"Servidor {n}", group="Hosting", status=status)
            for n, status in enumerate(ComponentStatus, start=1)
        ]
    )
    qtmodeltester.check(model)
    assert model.index(0, 2).data().endswith("Operational")


def test_attention_model(qtmodeltester: ModelTester) -> None:
    model: ListTableModel[Attention] = ListTableModel(
        dashboard.CONTEXT, dashboard.ATTENTION_COLUMNS
    )
    model.set_rows(
        [
            Attention("invoices", 1, "Invoice F-000001 is overdue since 2026-11-01", NOW.date()),
            Attention("domains", 2, "Domain a.com.ar expires in 3 days", NOW.date()),
        ]
    )
    qtmodeltester.check(model)


def test_spending_by_month_counts_twelve_months_ending_this_one() -> None:
    months = spending_by_month(
        [
            (dt.date(2026, 11, 3), Decimal("100.00")),
            (dt.date(2026, 11, 20), Decimal("50.50")),
            (dt.date(2025, 12, 1), Decimal("7.00")),
            (dt.date(2025, 11, 30), Decimal("999.00")),  # thirteen months ago: not shown
        ],
        dt.date(2026, 11, 25),
    )
    assert months[0].month == dt.date(2025, 12, 1)
    assert months[-1].month == dt.date(2026, 11, 1)
    assert months[-1].amount == Decimal("150.50")
    assert months[0].amount == Decimal("7.00")
    assert sum(m.amount for m in months) == Decimal("157.50")
