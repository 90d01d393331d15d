"""The audit log: every change is written in the same transaction as the change itself."""

from __future__ import annotations

from sqlalchemy.orm import Session

from .tables import AuditRow


def record(
    db: Session, client_id: int | None, person_id: int | None, action: str, detail: str
) -> None:
    db.add(AuditRow(client_id=client_id, person_id=person_id, action=action, detail=detail[:2000]))
