"""User management, secondary contacts and the e-mails received, against the real portal."""

from __future__ import annotations

import re

import httpx
import pytest

from api_client import PortalClient, errors
from api_client.models import ContactCreate, ContactUpdate, EmailCategory, Permission
from portal.demo import DEMO_EMAIL, DEMO_PASSWORD, OTHER_EMAIL
from portal.server import BackgroundPortal


async def signed_in(portal: BackgroundPortal, email: str = DEMO_EMAIL) -> PortalClient:
    client = PortalClient(portal.url)
    await client.auth.login(email, DEMO_PASSWORD)
    return client


async def test_owner_lists_users_owner_first_with_every_permission(
    portal: BackgroundPortal,
) -> None:
    async with await signed_in(portal, OTHER_EMAIL) as client:
        users = await client.for_account(2).users.list()
    assert [(u.email, u.is_owner) for u in users] == [(OTHER_EMAIL, True), (DEMO_EMAIL, False)]
    assert len(users[0].permissions) == len(Permission)
    assert Permission.ORDERS not in users[1].permissions


async def test_only_the_owner_manages_users(portal: BackgroundPortal) -> None:
    async with await signed_in(portal) as client:  # Laura reaches account 2, not as owner
        users = client.for_account(2).users
        for call in (users.list, users.invitations):
            with pytest.raises(errors.ForbiddenError) as caught:
                await call()
            assert caught.value.code == "owner_only"
        with pytest.raises(errors.ForbiddenError):
            await users.invite("nuevo@example.com", [Permission.INVOICES])


async def test_inviting_a_new_address_sends_an_invitation_kept_in_the_emails(
    portal: BackgroundPortal,
) -> None:
    async with await signed_in(portal) as client:
        account = client.for_account(1)
        outcome = await account.users.invite(
            "Contadora@Example.com", [Permission.INVOICES, Permission.PROFILE]
        )
        assert outcome.outcome == "invited" and outcome.invitation is not None
        assert outcome.invitation.email == "contadora@example.com"
        assert outcome.invitation.permissions == [Permission.PROFILE, Permission.INVOICES]
        assert [i.id for i in await account.users.invitations()] == [outcome.invitation.id]
        with pytest.raises(errors.ConflictError) as caught:
            await account.users.invite("contadora@example.com", [Permission.INVOICES])
        assert caught.value.code == "already_invited"
        newest = (await account.emails.list(limit=1)).items[0]
        assert newest.to == "contadora@example.com"
        message = await account.emails.get(newest.id)
        assert "Giménez Diseño" in message.subject
        assert "código de invitación" in message.body_text and "<p>" in message.body_html
        await account.users.cancel_invitation(outcome.invitation.id)
        assert await account.users.invitations() == []
        assert {u.email for u in await account.users.list()} == {DEMO_EMAIL}


async def test_inviting_a_known_person_adds_them_then_permissions_change_and_removal(
    portal: BackgroundPortal,
) -> None:
    async with await signed_in(portal) as laura:
        users = laura.for_account(1).users
        outcome = await users.invite(OTHER_EMAIL, [Permission.TICKETS])
        assert outcome.outcome == "added" and outcome.user is not None
        martin_id = outcome.user.person_id
        with pytest.raises(errors.ConflictError) as caught:
            await users.invite(OTHER_EMAIL, [Permission.TICKETS])
        assert caught.value.code == "already_member"
        async with await signed_in(portal, OTHER_EMAIL) as martin:
            me = await martin.me()
            reached = {a.id: a.permissions for a in me.accounts}
            assert reached[1] == [Permission.TICKETS]
            with pytest.raises(errors.ForbiddenError):
                await martin.for_account(1).details.get()
            changed = await users.set_permissions(martin_id, [Permission.PROFILE])
            assert changed.permissions == [Permission.PROFILE]
            assert (await martin.for_account(1).details.get()).id == 1
            await users.remove(martin_id)
            with pytest.raises(errors.NotFoundError):
                await martin.for_account(1).details.get()
        with pytest.raises(errors.NotFoundError):
            await users.remove(martin_id)


async def test_the_owner_cannot_be_restricted_or_removed(portal: BackgroundPortal) -> None:
    async with await signed_in(portal) as client:
        users = client.for_account(1).users
        owner = (await users.list())[0]
        with pytest.raises(errors.ConflictError) as caught:
            await users.set_permissions(owner.person_id, [Permission.PROFILE])
        assert caught.value.code == "owner_immutable"
        with pytest.raises(errors.ConflictError) as caught:
            await users.remove(owner.person_id)
        assert caught.value.code == "owner_immutable"
        assert client.tokens is not None
        async with httpx.AsyncClient(base_url=portal.url) as raw:  # past the client's own check
            answer = await raw.post(
                "/api/v1/accounts/1/users",
                json={"email": "x@example.com", "permissions": []},
                headers={"Authorization": f"Bearer {client.tokens.access_token}"},
            )
        assert answer.status_code == 422
        assert answer.json()["detail"][0]["loc"] == ["body", "permissions"]


