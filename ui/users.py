"""Users and permissions (seed: "Gestión de usuarios"): who reaches the account and what each may
do, pending invitations, and the owner's changes: invite by e-mail with a set of permissions,
change permissions, remove access. The owner's row holds every permission and cannot change."""

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

from app.i18n import QT_TRANSLATE_NOOP, arg
from app.models import AccountUser, Invitation, Permission
from app.session import AccountSession
from app.users import Users, permission_name

from . import dialogs, tables
from .accessibility import StatusLabel, allow
from .account_common import FieldErrors, sort_time, when
from .binding import SessionBinding
from .empty_state import empty_state
from .notice import Notice
from .table_models import Column, ListTableModel

CONTEXT = "UsersTab"

# What a new invitation starts with: seeing the account, its services and invoices, and support.
DEFAULT_PERMISSIONS = (
    Permission.PROFILE,
    Permission.PRODUCTS,
    Permission.INVOICES,
    Permission.TICKETS,
)


def role_text(user: AccountUser) -> str:
    if user.is_owner:
        return QCoreApplication.translate("UsersTab", "Owner")
    return QCoreApplication.translate("UsersTab", "User")


def permissions_text(permissions: list[Permission]) -> str:
    if len(permissions) == len(Permission):
        return QCoreApplication.translate("UsersTab", "All permissions")
    return ", ".join(permission_name(p) for p in permissions)


USER_COLUMNS: list[Column[AccountUser]] = [
    Column(QT_TRANSLATE_NOOP("UsersTab", "Name"), lambda u: u.name),
    Column(QT_TRANSLATE_NOOP("UsersTab", "E-mail"), lambda u: u.email),
    Column(
        QT_TRANSLATE_NOOP("UsersTab", "Role"),
        lambda u: role_text(u),
        lambda u: ("0" if u.is_owner else "1") + u.name.casefold(),
    ),
    Column(
        QT_TRANSLATE_NOOP("UsersTab", "Permissions"),
        lambda u: permissions_text(u.permissions),
        lambda u: len(u.permissions),
    ),
]
INVITATION_COLUMNS: list[Column[Invitation]] = [
    Column(QT_TRANSLATE_NOOP("UsersTab", "E-mail"), lambda i: i.email),
    Column(
        QT_TRANSLATE_NOOP("UsersTab", "Sent"),
        lambda i: when(i.created_at),
        lambda i: sort_time(i.created_at),
    ),
    Column(
        QT_TRANSLATE_NOOP("UsersTab", "Permissions"),
        lambda i: permissions_text(i.permissions),
        lambda i: len(i.permissions),
    ),
]


