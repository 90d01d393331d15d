"""The e-mails received: every e-mail the portal sends for an account is recorded here."""

from __future__ import annotations

import html

from sqlalchemy.orm import Session

from api_client.models import EmailCategory

from .tables import EmailMessageRow, utcnow


def as_html(subject: str, text: str) -> str:
    paragraphs = "".join(
        f"<p>{html.escape(part).replace(chr(10), '<br>')}</p>"
        for part in text.split("\n\n")
        if part.strip()
    )
    return (
        f'<!doctype html><html lang="es"><head><meta charset="utf-8">'
        f"<title>{html.escape(subject)}</title></head><body>{paragraphs}</body></html>"
    )


def record_email(
    db: Session,
    client_id: int,
    to: list[str] | str,
    subject: str,
    text: str,
    *,
    body_html: str | None = None,
    category: EmailCategory = EmailCategory.GENERAL,
) -> EmailMessageRow:
    """Add a sent e-mail to the account's history (in the caller's transaction)."""
    row = EmailMessageRow(
        client_id=client_id,
        to=", ".join(to) if isinstance(to, list) else to,
        subject=subject[:300],
        body_text=text,
        body_html=body_html if body_html is not None else as_html(subject, text),
        category=category.value,
        sent_at=utcnow(),
    )
    db.add(row)
    return row
