"""``clientdesk-portal jobs``: the periodic work is done, and done once even when two runs overlap."""

from __future__ import annotations

import datetime as dt
import threading
from collections.abc import Iterator
from decimal import Decimal

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from api_client.models import AlertEvent, InvoiceStatus, ServiceStatus
from portal.billing import today
from portal.db import Database
from portal.jobs import JobReport, auto_charge, run_jobs
from portal.settings import PortalSettings
from portal.tables import (
    AccessTokenRow,
    AlertOutboxRow,
    BillingSettingsRow,
    IdempotencyKeyRow,
    InvoiceItemRow,
    InvoiceRow,
    PaymentMethodRow,
    PaymentRow,
    ServiceCancellationRow,
    ServiceRow,
    SessionRow,
    utcnow,
)

ACCOUNT = 1  # the demo's Giménez account: a default card, unpaid invoices
SETTINGS = PortalSettings(suspend_after_days_overdue=5, cancel_unpaid_invoice_after_days=90)


@pytest.fixture
def database(database_url: str) -> Iterator[Database]:
    database = Database(database_url)
    yield database
    database.dispose()


def unpaid_due(db: Session, on: dt.date) -> list[int]:
    return list(
        db.scalars(
            select(InvoiceRow.id).where(
                InvoiceRow.client_id == ACCOUNT,
                InvoiceRow.status == InvoiceStatus.UNPAID.value,
                InvoiceRow.due_on <= on,
            )
        )
    )


def turn_auto_charge_on(db: Session) -> None:
    row = db.get(BillingSettingsRow, ACCOUNT) or BillingSettingsRow(client_id=ACCOUNT)
    row.auto_charge = True
    db.add(row)
    db.commit()


def payments(db: Session) -> int:
    return (
        db.scalar(
            select(func.count()).select_from(PaymentRow).where(PaymentRow.client_id == ACCOUNT)
        )
        or 0
    )


def unpaid(number: str, issued_ago: int, due_ago: int, amount: Decimal) -> InvoiceRow:
    """An Unpaid invoice of the account, issued and due that many days ago."""
    on = today()
    return InvoiceRow(
        client_id=ACCOUNT,
        number=number,
        issued_on=on - dt.timedelta(days=issued_ago),
        due_on=on - dt.timedelta(days=due_ago),
        status=InvoiceStatus.UNPAID.value,
        currency="ARS",
        subtotal=amount,
        tax_rate=0,
        tax=0,
        total=amount,
        amount_paid=0,
    )


def test_auto_charge_pays_due_invoices_once_even_when_two_runs_overlap(database: Database) -> None:
    on = today()
    with database.sessions() as db:
        due = unpaid_due(db, on)
        assert due, "the demo has an unpaid invoice already due"
        turn_auto_charge_on(db)
        before = payments(db)

    reports = [JobReport(), JobReport()]
    start = threading.Barrier(2)

    def run(report: JobReport) -> None:
        with database.sessions() as db:
            start.wait()
            auto_charge(db, on, report)

    threads = [threading.Thread(target=run, args=(report,)) for report in reports]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    charged = reports[0].charged_invoices + reports[1].charged_invoices
    assert sorted(charged) == sorted(due)  # each once, between the two runs
    with database.sessions() as db:
        assert payments(db) == before + len(due)
        assert unpaid_due(db, on) == []
        for invoice_id in due:
            invoice = db.get(InvoiceRow, invoice_id)
            assert invoice is not None and invoice.status == InvoiceStatus.PAID
        # a later run finds nothing left to charge
        assert run_jobs(db, SETTINGS).charged_invoices == []
        assert payments(db) == before + len(due)


def test_auto_charge_skips_an_account_whose_default_card_expired(database: Database) -> None:
    on = today()
    with database.sessions() as db:
        turn_auto_charge_on(db)
        card = db.scalars(
            select(PaymentMethodRow).where(
                PaymentMethodRow.client_id == ACCOUNT, PaymentMethodRow.is_default.is_(True)
            )
        ).one()
        last_month = on.replace(day=1) - dt.timedelta(days=1)
        card.exp_year, card.exp_month = last_month.year, last_month.month
        db.commit()
        due = unpaid_due(db, on)
        report = JobReport()
        auto_charge(db, on, report)
        assert report.charged_invoices == []
        assert report.not_charged == dict.fromkeys(due, "the default card has expired")
        assert unpaid_due(db, on) == due


def test_auto_charge_leaves_accounts_that_did_not_turn_it_on(database: Database) -> None:
    with database.sessions() as db:
        due = unpaid_due(db, today())
        assert run_jobs(db, SETTINGS).charged_invoices == []
        assert unpaid_due(db, today()) == due


