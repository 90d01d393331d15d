"""The tray notifications with a real system tray: the tray test of ``test_notifications.py``
run again in its own X server (Xvfb) beside a real tray host, ``stalonetray`` (Debian's
package; ``trayer`` where the distribution has no stalonetray), which QSystemTrayIcon docks into
over the freedesktop XEmbed protocol. Offscreen, or on an X server without a tray, there is no
tray and the app tells events in its status bar instead (the other notification tests)."""

from __future__ import annotations

import os
import shlex
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from .test_notifications import TRAY_HOST

ROOT = Path(__file__).resolve().parents[2]
TEST = "tests/e2e/test_notifications.py::test_a_notification_is_a_balloon_of_a_real_system_tray"
# trayer as a small bar at the top of the screen (stalonetray's defaults are one)
HOSTS = {
    "stalonetray": ["stalonetray"],
    "trayer": [
        "trayer",
        *("--edge", "top", "--align", "right", "--widthtype", "pixel", "--width", "200"),
        *("--heighttype", "pixel", "--height", "24"),
    ],
}
X = ("xvfb-run", "dbus-run-session")


def _host() -> list[str] | None:
    return next((command for name, command in HOSTS.items() if shutil.which(name)), None)


@pytest.mark.timeout(300)
def test_tray_notifications_under_a_real_tray_host() -> None:
    host = _host()
    missing = [tool for tool in X if shutil.which(tool) is None]
    if host is None:
        missing.insert(0, "stalonetray (or trayer)")
    if missing:
        if os.environ.get("CI") == "true":
            pytest.fail(f"CI must have what the tray test needs: {', '.join(missing)}")
        pytest.skip(f"needs {', '.join(missing)} (./scripts/test installs them)")
    assert host is not None
    pytest_run = [sys.executable, "-m", "pytest", "-p", "no:cacheprovider", "-q", TEST]
    script = f"{shlex.join(host)} >/dev/null 2>&1 & exec {shlex.join(pytest_run)}"
    x_server = ["xvfb-run", "-a", "-s", "-screen 0 1280x800x24", "dbus-run-session", "--"]
    done = subprocess.run(
        [*x_server, "sh", "-c", script],
        cwd=ROOT,
        env={**os.environ, "QT_QPA_PLATFORM": "xcb", TRAY_HOST: host[0]},
        capture_output=True,
        text=True,
        timeout=280,
    )
    out = done.stdout + done.stderr
    assert done.returncode == 0, out[-6000:]
    assert "1 passed" in done.stdout, out[-6000:]  # run, not skipped
