"""Refresh the translation sources from the code and compile them.

    python scripts/update_translations.py          # lupdate (keeps existing translations) + lrelease
    python scripts/update_translations.py --check  # exit 1 if a .ts is stale or a .qm is out of date

Edit the translations in ``resources/translations/*.ts`` with Qt Linguist (``pyside6-linguist``).
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TRANSLATIONS = ROOT / "resources" / "translations"
LANGUAGES = ("es", "en")
SOURCE_DIRS = ("app", "ui")


def tool(name: str) -> str:
    found = shutil.which(name, path=str(Path(sys.executable).parent)) or shutil.which(name)
    if not found:
        raise SystemExit(f"{name} not found: install pyside6-essentials")
    return found


def sources() -> list[str]:
    return sorted(
        str(path.relative_to(ROOT)) for d in SOURCE_DIRS for path in (ROOT / d).rglob("*.py")
    )


def lupdate(target: Path) -> None:
    subprocess.run(
        [
            tool("pyside6-lupdate"),
            *sources(),
            "-no-obsolete",
            "-locations",
            "none",
            "-ts",
            str(target),
        ],
        cwd=ROOT,
        check=True,
        capture_output=True,
    )


def lrelease(ts: Path, qm: Path) -> None:
    subprocess.run(
        [tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm)],
        check=True,
        capture_output=True,
    )


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--check", action="store_true")
    args = parser.parse_args()
    stale = []
    for language in LANGUAGES:
        ts = TRANSLATIONS / f"clientdesk_{language}.ts"
        qm = TRANSLATIONS / f"clientdesk_{language}.qm"
        if args.check:
            with tempfile.TemporaryDirectory() as tmp:
                fresh_ts = Path(tmp) / ts.name
                shutil.copy(ts, fresh_ts)
                lupdate(fresh_ts)
                if fresh_ts.read_bytes() != ts.read_bytes():
                    stale.append(ts.name)
                fresh_qm = Path(tmp) / qm.name
                lrelease(ts, fresh_qm)
                if not qm.exists() or fresh_qm.read_bytes() != qm.read_bytes():
                    stale.append(qm.name)
        else:
            lupdate(ts)
            lrelease(ts, qm)
            print(f"updated {ts.name} and {qm.name}")
    if stale:
        print("out of date: " + ", ".join(stale) + " (run python scripts/update_translations.py)")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
