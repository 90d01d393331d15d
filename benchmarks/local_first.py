"""Local-first figures, each printed with its floor measured in the same run:

1. start-up with a remembered sign-in: ``python -m app --exit-when-ready`` against a portal in its
   own process. The first start has no local cache (data on screen when the portal answers);
   later starts show the cache (data on screen before the network) and then the portal's fresh
   answer. The floor is a script that imports PySide6.QtWidgets, httpx, pydantic, keyring and
   qasync and shows a window of 12 tabs of QTableView, exiting on its first paint.
2. account switch from the cache, in one process: from ``switch_account`` to the account's
   details and services in the window's widgets, for an account already seen (from the cache)
   and, for comparison, the time until the portal's own answer is shown. The floor is the same
   window's 12 table models reset with as many rows, without the app.

    QT_QPA_PLATFORM=offscreen python benchmarks/local_first.py [--runs 7]

Python's bytecode is cached for the runs (in a temporary folder), as in an installed app.
The remembered sign-in needs a keychain: the runs use a small file-backed keyring backend of
this benchmark's own (``PYTHON_KEYRING_BACKEND``), in a temporary folder, never the real one.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import statistics
import subprocess
import sys
import tempfile
import textwrap
import time
from collections.abc import Callable, Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_API", "pyside6")

from benchmarks.all_accounts import PortalProcess  # noqa: E402 - after the path is set

FILE_KEYRING = '''
import json, os
from pathlib import Path
import keyring.backend

class FileKeyring(keyring.backend.KeyringBackend):
    """The benchmark's keychain: a JSON file (never use this for real secrets)."""
    priority = 1

    def _path(self):
        return Path(os.environ["BENCH_KEYRING_FILE"])

    def _all(self):
        try:
            return json.loads(self._path().read_text())
        except FileNotFoundError:
            return {}

    def get_password(self, service, username):
        return self._all().get(f"{service}|{username}")

    def set_password(self, service, username, password):
        data = self._all()
        data[f"{service}|{username}"] = password
        self._path().write_text(json.dumps(data))

    def delete_password(self, service, username):
        data = self._all()
        data.pop(f"{service}|{username}", None)
        self._path().write_text(json.dumps(data))
