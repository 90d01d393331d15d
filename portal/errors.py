"""Errors the portal answers with, all in the shape the client's error hierarchy expects.

Every error except 422 is ``{"detail": <text>, "code": <machine code>}``; 422 keeps FastAPI's shape,
``{"detail": [{"loc": [...], "msg": ..., "type": ...}]}``, for request and business-rule errors alike.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from sqlalchemy.exc import TimeoutError as PoolTimeout

log = logging.getLogger("clientdesk.portal")

BUSY_RETRY_AFTER_S = 2
BUSY = {"detail": "The portal is busy; try again in a moment", "code": "busy"}  # the 503's body

# A 422 names what was refused, never what was sent: no ``input`` (a refused card number, a 50 MB
# attachment), no ``ctx``; each part of a location and each message cut short, and at most this
# many errors (a list of a million bad items is one answer of a few kilobytes).
MAX_FIELD_ERRORS = 50
MAX_LOC_PART = 100
MAX_MSG = 300


class PortalHTTPError(Exception):
    def __init__(
        self, status_code: int, code: str, detail: str, headers: dict[str, str] | None = None
    ) -> None:
        super().__init__(detail)
        self.status_code = status_code
        self.code = code
        self.detail = detail
        self.headers = headers


class FieldError(Exception):
    """A business rule refused one or more fields: answered as 422, like a schema error."""

    def __init__(self, errors: list[tuple[str, str, str]]) -> None:
        # (field, type, message)
        super().__init__("; ".join(f"{field}: {msg}" for field, _, msg in errors))
        self.errors = errors

    @classmethod
    def one(cls, field: str, type_: str, message: str) -> FieldError:
        return cls([(field, type_, message)])


def not_found(what: str = "Not found") -> PortalHTTPError:
    return PortalHTTPError(404, "not_found", what)


def not_supported_by_backend() -> PortalHTTPError:
    """501 for what the backend in use (a host's billing system) cannot do from the app yet."""
    return PortalHTTPError(
        501,
        "not_supported_by_backend",
        "Your hosting company's billing system does not offer this in the app yet; "
        "use their web client area for it",
    )


def forbidden(
    detail: str = "You do not have permission to do this on this account",
) -> PortalHTTPError:
    return PortalHTTPError(403, "forbidden", detail)


def unauthorized(detail: str = "Not signed in", code: str = "unauthorized") -> PortalHTTPError:
    return PortalHTTPError(401, code, detail, {"WWW-Authenticate": "Bearer"})


def _loc_part(part: Any) -> str | int:
    if isinstance(part, int) and not isinstance(part, bool):
        return part
    return str(part)[:MAX_LOC_PART]


def field_errors(errors: Sequence[Any]) -> list[dict[str, Any]]:
    """Pydantic's errors as the client reads them: ``loc``, ``msg`` and ``type`` only."""
    answer = []
    for error in errors[:MAX_FIELD_ERRORS]:
        item = error if isinstance(error, dict) else {}
        answer.append(
            {
                "loc": [_loc_part(part) for part in item.get("loc", ())],
                "msg": str(item.get("msg", ""))[:MAX_MSG],
                "type": str(item.get("type", ""))[:MAX_LOC_PART],
            }
        )
    return answer


def install_handlers(app: FastAPI) -> None:
    @app.exception_handler(RequestValidationError)
    async def _request_invalid(_request: Request, exc: RequestValidationError) -> JSONResponse:
        return JSONResponse({"detail": field_errors(exc.errors())}, status_code=422)

    @app.exception_handler(PortalHTTPError)
    async def _portal_error(_request: Request, exc: PortalHTTPError) -> JSONResponse:
        return JSONResponse(
            {"detail": exc.detail, "code": exc.code},
            status_code=exc.status_code,
            headers=exc.headers,
        )

    @app.exception_handler(FieldError)
    async def _field_error(_request: Request, exc: FieldError) -> JSONResponse:
        return JSONResponse(
            {
                "detail": [
                    {"loc": ["body", field], "msg": msg, "type": type_}
                    for field, type_, msg in exc.errors
                ]
            },
            status_code=422,
        )

    @app.exception_handler(PoolTimeout)
    async def _saturated(request: Request, _exc: PoolTimeout) -> JSONResponse:
        # every database connection stayed busy for the pool's whole wait: say so, and when to
        # come back, instead of a plain-text 500 (the client retries GETs after Retry-After)
        log.warning("saturated: no database connection for %s %s", request.method, request.url.path)
        return JSONResponse(
            BUSY,
            status_code=503,
            headers={"Retry-After": str(BUSY_RETRY_AFTER_S)},
        )

    @app.exception_handler(Exception)
    async def _unexpected(request: Request, exc: Exception) -> JSONResponse:
        log.exception("unexpected error in %s %s", request.method, request.url.path)
        return JSONResponse(
            {"detail": "Something went wrong on the portal", "code": "internal_error"},
            status_code=500,
        )
