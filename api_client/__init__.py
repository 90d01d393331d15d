"""Async client of the Clientdesk portal API. Depends on httpx, pydantic and websockets (the
chat's socket), and on truststore when installed (the system's certificates): never on Qt."""

import sys

if "httpx" not in sys.modules:
    # httpx imports its command-line client (``httpx._main``, which pulls in click and rich,
    # ~200 ms) whenever those happen to be installed; nothing here runs that command, and httpx
    # falls back to a stub when the module cannot be imported. Marking it absent keeps it out.
    sys.modules.setdefault("httpx._main", None)  # type: ignore[arg-type]

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
