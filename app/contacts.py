"""Secondary contacts of the account (seed: "Como agrego un contacto secundario a mi cuenta") and
the e-mail categories each one receives."""

from __future__ import annotations

import builtins
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Signal

from api_client.models import Contact, ContactCreate, ContactUpdate, EmailCategory

from .i18n import QT_TRANSLATE_NOOP, arg
from .idempotency import PendingKeys, fingerprint
from .portal_codes import PortalCodes
from .session import AccountSession

CONTEXT = "contacts"

CATEGORY_NAMES: dict[EmailCategory, str] = {
    EmailCategory.GENERAL: QT_TRANSLATE_NOOP("contacts", "General e-mails"),
    EmailCategory.INVOICE: QT_TRANSLATE_NOOP("contacts", "Invoices"),
    EmailCategory.PRODUCT: QT_TRANSLATE_NOOP("contacts", "Services"),
    EmailCategory.DOMAIN: QT_TRANSLATE_NOOP("contacts", "Domains"),
    EmailCategory.SUPPORT: QT_TRANSLATE_NOOP("contacts", "Support tickets"),
    EmailCategory.AFFILIATE: QT_TRANSLATE_NOOP("contacts", "Affiliates"),
}

_FIELDS = {
    "email_taken": QT_TRANSLATE_NOOP(
        "contacts", "Another contact of this account has this e-mail."
    ),
    "value_error": QT_TRANSLATE_NOOP("contacts", "This is not a valid e-mail address."),
    "missing": QT_TRANSLATE_NOOP("contacts", "This field is required."),
}

_PORTAL_CODES = PortalCodes(CONTEXT, fields=_FIELDS)

FIELDS = ("first_name", "last_name", "company", "email", "phone")


def category_name(category: EmailCategory) -> str:
    return QCoreApplication.translate(CONTEXT, CATEGORY_NAMES[category])


class Contacts(QObject):
    loaded = Signal(list)  # list[Contact]
    failed = Signal(str)
    saved = Signal(object, str)  # Contact, what happened in words
    save_failed = Signal(str, dict)  # message, {field: text}
    removed = Signal(str)  # what happened in words
    remove_failed = Signal(str)

    def __init__(self, session: AccountSession) -> None:
        super().__init__(session)
        self._session = session
        self.contacts: builtins.list[Contact] = []
        self._adding = PendingKeys()

    def load(self) -> None:
        self._session.load_cached(
            "contacts",
            self._session.client.contacts.list(),
            builtins.list[Contact],
            self._arrived,
            lambda exc: self.failed.emit(_PORTAL_CODES.explain(exc)),
        )

    def _arrived(self, contacts: builtins.list[Contact]) -> None:
        self.contacts = contacts
        self.loaded.emit(contacts)

    def add(self, values: dict[str, str], categories: Sequence[EmailCategory]) -> None:
        body = ContactCreate.model_construct(
            first_name=values.get("first_name", ""),
            last_name=values.get("last_name", ""),
            company=values.get("company", ""),
            email=values.get("email", ""),
            phone=values.get("phone", ""),
            categories=[*categories],
        )
        # one key per contact to add: a Retry after a lost answer does not add it twice
        what = fingerprint("contact", values, [c.value for c in categories])
        key = self._adding.key(what)

        def added(contact: Contact) -> None:
            self._adding.done(what)
            self._saved(contact, QCoreApplication.translate("contacts", "Contact %1 added."))

        def failed(exc: BaseException) -> None:
            self._adding.failed(what, exc)
            self._save_failed(exc)

        self._session.runner.run(
            "contact-save",
            self._session.client.contacts.add(body, idempotency_key=key),
            added,
            failed,
        )

    def update(
        self, contact: Contact, values: dict[str, str], categories: Sequence[EmailCategory]
    ) -> None:
        """Send only what differs from what the portal holds."""
        changed: dict[str, Any] = {
            name: value for name, value in values.items() if getattr(contact, name) != value
        }
        if set(categories) != set(contact.categories):
            changed["categories"] = [*categories]
        if not changed:
            self.saved.emit(contact, QCoreApplication.translate("contacts", "Nothing to save."))
            return
        body = ContactUpdate.model_construct(_fields_set=set(changed), **changed)
        self._session.runner.run(
            "contact-save",
            self._session.client.contacts.update(contact.id, body),
            lambda saved: self._saved(
                saved, QCoreApplication.translate("contacts", "Contact %1 saved.")
            ),
            self._save_failed,
        )

    def _saved(self, contact: Contact, template: str) -> None:
        name = f"{contact.first_name} {contact.last_name}".strip()
        self.saved.emit(contact, arg(template, name))
        self.load()

    def _save_failed(self, exc: BaseException) -> None:
        self.save_failed.emit(_PORTAL_CODES.explain(exc), _PORTAL_CODES.fields_of(exc))

    def remove(self, contact: Contact) -> None:
        name = f"{contact.first_name} {contact.last_name}".strip()

        def done(_: None) -> None:
            self.removed.emit(
                arg(QCoreApplication.translate("contacts", "Contact %1 removed."), name)
            )
            self.load()

        self._session.runner.run(
            "contact-remove",
            self._session.client.contacts.remove(contact.id),
            done,
            lambda exc: self.remove_failed.emit(_PORTAL_CODES.explain(exc)),
        )
