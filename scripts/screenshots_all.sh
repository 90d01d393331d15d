#!/bin/sh
# Every view's screenshots in Spanish and English, light and dark, in a real window under Xvfb:
#   scripts/screenshots_all.sh [python]     (default: .venv/bin/python)
set -e
cd "$(dirname "$0")/.."
PYTHON="${1:-.venv/bin/python}"
for script in scripts/screenshots.py scripts/screenshots_*.py; do
  for lang in es en; do
    for theme in light dark; do
      xvfb-run -a -s "-screen 0 1280x800x24" dbus-run-session -- \
        env QT_QPA_PLATFORM=xcb PYTHONPATH=. "$PYTHON" "$script" --lang "$lang" --theme "$theme"
    done
  done
done
