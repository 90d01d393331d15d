"""How a request's database session ends (``portal.db.finish``) and how the portal's routes render
their answers (``portal.routing.PortalRoute``): a read ends with COMMIT, so PostgreSQL's prepared
statements survive it; a write that was not committed is still thrown away; an answer that is
not exactly the declared model is still validated by FastAPI."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from fastapi import APIRouter, FastAPI
from fastapi.routing import APIRoute
from pydantic import BaseModel
from sqlalchemy import event, func, select, text, update
from sqlalchemy.orm import Session

from portal.app import create_app
from portal.db import Database, finish
from portal.routing import PortalRoute
from portal.tables import StatusComponentRow


@pytest.fixture
def database(empty_database_url: str) -> Iterator[Database]:
    database = Database(empty_database_url)
    yield database
    database.dispose()


def components(database: Database) -> int:
    with database.sessions() as db:
        return db.scalar(select(func.count()).select_from(StatusComponentRow)) or 0


def api_routes(routes: list[Any]) -> Iterator[APIRoute]:
    """The routes of the app's routers, however deep they are included."""
    for route in routes:
        included = getattr(route, "original_router", None)
        if included is not None:
            yield from api_routes(included.routes)
        elif isinstance(route, APIRoute):
            yield route


def test_every_api_route_renders_in_its_own_thread() -> None:
    app = create_app("sqlite://")
    routes = list(api_routes(app.routes))
    assert len(routes) > 50
    assert [r.path for r in routes if not isinstance(r, PortalRoute)] == []


def test_a_read_ends_with_a_commit(database: Database) -> None:
    commits: list[Session] = []
    session = database.sessions()
    event.listen(session, "after_commit", commits.append)
    session.execute(select(StatusComponentRow)).all()
    finish(session)
    assert commits == [session]
    assert not session.in_transaction()


def test_a_write_left_uncommitted_is_rolled_back(database: Database) -> None:
    before = components(database)
    session = database.sessions()
    session.add(StatusComponentRow(name="Correo", component_group="Hosting", status="ok"))
    session.flush()
    finish(session)
    assert components(database) == before

    with database.sessions() as db:
        db.add(StatusComponentRow(name="Web", component_group="Hosting", status="ok"))
        db.commit()
    session = database.sessions()
    session.execute(update(StatusComponentRow).values(status="down"))  # no flush: a statement
    finish(session)
    with database.sessions() as db:
        assert db.scalars(select(StatusComponentRow.status)).all() == ["ok"]


def test_a_write_committed_then_read_again_ends_with_a_commit(database: Database) -> None:
    session = database.sessions()
    session.add(StatusComponentRow(name="DNS", component_group="Red", status="ok"))
    session.commit()
    commits: list[Session] = []
    event.listen(session, "after_commit", commits.append)
    session.execute(select(StatusComponentRow)).all()
    finish(session)
    assert commits == [session]
    assert components(database) == 1


def test_prepared_statements_survive_the_end_of_a_request(
    database: Database, empty_database_url: str
) -> None:
    if not empty_database_url.startswith("postgresql"):
        pytest.skip("prepared statements are PostgreSQL's")
    database.engine.pool.dispose()
    for _ in range(8):  # psycopg prepares a query on its fifth run on a connection
        session = database.sessions()
        session.execute(select(StatusComponentRow.id).where(StatusComponentRow.id > 0)).all()
        finish(session)
    with database.engine.connect() as connection:
        prepared = connection.execute(
            text(
                "SELECT count(*) FROM pg_prepared_statements WHERE statement LIKE '%status_components%'"
            )
        ).scalar()
    assert prepared and prepared >= 1


class Thing(BaseModel):
    name: str
    size: int


async def test_a_route_answers_as_fastapi_would() -> None:
    router = APIRouter(route_class=PortalRoute)

    @router.get("/thing", response_model=Thing)
    def thing() -> Thing:
        return Thing(name="año", size=2)

    @router.post("/things", response_model=list[Thing], status_code=201)
    def things() -> list[Thing]:
        return [Thing(name="a", size=1), Thing(name="b", size=2)]

    @router.get("/loose", response_model=Thing)
    def loose() -> dict[str, object]:
        return {"name": "x", "size": "3", "extra": True}  # FastAPI validates and filters it

    @router.get("/wrong", response_model=Thing)
    def wrong() -> dict[str, object]:
        return {"name": "x"}

    app = FastAPI()
    app.include_router(router)
    plain = FastAPI()
    plain_router = APIRouter()
    for route in router.routes:
        assert isinstance(route, PortalRoute)
    plain_router.get("/thing", response_model=Thing)(lambda: Thing(name="año", size=2))
    plain.include_router(plain_router)
    async with (
        httpx.AsyncClient(
            transport=httpx.ASGITransport(app=app, raise_app_exceptions=False), base_url="http://t"
        ) as client,
        httpx.AsyncClient(transport=httpx.ASGITransport(app=plain), base_url="http://t") as other,
    ):
        ours, theirs = await client.get("/thing"), await other.get("/thing")
        assert (ours.status_code, ours.content, ours.headers["content-type"]) == (
            theirs.status_code,
            theirs.content,
            theirs.headers["content-type"],
        )
        made = await client.post("/things")
        assert made.status_code == 201
        assert made.json() == [{"name": "a", "size": 1}, {"name": "b", "size": 2}]
        assert (await client.get("/loose")).json() == {"name": "x", "size": 3}
        assert (await client.get("/wrong")).status_code == 500
