"""Domains of an account: list, renew (invoiced), nameservers, transfer out, auto-renew.

A domain cannot be cancelled (seed: it is paid yearly in advance; the client may only ask that it
is not renewed), so DELETE answers 409 ``domains_cannot_be_cancelled``.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
import secrets
from typing import Annotated

from fastapi import APIRouter, Depends, Request
from fastapi.responses import Response
from sqlalchemy import select
from sqlalchemy.orm import Session

from api_client.models import (
    Domain,
    DomainRenewal,
    DomainRenewRequest,
    DomainStatus,
    DomainTransferOut,
    DomainUpdate,
    InvoiceStatus,
    Nameservers,
    NameserversUpdate,
    Permission,
)

from .. import wording
from ..audit import record
from ..auth import DB, AccountContext, RowId, require
from ..billing import Line, add_years, create_invoice, run_once, today
from ..errors import FieldError, PortalHTTPError, not_found
from ..idempotency import IdempotencyKey
from ..routing import PortalRoute
from ..tables import DomainRenewalRow, DomainRow, InvoiceRow

router = APIRouter(route_class=PortalRoute, tags=["domains"])

Domains = Annotated[AccountContext, Depends(require(Permission.DOMAINS))]
ManageDomains = Annotated[AccountContext, Depends(require(Permission.MANAGE_DOMAINS))]
DomainId = RowId

LABEL = re.compile(r"^(?!-)[a-z0-9-]{1,63}(?<!-)$")
RENEWABLE = (DomainStatus.ACTIVE, DomainStatus.GRACE, DomainStatus.EXPIRED)
MAX_YEARS_AHEAD = 10
EPP_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789!@#$%*-_"


def normalize_host(value: str) -> str | None:
    """A lower-cased host name with at least two labels and an alphabetic ending, or None."""
    name = value.strip().lower().rstrip(".")
    if not name or len(name) > 253:
        return None
    labels = name.split(".")
    if len(labels) < 2 or not all(LABEL.match(label) for label in labels):
        return None
    if not labels[-1].isalpha() or len(labels[-1]) < 2:
        return None
    return name


def domain_model(row: DomainRow, on: dt.date | None = None) -> Domain:
    on = on or today()
    return Domain(
        id=row.id,
        name=row.name,
        status=row.status,
        registration_date=row.registration_date,
        expiry_date=row.expiry_date,
        days_to_expiry=(row.expiry_date - on).days,
        auto_renew=row.auto_renew,
        transfer_locked=row.transfer_locked,
        recurring_amount=row.recurring_amount,
        currency=row.currency,
    )


def _domain(db: Session, ctx: AccountContext, domain_id: int) -> DomainRow:
    row = db.get(DomainRow, domain_id)
    if row is None or row.client_id != ctx.client.id:
        raise not_found("No such domain")
    return row


@router.get("/accounts/{account_id}/domains", response_model=list[Domain])
def list_domains(ctx: Domains, db: DB) -> list[Domain]:
    """The account's domains, the soonest to expire first."""
    rows = db.scalars(
        select(DomainRow)
        .where(DomainRow.client_id == ctx.client.id)
        .order_by(DomainRow.expiry_date, DomainRow.id)
    )
    on = today()
    return [domain_model(r, on) for r in rows]


@router.get("/accounts/{account_id}/domains/{domain_id}", response_model=Domain)
def get_domain(ctx: Domains, db: DB, domain_id: DomainId) -> Domain:
    return domain_model(_domain(db, ctx, domain_id))


@router.patch("/accounts/{account_id}/domains/{domain_id}", response_model=Domain)
def update_domain(body: DomainUpdate, ctx: ManageDomains, db: DB, domain_id: DomainId) -> Domain:
    """Turn auto-renew on or off (off is how a client stops a domain: it is not renewed)."""
    row = _domain(db, ctx, domain_id)
    if row.auto_renew != body.auto_renew:
        row.auto_renew = body.auto_renew
        record(
            db,
            ctx.client.id,
            ctx.person.id,
            "domain_auto_renew_changed",
            f"{row.name}: auto-renew {'on' if body.auto_renew else 'off'}",
        )
        db.commit()
    return domain_model(row)


@router.delete(
    "/accounts/{account_id}/domains/{domain_id}",
    status_code=409,
    responses={409: {"description": "Always: code domains_cannot_be_cancelled"}},
)
def delete_domain(ctx: ManageDomains, db: DB, domain_id: DomainId) -> None:
    """Always refused, 409 ``domains_cannot_be_cancelled``: turn auto-renew off instead."""
    _domain(db, ctx, domain_id)
    raise PortalHTTPError(
        409,
        "domains_cannot_be_cancelled",
        "A domain cannot be cancelled, only not renewed: turn auto-renew off",
    )


