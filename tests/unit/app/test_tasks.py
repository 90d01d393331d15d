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


def test_a_task_ending_after_its_owner_was_deleted_is_quiet(qapp: object) -> None:
    import shiboken6

    loop = asyncio.new_event_loop()
    try:
        messages = MessageBridge()
        heard: list[str] = []
        messages.message.connect(lambda _level, text: heard.append(text))
        runner = TaskRunner(messages)
        got: list[str] = []

        async def scenario() -> None:
            task = runner.run("page", answer("late"), got.append)
            shiboken6.delete(runner)  # the session that owned it is gone
            await asyncio.gather(task, return_exceptions=True)

        loop.run_until_complete(scenario())
        assert got == [], "nobody is left to show the answer, and nothing is raised"
        assert heard == []
    finally:
        loop.close()
