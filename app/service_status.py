"""The portal's public service status page: every component's state and the incidents."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from api_client.models import ServiceStatusPage

from .errors import describe
from .session import AccountSession


class ServiceStatus(QObject):
    loaded = Signal(object)  # ServiceStatusPage
    failed = Signal(str)

    def __init__(self, session: AccountSession) -> None:
        super().__init__(session)
        self.session = session
        self.page: ServiceStatusPage | None = None

    def load(self) -> None:
        portal = self.session.portal
        if portal is None:
            return
        self.session.runner.run(
            "service-status",
            self.session.from_overview(
                "service-status", lambda o: o.service_status, portal.public.status
            ),
            self._arrived,
            lambda exc: self.failed.emit(describe(exc)),
        )

    def _arrived(self, page: ServiceStatusPage) -> None:
        self.page = page
        self.loaded.emit(page)
