"""``GET /accounts/{id}/overview``: the account's first screen in one answer, each part exactly
what its own route answers, and a part the caller may not see left out (null) as its own route
would refuse it; on a backend that does not serve it, the client is told so (None)."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from api_client import PortalClient
from api_client.models import AccountUpdate, InvoiceFilter, Permission
from api_client.overview import OVERVIEW_INVOICES, OVERVIEW_MONTHS, AccountOverview
from portal.demo import DEMO_EMAIL, DEMO_PASSWORD
from portal.passwords import hash_password
from portal.server import BackgroundPortal
from portal.tables import MembershipRow, PersonRow

ACCOUNT = 1
MEMBER_EMAIL = "vista@gimenezdiseno.com.ar"

# the parts each permission opens (``products`` is the route's own: dashboard and services)
PARTS = {
    Permission.PROFILE: {"details", "events_last_id"},
    Permission.INVOICES: {"invoices", "overdue_invoices", "spending"},
    Permission.DOMAINS: {"domains"},
    Permission.TICKETS: {"tickets", "departments", "chats"},
}


async def signed_in(portal: BackgroundPortal, email: str = DEMO_EMAIL) -> PortalClient:
    client = PortalClient(portal.url)
    await client.auth.login(email, DEMO_PASSWORD)
    return client


async def test_each_part_is_what_its_own_route_answers(portal: BackgroundPortal) -> None:
    async with await signed_in(portal) as client:
        account = client.for_account(ACCOUNT)
        # an event for the desktop, so that where the feed stands is not just 0
        await account.details.update(AccountUpdate(city="Salta"))
        overview = await account.overview.get()
        assert overview is not None
        assert overview.account_id == ACCOUNT
        assert overview.details == await account.details.get()
        assert overview.dashboard == await account.dashboard.get()
        assert overview.services == await account.services.list()
        assert overview.invoices == await account.invoices.list(limit=OVERVIEW_INVOICES)
        assert overview.overdue_invoices == await account.invoices.list(
            status=InvoiceFilter.OVERDUE, limit=OVERVIEW_INVOICES
        )
        assert overview.spending == await account.invoices.spending(OVERVIEW_MONTHS)
        assert overview.domains == await account.domains.list()
        assert overview.tickets == await account.tickets.list()
        assert overview.departments == await account.tickets.departments()
        assert overview.chats == await account.chats.list()
        assert overview.service_status == await client.public.status()
        # the events feed's catch-up walks to the same place
        feed = await account.alerts.events()
        assert feed.events, "the edit raised a desktop event"
        assert overview.events_last_id == feed.last_id
        assert (await account.alerts.events(after=feed.last_id)).events == []
        # the demo account has something in every part (else the comparisons prove little)
        for name in AccountOverview.model_fields:
            value = getattr(overview, name)
            assert value is not None and value != [], name
        assert overview.invoices is not None and overview.invoices.items
        assert overview.overdue_invoices is not None and overview.overdue_invoices.items


@pytest.fixture
def member(portal: BackgroundPortal) -> None:
    """A member of account 1 who is not its owner; each test sets the permissions."""
    with portal.app.state.database.sessions() as db:
        person = PersonRow(
            email=MEMBER_EMAIL, name="Vista Parcial", password_hash=hash_password(DEMO_PASSWORD)
        )
        db.add(person)
        db.flush()
        db.add(MembershipRow(person_id=person.id, client_id=ACCOUNT, permissions=""))
        db.commit()


def _grant(portal: BackgroundPortal, permissions: set[Permission]) -> None:
    with portal.app.state.database.sessions() as db:
        person = db.scalar(select(PersonRow.id).where(PersonRow.email == MEMBER_EMAIL))
        membership = db.scalars(
            select(MembershipRow).where(
                MembershipRow.person_id == person, MembershipRow.client_id == ACCOUNT
            )
        ).one()
        membership.permissions = ",".join(p.value for p in permissions)
        db.commit()


@pytest.mark.parametrize("missing", list(PARTS), ids=lambda p: p.value)
async def test_a_part_the_member_may_not_see_is_left_out(
    portal: BackgroundPortal, member: None, missing: Permission
) -> None:
    _grant(portal, {p for p in Permission if p is not missing})
    async with await signed_in(portal, MEMBER_EMAIL) as client:
        overview = await client.for_account(ACCOUNT).overview.get()
    assert overview is not None
    left_out = {n for n in AccountOverview.model_fields if getattr(overview, n) is None}
    assert left_out == PARTS[missing]


async def test_with_only_products_the_member_gets_the_dashboard_services_and_status(
    portal: BackgroundPortal, member: None
) -> None:
    _grant(portal, {Permission.PRODUCTS})
    async with await signed_in(portal, MEMBER_EMAIL) as client:
        overview = await client.for_account(ACCOUNT).overview.get()
    assert overview is not None
    shown = {n for n in AccountOverview.model_fields if getattr(overview, n) is not None}
    assert shown == {"account_id", "dashboard", "services", "service_status"}
