"""The largest request body the portal reads (``max_request_bytes``): a pure ASGI middleware.

A request that declares a larger ``Content-Length`` is answered 413 before a byte of its body is
read; one that streams its body (chunked, no length) is counted as it arrives and answered 413
when it passes the limit, the rest left unread. The answer is the portal's error shape,
``{"detail": ..., "code": "too_large"}``.
"""

from __future__ import annotations

import json

from starlette.types import ASGIApp, Message, Receive, Scope, Send


class BodyTooLarge(Exception):
    """Raised into the application by ``receive`` when the body passes the limit."""


def _declared_length(scope: Scope) -> int | None:
    for name, value in scope.get("headers", ()):
        if name == b"content-length":
            try:
                return int(value)
            except ValueError:
                return None
    return None


def _megabytes(size: int) -> str:
    return f"{size / (1024 * 1024):.0f} MB" if size >= 1024 * 1024 else f"{size} bytes"


class RequestSizeLimit:
    """Answers 413 ``too_large`` for a request body over ``max_bytes``, reading no more of it."""

    def __init__(self, app: ASGIApp, max_bytes: int) -> None:
        self.app = app
        self.max_bytes = max_bytes

    async def refuse(self, send: Send) -> None:
        body = json.dumps(
            {
                "detail": f"The request is too large: at most {_megabytes(self.max_bytes)}",
                "code": "too_large",
            }
        ).encode()
        await send(
            {
                "type": "http.response.start",
                "status": 413,
                "headers": [
                    (b"content-type", b"application/json"),
                    (b"content-length", str(len(body)).encode()),
                ],
            }
        )
        await send({"type": "http.response.body", "body": body})

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        declared = _declared_length(scope)
        if declared is not None and declared > self.max_bytes:
            await self.refuse(send)  # unread: the application never sees this request
            return

        received = 0
        too_large = False
        answered = False  # the application's answer has started (before the body was too long)

        async def counting_receive() -> Message:
            nonlocal received, too_large
            if too_large:
                raise BodyTooLarge
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > self.max_bytes:
                    too_large = True
                    raise BodyTooLarge
            return message

        async def guarded_send(message: Message) -> None:
            nonlocal answered
            if too_large and not answered:
                return  # the application answering the cut body (a 400): ours goes instead
            if message["type"] == "http.response.start":
                answered = True
            await send(message)

        try:
            await self.app(scope, counting_receive, guarded_send)
        except Exception:
            if not too_large or answered:
                raise
        if too_large and not answered:
            await self.refuse(send)
