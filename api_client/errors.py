"""One typed error hierarchy for everything the portal client can fail with.

Callers branch on the class, never on the message text.
"""

from __future__ import annotations

from collections.abc import Mapping


class PortalError(Exception):
    """Base of every error raised by :mod:`api_client`."""


class InsecureURLError(PortalError, ValueError):
    """The portal URL is not HTTPS and does not point at this machine."""


class InvalidURLError(PortalError, ValueError):
    """The portal URL cannot be understood."""


class ConnectionFailedError(PortalError):
    """The portal could not be reached (DNS, refused connection, TLS failure, reset)."""


class RequestTimeoutError(ConnectionFailedError):
    """The portal did not answer in time."""


class NotSentError(ConnectionFailedError):
    """Nothing was sent: the sign-in is not confirmed yet (the app shows what it saved while it
    reconnects). A change is never queued for later; only reads wait."""


class APIStatusError(PortalError):
    """The portal answered with an error status."""

    status_code: int = 0

    def __init__(self, status_code: int, message: str, code: str = "") -> None:
        super().__init__(message)
        self.status_code = status_code
        self.message = message
        self.code = code


class BadRequestError(APIStatusError):
    """400: the request itself was refused (for example a business rule)."""


class UnauthorizedError(APIStatusError):
    """401: not signed in, wrong credentials, or the session ended."""


class ForbiddenError(APIStatusError):
    """403: signed in, but not allowed to do this on this account."""


class NotFoundError(APIStatusError):
    """404: no such thing (or not visible to this person)."""


class ConflictError(APIStatusError):
    """409: the change conflicts with the current state."""


class ValidationFailedError(APIStatusError):
    """422: some fields are invalid. ``field_errors`` maps a field name to its problems."""

    def __init__(
        self,
        message: str,
        field_errors: Mapping[str, list[tuple[str, str]]],
    ) -> None:
        super().__init__(422, message, "validation_failed")
        # field -> [(error type, portal's message)]
        self.field_errors: dict[str, list[tuple[str, str]]] = dict(field_errors)


class RequestTooLargeError(APIStatusError):
    """413 ``too_large``: the request (attachments, most likely) is larger than the portal
    accepts."""


class RateLimitedError(APIStatusError):
    """429: too many requests; ``retry_after`` seconds until trying again makes sense.

    ``code`` is ``rate_limited`` (too many failed sign-ins) or ``too_many_attempts`` (too many
    wrong passwords or two-factor codes asked again)."""

    def __init__(self, message: str, retry_after: float | None, code: str = "rate_limited") -> None:
        super().__init__(429, message, code)
        self.retry_after = retry_after


class ServerError(APIStatusError):
    """5xx: the portal failed."""


_BY_STATUS: dict[int, type[APIStatusError]] = {
    400: BadRequestError,
    401: UnauthorizedError,
    403: ForbiddenError,
    404: NotFoundError,
    409: ConflictError,
    413: RequestTooLargeError,
}


def error_class_for(status_code: int) -> type[APIStatusError]:
    if status_code in _BY_STATUS:
        return _BY_STATUS[status_code]
    if status_code >= 500:
        return ServerError
    return APIStatusError
