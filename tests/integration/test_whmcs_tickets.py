"""Opening and answering tickets on the WHMCS backend, against the fake WHMCS: OpenTicket and
AddTicketReply as the client, read back through the portal's ticket routes; an Idempotency-Key
claimed before WHMCS is called, so that a retry, a duplicate sent at the same moment, or a
retry after WHMCS's answer was lost never posts twice; and refusals that are clear 4xx and
leave nothing behind."""

from __future__ import annotations

import asyncio
import base64
import json
import threading
import uuid
from collections.abc import Iterator

import httpx
import pytest

from api_client import PortalClient, errors
from api_client.models import AttachmentUpload, TicketPriority, TicketStatus
from portal.app import create_app
from portal.server import BackgroundPortal
from tests.integration.test_whmcs_backend import (
    OWN,
    REACHED,
    STRANGER,
    signed_in,
    whmcs_settings,
)
from tests.whmcs_fake import FakeWhmcs
from tests.whmcs_fake.fake import RESELLER_EMAIL, RESELLER_PASSWORD

PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 16


@pytest.fixture
def fake() -> Iterator[FakeWhmcs]:
    with FakeWhmcs() as server:
        yield server


@pytest.fixture
def whmcs_portal(fake: FakeWhmcs, empty_database_url: str) -> Iterator[BackgroundPortal]:
    app = create_app(empty_database_url, settings=whmcs_settings(fake))
    server = BackgroundPortal(app)
    server.start()
    yield server
    server.stop()
    app.state.database.dispose()


def post(
    portal: BackgroundPortal, client: PortalClient, path: str, body: object, key: str
) -> httpx.Response:
    assert client.tokens is not None
    return httpx.post(
        f"{portal.url}/api/v1{path}",
        headers={
            "Authorization": f"Bearer {client.tokens.access_token}",
            "Idempotency-Key": key,
        },
        json=body,
        timeout=60,
    )


def fields_of(answer: httpx.Response) -> list[str]:
    """The fields a 422 names."""
    return [".".join(map(str, e["loc"][1:])) for e in answer.json()["detail"]]


def replies_of(fake: FakeWhmcs, ticket_id: int) -> list[str]:
    ticket = next(t for t in fake.data.tickets if t.id == ticket_id)
    return [r.message for r in ticket.replies]


# ---- what the customer does -------------------------------------------------------------------


async def test_a_reply_goes_to_whmcs_as_the_client_and_is_read_back(
    whmcs_portal: BackgroundPortal, fake: FakeWhmcs
) -> None:
    async with await signed_in(whmcs_portal, RESELLER_EMAIL, RESELLER_PASSWORD) as client:
        support = client.for_account(OWN).tickets
        answered = await support.reply(1, "Sigue sin llegar nada.", idempotency_key="r-1")
        thread = await support.get(1)
        listed = await support.list()
    assert fake.calls_of("AddTicketReply") == [
        {"ticketid": "1", "message": "Sigue sin llegar nada.", "clientid": str(OWN)}
    ]
    assert replies_of(fake, 1)[-1] == "Sigue sin llegar nada."
    # the answer is WHMCS's thread, as the portal's ticket route reads it
    assert answered == thread
    assert [(m.body, m.from_staff) for m in thread.messages][-1] == (
        "Sigue sin llegar nada.",
        False,
    )
    assert thread.messages[-1].author_name == "Lucía Pereyra"
    assert thread.status is TicketStatus.CUSTOMER_REPLY  # it was Answered
    assert [t.status for t in listed if t.id == 1] == [TicketStatus.CUSTOMER_REPLY]


