"""How long `clientdesk --demo` takes from start to the account data on screen.

    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/demo_startup.py [--runs 7]

Each run starts the app as a user would (`python -m app --demo --exit-when-ready`), offscreen,
with its own settings and data folders; the app prints `ready <ms>` when the signed-in window
shows the account's details (milliseconds since the entry module was imported), then exits.
"first" runs start on an empty data folder (the demo portal's database is created and seeded);
"again" runs reuse it. Also reported: wall time of the whole process (interpreter start to exit).
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def one_run(folder: Path) -> tuple[float, float]:
    env = dict(os.environ)
    env.update(
        QT_QPA_PLATFORM=env.get("QT_QPA_PLATFORM", "offscreen"),
        XDG_DATA_HOME=str(folder / "data"),
        XDG_CONFIG_HOME=str(folder / "config"),
        DBUS_SESSION_BUS_ADDRESS="disabled:",
    )
    started = time.perf_counter()
    result = subprocess.run(
        [sys.executable, "-m", "app", "--demo", "--exit-when-ready"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    wall = (time.perf_counter() - started) * 1000
    ready = [line for line in result.stdout.splitlines() if line.startswith("ready ")]
    if result.returncode != 0 or not ready:
        raise SystemExit(f"run failed ({result.returncode}):\n{result.stdout}\n{result.stderr}")
    return float(ready[0].split()[1]), wall


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    first: list[tuple[float, float]] = []
    again: list[tuple[float, float]] = []
    for _ in range(args.runs):
        with tempfile.TemporaryDirectory() as tmp:
            folder = Path(tmp)
            first.append(one_run(folder))
            again.append(one_run(folder))
    for name, runs in (("first start (seeds the demo)", first), ("later start", again)):
        ready = statistics.median(r for r, _ in runs)
        wall = statistics.median(w for _, w in runs)
        print(
            f"{name}: data on screen {ready:.0f} ms, process wall {wall:.0f} ms (median of {len(runs)})"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
