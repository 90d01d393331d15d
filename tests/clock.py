"""Markers about the clock the tests run under."""

from __future__ import annotations

import os

import pytest

# Under libfaketime (the suite run "at 03:00" or "at 23:30"), every process restarts the faked
# clock when it starts, so two portal processes disagree on the time by their start delay, and
# the timed waits of a LISTEN reconnection no longer keep real time. The few tests of those
# mechanisms need a real clock; every other test runs under faketime too.
needs_real_clock = pytest.mark.skipif(
    "faketime" in os.environ.get("LD_PRELOAD", ""),
    reason="libfaketime skews the clocks of separate processes and timed reconnection waits",
)
