"""The ``Idempotency-Key`` store: a retried change replays its first answer and never runs twice.

A route that costs money or cannot be undone takes the header and hands its change to
:func:`idempotent`::

    @router.post("/accounts/{account_id}/invoices/{invoice_id}/pay", response_model=Payment)
    def pay(body: PayRequest, ctx: Invoices, db: DB, request: Request,
            idempotency_key: IdempotencyKey = None) -> Response:
        def change() -> Payment:
            ...                      # mutate through ``db``, audit.record(...); do NOT commit
            return Payment(...)
        return idempotent(db, request, ctx.person.id, idempotency_key, body, change)

How it behaves, for one person and one key:

- first time: ``change()`` runs, its answer is stored in ``idempotency_keys`` and the whole
  transaction (the change, its audit row, the stored answer) is committed at once;
- the same key again with the same method, path and body: the stored answer is replayed (same
  status, same body, header ``Idempotent-Replayed: true``) and ``change()`` does not run;
- the same key with another method, path or body: 409, code ``idempotency_key_reused``;
- two requests with the same key at the same moment: both may run ``change()``, but only one
  transaction can insert the key; the other is rolled back (its change with it) and replays the
  winner's answer;
- ``change()`` raising (a 4xx business refusal, a field error): the transaction is rolled back
  and nothing is stored, so a retry is judged afresh.

Without a key the change simply runs and commits (``required=True`` makes the key mandatory:
400, code ``idempotency_key_required``).

A change made in another system (the WHMCS backend's tickets and replies: WHMCS cannot be rolled
back with the portal's transaction) passes ``claim_first=True``: the key is stored and committed
as *pending* before ``change()`` runs, so that of two requests with the same key at the same
moment only one reaches that system; the other gets 409 ``idempotency_key_in_flight`` (with
``Retry-After``) while the first works, and its answer once it is done. ``change()`` refusing
(any error but :class:`OutcomeUnknown`) releases the claim, so a retry is judged afresh.

When the other system may have made the change without saying so (it took the request and its
answer was lost), ``change()`` raises :class:`OutcomeUnknown` (503): the claim is kept as
*uncertain*. A retry with that key then takes the claim again and runs ``redo(since)`` instead
of ``change()``: it looks in the other system for the change made since the first attempt
(``since``, the claim's time) and answers it, or makes it when it is not there. A claim still
pending after :data:`ABANDONED` (its process died) is taken again the same way. Without
``redo`` an uncertain key keeps answering :class:`OutcomeUnknown`.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections.abc import Callable
from typing import Annotated, Any

from fastapi import Header, Request
from fastapi.encoders import jsonable_encoder
from fastapi.responses import JSONResponse, Response
from pydantic import BaseModel
from sqlalchemy import delete, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from .errors import PortalHTTPError
from .tables import IdempotencyKeyRow, utcnow

HEADER = "Idempotency-Key"
# the status_code of a key claimed by a change still being made (``claim_first``), and of one
# whose change the other system may or may not have made
PENDING = 0
UNCERTAIN = 1
# a claim pending this long was abandoned (its process died): a retry may take it again
ABANDONED = dt.timedelta(minutes=10)
REPLAYED_HEADER = "Idempotent-Replayed"

IdempotencyKey = Annotated[
    str | None,
    Header(
        alias=HEADER,
        min_length=1,
        max_length=200,
        description="Any unique string (a UUID): a retry with the same key replays the first "
        "answer instead of doing the change again.",
    ),
]


def request_fingerprint(body: Any) -> str:
    """SHA-256 of the canonical JSON of a request body (a pydantic model, plain data or None)."""
    data = body.model_dump(mode="json") if isinstance(body, BaseModel) else jsonable_encoder(body)
    canonical = json.dumps(data, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    return hashlib.sha256(canonical.encode()).hexdigest()


class OutcomeUnknown(PortalHTTPError):
    """Raised by a ``claim_first`` change when the other system may have made it (it took the
    request, its answer was lost): the key's claim is kept, and a retry finds out."""

    def __init__(self) -> None:
        super().__init__(
            503,
            "outcome_unknown",
            "Your hosting company's billing system did not confirm this; send it again in a "
            "moment: it will not be done twice",
            {"Retry-After": "5"},
        )


def key_reused() -> PortalHTTPError:
    return PortalHTTPError(
        409,
        "idempotency_key_reused",
        "This Idempotency-Key was already used for a different request",
    )


def _stored(db: Session, person_id: int, key: str) -> IdempotencyKeyRow | None:
    return db.scalar(
        select(IdempotencyKeyRow).where(
            IdempotencyKeyRow.person_id == person_id, IdempotencyKeyRow.key == key
        )
    )


def _replay(row: IdempotencyKeyRow, method_path: str, fingerprint: str) -> Response:
    if row.method_path != method_path or row.request_hash != fingerprint:
        raise key_reused()
    if row.status_code == UNCERTAIN:
        raise OutcomeUnknown()
    if row.status_code == PENDING:
        raise PortalHTTPError(
            409,
            "idempotency_key_in_flight",
            "A request with this Idempotency-Key is still being worked on; try again in a moment",
            {"Retry-After": "2"},
        )
    headers = {REPLAYED_HEADER: "true"}
    if not row.response_body:
        return Response(status_code=row.status_code, headers=headers)
    return JSONResponse(json.loads(row.response_body), status_code=row.status_code, headers=headers)


def _encode(result: Any) -> str:
    if result is None:
        return ""
    if isinstance(result, BaseModel):
        return result.model_dump_json()
    return json.dumps(jsonable_encoder(result), ensure_ascii=False)


