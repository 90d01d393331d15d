"""Auto-debit: the account's saved cards and whether invoices are charged automatically.

A card number is checked (digits, Luhn, a known brand, expiry not past) and then forgotten: the
portal keeps a random token, the brand (from the IIN), the last 4 digits and the expiry. The
number is not stored, not logged, and not part of the Idempotency-Key fingerprint.
"""

from __future__ import annotations

import datetime as dt
import secrets
from typing import Annotated

from fastapi import APIRouter, Depends, Request, Response
from sqlalchemy import select

from api_client.models import (
    AutoCharge,
    AutoChargeUpdate,
    CardCreate,
    PaymentMethod,
    Permission,
)

from ..audit import record
from ..auth import DB, AccountContext, RowId, require
from ..cards import brand_of, digits_of, expired, luhn_ok
from ..errors import FieldError, PortalHTTPError, not_found
from ..idempotency import IdempotencyKey, idempotent
from ..routing import PortalRoute
from ..tables import BillingSettingsRow, PaymentMethodRow

router = APIRouter(route_class=PortalRoute, tags=["auto-debit"])

Invoices = Annotated[AccountContext, Depends(require(Permission.INVOICES))]


def method(row: PaymentMethodRow) -> PaymentMethod:
    return PaymentMethod.model_validate(row, from_attributes=True)


def _methods(db: DB, client_id: int) -> list[PaymentMethodRow]:
    return list(
        db.scalars(
            select(PaymentMethodRow)
            .where(PaymentMethodRow.client_id == client_id)
            .order_by(PaymentMethodRow.is_default.desc(), PaymentMethodRow.id)
        )
    )


def _settings(db: DB, client_id: int) -> BillingSettingsRow:
    row = db.get(BillingSettingsRow, client_id)
    if row is None:
        row = BillingSettingsRow(client_id=client_id, auto_charge=False)
        db.add(row)
    return row


@router.get("/accounts/{account_id}/payment-methods", response_model=list[PaymentMethod])
def list_payment_methods(ctx: Invoices, db: DB) -> list[PaymentMethod]:
    """The saved cards, the default first."""
    return [method(row) for row in _methods(db, ctx.client.id)]


@router.post(
    "/accounts/{account_id}/payment-methods", response_model=PaymentMethod, status_code=201
)
def add_card(
    body: CardCreate,
    ctx: Invoices,
    db: DB,
    request: Request,
    idempotency_key: IdempotencyKey = None,
) -> Response:
    """Save a card. The first card, or one sent with ``make_default``, becomes the default.

    Honours ``Idempotency-Key`` (a retried request does not save the card twice).
    Errors (422): ``card_number_invalid`` (not 12-19 digits, or the check digit is wrong) and
    ``card_brand_unsupported`` on ``number``; ``card_expired`` on ``exp_year``.
    """
    digits = digits_of(body.number)
    if digits is None or not luhn_ok(digits):
        raise FieldError.one("number", "card_number_invalid", "This card number is not valid")
    brand = brand_of(digits)
    if brand is None:
        raise FieldError.one("number", "card_brand_unsupported", "This card brand is not accepted")
    if expired(body.exp_month, body.exp_year, dt.datetime.now(dt.UTC).date()):
        raise FieldError.one("exp_year", "card_expired", "This card has expired")
    last4 = digits[-4:]
    del digits
    # what identifies the request for a replay, without the number
    fingerprint = {
        "brand": brand.value,
        "last4": last4,
        "exp_month": body.exp_month,
        "exp_year": body.exp_year,
        "holder_name": body.holder_name,
        "make_default": body.make_default,
    }

    def change() -> PaymentMethod:
        existing = _methods(db, ctx.client.id)
        make_default = body.make_default or not existing
        if make_default:
            for row in existing:
                row.is_default = False
        row = PaymentMethodRow(
            client_id=ctx.client.id,
            token=secrets.token_urlsafe(24),
            brand=brand.value,
            last4=last4,
            exp_month=body.exp_month,
            exp_year=body.exp_year,
            holder_name=body.holder_name,
            is_default=make_default,
        )
        db.add(row)
        db.flush()
        record(db, ctx.client.id, ctx.person.id, "card_added", f"{brand.value} ****{last4}")
        return method(row)

    return idempotent(
        db, request, ctx.person.id, idempotency_key, fingerprint, change, status_code=201
    )


def _own(db: DB, ctx: AccountContext, method_id: int) -> PaymentMethodRow:
    row = db.get(PaymentMethodRow, method_id)
    if row is None or row.client_id != ctx.client.id:
        raise not_found("No such payment method")
    return row


@router.post(
    "/accounts/{account_id}/payment-methods/{method_id}/default", response_model=PaymentMethod
)
def make_default(ctx: Invoices, db: DB, method_id: RowId) -> PaymentMethod:
    """The card future automatic charges use. Errors: 404."""
    row = _own(db, ctx, method_id)
    if not row.is_default:
        for other in _methods(db, ctx.client.id):
            other.is_default = other.id == row.id
        record(db, ctx.client.id, ctx.person.id, "card_default", f"{row.brand} ****{row.last4}")
        db.commit()
    return method(row)


@router.delete("/accounts/{account_id}/payment-methods/{method_id}", status_code=204)
def remove_card(ctx: Invoices, db: DB, method_id: RowId) -> Response:
    """Forget a card; if it was the default, the oldest remaining card becomes the default.

    Errors: 404; 409 ``auto_charge_needs_method`` (the last card while auto-charge is on).
    """
    row = _own(db, ctx, method_id)
    others = [m for m in _methods(db, ctx.client.id) if m.id != row.id]
    if not others and _settings(db, ctx.client.id).auto_charge:
        raise PortalHTTPError(
            409,
            "auto_charge_needs_method",
            "Automatic charging is on: turn it off before removing the last card",
        )
    if row.is_default and others:
        others[0].is_default = True
    db.delete(row)
    record(db, ctx.client.id, ctx.person.id, "card_removed", f"{row.brand} ****{row.last4}")
    db.commit()
    return Response(status_code=204)


@router.get("/accounts/{account_id}/auto-charge", response_model=AutoCharge)
def get_auto_charge(ctx: Invoices, db: DB) -> AutoCharge:
    row = db.get(BillingSettingsRow, ctx.client.id)
    return AutoCharge(enabled=bool(row and row.auto_charge))


@router.put("/accounts/{account_id}/auto-charge", response_model=AutoCharge)
def set_auto_charge(body: AutoChargeUpdate, ctx: Invoices, db: DB) -> AutoCharge:
    """Errors: 409 ``no_payment_method`` (turning it on with no saved card)."""
    settings = _settings(db, ctx.client.id)
    if body.enabled and not _methods(db, ctx.client.id):
        raise PortalHTTPError(409, "no_payment_method", "Add a card before turning this on")
    if settings.auto_charge != body.enabled:
        settings.auto_charge = body.enabled
        record(db, ctx.client.id, ctx.person.id, "auto_charge", "on" if body.enabled else "off")
    db.commit()
    return AutoCharge(enabled=settings.auto_charge)
