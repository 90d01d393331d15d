"""Refresh the translation sources from the code and compile them.

    python scripts/update_translations.py          # lupdate (keeps existing translations) + lrelease
    python scripts/update_translations.py --check  # exit 1 if a .ts is stale or a .qm is out of date

Edit the translations in ``resources/translations/*.ts`` with Qt Linguist (``pyside6-linguist``).
"""

from __future__ import annotations

import argparse
import re
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


# QCoreApplication.translate("context", "text with %n", None, n): a plural. The lupdate of
# PySide6 6.11 marks a plural only in ``self.tr(text, "", n)`` inside a class named as the context,
# so lupdate reads a copy of the sources where those calls are hidden and each plural is
# restated in that form (without this, 6.11 drops the Spanish and English plural forms).
PLURAL = re.compile(
    r'QCoreApplication\.translate\(\s*"([^"]+)",\s*((?:"(?:[^"\\]|\\.)*"\s*)+),\s*(?:None|""),\s*[^)]'
)


def lupdate_view(folder: Path) -> list[str]:
    """Copy the sources into ``folder`` as lupdate must read them; return their paths."""
    plurals: dict[str, list[str]] = {}
    paths = []
    for name in sources():
        text = (ROOT / name).read_text(encoding="utf-8")
        for match in PLURAL.finditer(text):
            plurals.setdefault(match.group(1), []).append(match.group(2))
        copy = folder / name
        copy.parent.mkdir(parents=True, exist_ok=True)
        copy.write_text(PLURAL.sub("_plural_stated_below(", text), encoding="utf-8")
        paths.append(str(copy))
    stated = folder / "plurals_for_lupdate.py"
    stated.write_text(
        "".join(
            f"class {context}:\n    def _(self):\n"
            + "".join(f'        self.tr({text}, "", 0)\n' for text in texts)
            for context, texts in plurals.items()
        ),
        encoding="utf-8",
    )
    return [*paths, str(stated)]


def lupdate(target: Path) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run(
            [
                tool("pyside6-lupdate"),
                *lupdate_view(Path(tmp)),
                "-no-obsolete",
                "-locations",
                "none",
                "-ts",
                str(target.resolve()),
            ],
            cwd=tmp,
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
    for ts in sorted(TRANSLATIONS.glob("qt_gaps_*.ts")):  # written by hand: compiled only
        qm = ts.with_suffix(".qm")
        if args.check:
            with tempfile.TemporaryDirectory() as tmp:
                fresh_qm = Path(tmp) / qm.name
                lrelease(ts, fresh_qm)
                if not qm.exists() or fresh_qm.read_bytes() != qm.read_bytes():
                    stale.append(qm.name)
        else:
            lrelease(ts, qm)
            print(f"updated {qm.name}")
    if stale:
        print("out of date: " + ", ".join(stale) + " (run python scripts/update_translations.py)")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
