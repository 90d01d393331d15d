"""Build the one-folder bundle with PyInstaller, then prove it starts.

    .venv/bin/python scripts/build_bundle.py [--runs 5] [--skip-build] [--json report.json]

1. Installs PyInstaller into the running interpreter's environment if it is missing, and builds
   ``build.spec`` into ``dist/Clientdesk`` (work files in ``build/pyinstaller``).
2. ``Clientdesk --version`` and ``--help`` must answer with no display and no Qt platform set
   (Qt would abort there, so they must not start it); ``--version`` must print the package version.
3. Starts ``Clientdesk --demo --exit-when-ready`` offscreen, first on an empty data folder (the
   demo database is created and filled), then ``--runs`` times more on that folder. Each run must
   print ``ready <ms>`` and exit 0 within the time limit. On Linux, as root, the first run also
   happens with every Python installation of this machine hidden behind empty mounts.
4. Checks that the bundle folder is byte-for-byte unchanged afterwards (nothing is written beside
   the executable), that the current directory stayed empty, and that the demo database landed in
   the user's data folder (``$XDG_DATA_HOME/Clientdesk/Clientdesk`` on Linux).
5. Reports the bundle's size (as ``du`` counts it), the build time and the start-up time (median
   of the warm runs; the first start is reported apart), and exits non-zero on any failure.

The start-up time is measured from outside: from launching the executable to reading its ``ready``
line. The app's own figure (milliseconds since its process started) is reported next to it.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import tomllib
from dataclasses import asdict, dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
NAME = "Clientdesk"
DIST = ROOT / "dist"
WORK = ROOT / "build" / "pyinstaller"
READY = re.compile(r"^ready (\d+)\s*$")
SQLITE_MAGIC = b"SQLite format 3\x00"


class Failure(Exception):
    """A check that did not pass; the message says which and why."""


@dataclass
class Report:
    version: str = ""
    build_seconds: float | None = None
    bundle_bytes: int = 0
    bundle_mib: float = 0.0
    file_count: int = 0
    first_start_ms: float | None = None
    first_start_app_ms: int | None = None
    warm_start_ms: list[float] = field(default_factory=list)
    warm_start_app_ms: list[int] = field(default_factory=list)
    median_start_ms: float | None = None
    median_start_app_ms: float | None = None
    python_hidden: bool = False
    data_files: list[str] = field(default_factory=list)
    checks: list[str] = field(default_factory=list)


def project_version() -> str:
    with (ROOT / "pyproject.toml").open("rb") as f:
        return str(tomllib.load(f)["project"]["version"])


def ensure_pyinstaller() -> None:
    try:
        import PyInstaller  # noqa: F401
    except ImportError:
        print("PyInstaller is missing: installing it into", sys.prefix, flush=True)
        subprocess.run(
            [sys.executable, "-m", "pip", "install", "--quiet", "pyinstaller>=6.10"], check=True
        )


def build() -> float:
    ensure_pyinstaller()
    started = time.perf_counter()
    subprocess.run(
        [
            sys.executable,
            "-m",
            "PyInstaller",
            "--noconfirm",
            "--clean",
            "--log-level",
            "WARN",
            "--distpath",
            str(DIST),
            "--workpath",
            str(WORK),
            str(ROOT / "build.spec"),
        ],
        cwd=ROOT,
        check=True,
    )
    return time.perf_counter() - started


def executable(system: str = sys.platform) -> Path:
    """Where PyInstaller puts the program built from build.spec on ``system`` (a sys.platform
    value): inside the .app on macOS, with .exe added on Windows."""
    if system == "darwin":
        return DIST / f"{NAME}.app" / "Contents" / "MacOS" / NAME
    return DIST / NAME / (f"{NAME}.exe" if system == "win32" else NAME)


def bundle_dir(system: str = sys.platform) -> Path:
    """What is shipped: the .app on macOS, the one-folder bundle elsewhere."""
    return DIST / f"{NAME}.app" if system == "darwin" else DIST / NAME


def internal_dir(folder: Path, system: str = sys.platform) -> Path:
    """Where the bundle keeps its data files (resources/ and the collected packages)."""
    return folder / "Contents" / "Resources" if system == "darwin" else folder / "_internal"


def disk_usage(folder: Path) -> tuple[int, int]:
    """(bytes, files) as ``du`` counts them: allocated blocks, links not followed, once per inode."""
    seen: set[tuple[int, int]] = set()
    total = files = 0
    for path in [folder, *folder.rglob("*")]:
        st = path.lstat()
        if (st.st_dev, st.st_ino) in seen:
            continue
        seen.add((st.st_dev, st.st_ino))
        blocks = getattr(st, "st_blocks", None)
        total += blocks * 512 if blocks is not None else st.st_size
        files += path.is_file() and not path.is_symlink()
    return total, files


def snapshot(folder: Path) -> dict[str, tuple[int, int, int]]:
    return {
        str(p.relative_to(folder)): (p.lstat().st_size, p.lstat().st_mtime_ns, p.lstat().st_mode)
        for p in folder.rglob("*")
    }


def check_contents(folder: Path, report: Report, system: str = sys.platform) -> None:
    """What must be in the bundle, and what must never be."""
    internal = internal_dir(folder, system)
    if not internal.is_dir():
        internal = folder
    forbidden = [
        str(p.relative_to(folder))
        for p in internal.iterdir()
        if p.name.lower().startswith(("keyrings", "psycopg"))
    ]
    if forbidden:
        raise Failure(f"the bundle holds what it must not: {forbidden}")
    resources = internal / "resources"
    expected = [resources / "icons" / "clientdesk.svg", resources / "clientdesk.desktop"]
    expected += [
        resources / ts.relative_to(ROOT / "resources").with_suffix(".qm")
        for ts in (ROOT / "resources").rglob("*.ts")
    ]
    missing = [str(p.relative_to(folder)) for p in expected if not p.is_file()]
    if missing:
        raise Failure(f"the bundle lacks {missing}")
    report.checks.append(
        "bundle holds resources/ (icon, .desktop, one .qm per .ts) and no keyrings*/psycopg*"
    )


def quiet_env(home: Path) -> dict[str, str]:
    """An environment that points every per-user folder into ``home`` and reaches no session bus,
    so a run neither reads nor writes anything of this machine's user (the keychain included)."""
    keep = {"PATH", "LANG", "LC_ALL", "TZ", "SYSTEMROOT", "TEMP", "TMP"}
    env = {k: v for k, v in os.environ.items() if k in keep}
    runtime = home / "runtime"
    for sub in ("data", "config", "cache", "state"):
        (home / sub).mkdir(parents=True, exist_ok=True)
    runtime.mkdir(mode=0o700, parents=True, exist_ok=True)
    env.update(
        HOME=str(home),
        USERPROFILE=str(home),
        APPDATA=str(home / "data"),
        LOCALAPPDATA=str(home / "data"),
        XDG_DATA_HOME=str(home / "data"),
        XDG_CONFIG_HOME=str(home / "config"),
        XDG_CACHE_HOME=str(home / "cache"),
        XDG_STATE_HOME=str(home / "state"),
        XDG_RUNTIME_DIR=str(runtime),
        DBUS_SESSION_BUS_ADDRESS="disabled:",
    )
    env.setdefault("LANG", "C.UTF-8")
    return env


