"""``clientdesk-portal`` / ``python -m portal``: serve the portal, and the commands a host's
administrator runs (migrate, jobs, accounts and people). Settings come from ``CLIENTDESK_*``
variables and an optional TOML file, never from flags that would show a secret in ``ps``."""

from __future__ import annotations

import argparse
import getpass
import logging
import os
import sys
from collections.abc import Callable
from typing import TYPE_CHECKING, TypeVar

from . import __version__
from .settings import CONFIG_FILE_VARIABLE, PortalSettings

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

T = TypeVar("T")

EPILOG = f"""\
settings: every setting is a CLIENTDESK_* environment variable, or a key of the TOML file named
by --config or {CONFIG_FILE_VARIABLE}; `clientdesk-portal settings` lists them with their
defaults. The database URL (with its password) and other secrets are never flags.

a new portal: set CLIENTDESK_DATABASE_URL, run `migrate`, `create-staff`, `create-department`,
`create-client`, then `serve`; run `jobs` from a timer (the guide: docs/deployment.md)."""


def _password(args: argparse.Namespace, whose: str) -> str:
    """From one line of standard input (--password-stdin), or asked twice at the terminal."""
    if args.password_stdin:
        return sys.stdin.readline().rstrip("\n")
    if not sys.stdin.isatty():
        raise SystemExit("No terminal to ask the password at: pipe it in with --password-stdin.")
    first = getpass.getpass(f"Password for {whose}: ")
    if getpass.getpass("The same password again: ") != first:
        raise SystemExit("The two passwords differ; nothing was changed.")
    return first


def _with_db(settings: PortalSettings, work: Callable[..., T]) -> T:
    from .db import Database

    database = Database(settings.database_url.get_secret_value(), settings)
    try:
        with database.sessions() as db:
            return work(db)
    finally:
        database.dispose()


def _serve(args: argparse.Namespace, settings: PortalSettings) -> int:
    import uvicorn

    from .db import upgrade_database
    from .schema import check_schema

    url = settings.database_url.get_secret_value()
    if settings.workers > 1 and url.startswith("sqlite"):
        raise SystemExit(
            "SQLite serves one process: use PostgreSQL (CLIENTDESK_DATABASE_URL) for --workers > 1."
        )
    if settings.demo and settings.backend != "sql":
        raise SystemExit("--demo fills the portal's own database: it needs the sql backend.")
    if settings.demo:
        upgrade_database(url)  # the demo makes its own database
    from .db import make_engine

    engine = make_engine(url)
    try:
        check_schema(engine)
    finally:
        engine.dispose()
    if settings.demo:
        from .app import create_app
        from .server import prepare_demo

        app = create_app(settings=settings)
        prepare_demo(app)
        app.state.database.dispose()
    common = {"host": settings.host, "port": settings.port, "proxy_headers": False}
    if settings.workers == 1:
        from .app import create_app

        uvicorn.run(create_app(settings=settings), **common)  # type: ignore[arg-type]
    else:
        # each worker process builds its own app from the same environment
        uvicorn.run(
            "portal.app:create_app",
            factory=True,
            workers=settings.workers,
            **common,  # type: ignore[arg-type]
        )
    return 0


def _migrate(_args: argparse.Namespace, settings: PortalSettings) -> int:
    from .db import upgrade_database

    before, now = upgrade_database(settings.database_url.get_secret_value())
    if before == now:
        print(f"The database is up to date (revision {now}).")
    else:
        print(f"The database was upgraded from revision {before or '(none)'} to {now}.")
    return 0


def _jobs(_args: argparse.Namespace, settings: PortalSettings) -> int:
    from .jobs import run_jobs

    report = _with_db(settings, lambda db: run_jobs(db, settings))
    print("\n".join(report.lines()))
    return 0


