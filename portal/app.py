"""The portal application: ``create_app(database_url)`` builds a FastAPI app on its own database."""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager

import anyio.to_thread
from fastapi import APIRouter, Depends, FastAPI
from starlette.requests import HTTPConnection
from uvicorn.middleware.proxy_headers import ProxyHeadersMiddleware

from api_client.models import Health

from . import __version__
from .admission import Admission
from .alert_worker import AlertDelivery, delivering_alerts
from .attempts import AttemptLimiter
from .backends import Backend
from .db import Database
from .errors import install_handlers, not_supported_by_backend
from .fanout import Listener
from .request_limits import RequestSizeLimit
from .routes import account, auth, invoices, services
from .routes import alerts as alerts_routes
from .routes import audit as audit_routes
from .routes import billing as billing_routes
from .routes import chat as chat_routes
from .routes import contacts as contacts_routes
from .routes import domains as domains_routes
from .routes import emails as emails_routes
from .routes import ordering as ordering_routes
from .routes import overview as overview_routes
from .routes import payment_methods as payment_methods_routes
from .routes import security as security_routes
from .routes import service_changes as service_changes_routes
from .routes import staff as staff_routes
from .routes import staff_actions as staff_actions_routes
from .routes import status as status_routes
from .routes import summary as summary_routes
from .routes import tickets as tickets_routes
from .routes import users as users_routes
from .routes import whmcs_events as whmcs_events_routes
from .routing import PortalRoute
from .settings import PortalSettings

API_PREFIX = "/api/v1"


def make_backend(settings: PortalSettings) -> Backend:
    """Where the accounts, services, invoices ... live: the portal's database (``sql``) or a
    host's WHMCS (``whmcs``, CLIENTDESK_BACKEND)."""
    if settings.backend == "whmcs":
        from .whmcs.assembly import whmcs_backend

        return whmcs_backend(settings)
    from .backends.sql import sql_backend

    return sql_backend()


def create_app(
    database_url: str | None = None,
    *,
    settings: PortalSettings | None = None,
    alert_delivery: AlertDelivery | None = None,
) -> FastAPI:
    """The portal on ``database_url`` (else the settings' one), configured by ``settings`` (else
    the environment and the config file); raises ``SchemaError`` on a database not migrated."""
    settings = settings or PortalSettings()
    database = Database(database_url or settings.database_url.get_secret_value(), settings)
    alert_delivery = alert_delivery or AlertDelivery.from_settings(settings)
    backend = make_backend(settings)

    @asynccontextmanager
    async def lifespan(_app: FastAPI) -> AsyncIterator[None]:
        anyio.to_thread.current_default_thread_limiter().total_tokens = database.threads
        listener = None
        if database.engine.dialect.name == "postgresql":
            listener = Listener(database.url, database.wakeups)
            await anyio.to_thread.run_sync(listener.start)
        try:
            async with backend.running(), delivering_alerts(database.sessions, alert_delivery):
                yield
        finally:
            if listener is not None:
                await anyio.to_thread.run_sync(listener.stop)
        database.dispose()

    app = FastAPI(
        title="Clientdesk Portal API",
        version=__version__,
        description="The client area of a hosting company: accounts, services, invoices, support.",
        lifespan=lifespan,
    )
    app.state.database = database
    app.state.settings = settings
    app.state.backend = backend
    # shared by every process (rows in the database); the tests may swap them for looser ones
    app.state.login_limiter = AttemptLimiter(settings.login_attempts, settings.login_window_seconds)
    app.state.secret_limiter = AttemptLimiter(
        settings.secret_attempts, settings.login_window_seconds
    )
    install_handlers(app)
    # X-Forwarded-For/-Proto are believed only from the trusted proxies (none by default), so
    # request.client is the customer's address behind nginx and the peer's everywhere else
    app.add_middleware(
        ProxyHeadersMiddleware, trusted_hosts=[str(n) for n in settings.trusted_proxies]
    )
    # a burst waits here, holding no thread or connection, instead of starving the pool
    app.add_middleware(
        Admission, limit=settings.db_pool_size, queue_timeout=settings.queue_timeout_seconds
    )
    # outermost: a body over the limit is refused before anything reads it
    app.add_middleware(RequestSizeLimit, max_bytes=settings.max_request_bytes)

    guards = [] if backend.served is None else [Depends(_only_served(backend.served))]
    api = APIRouter(prefix=API_PREFIX, dependencies=guards, route_class=PortalRoute)

    @api.get("/health", response_model=Health, tags=["meta"])
    def health() -> Health:
        return Health(status="ok", version=__version__)

    for module in (auth, account, services, invoices):
        api.include_router(module.router)
    # account side: users, contacts, auto-debit, security, e-mails, alerts, audit
    for module in (
        users_routes,
        contacts_routes,
        emails_routes,
        payment_methods_routes,
        security_routes,
        alerts_routes,
        audit_routes,
    ):
        api.include_router(module.router)
    # client area: service changes, domains, billing, support, status, dashboard, staff
    for module in (
        service_changes_routes,
        domains_routes,
        billing_routes,
        tickets_routes,
        status_routes,
        ordering_routes,
        staff_routes,
        staff_actions_routes,
        chat_routes,
        summary_routes,  # one account at a glance, for the reseller's all-accounts view
        overview_routes,  # an account's first screen in one answer
    ):
        api.include_router(module.router)
    # the billing system posts its own events: routed only on a backend that takes them and
    # with the secret they are signed with (else the path is 404, as on any other portal)
    if backend.hook_events is not None and settings.whmcs_events_secret.get_secret_value():
        api.include_router(whmcs_events_routes.router)
    app.include_router(api)
    return app


def _only_served(served: frozenset[tuple[str, str]]) -> Callable[[HTTPConnection], None]:
    """A dependency of every ``/api/v1`` route: 501 for a route the backend does not serve, so
    that a desktop view it cannot back yet says so, before anything is read from anywhere."""

    def only_served(connection: HTTPConnection) -> None:
        # the route's path as its module declares it (without /api/v1): what ``served`` names
        path = getattr(connection.scope.get("route"), "path", "")
        method = connection.scope.get("method", "GET")
        if path == f"{API_PREFIX}/health" or (method, path) in served:
            return
        raise not_supported_by_backend()

    return only_served