def python_dirs() -> list[str]:
    """Every Python installation this machine has that the bundle might otherwise lean on."""
    candidates = {sys.prefix, sys.base_prefix, sys.exec_prefix, sys.base_exec_prefix}
    for lib in ("/usr/lib", "/usr/local/lib", "/usr/lib64"):
        candidates.update(str(p) for p in Path(lib).glob("python3*"))
    # never hide a folder that holds the bundle; mount inner folders before outer ones
    holders = set(executable().parents)
    return sorted(
        (c for c in candidates if Path(c).is_dir() and Path(c) not in holders), reverse=True
    )


def can_hide_python(system: str = sys.platform) -> bool:
    # the platform is asked first: os.geteuid does not exist on Windows
    if not system.startswith("linux") or os.geteuid() != 0 or not shutil.which("unshare"):
        return False
    probe = subprocess.run(
        ["unshare", "--mount", "--", "mount", "-t", "tmpfs", "none", tempfile.gettempdir()],
        capture_output=True,
    )
    return probe.returncode == 0


def start_once(
    exe: Path, env: dict[str, str], cwd: Path, timeout: float, hide_python: bool
) -> tuple[float, int]:
    """Run the bundle until it says ready and exits; return (ms to ready seen from outside,
    ms the app reports)."""
    command = [str(exe), "--demo", "--exit-when-ready"]
    if hide_python:
        mounts = " && ".join(f'mount -t tmpfs none "{d}"' for d in python_dirs())
        command = ["unshare", "--mount", "--", "sh", "-c", f'{mounts} && exec "$@"', "sh", *command]
    env = {**env, "QT_QPA_PLATFORM": "offscreen"}
    started = time.perf_counter()
    proc = subprocess.Popen(
        command, env=env, cwd=cwd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )
    seen_ms: float | None = None
    app_ms: int | None = None
    lines: list[str] = []
    assert proc.stdout is not None
    try:
        for line in proc.stdout:  # the deadline is enforced by wait() below
            lines.append(line)
            match = READY.match(line)
            if match and seen_ms is None:
                seen_ms = (time.perf_counter() - started) * 1000
                app_ms = int(match.group(1))
        code = proc.wait(timeout=max(1.0, timeout - (time.perf_counter() - started)))
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait()
        raise Failure(f"the bundle did not exit within {timeout:.0f} s") from None
    stderr = proc.stderr.read() if proc.stderr else ""
    if code != 0 or seen_ms is None or app_ms is None:
        raise Failure(
            f"--demo --exit-when-ready: exit code {code}, ready line "
            f"{'seen' if seen_ms is not None else 'missing'}\n"
            f"stdout:\n{''.join(lines)[-2000:]}\nstderr:\n{stderr[-4000:]}"
        )
    return seen_ms, app_ms


