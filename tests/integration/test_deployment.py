"""The deployment guide (docs/deployment.md), step by step, as a host runs it: an empty database,
``clientdesk-portal migrate``, the first staff member and client made with the commands, the
portal served behind the guide's own nginx site file (TLS, trusted proxy), and a customer who
signs in through it and uses the client area. Everything on loopback; nginx is a Debian package
that ``scripts/test`` installs."""

from __future__ import annotations

import os
import ssl
import subprocess
import sys
import uuid
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from .served import (
    MISSING_TOOLS,
    ROOT,
    free_port,
    make_tls,
    serve_portal,
    site_for_test,
    start_nginx,
    stop,
)

STAFF = ("soporte@hosting.test", "Soporte Hosting", "clave de soporte 2026")
OWNER = ("juana@cliente.test", "clave de la clienta 2026")

pytestmark = pytest.mark.skipif(
    MISSING_TOOLS,
    reason="nginx and openssl (Debian packages) are needed; scripts/test installs them",
)


def portal_command(env: dict[str, str], *args: str, stdin: str = "") -> str:
    done = subprocess.run(
        [sys.executable, "-m", "portal", *args],
        cwd=ROOT,
        env=env,
        input=stdin,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, f"clientdesk-portal {' '.join(args)}:\n{done.stdout}{done.stderr}"
    return done.stdout


@pytest.fixture
def host_env(blank_database_url: str, tmp_path: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("CLIENTDESK_")}
    env.update(
        CLIENTDESK_DATABASE_URL=blank_database_url,
        CLIENTDESK_PORT=str(free_port()),
        CLIENTDESK_TRUSTED_PROXIES="127.0.0.1",
        CLIENTDESK_PUBLIC_URL="https://127.0.0.1",
        HOME=str(tmp_path),
    )
    return env


@pytest.fixture
def tls(tmp_path: Path) -> tuple[Path, Path]:
    return make_tls(tmp_path)


@pytest.fixture
def served(
    host_env: dict[str, str], tls: tuple[Path, Path], tmp_path: Path
) -> Iterator[tuple[str, ssl.SSLContext]]:
    # the guide, step 3: the schema, then the first staff member and client account
    assert "upgraded from revision (none)" in portal_command(host_env, "migrate")
    email, name, password = STAFF
    portal_command(
        host_env,
        "create-staff",
        "--email",
        email,
        "--name",
        name,
        "--password-stdin",
        stdin=password + "\n",
    )
    owner, owner_password = OWNER
    out = portal_command(
        host_env,
        *("create-client", "--email", owner, "--first-name", "Juana", "--last-name", "Ríos"),
        *("--company", "Ríos Estudio", "--currency", "ARS", "--password-stdin"),
        stdin=owner_password + "\n",
    )
    assert "Client account 1 created" in out
    portal_command(host_env, "create-department", "--name", "Soporte técnico")

    # step 4: the portal on loopback, nginx in front with the guide's site file
    portal = serve_portal(host_env)
    https_port, http_port = free_port(), free_port()
    site = site_for_test([int(host_env["CLIENTDESK_PORT"])], https_port, http_port, tls)
    try:
        nginx = start_nginx(tmp_path / "nginx", site, https_port, tls)
    except BaseException:
        stop(portal)
        raise
    try:
        yield f"https://127.0.0.1:{https_port}", ssl.create_default_context(cafile=str(tls[0]))
    finally:
        stop(nginx, portal)


def sign_in(client: httpx.Client, email: str, password: str) -> dict[str, str]:
    answer = client.post("/api/v1/auth/login", json={"email": email, "password": password})
    assert answer.status_code == 200, answer.text
    return {"Authorization": f"Bearer {answer.json()['access_token']}"}


def test_a_host_installs_the_portal_behind_nginx_and_a_customer_uses_it(
    served: tuple[str, ssl.SSLContext],
) -> None:
    base, context = served
    with httpx.Client(base_url=base, verify=context, timeout=30.0) as client:
        # the customer signs in through nginx and finds the account the host created
        owner, owner_password = OWNER
        customer = sign_in(client, owner, owner_password)
        me = client.get("/api/v1/me", headers=customer).json()
        assert me["person"]["email"] == owner
        [account] = me["accounts"]
        assert (account["company"], account["is_owner"]) == ("Ríos Estudio", True)
        departments = client.get(f"/api/v1/accounts/{account['id']}/departments", headers=customer)
        assert [d["name"] for d in departments.json()] == ["Soporte técnico"]

        # a ticket, sent with an Idempotency-Key as the desktop does
        ticket = client.post(
            f"/api/v1/accounts/{account['id']}/tickets",
            headers={**customer, "Idempotency-Key": str(uuid.uuid4())},
            json={
                "department_id": departments.json()[0]["id"],
                "subject": "Alta de casillas",
                "message": "Necesito tres casillas nuevas.",
                "priority": "Medium",
            },
        )
        assert ticket.status_code == 201, ticket.text

        # the staff member made with the command sees it in the queue
        email, _name, password = STAFF
        staff = sign_in(client, email, password)
        queue = client.get("/api/v1/staff/tickets", headers=staff)
        assert queue.status_code == 200, queue.text
        assert "Alta de casillas" in {t["subject"] for t in queue.json()}

    # behind the trusted proxy the limits count the customer's own address (nginx's is 127.0.0.1),
    # whatever X-Forwarded-For the customer sends: ten wrong sign-ins from 127.0.0.2 under ten
    # invented addresses and e-mails lock 127.0.0.2 out, and only it
    def from_address(address: str) -> httpx.Client:
        transport = httpx.HTTPTransport(local_address=address, verify=context)
        return httpx.Client(base_url=base, transport=transport, timeout=30.0)

    owner, owner_password = OWNER
    with from_address("127.0.0.2") as guesser, from_address("127.0.0.3") as neighbour:
        for attempt in range(10):
            wrong = guesser.post(
                "/api/v1/auth/login",
                json={"email": f"nadie{attempt}@cliente.test", "password": "incorrecta"},
                headers={"X-Forwarded-For": f"203.0.113.{attempt}"},
            )
            assert wrong.status_code == 401, wrong.text
        locked = guesser.post(
            "/api/v1/auth/login",
            json={"email": owner, "password": owner_password},
            headers={"X-Forwarded-For": "198.51.100.7"},
        )
        assert locked.status_code == 429, locked.text
        assert int(locked.headers["Retry-After"]) > 0
        sign_in(neighbour, owner, owner_password)
