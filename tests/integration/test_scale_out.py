"""Two portal processes on one PostgreSQL behind nginx, as a host with many customers runs them:
what is written through one process reaches the chat sockets and long polls held on the other,
the sign-in limit counts across both, and each alert is delivered once while both deliver.

The processes' safety-net reads are set to ten minutes, so what arrives here arrived by the
PostgreSQL NOTIFY fan-out, not by a poll."""

from __future__ import annotations

import asyncio
import json
import os
import ssl
import threading
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import httpx
import pytest
from sqlalchemy import create_engine, func, select
from websockets.asyncio.client import connect

from portal.demo import DEMO_EMAIL, DEMO_PASSWORD, STAFF_EMAIL
from portal.tables import AlertDeliveryRow, AlertOutboxRow

from ..clock import needs_real_clock
from .alert_receivers import SmtpReceiver
from .served import (
    MISSING_TOOLS,
    free_port,
    make_tls,
    serve_portal,
    site_for_test,
    start_nginx,
    stop,
)

ARRIVES = 20.0  # a wait for something that comes; it ends as soon as it does
ACCOUNT = 1

pytestmark = pytest.mark.skipif(
    not os.environ.get("CLIENTDESK_TEST_DATABASE_URL", "").startswith("postgresql")
    or MISSING_TOOLS,
    reason="two processes share PostgreSQL (CLIENTDESK_TEST_DATABASE_URL), behind nginx",
)


@dataclass
class Farm:
    a: str  # the processes' own addresses
    b: str
    balanced: str  # nginx, round robin over both
    context: ssl.SSLContext
    database_url: str
    smtp: SmtpReceiver


@pytest.fixture
def farm(database_url: str, tmp_path: Path) -> Iterator[Farm]:
    smtp = SmtpReceiver().start()
    ports = [free_port(), free_port()]
    base_env = {k: v for k, v in os.environ.items() if not k.startswith("CLIENTDESK_")}
    processes = []
    try:
        for port in ports:
            processes.append(
                serve_portal(
                    {
                        **base_env,
                        "CLIENTDESK_DATABASE_URL": database_url,
                        "CLIENTDESK_PORT": str(port),
                        "CLIENTDESK_TRUSTED_PROXIES": "127.0.0.1",
                        "CLIENTDESK_WAKE_SAFETY_SECONDS": "600",
                        "CLIENTDESK_SMTP_HOST": smtp.host,
                        "CLIENTDESK_SMTP_PORT": str(smtp.port),
                        "CLIENTDESK_SMTP_SECURITY": "none",
                    }
                )
            )
        tls = make_tls(tmp_path)
        https_port = free_port()
        site = site_for_test(ports, https_port, free_port(), tls)
        processes.append(start_nginx(tmp_path / "nginx", site, https_port, tls))
        yield Farm(
            f"http://127.0.0.1:{ports[0]}/api/v1",
            f"http://127.0.0.1:{ports[1]}/api/v1",
            f"https://127.0.0.1:{https_port}/api/v1",
            ssl.create_default_context(cafile=str(tls[0])),
            database_url,
            smtp,
        )
    finally:
        stop(*reversed(processes))
        smtp.stop()


def token(base: str, email: str, verify: object = True) -> str:
    answer = httpx.post(
        f"{base}/auth/login",
        json={"email": email, "password": DEMO_PASSWORD},
        verify=verify,  # type: ignore[arg-type]
    )
    assert answer.status_code == 200, answer.text
    return str(answer.json()["access_token"])