def check_cli(exe: Path, env: dict[str, str], cwd: Path, version: str, report: Report) -> None:
    """--version and --help answer with no display: Qt's window must not be started for them."""
    bare = {k: v for k, v in env.items() if k not in {"DISPLAY", "WAYLAND_DISPLAY"}}
    bare.pop("QT_QPA_PLATFORM", None)
    for flag in ("--version", "--help"):
        done = subprocess.run(
            [str(exe), flag], env=bare, cwd=cwd, capture_output=True, text=True, timeout=60
        )
        if done.returncode != 0:
            raise Failure(f"{flag}: exit code {done.returncode}\n{done.stdout}\n{done.stderr}")
        if flag == "--version" and version not in done.stdout:
            raise Failure(f"--version printed {done.stdout.strip()!r}, not version {version}")
        if flag == "--help" and "--demo" not in done.stdout:
            raise Failure(f"--help does not mention --demo:\n{done.stdout}")
    report.checks.append(
        f"--version ({version}) and --help answer with no display and no Qt platform"
    )


def data_folder(home: Path) -> Path:
    """QStandardPaths.AppDataLocation on Linux: $XDG_DATA_HOME/<organisation>/<application>."""
    return home / "data" / NAME / NAME


def check_data(home: Path, cwd: Path, report: Report, system: str = sys.platform) -> None:
    leftovers = sorted(str(p.relative_to(cwd)) for p in cwd.rglob("*"))
    if leftovers:
        raise Failure(f"the app wrote into its current directory: {leftovers}")
    report.checks.append("nothing written to the current directory")
    if not system.startswith("linux"):
        # Qt asks Windows and macOS for these folders: environment variables do not move them
        report.checks.append("data-folder check skipped: it runs on Linux only")
        return
    folder = data_folder(home)
    files = sorted(p for p in folder.rglob("*") if p.is_file()) if folder.is_dir() else []
    report.data_files = [str(p.relative_to(home)) for p in files]
    databases = [p for p in files if p.read_bytes()[:16] == SQLITE_MAGIC]
    if not databases:
        raise Failure(f"no SQLite database in the user's data folder {folder}: {report.data_files}")
    report.checks.append(
        f"demo database in the user's data folder ({databases[0].relative_to(home)})"
    )