async def test_a_ticket_opened_in_whmcs_in_a_department_the_portal_lists(
    whmcs_portal: BackgroundPortal, fake: FakeWhmcs
) -> None:
    before = len(fake.data.tickets)
    async with await signed_in(whmcs_portal, RESELLER_EMAIL, RESELLER_PASSWORD) as client:
        support = client.for_account(OWN).tickets
        billing = next(d for d in await support.departments() if d.name == "Facturación")
        opened = await support.open(
            department_id=billing.id,
            subject="Factura duplicada",
            message="Me llegó dos veces la misma factura.",
            priority=TicketPriority.HIGH,
            service_id=1,
            idempotency_key="o-1",
        )
        listed = await support.list()
        thread = await support.get(opened.id)
    assert len(fake.data.tickets) == before + 1
    made = fake.data.tickets[-1]
    assert (opened.id, made.userid, made.deptid, made.service_id) == (made.id, OWN, 2, 1)
    asked = fake.calls_of("OpenTicket")[0]
    assert asked == {
        "deptid": str(billing.id),
        "subject": "Factura duplicada",
        "message": "Me llegó dos veces la misma factura.",
        "clientid": str(OWN),
        "userid": "1",  # the reseller's WHMCS user wrote it
        "priority": "High",
        "serviceid": "1",
    }
    assert opened == thread
    assert (thread.department, thread.priority, thread.status, thread.service_id) == (
        "Facturación",
        TicketPriority.HIGH,
        TicketStatus.OPEN,
        1,
    )
    assert [m.body for m in thread.messages] == ["Me llegó dos veces la misma factura."]
    assert opened.id in [t.id for t in listed]


# ---- once per Idempotency-Key -----------------------------------------------------------------


async def test_a_retry_with_the_same_key_posts_once(
    whmcs_portal: BackgroundPortal, fake: FakeWhmcs
) -> None:
    tickets_before, replies_before = len(fake.data.tickets), len(replies_of(fake, 1))
    body = {"department_id": 1, "subject": "Lento", "message": "El sitio anda lento."}
    async with await signed_in(whmcs_portal, RESELLER_EMAIL, RESELLER_PASSWORD) as client:
        path = f"/accounts/{OWN}/tickets"
        first, again = (post(whmcs_portal, client, path, body, "open-once") for _ in range(2))
        reply = {"message": "¿Novedades?"}
        r_path = f"/accounts/{OWN}/tickets/1/replies"
        r_first, r_again = (post(whmcs_portal, client, r_path, reply, "reply-once") for _ in "12")
    assert (first.status_code, again.status_code) == (201, 201)
    assert again.headers.get("Idempotent-Replayed") == "true"
    assert again.json() == first.json()
    assert (r_first.status_code, r_again.status_code) == (201, 201)
    assert r_again.headers.get("Idempotent-Replayed") == "true"
    assert len(fake.calls_of("OpenTicket")) == 1
    assert len(fake.calls_of("AddTicketReply")) == 1
    assert len(fake.data.tickets) == tickets_before + 1
    assert len(replies_of(fake, 1)) == replies_before + 1


async def test_a_duplicate_sent_while_the_first_works_is_told_to_wait(
    whmcs_portal: BackgroundPortal, fake: FakeWhmcs
) -> None:
    reached, release = fake.hold("AddTicketReply")
    path, body = f"/accounts/{OWN}/tickets/1/replies", {"message": "Urgente, por favor."}
    answers: dict[str, httpx.Response] = {}
    async with await signed_in(whmcs_portal, RESELLER_EMAIL, RESELLER_PASSWORD) as client:
        first = threading.Thread(
            target=lambda: answers.update(first=post(whmcs_portal, client, path, body, "dup"))
        )
        first.start()
        try:
            assert reached.wait(30), "the first request never reached WHMCS"
            duplicate = post(whmcs_portal, client, path, body, "dup")
        finally:
            release.set()
            first.join(60)
        later = post(whmcs_portal, client, path, body, "dup")
    assert duplicate.status_code == 409
    assert duplicate.json()["code"] == "idempotency_key_in_flight"
    assert duplicate.headers["Retry-After"]
    assert answers["first"].status_code == 201
    assert later.status_code == 201 and later.headers.get("Idempotent-Replayed") == "true"
    assert later.json() == answers["first"].json()
    assert len(fake.calls_of("AddTicketReply")) == 1
    assert replies_of(fake, 1).count("Urgente, por favor.") == 1


