"""Opening an account at 50 ms of latency per request: the desktop signs in through a loopback
TCP proxy that delays every byte, and the round trips it waited for, the requests it sent and
the time from the sign-in to the account's first screen filled with the portal's data are
printed beside the floor measured in the same run (the same sign-in through the same proxy at
no added latency); medians of several runs, the two kinds interleaved.

The proxy (asyncio, in a thread of its own so that the UI thread's work does not delay it)
holds each chunk, in each direction, for half the round-trip time, in order; a new connection
first pays one round trip more (the TCP handshake the real network would have). It reads the
HTTP/1.1 request lines going through and notes when each answer's first bytes reach the
desktop: the round trips are the longest chain of requests each sent after an earlier one's
answer arrived (the events feed's long poll, a wait for what has not happened, left out).

The portal runs in a process of its own (``python -m portal serve --demo``) on a SQLite file;
each run signs in on a fresh data folder (no local cache: what is timed is the network).

    QT_QPA_PLATFORM=offscreen python benchmarks/open_account_latency.py [--runs 7] [--latency-ms 50]
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import re
import statistics
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import parse_qs

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_API", "pyside6")

from benchmarks.all_accounts import PortalProcess  # noqa: E402 - after the path is set

REQUEST_LINE = re.compile(rb"(GET|POST|PUT|PATCH|DELETE) (/\S*) HTTP/1\.1\r\n")


@dataclass
class Request:
    at: float  # time.perf_counter() when the proxy received it from the desktop
    method: str
    path: str
    query: str
    answered: float | None = None  # when its answer's first bytes reached the desktop

    @property
    def long_poll(self) -> bool:
        """The events feed waiting for what has not happened yet (``?wait=``): no data of the
        screen is in it, so it is no round trip the screen waits for."""
        wait = parse_qs(self.query).get("wait", ["0"])[0]
        return self.path.endswith("/events") and float(wait) > 0


def depth(requests: list[Request]) -> int:
    """The round trips one after the other: the longest chain of requests each sent after an
    earlier one's answer had reached the desktop (requests in flight together count once; the
    events feed's long poll is left out)."""
    requests = [r for r in requests if not r.long_poll]
    chain: list[int] = []
    for i, request in enumerate(requests):
        before = [
            chain[j]
            for j, earlier in enumerate(requests[:i])
            if earlier.answered is not None and earlier.answered <= request.at
        ]
        chain.append(1 + max(before, default=0))
    return max(chain, default=0)


LOGIN = "/api/v1/auth/login"


@dataclass
class _Connection:
    # the request whose answer has not started yet (HTTP/1.1: one at a time, answered in order)
    waiting: list[Request] = field(default_factory=list)