def run(args: argparse.Namespace) -> Report:
    report = Report(version=project_version())
    if not args.skip_build:
        report.build_seconds = round(build(), 1)
    exe, folder = executable(), bundle_dir()
    if not exe.is_file():
        raise Failure(f"no bundle at {exe.relative_to(ROOT)}: build it first")
    report.bundle_bytes, report.file_count = disk_usage(folder)
    report.bundle_mib = round(report.bundle_bytes / 2**20, 1)
    check_contents(folder, report)
    before = snapshot(folder)

    with tempfile.TemporaryDirectory(prefix="clientdesk-smoke-") as tmp:
        home, cwd = Path(tmp) / "home", Path(tmp) / "cwd"
        cwd.mkdir()
        env = quiet_env(home)
        check_cli(exe, env, cwd, report.version, report)

        report.python_hidden = args.hide_python and can_hide_python()
        seen, app = start_once(exe, env, cwd, args.timeout, report.python_hidden)
        report.first_start_ms, report.first_start_app_ms = round(seen), app
        report.checks.append(
            "first start on an empty data folder reached the signed-in window and exited 0"
            + (" with this machine's Python installations hidden" if report.python_hidden else "")
        )
        for _ in range(args.runs):
            seen, app = start_once(exe, env, cwd, args.timeout, hide_python=False)
            report.warm_start_ms.append(round(seen))
            report.warm_start_app_ms.append(app)
        if report.warm_start_ms:
            report.median_start_ms = statistics.median(report.warm_start_ms)
            report.median_start_app_ms = statistics.median(report.warm_start_app_ms)
            report.checks.append(f"{args.runs} more starts reached the signed-in window, exit 0")
        check_data(home, cwd, report)

    after = snapshot(folder)
    if after != before:
        changed = sorted(set(after.items()) ^ set(before.items()))
        raise Failure(f"the bundle folder changed while the app ran: {changed[:20]}")
    report.checks.append("the bundle folder is unchanged after every run")
    return report


def describe(report: Report) -> str:
    lines = [
        f"Clientdesk {report.version} bundle on {platform.system()} {platform.machine()}",
        f"  size:        {report.bundle_mib} MiB on disk ({report.file_count} files), "
        f"{bundle_dir().relative_to(ROOT)}",
    ]
    if report.build_seconds is not None:
        lines.append(f"  build:       {report.build_seconds} s")
    lines.append(
        f"  first start: {report.first_start_ms} ms to ready (app says {report.first_start_app_ms} ms)"
        " - empty data folder, demo database created"
    )
    if report.median_start_ms is not None:
        lines.append(
            f"  start-up:    median {report.median_start_ms:.0f} ms to ready over "
            f"{len(report.warm_start_ms)} runs (app says {report.median_start_app_ms:.0f} ms); "
            f"runs: {report.warm_start_ms}"
        )
    lines += [f"  ok: {check}" for check in report.checks]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n", 1)[0])
    parser.add_argument("--runs", type=int, default=5, help="warm starts to time (default 5)")
    parser.add_argument("--skip-build", action="store_true", help="test the bundle in dist/")
    parser.add_argument("--timeout", type=float, default=90.0, help="seconds per start")
    parser.add_argument(
        "--no-hide-python",
        dest="hide_python",
        action="store_false",
        help="do not hide this machine's Python for the first start",
    )
    parser.add_argument("--json", type=Path, help="also write the report to this file")
    args = parser.parse_args(argv)
    try:
        report = run(args)
    except (Failure, subprocess.CalledProcessError) as exc:
        print(f"FAILED: {exc}", file=sys.stderr)
        return 1
    print(describe(report))
    if args.json:
        args.json.write_text(json.dumps(asdict(report), indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
