"""What the portal reads and what it answers back: bodies over ``max_request_bytes`` are refused
before they are read (declared or streamed), and a 422 names the refused fields without echoing
what was sent."""

from __future__ import annotations

import base64
import json
import math
import socket
from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from api_client import PortalClient, errors
from api_client.models import AttachmentUpload, TicketCreate
from portal.app import create_app
from portal.demo import DEMO_EMAIL, DEMO_PASSWORD
from portal.routes.tickets import MAX_ATTACHMENT_BYTES
from portal.server import BackgroundPortal
from portal.settings import PortalSettings
from portal.tables import utcnow

SMALL_LIMIT = 64 * 1024


@pytest.fixture
def small_portal(database_url: str) -> Iterator[BackgroundPortal]:
    """A portal that reads at most 64 KiB of a request."""
    app = create_app(database_url, settings=PortalSettings(max_request_bytes=SMALL_LIMIT))
    server = BackgroundPortal(app)
    server.start()
    yield server
    server.stop()
    app.state.database.dispose()


def token_of(portal: BackgroundPortal) -> dict[str, str]:
    answer = httpx.post(
        f"{portal.url}/api/v1/auth/login",
        json={"email": DEMO_EMAIL, "password": DEMO_PASSWORD},
        timeout=30,
    )
    answer.raise_for_status()
    return {"Authorization": f"Bearer {answer.json()['access_token']}"}


def assert_too_large(response: httpx.Response) -> None:
    assert response.status_code == 413, response.text[:300]
    body = response.json()
    assert body["code"] == "too_large"
    assert isinstance(body["detail"], str) and body["detail"]


def test_a_declared_length_over_the_limit_is_refused_unread(
    small_portal: BackgroundPortal,
) -> None:
    # only the head is sent: a portal that waited for the body would never answer
    head = (
        "POST /api/v1/auth/login HTTP/1.1\r\n"
        f"Host: {small_portal.host}:{small_portal.port}\r\n"
        "Content-Type: application/json\r\n"
        f"Content-Length: {SMALL_LIMIT + 1}\r\n\r\n"
    ).encode()
    with socket.create_connection((small_portal.host, small_portal.port), timeout=20) as conn:
        conn.sendall(head)
        answer = b""
        while b"\r\n\r\n" not in answer or not answer.rstrip().endswith(b"}"):
            chunk = conn.recv(4096)
            if not chunk:
                break
            answer += chunk
    status_line, _, rest = answer.partition(b"\r\n")
    assert status_line.split()[1] == b"413"
    assert json.loads(rest.partition(b"\r\n\r\n")[2])["code"] == "too_large"


def test_a_body_over_the_limit_is_refused_over_http(small_portal: BackgroundPortal) -> None:
    body = json.dumps({"email": DEMO_EMAIL, "password": "x" * (SMALL_LIMIT + 10)})
    assert_too_large(
        httpx.post(
            f"{small_portal.url}/api/v1/auth/login",
            content=body,
            headers={"Content-Type": "application/json"},
            timeout=30,
        )
    )


