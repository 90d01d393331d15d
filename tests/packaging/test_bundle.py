"""Build the PyInstaller bundle and start it offscreen with ``--demo`` (scripts/build_bundle.py).

Slow (a build takes about half a minute), so it runs only with CLIENTDESK_BUILD_BUNDLE=1. The
script's report (size, build time, start-up times) is printed; run pytest with ``-s`` to see it.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

pytestmark = pytest.mark.skipif(
    os.environ.get("CLIENTDESK_BUILD_BUNDLE") != "1",
    reason="set CLIENTDESK_BUILD_BUNDLE=1 to build the bundle (slow)",
)


@pytest.mark.timeout(900)
@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the smoke run checks Linux paths")
def test_bundle_builds_and_starts(tmp_path: Path) -> None:
    report_file = tmp_path / "report.json"
    done = subprocess.run(
        [
            sys.executable,
            str(ROOT / "scripts" / "build_bundle.py"),
            *("--runs", "3", "--json", str(report_file)),
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=850,
    )
    print(done.stdout)
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-6000:]
    report = json.loads(report_file.read_text(encoding="utf-8"))
    assert report["median_start_ms"] is not None
    assert len(report["warm_start_ms"]) == 3
    assert report["bundle_mib"] < 250
