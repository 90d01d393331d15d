"""The bounded fan-out behind the all-accounts view: never more than 8 requests in flight, every
answer (and every failure) reported as it comes."""

from __future__ import annotations

import asyncio

from api_client import errors
from app.reseller import CONCURRENCY, bounded


def test_at_most_eight_requests_in_flight_and_every_answer_arrives() -> None:
    in_flight = 0
    peak = 0
    arrived: dict[int, int] = {}
    failed: list[int] = []

    async def work(item: int) -> int:
        nonlocal in_flight, peak
        in_flight += 1
        peak = max(peak, in_flight)
        await asyncio.sleep(0.001 * (item % 5))
        in_flight -= 1
        if item % 10 == 3:
            raise errors.ServerError(503, "busy", "unavailable")
        return item * 2

    asyncio.run(
        bounded(range(100), work, arrived.__setitem__, lambda item, _exc: failed.append(item))
    )
    assert CONCURRENCY == 8
    assert peak == 8
    assert sorted(failed) == [i for i in range(100) if i % 10 == 3]
    assert arrived == {i: i * 2 for i in range(100) if i % 10 != 3}


def test_answers_are_reported_in_the_order_they_arrive() -> None:
    order: list[int] = []

    async def work(item: int) -> int:
        await asyncio.sleep(0.02 if item == 0 else 0.0)
        return item

    asyncio.run(bounded([0, 1, 2], work, lambda item, _r: order.append(item), lambda *_: None))
    assert order[-1] == 0  # the slow one last, the others did not wait for it
