"""Real receivers on loopback for alert delivery tests: a small SMTP server (asyncio streams; plain,
STARTTLS or implicit TLS, with AUTH PLAIN) and an HTTP server standing in for the WhatsApp Cloud
API. Either can refuse its first N messages. :func:`make_certificates` makes a CA and a server
certificate for 127.0.0.1 with the ``openssl`` command."""

from __future__ import annotations

import asyncio
import base64
import email
import email.policy
import json
import secrets
import shutil
import ssl
import subprocess
import threading
from dataclasses import dataclass, field
from email.message import EmailMessage
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any


@dataclass(frozen=True)
class Certificates:
    ca: Path  # what a client trusts (``smtp_ca_file``)
    cert: Path  # the server's, for 127.0.0.1 and localhost, signed by ``ca``
    key: Path

    def server_context(self) -> ssl.SSLContext:
        context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
        context.load_cert_chain(self.cert, self.key)
        return context


def make_certificates(folder: Path) -> Certificates:
    """A CA of the test's own and a server certificate it signed, valid from now for two days.
    Raises FileNotFoundError when there is no ``openssl`` command."""
    openssl = shutil.which("openssl")
    if openssl is None:
        raise FileNotFoundError("openssl")
    ca, ca_key = folder / "ca.pem", folder / "ca-key.pem"
    cert, key, request = folder / "server.pem", folder / "server-key.pem", folder / "server.csr"
    extensions = folder / "server.ext"
    extensions.write_text(
        "basicConstraints=CA:FALSE\n"
        "keyUsage=digitalSignature,keyEncipherment\n"
        "extendedKeyUsage=serverAuth\n"
        "subjectAltName=IP:127.0.0.1,DNS:localhost\n"
    )
    ec = ["-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes"]

    def run(*args: str | Path) -> None:
        subprocess.run([openssl, *map(str, args)], check=True, capture_output=True)

    run("req", "-x509", *ec, "-keyout", ca_key, "-out", ca, "-days", "2", "-subj", "/CN=Test CA")
    run("req", *ec, "-keyout", key, "-out", request, "-subj", "/CN=127.0.0.1")
    run(
        "x509", "-req", "-in", request, "-CA", ca, "-CAkey", ca_key, "-CAcreateserial",
        "-out", cert, "-days", "2", "-extfile", extensions,
    )  # fmt: skip
    return Certificates(ca, cert, key)