def _create_client(args: argparse.Namespace, settings: PortalSettings) -> int:
    from sqlalchemy import func, select

    from .admin import NewClient, create_client
    from .tables import PersonRow

    def work(db: Session) -> str:
        known = db.scalar(
            select(PersonRow.id).where(func.lower(PersonRow.email) == args.email.strip().lower())
        )
        password = None if known is not None else _password(args, args.email)
        client = NewClient(
            first_name=args.first_name,
            last_name=args.last_name,
            email=args.email,
            company=args.company,
            phone=args.phone,
            country=args.country,
            language=args.language,
            currency=args.currency,
        )
        row = create_client(db, client, password)
        owner = "an existing person" if known is not None else "a new person"
        return f"Client account {row.id} created; its owner {row.email} is {owner}."

    print(_with_db(settings, work))
    return 0


def _create_staff(args: argparse.Namespace, settings: PortalSettings) -> int:
    from .admin import create_staff

    password = _password(args, args.email)
    person = _with_db(settings, lambda db: create_staff(db, args.email, args.name, password))
    print(f"Staff member {person.email} created (person {person.id}).")
    return 0


def _invite(args: argparse.Namespace, settings: PortalSettings) -> int:
    from api_client.models import Permission

    from .admin import AdminError, invite

    try:
        permissions = [Permission(p.strip()) for p in args.permissions.split(",") if p.strip()]
    except ValueError as exc:
        raise AdminError(
            f"{exc}; the permissions are: {', '.join(p.value for p in Permission)}"
        ) from exc
    outcome = _with_db(settings, lambda db: invite(db, args.account, args.email, permissions))
    if outcome == "added":
        print(f"{args.email} now reaches account {args.account}.")
    else:
        print(f"An invitation to account {args.account} was e-mailed to {args.email}.")
    return 0


def _create_department(args: argparse.Namespace, settings: PortalSettings) -> int:
    from .admin import create_department

    row = _with_db(settings, lambda db: create_department(db, args.name, args.description))
    print(f"Support department {row.id} ({row.name}) created.")
    return 0


def _reset_password(args: argparse.Namespace, settings: PortalSettings) -> int:
    from .admin import reset_password

    password = _password(args, args.email)
    ended = _with_db(settings, lambda db: reset_password(db, args.email, password))
    print(f"The password of {args.email} was changed; {ended} session(s) ended.")
    return 0


def _disable_person(args: argparse.Namespace, settings: PortalSettings) -> int:
    from .admin import disable_person

    ended = _with_db(settings, lambda db: disable_person(db, args.email))
    print(f"{args.email} can no longer sign in; {ended} session(s) ended.")
    return 0


