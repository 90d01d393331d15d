"""The wheel that ``pip install`` / ``pipx install .`` build: what it holds, and that its commands
work once installed.

The wheel is built with pip's usual isolated build (its build backend comes from the package
index), then installed with ``--no-deps`` into a fresh virtual environment that sees this
environment's packages only *after* its own (a ``.pth`` file), so the installed copy of the app,
never the source tree, is what runs.
"""

from __future__ import annotations

import configparser
import json
import os
import subprocess
import sys
import sysconfig
import tomllib
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
PACKAGES = ("app", "ui", "api_client", "portal", "resources")


def project() -> dict[str, object]:
    with (ROOT / "pyproject.toml").open("rb") as f:
        return tomllib.load(f)["project"]  # type: ignore[no-any-return]


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("wheel")
    done = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--quiet", "-w", str(out), str(ROOT)],
        capture_output=True,
        text=True,
        timeout=300,
    )
    if done.returncode != 0:
        pytest.fail(f"pip wheel failed:\n{done.stdout}\n{done.stderr}")
    (built,) = out.glob("clientdesk-*.whl")
    return built


@pytest.fixture(scope="module")
def names(wheel: Path) -> set[str]:
    with zipfile.ZipFile(wheel) as zf:
        return set(zf.namelist())


def dist_info_file(wheel: Path, name: str) -> str:
    with zipfile.ZipFile(wheel) as zf:
        (path,) = [n for n in zf.namelist() if n.endswith(f".dist-info/{name}")]
        return zf.read(path).decode()


def test_wheel_holds_every_python_package_of_the_source_tree(names: set[str]) -> None:
    expected = {
        str(init.relative_to(ROOT).as_posix())
        for package in PACKAGES
        for init in (ROOT / package).rglob("__init__.py")
    }
    assert expected, "no packages found in the source tree"
    assert sorted(expected - names) == []
    assert not any(n.startswith("tests/") for n in names)


def test_wheel_holds_the_resources(names: set[str]) -> None:
    assert "resources/icons/clientdesk.svg" in names
    assert "resources/clientdesk.desktop" in names
    sources = sorted((ROOT / "resources" / "translations").glob("*.ts"))
    assert sources, "no translation sources"
    for ts in sources:
        assert f"resources/translations/{ts.stem}.qm" in names


def test_wheel_declares_the_commands(wheel: Path) -> None:
    entry_points = configparser.ConfigParser()
    entry_points.read_string(dist_info_file(wheel, "entry_points.txt"))
    # a GUI script: on Windows its launcher opens no console window
    assert dict(entry_points["gui_scripts"]) == {"clientdesk": "app.__main__:main"}
    assert dict(entry_points["console_scripts"]) == {"clientdesk-portal": "portal.__main__:main"}
    assert f"Version: {project()['version']}" in dist_info_file(wheel, "METADATA").splitlines()


def test_desktop_entry_is_valid() -> None:
    text = (ROOT / "resources" / "clientdesk.desktop").read_text(encoding="utf-8")
    lines = dict(line.split("=", 1) for line in text.splitlines() if "=" in line)
    assert text.startswith("[Desktop Entry]\n")
    assert lines["Type"] == "Application"
    assert lines["Exec"].split()[0] == "clientdesk"
    assert lines["Icon"] == "clientdesk"  # resources/icons/clientdesk.svg, installed by name
    assert lines["Terminal"] == "false"


