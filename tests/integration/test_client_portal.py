"""The async client against the real portal on loopback: sign-in, tokens, accounts, data."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import update

from api_client import PortalClient, errors
from api_client.models import AccountUpdate, InvoiceFilter, InvoiceStatus, ServiceStatus
from portal.demo import DEMO_EMAIL, DEMO_PASSWORD, OTHER_EMAIL
from portal.server import BackgroundPortal
from portal.tables import AccessTokenRow, MembershipRow, UsedRefreshTokenRow, utcnow


async def signed_in(portal: BackgroundPortal, email: str = DEMO_EMAIL) -> PortalClient:
    client = PortalClient(portal.url)
    await client.auth.login(email, DEMO_PASSWORD)
    return client


async def test_login_me_lists_both_accounts_owner_first(portal: BackgroundPortal) -> None:
    async with await signed_in(portal) as client:
        me = await client.me()
    assert me.person.email == DEMO_EMAIL
    assert [a.is_owner for a in me.accounts] == [True, False]
    assert me.accounts[0].company == "Giménez Diseño"
    assert me.accounts[1].company == "Estudio Pereyra & Asociados"
    assert "orders" not in me.accounts[1].permissions
    assert len(me.accounts[0].permissions) == 13


async def test_wrong_password_is_unauthorized(portal: BackgroundPortal) -> None:
    async with PortalClient(portal.url) as client:
        with pytest.raises(errors.UnauthorizedError) as caught:
            await client.auth.login(DEMO_EMAIL, "wrong")
    assert caught.value.code == "invalid_credentials"


async def test_refresh_token_rotates_and_reuse_ends_the_session(portal: BackgroundPortal) -> None:
    async with await signed_in(portal) as client:
        first = client.tokens
        assert first is not None
        second = await client.auth.resume(first.refresh_token)
        assert second.refresh_token != first.refresh_token
        grace = timedelta(seconds=portal.app.state.settings.refresh_grace_seconds + 1)
        with portal.app.state.database.sessions() as session:  # retired before the grace window
            session.execute(update(UsedRefreshTokenRow).values(retired_at=utcnow() - grace))
            session.commit()
        # The retired token comes back: the portal ends the session, so the new one dies too.
        async with PortalClient(portal.url) as thief:
            with pytest.raises(errors.UnauthorizedError):
                await thief.auth.resume(first.refresh_token)
        with pytest.raises(errors.UnauthorizedError):
            await client.auth.resume(second.refresh_token)


async def test_logout_revokes_refresh_token(portal: BackgroundPortal) -> None:
    client = await signed_in(portal)
    tokens = client.tokens
    assert tokens is not None
    await client.auth.logout()
    assert client.tokens is None
    async with PortalClient(portal.url) as again:
        with pytest.raises(errors.UnauthorizedError):
            await again.auth.resume(tokens.refresh_token)
    await client.aclose()


async def test_expired_access_token_is_refreshed_transparently(portal: BackgroundPortal) -> None:
    async with await signed_in(portal) as client:
        seen: list[object] = []
        client.on_tokens_changed(seen.append)
        with portal.app.state.database.sessions() as session:  # the portal expires the token
            session.execute(
                update(AccessTokenRow).values(expires_at=utcnow() - timedelta(seconds=1))
            )
            session.commit()
        me = await client.me()  # 401 token_expired: refresh once, replay
        assert me.person.email == DEMO_EMAIL
        assert len(seen) == 1, "the rotated tokens were announced to the listener"


async def test_account_details_read_and_update(portal: BackgroundPortal) -> None:
    async with await signed_in(portal) as client:
        me = await client.me()
        account = client.for_account(me.accounts[0].id)
        details = await account.details.get()
        assert details.country == "AR"
        updated = await account.details.update(
            AccountUpdate(phone="+54 11 5555-0000", city="Rosario")
        )
        assert (updated.phone, updated.city) == ("+54 11 5555-0000", "Rosario")
        assert (await account.details.get()).phone == "+54 11 5555-0000"


async def test_invalid_fields_come_back_per_field(portal: BackgroundPortal) -> None:
    async with await signed_in(portal) as client:
        account = client.for_account((await client.me()).accounts[0].id)
        with pytest.raises(errors.ValidationFailedError) as caught:
            await account.details.update(
                AccountUpdate.model_construct(phone="call me", country="Argentina", email="x")
            )
        assert set(caught.value.field_errors) == {"phone", "country", "email"}
        assert (await account.details.get()).phone == "+54 11 4567-8910", "nothing was saved"


async def test_one_email_per_client(portal: BackgroundPortal) -> None:
    async with await signed_in(portal) as client:
        account = client.for_account((await client.me()).accounts[0].id)
        with pytest.raises(errors.ValidationFailedError) as caught:
            await account.details.update(AccountUpdate(email=OTHER_EMAIL.upper()))
        assert caught.value.field_errors["email"][0][0] == "email_taken"


async def test_services_list_every_status_and_detail(portal: BackgroundPortal) -> None:
    async with await signed_in(portal) as client:
        account = client.for_account((await client.me()).accounts[0].id)
        services = await account.services.list()
        assert {s.status for s in services} >= {
            ServiceStatus.PENDING,
            ServiceStatus.ACTIVE,
            ServiceStatus.SUSPENDED,
            ServiceStatus.TERMINATED,
            ServiceStatus.CANCELLED,
        }
        detail = await account.services.get(services[0].id)
        assert detail.product == services[0].product
        assert str(detail.amount) == "45000.00"


async def test_invoice_keyset_pages_cover_everything_once(portal: BackgroundPortal) -> None:
    async with await signed_in(portal) as client:
        account = client.for_account((await client.me()).accounts[0].id)
        first = await account.invoices.list(limit=50)
        assert len(first.items) == 50 and first.next_cursor
        seen = [invoice.id async for invoice in account.invoices.iterate(page_size=37)]
        assert len(seen) == len(set(seen)) == 120
        dates = [inv.issued_on for inv in first.items]
        assert dates == sorted(dates, reverse=True)


async def test_invoice_status_filters(portal: BackgroundPortal) -> None:
    async with await signed_in(portal) as client:
        account = client.for_account((await client.me()).accounts[0].id)
        overdue = [i async for i in account.invoices.iterate(status=InvoiceFilter.OVERDUE)]
        unpaid = [i async for i in account.invoices.iterate(status=InvoiceFilter.UNPAID)]
        paid = [i async for i in account.invoices.iterate(status=InvoiceFilter.PAID)]
        assert overdue and all(i.overdue and i.status is InvoiceStatus.UNPAID for i in overdue)
        assert {i.id for i in overdue} < {i.id for i in unpaid}
        assert paid and all(i.status is InvoiceStatus.PAID and i.paid_on for i in paid)
        detail = await account.invoices.get(overdue[0].id)
        assert detail.items and detail.subtotal + detail.tax == detail.total


async def test_bad_cursor_is_a_field_error(portal: BackgroundPortal) -> None:
    async with await signed_in(portal) as client:
        account = client.for_account((await client.me()).accounts[0].id)
        with pytest.raises(errors.ValidationFailedError) as caught:
            await account.invoices.list(cursor="not-a-cursor")
        assert "cursor" in caught.value.field_errors


async def test_other_persons_account_is_not_found(portal: BackgroundPortal) -> None:
    async with await signed_in(portal, OTHER_EMAIL) as client:
        me = await client.me()
        assert [a.company for a in me.accounts] == ["Estudio Pereyra & Asociados"]
        stranger = client.for_account(1)  # Laura's own account
        for call in (stranger.details.get, stranger.services.list, stranger.invoices.list):
            with pytest.raises(errors.NotFoundError):
                await call()
        with pytest.raises(errors.NotFoundError):
            await stranger.details.update(AccountUpdate(phone="+54 11 0000-0000"))
        with pytest.raises(errors.NotFoundError):
            await client.for_account(2).invoices.get(1)  # an invoice of another account


async def test_missing_permission_is_forbidden(portal: BackgroundPortal) -> None:
    db = portal.app.state.database
    with db.sessions() as session:
        row = session.query(MembershipRow).filter_by(person_id=1, client_id=2).one()
        row.permissions = "products"
        session.commit()
    async with await signed_in(portal) as client:
        account = client.for_account(2)
        assert await account.services.list()
        for call in (account.details.get, account.invoices.list):
            with pytest.raises(errors.ForbiddenError):
                await call()


async def test_sign_in_is_rate_limited(portal: BackgroundPortal) -> None:
    async with PortalClient(portal.url) as client:
        for _ in range(10):
            with pytest.raises(errors.UnauthorizedError):
                await client.auth.login(OTHER_EMAIL, "wrong")
        with pytest.raises(errors.RateLimitedError) as caught:
            await client.auth.login(OTHER_EMAIL, DEMO_PASSWORD)
        assert caught.value.retry_after and caught.value.retry_after > 0


async def test_text_with_a_nul_character_is_a_field_error(portal: BackgroundPortal) -> None:
    # found by the OpenAPI fuzz run on PostgreSQL, which cannot store NUL in text (a 500 then)
    async with await signed_in(portal) as client:
        account = client.for_account((await client.me()).accounts[0].id)
        with pytest.raises(errors.ValidationFailedError) as caught:
            await account.details.update(AccountUpdate.model_construct(city="Rosa\x00rio"))
        assert list(caught.value.field_errors) == ["city"]
        assert (await account.details.get()).city != "Rosa\x00rio"
