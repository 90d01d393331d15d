"""Which failures keep a change's Idempotency-Key for its retry."""

from __future__ import annotations

from api_client import errors
from app.idempotency import PendingKeys, keeps_key


def test_a_refusal_frees_the_key_and_an_unknown_outcome_keeps_it() -> None:
    assert not keeps_key(errors.ValidationFailedError("bad", {"message": [("missing", "x")]}))
    assert not keeps_key(errors.ConflictError(409, "reused", "idempotency_key_reused"))
    assert keeps_key(errors.ServerError(503, "not confirmed", "outcome_unknown"))
    assert keeps_key(errors.RequestTimeoutError("timed out"))


def test_a_duplicate_refused_while_the_first_attempt_works_keeps_the_key() -> None:
    """The first attempt may still open the ticket: the next send must carry the same key, or
    the portal would take it as a second ticket."""
    keys = PendingKeys()
    key = keys.key("new-ticket")
    keys.failed("new-ticket", errors.ConflictError(409, "wait", "idempotency_key_in_flight"))
    assert keys.key("new-ticket") == key
    keys.failed("new-ticket", errors.ConflictError(409, "no", "something_else"))
    assert keys.key("new-ticket") != key
