"""The periodic work of a portal (``clientdesk-portal jobs``), run once per call by a systemd timer
or cron: due cancellations, auto-charge of due invoices, overdue handling, and purges.

Safe to run twice at once, on any number of machines: each piece of work that must happen once
(one cancellation, one charge of one invoice for one period, one suspension) first claims its name
in ``job_claims`` in the same transaction as the work. The second claimant of a name waits for the
first to commit (PostgreSQL's unique index; SQLite's write lock) and then finds it taken, so it
skips. A change of status is made only from the status the work expects (a suspension only of a
service still Active, a cancellation only of an invoice still Unpaid), so one run cannot undo what
another did meanwhile: a service cancelled by one run is not then suspended by the other. Purges
delete only what is past its time, so doing them twice is harmless.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable
from dataclasses import dataclass, field

from sqlalchemy import delete, or_, select, update
from sqlalchemy.dialects.postgresql import insert as postgresql_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Session

from api_client.models import AlertEvent, InvoiceStatus, ServiceStatus

from .alerts import raise_event
from .attempts import purge_failed_attempts
from .audit import record
from .billing import settle, today
from .routes.staff_actions import apply_due_cancellations
from .settings import PortalSettings
from .tables import (
    AccessTokenRow,
    BillingSettingsRow,
    IdempotencyKeyRow,
    InvoiceItemRow,
    InvoiceRow,
    JobClaimRow,
    PaymentMethodRow,
    ServiceRow,
    SessionRow,
    utcnow,
)

log = logging.getLogger("clientdesk.portal.jobs")

SESSIONS_KEPT = dt.timedelta(days=30)  # an ended or expired session, for the sessions list
CLAIMS_KEPT = dt.timedelta(days=400)  # longer than any billing period a claim names


@dataclass
class JobReport:
    cancelled_services: list[int] = field(default_factory=list)
    charged_invoices: list[int] = field(default_factory=list)
    not_charged: dict[int, str] = field(default_factory=dict)
    suspended_services: list[int] = field(default_factory=list)
    cancelled_invoices: list[int] = field(default_factory=list)
    purged: dict[str, int] = field(default_factory=dict)

    def lines(self) -> list[str]:
        not_charged = ", ".join(f"{i} ({why})" for i, why in self.not_charged.items())
        return [
            f"cancellations carried out: {len(self.cancelled_services)}",
            f"invoices auto-charged: {len(self.charged_invoices)}",
            f"invoices not auto-charged: {len(self.not_charged)}"
            + (f": {not_charged}" if not_charged else ""),
            f"services suspended for overdue invoices: {len(self.suspended_services)}",
            f"invoices cancelled after staying unpaid: {len(self.cancelled_invoices)}",
            "purged: " + ", ".join(f"{count} {what}" for what, count in self.purged.items()),
        ]


def claim(db: Session, name: str, outcome: str = "") -> bool:
    """Take ``name`` in the current transaction; False when another run has it already.

    ``INSERT ... ON CONFLICT DO NOTHING`` rather than a savepoint: Python's sqlite3 commits a
    savepoint opened outside a transaction when it is released, which would commit the claim
    apart from the work it claims and let the other run act on what this one has not yet done."""
    dialect = db.get_bind().dialect.name
    insert = postgresql_insert if dialect == "postgresql" else sqlite_insert
    statement = (
        insert(JobClaimRow)
        .values(name=name, outcome=outcome[:500], claimed_at=utcnow())
        .on_conflict_do_nothing(index_elements=[JobClaimRow.name])
        .returning(JobClaimRow.name)
    )
    return db.execute(statement).scalar_one_or_none() is not None


def _claiming(db: Session) -> Callable[[str], bool]:
    return lambda name: claim(db, name)


def carry_out_cancellations(db: Session, on: dt.date, report: JobReport) -> None:
    report.cancelled_services += apply_due_cancellations(db, on, claim=_claiming(db))
    db.commit()


def auto_charge(db: Session, on: dt.date, report: JobReport) -> None:
    """Charge each Unpaid invoice due by ``on`` to the account's default card, where the account
    turned auto-charge on; a charge is tried once per invoice and due month."""
    due = db.execute(
        select(InvoiceRow.id, PaymentMethodRow.id)
        .join(BillingSettingsRow, BillingSettingsRow.client_id == InvoiceRow.client_id)
        .outerjoin(
            PaymentMethodRow,
            (PaymentMethodRow.client_id == InvoiceRow.client_id)
            & PaymentMethodRow.is_default.is_(True),
        )
        .where(
            BillingSettingsRow.auto_charge.is_(True),
            InvoiceRow.status == InvoiceStatus.UNPAID.value,
            InvoiceRow.due_on <= on,
        )
        .order_by(InvoiceRow.id)
    ).all()
    for invoice_id, method_id in due:
        invoice = db.get(InvoiceRow, invoice_id)
        method = db.get(PaymentMethodRow, method_id) if method_id is not None else None
        if invoice is None:
            continue
        if method is None:
            report.not_charged[invoice.id] = "no default card"
            continue
        if (method.exp_year, method.exp_month) < (on.year, on.month):
            report.not_charged[invoice.id] = "the default card has expired"
            continue
        if not claim(db, f"autocharge:invoice:{invoice.id}:{invoice.due_on:%Y-%m}"):
            continue  # charged, or being charged, by another run
        if settle(db, invoice, method.id, None) is None:
            report.not_charged[invoice.id] = "no longer unpaid"
        else:
            record(
                db,
                invoice.client_id,
                None,
                "auto_charged",
                f"{invoice.number}: {invoice.currency} {invoice.total} with card {method.id}",
            )
            report.charged_invoices.append(invoice.id)
        db.commit()


def handle_overdue(db: Session, on: dt.date, settings: PortalSettings, report: JobReport) -> None:
    """Suspend the Active services billed by an invoice overdue more than
    ``suspend_after_days_overdue`` days; cancel ("anular") an invoice unpaid more than
    ``cancel_unpaid_invoice_after_days`` days past its due date (the seed: "pasa mucho tiempo
    impaga y se pasa a cancelada")."""
    suspend_before = on - dt.timedelta(days=settings.suspend_after_days_overdue)
    rows = db.execute(
        select(ServiceRow.id, InvoiceRow.id)
        .join(InvoiceItemRow, InvoiceItemRow.service_id == ServiceRow.id)
        .join(InvoiceRow, InvoiceRow.id == InvoiceItemRow.invoice_id)
        .where(
            ServiceRow.status == ServiceStatus.ACTIVE.value,
            InvoiceRow.status == InvoiceStatus.UNPAID.value,
            InvoiceRow.due_on < suspend_before,
        )
        .order_by(ServiceRow.id)
    ).all()
    for service_id, invoice_id in rows:
        if not claim(db, f"suspend:service:{service_id}:invoice:{invoice_id}"):
            continue
        still_unpaid = (
            select(InvoiceRow.id)
            .where(InvoiceRow.id == invoice_id, InvoiceRow.status == InvoiceStatus.UNPAID.value)
            .exists()
        )
        service = db.execute(
            update(ServiceRow)
            .where(
                ServiceRow.id == service_id,
                ServiceRow.status == ServiceStatus.ACTIVE.value,
                still_unpaid,
            )
            .values(status=ServiceStatus.SUSPENDED.value)
            .returning(ServiceRow.client_id, ServiceRow.product, ServiceRow.domain)
            .execution_options(synchronize_session="fetch")
        ).one_or_none()
        if service is None:  # cancelled, suspended or paid for meanwhile
            db.rollback()
            continue
        raise_event(
            db,
            service.client_id,
            AlertEvent.SERVICE_SUSPENDED,
            {"product": service.product, "domain": service.domain},
        )
        record(db, service.client_id, None, "service_suspended", f"invoice {invoice_id} overdue")
        report.suspended_services.append(service_id)
        db.commit()

    cancel_before = on - dt.timedelta(days=settings.cancel_unpaid_invoice_after_days)
    stale = db.scalars(
        select(InvoiceRow.id)
        .where(InvoiceRow.status == InvoiceStatus.UNPAID.value, InvoiceRow.due_on < cancel_before)
        .order_by(InvoiceRow.id)
    ).all()
    for invoice_id in stale:
        if not claim(db, f"cancel:invoice:{invoice_id}"):
            continue
        invoice = db.execute(
            update(InvoiceRow)
            .where(InvoiceRow.id == invoice_id, InvoiceRow.status == InvoiceStatus.UNPAID.value)
            .values(status=InvoiceStatus.CANCELLED.value)
            .returning(InvoiceRow.client_id, InvoiceRow.number)
            .execution_options(synchronize_session="fetch")
        ).one_or_none()
        if invoice is None:  # paid meanwhile
            db.rollback()
            continue
        raise_event(db, invoice.client_id, AlertEvent.INVOICE_CANCELLED, {"number": invoice.number})
        record(db, invoice.client_id, None, "invoice_cancelled", f"{invoice.number}: unpaid")
        report.cancelled_invoices.append(invoice_id)
        db.commit()


def purge(db: Session, now: dt.datetime, settings: PortalSettings, report: JobReport) -> None:
    """Delete what is past its time: expired access tokens, sessions ended or expired a month
    ago (their retired refresh tokens go with them), old idempotency keys, failed attempts
    outside every window, and claims older than any period they name."""
    ended_before = now - SESSIONS_KEPT
    steps = {
        "access tokens": delete(AccessTokenRow).where(AccessTokenRow.expires_at < now),
        "sessions": delete(SessionRow).where(
            or_(SessionRow.ended_at < ended_before, SessionRow.refresh_expires_at < ended_before)
        ),
        "idempotency keys": delete(IdempotencyKeyRow).where(
            IdempotencyKeyRow.created_at < now - dt.timedelta(days=settings.idempotency_key_days)
        ),
        "job claims": delete(JobClaimRow).where(JobClaimRow.claimed_at < now - CLAIMS_KEPT),
    }
    for what, statement in steps.items():
        result = db.execute(statement.execution_options(synchronize_session=False))
        report.purged[what] = int(getattr(result, "rowcount", 0) or 0)
        db.commit()
    window = dt.timedelta(seconds=settings.login_window_seconds)
    report.purged["failed attempts"] = purge_failed_attempts(db, now - window)


def run_jobs(
    db: Session,
    settings: PortalSettings,
    *,
    on: dt.date | None = None,
    now: dt.datetime | None = None,
) -> JobReport:
    """Everything, once, in this order: a charge can still save a service from suspension."""
    on = on or today()
    now = now or utcnow()
    report = JobReport()
    carry_out_cancellations(db, on, report)
    auto_charge(db, on, report)
    handle_overdue(db, on, settings, report)
    purge(db, now, settings, report)
    for line in report.lines():
        log.info("%s", line)
    return report