def test_a_service_on_an_overdue_invoice_is_suspended_once(database: Database) -> None:
    on = today()
    with database.sessions() as db:
        service = db.scalars(
            select(ServiceRow).where(
                ServiceRow.client_id == ACCOUNT, ServiceRow.status == ServiceStatus.ACTIVE.value
            )
        ).first()
        assert service is not None
        invoice = unpaid("F-JOBS-1", 20, 6, service.amount)  # more than 5 days overdue
        invoice.items = [
            InvoiceItemRow(description="Renovación", amount=service.amount, service_id=service.id)
        ]
        db.add(invoice)
        db.commit()
        service_id = service.id

        def suspensions() -> int:
            return (
                db.scalar(
                    select(func.count())
                    .select_from(AlertOutboxRow)
                    .where(AlertOutboxRow.event == AlertEvent.SERVICE_SUSPENDED.value)
                )
                or 0
            )

        before = suspensions()  # of every account: the demo's other services may be overdue too
        first = run_jobs(db, SETTINGS, on=on)
        assert service_id in first.suspended_services
        suspended = db.get(ServiceRow, service_id)
        assert suspended is not None and suspended.status == ServiceStatus.SUSPENDED
        assert suspensions() == before + len(first.suspended_services)
        assert run_jobs(db, SETTINGS, on=on).suspended_services == []
        assert suspensions() == before + len(first.suspended_services)


def test_an_invoice_unpaid_long_past_its_due_date_is_cancelled(database: Database) -> None:
    on = today()
    with database.sessions() as db:
        stale = unpaid("F-JOBS-2", 120, 91, Decimal(100))
        recent = unpaid("F-JOBS-3", 100, 89, Decimal(100))
        db.add_all([stale, recent])
        db.commit()
        report = run_jobs(db, SETTINGS, on=on)
        assert stale.id in report.cancelled_invoices
        assert recent.id not in report.cancelled_invoices
        db.refresh(stale)
        db.refresh(recent)
        assert (stale.status, recent.status) == (InvoiceStatus.CANCELLED, InvoiceStatus.UNPAID)


def test_a_due_end_of_period_cancellation_is_carried_out_once(database: Database) -> None:
    on = today()
    with database.sessions() as db:
        service = db.scalars(
            select(ServiceRow).where(
                ServiceRow.client_id == ACCOUNT, ServiceRow.status == ServiceStatus.ACTIVE.value
            )
        ).first()
        assert service is not None
        db.add(
            ServiceCancellationRow(
                service_id=service.id, type="End of Billing Period", reason="", effective_on=on
            )
        )
        db.commit()
        service_id = service.id
    reports: list[JobReport] = []
    start = threading.Barrier(2)

    def run() -> None:
        with database.sessions() as db:
            start.wait()
            reports.append(run_jobs(db, SETTINGS, on=on))

    threads = [threading.Thread(target=run) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    cancelled = [s for report in reports for s in report.cancelled_services]
    assert cancelled.count(service_id) == 1
    with database.sessions() as db:
        row = db.get(ServiceRow, service_id)
        assert row is not None and row.status == ServiceStatus.CANCELLED


def test_purges_remove_only_what_is_past_its_time(database: Database) -> None:
    now = utcnow()
    with database.sessions() as db:
        session = SessionRow(
            person_id=1, refresh_hash="h" * 64, refresh_expires_at=now + dt.timedelta(days=1)
        )
        old = SessionRow(
            person_id=1,
            refresh_hash="o" * 64,
            refresh_expires_at=now - dt.timedelta(days=60),
            ended_at=now - dt.timedelta(days=40),
        )
        db.add_all([session, old])
        db.flush()
        db.add_all(
            [
                AccessTokenRow(
                    token_hash="e" * 64,
                    session_id=session.id,
                    expires_at=now - dt.timedelta(minutes=1),
                ),
                AccessTokenRow(
                    token_hash="v" * 64,
                    session_id=session.id,
                    expires_at=now + dt.timedelta(minutes=10),
                ),
                IdempotencyKeyRow(
                    key="old",
                    person_id=1,
                    method_path="POST /x",
                    request_hash="0" * 64,
                    status_code=201,
                    created_at=now - dt.timedelta(days=8),
                ),
                IdempotencyKeyRow(
                    key="new",
                    person_id=1,
                    method_path="POST /x",
                    request_hash="0" * 64,
                    status_code=201,
                    created_at=now - dt.timedelta(days=1),
                ),
            ]
        )
        db.commit()
        session_id, old_id = session.id, old.id
        report = run_jobs(db, SETTINGS, now=now)
        db.expunge_all()  # read what the database holds, not what this session remembers
        assert report.purged["access tokens"] >= 1
        assert db.get(AccessTokenRow, "e" * 64) is None
        assert db.get(AccessTokenRow, "v" * 64) is not None
        assert db.get(SessionRow, session_id) is not None
        assert db.get(SessionRow, old_id) is None
        keys = set(
            db.scalars(
                select(IdempotencyKeyRow.key).where(IdempotencyKeyRow.key.in_(["old", "new"]))
            )
        )
        assert keys == {"new"}
