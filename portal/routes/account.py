"""Account details: read and change, with one e-mail address per client."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Request

from api_client.models import AccountDetails, AccountUpdate, Permission

from ..auth import DB, AccountContext, require
from ..backends import backend_of
from ..routing import PortalRoute

router = APIRouter(route_class=PortalRoute, tags=["account"])

Profile = Annotated[AccountContext, Depends(require(Permission.PROFILE))]


@router.get("/accounts/{account_id}", response_model=AccountDetails)
def get_account(ctx: Profile, db: DB, request: Request) -> AccountDetails:
    return backend_of(request).accounts.details(db, ctx)


@router.patch("/accounts/{account_id}", response_model=AccountDetails)
def update_account(change: AccountUpdate, ctx: Profile, db: DB, request: Request) -> AccountDetails:
    return backend_of(request).accounts.update(db, ctx, change)
