"""The Idempotency-Key store: a retry replays the first answer, the change never runs twice."""

from __future__ import annotations

from collections.abc import Iterator

import httpx
import pytest
from fastapi import FastAPI, Request
from fastapi.responses import Response
from pydantic import BaseModel
from sqlalchemy import func, select

from portal.app import create_app
from portal.audit import record
from portal.auth import DB
from portal.errors import PortalHTTPError
from portal.idempotency import IdempotencyKey, idempotent, request_fingerprint
from portal.tables import AuditRow, IdempotencyKeyRow, PersonRow


class Charge(BaseModel):
    amount: str


class Receipt(BaseModel):
    charge_number: int
    amount: str


@pytest.fixture
def app(empty_database_url: str) -> Iterator[FastAPI]:
    app = create_app(empty_database_url)
    with app.state.database.sessions() as db:
        db.add(PersonRow(id=1, email="a@example.com", name="A", password_hash="x"))
        db.commit()
    hooks: dict[str, object] = {}
    app.state.hooks = hooks

    @app.post("/test/charge", status_code=201)
    def charge(
        body: Charge, request: Request, db: DB, idempotency_key: IdempotencyKey = None
    ) -> Response:
        def change() -> Receipt:
            if body.amount == "refuse":
                raise PortalHTTPError(409, "refused", "no")
            record(db, None, 1, "charged", body.amount)
            during = hooks.get("during")
            if callable(during):
                during()
            done = db.scalar(select(func.count()).select_from(AuditRow)) or 0
            return Receipt(charge_number=done, amount=body.amount)

        return idempotent(
            db, request, 1, idempotency_key, body, change, status_code=201, required=False
        )

    yield app
    app.state.database.dispose()


def client(app: FastAPI) -> httpx.AsyncClient:
    return httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://test")


def charges(app: FastAPI) -> int:
    with app.state.database.sessions() as db:
        return db.scalar(select(func.count()).select_from(AuditRow)) or 0


async def test_same_key_replays_the_first_answer_and_runs_once(app: FastAPI) -> None:
    async with client(app) as http:
        first = await http.post(
            "/test/charge", json={"amount": "10"}, headers={"Idempotency-Key": "k1"}
        )
        again = await http.post(
            "/test/charge", json={"amount": "10"}, headers={"Idempotency-Key": "k1"}
        )
    assert first.status_code == again.status_code == 201
    assert first.json() == again.json() == {"charge_number": 1, "amount": "10"}
    assert again.headers["Idempotent-Replayed"] == "true"
    assert "Idempotent-Replayed" not in first.headers
    assert charges(app) == 1


async def test_same_key_for_another_body_is_refused(app: FastAPI) -> None:
    async with client(app) as http:
        await http.post("/test/charge", json={"amount": "10"}, headers={"Idempotency-Key": "k1"})
        other = await http.post(
            "/test/charge", json={"amount": "99"}, headers={"Idempotency-Key": "k1"}
        )
    assert other.status_code == 409
    assert other.json()["code"] == "idempotency_key_reused"
    assert charges(app) == 1


async def test_without_a_key_every_request_runs(app: FastAPI) -> None:
    async with client(app) as http:
        await http.post("/test/charge", json={"amount": "10"})
        await http.post("/test/charge", json={"amount": "10"})
    assert charges(app) == 2


async def test_a_refusal_is_not_stored_and_the_key_stays_usable(app: FastAPI) -> None:
    async with client(app) as http:
        refused = await http.post(
            "/test/charge", json={"amount": "refuse"}, headers={"Idempotency-Key": "k2"}
        )
        assert refused.status_code == 409 and refused.json()["code"] == "refused"
        with app.state.database.sessions() as db:
            assert db.scalar(select(func.count()).select_from(IdempotencyKeyRow)) == 0
        # nothing was stored under the key: a later request with it is judged afresh
        ok = await http.post(
            "/test/charge", json={"amount": "10"}, headers={"Idempotency-Key": "k2"}
        )
        assert ok.status_code == 201
    assert charges(app) == 1


async def test_a_concurrent_request_with_the_same_key_is_undone_and_replays_the_winner(
    app: FastAPI,
) -> None:
    def winner_commits_first() -> None:
        with app.state.database.sessions() as other:
            other.add(
                IdempotencyKeyRow(
                    key="race",
                    person_id=1,
                    method_path="POST /test/charge",
                    request_hash=request_fingerprint({"amount": "10"}),
                    status_code=201,
                    response_body='{"charge_number": 41, "amount": "10"}',
                )
            )
            other.commit()

    app.state.hooks["during"] = winner_commits_first
    async with client(app) as http:
        loser = await http.post(
            "/test/charge", json={"amount": "10"}, headers={"Idempotency-Key": "race"}
        )
    assert loser.status_code == 201
    assert loser.json() == {"charge_number": 41, "amount": "10"}
    assert loser.headers["Idempotent-Replayed"] == "true"
    assert charges(app) == 0, "the losing request's change was rolled back"


async def test_keys_are_per_person(app: FastAPI) -> None:
    with app.state.database.sessions() as db:
        db.add(PersonRow(id=2, email="b@example.com", name="B", password_hash="x"))
        db.flush()
        db.add(
            IdempotencyKeyRow(
                key="shared",
                person_id=2,
                method_path="POST /test/charge",
                request_hash="0" * 64,
                status_code=201,
                response_body="{}",
            )
        )
        db.commit()
    async with client(app) as http:
        mine = await http.post(
            "/test/charge", json={"amount": "5"}, headers={"Idempotency-Key": "shared"}
        )
    assert mine.json() == {"charge_number": 1, "amount": "5"}
