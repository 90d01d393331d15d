"""The local-first benchmark runs and reports: start-up with a remembered sign-in (from the cache,
then fresh) and account switches from the cache, each with its floor measured in the same run.
How fast is the benchmark's to say, not a test's. ``CLIENTDESK_SKIP_BENCHMARKS=1`` skips it."""

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


def test_local_first_benchmark_reports_its_figures_and_floors(tmp_path: Path) -> None:
    report = tmp_path / "figures.json"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [
            sys.executable,
            str(ROOT / "benchmarks" / "local_first.py"),
            "--runs",
            "2",
            "--json",
            str(report),
        ],
        cwd=ROOT,
        env=env,
        check=True,
        timeout=300,
        capture_output=True,
        text=True,
    )
    figures = json.loads(report.read_text(encoding="utf-8"))
    startup, switch = figures["startup"], figures["switch"]
    for values in (startup["cached_ready_ms"], startup["fresh_ms"], startup["floor_ms"]):
        assert len(values) == 2 and all(isinstance(v, float) for v in values), figures
    # a later start shows the cache before the portal's answer
    assert all(c <= f for c, f in zip(startup["cached_ready_ms"], startup["fresh_ms"], strict=True))
    assert len(switch["cache_ms"]) == 2, "every switch was answered from the cache"
    assert len(switch["floor_ms"]) == 2
    assert "ratio to the floor" in result.stdout
