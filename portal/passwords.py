"""Password hashing with scrypt (stdlib): slow, salted, parameters stored with each hash.

Today's parameters are the OWASP Password Storage Cheat Sheet's minimum for scrypt: N=2^17
(128 MiB of memory per hash), r=8, p=1. A hash made with smaller parameters (the portal's
earlier N=2^14) still verifies; :func:`needs_rehash` tells sign-in to store a new one.

Each hash holds 128 MiB while it runs, so at most :data:`CONCURRENT_HASHES` run at once per
process: a burst of sign-ins waits its turn instead of taking the machine's memory.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import os
import secrets
import threading

N, R, P = 2**17, 8, 1
DKLEN = 32
# parameters a stored hash may name: anything outside is refused rather than computed
_MAX_N, _MAX_R, _MAX_P = 2**20, 16, 4
# scrypt runs outside the GIL: one per core is all the speed there is, up to 4 (512 MiB)
CONCURRENT_HASHES = max(1, min(4, os.cpu_count() or 1))
_hashing = threading.BoundedSemaphore(CONCURRENT_HASHES)


def _maxmem(n: int, r: int, p: int) -> int:
    # OpenSSL needs 128*r*(N+2) bytes for V plus 128*r*p for B; the rest is headroom
    return 128 * r * (n + 2 + p) + 1024 * 1024


def _scrypt(password: str, salt: bytes, n: int, r: int, p: int) -> bytes:
    with _hashing:
        return hashlib.scrypt(
            password.encode(), salt=salt, n=n, r=r, p=p, maxmem=_maxmem(n, r, p), dklen=DKLEN
        )


def _encode(n: int, r: int, p: int, salt: bytes, digest: bytes) -> str:
    return (
        f"scrypt${n}${r}${p}${base64.b64encode(salt).decode()}${base64.b64encode(digest).decode()}"
    )


def _parse(stored: str) -> tuple[int, int, int, bytes, bytes] | None:
    try:
        scheme, n_text, r_text, p_text, salt_b64, digest_b64 = stored.split("$")
        n, r, p = int(n_text), int(r_text), int(p_text)
        salt = base64.b64decode(salt_b64, validate=True)
        digest = base64.b64decode(digest_b64, validate=True)
    except (ValueError, binascii.Error):
        return None
    if scheme != "scrypt" or not (1 < n <= _MAX_N and n & (n - 1) == 0):
        return None
    if not (1 <= r <= _MAX_R and 1 <= p <= _MAX_P) or not salt or not digest:
        return None
    return n, r, p, salt, digest


def hash_password(password: str) -> str:
    salt = secrets.token_bytes(16)
    return _encode(N, R, P, salt, _scrypt(password, salt, N, R, P))


def verify_password(password: str, stored: str) -> bool:
    parsed = _parse(stored)
    if parsed is None:
        return False
    n, r, p, salt, digest = parsed
    return hmac.compare_digest(_scrypt(password, salt, n, r, p), digest)


def needs_rehash(stored: str) -> bool:
    """True when ``stored`` was made with weaker parameters than today's (or cannot be read):
    after a successful sign-in the password is hashed again and stored."""
    parsed = _parse(stored)
    if parsed is None:
        return True
    n, r, p, _salt, _digest = parsed
    return n < N or r < R or p < P


# Checked against when the e-mail is unknown, so a wrong e-mail costs as long as a wrong password:
# today's parameters, a random salt and a random digest that no password matches (made without
# hashing, so importing this module costs nothing).
DUMMY_HASH = _encode(N, R, P, secrets.token_bytes(16), secrets.token_bytes(DKLEN))
