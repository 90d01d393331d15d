"""TaskRunner: a newer task of the same name wins, even over an answer that was already in."""

from __future__ import annotations

import asyncio

from app.messages import MessageBridge
from app.tasks import TaskRunner


async def answer(value: str) -> str:
    return value


def test_a_replaced_task_never_delivers_its_answer(qapp: object) -> None:
    loop = asyncio.new_event_loop()
    try:
        runner = TaskRunner(MessageBridge())
        got: list[str] = []

        async def scenario() -> None:
            runner.run("page", answer("old filter"), got.append)
            await asyncio.sleep(0)  # the first task finishes; its callback is only scheduled
            runner.run("page", answer("new filter"), got.append)
            await asyncio.sleep(0.01)

        loop.run_until_complete(scenario())
        assert got == ["new filter"]
    finally:
        loop.close()
