"""What a host's administrator does from the command line (``clientdesk-portal create-client``,
``create-staff``, ``invite``, ``reset-password``, ``disable-person``), so that a portal starts
from an empty database with no demo data. Each function commits its change and records it in the
audit log; a refusal raises :class:`AdminError` with a sentence for the administrator.
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from api_client.models import Permission

from .audit import record
from .auth import token_hash
from .mailbox import record_email
from .passwords import hash_password
from .tables import (
    AccessTokenRow,
    ClientRow,
    DepartmentRow,
    InvitationRow,
    MembershipRow,
    PersonRow,
    SessionRow,
    utcnow,
)

MIN_PASSWORD_LENGTH = 10  # as PasswordChange asks of a customer
CURRENCIES = {"ARS", "USD", "EUR", "BRL", "CLP", "UYU", "MXN"}


class AdminError(Exception):
    """The change was refused; nothing was written."""


def _person(db: Session, email: str) -> PersonRow | None:
    return db.scalar(select(PersonRow).where(func.lower(PersonRow.email) == email.lower()))


def _checked_password(password: str) -> str:
    if len(password) < MIN_PASSWORD_LENGTH:
        raise AdminError(f"The password must have at least {MIN_PASSWORD_LENGTH} characters.")
    return hash_password(password)


def _checked_email(email: str) -> str:
    email = email.strip().lower()
    local, _, domain = email.partition("@")
    if not local or "." not in domain or " " in email:
        raise AdminError(f"'{email}' is not an e-mail address.")
    return email


@dataclass(frozen=True)
class NewClient:
    first_name: str
    last_name: str
    email: str
    company: str = ""
    phone: str = ""
    country: str = "AR"
    language: str = "es"
    currency: str = "ARS"


def create_client(db: Session, client: NewClient, owner_password: str | None) -> ClientRow:
    """A client account and its owner, the person who signs in with the client's e-mail: a new
    person with ``owner_password`` (to be changed by them), or the person who signs in with that
    e-mail already (a reseller's new account), when no password is given."""
    email = _checked_email(client.email)
    if db.scalar(select(ClientRow.id).where(func.lower(ClientRow.email) == email)) is not None:
        raise AdminError(f"A client account with the e-mail {email} exists already.")
    if client.currency not in CURRENCIES:
        raise AdminError(f"Unknown currency {client.currency}; one of {sorted(CURRENCIES)}.")
    if client.language not in ("es", "en"):
        raise AdminError("The language is es or en.")
    if not client.first_name.strip() or not client.last_name.strip():
        raise AdminError("The first and last names are required.")
    row = ClientRow(
        first_name=client.first_name.strip(),
        last_name=client.last_name.strip(),
        company=client.company.strip(),
        email=email,
        phone=client.phone.strip(),
        country=client.country.upper(),
        language=client.language,
        currency=client.currency,
    )
    db.add(row)
    db.flush()
    owner = _person(db, email)
    if owner is not None and owner_password is not None:
        raise AdminError(
            f"{email} signs in already: leave out the password to make that person the owner."
        )
    if owner is None and owner_password is not None:
        owner = PersonRow(
            email=email,
            name=f"{row.first_name} {row.last_name}",
            password_hash=_checked_password(owner_password),
        )
        db.add(owner)
        db.flush()
    if owner is None:
        raise AdminError(f"Nobody signs in as {email} yet: give the owner's first password.")
    db.add(MembershipRow(person_id=owner.id, client_id=row.id, is_owner=True))
    record(db, row.id, None, "client_created", f"owner {email}")
    db.commit()
    return row


def create_staff(db: Session, email: str, name: str, password: str) -> PersonRow:
    email = _checked_email(email)
    if _person(db, email) is not None:
        raise AdminError(f"{email} signs in already.")
    if not name.strip():
        raise AdminError("The name is required.")
    person = PersonRow(
        email=email, name=name.strip(), is_staff=True, password_hash=_checked_password(password)
    )
    db.add(person)
    db.flush()
    record(db, None, None, "staff_created", email)
    db.commit()
    return person


def create_department(db: Session, name: str, description: str = "") -> DepartmentRow:
    """A support department customers open tickets in (such as "Soporte técnico")."""
    name = name.strip()
    if not name:
        raise AdminError("The department needs a name.")
    if db.scalar(select(DepartmentRow.id).where(func.lower(DepartmentRow.name) == name.lower())):
        raise AdminError(f"A department named {name} exists already.")
    row = DepartmentRow(name=name, description=description.strip())
    db.add(row)
    db.flush()
    record(db, None, None, "department_created", name)
    db.commit()
    return row


def _invite(db: Session, client: ClientRow, email: str, permissions: list[Permission]) -> str:
    token = secrets.token_urlsafe(32)
    db.add(
        InvitationRow(
            client_id=client.id,
            email=email,
            permissions=",".join(p.value for p in permissions),
            token_hash=token_hash(token),
            invited_by=None,
            created_at=utcnow(),
        )
    )
    account = client.company or f"{client.first_name} {client.last_name}"
    record_email(
        db,
        client.id,
        email,
        f"Acceso a la cuenta {account}",
        f"Hola:\n\nTe invitaron a administrar la cuenta {account} en el área de clientes.\n\n"
        f"Para crear tu acceso, usá este código de invitación: {token}\n\n"
        "Si no esperabas este mensaje, ignoralo.",
    )
    return token


def invite(db: Session, client_id: int, email: str, permissions: list[Permission]) -> str:
    """Give someone access to an account: at once if the e-mail signs in already, else by an
    invitation e-mail. Returns "added" or "invited"."""
    email = _checked_email(email)
    client = db.get(ClientRow, client_id)
    if client is None:
        raise AdminError(f"There is no client account {client_id}.")
    if not permissions:
        raise AdminError(f"Give at least one permission: {', '.join(p.value for p in Permission)}.")
    person = _person(db, email)
    if person is not None:
        exists = db.scalar(
            select(MembershipRow.id).where(
                MembershipRow.person_id == person.id, MembershipRow.client_id == client.id
            )
        )
        if exists is not None:
            raise AdminError(f"{email} reaches account {client_id} already.")
        db.add(
            MembershipRow(
                person_id=person.id,
                client_id=client.id,
                permissions=",".join(p.value for p in permissions),
            )
        )
        record(db, client.id, None, "user_added", email)
        db.commit()
        return "added"
    _invite(db, client, email, permissions)
    record(db, client.id, None, "user_invited", email)
    db.commit()
    return "invited"


def _end_sessions(db: Session, person: PersonRow) -> int:
    now = utcnow()
    sessions = list(
        db.scalars(
            select(SessionRow).where(
                SessionRow.person_id == person.id, SessionRow.ended_at.is_(None)
            )
        )
    )
    for session in sessions:
        session.ended_at = now
    db.execute(
        delete(AccessTokenRow).where(
            AccessTokenRow.session_id.in_(
                select(SessionRow.id).where(SessionRow.person_id == person.id)
            )
        )
    )
    return len(sessions)


def reset_password(db: Session, email: str, password: str) -> int:
    """A new password; every session of that person ends. Returns how many ended."""
    person = _person(db, email)
    if person is None:
        raise AdminError(f"Nobody signs in as {email}.")
    person.password_hash = _checked_password(password)
    ended = _end_sessions(db, person)
    record(db, None, person.id, "password_reset", "by the administrator")
    db.commit()
    return ended


def disable_person(db: Session, email: str) -> int:
    """Refuse this person's sign-ins from now on and end every session. Returns how many ended."""
    person = _person(db, email)
    if person is None:
        raise AdminError(f"Nobody signs in as {email}.")
    if person.disabled_at is None:
        person.disabled_at = utcnow()
    ended = _end_sessions(db, person)
    record(db, None, person.id, "person_disabled", "by the administrator")
    db.commit()
    return ended
