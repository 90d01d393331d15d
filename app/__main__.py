"""``clientdesk`` / ``python -m app``: the desktop client area.

``--help`` and ``--version`` answer before Qt is imported (no window, no display needed).
"""

from __future__ import annotations

import argparse
import importlib.util
import os
import sys
import time

from . import __version__

STARTED = time.perf_counter()

# what clientdesk[desktop] adds to a server install
DESKTOP_MODULES = {"PySide6", "qasync", "keyring", "segno"}
DESKTOP_MISSING = (
    "clientdesk: this is a server install ({} is missing). The desktop app needs its extra: "
    "pip install 'clientdesk[desktop]' (or pipx install 'clientdesk[desktop]')."
)


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="clientdesk",
        description="Clientdesk: your hosting client area on the desktop.",
    )
    parser.add_argument(
        "--demo",
        action="store_true",
        help="open the demo portal (started on this computer with sample data)",
    )
    parser.add_argument(
        "--lang", choices=("es", "en"), help="language of the interface (default: the system's)"
    )
    parser.add_argument("--version", action="version", version=f"Clientdesk {__version__}")
    parser.add_argument(
        "--exit-when-ready",
        action="store_true",
        help=argparse.SUPPRESS,  # for smoke tests: quit once account data is on screen
    )
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    args = parse_args(sys.argv[1:] if argv is None else argv)
    os.environ.setdefault("QT_API", "pyside6")
    # some of these are imported only when first needed (segno for a two-factor QR code): say
    # now, not then, that a server install lacks them
    for name in sorted(DESKTOP_MODULES):
        if importlib.util.find_spec(name) is None:
            print(DESKTOP_MISSING.format(name), file=sys.stderr)
            return 1
    try:
        from .launcher import run  # Qt is imported from here on
    except ModuleNotFoundError as exc:
        if exc.name and exc.name.split(".")[0] in DESKTOP_MODULES:
            print(DESKTOP_MISSING.format(exc.name), file=sys.stderr)
            return 1
        raise

    return run(args, STARTED)


if __name__ == "__main__":
    raise SystemExit(main())
