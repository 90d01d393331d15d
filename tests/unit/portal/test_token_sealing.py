"""The sealed successor pair: only the previous raw refresh token opens it, and any change to the
sealed bytes is refused."""

from __future__ import annotations

import pytest

from api_client.models import TokenPair
from portal.auth import token_hash
from portal.token_sealing import seal, unseal

OLD = "previous-refresh-token-" + "x" * 40
PAIR = TokenPair(access_token="new-access-" + "a" * 30, refresh_token="new-refresh-" + "r" * 50,
                 expires_in=900)  # fmt: skip


def test_the_previous_token_opens_what_it_sealed() -> None:
    assert unseal(OLD, seal(OLD, PAIR)) == PAIR


@pytest.mark.parametrize("key", [OLD + "y", token_hash(OLD), "", OLD.upper()])
def test_nothing_but_that_token_opens_it(key: str) -> None:
    assert unseal(key, seal(OLD, PAIR)) is None


def test_the_sealed_bytes_hold_no_token_in_the_clear() -> None:
    sealed = seal(OLD, PAIR)
    for secret in (PAIR.access_token, PAIR.refresh_token, OLD, token_hash(OLD)):
        assert secret.encode() not in sealed
    assert seal(OLD, PAIR) != sealed, "a fresh nonce each time"


def test_any_changed_or_missing_byte_is_refused() -> None:
    sealed = seal(OLD, PAIR)
    for index in (0, 1, 20, len(sealed) // 2, len(sealed) - 1):
        changed = bytearray(sealed)
        changed[index] ^= 0x01
        assert unseal(OLD, bytes(changed)) is None, index
    assert unseal(OLD, sealed[:-1]) is None
    assert unseal(OLD, sealed[:40]) is None
    assert unseal(OLD, b"") is None
