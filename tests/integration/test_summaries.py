"""``GET /summaries``: every account the caller is a member of, summarised by the portal a page at
a time, each exactly as ``/accounts/{id}/summary`` says, never an account they are not in."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from fastapi import FastAPI
from sqlalchemy import select

from api_client import PortalClient, errors
from api_client.models import Permission
from api_client.summaries import SUMMARY_PAGE_MAX, AccountSummary
from portal.demo import DEMO_EMAIL, DEMO_PASSWORD
from portal.seed_large import RESELLER_EMAIL, seed_large
from portal.server import BackgroundPortal
from portal.tables import MembershipRow, PersonRow

ACCOUNTS = 230  # three pages


@pytest.fixture
def reseller_portal(portal_app: FastAPI) -> Iterator[tuple[BackgroundPortal, dict[str, int]]]:
    with portal_app.state.database.sessions() as db:
        seed_large(db, accounts=ACCOUNTS, invoices=ACCOUNTS * 4, domains=ACCOUNTS * 2)
        person = db.scalar(select(PersonRow.id).where(PersonRow.email == RESELLER_EMAIL))
        memberships = list(
            db.scalars(
                select(MembershipRow)
                .where(MembershipRow.person_id == person)
                .order_by(MembershipRow.client_id)
            )
        )
        # one account seen without services, one without invoices or tickets
        hidden, partial = memberships[3], memberships[5]
        hidden.is_owner = partial.is_owner = False
        hidden.permissions = Permission.INVOICES.value
        partial.permissions = f"{Permission.PRODUCTS.value},{Permission.DOMAINS.value}"
        chosen = {"hidden": hidden.client_id, "partial": partial.client_id}
        db.commit()
    server = BackgroundPortal(portal_app)
    server.start()
    yield server, chosen
    server.stop()


async def every_page(client: PortalClient, limit: int) -> tuple[list[AccountSummary], int]:
    found: list[AccountSummary] = []
    cursor: str | None = None
    pages = 0
    while True:
        page = await client.summaries.list(limit=limit, cursor=cursor)
        pages += 1
        found.extend(page.items)
        if page.next_cursor is None:
            return found, pages
        cursor = page.next_cursor


async def test_pages_hold_every_account_once_each_as_its_own_summary_says(
    reseller_portal: tuple[BackgroundPortal, dict[str, int]],
) -> None:
    portal, chosen = reseller_portal
    async with PortalClient(portal.url) as client:
        await client.auth.login(RESELLER_EMAIL, DEMO_PASSWORD)
        me = await client.me()
        batched, pages = await every_page(client, SUMMARY_PAGE_MAX)
        singles = {}
        for access in me.accounts:
            if Permission.PRODUCTS in access.permissions:
                singles[access.id] = await client.for_account(access.id).summary.get()

    assert pages == 3, "230 accounts in pages of 100"
    ids = [s.account_id for s in batched]
    assert len(ids) == len(set(ids)), "no account twice"
    assert set(ids) == set(singles), "every account the reseller sees services of"
    assert chosen["hidden"] not in ids
    assert {s.account_id: s for s in batched} == singles
    partial = singles[chosen["partial"]]
    assert partial.balance_due is None and partial.open_tickets is None
    assert partial.domains_expiring is not None
    assert any(s.balance_due for s in batched), "the figures are not all empty"


async def test_a_person_sees_only_their_own_accounts_and_bad_cursors_are_refused(
    reseller_portal: tuple[BackgroundPortal, dict[str, int]],
) -> None:
    portal, _chosen = reseller_portal
    async with PortalClient(portal.url) as client:
        await client.auth.login(DEMO_EMAIL, DEMO_PASSWORD)
        me = await client.me()
        batched, pages = await every_page(client, 1)
        with pytest.raises(errors.ValidationFailedError):
            await client.summaries.list(cursor="not-a-cursor")
    assert pages == len(me.accounts)
    assert sorted(s.account_id for s in batched) == sorted(a.id for a in me.accounts)

    async with PortalClient(portal.url) as anonymous:
        with pytest.raises(errors.UnauthorizedError):
            await anonymous.summaries.list()
