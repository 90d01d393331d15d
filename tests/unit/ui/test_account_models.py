"""The Account area's table models pass Qt's model tester, empty and filled, and their columns
read as a person expects."""

from __future__ import annotations

import datetime as dt
from typing import Any

from pytestqt.modeltest import ModelTester

from app.models import (
    AccountUser,
    ActiveSession,
    AuditEntry,
    ConnectedApp,
    Contact,
    EmailCategory,
    Invitation,
    Permission,
)
from ui import audit, contacts, security, users
from ui.table_models import ListTableModel

WHEN = dt.datetime(2026, 11, 20, 15, 30, tzinfo=dt.UTC)


def check(qtmodeltester: ModelTester, context: str, columns: Any, rows: list[Any]) -> Any:
    model: ListTableModel[Any] = ListTableModel(context, columns)
    qtmodeltester.check(model)
    model.set_rows(rows)
    qtmodeltester.check(model)
    return model


def test_users_and_invitations(qtmodeltester: ModelTester) -> None:
    owner = AccountUser(
        person_id=1, name="Laura", email="l@x.ar", is_owner=True, permissions=list(Permission)
    )
    user = AccountUser(
        person_id=2,
        name="Martín",
        email="m@x.ar",
        is_owner=False,
        permissions=[Permission.PROFILE, Permission.INVOICES],
    )
    model = check(qtmodeltester, "UsersTab", users.USER_COLUMNS, [owner, user])
    assert [model.index(0, c).data() for c in (2, 3)] == ["Owner", "All permissions"]
    assert model.index(1, 3).data() == "Account details and settings, Invoices and payments"
    invitation = Invitation(id=1, email="n@x.ar", permissions=[Permission.TICKETS], created_at=WHEN)
    check(qtmodeltester, "UsersTab", users.INVITATION_COLUMNS, [invitation])


def test_contacts(qtmodeltester: ModelTester) -> None:
    row = Contact(
        id=1,
        first_name="Carolina",
        last_name="Sosa",
        company="",
        email="c@x.ar",
        phone="",
        categories=[EmailCategory.INVOICE, EmailCategory.SUPPORT],
        created_at=WHEN,
    )
    model = check(qtmodeltester, "ContactsTab", contacts.COLUMNS, [row])
    assert model.index(0, 3).data() == "Invoices, Support tickets"


def test_apps_and_sessions(qtmodeltester: ModelTester) -> None:
    app = ConnectedApp(
        id=1,
        app_name="WordPress Toolkit",
        scopes=["clientarea:sso"],
        granted_at=WHEN,
        last_used_at=None,
    )
    model = check(qtmodeltester, "SecurityTab", security.APP_COLUMNS, [app])
    assert model.index(0, 1).data() == "Sign in to the client area"
    assert model.index(0, 3).data() == "—"
    sessions = [
        ActiveSession(
            id=1,
            created_at=WHEN,
            last_used_at=WHEN,
            user_agent="Clientdesk/1.2.0 (Windows 11; OFICINA-3)",
            address="203.0.113.5",
            current=True,
        ),
        ActiveSession(id=2, created_at=WHEN, last_used_at=WHEN, user_agent="", current=False),
    ]
    model = check(qtmodeltester, "SecurityTab", security.SESSION_COLUMNS, sessions)
    assert [model.index(r, 2).data() for r in (0, 1)] == [
        "Clientdesk 1.2.0 · Windows 11 · OFICINA-3",
        "—",
    ]
    assert [model.index(r, 3).data() for r in (0, 1)] == ["203.0.113.5", "—"]
    assert [model.index(r, 4).data() for r in (0, 1)] == ["This session", ""]


def test_audit_entries(qtmodeltester: ModelTester) -> None:
    entries = [
        AuditEntry(
            id=2, action="user_invited", detail="n@x.ar", person_name="Laura", created_at=WHEN
        ),
        AuditEntry(id=1, action="something_new", detail="", person_name="", created_at=WHEN),
    ]
    model = check(qtmodeltester, "AuditTab", audit.COLUMNS, entries)
    assert model.index(0, 2).data() == "User invited"
    assert model.index(1, 2).data() == "Something new", "an unknown action still reads"
    assert model.index(1, 1).data() == "—"
