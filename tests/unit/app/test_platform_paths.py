"""Where the app keeps its files and its settings on Linux, Windows and macOS, against the README.

Qt computes both (QStandardPaths for the data folder, QSettings for the settings) and answers only
for the OS it runs on. So:

- the README's answer for each OS is checked against Qt's documented rule for the location the app
  asks for (``app.demo.DATA_LOCATION``) and the names ``app.launcher.identify()`` sets;
- the running OS's real answer is checked in a fresh process (QSettings keeps the folders it saw
  first), against the README: Linux here, Windows and macOS on the hosted runs
  (.github/workflows/ci.yml).
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QStandardPaths

from app import demo

ROOT = Path(__file__).resolve().parents[3]
SYSTEMS = {"Linux": "linux", "Windows": "win32", "macOS": "darwin"}
Location = QStandardPaths.StandardLocation

# Qt's documented answers (the QStandardPaths and QSettings reference pages), for an organisation
# {o} and an application {a}. A location missing here fails the test: say in the README where it
# puts the files on each OS, then add it.
QT_DATA_RULES: dict[Location, dict[str, str]] = {
    Location.AppDataLocation: {
        "linux": "~/.local/share/{o}/{a}",
        "win32": "%APPDATA%\\{o}\\{a}",
        "darwin": "~/Library/Application Support/{o}/{a}",
    },
    Location.AppLocalDataLocation: {
        "linux": "~/.local/share/{o}/{a}",
        "win32": "%LOCALAPPDATA%\\{o}\\{a}",
        "darwin": "~/Library/Application Support/{o}/{a}",
    },
}


def qt_settings_rule(system: str, organization: str, application: str) -> str:
    """QSettings() in its native format for the user: an INI file on Linux, the registry on
    Windows, a property list on macOS named from the organisation's domain; without one Qt makes
    "<organisation>.com" of the name, reversed: com.<organisation>.<application>."""
    if system == "win32":
        return f"HKEY_CURRENT_USER\\Software\\{organization}\\{application}"
    if system == "darwin":
        domain = re.sub(r"[^a-z0-9]+", "-", organization.lower()).strip("-")
        return f"~/Library/Preferences/com.{domain}.{application}.plist"
    return f"~/.config/{organization}/{application}.conf"


def readme_places() -> tuple[dict[str, str], dict[str, str]]:
    """The README's data folder and settings store for each OS, as written there."""
    text = " ".join((ROOT / "README.md").read_text(encoding="utf-8").split())
    start = text.index("The app keeps its files")
    paragraph = text[start : text.index("Sign-in tokens", start)]
    files, settings = paragraph.split("Its settings", 1)
    pattern = r"`([^`]+)` on (Linux|Windows|macOS)"
    found = [
        {SYSTEMS[system]: place for place, system in re.findall(pattern, part)}
        for part in (files, settings)
    ]
    for places in found:
        assert set(places) == set(SYSTEMS.values()), places
    return found[0], found[1]


PROBE = """
import json
from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtGui import QGuiApplication
from app.demo import data_folder
from app.launcher import identify

identify()
print(json.dumps({
    "organization": QCoreApplication.organizationName(),
    "domain": QCoreApplication.organizationDomain(),
    "application": QCoreApplication.applicationName(),
    "desktop_file": QGuiApplication.desktopFileName(),
    "data_folder": data_folder().as_posix(),
    "settings": QSettings().fileName(),
}))
"""


def probe(env: dict[str, str], cwd: Path) -> dict[str, Any]:
    """What Qt answers in a fresh process once the app has named itself, as the launcher does."""
    done = subprocess.run(
        [sys.executable, "-c", PROBE],
        env=env,
        cwd=cwd,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    result: dict[str, Any] = json.loads(done.stdout)
    return result


@pytest.fixture(scope="module")
def home(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("home")


@pytest.fixture(scope="module")
def answers(home: Path) -> dict[str, Any]:
    """On Linux with HOME pointed at an empty folder and no XDG_* variables (the README's
    defaults); elsewhere the runner's own user, whose folders Qt asks the OS for."""
    env = dict(os.environ)
    if sys.platform.startswith("linux"):
        env["HOME"] = str(home)
        for name in ("XDG_DATA_HOME", "XDG_CONFIG_HOME"):
            env.pop(name, None)
    return probe(env, home)


def current_system() -> str:
    system = "linux" if sys.platform.startswith("linux") else sys.platform
    if system not in SYSTEMS.values():
        pytest.skip(f"the README says nothing of {sys.platform}")
    return system


def expand(place: str, home: Path) -> str:
    """A README path on the machine that runs the test."""
    if place.startswith("~/"):
        return (home / place[2:]).as_posix()
    return place.replace("%APPDATA%", os.environ.get("APPDATA", "%APPDATA%")).replace("\\", "/")


@pytest.mark.parametrize("system", list(SYSTEMS.values()))
def test_readme_data_folder_is_where_qt_puts_the_apps_data(
    system: str, answers: dict[str, Any]
) -> None:
    """The README's data folder for ``system`` is Qt's answer there for the location the app asks
    for, under the names it gives itself. (Windows tells AppDataLocation, the roaming %APPDATA%,
    from AppLocalDataLocation, %LOCALAPPDATA%; macOS and Linux do not.)"""
    rule = QT_DATA_RULES[demo.DATA_LOCATION][system]
    expected = rule.format(o=answers["organization"], a=answers["application"])
    assert readme_places()[0][system] == expected


@pytest.mark.parametrize("system", list(SYSTEMS.values()))
def test_readme_settings_store_is_where_qsettings_keeps_them(
    system: str, answers: dict[str, Any]
) -> None:
    assert answers["domain"] == "", "with an organisation domain macOS names the plist after it"
    expected = qt_settings_rule(system, answers["organization"], answers["application"])
    assert readme_places()[1][system] == expected


def test_this_os_answers_what_the_readme_says(answers: dict[str, Any], home: Path) -> None:
    """Qt's real answers on the OS running the test (under the hosted runs, each of the three)."""
    system = current_system()
    user_home = home if system == "linux" else Path.home()
    files, settings = readme_places()
    assert Path(answers["data_folder"]) == Path(expand(files[system], user_home))
    if system == "win32":  # a registry key, which Qt writes as \HKEY_CURRENT_USER\Software\...
        assert answers["settings"].lstrip("\\") == settings[system]
    else:
        assert Path(answers["settings"]) == Path(expand(settings[system], user_home))


def test_xdg_variables_move_the_linux_folders(tmp_path: Path) -> None:
    if not sys.platform.startswith("linux"):
        pytest.skip("XDG base directories are a Linux matter")
    env = dict(os.environ, HOME=str(tmp_path / "home"))
    env.update(XDG_DATA_HOME=str(tmp_path / "data"), XDG_CONFIG_HOME=str(tmp_path / "config"))
    found = probe(env, tmp_path)
    assert Path(found["data_folder"]) == tmp_path / "data" / "Clientdesk" / "Clientdesk"
    assert Path(found["settings"]) == tmp_path / "config" / "Clientdesk" / "Clientdesk.conf"


def test_the_window_names_the_desktop_entry_that_ships(answers: dict[str, Any]) -> None:
    """Linux desktops match a window to its menu entry (and icon) by this name."""
    assert (ROOT / "resources" / f"{answers['desktop_file']}.desktop").is_file()