async def test_a_lost_answer_is_settled_by_the_retry_without_posting_again(
    whmcs_portal: BackgroundPortal, fake: FakeWhmcs
) -> None:
    tickets_before = len(fake.data.tickets)
    fake.lose_answer("OpenTicket")
    fake.lose_answer("AddTicketReply")
    body = {"department_id": 1, "subject": "Sin respuesta", "message": "¿Llegó esto?"}
    async with await signed_in(whmcs_portal, RESELLER_EMAIL, RESELLER_PASSWORD) as client:
        path = f"/accounts/{OWN}/tickets"
        lost = post(whmcs_portal, client, path, body, "lost-open")
        settled = post(whmcs_portal, client, path, body, "lost-open")
        replayed = post(whmcs_portal, client, path, body, "lost-open")
        r_path, reply = f"/accounts/{OWN}/tickets/1/replies", {"message": "Hola de nuevo."}
        r_lost = post(whmcs_portal, client, r_path, reply, "lost-reply")
        r_settled = post(whmcs_portal, client, r_path, reply, "lost-reply")
    # WHMCS did it and its answer never came: the portal cannot know, and says so
    assert (lost.status_code, lost.json()["code"]) == (503, "outcome_unknown")
    assert (r_lost.status_code, r_lost.json()["code"]) == (503, "outcome_unknown")
    # the retry found what was done in WHMCS: no second ticket, no second reply
    assert settled.status_code == 201
    assert settled.json()["id"] == fake.data.tickets[-1].id
    assert replayed.status_code == 201 and replayed.json() == settled.json()
    assert len(fake.calls_of("OpenTicket")) == 1
    assert len(fake.data.tickets) == tickets_before + 1
    assert r_settled.status_code == 201
    assert r_settled.json()["messages"][-1]["body"] == "Hola de nuevo."
    assert len(fake.calls_of("AddTicketReply")) == 1
    assert replies_of(fake, 1).count("Hola de nuevo.") == 1


async def test_a_retry_after_a_lost_answer_posts_when_whmcs_has_nothing(
    whmcs_portal: BackgroundPortal, fake: FakeWhmcs
) -> None:
    fake.lose_answer("AddTicketReply")
    r_path, reply = f"/accounts/{OWN}/tickets/1/replies", {"message": "Otra vez."}
    async with await signed_in(whmcs_portal, RESELLER_EMAIL, RESELLER_PASSWORD) as client:
        lost = post(whmcs_portal, client, r_path, reply, "lost-undone")
        # WHMCS lost the reply itself (say, rolled back after answering nothing)
        next(t for t in fake.data.tickets if t.id == 1).replies.pop()
        retried = post(whmcs_portal, client, r_path, reply, "lost-undone")
    assert lost.status_code == 503
    assert retried.status_code == 201
    assert len(fake.calls_of("AddTicketReply")) == 2
    assert replies_of(fake, 1).count("Otra vez.") == 1


# ---- refusals ---------------------------------------------------------------------------------


async def test_bad_input_is_a_clear_4xx_and_nothing_reaches_whmcs(
    whmcs_portal: BackgroundPortal, fake: FakeWhmcs
) -> None:
    tickets = [(t.id, len(t.replies), t.status) for t in fake.data.tickets]
    good = {"department_id": 1, "subject": "Consulta", "message": "Hola."}
    attachment = {"filename": "virus.exe", "content_base64": base64.b64encode(b"MZ").decode()}
    async with await signed_in(whmcs_portal, RESELLER_EMAIL, RESELLER_PASSWORD) as client:
        opens = f"/accounts/{OWN}/tickets"
        answers = {
            "department": post(whmcs_portal, client, opens, {**good, "department_id": 99}, "k"),
            "service": post(whmcs_portal, client, opens, {**good, "service_id": 4}, "k"),
            "attachment": post(
                whmcs_portal, client, opens, {**good, "attachments": [attachment]}, "k"
            ),
            "strangers_ticket": post(
                whmcs_portal, client, f"/accounts/{OWN}/tickets/2/replies", {"message": "x"}, "k"
            ),
            "no_such_ticket": post(
                whmcs_portal, client, f"/accounts/{OWN}/tickets/999/replies", {"message": "x"}, "k"
            ),
            "stranger": post(whmcs_portal, client, f"/accounts/{STRANGER}/tickets", good, "k"),
            "no_permission": post(whmcs_portal, client, f"/accounts/{REACHED}/tickets", good, "k"),
        }
        codes = {name: (a.status_code, a.json().get("code")) for name, a in answers.items()}
        fields = {name: fields_of(a) for name, a in answers.items() if a.status_code == 422}
        assert fake.calls_of("OpenTicket") == [] and fake.calls_of("AddTicketReply") == []
        # none of those used up the key: the same key with a good request goes through
        accepted = post(whmcs_portal, client, opens, good, "k")
    assert codes["department"][0] == codes["service"][0] == codes["attachment"][0] == 422
    assert fields == {
        "department": ["department_id"],
        "service": ["service_id"],
        "attachment": ["attachments.0.filename"],
    }
    assert codes["strangers_ticket"] == codes["no_such_ticket"] == (404, "not_found")
    assert codes["stranger"] == (404, "not_found")
    assert codes["no_permission"] == (403, "forbidden")
    assert accepted.status_code == 201
    assert [(t.id, len(t.replies), t.status) for t in fake.data.tickets][:-1] == tickets