def idempotent(
    db: Session,
    request: Request,
    person_id: int,
    key: str | None,
    body: Any,
    change: Callable[[], Any],
    *,
    status_code: int = 200,
    required: bool = False,
    claim_first: bool = False,
    redo: Callable[[dt.datetime], Any] | None = None,
) -> Response:
    """Run ``change`` at most once per (person, key); commit it together with its stored answer
    (or, with ``claim_first``, claim the key before it runs, and ``redo`` a change of uncertain
    outcome: see the module).

    ``change`` mutates through ``db`` without committing and returns the response (a pydantic
    model, plain JSON data, or None for an empty answer). Errors it raises propagate after a
    rollback; nothing is stored for them.
    """
    method_path = f"{request.method} {request.url.path}"
    fingerprint = request_fingerprint(body)
    if key is None:
        if required:
            raise PortalHTTPError(
                400, "idempotency_key_required", "This request needs an Idempotency-Key header"
            )
        result = _run(db, change)
        db.commit()
        return _respond(result, status_code)

    existing = _stored(db, person_id, key)
    if existing is not None:
        since = _retaken(db, existing, method_path, fingerprint) if redo and claim_first else None
        if redo is not None and since is not None:
            return _run_claimed(db, existing.id, lambda: redo(since), status_code, retried=True)
        db.rollback()
        return _replay(existing, method_path, fingerprint)
    if claim_first:
        return _claimed(db, person_id, key, method_path, fingerprint, change, status_code)

    result = _run(db, change)
    encoded = _encode(result)
    db.add(
        IdempotencyKeyRow(
            key=key,
            person_id=person_id,
            method_path=method_path,
            request_hash=fingerprint,
            status_code=status_code if encoded else 204,
            response_body=encoded,
        )
    )
    try:
        db.commit()
    except IntegrityError:
        # Another request with the same key committed first: ours (change included) is undone.
        db.rollback()
        winner = _stored(db, person_id, key)
        if winner is None:
            raise
        return _replay(winner, method_path, fingerprint)
    return _respond(result, status_code)


def _claimed(
    db: Session,
    person_id: int,
    key: str,
    method_path: str,
    fingerprint: str,
    change: Callable[[], Any],
    status_code: int,
) -> Response:
    claim = IdempotencyKeyRow(
        key=key,
        person_id=person_id,
        method_path=method_path,
        request_hash=fingerprint,
        status_code=PENDING,
        response_body="",
    )
    db.add(claim)
    try:
        db.commit()
    except IntegrityError:
        db.rollback()
        winner = _stored(db, person_id, key)
        if winner is None:
            raise
        return _replay(winner, method_path, fingerprint)
    return _run_claimed(db, claim.id, change, status_code)


def _retaken(
    db: Session, row: IdempotencyKeyRow, method_path: str, fingerprint: str
) -> dt.datetime | None:
    """When this request took again the claim of a change of uncertain outcome (or of an
    abandoned one; of two retries at once, one does): the time of the first attempt."""
    if row.method_path != method_path or row.request_hash != fingerprint:
        return None
    now = utcnow()
    abandoned = row.status_code == PENDING and now - row.created_at > ABANDONED
    if row.status_code != UNCERTAIN and not abandoned:
        return None
    # while the outcome is unknown the row's answer holds the first attempt's time, and its
    # created_at the time of the attempt now working (for ABANDONED)
    since = _first_attempt(row)
    taken = db.execute(
        update(IdempotencyKeyRow)
        .where(
            IdempotencyKeyRow.id == row.id,
            IdempotencyKeyRow.status_code == row.status_code,
            IdempotencyKeyRow.created_at == row.created_at,
        )
        .values(status_code=PENDING, created_at=now, response_body=since.isoformat())
        .execution_options(synchronize_session=False)
    )
    db.commit()
    return since if getattr(taken, "rowcount", 0) == 1 else None


def _first_attempt(row: IdempotencyKeyRow) -> dt.datetime:
    try:
        return dt.datetime.fromisoformat(row.response_body)
    except ValueError:
        return row.created_at


def _run_claimed(
    db: Session,
    claim_id: int,
    change: Callable[[], Any],
    status_code: int,
    *,
    retried: bool = False,
) -> Response:
    """Run the change of a claimed key and store its answer. A refusal releases the claim; an
    unknown outcome keeps it as uncertain, and so does any failure of a ``retried`` change
    (the first attempt's outcome is still unknown)."""
    try:
        result = change()
    except BaseException as exc:
        db.rollback()
        if retried or isinstance(exc, OutcomeUnknown):
            db.execute(
                update(IdempotencyKeyRow)
                .where(IdempotencyKeyRow.id == claim_id)
                .values(status_code=UNCERTAIN)
            )
        else:
            db.execute(delete(IdempotencyKeyRow).where(IdempotencyKeyRow.id == claim_id))
        db.commit()
        raise
    encoded = _encode(result)
    db.execute(
        update(IdempotencyKeyRow)
        .where(IdempotencyKeyRow.id == claim_id)
        .values(status_code=status_code if encoded else 204, response_body=encoded)
    )
    db.commit()
    return _respond(result, status_code)


def _run(db: Session, change: Callable[[], Any]) -> Any:
    try:
        return change()
    except BaseException:
        db.rollback()
        raise


def _respond(result: Any, status_code: int) -> Response:
    encoded = _encode(result)
    if not encoded:
        return Response(status_code=204)
    return Response(encoded, status_code=status_code, media_type="application/json")
