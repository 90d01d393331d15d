"""Real receivers on loopback for alert delivery tests: a small SMTP server (asyncio streams) and
an HTTP server standing in for the WhatsApp Cloud API. Either can refuse its first N messages."""

from __future__ import annotations

import asyncio
import email
import email.policy
import json
import threading
from dataclasses import dataclass, field
from email.message import EmailMessage
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any


@dataclass
class SmtpReceiver:
    fail_first: int = 0
    messages: list[EmailMessage] = field(default_factory=list)
    envelopes: list[tuple[str, list[str]]] = field(default_factory=list)
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
            self._server = await asyncio.start_server(self._session, self.host, 0)
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

    async def _session(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        def reply(text: str) -> None:
            writer.write(text.encode() + b"\r\n")

        reply("220 receiver ESMTP")
        sender, recipients = "", []
        try:
            while True:
                line = await reader.readline()
                if not line:
                    break
                command = line.decode("utf-8", "replace").strip()
                verb = command[:4].upper()
                if verb == "EHLO":
                    reply("250-receiver")
                    reply("250-8BITMIME")
                    reply("250 SMTPUTF8")
                elif verb == "HELO":
                    reply("250 receiver")
                elif verb == "MAIL":
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
        finally:
            writer.close()


@dataclass
class HttpCall:
    path: str
    headers: dict[str, str]
    body: Any


class WhatsAppReceiver:
    """Answers POST {base}/{phone_number_id}/messages like the Cloud API, recording each call."""

    def __init__(self, fail_first: int = 0) -> None:
        self.fail_first = fail_first
        self.calls: list[HttpCall] = []
        self.accepted: list[HttpCall] = []
        receiver = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                length = int(self.headers.get("Content-Length", "0"))
                call = HttpCall(
                    self.path, dict(self.headers.items()), json.loads(self.rfile.read(length))
                )
                receiver.calls.append(call)
                if len(receiver.calls) <= receiver.fail_first:
                    self._answer(500, {"error": {"message": "temporarily unavailable"}})
                    return
                receiver.accepted.append(call)
                self._answer(200, {"messages": [{"id": f"wamid.{len(receiver.accepted)}"}]})

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