async def test_whmcs_refusing_a_reply_is_a_clear_4xx_and_the_key_is_free_again(
    whmcs_portal: BackgroundPortal, fake: FakeWhmcs
) -> None:
    path, body = f"/accounts/{OWN}/tickets/1/replies", {"message": "¿Siguen ahí?"}
    own = next(c for c in fake.data.clients if c.id == OWN)
    async with await signed_in(whmcs_portal, RESELLER_EMAIL, RESELLER_PASSWORD) as client:
        # the client was deleted in WHMCS a moment ago: "Client ID Not Found"
        # (addticketreply.md's errors), after the portal's own checks passed
        fake.data.clients.remove(own)
        refused = post(whmcs_portal, client, path, body, "refused")
        fake.data.clients.append(own)
        accepted = post(whmcs_portal, client, path, body, "refused")
    assert (refused.status_code, refused.json()["code"]) == (404, "not_found")
    assert accepted.status_code == 201 and "Idempotent-Replayed" not in accepted.headers
    assert len(fake.calls_of("AddTicketReply")) == 2
    assert replies_of(fake, 1).count("¿Siguen ahí?") == 1


def test_an_api_role_without_open_ticket_is_the_hosts_503_and_frees_the_key(
    empty_database_url: str,
) -> None:
    allowed = {
        "ValidateLogin",
        "GetUsers",
        "GetUserPermissions",
        "GetClientsDetails",
        "GetSupportDepartments",
    }
    with FakeWhmcs(allowed_actions=allowed) as limited:
        app = create_app(empty_database_url, settings=whmcs_settings(limited))
        server = BackgroundPortal(app)
        server.start()
        try:
            client = asyncio.run(_signed_in_only(server))
            body = {"department_id": 1, "subject": "Hola", "message": "Hola."}
            path = f"/accounts/{OWN}/tickets"
            first = post(server, client, path, body, "role")
            limited.allowed_actions = None  # the host fixed the role
            second = post(server, client, path, body, "role")
        finally:
            server.stop()
            app.state.database.dispose()
    assert (first.status_code, first.json()["code"]) == (503, "backend_unavailable")
    assert second.status_code == 201 and "Idempotent-Replayed" not in second.headers
    assert len(limited.calls_of("OpenTicket")) == 2  # the first was refused by WHMCS itself


async def _signed_in_only(portal: BackgroundPortal) -> PortalClient:
    client = PortalClient(portal.url)
    await client.auth.login(RESELLER_EMAIL, RESELLER_PASSWORD)
    await client.aclose()
    return client


@pytest.mark.parametrize("where", ["open", "reply"])
async def test_attachments_go_to_whmcs_as_its_pages_say(
    whmcs_portal: BackgroundPortal, fake: FakeWhmcs, where: str
) -> None:
    upload = AttachmentUpload(filename="captura.png", content_base64=base64.b64encode(PNG).decode())
    async with await signed_in(whmcs_portal, RESELLER_EMAIL, RESELLER_PASSWORD) as client:
        support = client.for_account(OWN).tickets
        if where == "open":
            await support.open(
                department_id=1,
                subject="Con captura",
                message="Adjunto captura.",
                attachments=[upload],
                idempotency_key=str(uuid.uuid4()),
            )
            sent = fake.calls_of("OpenTicket")[0]["attachments"]
            stored = fake.data.tickets[-1].replies[-1].attachments
        else:
            await support.reply(1, "Adjunto captura.", [upload], idempotency_key=str(uuid.uuid4()))
            sent = fake.calls_of("AddTicketReply")[0]["attachments"]
            stored = replies_of_attachments(fake, 1)
    assert json.loads(base64.b64decode(sent)) == [
        {"name": "captura.png", "data": base64.b64encode(PNG).decode()}
    ]
    assert stored == ["captura.png"]


def replies_of_attachments(fake: FakeWhmcs, ticket_id: int) -> list[str]:
    ticket = next(t for t in fake.data.tickets if t.id == ticket_id)
    return ticket.replies[-1].attachments


