"""The WHMCS backend's e-mails received: WHMCS's copy of what it sent the client, its HTML read
as text."""

from __future__ import annotations

import datetime as dt
from html.parser import HTMLParser

from sqlalchemy.orm import Session

from api_client.models import (
    EmailCategory,
    EmailMessage,
    EmailSummary,
    Page,
)

from ..auth import AccountContext
from ..errors import (
    not_found,
)
from .backend import NO_DATE, Whmcs, _offset
from .client import (
    Answer,
    to_datetime,
    to_int,
)


class _Text(HTMLParser):
    """The text of an HTML e-mail: tags dropped, lines kept, scripts and styles skipped."""

    BREAKS = frozenset({"br", "p", "div", "tr", "li", "h1", "h2", "h3", "table"})

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skipping = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in ("script", "style"):
            self.skipping += 1
        elif tag in self.BREAKS:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in ("script", "style") and self.skipping:
            self.skipping -= 1

    def handle_data(self, data: str) -> None:
        if not self.skipping:
            self.parts.append(data)


def text_of(html: str) -> str:
    parser = _Text()
    parser.feed(html)
    parser.close()
    lines = (" ".join(line.split()) for line in "".join(parser.parts).splitlines())
    return "\n".join(line for line in lines if line)


def email_message(row: Answer) -> EmailMessage:
    html = str(row.get("message", ""))
    sent = to_datetime(row.get("date")) or dt.datetime.combine(NO_DATE, dt.time(), dt.UTC)
    return EmailMessage(
        id=to_int(row.get("id")),
        subject=str(row.get("subject", "")),
        to=str(row.get("to", "")),
        # GetEmails says nothing of what kind of e-mail it was
        category=EmailCategory.GENERAL,
        sent_at=sent,
        body_text=text_of(html),
        body_html=html,
    )


class WhmcsMail:
    """``GetEmails(clientid)``: no order is documented and no action reads one e-mail, so the
    client's e-mails are read whole (paged), sorted newest first and kept for the cache's time;
    the list pages through that copy by offset, and an e-mail is found in it by its id."""

    def __init__(self, whmcs: Whmcs) -> None:
        self.whmcs = whmcs

    def _emails(self, client_id: int) -> list[EmailMessage]:
        def load() -> list[EmailMessage]:
            found = self.whmcs.all_rows("GetEmails", "emails", "email", {"clientid": client_id})
            mails = [
                email_message(row)
                for row in found
                if to_int(row.get("userid"), client_id) == client_id
            ]
            return sorted(mails, key=lambda m: (m.sent_at, m.id), reverse=True)

        mails: list[EmailMessage] = self.whmcs.cached("emails", str(client_id), load)
        return mails

    def list_emails(
        self, db: Session, ctx: AccountContext, limit: int, cursor: str | None
    ) -> Page[EmailSummary]:
        start = _offset(cursor)
        mails = self._emails(ctx.client.id)
        items = [EmailSummary.model_validate(m.model_dump()) for m in mails[start : start + limit]]
        after = start + len(items)
        return Page[EmailSummary](
            items=items, next_cursor=str(after) if after < len(mails) else None
        )

    def get_email(self, db: Session, ctx: AccountContext, email_id: int) -> EmailMessage:
        for mail in self._emails(ctx.client.id):
            if mail.id == email_id:
                return mail
        raise not_found("No such e-mail")
