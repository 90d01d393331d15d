"""``clientdesk --version`` and ``--help`` answer without starting Qt's window: no widgets or GUI
module is imported, and no display is needed."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

PROBE = """
import json, sys
from app.__main__ import main
try:
    main([sys.argv[1]])
except SystemExit as exc:
    code = exc.code
else:
    code = None
print(json.dumps({"code": code, "qt": sorted(m for m in sys.modules if m.startswith("PySide6"))}))
"""


@pytest.mark.parametrize("flag", ["--version", "--help"])
def test_answers_without_qt_gui(flag: str) -> None:
    env = {k: v for k, v in os.environ.items() if k not in {"DISPLAY", "WAYLAND_DISPLAY"}}
    env.pop("QT_QPA_PLATFORM", None)  # Qt would abort here if it tried to open a window
    done = subprocess.run(
        [sys.executable, "-c", PROBE, flag],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    *printed, last = done.stdout.strip().splitlines()
    result = json.loads(last)
    assert result["code"] in (0, None)
    assert "PySide6.QtWidgets" not in result["qt"]
    assert "PySide6.QtGui" not in result["qt"]
    assert printed, "nothing printed"