async def test_contacts_add_edit_remove_with_their_categories(portal: BackgroundPortal) -> None:
    async with await signed_in(portal) as client:
        contacts = client.for_account(1).contacts
        before = await contacts.list()
        added = await contacts.add(
            ContactCreate(
                first_name="Sofía",
                last_name="Ruiz",
                email="Sofia@Example.com",
                categories=[EmailCategory.SUPPORT, EmailCategory.INVOICE],
            )
        )
        assert added.email == "sofia@example.com"
        assert added.categories == [EmailCategory.INVOICE, EmailCategory.SUPPORT]
        with pytest.raises(errors.ValidationFailedError) as caught:
            await contacts.add(ContactCreate(first_name="Otra", email="SOFIA@example.com"))
        assert caught.value.field_errors["email"][0][0] == "email_taken"
        edited = await contacts.update(
            added.id, ContactUpdate(categories=[EmailCategory.DOMAIN], phone="+54 11 4444-5555")
        )
        assert edited.categories == [EmailCategory.DOMAIN]
        assert (await contacts.get(added.id)).phone == "+54 11 4444-5555"
        assert len(await contacts.list()) == len(before) + 1
        await contacts.remove(added.id)
        assert [c.id for c in await contacts.list()] == [c.id for c in before]
        with pytest.raises(errors.NotFoundError):
            await contacts.get(added.id)


async def test_another_accounts_contact_is_not_found(portal: BackgroundPortal) -> None:
    async with await signed_in(portal) as laura:
        mine = await laura.for_account(1).contacts.add(
            ContactCreate(first_name="Ana", email="ana@example.com")
        )
        with pytest.raises(errors.NotFoundError):
            await laura.for_account(2).contacts.get(mine.id)
        with pytest.raises(errors.NotFoundError):
            await laura.for_account(2).contacts.remove(mine.id)


async def test_emails_received_are_paged_newest_first_and_readable(
    portal: BackgroundPortal,
) -> None:
    async with await signed_in(portal) as client:
        emails = client.for_account(1).emails
        first = await emails.list(limit=5)
        assert len(first.items) == 5 and first.next_cursor
        everything = [e async for e in emails.iterate(page_size=4)]
        assert len(everything) == len({e.id for e in everything}) > 10
        sent = [e.sent_at for e in everything]
        assert sent == sorted(sent, reverse=True)
        subjects = {e.subject for e in everything}
        assert "Bienvenido/a a LatinHost" in subjects
        assert any(s.startswith("Servicio suspendido") for s in subjects)
        assert any(s.startswith("Confirmación de pago") for s in subjects)
        message = await emails.get(everything[0].id)
        assert message.body_text and message.body_html.startswith("<!doctype html>")
        with pytest.raises(errors.NotFoundError):
            await client.for_account(2).emails.get(everything[0].id)
        with pytest.raises(errors.ValidationFailedError) as caught:
            await emails.list(cursor="garbage")
        assert "cursor" in caught.value.field_errors


async def test_audit_log_lists_the_accounts_changes_newest_first(
    portal: BackgroundPortal,
) -> None:
    async with await signed_in(portal) as client:
        account = client.for_account(1)
        await account.contacts.add(ContactCreate(first_name="Ana", email="ana@example.com"))
        await account.users.invite("nueva@example.com", [Permission.TICKETS])
        first = await account.audit.list(limit=1)
        assert [e.action for e in first.items] == ["user_invited"]
        assert first.items[0].person_name == "Laura Giménez"
        assert first.next_cursor
        second = await account.audit.list(limit=1, cursor=first.next_cursor)
        assert second.items[0].action == "contact_added"
        assert second.items[0].id < first.items[0].id
    async with await signed_in(portal, OTHER_EMAIL) as martin:
        mine = await martin.for_account(2).audit.list()
        assert "user_invited" not in {e.action for e in mine.items}, "account 1's log stays there"


async def test_an_invitation_is_accepted_with_its_code_and_gives_the_invited_access(
    portal: BackgroundPortal,
) -> None:
    async with await signed_in(portal) as laura:
        account = laura.for_account(1)
        await account.users.invite("socia@example.com", [Permission.INVOICES])
        newest = (await account.emails.list(limit=1)).items[0]
        body = (await account.emails.get(newest.id)).body_text
        found = re.search(r"código de invitación: (\S+)", body)
        assert found
        code = found.group(1)
        async with PortalClient(portal.url) as newcomer:
            with pytest.raises(errors.NotFoundError):
                await newcomer.security.accept_invitation("x" * 20, "Socia", "una-clave-larga")
            with pytest.raises(errors.ValidationFailedError) as short:
                await newcomer.security.accept_invitation(code, "Socia", "corta")
            assert "password" in short.value.field_errors
            await newcomer.security.accept_invitation(code, "Socia Nueva", "una-clave-larga")
            with pytest.raises(errors.NotFoundError):
                await newcomer.security.accept_invitation(code, "Otra", "una-clave-larga")
            await newcomer.auth.login("socia@example.com", "una-clave-larga")
            me = await newcomer.me()
            assert [(a.id, a.permissions) for a in me.accounts] == [(1, [Permission.INVOICES])]
        assert await account.users.invitations() == []
        assert "socia@example.com" in {u.email for u in await account.users.list()}
        events = await account.alerts.events()
        assert events.events[-1].event.value == "client_added"
