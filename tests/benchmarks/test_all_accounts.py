"""The all-accounts benchmark runs and reports: the fast variant of ``benchmarks/all_accounts.py``
(60 accounts, portal in its own process) fills every account and prints its figures. How fast is
the benchmark's to say, not a test's (a busy machine is slower, not wrong).
``CLIENTDESK_SKIP_BENCHMARKS=1`` skips it."""

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


def test_all_accounts_benchmark_fills_every_account_and_reports(tmp_path: Path) -> None:
    report = tmp_path / "figures.json"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    subprocess.run(
        [
            sys.executable,
            str(ROOT / "benchmarks" / "all_accounts.py"),
            "--accounts",
            "60",
            "--invoices",
            "3000",
            "--domains",
            "600",
            "--runs",
            "3",
            "--json",
            str(report),
        ],
        cwd=ROOT,
        env=env,
        check=True,
        timeout=300,
        capture_output=True,
    )
    figures = json.loads(report.read_text(encoding="utf-8"))
    assert figures["accounts"] == 60
    assert len(figures["fill_seconds"]) == 3
    # the figures are reported (numbers), whatever they are: how fast is the benchmark's to say
    assert all(isinstance(value, float) for value in figures["fill_seconds"]), figures
    assert isinstance(figures["max_pause_ms"], float), figures