@dataclass
class SmtpReceiver:
    """``security``: "none" (plain), "starttls" (offers STARTTLS and refuses mail before it) or
    "tls" (TLS from the first byte); the TLS modes need ``certificates``. With ``users``, mail
    is refused until AUTH PLAIN succeeds with one of them."""

    fail_first: int = 0
    security: str = "none"
    certificates: Certificates | None = None
    users: dict[str, str] = field(default_factory=dict)
    messages: list[EmailMessage] = field(default_factory=list)
    envelopes: list[tuple[str, list[str]]] = field(default_factory=list)
    secure: list[bool] = field(default_factory=list)  # per message: did it come over TLS
    logins: list[str] = field(default_factory=list)
    failed_handshakes: int = 0
    refused: int = 0
    host: str = "127.0.0.1"
    port: int = 0

    def __post_init__(self) -> None:
        self._loop = asyncio.new_event_loop()
        self._ready = threading.Event()
        self._thread = threading.Thread(target=self._run, name="smtp-receiver", daemon=True)
        self._server: asyncio.Server | None = None

    def start(self) -> SmtpReceiver:
        self._thread.start()
        if not self._ready.wait(10):
            raise RuntimeError("SMTP receiver did not start")
        return self

    def _run(self) -> None:
        asyncio.set_event_loop(self._loop)

        async def main() -> None:
            tls = self._context() if self.security == "tls" else None
            self._server = await asyncio.start_server(self._session, self.host, 0, ssl=tls)
            self.port = self._server.sockets[0].getsockname()[1]
            self._ready.set()
            async with self._server:
                await self._server.serve_forever()

        try:
            self._loop.run_until_complete(main())
        except asyncio.CancelledError:
            pass
        finally:
            self._loop.close()

    def stop(self) -> None:
        def cancel() -> None:
            for task in asyncio.all_tasks(self._loop):
                task.cancel()

        self._loop.call_soon_threadsafe(cancel)
        self._thread.join(10)

    def _context(self) -> ssl.SSLContext:
        if self.certificates is None:
            raise ValueError(f"security {self.security!r} needs certificates")
        return self.certificates.server_context()

    async def _session(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        def reply(text: str) -> None:
            writer.write(text.encode() + b"\r\n")

        secure = self.security == "tls"
        user = ""
        sender, recipients = "", []
        try:
            reply("220 receiver ESMTP")
            await writer.drain()
            while True:
                line = await reader.readline()
                if not line:
                    break
                command = line.decode("utf-8", "replace").strip()
                verb = command[:4].upper()
                if verb == "EHLO":
                    reply("250-receiver")
                    if self.security == "starttls" and not secure:
                        reply("250-STARTTLS")
                    if self.users and (secure or self.security == "none"):
                        reply("250-AUTH PLAIN")
                    reply("250-8BITMIME")
                    reply("250 SMTPUTF8")
                elif verb == "HELO":
                    reply("250 receiver")
                elif command.upper() == "STARTTLS" and self.security == "starttls" and not secure:
                    reply("220 2.0.0 ready to start TLS")
                    await writer.drain()
                    try:
                        await writer.start_tls(self._context())
                    except (ssl.SSLError, OSError):
                        self.failed_handshakes += 1  # the client refused our certificate
                        return
                    secure, user, sender, recipients = True, "", "", []  # the client starts over
                elif verb == "AUTH":
                    parts = command.split()
                    if len(parts) != 3 or parts[1].upper() != "PLAIN":
                        reply("504 5.5.4 only AUTH PLAIN with an initial response")
                    else:
                        _zid, name, password = (
                            base64.b64decode(parts[2]).decode("utf-8", "replace").split("\0")
                        )
                        if self.users.get(name) == password:
                            user = name
                            self.logins.append(name)
                            reply("235 2.7.0 authentication successful")
                        else:
                            reply("535 5.7.8 authentication credentials invalid")
                elif verb == "MAIL":
                    if self.security == "starttls" and not secure:
                        reply("530 5.7.0 must issue a STARTTLS command first")
                    elif self.users and not user:
                        reply("530 5.7.0 authentication required")
                    else:
                        sender, recipients = command.split(":", 1)[1].split()[0].strip("<>"), []
                        reply("250 OK")
                elif verb == "RCPT":
                    recipients.append(command.split(":", 1)[1].split()[0].strip("<>"))
                    reply("250 OK")
                elif verb == "DATA":
                    reply("354 go ahead")
                    await writer.drain()
                    lines = []
                    while True:
                        raw = await reader.readline()
                        if raw in (b".\r\n", b".\n", b""):
                            break
                        lines.append(raw[1:] if raw.startswith(b"..") else raw)
                    if self.refused < self.fail_first:
                        self.refused += 1
                        reply("451 4.3.0 try again later")
                    else:
                        message = email.message_from_bytes(
                            b"".join(lines), policy=email.policy.default
                        )
                        assert isinstance(message, EmailMessage)
                        self.messages.append(message)
                        self.envelopes.append((sender, recipients))
                        self.secure.append(secure)
                        reply("250 OK queued")
                elif verb in ("RSET", "NOOP"):
                    reply("250 OK")
                elif verb == "QUIT":
                    reply("221 bye")
                    await writer.drain()
                    break
                else:
                    reply("502 not implemented")
                await writer.drain()
        except (ssl.SSLError, ConnectionError):
            self.failed_handshakes += 1  # implicit TLS: the client refused our certificate
        finally:
            writer.close()


@dataclass
class HttpCall:
    path: str
    headers: dict[str, str]
    body: Any


def cloud_api_problems(body: Any) -> list[str]:
    """What makes ``body`` not a message the Cloud API's POST /{phone-number-id}/messages takes
    (its documented shape for text and template messages); [] when it is one."""
    if not isinstance(body, dict):
        return ["the body is not a JSON object"]
    problems = []
    if body.get("messaging_product") != "whatsapp":
        problems.append("messaging_product must be 'whatsapp'")
    if body.get("recipient_type", "individual") != "individual":
        problems.append("recipient_type must be 'individual'")
    to = body.get("to")
    if not isinstance(to, str) or not to.isdigit() or not 8 <= len(to) <= 15:
        problems.append("to must be the number's digits with the country code")
    kind = body.get("type")
    if kind == "text":
        text = body.get("text")
        if not isinstance(text, dict) or not isinstance(text.get("body"), str):
            problems.append("text.body (a string) is required")
        else:
            if not text["body"].strip() or len(text["body"]) > 4096:
                problems.append("text.body must have 1 to 4096 characters")
            if not isinstance(text.get("preview_url", False), bool):
                problems.append("text.preview_url must be a boolean")
        if "template" in body:
            problems.append("a text message has no template")
    elif kind == "template":
        problems += _template_problems(body.get("template"))
        if "text" in body:
            problems.append("a template message has no text")
    else:
        problems.append(f"type {kind!r} is neither text nor template")
    return problems


def _template_problems(template: Any) -> list[str]:
    if not isinstance(template, dict):
        return ["template (an object) is required"]
    problems = []
    name = template.get("name")
    if not isinstance(name, str) or not name or len(name) > 512:
        problems.append("template.name (a string of 1 to 512 characters) is required")
    language = template.get("language")
    if not isinstance(language, dict) or not isinstance(language.get("code"), str):
        problems.append("template.language.code (a string) is required")
    elif language.get("policy", "deterministic") != "deterministic":
        problems.append("template.language.policy must be 'deterministic'")
    components = template.get("components", [])
    if not isinstance(components, list):
        return [*problems, "template.components must be a list"]
    for component in components:
        if not isinstance(component, dict) or component.get("type") not in (
            "header",
            "body",
            "button",
        ):
            problems.append("each component is an object of type header, body or button")
            continue
        parameters = component.get("parameters", [])
        if not isinstance(parameters, list):
            problems.append("component.parameters must be a list")
            continue
        for parameter in parameters:
            if not isinstance(parameter, dict) or not isinstance(parameter.get("type"), str):
                problems.append("each parameter is an object with a type")
            elif parameter["type"] == "text":
                text = parameter.get("text")
                if not isinstance(text, str) or not text.strip():
                    problems.append("a text parameter has a non-empty text")
                elif "\n" in text or "\t" in text or "    " in text:
                    problems.append("a text parameter has no new line, tab or 4 spaces in a row")
    return problems


def _error(code: int, message: str, details: str = "") -> dict[str, Any]:
    error: dict[str, Any] = {"message": message, "type": "OAuthException", "code": code}
    if details:
        error["error_data"] = {"messaging_product": "whatsapp", "details": details}
    error["fbtrace_id"] = secrets.token_urlsafe(12)
    return {"error": error}


class WhatsAppReceiver:
    """Answers POST {base}/{phone_number_id}/messages like the Cloud API: checks the bearer token
    (401, code 190) and the message's shape (400, code 100, the problems in ``rejected``), then
    answers with the message's new ``wamid``; it can fail its first N calls (500)."""

    def __init__(self, fail_first: int = 0, token: str | None = None) -> None:
        self.fail_first = fail_first
        self.token = token  # None: any bearer token
        self.calls: list[HttpCall] = []
        self.accepted: list[HttpCall] = []
        self.rejected: list[tuple[HttpCall, list[str]]] = []
        self.ids: list[str] = []  # the wamid given to each accepted message
        receiver = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                length = int(self.headers.get("Content-Length", "0"))
                raw = self.rfile.read(length)
                try:
                    body = json.loads(raw)
                except ValueError:
                    body = None
                call = HttpCall(self.path, dict(self.headers.items()), body)
                receiver.calls.append(call)
                if len(receiver.calls) <= receiver.fail_first:
                    self._answer(500, _error(2, "Service temporarily unavailable"))
                    return
                authorization = self.headers.get("Authorization", "")
                if not authorization.startswith("Bearer ") or (
                    receiver.token is not None and authorization != f"Bearer {receiver.token}"
                ):
                    self._answer(401, _error(190, "Invalid OAuth access token."))
                    return
                problems = []
                if not self.path.endswith("/messages"):
                    problems.append(f"no such edge: {self.path}")
                if not self.headers.get("Content-Type", "").startswith("application/json"):
                    problems.append("the body must be application/json")
                problems += cloud_api_problems(body)
                if problems:
                    receiver.rejected.append((call, problems))
                    self._answer(400, _error(100, "(#100) Invalid parameter", "; ".join(problems)))
                    return
                receiver.accepted.append(call)
                wamid = "wamid." + secrets.token_urlsafe(24)
                receiver.ids.append(wamid)
                message: dict[str, str] = {"id": wamid}
                if body["type"] == "template":
                    message["message_status"] = "accepted"
                self._answer(
                    200,
                    {
                        "messaging_product": "whatsapp",
                        "contacts": [{"input": body["to"], "wa_id": body["to"]}],
                        "messages": [message],
                    },
                )

            def _answer(self, status: int, body: dict[str, Any]) -> None:
                data = json.dumps(body).encode()
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            def log_message(self, format: str, *args: Any) -> None:
                pass

        self._server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.base_url = f"http://127.0.0.1:{self._server.server_address[1]}/v19.0"
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)

    def start(self) -> WhatsAppReceiver:
        self._thread.start()
        return self

    def stop(self) -> None:
        self._server.shutdown()
        self._server.server_close()
        self._thread.join(10)
