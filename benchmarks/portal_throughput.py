"""Portal throughput under 50 connections, beside a bare FastAPI endpoint measured in the same run.

For each portal set-up (PostgreSQL with 1 and 2 worker processes by default, or SQLite with 1):
a fresh database is migrated and filled with the demo data, ``clientdesk-portal serve`` runs in
its own processes on loopback, and ``wrk`` (a Debian package) drives, signed in as the demo
person: the first invoices page, the account summary, and a write (a reply to a ticket, each with
its own Idempotency-Key). The floor is a bare FastAPI endpoint served by uvicorn the same way.
It prints requests/s, p50 and p99, and the ratio to the floor.

    python benchmarks/portal_throughput.py --database-url postgresql+psycopg://...  [--workers 1 2]
    python benchmarks/portal_throughput.py                 # SQLite, 1 worker

The database named is dropped and made again for each set-up (PostgreSQL: its role needs
CREATEDB; use a database of its own, never one with data you keep).
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import socket
import subprocess
import sys
import tempfile
import textwrap
import time
from dataclasses import dataclass
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

FLOOR_APP = """
from fastapi import FastAPI
app = FastAPI()
@app.get("/ping")
def ping() -> dict[str, str]:
    return {"status": "ok"}
"""

# replies spread over many tickets, as many customers write at once (one ticket for all would
# measure the row lock of that ticket, not the portal)
WRITE_SCRIPT = """
local paths = {%s}
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.body = '{"message": "Gracias, lo reviso y les aviso."}'
counter = 0
request = function()
  counter = counter + 1
  wrk.headers["Idempotency-Key"] = string.format("bench-%%d-%%d-%%d", os.time(), math.random(1e9), counter)
  return wrk.format(nil, paths[math.random(#paths)])
end
"""
WRITE_TICKETS = 50


@dataclass
class Figure:
    what: str
    requests_s: float
    p50_ms: float
    p99_ms: float
    errors: int


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port: int = s.getsockname()[1]
        return port


def wait_ready(url: str, process: subprocess.Popen[bytes], timeout: float = 60.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise SystemExit(f"the server for {url} ended ({process.returncode})")
        try:
            if httpx.get(url, timeout=1.0).status_code == 200:
                return
        except httpx.TransportError:
            pass
        time.sleep(0.1)
    raise SystemExit(f"{url} did not answer in {timeout:.0f} s")


def _ms(value: str) -> float:
    number, unit = re.fullmatch(r"([\d.]+)(us|ms|s|m)", value).groups()  # type: ignore[union-attr]
    return float(number) * {"us": 0.001, "ms": 1.0, "s": 1000.0, "m": 60_000.0}[unit]


def wrk(
    what: str,
    url: str,
    seconds: int,
    connections: int,
    headers: dict[str, str],
    script: Path | None = None,
) -> Figure:
    command = ["wrk", "-t2", f"-c{connections}", f"-d{seconds}s", "--latency", "--timeout", "10s"]
    for name, value in headers.items():
        command += ["-H", f"{name}: {value}"]
    if script is not None:
        command += ["-s", str(script)]
    out = subprocess.run([*command, url], capture_output=True, text=True, check=True).stdout
    rate = float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1))  # type: ignore[union-attr]
    # the latency distribution's own lines: a "+/- Stdev" column may also end in "50%"
    p50 = _ms(re.search(r"^\s+50%\s+(\S+)", out, re.M).group(1))  # type: ignore[union-attr]
    p99 = _ms(re.search(r"^\s+99%\s+(\S+)", out, re.M).group(1))  # type: ignore[union-attr]
    bad = re.search(r"Non-2xx or 3xx responses:\s+(\d+)", out)
    errors = int(bad.group(1)) if bad else 0
    errors += sum(int(n) for n in re.findall(r"(?:connect|read|write|timeout) (\d+)", out))
    return Figure(what, rate, p50, p99, errors)


def fresh_database(url: str, folder: Path, label: str) -> str:
    if url.startswith("sqlite") or not url:
        return f"sqlite:///{folder / f'{label}.sqlite3'}"
    from sqlalchemy import create_engine, make_url, text

    target = make_url(url)
    admin = create_engine(target.set(database="postgres"), isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(text(f'DROP DATABASE IF EXISTS "{target.database}" WITH (FORCE)'))
        connection.execute(text(f'CREATE DATABASE "{target.database}"'))
    admin.dispose()
    return target.render_as_string(hide_password=False)


def prepare(url: str) -> None:
    from portal.app import create_app
    from portal.db import upgrade_database
    from portal.server import prepare_demo

    upgrade_database(url)
    app = create_app(url)
    prepare_demo(app)
    app.state.database.dispose()


def serve(env: dict[str, str], args: list[str]) -> subprocess.Popen[bytes]:
    return subprocess.Popen(
        args, cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )


def stop(process: subprocess.Popen[bytes]) -> None:
    process.terminate()
    try:
        process.wait(20)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait(5)


def measure_floor(folder: Path, seconds: int, connections: int, workers: int) -> Figure:
    (folder / "floor_app.py").write_text(textwrap.dedent(FLOOR_APP), encoding="utf-8")
    port = free_port()
    process = serve(
        {**os.environ, "PYTHONPATH": str(folder)},
        [
            sys.executable,
            "-m",
            "uvicorn",
            "floor_app:app",
            "--port",
            str(port),
            "--workers",
            str(workers),
            "--log-level",
            "warning",
            "--no-access-log",
        ],
    )
    try:
        wait_ready(f"http://127.0.0.1:{port}/ping", process)
        return wrk(
            f"floor ({workers} worker)", f"http://127.0.0.1:{port}/ping", seconds, connections, {}
        )
    finally:
        stop(process)


def measure_portal(
    url: str, workers: int, folder: Path, seconds: int, connections: int
) -> list[Figure]:
    from portal.demo import DEMO_EMAIL, DEMO_PASSWORD

    database_url = fresh_database(url, folder, f"w{workers}")
    prepare(database_url)
    port = free_port()
    env = {
        **{k: v for k, v in os.environ.items() if not k.startswith("CLIENTDESK_")},
        "CLIENTDESK_DATABASE_URL": database_url,
        "CLIENTDESK_PORT": str(port),
        "CLIENTDESK_WORKERS": str(workers),
        "CLIENTDESK_LOGIN_ATTEMPTS": "1000000",
    }
    process = serve(env, [sys.executable, "-m", "portal", "serve"])
    base = f"http://127.0.0.1:{port}/api/v1"
    try:
        wait_ready(f"{base}/health", process)
        token = httpx.post(
            f"{base}/auth/login", json={"email": DEMO_EMAIL, "password": DEMO_PASSWORD}, timeout=30
        ).json()["access_token"]
        auth = {"Authorization": f"Bearer {token}"}
        department = httpx.get(f"{base}/accounts/1/departments", headers=auth, timeout=30).json()[0]
        paths = []
        for number in range(WRITE_TICKETS):
            made = httpx.post(
                f"{base}/accounts/1/tickets",
                headers={**auth, "Idempotency-Key": f"bench-ticket-{workers}-{number}"},
                json={
                    "department_id": department["id"],
                    "subject": f"Consulta {number}",
                    "message": "Hola",
                },
                timeout=30,
            )
            made.raise_for_status()
            paths.append(f'"/api/v1/accounts/1/tickets/{made.json()["id"]}/replies"')
        script = folder / "write.lua"
        script.write_text(WRITE_SCRIPT % ", ".join(paths), encoding="utf-8")
        label = f"{workers} worker{'s' if workers > 1 else ''}"
        return [
            wrk(
                f"invoices first page, {label}",
                f"{base}/accounts/1/invoices?limit=25",
                seconds,
                connections,
                auth,
            ),
            wrk(
                f"account summary, {label}",
                f"{base}/accounts/1/summary",
                seconds,
                connections,
                auth,
            ),
            wrk(
                f"ticket reply (write), {label}",
                f"{base}/accounts/1/tickets",
                seconds,
                connections,
                auth,
                script,
            ),
        ]
    finally:
        stop(process)


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument(
        "--database-url", default=os.environ.get("CLIENTDESK_BENCH_DATABASE_URL", "")
    )
    parser.add_argument("--workers", type=int, nargs="+")
    parser.add_argument("--seconds", type=int, default=10)
    parser.add_argument("--connections", type=int, default=50)
    parser.add_argument("--json", type=Path, help="also write the figures to this file")
    args = parser.parse_args()
    if shutil.which("wrk") is None:
        raise SystemExit("wrk is needed: apt-get install wrk")
    postgres = args.database_url.startswith("postgresql")
    workers = args.workers or ([1, 2] if postgres else [1])
    folder = Path(tempfile.mkdtemp(prefix="clientdesk-throughput-"))
    figures: list[Figure] = []
    floors: dict[int, Figure] = {}
    for count in workers:
        floors[count] = measure_floor(folder, args.seconds, args.connections, count)
        figures.append(floors[count])
        figures += measure_portal(args.database_url, count, folder, args.seconds, args.connections)
    print(
        f"{os.cpu_count()} cores; {'PostgreSQL' if postgres else 'SQLite'}; {args.connections} connections, {args.seconds} s each"
    )
    print(f"{'what':<36} {'req/s':>8} {'p50 ms':>8} {'p99 ms':>8} {'errors':>7} {'vs floor':>9}")
    for figure in figures:
        count = int(re.search(r"(\d+) worker", figure.what).group(1))  # type: ignore[union-attr]
        ratio = figure.requests_s / floors[count].requests_s
        print(
            f"{figure.what:<36} {figure.requests_s:>8.0f} {figure.p50_ms:>8.1f} {figure.p99_ms:>8.1f} {figure.errors:>7} {ratio:>9.2f}"
        )
    if len(workers) > 1:
        by_what = {f.what: f for f in figures}
        for kind in ("invoices first page", "account summary", "ticket reply (write)"):
            one = by_what[f"{kind}, 1 worker"].requests_s
            two = by_what[f"{kind}, 2 workers"].requests_s
            print(
                f"{kind}: 2 workers = {two / one:.2f}x one worker"
                if one
                else f"{kind}: 1 worker served nothing"
            )
    if args.json:
        args.json.write_text(
            json.dumps([f.__dict__ for f in figures], indent=2) + "\n", encoding="utf-8"
        )
    shutil.rmtree(folder, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
