"""Idempotency-Keys of the changes a person asks for: one key per intended change, kept while its
outcome is unknown, so that a Retry after a lost answer replays the portal's first answer instead
of creating (or charging) a second time."""

from __future__ import annotations

import hashlib
import hmac
import json
import secrets
import uuid
from collections.abc import Hashable

from api_client import errors

# the 409 of a request whose key another attempt, still being worked on, holds: that attempt
# may still make the change
IN_FLIGHT = "idempotency_key_in_flight"


def keeps_key(exc: BaseException) -> bool:
    """Whether a failed change may have happened on the portal: then a retry must reuse its
    key. A refusal (4xx) means nothing changed, and the next attempt is a new request; but a
    409 ``idempotency_key_in_flight`` means an earlier attempt with this key is still at work."""
    if isinstance(exc, errors.APIStatusError):
        return isinstance(exc, errors.ServerError) or exc.code == IN_FLIGHT
    return True


def fingerprint(*parts: object) -> str:
    """A digest that tells one intended change from another (what a key is kept for), without
    keeping what was typed (a card number, say) in the clear."""
    text = json.dumps(parts, sort_keys=True, ensure_ascii=False, default=str)
    return hashlib.sha256(text.encode()).hexdigest()


_PROCESS_KEY = secrets.token_bytes(32)


def secret_fingerprint(*parts: object) -> str:
    """As :func:`fingerprint`, keyed with a secret of this process: for what must not be
    guessable from its digest (a card number), and never written anywhere."""
    text = json.dumps(parts, sort_keys=True, ensure_ascii=False, default=str)
    return hmac.new(_PROCESS_KEY, text.encode(), hashlib.sha256).hexdigest()


class PendingKeys:
    """The keys of the changes sent and not known to be done, by what each change is."""

    def __init__(self) -> None:
        self._keys: dict[Hashable, str] = {}

    def key(self, what: Hashable) -> str:
        """The key of ``what``: the one of its earlier attempt if that one's outcome is unknown."""
        return self._keys.setdefault(what, str(uuid.uuid4()))

    def pending(self, what: Hashable) -> str | None:
        return self._keys.get(what)

    def done(self, what: Hashable) -> None:
        """The portal has it: the next change like it is a new one."""
        self._keys.pop(what, None)

    def failed(self, what: Hashable, exc: BaseException) -> None:
        """Keep the key only when the change may have happened (see :func:`keeps_key`)."""
        if not keeps_key(exc):
            self._keys.pop(what, None)