async def test_the_desktop_client_reads_the_refusal_as_field_errors(
    whmcs_portal: BackgroundPortal,
) -> None:
    async with await signed_in(whmcs_portal, RESELLER_EMAIL, RESELLER_PASSWORD) as client:
        with pytest.raises(errors.ValidationFailedError) as caught:
            await client.for_account(OWN).tickets.open(
                department_id=99, subject="x", message="y", idempotency_key="v"
            )
    assert list(caught.value.field_errors) == ["department_id"]


# ---- the change of owner, a ticket in WHMCS -------------------------------------------------------


def pay_overdue(fake: FakeWhmcs) -> None:
    for invoice in fake.data.invoices:
        if invoice.userid == OWN and invoice.status == "Unpaid":
            invoice.status = "Paid"


async def test_an_owner_change_is_a_ticket_in_whmcss_billing_department(
    whmcs_portal: BackgroundPortal, fake: FakeWhmcs
) -> None:
    pay_overdue(fake)
    before = len(fake.data.tickets)
    body = {"target_email": "Martin@Gimenez-Diseno.com.ar", "message": "Se lo vendí."}
    path = f"/accounts/{OWN}/services/1/owner-change"
    async with await signed_in(whmcs_portal, RESELLER_EMAIL, RESELLER_PASSWORD) as client:
        first = post(whmcs_portal, client, path, body, "owner")
        again = post(whmcs_portal, client, path, body, "owner")
        thread = await client.for_account(OWN).tickets.get(first.json()["id"])
    assert first.status_code == 201
    assert again.status_code == 201 and again.headers.get("Idempotent-Replayed") == "true"
    assert len(fake.calls_of("OpenTicket")) == 1 and len(fake.data.tickets) == before + 1
    made = fake.data.tickets[-1]
    # "Facturación" (id 2) by its name: the setting names no department
    assert (made.deptid, made.userid, made.service_id) == (2, OWN, 1)
    assert thread.subject.startswith("Cambio de titular: ")
    assert "martin@gimenez-diseno.com.ar" in thread.messages[0].body
    assert thread.messages[0].body.endswith("Se lo vendí.")
    assert {c["search"] for c in fake.calls_of("GetClients")} == {"martin@gimenez-diseno.com.ar"}


async def test_the_owner_change_checks_hold_on_whmcs(
    whmcs_portal: BackgroundPortal, fake: FakeWhmcs
) -> None:
    target = {"target_email": "martin@gimenez-diseno.com.ar"}
    async with await signed_in(whmcs_portal, RESELLER_EMAIL, RESELLER_PASSWORD) as client:

        def ask(service_id: int, body: dict[str, str], key: str) -> tuple[int, str]:
            path = f"/accounts/{OWN}/services/{service_id}/owner-change"
            answer = post(whmcs_portal, client, path, body, key)
            return answer.status_code, answer.json().get("code", "")

        overdue = ask(1, target, "c1")  # client 1's invoice A-0001 is overdue
        pay_overdue(fake)
        suspended = ask(2, target, "c2")
        strangers = ask(4, target, "c3")
        nobody = ask(1, {"target_email": "nadie@ningun-lado.com.ar"}, "c4")
        itself = ask(1, {"target_email": "lucia@estudio-pereyra.com.ar"}, "c5")
        # GetClients' search matches the start: "martin@gimenez" is no client's e-mail
        prefix = ask(1, {"target_email": "martin@gimenez"}, "c6")
    assert overdue == (409, "overdue_invoices")
    assert suspended == (409, "service_not_active")
    assert strangers == (404, "not_found")
    assert nobody == prefix == (409, "target_not_found")
    assert itself == (409, "same_client")
    assert fake.calls_of("OpenTicket") == []


def test_the_owner_change_department_is_the_hosts_setting(
    fake: FakeWhmcs, empty_database_url: str
) -> None:
    pay_overdue(fake)
    fake.data.departments[3] = "Administración"
    body = {"target_email": "martin@gimenez-diseno.com.ar"}
    app = create_app(
        empty_database_url, settings=whmcs_settings(fake, whmcs_owner_change_department=3)
    )
    server = BackgroundPortal(app)
    server.start()
    try:
        client = asyncio.run(_signed_in_only(server))
        answer = post(server, client, f"/accounts/{OWN}/services/1/owner-change", body, "d")
    finally:
        server.stop()
        app.state.database.dispose()
    assert answer.status_code == 201
    assert answer.json()["department"] == "Administración"
    assert fake.data.tickets[-1].deptid == 3
