"""Files the desktop app ships: icons (SVG) and translations (.ts sources, compiled .qm)."""

from pathlib import Path

ROOT = Path(__file__).resolve().parent
ICONS = ROOT / "icons"
TRANSLATIONS = ROOT / "translations"


def icon_path(name: str) -> Path:
    return ICONS / f"{name}.svg"