def bearer(value: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {value}"}


async def test_a_chat_message_written_through_one_process_reaches_a_socket_on_the_other(
    farm: Farm,
) -> None:
    customer, agent = token(farm.a, DEMO_EMAIL), token(farm.a, STAFF_EMAIL)
    async with httpx.AsyncClient(timeout=30.0) as http:
        opened = await http.post(
            f"{farm.a}/accounts/{ACCOUNT}/chats",
            headers={**bearer(customer), "Idempotency-Key": str(uuid.uuid4())},
            json={"subject": "¿Me ayudan con el DNS?", "message": "Hola"},
        )
        assert opened.status_code == 201, opened.text
        chat_id = opened.json()["id"]
        socket_url = f"{farm.b.replace('http', 'ws')}/chats/{chat_id}/ws?access_token={customer}"
        async with connect(socket_url) as socket:
            history = json.loads(await asyncio.wait_for(socket.recv(), ARRIVES))
            assert history["type"] == "history"
            taken = await http.post(f"{farm.a}/staff/chats/{chat_id}/take", headers=bearer(agent))
            assert taken.status_code == 200, taken.text
            said = await http.post(
                f"{farm.a}/staff/chats/{chat_id}/messages",
                headers={**bearer(agent), "Idempotency-Key": str(uuid.uuid4())},
                json={"body": "¡Hola! Sí, contame."},
            )
            assert said.status_code == 201, said.text
            frames = []
            while not any(f["type"] == "message" for f in frames):
                frames.append(json.loads(await asyncio.wait_for(socket.recv(), ARRIVES)))
            assert [f["type"] for f in frames] == ["taken", "message"]
            assert frames[-1]["message"]["body"] == "¡Hola! Sí, contame."


def test_an_event_written_through_one_process_wakes_a_long_poll_on_the_other(farm: Farm) -> None:
    customer, agent = token(farm.b, DEMO_EMAIL), token(farm.a, STAFF_EMAIL)
    feed = httpx.get(f"{farm.b}/accounts/{ACCOUNT}/events", headers=bearer(customer)).json()
    polled: list[dict[str, object]] = []

    def long_poll() -> None:
        answer = httpx.get(
            f"{farm.b}/accounts/{ACCOUNT}/events",
            params={"after": feed["last_id"], "wait": 30},
            headers=bearer(customer),
            timeout=60,
        )
        polled.append(answer.json())

    waiting = threading.Thread(target=long_poll)
    waiting.start()
    tickets = httpx.get(f"{farm.a}/staff/tickets", headers=bearer(agent)).json()
    ticket = next(t for t in tickets if t["client_id"] == ACCOUNT and t["status"] != "Closed")
    replied = httpx.post(
        f"{farm.a}/staff/tickets/{ticket['id']}/replies",
        headers={**bearer(agent), "Idempotency-Key": str(uuid.uuid4())},
        json={"message": "Ya quedó resuelto."},
    )
    assert replied.status_code in (200, 201), replied.text
    waiting.join(60)
    [answer] = polled
    assert [e["event"] for e in answer["events"]] == ["ticket_answered"]  # type: ignore[index]


def test_the_eleventh_wrong_password_is_refused_whichever_process_answers(farm: Farm) -> None:
    with httpx.Client(base_url=farm.balanced, verify=farm.context) as balanced:
        for _ in range(10):
            wrong = balanced.post(
                "/auth/login", json={"email": DEMO_EMAIL, "password": "no es la clave"}
            )
            assert wrong.status_code == 401, wrong.text
        for base in (farm.a, farm.b):  # each process, asked directly, counts the same ten
            refused = httpx.post(
                f"{base}/auth/login", json={"email": DEMO_EMAIL, "password": DEMO_PASSWORD}
            )
            assert refused.status_code == 429, refused.text


@needs_real_clock
def test_each_alert_is_delivered_once_while_both_processes_deliver(farm: Farm) -> None:
    customer = token(farm.balanced, DEMO_EMAIL, farm.context)
    engine = create_engine(farm.database_url)
    try:
        with engine.connect() as db:
            first = db.scalar(select(func.max(AlertOutboxRow.id))) or 0
        with httpx.Client(base_url=farm.balanced, verify=farm.context) as balanced:
            for phone in ("+54 11 4000-0001", "+54 11 4000-0002", "+54 11 4000-0003"):
                edited = balanced.patch(
                    f"/accounts/{ACCOUNT}", headers=bearer(customer), json={"phone": phone}
                )
                assert edited.status_code == 200, edited.text

        def pending() -> tuple[int, int]:
            with engine.connect() as db:
                rows = db.execute(
                    select(AlertDeliveryRow.delivered_at)
                    .join(AlertOutboxRow, AlertOutboxRow.id == AlertDeliveryRow.outbox_id)
                    .where(AlertOutboxRow.id > first, AlertDeliveryRow.channel == "email")
                ).all()
            return len(rows), sum(1 for (delivered,) in rows if delivered is None)

        for _ in range(600):
            total, left = pending()
            if total and not left:
                break
            threading.Event().wait(0.1)
        total, left = pending()
        assert total >= 3 and left == 0, (total, left)
        subjects = [m["Subject"] for m in farm.smtp.messages]
        assert len(farm.smtp.messages) == total, subjects  # none twice
    finally:
        engine.dispose()