def test_a_streamed_body_is_counted_and_stopped_at_the_limit(
    small_portal: BackgroundPortal,
) -> None:
    sent: list[int] = []

    def chunks(total: int) -> Iterator[bytes]:
        chunk = b" " * 8192  # JSON whitespace: only its length passes the limit
        yield b'{"email": "' + DEMO_EMAIL.encode() + b'", "password": "' + DEMO_PASSWORD.encode()
        yield b'"'
        for _ in range(total // len(chunk)):
            sent.append(len(chunk))
            yield chunk
        yield b"}"

    url = f"{small_portal.url}/api/v1/auth/login"
    headers = {"Content-Type": "application/json"}
    over = httpx.post(url, content=chunks(4 * SMALL_LIMIT), headers=headers, timeout=30)
    assert over.request.headers.get("Transfer-Encoding") == "chunked"
    assert "Content-Length" not in over.request.headers
    assert_too_large(over)
    assert sum(sent) > SMALL_LIMIT
    # the same streamed request under the limit signs in
    under = httpx.post(url, content=chunks(SMALL_LIMIT // 2), headers=headers, timeout=30)
    assert under.request.headers.get("Transfer-Encoding") == "chunked"
    assert under.status_code == 200, under.text
    # and the portal still answers on a new connection after refusing
    assert httpx.get(f"{small_portal.url}/api/v1/health", timeout=30).status_code == 200


async def test_the_client_meets_a_refused_size_as_its_own_error(
    small_portal: BackgroundPortal,
) -> None:
    async with PortalClient(small_portal.url) as client:
        await client.auth.login(DEMO_EMAIL, DEMO_PASSWORD)
        tickets = client.for_account(1).tickets
        support = (await tickets.departments())[0]
        before = await tickets.list()
        with pytest.raises(errors.RequestTooLargeError) as refused:
            await tickets.open(
                department_id=support.id,
                subject="Registro",
                message="Adjunto el registro.",
                attachments=[
                    AttachmentUpload(
                        filename="registro.log",
                        content_base64=base64.b64encode(b"L" * SMALL_LIMIT).decode(),
                    )
                ],
            )
        assert refused.value.status_code == 413 and refused.value.code == "too_large"
        assert await tickets.list() == before, "nothing was opened"


def _limit(schema: dict[str, Any], name: str, key: str) -> int:
    return int(schema["properties"][name][key])


def test_the_largest_ticket_fits_under_the_request_limit() -> None:
    schema = TicketCreate.model_json_schema()
    files = _limit(schema, "attachments", "maxItems")
    upload = AttachmentUpload.model_json_schema()
    per_file_json = (
        4 * math.ceil(MAX_ATTACHMENT_BYTES / 3)  # base64 of the largest file the portal accepts
        + 6 * _limit(upload, "filename", "maxLength")  # \uXXXX escapes at worst
        + 64  # keys, quotes, commas
    )
    text = 12 * (_limit(schema, "subject", "maxLength") + _limit(schema, "message", "maxLength"))
    largest = files * per_file_json + text + 1024
    default = PortalSettings.model_fields["max_request_bytes"].default
    assert largest <= default


async def test_tickets_with_the_largest_attachments_still_open(portal: BackgroundPortal) -> None:
    files = [
        AttachmentUpload(
            filename=f"registro-{n}.log",
            content_base64=base64.b64encode(bytes([65 + n]) * MAX_ATTACHMENT_BYTES).decode(),
        )
        for n in range(5)
    ]
    async with PortalClient(portal.url) as client:
        await client.auth.login(DEMO_EMAIL, DEMO_PASSWORD)
        tickets = client.for_account(1).tickets
        support = (await tickets.departments())[0]
        opened = await tickets.open(
            department_id=support.id,
            subject="Registros del servidor",
            message="Adjunto los cinco registros.",
            attachments=files,
        )
        stored = opened.messages[0].attachments
        assert [f.size for f in stored] == [MAX_ATTACHMENT_BYTES] * 5
        assert await tickets.attachment(opened.id, stored[4].id) == b"E" * MAX_ATTACHMENT_BYTES


# ---- 422 answers ----------------------------------------------------------------------------------


def test_a_refused_card_number_is_not_in_the_answer(portal: BackgroundPortal) -> None:
    number = "4111111111111111" * 3  # 48 digits: longer than any card
    answer = httpx.post(
        f"{portal.url}/api/v1/accounts/1/payment-methods",
        json={"number": number, "exp_month": 12, "exp_year": utcnow().year + 2},
        headers={**token_of(portal), "Idempotency-Key": "card-too-long"},
        timeout=30,
    )
    assert answer.status_code == 422
    assert "4111" not in answer.text
    detail = answer.json()["detail"]
    assert detail == [
        {"loc": ["body", "number"], "msg": detail[0]["msg"], "type": "string_too_long"}
    ]


def test_a_big_invalid_body_gets_a_small_answer(portal: BackgroundPortal) -> None:
    big = "QUFB" * 1_500_000  # 6 MB of base64, over the 3,000,000 characters an upload may have
    body = {
        "department_id": 1,
        "subject": "x",
        "message": "y",
        "attachments": [{"filename": "volcado.txt", "content_base64": big}],
        "k" * 1_000_000: "an unknown field with a 1 MB name",
    }
    answer = httpx.post(
        f"{portal.url}/api/v1/accounts/1/tickets",
        json=body,
        headers={**token_of(portal), "Idempotency-Key": "big-invalid"},
        timeout=60,
    )
    assert answer.status_code == 422
    assert len(answer.content) < 2000
    problems = {tuple(item["loc"][1:3]): item["type"] for item in answer.json()["detail"]}
    assert problems[("attachments", 0)] == "string_too_long"
    assert "extra_forbidden" in problems.values()
    assert all(set(item) == {"loc", "msg", "type"} for item in answer.json()["detail"])