'''

FLOOR = """
import time
started = time.perf_counter()
import httpx, keyring, pydantic, qasync
from PySide6.QtCore import QTimer
from PySide6.QtGui import QStandardItemModel
from PySide6.QtWidgets import QApplication, QTableView, QTabWidget

app = QApplication([])
tabs = QTabWidget()
for index in range(12):
    view = QTableView()
    view.setModel(QStandardItemModel(20, 8, view))
    tabs.addTab(view, f"tab {index}")

def painted():
    print(f"ready {(time.perf_counter() - started) * 1000:.0f}", flush=True)
    app.quit()

tabs.show()
QTimer.singleShot(0, painted)  # the first event after show: the window has been painted
app.exec()
"""


def median_range(values: Sequence[float]) -> str:
    return (
        f"median {statistics.median(values):.1f} ms "
        f"(min {min(values):.1f}, max {max(values):.1f}, {len(values)} runs)"
    )


# ---- 1. start-up with a remembered sign-in ---------------------------------------------------


def remember(url: str, folder: Path, env: dict[str, str]) -> None:
    """Sign in once through the API, keep the refresh token in the benchmark's keychain and
    point the app's settings at it, as "Remember me" would."""
    script = textwrap.dedent(
        f"""
        import asyncio
        from api_client import PortalClient
        from app import keychain
        from portal.demo import DEMO_EMAIL, DEMO_PASSWORD

        async def main():
            async with PortalClient({url!r}) as client:
                tokens = await client.auth.login(DEMO_EMAIL, DEMO_PASSWORD)
            await keychain.store_refresh_token({url!r}, DEMO_EMAIL, tokens.refresh_token)
            print(DEMO_EMAIL)

        asyncio.run(main())
        """
    )
    email = subprocess.run(
        [sys.executable, "-c", script],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        check=True,
    ).stdout.strip()
    config = folder / "config" / "Clientdesk"
    config.mkdir(parents=True, exist_ok=True)
    (config / "Clientdesk.conf").write_text(
        f"[signin]\nportal_url={url}\nemail={email}\nremember_me=true\n", encoding="utf-8"
    )


def app_start(env: dict[str, str]) -> tuple[float, float, float]:
    """One start of the app: (data on screen ms, fresh data ms, process wall ms)."""
    started = time.perf_counter()
    result = subprocess.run(
        [sys.executable, "-m", "app", "--exit-when-ready"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    wall = (time.perf_counter() - started) * 1000
    figures = dict(
        line.split(" ", 1)
        for line in result.stdout.splitlines()
        if line[:6] in ("ready ", "fresh ")
    )
    if result.returncode != 0 or "ready" not in figures:
        raise SystemExit(f"run failed ({result.returncode}):\n{result.stdout}\n{result.stderr}")
    ready = float(figures["ready"])
    return ready, float(figures.get("fresh", ready)), wall


def floor_start(env: dict[str, str]) -> tuple[float, float]:
    started = time.perf_counter()
    result = subprocess.run(
        [sys.executable, "-c", FLOOR], env=env, capture_output=True, text=True, check=True
    )
    wall = (time.perf_counter() - started) * 1000
    return float(result.stdout.split()[1]), wall


def measure_startup(url: str, folder: Path, runs: int) -> dict[str, object]:
    (folder / "keyring").mkdir()
    (folder / "keyring" / "bench_keyring.py").write_text(FILE_KEYRING, encoding="utf-8")
    env = dict(os.environ)
    env.update(
        QT_QPA_PLATFORM=env.get("QT_QPA_PLATFORM", "offscreen"),
        XDG_DATA_HOME=str(folder / "data"),
        XDG_CONFIG_HOME=str(folder / "config"),
        DBUS_SESSION_BUS_ADDRESS="disabled:",
        PYTHONPATH=os.pathsep.join([str(folder / "keyring"), str(ROOT)]),
        PYTHON_KEYRING_BACKEND="bench_keyring.FileKeyring",
        BENCH_KEYRING_FILE=str(folder / "keyring" / "secrets.json"),
    )
    # as installed: bytecode cached (in a folder of the run's, not in the source tree)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["PYTHONPYCACHEPREFIX"] = str(folder / "pycache")
    subprocess.run(
        [sys.executable, "-c", "import app.launcher, ui.main_window, portal.demo"],
        cwd=ROOT,
        env=env,
        check=True,
        capture_output=True,
    )
    remember(url, folder, env)
    first = app_start(env)  # nothing cached yet: what every start was before the local cache
    later: list[tuple[float, float, float]] = []
    floors: list[tuple[float, float]] = []
    for _ in range(runs):  # interleaved, so that the machine's load weighs on both alike
        later.append(app_start(env))
        floors.append(floor_start(env))
    floor = statistics.median(f[0] for f in floors)
    cached = statistics.median(r[0] for r in later)
    fresh = statistics.median(r[1] for r in later)
    print("start-up with a remembered sign-in (ms since the entry module, offscreen):")
    print(f"  first start, no cache: data on screen {first[0]:.0f} ms (1 run)")
    print(f"  later starts, data from the cache: {median_range([r[0] for r in later])}")
    print(f"  later starts, fresh data from the portal: {median_range([r[1] for r in later])}")
    print(
        f"  floor (Qt + httpx, pydantic, keyring, qasync; 12 tabs painted): {median_range([f[0] for f in floors])}"
    )
    print(
        f"  ratio to the floor: cached {cached / floor:.2f}x (goal 1.5x), fresh {fresh / floor:.2f}x"
    )
    print(
        f"  process wall: app {statistics.median(r[2] for r in later):.0f} ms, "
        f"floor {statistics.median(f[1] for f in floors):.0f} ms"
    )
    return {
        "first_ready_ms": first[0],
        "cached_ready_ms": [r[0] for r in later],
        "fresh_ms": [r[1] for r in later],
        "floor_ms": [f[0] for f in floors],
    }


# ---- 2. account switch from the cache ---------------------------------------------------------


def measure_switch(url: str, folder: Path, runs: int) -> dict[str, object]:
    import qasync
    from PySide6.QtCore import QSettings
    from PySide6.QtGui import QIcon, QStandardItemModel
    from PySide6.QtWidgets import QApplication, QTableView, QTabWidget

    from app.client_area import ClientArea
    from app.demo import DemoPortal
    from app.messages import MessageBridge
    from app.settings import Settings, UiState
    from portal.demo import DEMO_EMAIL, DEMO_PASSWORD
    from ui.main_window import MainWindow

    app = QApplication.instance() or QApplication([])
    loop = qasync.QEventLoop(app, already_running=False)
    asyncio.set_event_loop(loop)
    store = QSettings(str(folder / "switch.ini"), QSettings.Format.IniFormat)
    messages = MessageBridge()
    area = ClientArea(
        Settings(store), messages, DemoPortal(folder / "unused.sqlite3"), data_folder=folder
    )
    window = MainWindow(area, messages, UiState(store), QIcon())
    window.resize(1100, 720)
    window.show()

    def shown(account_id: int) -> bool:
        session = area.account
        return (
            session is not None
            and session.account_id == account_id
            and window.account_tab.edits["email"].text()
            == (session.details.email if session.details else "")
            and window.services_tab.model.rowCount() == len(session.services)
            and session.details is not None
        )

    async def settle(condition: Callable[[], object]) -> None:
        """Wait (polling the loop, as a benchmark may) until ``condition`` holds."""
        async with asyncio.timeout(30):
            while not condition():  # noqa: ASYNC110
                await asyncio.sleep(0.005)

    async def main() -> tuple[list[float], list[float]]:
        area.sign_in(url, DEMO_EMAIL, DEMO_PASSWORD, False)
        await settle(lambda: area.connection is not None and area.account is not None)
        assert area.connection is not None
        ids = [a.id for a in area.connection.accounts][:2]
        for account_id in ids:  # each account seen once: now in the cache
            area.switch_account(account_id)
            await settle(
                lambda a=account_id: shown(a) and not area.account.runner.running("services")
            )  # type: ignore[union-attr]
        from_cache: list[float] = []
        from_portal: list[float] = []
        for run in range(runs):
            target = ids[run % 2]  # the other account each time
            started = time.perf_counter()
            area.switch_account(target)
            if shown(target):
                from_cache.append((time.perf_counter() - started) * 1000)
            await settle(
                lambda: (
                    area.account is not None
                    and not area.account.runner.running("services")
                    and not area.account.runner.running("details")
                )
            )
            from_portal.append((time.perf_counter() - started) * 1000)
            await asyncio.sleep(0.05)
        return from_cache, from_portal

    try:
        from_cache, from_portal = loop.run_until_complete(main())
        # the floor: the same window's size of table work, with no app: 12 models reset
        tabs = QTabWidget()
        models = []
        for index in range(12):
            view = QTableView()
            model = QStandardItemModel(0, 8, view)
            view.setModel(model)
            models.append(model)
            tabs.addTab(view, str(index))
        tabs.show()
        rows = max(1, window.services_tab.model.rowCount())
        floors = []
        for _ in range(runs):
            started = time.perf_counter()
            for model in models:
                model.setRowCount(0)
                model.setRowCount(rows)
            floors.append((time.perf_counter() - started) * 1000)
        tabs.close()
    finally:
        window.close()
        loop.run_until_complete(area.shutdown())
        loop.run_until_complete(loop.shutdown_asyncgens())
        loop.close()
        asyncio.set_event_loop(None)
    if len(from_cache) < runs:
        print(f"  warning: {runs - len(from_cache)} switches were not answered from the cache")
    print("account switch (in one process, offscreen):")
    print(f"  to data from the cache: {median_range(from_cache)} (goal 16 ms)")
    print(f"  to the portal's answer: {median_range(from_portal)}")
    print(f"  floor (12 table models reset, {rows} rows): {median_range(floors)}")
    return {"cache_ms": from_cache, "portal_ms": from_portal, "floor_ms": floors}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--json", type=Path, help="also write the figures to this JSON file")
    args = parser.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        portal = PortalProcess(f"sqlite:///{folder / 'demo.sqlite3'}", demo=True)
        try:
            portal.wait_ready()
            (folder / "start").mkdir()
            (folder / "switch").mkdir()
            figures = {
                "startup": measure_startup(portal.url, folder / "start", args.runs),
                "switch": measure_switch(portal.url, folder / "switch", args.runs),
            }
        finally:
            portal.stop()
    if args.json is not None:
        args.json.write_text(json.dumps(figures, indent=2) + "\n", encoding="utf-8")
    sys.stdout.flush()
    return 0


if __name__ == "__main__":
    code = main()
    os._exit(code)  # skip the final collection of Qt objects (PySide's teardown can crash)
