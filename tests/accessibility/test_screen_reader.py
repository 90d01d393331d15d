"""The app as a screen reader meets it: started under Xvfb with Qt's AT-SPI bridge on, every
view read over AT-SPI by ``atspi_probe.py`` (the system's Python, with Debian's pyatspi).

For every view, in Spanish and in English: no focusable control without a name, no unnamed
container, Tab from the view's tab visits every focusable control and comes back to it; a form
sent with missing fields announces its errors, the status line announces how it went, and the
dashboard says what is due once its figures arrive."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

PROBE = Path(__file__).with_name("atspi_probe.py")
SYSTEM_PYTHON = "/usr/bin/python3"
TOOLS = ("xvfb-run", "dbus-run-session", "xdotool")


def _missing() -> list[str]:
    missing = [tool for tool in TOOLS if shutil.which(tool) is None]
    if not Path(SYSTEM_PYTHON).exists():
        missing.append(SYSTEM_PYTHON)
    elif subprocess.run([SYSTEM_PYTHON, "-c", "import pyatspi"], capture_output=True).returncode:
        missing.append("python3-pyatspi")
    return missing


@pytest.fixture(scope="module")
def reports() -> dict[str, dict[str, Any]]:
    missing = _missing()
    if missing:
        if os.environ.get("CI") == "true":
            pytest.fail(f"CI must have what the screen-reader test needs: {', '.join(missing)}")
        pytest.skip(f"needs {', '.join(missing)} (./scripts/test installs them)")
    found = {}
    for lang in ("es", "en"):
        probe = [SYSTEM_PYTHON, str(PROBE), "--python", sys.executable, "--lang", lang]
        done = subprocess.run(
            ["xvfb-run", "-a", "-s", "-screen 0 1280x800x24", "dbus-run-session", "--", *probe],
            capture_output=True,
            text=True,
            timeout=600,
        )
        assert done.returncode == 0, done.stderr[-4000:]
        start = done.stdout.index("{")  # the registry daemon may print a line first
        found[lang] = json.loads(done.stdout[start:])
    return found


@pytest.mark.timeout(1300)
@pytest.mark.parametrize("lang", ["es", "en"])
def test_every_view_is_named_and_walked_with_tab(
    reports: dict[str, dict[str, Any]], lang: str
) -> None:
    views = reports[lang]["views"]
    assert len(views) >= 17, [v["view"] for v in views]  # 9 tabs, 6 + 4 inside two of them
    problems = {}
    for view in views:
        found = {
            "unnamed focusable": view["unnamed_focusable"],
            "unnamed containers": view["unnamed_containers"],
            "never reached with Tab": view["tab_never_reached"],
            "Tab stuck at": view["tab_stuck_at"],
            "Tab did not come back": [] if view["tab_came_back"] else view["tab_trail"] or ["…"],
            "shared Alt keys": view["mnemonic_clashes"],
        }
        found = {what: where for what, where in found.items() if where}
        if found:
            problems[view["view"]] = found
        assert view["tab_visited"] >= 5, view  # the walk really moved through the view
    assert problems == {}


@pytest.mark.timeout(1300)
@pytest.mark.parametrize("lang", ["es", "en"])
def test_errors_and_status_are_announced(reports: dict[str, dict[str, Any]], lang: str) -> None:
    said = reports[lang]["announcements"]
    required = {"es": "Este campo es obligatorio.", "en": "This field is required."}[lang]
    subject = {"es": "Asunto", "en": "Subject"}[lang]
    assert any(subject in text and required in text for text in said["form_error"]), said
    sent = {"es": "enviado", "en": "sent"}[lang]
    assert any("#" in text and sent in text for text in said["status"]), said


@pytest.mark.timeout(1300)
@pytest.mark.parametrize("lang", ["es", "en"])
def test_the_dashboard_says_what_is_due_once_its_figures_arrive(
    reports: dict[str, dict[str, Any]], lang: str
) -> None:
    """The demo account opens on the dashboard; its counts fill in silently, so the line under
    them says aloud how many invoices are unpaid and what they add up to, in the user's money."""
    said = reports[lang]["announcements"]["all"]
    due = re.compile(
        {
            "es": r"^\d+ facturas? impagas?: \$ [\d.]+,\d\d a pagar\.$",
            "en": r"^\d+ unpaid invoices?: \$ ?[\d,]+\.\d\d to pay\.$",
        }[lang]
    )
    assert any(due.match(text) for text in said), said
