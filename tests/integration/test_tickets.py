"""Support tickets: departments, open with attachments, list by status, thread, reply, close."""

from __future__ import annotations

import base64

import pytest

from api_client import PortalClient, errors
from api_client.models import AttachmentUpload, TicketPriority, TicketStatus
from portal.demo import DEMO_EMAIL, DEMO_PASSWORD, OTHER_EMAIL
from portal.server import BackgroundPortal

PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 64


def upload(name: str, data: bytes) -> AttachmentUpload:
    return AttachmentUpload(filename=name, content_base64=base64.b64encode(data).decode())


async def signed_in(portal: BackgroundPortal, email: str = DEMO_EMAIL) -> PortalClient:
    client = PortalClient(portal.url)
    await client.auth.login(email, DEMO_PASSWORD)
    return client


async def test_departments_are_the_three_of_the_company(portal: BackgroundPortal) -> None:
    async with await signed_in(portal) as client:
        departments = await client.for_account(1).tickets.departments()
    assert [d.name for d in departments] == ["Soporte técnico", "Facturación", "Ventas"]


async def test_open_with_attachments_then_reply_and_close(portal: BackgroundPortal) -> None:
    async with await signed_in(portal) as client:
        tickets = client.for_account(1).tickets
        support = (await tickets.departments())[0]
        service = (await client.for_account(1).services.list())[0]
        opened = await tickets.open(
            department_id=support.id,
            subject="El sitio muestra error 500",
            message="Desde las 10 la home da error 500.",
            priority=TicketPriority.HIGH,
            service_id=service.id,
            attachments=[upload("captura.png", PNG), upload("error.log", b"PHP Fatal error\n")],
        )
        assert opened.status is TicketStatus.OPEN
        assert opened.priority is TicketPriority.HIGH
        assert opened.service_id == service.id
        files = opened.messages[0].attachments
        assert [(f.filename, f.content_type, f.size) for f in files] == [
            ("captura.png", "image/png", len(PNG)),
            ("error.log", "text/plain", 16),
        ]
        assert await tickets.attachment(opened.id, files[0].id) == PNG

        listed = await tickets.list(status=TicketStatus.OPEN)
        assert [t.id for t in listed] == [opened.id]

        replied = await tickets.reply(
            opened.id, "Adjunto otra captura", [upload("b.jpg", b"\xff\xd8\xff\xe0")]
        )
        assert replied.status is TicketStatus.CUSTOMER_REPLY
        assert [m.body for m in replied.messages][-1] == "Adjunto otra captura"

        closed = await tickets.close(opened.id)
        assert closed.status is TicketStatus.CLOSED
        assert opened.id in [t.id for t in await tickets.list(status=TicketStatus.CLOSED)]


async def test_demo_threads_show_staff_answers(portal: BackgroundPortal) -> None:
    async with await signed_in(portal) as client:
        tickets = client.for_account(1).tickets
        answered = (await tickets.list(status=TicketStatus.ANSWERED))[0]
        thread = await tickets.get(answered.id)
    assert [m.from_staff for m in thread.messages] == [False, True]


async def test_bad_attachments_and_foreign_service_are_field_errors(
    portal: BackgroundPortal,
) -> None:
    async with await signed_in(portal) as client:
        tickets = client.for_account(1).tickets
        department = (await tickets.departments())[0].id
        with pytest.raises(errors.ValidationFailedError) as caught:
            await tickets.open(
                department_id=department,
                subject="x",
                message="y",
                attachments=[
                    upload("virus.exe", b"MZ"),
                    upload("big.zip", b"PK\x03\x04" + b"0" * (2 * 1024 * 1024)),
                    upload("fake.pdf", b"not a pdf"),
                    AttachmentUpload(filename="a.txt", content_base64="***"),
                ],
            )
        fields = caught.value.field_errors
        assert fields["attachments.0.filename"][0][0] == "attachment_type_not_allowed"
        assert fields["attachments.1.content_base64"][0][0] == "attachment_too_large"
        assert fields["attachments.2.content_base64"][0][0] == "attachment_content_mismatch"
        assert fields["attachments.3.content_base64"][0][0] == "invalid_base64"

    async with await signed_in(portal, OTHER_EMAIL) as other:
        foreign = (await other.for_account(2).services.list())[0].id
    async with await signed_in(portal) as client:
        with pytest.raises(errors.ValidationFailedError) as caught:
            await client.for_account(1).tickets.open(
                department_id=department, subject="x", message="y", service_id=foreign
            )
        assert caught.value.field_errors["service_id"][0][0] == "unknown_service"
        with pytest.raises(errors.ValidationFailedError) as caught:
            await client.for_account(1).tickets.open(department_id=999, subject="x", message="y")
        assert caught.value.field_errors["department_id"][0][0] == "unknown_department"


async def test_another_accounts_ticket_is_not_found(portal: BackgroundPortal) -> None:
    async with await signed_in(portal, OTHER_EMAIL) as other:
        theirs = (await other.for_account(2).tickets.list())[0].id
    async with await signed_in(portal) as client:
        with pytest.raises(errors.NotFoundError):
            await client.for_account(1).tickets.get(theirs)
