"""More of the Idempotency-Key store's promises (``portal.idempotency``): which keys are
accepted, that one key serves one request (same method, path and body), that empty answers
replay as empty answers, that the stored fingerprint never changes between versions, and what
happens without a key."""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from fastapi import FastAPI, Request
from fastapi.responses import Response
from pydantic import BaseModel
from sqlalchemy import select
from sqlalchemy.exc import IntegrityError

from portal.auth import DB
from portal.errors import install_handlers
from portal.idempotency import IdempotencyKey, idempotent, request_fingerprint
from portal.tables import AuditRow, ClientRow, IdempotencyKeyRow, PersonRow

from .books import Books, count


class Note(BaseModel):
    text: str


@pytest.fixture
def books() -> Iterator[Books]:
    store = Books()
    with store.sessions() as db:
        db.add(PersonRow(id=1, email="a@example.com", name="A", password_hash="x"))
        db.commit()
    yield store
    store.dispose()


@pytest.fixture
def app(books: Books) -> FastAPI:
    app = FastAPI()
    app.state.database = books
    install_handlers(app)

    def write(db: Any, text: str) -> None:
        db.add(AuditRow(client_id=None, person_id=1, action="note", detail=text))

    @app.post("/notes")
    def add_note(
        body: Note, request: Request, db: DB, idempotency_key: IdempotencyKey = None
    ) -> Response:
        def change() -> dict[str, str]:
            write(db, body.text)
            return {"saved": body.text}

        return idempotent(db, request, 1, idempotency_key, body, change)

    @app.post("/notes/quiet")
    def add_quiet_note(
        body: Note, request: Request, db: DB, idempotency_key: IdempotencyKey = None
    ) -> Response:
        def change() -> None:
            write(db, body.text)

        return idempotent(db, request, 1, idempotency_key, body, change, status_code=201)

    @app.post("/notes/model")
    def add_note_model(
        body: Note, request: Request, db: DB, idempotency_key: IdempotencyKey = None
    ) -> Response:
        def change() -> Note:
            write(db, body.text)
            return Note(text=body.text.upper())

        return idempotent(db, request, 1, idempotency_key, body, change, status_code=201)

    @app.post("/clients")
    def add_client(request: Request, db: DB, idempotency_key: IdempotencyKey = None) -> Response:
        def change() -> dict[str, str]:
            # breaks a unique constraint of its own, found only at commit
            db.add(ClientRow(first_name="A", last_name="B", email="dup@example.com"))
            return {"ok": "yes"}

        return idempotent(db, request, 1, idempotency_key, None, change)

    return app


def client(app: FastAPI) -> httpx.AsyncClient:
    return httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://test")


def stored_keys(books: Books) -> int:
    with books.sessions() as db:
        return count(db, IdempotencyKeyRow)


def notes(books: Books) -> list[str]:
    with books.sessions() as db:
        return list(db.scalars(select(AuditRow.detail).order_by(AuditRow.id)))


async def test_keys_of_1_to_200_characters_are_accepted_longer_are_refused(
    app: FastAPI, books: Books
) -> None:
    async with client(app) as http:
        short = await http.post("/notes", json={"text": "a"}, headers={"Idempotency-Key": "x"})
        long = await http.post("/notes", json={"text": "b"}, headers={"Idempotency-Key": "k" * 200})
        too_long = await http.post(
            "/notes", json={"text": "c"}, headers={"Idempotency-Key": "k" * 201}
        )
    assert short.status_code == 200 and long.status_code == 200
    assert too_long.status_code == 422
    assert notes(books) == ["a", "b"]


async def test_without_a_key_the_change_runs_and_is_committed(app: FastAPI, books: Books) -> None:
    async with client(app) as http:
        answer = await http.post("/notes", json={"text": "sin clave"})
    assert answer.status_code == 200
    assert answer.json() == {"saved": "sin clave"}
    assert notes(books) == ["sin clave"]
    assert stored_keys(books) == 0


async def test_a_key_serves_one_request_only(app: FastAPI, books: Books) -> None:
    async with client(app) as http:
        first = await http.post("/notes", json={"text": "a"}, headers={"Idempotency-Key": "k"})
        other_path = await http.post(
            "/notes/model", json={"text": "a"}, headers={"Idempotency-Key": "k"}
        )
        other_body = await http.post("/notes", json={"text": "b"}, headers={"Idempotency-Key": "k"})
        again = await http.post("/notes", json={"text": "a"}, headers={"Idempotency-Key": "k"})
    assert first.status_code == 200
    for refused in (other_path, other_body):
        assert refused.status_code == 409
        assert refused.json()["code"] == "idempotency_key_reused"
    assert again.status_code == 200 and again.json() == {"saved": "a"}
    assert notes(books) == ["a"]


async def test_an_empty_answer_is_204_and_replays_as_204(app: FastAPI, books: Books) -> None:
    async with client(app) as http:
        first = await http.post(
            "/notes/quiet", json={"text": "q"}, headers={"Idempotency-Key": "q"}
        )
        again = await http.post(
            "/notes/quiet", json={"text": "q"}, headers={"Idempotency-Key": "q"}
        )
        no_key = await http.post("/notes/quiet", json={"text": "r"})
    assert first.status_code == again.status_code == no_key.status_code == 204
    assert first.content == again.content == no_key.content == b""
    assert again.headers["Idempotent-Replayed"] == "true"
    assert notes(books) == ["q", "r"]
    with books.sessions() as db:
        stored = db.scalar(select(IdempotencyKeyRow).where(IdempotencyKeyRow.key == "q"))
        assert stored is not None and stored.status_code == 204 and stored.response_body == ""


async def test_a_model_answer_replays_with_its_status(app: FastAPI, books: Books) -> None:
    async with client(app) as http:
        first = await http.post(
            "/notes/model", json={"text": "ñandú"}, headers={"Idempotency-Key": "m"}
        )
        again = await http.post(
            "/notes/model", json={"text": "ñandú"}, headers={"Idempotency-Key": "m"}
        )
    assert first.status_code == again.status_code == 201
    assert first.json() == again.json() == {"text": "ÑANDÚ"}
    assert first.headers["content-type"] == "application/json"
    assert notes(books) == ["ñandú"]


async def test_a_change_breaking_its_own_constraint_is_not_taken_for_a_race(
    app: FastAPI, books: Books
) -> None:
    with books.sessions() as db:
        db.add(ClientRow(first_name="A", last_name="B", email="dup@example.com"))
        db.commit()
    async with client(app) as http:
        with pytest.raises(IntegrityError):
            await http.post("/clients", headers={"Idempotency-Key": "dup"})
    assert stored_keys(books) == 0


def test_the_fingerprint_is_the_sha256_of_the_canonical_json() -> None:
    # stored fingerprints must stay comparable across versions: a retry may reach an upgraded portal
    canonical = '{"a":[1,2],"nombre":"Muñoz","z":null}'
    expected = hashlib.sha256(canonical.encode()).hexdigest()
    assert request_fingerprint({"z": None, "nombre": "Muñoz", "a": [1, 2]}) == expected
    assert request_fingerprint({"a": [1, 2], "nombre": "Muñoz", "z": None}) == expected
    assert request_fingerprint(Note(text="x")) == request_fingerprint({"text": "x"})
    assert request_fingerprint(None) == hashlib.sha256(b"null").hexdigest()
