"""What a failure means to a person: error classes mapped to translated text, never by parsing
messages."""

from __future__ import annotations

import asyncio

from PySide6.QtCore import QCoreApplication

from api_client import errors

from .i18n import QT_TRANSLATE_NOOP
from .keychain import KeychainUnavailableError


def _t(text: str) -> str:
    return QCoreApplication.translate("errors", text)


def unreachable(exc: BaseException) -> bool:
    """The portal could not be reached or could not answer now (a refused connection, a
    timeout, a 5xx): what a view already shows stays shown, and the connection state says why."""
    return isinstance(exc, errors.ConnectionFailedError | errors.ServerError)


# The portal's field error types (pydantic's and the portal's own) as a person reads them.
_FIELD_TYPES = {
    "missing": QT_TRANSLATE_NOOP("errors", "This field is required."),
    "string_too_short": QT_TRANSLATE_NOOP("errors", "This field is required."),
    "string_too_long": QT_TRANSLATE_NOOP("errors", "This is too long."),
    "string_pattern_mismatch": QT_TRANSLATE_NOOP(
        "errors", "This does not have the expected format."
    ),
    "value_error": QT_TRANSLATE_NOOP("errors", "This value is not valid."),
    "email_taken": QT_TRANSLATE_NOOP("errors", "This e-mail address belongs to another client."),
    "invalid_cursor": QT_TRANSLATE_NOOP("errors", "The list changed; reload it."),
}


def describe_field_error(type_: str, portal_message: str) -> str:
    text = _FIELD_TYPES.get(type_)
    if text is not None:
        return _t(text)
    return portal_message or QCoreApplication.translate("errors", "This value is not valid.")


def field_messages(error: errors.ValidationFailedError) -> dict[str, str]:
    """Field name -> one translated line per problem."""
    return {
        name: "\n".join(describe_field_error(type_, msg) for type_, msg in problems)
        for name, problems in error.field_errors.items()
    }


def describe(exc: BaseException) -> str:
    """One sentence a person understands, for any failure the app can meet."""
    if isinstance(exc, errors.InsecureURLError):
        return QCoreApplication.translate(
            "errors",
            "The portal address must start with https:// (plain http:// only on this computer).",
        )
    if isinstance(exc, errors.InvalidURLError):
        return QCoreApplication.translate(
            "errors", "This is not a portal address. Check it and try again."
        )
    if isinstance(exc, errors.RequestTimeoutError):
        return QCoreApplication.translate(
            "errors", "The portal did not answer in time. Check your connection and retry."
        )
    if isinstance(exc, errors.NotSentError):
        return QCoreApplication.translate(
            "errors",
            "Not connected to the portal yet: nothing was sent. Try again when it is back.",
        )
    if isinstance(exc, errors.ConnectionFailedError):
        return QCoreApplication.translate(
            "errors", "Cannot reach the portal. Check the address and your connection, then retry."
        )
    if isinstance(exc, errors.UnauthorizedError):
        if exc.code == "invalid_credentials":
            return QCoreApplication.translate("errors", "Wrong e-mail or password.")
        if exc.code == "not_signed_in":
            return QCoreApplication.translate("errors", "You are not signed in.")
        if exc.code == "account_disabled":
            return QCoreApplication.translate(
                "errors",
                "Your hosting company has disabled this sign-in. Contact them to use it again.",
            )
        if exc.code == "two_factor_unsupported":  # a WHMCS user with two-factor
            return QCoreApplication.translate(
                "errors",
                "Your account uses two-factor authentication, which the app cannot check with "
                "your hosting company's billing system. Sign in to their web client area "
                "instead, or turn two-factor off there to use the app.",
            )
        return QCoreApplication.translate("errors", "Your session has ended. Sign in again.")
    if isinstance(exc, errors.ForbiddenError):
        return QCoreApplication.translate(
            "errors", "You do not have permission to do this on this account."
        )
    if isinstance(exc, errors.NotFoundError):
        return QCoreApplication.translate("errors", "This no longer exists, or you cannot see it.")
    if isinstance(exc, errors.ValidationFailedError):
        return QCoreApplication.translate(
            "errors", "Some fields are not valid. Check the marked fields."
        )
    if isinstance(exc, errors.RateLimitedError):
        if exc.retry_after:
            seconds = round(exc.retry_after)
            return QCoreApplication.translate(
                "errors", "Too many attempts. Try again in %n second(s).", None, seconds
            )
        return QCoreApplication.translate("errors", "Too many attempts. Try again later.")
    if isinstance(exc, errors.RequestTooLargeError):
        return QCoreApplication.translate(
            "errors", "This is larger than the portal accepts. Send smaller or fewer files."
        )
    if isinstance(exc, errors.APIStatusError) and exc.code == "not_supported_by_backend":
        return QCoreApplication.translate(
            "errors",
            "Your hosting company's billing system does not offer this in the app yet. "
            "Use their web client area for it.",
        )
    if isinstance(exc, errors.ServerError) and exc.code == "backend_unavailable":
        return QCoreApplication.translate(
            "errors",
            "Your hosting company's billing system does not answer. Retry in a moment.",
        )
    if isinstance(exc, errors.ServerError):
        return QCoreApplication.translate("errors", "The portal had a problem. Retry in a moment.")
    if isinstance(exc, errors.APIStatusError):
        return QCoreApplication.translate("errors", "The portal refused the request.")
    if isinstance(exc, KeychainUnavailableError):
        return QCoreApplication.translate(
            "errors",
            "This computer has no keychain available, so Clientdesk cannot remember the "
            "sign-in. You are signed in for this session only.",
        )
    if isinstance(exc, asyncio.CancelledError):
        return QCoreApplication.translate("errors", "Cancelled.")
    return QCoreApplication.translate("errors", "Something went wrong: %1").replace(
        "%1", type(exc).__name__
    )
