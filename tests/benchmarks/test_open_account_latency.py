"""The open-an-account-at-latency benchmark runs and reports: ``benchmarks/open_account_latency.py``
with one run each way signs in through its delaying proxy, fills the first screen and prints its
figures. The round trips are the app's shape, not the machine's speed, so they are checked; how
fast is the benchmark's to say. ``CLIENTDESK_SKIP_BENCHMARKS=1`` skips it."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

pytestmark = pytest.mark.skipif(
    os.environ.get("CLIENTDESK_SKIP_BENCHMARKS") == "1", reason="benchmarks skipped on request"
)


def test_open_account_benchmark_reports_two_round_trips_after_the_sign_in(
    tmp_path: Path,
) -> None:
    report = tmp_path / "figures.json"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    subprocess.run(
        [
            sys.executable,
            str(ROOT / "benchmarks" / "open_account_latency.py"),
            *("--runs", "1", "--json", str(report)),
        ],
        cwd=ROOT,
        env=env,
        check=True,
        timeout=300,
        capture_output=True,
    )
    figures = json.loads(report.read_text(encoding="utf-8"))
    assert figures["latency_ms"] == 50
    # sign-in, who the person is, the account's first screen: one after the other
    assert figures["round_trips"] == [3], figures
    assert figures["round_trips_after_sign_in"] == [2], figures
    assert figures["requests_after_sign_in"] <= 3, figures  # me, overview, the events' long poll
    assert all(isinstance(v, float) for v in figures["to_data_ms"] + figures["to_data_floor_ms"])