class UsersTab(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.binding = SessionBinding(self, self._reload)
        self._session: AccountSession | None = None
        self._users: Users | None = None
        self._inviting = False

        self.notice = Notice(self)
        self.owner_note = QLabel(self)
        self.owner_note.setObjectName("owner_only_note")
        self.owner_note.setWordWrap(True)
        self.owner_note.hide()
        self.status = StatusLabel(self)
        self.status.setObjectName("users_status")
        self.status.setWordWrap(True)

        self.model: ListTableModel[AccountUser] = ListTableModel(CONTEXT, USER_COLUMNS, self)
        self.proxy = tables.sorted_proxy(self, self.model)
        self.table = tables.table(
            self,
            "users_table",
            self.proxy,
            accessible=self.tr("People with access"),
            main=3,
            sort=(2, Qt.SortOrder.AscendingOrder),
        )
        self.invitations_model: ListTableModel[Invitation] = ListTableModel(
            CONTEXT, INVITATION_COLUMNS, self
        )
        self.invitations = tables.table(
            self,
            "invitations_table",
            self.invitations_model,
            accessible=self.tr("Pending invitations"),
            main=2,
        )
        self.empty_state = empty_state(self.invitations, self.tr("No invitations waiting."))
        self.withdraw_button = QPushButton(self.tr("&Withdraw invitation…"), self)
        self.invite_button = QPushButton(self.tr("In&vite someone…"), self)

        # the editor: one person's permissions, or a new invitation
        self.editor = QGroupBox(self.tr("Permissions"), self)
        self.editor_title = QLabel(self.editor)
        self.editor_title.setWordWrap(True)
        self.email = QLineEdit(self.editor)
        self.email.setObjectName("invite_email")
        self.email.setAccessibleName(self.tr("E-mail address to invite"))
        self.email.setPlaceholderText("nombre@empresa.com.ar")
        self.errors = FieldErrors()
        self.email_row = QWidget(self.editor)
        email_form = QFormLayout(self.email_row)
        email_form.setContentsMargins(0, 0, 0, 0)
        email_label = QLabel(self.tr("&E-mail:"), self.email_row)
        email_label.setBuddy(self.email)
        email_form.addRow(email_label, self.errors.wrap("email", self.email, self.email_row))
        self.checks: dict[Permission, QCheckBox] = {}
        grid_box = QWidget(self.editor)
        grid = QGridLayout(grid_box)
        grid.setContentsMargins(0, 0, 0, 0)
        for index, permission in enumerate(Permission):
            check = QCheckBox(permission_name(permission), grid_box)
            check.setObjectName(f"permission_{permission.value}")
            check.setAccessibleName(permission_name(permission))
            self.checks[permission] = check
            grid.addWidget(check, index // 2, index % 2)
        self.save_button = QPushButton(self.tr("&Save permissions"), self.editor)
        self.send_button = QPushButton(self.tr("Send i&nvitation"), self.editor)
        self.cancel_button = QPushButton(self.tr("Cancel"), self.editor)
        self.remove_button = QPushButton(self.tr("&Remove access…"), self.editor)
        for button in (
            self.withdraw_button,
            self.invite_button,
            self.save_button,
            self.send_button,
            self.cancel_button,
            self.remove_button,
        ):
            button.setAccessibleName(button.text().replace("&", "").rstrip("…"))
        editor_buttons = QHBoxLayout()
        editor_buttons.addWidget(self.send_button)
        editor_buttons.addWidget(self.save_button)
        editor_buttons.addWidget(self.cancel_button)
        editor_buttons.addStretch(1)
        editor_buttons.addWidget(self.remove_button)
        editor_layout = QVBoxLayout(self.editor)
        editor_layout.addWidget(self.editor_title)
        editor_layout.addWidget(self.email_row)
        editor_layout.addWidget(self.errors.wrap("permissions", grid_box, self.editor))
        editor_layout.addStretch(1)
        editor_layout.addLayout(editor_buttons)

        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        people_label = QLabel(self.tr("People with access"), left)
        people_label.setBuddy(self.table)
        left_layout.addWidget(people_label)
        left_layout.addWidget(self.table, 3)
        invitations_label = QLabel(self.tr("Pending invitations"), left)
        invitations_label.setBuddy(self.invitations)
        left_layout.addWidget(invitations_label)
        left_layout.addWidget(self.invitations, 1)
        left_buttons = QHBoxLayout()
        left_buttons.addWidget(self.invite_button)
        left_buttons.addStretch(1)
        left_buttons.addWidget(self.withdraw_button)
        left_layout.addLayout(left_buttons)
        self.body = QSplitter(self)
        self.body.addWidget(left)
        self.body.addWidget(self.editor)
        self.body.setStretchFactor(0, 3)
        self.body.setStretchFactor(1, 2)

        layout = QVBoxLayout(self)
        layout.addWidget(self.notice)
        layout.addWidget(self.owner_note)
        layout.addWidget(self.body, 1)
        layout.addWidget(self.status)

        self.table.selectionModel().selectionChanged.connect(self._selected)
        self.invitations.selectionModel().selectionChanged.connect(self._invitation_selected)
        self.invite_button.clicked.connect(self._start_invite)
        self.send_button.clicked.connect(self._send)
        self.save_button.clicked.connect(self._save)
        self.cancel_button.clicked.connect(self._cancel)
        self.remove_button.clicked.connect(self._remove)
        self.withdraw_button.clicked.connect(self._withdraw)
        self._show_editor()

    # ---- binding --------------------------------------------------------------------------

    def bind(self, session: AccountSession | None) -> None:
        self._session = session
        self._users = session.part(Users) if session is not None else None
        self._clear()
        self.binding.rebind(self._connections(self._users) if self._users is not None else ())

    def _connections(self, users: Users) -> list[tuple[SignalInstance, Callable[..., None]]]:
        return [
            (users.loaded, self._show),
            (users.failed, self._failed),
            (users.done, self._done),
            (users.change_failed, self._change_failed),
        ]

    def _clear(self) -> None:
        self.notice.clear()
        self.owner_note.hide()
        self.status.say("")
        self.model.set_rows([])
        self.invitations_model.set_rows([])
        self._inviting = False
        self.email.clear()
        self.errors.clear()
        allow(self.body, "")
        self._show_editor()

    # ---- showing --------------------------------------------------------------------------

    def _show(self) -> None:
        users = self._users
        if users is None:
            return
        selected = self.selected_user()
        self.notice.clear()
        self.owner_note.hide()
        allow(self.body, "")
        self.status.say("")
        self.model.set_rows(users.users)
        self.invitations_model.set_rows(users.invitations)
        if selected is not None:
            self.select_person(selected.person_id)
        self._show_editor()

    def _failed(self, text: str, owner_only: bool) -> None:
        self.status.say("")
        if owner_only:
            self.model.set_rows([])
            self.invitations_model.set_rows([])
            self.owner_note.setText(text)
            self.owner_note.show()
            allow(self.body, text)
            return
        self.notice.show_error(text, self._reload)

    def _reload(self) -> None:
        if self._users is not None:
            self.status.say(self.tr("Loading…"))
            self._users.load()

    def selected_user(self) -> AccountUser | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        return self.model.row_object(self.proxy.mapToSource(rows[0]).row())

    def selected_invitation(self) -> Invitation | None:
        rows = self.invitations.selectionModel().selectedRows()
        return self.invitations_model.row_object(rows[0].row()) if rows else None

    def select_person(self, person_id: int) -> None:
        for row, user in enumerate(self.model.rows()):
            if user.person_id == person_id:
                self.table.selectRow(self.proxy.mapFromSource(self.model.index(row, 0)).row())
                return

    def _selected(self, _new: QItemSelection, _old: QItemSelection) -> None:
        if self.selected_user() is not None:
            self._inviting = False
            self.errors.clear()
        self._show_editor()

    def _invitation_selected(self, _new: QItemSelection, _old: QItemSelection) -> None:
        self._allow_withdraw()

    def _allow_withdraw(self) -> None:
        chosen = self.selected_invitation() is not None
        allow(self.withdraw_button, "" if chosen else self.tr("Choose an invitation first."))

    def _show_editor(self) -> None:
        user = None if self._inviting else self.selected_user()
        self.email_row.setVisible(self._inviting)
        self.send_button.setVisible(self._inviting)
        self.cancel_button.setVisible(self._inviting)
        self.save_button.setVisible(not self._inviting)
        self.remove_button.setVisible(not self._inviting)
        self._allow_withdraw()
        self.invite_button.setEnabled(self._users is not None and not self._inviting)
        if self._inviting:
            self.editor.setTitle(self.tr("Invite someone"))
            self.editor_title.setText(
                self.tr(
                    "They get an e-mail with an invitation code; someone who already signs in "
                    "to this portal gets access at once."
                )
            )
            for check in self.checks.values():
                allow(check, "")
            return
        self.editor.setTitle(self.tr("Permissions"))
        fixed = (
            self.tr("Choose a person in the list first.")
            if user is None
            else self.tr("The account owner holds every permission.")
            if user.is_owner
            else ""
        )
        for permission, check in self.checks.items():
            check.setChecked(user is not None and permission in user.permissions)
            allow(check, fixed)
        allow(self.save_button, fixed)
        allow(self.remove_button, fixed)
        if user is None:
            self.editor_title.setText(
                self.tr("Select a person to see what they may do, or invite someone.")
            )
        elif user.is_owner:
            self.editor_title.setText(
                arg(
                    self.tr(
                        "%1 owns the account: the owner holds every permission and cannot be "
                        "restricted or removed."
                    ),
                    user.name,
                )
            )
        else:
            self.editor_title.setText(arg(self.tr("What %1 may do on this account:"), user.name))

    def chosen(self) -> list[Permission]:
        return [p for p, check in self.checks.items() if check.isChecked()]

    # ---- actions --------------------------------------------------------------------------

    def _start_invite(self) -> None:
        self._inviting = True
        self.table.clearSelection()
        self.errors.clear()
        self.email.clear()
        for permission, check in self.checks.items():
            check.setChecked(permission in DEFAULT_PERMISSIONS)
        self._show_editor()
        self.email.setFocus()

    def _cancel(self) -> None:
        self._inviting = False
        self.errors.clear()
        self._show_editor()

    def _send(self) -> None:
        if self._users is None:
            return
        self.errors.clear()
        self.notice.clear()
        email = self.email.text().strip()
        if not email:
            self.errors.show({"email": self.tr("Enter the e-mail address of the person.")})
            return
        if not self.chosen():
            self.errors.show({"permissions": self.tr("Choose at least one permission.")})
            return
        self.status.say(self.tr("Sending the invitation…"))
        self._users.invite(email, self.chosen())

    def _save(self) -> None:
        user = self.selected_user()
        if self._users is None or user is None or user.is_owner:
            return
        self.errors.clear()
        self.notice.clear()
        if not self.chosen():
            self.errors.show({"permissions": self.tr("Choose at least one permission.")})
            return
        self.status.say(self.tr("Saving…"))
        self._users.set_permissions(user.person_id, self.chosen())

    def _remove(self) -> None:
        user = self.selected_user()
        if self._users is None or user is None or user.is_owner:
            return
        text = self.tr(
            "%1 (%2) will no longer reach this account: they stop seeing its services, "
            "invoices and tickets at once. To give access again you must invite them again."
        )
        if not dialogs.confirm(
            self,
            self.tr("Remove access"),
            arg(text, user.name, user.email),
            self.tr("Remove access"),
        ):
            return
        self.status.say(self.tr("Removing…"))
        self._users.remove(user)

    def _withdraw(self) -> None:
        invitation = self.selected_invitation()
        if self._users is None or invitation is None:
            return
        text = self.tr("The invitation sent to %1 will stop working.")
        if not dialogs.confirm(
            self,
            self.tr("Withdraw invitation"),
            arg(text, invitation.email),
            self.tr("Withdraw invitation"),
        ):
            return
        self._users.cancel_invitation(invitation)

    def _done(self, text: str) -> None:
        if self._inviting:
            self._inviting = False
            self.email.clear()
            self._show_editor()
        self.status.say(text)

    def _change_failed(self, text: str, fields: dict[str, str]) -> None:
        self.status.say("")
        if not self.errors.show(fields):
            self.notice.show_error(text)
