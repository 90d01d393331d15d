"""Contacts (seed: "Como agrego un contacto secundario a mi cuenta"): the account's secondary
contacts and which e-mails each receives (invoices, support, ...). Add, edit, remove; the
portal's field errors show under the fields and what was typed stays."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QItemSelection, Qt, SignalInstance
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from app.contacts import FIELDS, Contacts, category_name
from app.i18n import QT_TRANSLATE_NOOP, arg
from app.models import Contact, EmailCategory
from app.session import AccountSession

from . import dialogs, tables
from .accessibility import StatusLabel, allow
from .account_common import FieldErrors
from .binding import SessionBinding
from .empty_state import empty_state
from .notice import Notice
from .table_models import Column, ListTableModel

CONTEXT = "ContactsTab"

LABELS = {
    "first_name": QT_TRANSLATE_NOOP("ContactsTab", "&First name:"),
    "last_name": QT_TRANSLATE_NOOP("ContactsTab", "&Last name:"),
    "company": QT_TRANSLATE_NOOP("ContactsTab", "C&ompany:"),
    "email": QT_TRANSLATE_NOOP("ContactsTab", "&E-mail:"),
    "phone": QT_TRANSLATE_NOOP("ContactsTab", "P&hone:"),
}


def _name(contact: Contact) -> str:
    return f"{contact.first_name} {contact.last_name}".strip()


def receives_text(contact: Contact) -> str:
    if not contact.categories:
        return QCoreApplication.translate("ContactsTab", "Nothing")
    return ", ".join(category_name(c) for c in contact.categories)


COLUMNS: list[Column[Contact]] = [
    Column(QT_TRANSLATE_NOOP("ContactsTab", "Name"), _name, lambda c: _name(c).casefold()),
    Column(QT_TRANSLATE_NOOP("ContactsTab", "Company"), lambda c: c.company),
    Column(QT_TRANSLATE_NOOP("ContactsTab", "E-mail"), lambda c: c.email),
    Column(QT_TRANSLATE_NOOP("ContactsTab", "Receives"), receives_text),
]


def _t(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


class ContactsTab(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.binding = SessionBinding(self, self._first_load)
        self._session: AccountSession | None = None
        self._contacts: Contacts | None = None
        self._current: Contact | None = None  # the contact the form edits; None: a new one

        self.notice = Notice(self)
        self.status = StatusLabel(self)
        self.status.setObjectName("contacts_status")
        self.status.setWordWrap(True)
        intro = QLabel(
            self.tr(
                "Secondary contacts help you run the account: choose which e-mails each one "
                "receives, for example the invoices or the support tickets."
            ),
            self,
        )
        intro.setWordWrap(True)

        self.model: ListTableModel[Contact] = ListTableModel(CONTEXT, COLUMNS, self)
        self.proxy = tables.sorted_proxy(self, self.model)
        self.table = tables.table(
            self,
            "contacts_table",
            self.proxy,
            accessible=self.tr("Contacts"),
            sort=(0, Qt.SortOrder.AscendingOrder),
        )
        self.empty_state = empty_state(self.table, self.tr("No secondary contacts yet."))

        self.form = QGroupBox(self)
        self.errors = FieldErrors()
        self.edits: dict[str, QLineEdit] = {}
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for name in FIELDS:
            edit = QLineEdit(self.form)
            edit.setObjectName(f"contact_{name}")
            edit.setAccessibleName(_t(LABELS[name]).replace("&", "").rstrip(":"))
            self.edits[name] = edit
            label = QLabel(_t(LABELS[name]), self.form)
            label.setBuddy(edit)
            form.addRow(label, self.errors.wrap(name, edit, self.form))
        self.edits["phone"].setPlaceholderText("+54 11 4567-8910")
        self.checks: dict[EmailCategory, QCheckBox] = {}
        grid_box = QWidget(self.form)
        grid = QGridLayout(grid_box)
        grid.setContentsMargins(0, 0, 0, 0)
        for index, category in enumerate(EmailCategory):
            check = QCheckBox(category_name(category), grid_box)
            check.setObjectName(f"category_{category.value}")
            check.setAccessibleName(category_name(category))
            self.checks[category] = check
            grid.addWidget(check, index // 2, index % 2)
        receives = QLabel(self.tr("Receives these e-mails:"), self.form)
        form.addRow(receives, self.errors.wrap("categories", grid_box, self.form))

        self.new_button = QPushButton(self.tr("&New contact"), self)
        self.save_button = QPushButton(self.tr("&Save contact"), self.form)
        self.remove_button = QPushButton(self.tr("&Remove contact…"), self.form)
        for button in (self.new_button, self.save_button, self.remove_button):
            button.setAccessibleName(button.text().replace("&", "").rstrip("…"))
        form_buttons = QHBoxLayout()
        form_buttons.addWidget(self.save_button)
        form_buttons.addStretch(1)
        form_buttons.addWidget(self.remove_button)
        form_layout = QVBoxLayout(self.form)
        form_layout.addLayout(form)
        form_layout.addStretch(1)
        form_layout.addLayout(form_buttons)

        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.table, 1)
        left_buttons = QHBoxLayout()
        left_buttons.addWidget(self.new_button)
        left_buttons.addStretch(1)
        left_layout.addLayout(left_buttons)
        self.body = QSplitter(self)
        self.body.addWidget(left)
        self.body.addWidget(self.form)
        self.body.setStretchFactor(0, 3)
        self.body.setStretchFactor(1, 2)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.notice)
        layout.addWidget(self.body, 1)
        layout.addWidget(self.status)

        self.table.selectionModel().selectionChanged.connect(self._selected)
        self.new_button.clicked.connect(self.start_new)
        self.save_button.clicked.connect(self._save)
        self.remove_button.clicked.connect(self._remove)
        self.start_new()

    # ---- binding --------------------------------------------------------------------------

    def bind(self, session: AccountSession | None) -> None:
        self._session = session
        self._contacts = session.part(Contacts) if session is not None else None
        self.notice.clear()
        self.status.say("")
        self.model.set_rows([])
        self.start_new()
        self.binding.rebind(self._connections(self._contacts) if self._contacts is not None else ())

    def _first_load(self) -> None:
        self.status.say(self.tr("Loading…"))
        self._reload()

    def _connections(self, contacts: Contacts) -> list[tuple[SignalInstance, Callable[..., None]]]:
        return [
            (contacts.loaded, self._show),
            (contacts.failed, self._failed),
            (contacts.saved, self._saved),
            (contacts.save_failed, self._save_failed),
            (contacts.removed, self._removed),
            (contacts.remove_failed, self._remove_failed),
        ]

    # ---- showing --------------------------------------------------------------------------

    def _show(self, contacts: list[Contact]) -> None:
        if self.status.text() == self.tr("Loading…"):
            self.status.say("")
        self.notice.clear()
        keep = self._current.id if self._current is not None else None
        self.model.set_rows(contacts)
        if keep is not None:
            self.select_contact(keep, refill=False)

    def _failed(self, text: str) -> None:
        self.status.say("")
        self.notice.show_error(text, self._reload)

    def _reload(self) -> None:
        if self._contacts is not None:
            self._contacts.load()

    def selected(self) -> Contact | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        return self.model.row_object(self.proxy.mapToSource(rows[0]).row())

    def select_contact(self, contact_id: int, *, refill: bool = True) -> None:
        for row, contact in enumerate(self.model.rows()):
            if contact.id == contact_id:
                self._refill = refill
                self.table.selectRow(self.proxy.mapFromSource(self.model.index(row, 0)).row())
                self._refill = True
                return

    _refill = True

    def _selected(self, _new: QItemSelection, _old: QItemSelection) -> None:
        contact = self.selected()
        if contact is None or not self._refill:
            if contact is not None:
                self._current = contact
            return
        self._fill(contact)

    def _fill(self, contact: Contact | None) -> None:
        self._current = contact
        self.errors.clear()
        for name, edit in self.edits.items():
            edit.setText(str(getattr(contact, name)) if contact is not None else "")
            edit.setCursorPosition(0)
        for category, check in self.checks.items():
            check.setChecked(contact is not None and category in contact.categories)
        allow(
            self.remove_button,
            "" if contact is not None else self.tr("Choose a contact in the list first."),
        )
        if contact is None:
            self.form.setTitle(self.tr("New contact"))
        else:
            self.form.setTitle(arg(self.tr("Contact: %1"), _name(contact)))

    def start_new(self) -> None:
        self.table.clearSelection()
        self._fill(None)
        self.edits["first_name"].setFocus()

    # ---- changes --------------------------------------------------------------------------

    def values(self) -> dict[str, str]:
        return {name: edit.text().strip() for name, edit in self.edits.items()}

    def chosen(self) -> list[EmailCategory]:
        return [c for c, check in self.checks.items() if check.isChecked()]

    def _save(self) -> None:
        if self._contacts is None:
            return
        self.errors.clear()
        self.notice.clear()
        if not self.values()["first_name"]:
            self.errors.show({"first_name": self.tr("Enter the contact's first name.")})
            return
        if not self.values()["email"]:
            self.errors.show({"email": self.tr("Enter the contact's e-mail address.")})
            return
        self.status.say(self.tr("Saving…"))
        self.save_button.setEnabled(False)
        if self._current is None:
            self._contacts.add(self.values(), self.chosen())
        else:
            self._contacts.update(self._current, self.values(), self.chosen())

    def _saved(self, contact: Contact, text: str) -> None:
        self.save_button.setEnabled(True)
        self._fill(contact)
        self.status.say(text)

    def _save_failed(self, text: str, fields: dict[str, str]) -> None:
        self.save_button.setEnabled(True)
        self.status.say("")
        if not self.errors.show(fields):
            self.notice.show_error(text, self._save)

    def _remove(self) -> None:
        contact = self._current
        if self._contacts is None or contact is None:
            return
        text = self.tr(
            "%1 (%2) will be removed from the account's contacts and will stop receiving its "
            "e-mails."
        )
        if not dialogs.confirm(
            self,
            self.tr("Remove contact"),
            arg(text, _name(contact), contact.email),
            self.tr("Remove contact"),
        ):
            return
        self.status.say(self.tr("Removing…"))
        self._contacts.remove(contact)

    def _removed(self, text: str) -> None:
        self.start_new()
        self.status.say(text)

    def _remove_failed(self, text: str) -> None:
        self.status.say("")
        self.notice.show_error(text, self._remove)
