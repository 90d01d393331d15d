"""Services (products) of an account: list and detail."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends
from sqlalchemy import select

from api_client.models import Permission, Service, ServiceDetail

from ..auth import DB, AccountContext, RowId, require
from ..errors import not_found
from ..tables import ServiceRow

router = APIRouter(tags=["services"])

Products = Annotated[AccountContext, Depends(require(Permission.PRODUCTS))]


@router.get("/accounts/{account_id}/services", response_model=list[Service])
def list_services(ctx: Products, db: DB) -> list[Service]:
    rows = db.scalars(
        select(ServiceRow).where(ServiceRow.client_id == ctx.client.id).order_by(ServiceRow.id)
    )
    return [Service.model_validate(row, from_attributes=True) for row in rows]


@router.get("/accounts/{account_id}/services/{service_id}", response_model=ServiceDetail)
def get_service(ctx: Products, db: DB, service_id: RowId) -> ServiceDetail:
    row = db.get(ServiceRow, service_id)
    if row is None or row.client_id != ctx.client.id:
        raise not_found("No such service")
    return ServiceDetail.model_validate(row, from_attributes=True)
