"""Async client of the Clientdesk portal API. Depends on httpx and pydantic only: never on Qt."""

from . import errors, models
from .client import AccountClient, PortalClient
from .transport import RetryPolicy, Tokens, is_loopback, normalize_base_url

__all__ = [
    "AccountClient",
    "PortalClient",
    "RetryPolicy",
    "Tokens",
    "errors",
    "is_loopback",
    "models",
    "normalize_base_url",
]
