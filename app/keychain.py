"""Secrets in the OS keychain (keyring), never in a file. Calls run off the UI thread.

The keychain only spares the user a password, so whatever a backend raises, the app carries on
without it. keyring's own errors are not all a backend raises: NoKeyringError comes on a Linux
without Secret Service and KeyringLocked for a denied macOS Keychain, but the Windows Credential
Manager backend lets the win32 error through unwrapped (``pywintypes.error``, for example 1312 "a
specified logon session does not exist" over SSH or in a service). Hence ``except Exception``.
"""

from __future__ import annotations

import asyncio
import logging

# keyring (with the entry points it reads to find its backends) is imported on the first
# keychain call, in a worker thread: the first window does not wait for it

log = logging.getLogger("clientdesk.keychain")

SERVICE = "Clientdesk"


class KeychainUnavailableError(Exception):
    """No usable keychain on this computer (for example a headless Linux without Secret Service)."""


def _account(portal_url: str, email: str) -> str:
    return f"{portal_url}|{email.strip().lower()}"


def _set(portal_url: str, email: str, refresh_token: str) -> None:
    import keyring

    try:
        keyring.set_password(SERVICE, _account(portal_url, email), refresh_token)
    except Exception as exc:  # any backend failure (see the module's docstring)
        raise KeychainUnavailableError(str(exc)) from exc


def _get(portal_url: str, email: str) -> str | None:
    import keyring

    try:
        return keyring.get_password(SERVICE, _account(portal_url, email))
    except Exception as exc:
        log.info("keychain unavailable: %s", type(exc).__name__)
        return None


def _delete(portal_url: str, email: str) -> None:
    import keyring
    import keyring.errors

    try:
        keyring.delete_password(SERVICE, _account(portal_url, email))
    except keyring.errors.PasswordDeleteError:
        pass  # nothing stored
    except Exception as exc:
        log.info("keychain unavailable: %s", type(exc).__name__)


async def store_refresh_token(portal_url: str, email: str, refresh_token: str) -> None:
    await asyncio.to_thread(_set, portal_url, email, refresh_token)


async def load_refresh_token(portal_url: str, email: str) -> str | None:
    return await asyncio.to_thread(_get, portal_url, email)


async def forget_refresh_token(portal_url: str, email: str) -> None:
    await asyncio.to_thread(_delete, portal_url, email)