@pytest.fixture(scope="module")
def installed(wheel: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A fresh venv with only the wheel installed; this environment's packages come after it."""
    venv = tmp_path_factory.mktemp("venv")
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(venv)], check=True)
    python = venv / ("Scripts/python.exe" if os.name == "nt" else "bin/python")
    subprocess.run(
        [
            *(sys.executable, "-m", "pip", "--python", str(python), "install", "--quiet"),
            *("--no-deps", "--no-index", str(wheel)),
        ],
        check=True,
        timeout=300,
    )
    purelib = subprocess.run(
        [str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.strip()
    (Path(purelib) / "zz_dev_dependencies.pth").write_text(
        sysconfig.get_paths()["purelib"] + "\n", encoding="utf-8"
    )
    return python.parent


def command_env(home: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k in {"PATH", "LANG", "SYSTEMROOT", "TEMP"}}
    for sub in ("data", "config", "cache", "runtime"):
        (home / sub).mkdir(parents=True, exist_ok=True, mode=0o700)
    env.update(
        HOME=str(home),
        XDG_DATA_HOME=str(home / "data"),
        XDG_CONFIG_HOME=str(home / "config"),
        XDG_CACHE_HOME=str(home / "cache"),
        XDG_RUNTIME_DIR=str(home / "runtime"),
        DBUS_SESSION_BUS_ADDRESS="disabled:",
    )
    return env


def run(command: list[str], cwd: Path, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(command, cwd=cwd, env=env, capture_output=True, text=True, timeout=90)


def test_installed_commands_answer(installed: Path, tmp_path: Path) -> None:
    env = command_env(tmp_path / "home")
    exe = "clientdesk.exe" if os.name == "nt" else "clientdesk"
    version = run([str(installed / exe), "--version"], tmp_path, env)
    assert version.returncode == 0, version.stderr
    # the installed metadata, not the "0.0.0+source" of an uninstalled tree
    assert version.stdout.split() == ["Clientdesk", str(project()["version"])]
    help_ = run([str(installed / exe), "--help"], tmp_path, env)
    assert help_.returncode == 0, help_.stderr
    assert "--demo" in help_.stdout
    portal_exe = "clientdesk-portal.exe" if os.name == "nt" else "clientdesk-portal"
    portal = run([str(installed / portal_exe), "--help"], tmp_path, env)
    assert portal.returncode == 0, portal.stderr
    assert "migrate" in portal.stdout and "CLIENTDESK_" in portal.stdout


@pytest.mark.gui
def test_installed_app_opens_the_demo(installed: Path, tmp_path: Path) -> None:
    """The installed ``clientdesk --demo`` reaches the signed-in window, with its data in the
    user's data folder and nothing in the current directory."""
    cwd = tmp_path / "cwd"
    cwd.mkdir()
    home = tmp_path / "home"
    env = {**command_env(home), "QT_QPA_PLATFORM": "offscreen"}
    done = run([str(installed / "clientdesk"), "--demo", "--exit-when-ready"], cwd, env)
    assert done.returncode == 0, done.stdout + done.stderr
    assert any(line.startswith("ready ") for line in done.stdout.splitlines()), done.stdout
    assert list(cwd.iterdir()) == []
    data = home / "data" / "Clientdesk" / "Clientdesk"
    assert [p for p in data.iterdir() if p.suffix == ".sqlite3"], list(data.iterdir())


QT_DISTRIBUTIONS = {"pyside6", "pyside6-essentials", "pyside6-addons", "shiboken6"}


def test_a_server_install_brings_no_qt(wheel: Path, tmp_path: Path) -> None:
    """``pip install clientdesk`` (the portal alone) resolves to no Qt distribution, and the
    portal's commands and app import no Qt module."""
    report = tmp_path / "report.json"
    done = subprocess.run(
        [
            *(sys.executable, "-m", "pip", "install", "--dry-run", "--quiet", "--ignore-installed"),
            *("--report", str(report), f"{wheel}[postgres]"),
        ],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 0, done.stderr
    resolved = {
        item["metadata"]["name"].lower() for item in json.loads(report.read_text())["install"]
    }
    assert {"fastapi", "sqlalchemy", "alembic", "psycopg"} <= resolved
    assert not resolved & QT_DISTRIBUTIONS, sorted(resolved & QT_DISTRIBUTIONS)
    probe = (
        "import sys, portal.__main__, portal.app, portal.jobs, portal.admin; "
        "portal.app.create_app('sqlite://').state.database.dispose(); "
        "print(sorted(m for m in sys.modules if m.split('.')[0] in "
        "{'PySide6', 'shiboken6', 'qasync', 'keyring'}))"
    )
    imported = subprocess.run(
        [sys.executable, "-c", probe], cwd=ROOT, capture_output=True, text=True, timeout=120
    )
    assert imported.returncode == 0, imported.stderr
    assert imported.stdout.strip() == "[]"
