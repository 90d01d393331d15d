"""The WHMCS hook file (``deploy/whmcs/clientdesk_events.php``) run by Debian's php-cli outside
WHMCS: a stub ``add_hook`` collects its hooks, the test calls them with the variables WHMCS's
hooks reference gives, and a receiver on loopback takes the posts, which the portal's
:func:`portal.whmcs.events.verify_event` must accept, and refuse once tampered with."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest

from portal.whmcs.events import (
    SIGNATURE_HEADER,
    TIMESTAMP_HEADER,
    EventRefused,
    verify_event,
)
from tests.integration.served import ROOT
from tests.whmcs_fake.fake import free_port_url

HOOK_FILE = ROOT / "deploy" / "whmcs" / "clientdesk_events.php"
PHP = shutil.which("php")
SECRET = "un-secreto-largo-compartido-con-el-portal"

pytestmark = pytest.mark.skipif(
    PHP is None and os.environ.get("CI") != "true",
    reason="php-cli is not installed (scripts/test installs it)",
)

# WHMCS's stand-ins: add_hook keeps the callbacks, logActivity prints to stderr; then each
# call read from standard input runs the hook registered under its name.
HARNESS = r"""<?php
define('WHMCS', true);
$GLOBALS['hooks'] = [];
function add_hook($name, $priority, $callback) { $GLOBALS['hooks'][$name][] = $callback; }
function logActivity($message) { fwrite(STDERR, $message . "\n"); }
require getenv('HOOK_FILE');
$calls = json_decode(stream_get_contents(STDIN), true);
foreach ($calls as $call) {
    foreach ($GLOBALS['hooks'][$call['hook']] ?? [] as $callback) { $callback($call['vars']); }
}
echo json_encode(array_keys($GLOBALS['hooks']));
"""


@dataclass
class Receiver:
    status: int = 204
    posts: list[tuple[dict[str, str], bytes]] = field(default_factory=list)
    url: str = ""


@pytest.fixture
def receiver() -> Iterator[Receiver]:
    received = Receiver()

    class Handler(BaseHTTPRequestHandler):
        def do_POST(self) -> None:
            body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
            received.posts.append((dict(self.headers.items()), body))
            self.send_response(received.status)
            self.send_header("Content-Length", "0")
            self.end_headers()

        def log_message(self, format: str, *args: Any) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    received.url = f"http://127.0.0.1:{server.server_address[1]}/api/v1/whmcs/events"
    yield received
    server.shutdown()
    server.server_close()
    thread.join(10)


def run_hooks(
    tmp_path: Path, url: str, calls: list[dict[str, Any]], secret: str = SECRET
) -> subprocess.CompletedProcess[str]:
    harness = tmp_path / "harness.php"
    harness.write_text(HARNESS, encoding="utf-8")
    return subprocess.run(
        [str(PHP), str(harness)],
        input=json.dumps(calls),
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
        env={
            # the machine's clock as this process has it: under faketime, PHP keeps the same
            # time as the portal it posts to (its timestamps are checked against that clock)
            **{
                k: v for k, v in os.environ.items() if k == "LD_PRELOAD" or k.startswith("FAKETIME")
            },
            "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
            "HOOK_FILE": str(HOOK_FILE),
            "CLIENTDESK_EVENTS_URL": url,
            "CLIENTDESK_EVENTS_SECRET": secret,
        },
    )


# the variables of each hook as WHMCS's hooks reference lists them, with the secrets WHMCS
# passes along (a new password, two-factor data, admin notes, a module's server password)
CALLS: list[dict[str, Any]] = [
    {
        "hook": "ClientAdd",
        "vars": {"client_id": 7, "user_id": 9, "email": "a@b.ar", "password": "NuevaClave1"},
    },
    {"hook": "UserChangePassword", "vars": {"userid": 9, "password": "OtraClave2"}},
    {
        "hook": "ClientEdit",
        "vars": {
            "userid": 7,
            "email": "nuevo@b.ar",
            "city": "Rosario",
            "notes": "nota interna",
            "authdata": "TOTPSECRET",
            "olddata": {"email": "a@b.ar", "city": "Rosario", "notes": ""},
        },
    },
    {"hook": "InvoiceCreated", "vars": {"invoiceid": 31, "source": "autogen", "status": "Unpaid"}},
    {"hook": "InvoiceCancelled", "vars": {"invoiceid": 32}},
    {"hook": "InvoicePaid", "vars": {"invoiceid": 33}},
    {
        "hook": "AfterModuleSuspend",
        "vars": {"params": {"serviceid": 41, "userid": 7, "password": "panel-pass"}},
    },
    {"hook": "AfterModuleUnsuspend", "vars": {"params": {"serviceid": 41, "userid": 7}}},
    {"hook": "AfterModuleTerminate", "vars": {"params": {"serviceid": 42, "userid": 7}}},
    {"hook": "QuoteCreated", "vars": {"quoteid": 51, "status": "Delivered"}},
    {"hook": "DomainDelete", "vars": {"userid": 7, "domainid": 61}},
    {
        "hook": "TicketAdminReply",
        "vars": {"ticketid": 71, "replyid": 72, "message": "texto de la respuesta", "admin": "Ana"},
    },
]

EXPECTED = [
    ("client_added", {"client_id": 7, "user_id": 9}),
    ("password_changed", {"user_id": 9}),
    ("client_details_edited", {"client_id": 7, "fields": ["email"]}),
    ("invoice_created", {"invoice_id": 31}),
    ("invoice_cancelled", {"invoice_id": 32}),
    ("invoice_paid", {"invoice_id": 33}),
    ("service_suspended", {"service_id": 41, "client_id": 7}),
    ("service_reactivated", {"service_id": 41, "client_id": 7}),
    ("service_terminated", {"service_id": 42, "client_id": 7}),
    ("quote_available", {"quote_id": 51}),
    ("domain_deleted", {"client_id": 7, "domain_id": 61}),
    ("ticket_answered", {"ticket_id": 71, "reply_id": 72}),
]


def test_every_hook_posts_a_signed_event_the_portal_accepts(
    tmp_path: Path, receiver: Receiver
) -> None:
    done = run_hooks(tmp_path, receiver.url, CALLS)
    assert sorted(json.loads(done.stdout)) == sorted(c["hook"] for c in CALLS)
    assert done.stderr == ""  # nothing logged: every post was accepted
    events = [
        verify_event(SECRET, h.get(TIMESTAMP_HEADER), h.get(SIGNATURE_HEADER), body)
        for h, body in receiver.posts
    ]
    assert [(e.event.value, e.data) for e in events] == EXPECTED
    assert len({e.id for e in events}) == len(events)
    everything = b"".join(body for _, body in receiver.posts).decode()
    for secret in ("NuevaClave1", "OtraClave2", "TOTPSECRET", "nota interna", "panel-pass"):
        assert secret not in everything
    assert "texto de la respuesta" not in everything


def test_a_tampered_or_stale_event_is_refused(tmp_path: Path, receiver: Receiver) -> None:
    run_hooks(tmp_path, receiver.url, [CALLS[5]])
    (headers, body) = receiver.posts[0]
    timestamp, signed = headers[TIMESTAMP_HEADER], headers[SIGNATURE_HEADER]
    verify_event(SECRET, timestamp, signed, body)
    with pytest.raises(EventRefused, match="signature"):
        verify_event("another secret", timestamp, signed, body)
    with pytest.raises(EventRefused, match="signature"):
        verify_event(SECRET, timestamp, signed, body.replace(b"33", b"34"))
    with pytest.raises(EventRefused, match="signature"):
        verify_event(SECRET, str(int(timestamp) + 1), signed, body)  # the time is signed too
    with pytest.raises(EventRefused, match="clock"):
        verify_event(SECRET, timestamp, signed, body, now=int(timestamp) + 301)
    with pytest.raises(EventRefused, match="no signature"):
        verify_event(SECRET, timestamp, None, body)
    with pytest.raises(EventRefused, match="no events secret"):
        verify_event("", timestamp, signed, body)


def test_a_client_edit_of_admin_fields_only_is_not_announced(
    tmp_path: Path, receiver: Receiver
) -> None:
    edit = {
        "hook": "ClientEdit",
        "vars": {"userid": 7, "notes": "nueva nota", "olddata": {"notes": ""}, "status": "Active"},
    }
    run_hooks(tmp_path, receiver.url, [edit])
    assert receiver.posts == []


def test_a_portal_that_refuses_or_is_away_never_breaks_whmcs(
    tmp_path: Path, receiver: Receiver
) -> None:
    receiver.status = 500
    refused = run_hooks(tmp_path, receiver.url, [CALLS[5]])
    assert "InvoicePaid: the portal did not accept the event (HTTP 500)" in refused.stderr
    away = run_hooks(tmp_path, free_port_url() + "/api/v1/whmcs/events", [CALLS[5]])
    assert "InvoicePaid: the portal did not accept the event" in away.stderr
    unset = run_hooks(tmp_path, receiver.url, [CALLS[5]], secret="")
    assert "CLIENTDESK_EVENTS_SECRET is not set" in unset.stderr
    assert len(receiver.posts) == 1  # only the refused one reached the receiver
