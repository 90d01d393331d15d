"""Coroutines run on the Qt loop (qasync), each with an owner, a name and a done-callback.

Starting a task under a name that is still running cancels the older one, so a refresh replaces
the load in flight. Busy state is counted here and cleared in ``finally``; failures go to the
caller's callback or, by default, to the message bridge.
"""

from __future__ import annotations

import asyncio
import logging
import weakref
from collections.abc import Callable, Coroutine
from typing import Any, ClassVar, TypeVar

import shiboken6
from PySide6.QtCore import QObject, Signal

from .errors import describe
from .messages import MessageBridge

log = logging.getLogger("clientdesk.tasks")

T = TypeVar("T")


class TaskRunner(QObject):
    busy_changed = Signal(bool)

    # every runner alive, so that exiting stops every task, whoever owns it
    _alive: ClassVar[weakref.WeakSet[TaskRunner]] = weakref.WeakSet()

    def __init__(self, messages: MessageBridge, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._messages = messages
        self._tasks: dict[str, asyncio.Task[Any]] = {}
        self._busy = 0
        TaskRunner._alive.add(self)

    @classmethod
    async def drain_all(cls, finish: tuple[str, ...] = ()) -> None:
        """Stop the tasks of every runner (but those named in ``finish``, awaited instead)."""
        await asyncio.gather(*(runner.drain(finish) for runner in list(cls._alive)))

    @property
    def busy(self) -> bool:
        return self._busy > 0

    def running(self, name: str) -> bool:
        task = self._tasks.get(name)
        return task is not None and not task.done()

    def run(
        self,
        name: str,
        coro: Coroutine[Any, Any, T],
        on_success: Callable[[T], None] | None = None,
        on_failure: Callable[[BaseException], None] | None = None,
    ) -> asyncio.Task[T]:
        previous = self._tasks.get(name)
        if previous is not None and not previous.done():
            previous.cancel()
        task = asyncio.ensure_future(self._guard(coro))
        self._tasks[name] = task

        def done(finished: asyncio.Task[T]) -> None:
            current = self._tasks.get(name) is finished
            if current:
                del self._tasks[name]
            if finished.cancelled():
                # cancelled before it started (an account switched, the app closing): close the
                # coroutine so that it is not reported as never awaited
                coro.close()
                return
            if not current or not shiboken6.isValid(self):
                # A newer task of the same name replaced this one after it had finished but
                # before this callback ran: its answer is stale (an old filter's page, say). Or
                # the owner is gone: nobody is left to show the answer.
                return
            exc = finished.exception()
            if exc is not None:
                log.info("task %s failed: %s", name, type(exc).__name__)
                if on_failure is not None:
                    on_failure(exc)
                else:
                    self._messages.error(describe(exc))
            elif on_success is not None:
                on_success(finished.result())

        task.add_done_callback(done)
        return task

    async def _guard(self, coro: Coroutine[Any, Any, T]) -> T:
        self._set_busy(+1)
        try:
            return await coro
        finally:
            self._set_busy(-1)

    def _set_busy(self, delta: int) -> None:
        before = self.busy
        self._busy += delta
        # a task may end after its owner (an account's session) was deleted: nobody listens then
        if self.busy != before and shiboken6.isValid(self):
            self.busy_changed.emit(self.busy)

    def cancel_all(self) -> None:
        for task in list(self._tasks.values()):
            task.cancel()
        self._tasks.clear()

    async def drain(self, finish: tuple[str, ...] = ()) -> None:
        """Cancel everything but the tasks named in ``finish``, and wait until all have stopped
        (used on exit: a sign-out in flight ends on the portal and closes its connection)."""
        tasks = list(self._tasks.values())
        for name, task in list(self._tasks.items()):
            if name not in finish:
                task.cancel()
        if tasks:
            await asyncio.gather(*tasks, return_exceptions=True)
        self._tasks.clear()
