"""The Account tab: the account's details, users, contacts, alerts and audit log, and the
signed-in person's security, as sub-tabs. Each sub-tab shows only with the permission it needs;
Security is the person's own, so it always shows."""

from __future__ import annotations

from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from app.models import Permission
from app.session import AccountSession

from .account_details import AccountDetailsTab
from .alerts import AlertsTab
from .audit import AuditTab
from .contacts import ContactsTab
from .security import SecurityTab
from .users import UsersTab


class AccountArea(QWidget):
    def __init__(self, details: AccountDetailsTab, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.details_tab = details
        self.users_tab = UsersTab(self)
        self.contacts_tab = ContactsTab(self)
        self.security_tab = SecurityTab(self)
        self.alerts_tab = AlertsTab(self)
        self.audit_tab = AuditTab(self)
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("account_tabs")
        self.tabs.setAccessibleName(self.tr("Account"))
        # (sub-tab, permission that shows it or None for everyone, title); no Alt keys in the
        # titles: the forms inside take those, Ctrl+Tab and Ctrl+Shift+Tab move between these
        self._parts: list[tuple[QWidget, Permission | None, str]] = [
            (self.details_tab, Permission.PROFILE, self.tr("Details")),
            (self.users_tab, Permission.PROFILE, self.tr("Users and permissions")),
            (self.contacts_tab, Permission.CONTACTS, self.tr("Contacts")),
            (self.security_tab, None, self.tr("Security")),
            (self.alerts_tab, Permission.PROFILE, self.tr("Alerts")),
            (self.audit_tab, Permission.PROFILE, self.tr("Audit log")),
        ]
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addWidget(self.tabs)
        # each sub-tab asks the portal when first shown, not all of them at sign-in (its binding)

    def bind(self, session: AccountSession | None) -> None:
        current = self.tabs.currentWidget()
        for tab, _permission, _title in self._parts:
            tab.bind(None)  # type: ignore[attr-defined]
        self.tabs.clear()
        if session is None:
            return
        for tab, permission, title in self._parts:
            if permission is None or session.can(permission):
                tab.bind(session)  # type: ignore[attr-defined]
                self.tabs.addTab(tab, title)
        if current is not None and self.tabs.indexOf(current) >= 0:
            self.tabs.setCurrentWidget(current)

    def titles(self) -> list[str]:
        return [self.tabs.tabText(i) for i in range(self.tabs.count())]
