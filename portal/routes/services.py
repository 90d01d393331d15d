"""Services (products) of an account: list and detail."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Request

from api_client.models import Permission, Service, ServiceDetail

from ..auth import DB, AccountContext, RowId, require
from ..backends import backend_of
from ..routing import PortalRoute

router = APIRouter(route_class=PortalRoute, tags=["services"])

Products = Annotated[AccountContext, Depends(require(Permission.PRODUCTS))]


@router.get("/accounts/{account_id}/services", response_model=list[Service])
def list_services(ctx: Products, db: DB, request: Request) -> list[Service]:
    return backend_of(request).services.list_services(db, ctx)


@router.get("/accounts/{account_id}/services/{service_id}", response_model=ServiceDetail)
def get_service(ctx: Products, db: DB, service_id: RowId, request: Request) -> ServiceDetail:
    return backend_of(request).services.get_service(db, ctx, service_id)
