"""A token pair sealed with a key only the holder of an old refresh token derives.

:mod:`portal.refresh_grace` keeps, at each rotation, the new pair sealed this way, so a refresh
whose answer was lost can be retried with the old token.

The database holds only hashes of tokens, so it cannot derive the key: a copy of the database
yields no token. The sealing is HMAC-SHA256 throughout (stdlib only): keys derived with HMAC from
the old token, a keystream of HMAC blocks over a random nonce, and an HMAC tag over the nonce
and the ciphertext (encrypt-then-MAC). Each old token seals exactly one message.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets

from pydantic import ValidationError

from api_client.models import TokenPair

VERSION = b"\x01"
NONCE_BYTES = 16
TAG_BYTES = 32
_BLOCK = hashlib.sha256().digest_size


def _keys(old_refresh_token: str) -> tuple[bytes, bytes]:
    """(keystream key, MAC key), both derived from the raw token (not from its stored hash)."""
    root = old_refresh_token.encode()
    stream = hmac.new(root, b"clientdesk refresh grace v1: keystream", hashlib.sha256).digest()
    mac = hmac.new(root, b"clientdesk refresh grace v1: mac", hashlib.sha256).digest()
    return stream, mac


def _xor_keystream(key: bytes, nonce: bytes, data: bytes) -> bytes:
    out = bytearray()
    for counter in range((len(data) + _BLOCK - 1) // _BLOCK):
        block = hmac.new(key, nonce + counter.to_bytes(8, "big"), hashlib.sha256).digest()
        chunk = data[counter * _BLOCK : (counter + 1) * _BLOCK]
        out += bytes(a ^ b for a, b in zip(chunk, block, strict=False))
    return bytes(out)


def seal(old_refresh_token: str, pair: TokenPair) -> bytes:
    """``pair`` encrypted and authenticated with keys only the holder of the old token derives."""
    stream_key, mac_key = _keys(old_refresh_token)
    head = VERSION + secrets.token_bytes(NONCE_BYTES)
    cipher = _xor_keystream(stream_key, head[1:], pair.model_dump_json().encode())
    tag = hmac.new(mac_key, head + cipher, hashlib.sha256).digest()
    return head + cipher + tag


def unseal(old_refresh_token: str, sealed: bytes) -> TokenPair | None:
    """The pair :func:`seal` kept, or None (another token, altered or unreadable data)."""
    if len(sealed) < 1 + NONCE_BYTES + TAG_BYTES or sealed[:1] != VERSION:
        return None
    stream_key, mac_key = _keys(old_refresh_token)
    head, cipher, tag = (
        sealed[: 1 + NONCE_BYTES],
        sealed[1 + NONCE_BYTES : -TAG_BYTES],
        sealed[-TAG_BYTES:],
    )
    expected = hmac.new(mac_key, head + cipher, hashlib.sha256).digest()
    if not hmac.compare_digest(tag, expected):
        return None
    try:
        return TokenPair.model_validate_json(_xor_keystream(stream_key, head[1:], cipher))
    except ValidationError:
        return None