@router.post("/accounts/{account_id}/domains/{domain_id}/renew", response_model=DomainRenewal)
def renew_domain(
    body: DomainRenewRequest,
    ctx: ManageDomains,
    db: DB,
    request: Request,
    domain_id: DomainId,
    idempotency_key: IdempotencyKey = None,
) -> Response:
    """Invoice ``years`` (1..10) of renewal; the expiry date moves on when the invoice is paid.

    Needs an ``Idempotency-Key``. 409 ``domain_not_renewable`` (Pending, Redemption, Transferred
    Away, Cancelled), 409 ``renewal_already_invoiced`` (an unpaid renewal invoice exists);
    422 ``years``: ``too_many_years`` (the expiry would pass 10 years from today).
    """

    def change() -> DomainRenewal:
        row = _domain(db, ctx, domain_id)
        if row.status not in RENEWABLE:
            raise PortalHTTPError(
                409, "domain_not_renewable", f"A domain in status {row.status} cannot be renewed"
            )
        pending = db.scalar(
            select(DomainRenewalRow.id)
            .join(InvoiceRow, InvoiceRow.id == DomainRenewalRow.invoice_id)
            .where(
                DomainRenewalRow.domain_id == row.id,
                DomainRenewalRow.applied.is_(False),
                InvoiceRow.status == InvoiceStatus.UNPAID.value,
            )
            .limit(1)
        )
        if pending is not None:
            raise PortalHTTPError(
                409,
                "renewal_already_invoiced",
                "A renewal of this domain is already invoiced: pay that invoice",
            )
        if add_years(row.expiry_date, body.years) > add_years(today(), MAX_YEARS_AHEAD):
            raise FieldError.one(
                "years", "too_many_years", "A domain can be registered 10 years ahead at most"
            )
        end = add_years(row.expiry_date, body.years)
        invoice = create_invoice(
            db,
            ctx.client,
            [
                Line(
                    wording.domain_renewal(
                        row.name, body.years, row.expiry_date, end, ctx.client.language
                    ),
                    row.recurring_amount * body.years,
                )
            ],
        )
        db.add(DomainRenewalRow(domain_id=row.id, invoice_id=invoice.id, years=body.years))
        record(
            db,
            ctx.client.id,
            ctx.person.id,
            "domain_renewal_invoiced",
            f"{row.name}: {body.years} year(s), invoice {invoice.number}",
        )
        db.flush()
        return DomainRenewal(
            domain=domain_model(row),
            years=body.years,
            invoice_id=invoice.id,
            total=invoice.total,
            currency=invoice.currency,
        )

    return run_once(db, request, ctx.person.id, idempotency_key, body, change)


@router.get("/accounts/{account_id}/domains/{domain_id}/nameservers", response_model=Nameservers)
def get_nameservers(ctx: Domains, db: DB, domain_id: DomainId) -> Nameservers:
    row = _domain(db, ctx, domain_id)
    return Nameservers(nameservers=[n for n in row.nameservers.split("\n") if n])


@router.put("/accounts/{account_id}/domains/{domain_id}/nameservers", response_model=Nameservers)
def set_nameservers(
    body: NameserversUpdate, ctx: ManageDomains, db: DB, domain_id: DomainId
) -> Nameservers:
    """Delegate the domain to 2..5 name servers.

    422 ``nameservers``: ``nameserver_count``; ``nameservers.N``: ``invalid_hostname``,
    ``duplicate_nameserver``. 409 ``domain_not_active``.
    """
    row = _domain(db, ctx, domain_id)
    errors: list[tuple[str, str, str]] = []
    if not 2 <= len(body.nameservers) <= 5:
        errors.append(("nameservers", "nameserver_count", "Give between 2 and 5 name servers"))
    clean: list[str] = []
    for index, value in enumerate(body.nameservers):
        host = normalize_host(value)
        if host is None:
            errors.append((f"nameservers.{index}", "invalid_hostname", "Not a valid host name"))
        elif host in clean:
            errors.append(
                (f"nameservers.{index}", "duplicate_nameserver", "This name server is repeated")
            )
        else:
            clean.append(host)
    if errors:
        raise FieldError(errors)
    if row.status != DomainStatus.ACTIVE:
        raise PortalHTTPError(409, "domain_not_active", "Only an active domain can change this")
    row.nameservers = "\n".join(clean)
    record(db, ctx.client.id, ctx.person.id, "domain_nameservers_changed", f"{row.name}: {clean}")
    db.commit()
    return Nameservers(nameservers=clean)


@router.post(
    "/accounts/{account_id}/domains/{domain_id}/transfer-out", response_model=DomainTransferOut
)
def transfer_out(ctx: ManageDomains, db: DB, domain_id: DomainId) -> DomainTransferOut:
    """Unlock the domain and issue a new EPP code, shown only in this answer (each call issues a
    new one and the previous stops being valid). 409 ``domain_not_active``."""
    row = _domain(db, ctx, domain_id)
    if row.status != DomainStatus.ACTIVE:
        raise PortalHTTPError(
            409, "domain_not_active", "Only an active domain can be transferred out"
        )
    code = "".join(secrets.choice(EPP_ALPHABET) for _ in range(16))
    row.transfer_locked = False
    row.epp_code_hash = hashlib.sha256(code.encode()).hexdigest()
    record(db, ctx.client.id, ctx.person.id, "domain_transfer_out", f"{row.name}: unlocked")
    db.commit()
    return DomainTransferOut(domain=domain_model(row), epp_code=code)