@dataclass
class LatencyProxy:
    """A loopback TCP proxy to ``upstream_port`` that adds ``latency`` (seconds, one round
    trip) to every request; ``requests`` lists the HTTP requests it passed on."""

    upstream_port: int
    latency: float = 0.0
    requests: list[Request] = field(default_factory=list)
    connections: int = 0
    port: int = 0
    # when the answer to the sign-in's POST /auth/login reached the desktop (its first bytes)
    signed_in_at: float | None = None

    def __post_init__(self) -> None:
        self._loop = asyncio.new_event_loop()
        self._started = threading.Event()
        self._lock = threading.Lock()
        self._thread = threading.Thread(target=self._run, name="latency-proxy", daemon=True)

    def start(self) -> None:
        self._thread.start()
        self._started.wait(10)

    def stop(self) -> None:
        self._loop.call_soon_threadsafe(self._loop.stop)
        self._thread.join(10)

    def reset(self, latency: float) -> None:
        with self._lock:
            self.latency = latency
            self.requests = []
            self.connections = 0
            self.signed_in_at = None

    def seen(self) -> list[Request]:
        with self._lock:
            return list(self.requests)

    def _run(self) -> None:
        asyncio.set_event_loop(self._loop)
        server = self._loop.run_until_complete(asyncio.start_server(self._serve, "127.0.0.1", 0))
        self.port = int(server.sockets[0].getsockname()[1])
        self._started.set()
        try:
            self._loop.run_forever()
        finally:
            server.close()
            self._loop.close()

    async def _serve(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        accepted = time.perf_counter()
        with self._lock:
            self.connections += 1
            latency = self.latency
        try:
            up_reader, up_writer = await asyncio.open_connection("127.0.0.1", self.upstream_port)
        except OSError:
            writer.close()
            return
        # the handshake: nothing the desktop sends reaches the portal before one round trip
        ready = accepted + latency
        connection = _Connection()
        await asyncio.gather(
            self._pump(reader, up_writer, latency / 2, ready, connection, count=True),
            self._pump(up_reader, writer, latency / 2, accepted, connection, count=False),
            return_exceptions=True,
        )

    async def _pump(
        self,
        source: asyncio.StreamReader,
        sink: asyncio.StreamWriter,
        delay: float,
        not_before: float,
        connection: _Connection,
        *,
        count: bool,
    ) -> None:
        """Copy ``source`` to ``sink``, each chunk ``delay`` seconds after it arrived (and not
        before ``not_before``), in order: a delay line, so that chunks in flight overlap."""
        line: asyncio.Queue[tuple[float, bytes]] = asyncio.Queue()
        tail = b""

        async def deliver() -> None:
            while True:
                due, chunk = await line.get()
                wait = due - time.perf_counter()
                if wait > 0:
                    await asyncio.sleep(wait)
                if not chunk:
                    break
                sink.write(chunk)
                await sink.drain()
                if not count and connection.waiting:
                    # HTTP/1.1 answers in order: the first bytes after a request are its answer
                    answered = connection.waiting.pop(0)
                    answered.answered = time.perf_counter()
                    if (answered.method, answered.path) == ("POST", LOGIN):
                        self.signed_in_at = answered.answered
            sink.close()

        delivering = asyncio.ensure_future(deliver())
        try:
            while True:
                chunk = await source.read(65536)
                now = time.perf_counter()
                if count and chunk:
                    tail = self._count(tail + chunk, now, connection)
                line.put_nowait((max(now, not_before) + delay, chunk))
                if not chunk:
                    break
        except ConnectionError:
            line.put_nowait((0.0, b""))
        await delivering

    def _count(self, data: bytes, now: float, connection: _Connection) -> bytes:
        """Note the request lines in ``data``; what follows the last full line is kept for the
        next chunk (a request line cut in two is counted once)."""
        end = 0
        for match in REQUEST_LINE.finditer(data):
            path, _, query = match.group(2).decode().partition("?")
            request = Request(now, match.group(1).decode(), path, query)
            connection.waiting.append(request)
            with self._lock:
                self.requests.append(request)
            end = match.end()
        rest = data[end:]
        cut = rest.rfind(b"\r\n")
        return rest[cut + 2 :][-4096:] if cut >= 0 else rest[-4096:]


@dataclass
class Run:
    latency_ms: float
    to_data_ms: float  # from the sign-in's start (the portal's password check included)
    after_sign_in_ms: float  # from the sign-in's answer reaching the desktop
    requests: list[Request]
    login_at: float  # when the proxy saw the sign-in's POST /auth/login
    connections: int

    @property
    def after_sign_in(self) -> list[Request]:
        return [r for r in self.requests if r.at > self.login_at]


def open_account(proxy: LatencyProxy, latency: float, folder: Path) -> Run:
    """Sign in through the proxy at ``latency`` and wait until the account's first screen shows
    the portal's data; the run's figures."""
    import qasync
    from PySide6.QtCore import QSettings
    from PySide6.QtGui import QIcon
    from PySide6.QtWidgets import QApplication

    from app.client_area import ClientArea
    from app.demo import DemoPortal
    from app.messages import MessageBridge
    from app.settings import Settings, UiState
    from portal.demo import DEMO_EMAIL, DEMO_PASSWORD
    from ui.main_window import MainWindow

    app = QApplication.instance() or QApplication([])
    loop = qasync.QEventLoop(app, already_running=False)
    asyncio.set_event_loop(loop)
    folder.mkdir(parents=True)
    store = QSettings(str(folder / "settings.ini"), QSettings.Format.IniFormat)
    messages = MessageBridge()
    area = ClientArea(
        Settings(store), messages, DemoPortal(folder / "unused.sqlite3"), data_folder=folder
    )
    window = MainWindow(area, messages, UiState(store), QIcon())
    window.resize(1100, 720)
    window.show()
    dashboard = window.dashboard_tab

    def filled() -> bool:
        return (
            area.account is not None
            and window.services_tab.model.rowCount() > 0
            and dashboard.counts["active_services"].text() != "—"
            and bool(dashboard.months)
            and dashboard.attention_model.rowCount() > 0
        )

    async def settle(condition: Callable[[], object]) -> None:
        async with asyncio.timeout(60):
            while not condition():  # noqa: ASYNC110 - polling the loop, as a benchmark may
                await asyncio.sleep(0.002)

    async def main() -> tuple[float, float]:
        await asyncio.sleep(0.2)  # the window built and shown: what is timed is the network
        proxy.reset(latency)
        started = time.perf_counter()
        area.sign_in(f"http://127.0.0.1:{proxy.port}", DEMO_EMAIL, DEMO_PASSWORD, False)
        await settle(filled)
        return started, time.perf_counter()

    try:
        started, shown = loop.run_until_complete(main())
        seen = proxy.seen()
        connections = proxy.connections
        signed_in = proxy.signed_in_at
    finally:
        window.close()
        loop.run_until_complete(area.shutdown())
        loop.run_until_complete(loop.shutdown_asyncgens())
        loop.close()
        asyncio.set_event_loop(None)
    login = next(r.at for r in seen if (r.method, r.path) == ("POST", LOGIN))
    assert signed_in is not None, "the sign-in's answer was not seen"
    return Run(
        latency * 1000,
        (shown - started) * 1000,
        (shown - signed_in) * 1000,
        seen,
        login,
        connections,
    )


def median_range(values: Sequence[float]) -> str:
    return (
        f"median {statistics.median(values):.0f} ms "
        f"(min {min(values):.0f}, max {max(values):.0f}, {len(values)} runs)"
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--latency-ms", type=float, default=50.0)
    parser.add_argument("--json", type=Path, help="also write the figures to this JSON file")
    args = parser.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    latency = args.latency_ms / 1000
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        portal = PortalProcess(f"sqlite:///{folder / 'demo.sqlite3'}", demo=True)
        proxy = LatencyProxy(portal.port)
        try:
            portal.wait_ready()
            proxy.start()
            open_account(proxy, 0.0, folder / "warm-up")  # imports and first queries, untimed
            slow: list[Run] = []
            floor: list[Run] = []
            for run in range(args.runs):  # interleaved: the machine's load weighs on both alike
                slow.append(open_account(proxy, latency, folder / f"slow-{run}"))
                floor.append(open_account(proxy, 0.0, folder / f"floor-{run}"))
        finally:
            proxy.stop()
            portal.stop()

    def added(figure: Callable[[Run], float]) -> float:
        return statistics.median(map(figure, slow)) - statistics.median(map(figure, floor))

    trips = [depth(r.requests) for r in slow]
    trips_after = [depth(r.after_sign_in) for r in slow]
    last = slow[-1]
    after = [f"{r.method} {r.path.removeprefix('/api/v1')}" for r in last.after_sign_in]
    print(f"open an account at {args.latency_ms:.0f} ms per request (offscreen, {args.runs} runs):")
    print(
        f"  round trips: {statistics.median(trips):g} from the sign-in (goal: at most 3), "
        f"{statistics.median(trips_after):g} after its answer (min {min(trips_after)}, "
        f"max {max(trips_after)})"
    )
    print(
        f"  requests: {len(last.requests)} in all, {len(after)} after the sign-in, on "
        f"{last.connections} connection(s): {', '.join(after)}"
    )
    print("  to data after the sign-in's answer:")
    print(f"    at {args.latency_ms:.0f} ms: {median_range([r.after_sign_in_ms for r in slow])}")
    print(f"    floor (no added latency): {median_range([r.after_sign_in_ms for r in floor])}")
    print(f"    added by the latency: {added(lambda r: r.after_sign_in_ms):.0f} ms (medians)")
    print("  to data from the sign-in's start (the portal's password check included):")
    print(f"    at {args.latency_ms:.0f} ms: {median_range([r.to_data_ms for r in slow])}")
    print(f"    floor (no added latency): {median_range([r.to_data_ms for r in floor])}")
    print(f"    added by the latency: {added(lambda r: r.to_data_ms):.0f} ms (medians)")
    if args.json is not None:
        figures = {
            "latency_ms": args.latency_ms,
            "round_trips": trips,
            "round_trips_after_sign_in": trips_after,
            "requests": len(last.requests),
            "requests_after_sign_in": len(after),
            "connections": last.connections,
            "to_data_ms": [round(r.to_data_ms, 1) for r in slow],
            "to_data_floor_ms": [round(r.to_data_ms, 1) for r in floor],
            "after_sign_in_ms": [round(r.after_sign_in_ms, 1) for r in slow],
            "after_sign_in_floor_ms": [round(r.after_sign_in_ms, 1) for r in floor],
        }
        args.json.write_text(json.dumps(figures, indent=2) + "\n", encoding="utf-8")
    sys.stdout.flush()
    return 0


if __name__ == "__main__":
    code = main()
    os._exit(code)  # skip the final collection of Qt objects (PySide's teardown can crash)
