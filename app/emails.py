"""The e-mails received: every e-mail the portal sent for the account, newest first, paged as the
user scrolls, and one e-mail's full text to read."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, Signal

from api_client.models import EmailSummary, Page

from .errors import describe
from .paging import PagedList
from .session import AccountSession

PAGE_SIZE = 50


class Emails(QObject):
    message_loaded = Signal(object)  # EmailMessage
    message_failed = Signal(str)

    def __init__(self, session: AccountSession) -> None:
        super().__init__(session)
        self._session = session
        self.paged: PagedList[EmailSummary] = PagedList(session.runner, "emails", self)
        self.started = False

    def load(self) -> None:
        """Start again from the newest e-mail (a load in flight is cancelled)."""
        self.started = True

        def page(cursor: str | None) -> Any:
            return self._page(cursor)

        self.paged.reset(page, self._session.saved_page("emails", Page[EmailSummary]))

    async def _page(self, cursor: str | None) -> Page[EmailSummary]:
        return await self._session.client.emails.list(limit=PAGE_SIZE, cursor=cursor)

    def open(self, email_id: int) -> None:
        self._session.runner.run(
            "email-detail",
            self._session.client.emails.get(email_id),
            self.message_loaded.emit,
            lambda exc: self.message_failed.emit(describe(exc)),
        )
