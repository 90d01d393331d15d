"""The connection state's reconnection waits: doubling, bounded, half of each a random jitter."""

from __future__ import annotations

import pytest

from app.connection_state import backoff_delay


@pytest.mark.parametrize("attempt", range(12))
def test_each_wait_is_between_half_and_all_of_a_doubling_bounded_ceiling(attempt: int) -> None:
    ceiling = min(60.0, 1.0 * 2**attempt)
    assert backoff_delay(attempt, 1.0, 60.0, rng=lambda: 0.0) == ceiling / 2
    assert backoff_delay(attempt, 1.0, 60.0, rng=lambda: 0.999999) == pytest.approx(ceiling)


def test_desktops_that_lost_the_portal_together_do_not_come_back_together() -> None:
    waits = {round(backoff_delay(3), 6) for _ in range(50)}
    assert len(waits) > 40, "the jitter spreads them"
    assert all(4.0 <= wait <= 8.0 for wait in waits)
    assert backoff_delay(10_000) <= 60.0, "a long outage never waits past the bound"
