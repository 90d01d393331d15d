"""Password hashes: today's scrypt parameters (OWASP's minimum), older ones still verified."""

from __future__ import annotations

import base64
import hashlib

from portal.passwords import DUMMY_HASH, hash_password, needs_rehash, verify_password


def parameters(stored: str) -> tuple[int, int, int]:
    _scheme, n, r, p, _salt, _digest = stored.split("$")
    return int(n), int(r), int(p)


def test_a_new_hash_uses_owasps_scrypt_parameters_and_a_fresh_salt() -> None:
    first, second = hash_password("correct horse"), hash_password("correct horse")
    assert parameters(first) == (2**17, 8, 1)
    assert first != second, "each hash has its own salt"
    assert verify_password("correct horse", first)
    assert not verify_password("correct horsE", first)
    assert not needs_rehash(first)


def test_an_older_hash_verifies_and_asks_to_be_made_again() -> None:
    salt = b"0123456789abcdef"
    digest = hashlib.scrypt(b"correct horse", salt=salt, n=2**14, r=8, p=1, dklen=32)
    old = f"scrypt$16384$8$1${base64.b64encode(salt).decode()}${base64.b64encode(digest).decode()}"
    assert verify_password("correct horse", old)
    assert not verify_password("wrong", old)
    assert needs_rehash(old)


def test_unreadable_or_absurd_hashes_are_refused_without_computing() -> None:
    salt = base64.b64encode(b"s" * 16).decode()
    for stored in ("", "plain", "bcrypt$1$2$3$4$5", f"scrypt$1073741824$8$1${salt}${salt}"):
        assert not verify_password("anything", stored)
        assert needs_rehash(stored)


def test_the_dummy_hash_costs_what_a_real_one_does() -> None:
    assert parameters(DUMMY_HASH) == (2**17, 8, 1)
    assert not verify_password("", DUMMY_HASH)
