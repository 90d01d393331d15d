"""``clientdesk-portal`` / ``python -m portal``: serve the portal API."""

from __future__ import annotations

import argparse
import logging
import sys

import uvicorn

from . import __version__
from .alert_worker import AlertDelivery
from .app import create_app
from .server import prepare_demo
from .settings import PortalSettings


def main(argv: list[str] | None = None) -> int:
    args_in = sys.argv[1:] if argv is None else argv
    if args_in[:1] == ["seed-large"]:  # fill a database with a large data set, then exit
        from .seed_large import main as seed_large

        return seed_large(args_in[1:])
    parser = argparse.ArgumentParser(
        prog="clientdesk-portal",
        description="Serve the Clientdesk portal API.",
        epilog="clientdesk-portal seed-large --help: fill a database with a large data set.",
    )
    parser.add_argument(
        "--host", default="127.0.0.1", help="address to listen on (default: %(default)s)"
    )
    parser.add_argument("--port", type=int, default=8780, help="port (default: %(default)s)")
    parser.add_argument(
        "--database-url",
        default="sqlite:///clientdesk-portal.sqlite3",
        help="SQLAlchemy URL, e.g. postgresql+psycopg://user@host/db (default: %(default)s)",
    )
    parser.add_argument("--demo", action="store_true", help="fill an empty database with demo data")
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    args = parser.parse_args(args_in)

    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(name)s %(levelname)s %(message)s")
    # alerts are delivered when CLIENTDESK_SMTP_* / CLIENTDESK_WHATSAPP_* are set
    app = create_app(
        args.database_url, alert_delivery=AlertDelivery.from_settings(PortalSettings())
    )
    if args.demo:
        prepare_demo(app)
    uvicorn.run(app, host=args.host, port=args.port)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
