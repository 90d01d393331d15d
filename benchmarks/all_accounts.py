"""How long the all-accounts view takes to fill for a reseller with many accounts, and the longest
pause of the UI thread meanwhile.

It fills a fresh SQLite database with ``clientdesk-portal seed-large`` (timed), serves it with
``python -m portal`` in a separate process on loopback (so the portal's own CPU does not count
against the UI thread), signs in as the demo reseller and fills the real all-accounts view
(``ui.reseller.AllAccountsPage``, shown in a window) ``--runs`` times. A QTimer ticking every
5 ms records the gaps between its ticks: the longest gap is the longest the UI thread was busy.

    python benchmarks/all_accounts.py                    # 500 accounts, 50,000 invoices, 5,000 domains
    python benchmarks/all_accounts.py --accounts 60 --invoices 3000 --domains 600 --runs 3
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_API", "pyside6")

TICK_MS = 5


@dataclass
class Result:
    accounts: int
    seed_seconds: float
    fill_seconds: list[float]
    max_pause_ms: float

    @property
    def median_fill(self) -> float:
        return statistics.median(self.fill_seconds)


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def seed(database_url: str, accounts: int, invoices: int, domains: int) -> float:
    started = time.perf_counter()
    subprocess.run(
        [
            sys.executable,
            "-m",
            "portal",
            "seed-large",
            "--accounts",
            str(accounts),
            "--invoices",
            str(invoices),
            "--domains",
            str(domains),
        ],
        cwd=ROOT,
        env={**os.environ, "CLIENTDESK_DATABASE_URL": database_url},
        check=True,
        stdout=subprocess.DEVNULL,
    )
    return time.perf_counter() - started


class PortalProcess:
    """``python -m portal serve`` (``--demo``: filled with the demo data) on a free loopback
    port, until ``stop``. The benchmarks that need a portal in a process of its own use it."""

    def __init__(self, database_url: str, *, demo: bool = False) -> None:
        self.port = _free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self._process = subprocess.Popen(
            [
                *(sys.executable, "-m", "portal", "serve"),
                *(("--demo",) if demo else ()),
                *("--port", str(self.port)),
            ],
            cwd=ROOT,
            env={**os.environ, "CLIENTDESK_DATABASE_URL": database_url},
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )

    def wait_ready(self, timeout: float = 60.0) -> None:
        import httpx

        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self._process.poll() is not None:
                raise RuntimeError("the portal process ended")
            try:
                if httpx.get(f"{self.url}/api/v1/health", timeout=1).status_code == 200:
                    return
            except httpx.HTTPError:
                pass
            time.sleep(0.05)
        raise RuntimeError("the portal did not start in time")

    def stop(self) -> None:
        self._process.terminate()
        try:
            self._process.wait(10)
        except subprocess.TimeoutExpired:
            self._process.kill()
            self._process.wait()


def fill_view(url: str, runs: int) -> tuple[list[float], float]:
    """Fill the all-accounts view ``runs`` times; (fill seconds of each run, longest pause ms)."""
    import qasync
    from PySide6.QtCore import QElapsedTimer, QTimer
    from PySide6.QtWidgets import QApplication

    from api_client import PortalClient
    from app.messages import MessageBridge
    from app.reseller import Portfolio
    from portal.demo import DEMO_PASSWORD
    from portal.seed_large import RESELLER_EMAIL
    from ui.reseller import AllAccountsPage

    app = QApplication.instance() or QApplication([])
    loop = qasync.QEventLoop(app, already_running=False)
    asyncio.set_event_loop(loop)
    page = AllAccountsPage()
    page.resize(1200, 700)
    page.show()
    messages = MessageBridge()
    pauses: list[float] = []
    clock = QElapsedTimer()
    watchdog = QTimer()
    watchdog.setInterval(TICK_MS)
    last = [0.0]

    def tick() -> None:
        now = clock.nsecsElapsed() / 1e6
        if last[0]:
            pauses.append(now - last[0])
        last[0] = now

    watchdog.timeout.connect(tick)

    async def main() -> list[float]:
        client = PortalClient(url)
        try:
            await client.auth.login(RESELLER_EMAIL, DEMO_PASSWORD)
            me = await client.me()
            times = []
            for _ in range(runs):
                portfolio = Portfolio(client, me.accounts, messages)
                page.bind(portfolio)
                done = asyncio.get_running_loop().create_future()
                portfolio.finished.connect(
                    lambda seconds, f=done: f.done() or f.set_result(seconds)
                )
                await asyncio.sleep(0.2)  # settle: what is measured is the fill alone
                pauses.clear()
                last[0] = 0.0
                clock.start()
                watchdog.start()
                started = time.perf_counter()
                portfolio.load()
                await done
                await asyncio.sleep(0.1)  # the last batched repaint
                times.append(time.perf_counter() - started)
                watchdog.stop()
                assert all(row.summary is not None for row in portfolio.rows), "rows missing"
                run_pauses.append(max(pauses) if pauses else 0.0)
                page.bind(None)
                portfolio.deleteLater()
            return times
        finally:
            await client.aclose()

    run_pauses: list[float] = []
    try:
        times = loop.run_until_complete(main())
    finally:
        page.close()
        loop.run_until_complete(loop.shutdown_asyncgens())
        loop.close()
        asyncio.set_event_loop(None)
    # the longest gap between two 5 ms ticks, less the tick itself: how long the thread was busy
    return times, max(run_pauses) - TICK_MS


def measure(accounts: int, invoices: int, domains: int, runs: int, folder: Path) -> Result:
    database_url = f"sqlite:///{folder / 'large.sqlite3'}"
    seconds = seed(database_url, accounts, invoices, domains)
    portal = PortalProcess(database_url)
    try:
        portal.wait_ready()
        times, pause = fill_view(portal.url, runs)
    finally:
        portal.stop()
    return Result(accounts, seconds, times, pause)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--accounts", type=int, default=500)
    parser.add_argument("--invoices", type=int, default=50_000)
    parser.add_argument("--domains", type=int, default=5_000)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--json", type=Path, help="also write the figures to this JSON file")
    args = parser.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    with tempfile.TemporaryDirectory() as folder:
        result = measure(args.accounts, args.invoices, args.domains, args.runs, Path(folder))
    fills = ", ".join(f"{s:.2f}" for s in result.fill_seconds)
    print(
        f"seed-large: {args.accounts} accounts, {args.invoices} invoices, {args.domains} domains "
        f"in {result.seed_seconds:.1f} s (including interpreter start)"
    )
    print(
        f"all-accounts view filled in {result.median_fill:.2f} s (median of {args.runs}: {fills})"
    )
    print(f"longest UI-thread pause while filling: {result.max_pause_ms:.1f} ms")
    if args.json is not None:
        figures = {
            "accounts": result.accounts,
            "seed_seconds": round(result.seed_seconds, 3),
            "fill_seconds": [round(s, 3) for s in result.fill_seconds],
            "median_fill_seconds": round(result.median_fill, 3),
            "max_pause_ms": round(result.max_pause_ms, 1),
        }
        args.json.write_text(json.dumps(figures, indent=2) + "\n", encoding="utf-8")
    sys.stdout.flush()
    return 0


if __name__ == "__main__":
    code = main()
    # Skip the interpreter's final garbage collection of Qt objects (it can crash in
    # PySide's teardown after the measurement has been printed).
    os._exit(code)