def _settings(_args: argparse.Namespace, _settings: PortalSettings) -> int:
    from .settings import describe_settings

    print(describe_settings())
    return 0


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="clientdesk-portal",
        description="The Clientdesk portal: serve it, and administer it.",
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument(
        "--config", metavar="FILE", help=f"a TOML settings file ({CONFIG_FILE_VARIABLE})"
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    parser.set_defaults(  # no command: serve
        run=_serve, host=None, port=None, workers=None, demo=False, backend=None
    )

    def command(name: str, about: str, run: Callable[..., int]) -> argparse.ArgumentParser:
        sub = commands.add_parser(name, help=about, description=about)
        sub.set_defaults(run=run)
        return sub

    serve = command("serve", "serve the portal API (the default command)", _serve)
    serve.add_argument("--host", help="address to listen on (CLIENTDESK_HOST)")
    serve.add_argument("--port", type=int, help="port (CLIENTDESK_PORT)")
    serve.add_argument(
        "--workers", type=int, help="processes, PostgreSQL only (CLIENTDESK_WORKERS)"
    )
    serve.add_argument("--demo", action="store_true", help="make and fill a demo database if empty")
    serve.add_argument(
        "--backend",
        choices=["sql", "whmcs"],
        help="where accounts, services and invoices live (CLIENTDESK_BACKEND; whmcs needs "
        "CLIENTDESK_WHMCS_URL, _IDENTIFIER, _SECRET and optionally _ACCESS_KEY)",
    )
    command("migrate", "create or upgrade the database to this version's schema", _migrate)
    command("jobs", "run the periodic work once (from a systemd timer or cron)", _jobs)
    command("settings", "list every setting with its variable and default", _settings)

    def with_password(sub: argparse.ArgumentParser) -> None:
        sub.add_argument(
            "--password-stdin", action="store_true", help="read the password from standard input"
        )

    client = command("create-client", "create a client account and its owner", _create_client)
    client.add_argument("--email", required=True, help="the account's e-mail, its owner's sign-in")
    client.add_argument("--first-name", required=True)
    client.add_argument("--last-name", required=True)
    client.add_argument("--company", default="")
    client.add_argument("--phone", default="")
    client.add_argument("--country", default="AR", help="ISO code (default: %(default)s)")
    client.add_argument("--language", default="es", choices=["es", "en"])
    client.add_argument("--currency", default="ARS", help="(default: %(default)s)")
    with_password(client)
    staff = command(
        "create-staff", "create a staff member (answers tickets and chats)", _create_staff
    )
    staff.add_argument("--email", required=True)
    staff.add_argument("--name", required=True)
    with_password(staff)
    department = command(
        "create-department", "create a support department for tickets", _create_department
    )
    department.add_argument("--name", required=True)
    department.add_argument("--description", default="")
    invitation = command("invite", "give a person access to an account", _invite)
    invitation.add_argument("--account", type=int, required=True, help="the client account's id")
    invitation.add_argument("--email", required=True)
    invitation.add_argument(
        "--permissions",
        default="profile,contacts,products,manageproducts,domains,managedomains,invoices,quotes,tickets,emails",
        help="comma-separated (default: %(default)s)",
    )
    reset = command("reset-password", "set a new password and end every session", _reset_password)
    reset.add_argument("--email", required=True)
    with_password(reset)
    disable = command("disable-person", "refuse a person's sign-ins from now on", _disable_person)
    disable.add_argument("--email", required=True)
    commands.add_parser("seed-large", help="fill a database with a large data set (tests, demos)")
    return parser


def main(argv: list[str] | None = None) -> int:
    args_in = sys.argv[1:] if argv is None else argv
    if args_in[:1] == ["seed-large"]:  # its own parser: clientdesk-portal seed-large --help
        from .seed_large import main as seed_large

        return seed_large(args_in[1:])
    parser = _parser()
    args = parser.parse_args(args_in)
    if args.config:
        os.environ[CONFIG_FILE_VARIABLE] = args.config  # worker processes read it too
    for flag in ("host", "port", "workers", "backend"):
        if getattr(args, flag, None) is not None:
            os.environ[f"CLIENTDESK_{flag.upper()}"] = str(getattr(args, flag))
    if getattr(args, "demo", False):
        os.environ["CLIENTDESK_DEMO"] = "1"
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(name)s %(levelname)s %(message)s")
    logging.getLogger("alembic").setLevel(logging.WARNING)  # `migrate` says what it did itself

    from pydantic import ValidationError

    from .admin import AdminError
    from .schema import SchemaError

    try:
        settings = PortalSettings()
        run: Callable[[argparse.Namespace, PortalSettings], int] = args.run
        return run(args, settings)
    except ValidationError as exc:
        print(f"clientdesk-portal: a setting is not valid:\n{exc}", file=sys.stderr)
        return 2
    except FileNotFoundError as exc:
        print(f"clientdesk-portal: {exc}", file=sys.stderr)
        return 2
    except SchemaError as exc:
        print(f"clientdesk-portal: {exc}", file=sys.stderr)
        return 2
    except AdminError as exc:
        print(f"clientdesk-portal: {exc} Nothing was changed.", file=sys.stderr)
        return 1


if __name__ == "__main__":
    raise SystemExit(main())
