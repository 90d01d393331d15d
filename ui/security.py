"""Security of the signed-in person: change the password, two-factor sign-in (QR code to scan,
recovery codes shown once), connected apps with single sign-on access, and active sessions."""

from __future__ import annotations

import io
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QItemSelection, Qt, SignalInstance
from PySide6.QtGui import QGuiApplication, QPixmap
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app.i18n import QT_TRANSLATE_NOOP, arg
from app.models import ActiveSession, ConnectedApp, TwoFactorSetup, TwoFactorStatus
from app.security import MIN_PASSWORD, Security, describe_device, password_rules
from app.session import AccountSession

from . import dialogs, tables
from .accessibility import StatusLabel, allow
from .account_common import FieldErrors, sort_time, when
from .binding import SessionBinding
from .notice import Notice
from .table_models import Column, ListTableModel

CONTEXT = "SecurityTab"

SCOPES = {
    "clientarea:sso": QT_TRANSLATE_NOOP("SecurityTab", "Sign in to the client area"),
    "products:read": QT_TRANSLATE_NOOP("SecurityTab", "See services"),
}


def scopes_text(app: ConnectedApp) -> str:
    return ", ".join(
        QCoreApplication.translate(CONTEXT, SCOPES[s]) if s in SCOPES else s for s in app.scopes
    )


def this_session_text(session: ActiveSession) -> str:
    return QCoreApplication.translate("SecurityTab", "This session") if session.current else ""


APP_COLUMNS: list[Column[ConnectedApp]] = [
    Column(QT_TRANSLATE_NOOP("SecurityTab", "Application"), lambda a: a.app_name),
    Column(QT_TRANSLATE_NOOP("SecurityTab", "Access"), scopes_text),
    Column(
        QT_TRANSLATE_NOOP("SecurityTab", "Connected"),
        lambda a: when(a.granted_at),
        lambda a: sort_time(a.granted_at),
    ),
    Column(
        QT_TRANSLATE_NOOP("SecurityTab", "Last used"),
        lambda a: when(a.last_used_at),
        lambda a: sort_time(a.last_used_at),
    ),
]
SESSION_COLUMNS: list[Column[ActiveSession]] = [
    Column(
        QT_TRANSLATE_NOOP("SecurityTab", "Signed in"),
        lambda s: when(s.created_at),
        lambda s: sort_time(s.created_at),
    ),
    Column(
        QT_TRANSLATE_NOOP("SecurityTab", "Last used"),
        lambda s: when(s.last_used_at),
        lambda s: sort_time(s.last_used_at),
    ),
    Column(
        QT_TRANSLATE_NOOP("SecurityTab", "Device"), lambda s: describe_device(s.user_agent) or "—"
    ),
    Column(QT_TRANSLATE_NOOP("SecurityTab", "IP address"), lambda s: s.address or "—"),
    Column(QT_TRANSLATE_NOOP("SecurityTab", "Current"), this_session_text),
]


def qr_pixmap(uri: str, scale: int = 5) -> QPixmap:
    """The otpauth:// URI as a QR code an authenticator app scans."""
    import segno  # only when two-factor is being set up: not on every start (~80 ms)

    buffer = io.BytesIO()
    segno.make(uri, error="m").save(buffer, kind="png", scale=scale, border=3)
    pixmap = QPixmap()
    pixmap.loadFromData(buffer.getvalue(), "PNG")
    return pixmap


def _password(parent: QWidget, name: str, accessible: str) -> QLineEdit:
    edit = QLineEdit(parent)
    edit.setObjectName(name)
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    edit.setAccessibleName(accessible)
    return edit


class SecurityTab(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.binding = SessionBinding(self, self._first_load)
        self._security: Security | None = None
        self.status = StatusLabel(self)
        self.status.setObjectName("security_status")
        self.status.setWordWrap(True)

        body = QWidget(self)
        body.setMaximumWidth(900)
        column = QVBoxLayout(body)
        column.addWidget(self._password_box(body))
        column.addWidget(self._two_factor_box(body))
        column.addWidget(self._apps_box(body))
        column.addWidget(self._sessions_box(body))
        column.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(body)
        self.scroll_area = scroll
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.status)
        self._clear()

    # ---- building -------------------------------------------------------------------------

    def _password_box(self, parent: QWidget) -> QGroupBox:
        box = QGroupBox(self.tr("Password"), parent)
        self.password_notice = Notice(box)
        self.password_errors = FieldErrors()
        self.current_password = _password(box, "current_password", self.tr("Current password"))
        self.new_password = _password(box, "new_password", self.tr("New password"))
        self.repeat_password = _password(box, "repeat_password", self.tr("Repeat the new password"))
        rules = QLabel(password_rules(), box)
        rules.setWordWrap(True)
        rules.setObjectName("password_rules")
        self.password_rules = rules
        form = QFormLayout()
        for label_text, name, edit in (
            (self.tr("C&urrent password:"), "current_password", self.current_password),
            (self.tr("&New password:"), "new_password", self.new_password),
            (self.tr("Re&peat it:"), "repeat_password", self.repeat_password),
        ):
            label = QLabel(label_text, box)
            label.setBuddy(edit)
            form.addRow(label, self.password_errors.wrap(name, edit, box))
        form.addRow("", rules)
        self.change_password_button = QPushButton(self.tr("&Change password"), box)
        self.change_password_button.setAccessibleName(self.tr("Change password"))
        layout = QVBoxLayout(box)
        layout.addWidget(self.password_notice)
        layout.addLayout(form)
        layout.addWidget(self.change_password_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.change_password_button.clicked.connect(self._change_password)
        self.repeat_password.returnPressed.connect(self._change_password)
        return box

    def _two_factor_box(self, parent: QWidget) -> QGroupBox:
        box = QGroupBox(self.tr("Two-factor sign-in"), parent)
        self.two_factor_notice = Notice(box)
        self.two_factor_state = QLabel(box)
        self.two_factor_state.setObjectName("two_factor_state")
        self.two_factor_state.setWordWrap(True)
        self.start_button = QPushButton(self.tr("&Set up two-factor sign-in"), box)
        self.start_button.setAccessibleName(self.tr("Set up two-factor sign-in"))

        # set-up: scan, then confirm with a code
        self.setup = QWidget(box)
        self.qr = QLabel(self.setup)
        self.qr.setObjectName("two_factor_qr")
        self.qr.setAccessibleName(self.tr("QR code to scan with your authenticator app"))
        self.secret = QLabel(self.setup)
        self.secret.setObjectName("two_factor_secret")
        self.secret.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.secret.setAccessibleName(self.tr("Secret key"))
        font = self.secret.font()
        font.setFamily("monospace")
        self.secret.setFont(font)
        steps = QLabel(
            self.tr(
                "1. Scan this code with an authenticator app (Google Authenticator, Aegis, "
                "1Password, ...), or type the key below.\n2. Enter the 6-digit code the app "
                "shows."
            ),
            self.setup,
        )
        steps.setWordWrap(True)
        self.codes_errors = FieldErrors()
        self.setup_code = QLineEdit(self.setup)
        self.setup_code.setObjectName("setup_code")
        self.setup_code.setAccessibleName(self.tr("Code from the authenticator app"))
        self.setup_code.setMaxLength(7)
        self.setup_code.setPlaceholderText("123456")
        self.confirm_button = QPushButton(self.tr("C&onfirm and turn on"), self.setup)
        self.confirm_button.setAccessibleName(self.tr("Confirm and turn on"))
        self.cancel_setup_button = QPushButton(self.tr("Cancel"), self.setup)
        self.cancel_setup_button.setAccessibleName(self.tr("Cancel the set-up"))
        code_row = QHBoxLayout()
        code_label = QLabel(self.tr("Co&de:"), self.setup)
        code_label.setBuddy(self.setup_code)
        code_row.addWidget(code_label)
        code_row.addWidget(self.codes_errors.wrap("code", self.setup_code, self.setup))
        code_row.addWidget(self.confirm_button)
        code_row.addWidget(self.cancel_setup_button)
        code_row.addStretch(1)
        right = QVBoxLayout()
        right.addWidget(steps)
        key_label = QLabel(self.tr("Key:"), self.setup)
        key_row = QHBoxLayout()
        key_row.addWidget(key_label)
        key_row.addWidget(self.secret, 1)
        right.addLayout(key_row)
        right.addLayout(code_row)
        right.addStretch(1)
        setup_layout = QHBoxLayout(self.setup)
        setup_layout.setContentsMargins(0, 0, 0, 0)
        setup_layout.addWidget(self.qr, 0, Qt.AlignmentFlag.AlignTop)
        setup_layout.addLayout(right, 1)

        # the recovery codes, shown once
        self.recovery = QWidget(box)
        recovery_text = QLabel(
            self.tr(
                "Keep these recovery codes somewhere safe, away from your phone. Each one signs "
                "you in once if you lose the authenticator app. They are shown only now."
            ),
            self.recovery,
        )
        recovery_text.setWordWrap(True)
        self.recovery_codes = QPlainTextEdit(self.recovery)
        self.recovery_codes.setObjectName("recovery_codes")
        self.recovery_codes.setReadOnly(True)
        self.recovery_codes.setAccessibleName(self.tr("Recovery codes"))
        self.recovery_codes.setMaximumHeight(120)
        self.copy_button = QPushButton(self.tr("Cop&y codes"), self.recovery)
        self.copy_button.setAccessibleName(self.tr("Copy the recovery codes"))
        self.hide_codes_button = QPushButton(self.tr("I have saved them"), self.recovery)
        self.hide_codes_button.setAccessibleName(self.tr("I have saved them"))
        recovery_buttons = QHBoxLayout()
        recovery_buttons.addWidget(self.copy_button)
        recovery_buttons.addWidget(self.hide_codes_button)
        recovery_buttons.addStretch(1)
        recovery_layout = QVBoxLayout(self.recovery)
        recovery_layout.setContentsMargins(0, 0, 0, 0)
        recovery_layout.addWidget(recovery_text)
        recovery_layout.addWidget(self.recovery_codes)
        recovery_layout.addLayout(recovery_buttons)

        # turning it off
        self.disable = QWidget(box)
        self.disable_errors = FieldErrors()
        self.disable_code = QLineEdit(self.disable)
        self.disable_code.setObjectName("disable_code")
        self.disable_code.setAccessibleName(self.tr("Code or recovery code"))
        self.disable_code.setPlaceholderText(self.tr("code or recovery code"))
        self.disable_button = QPushButton(self.tr("Turn o&ff"), self.disable)
        self.disable_button.setAccessibleName(self.tr("Turn off two-factor sign-in"))
        disable_row = QHBoxLayout(self.disable)
        disable_row.setContentsMargins(0, 0, 0, 0)
        disable_label = QLabel(self.tr("To turn it off, enter a code:"), self.disable)
        disable_label.setBuddy(self.disable_code)
        disable_row.addWidget(disable_label)
        disable_row.addWidget(self.disable_errors.wrap("code", self.disable_code, self.disable))
        disable_row.addWidget(self.disable_button)
        disable_row.addStretch(1)

        layout = QVBoxLayout(box)
        layout.addWidget(self.two_factor_notice)
        layout.addWidget(self.two_factor_state)
        layout.addWidget(self.start_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.setup)
        layout.addWidget(self.recovery)
        layout.addWidget(self.disable)

        self.start_button.clicked.connect(self._start_two_factor)
        self.confirm_button.clicked.connect(self._confirm_two_factor)
        self.setup_code.returnPressed.connect(self._confirm_two_factor)
        self.cancel_setup_button.clicked.connect(self._cancel_setup)
        self.copy_button.clicked.connect(self._copy_codes)
        self.hide_codes_button.clicked.connect(self._hide_codes)
        self.disable_button.clicked.connect(self._disable_two_factor)
        self.disable_code.returnPressed.connect(self._disable_two_factor)
        return box

    def _apps_box(self, parent: QWidget) -> QGroupBox:
        box = QGroupBox(self.tr("Connected apps"), parent)
        intro = QLabel(
            self.tr(
                "Third-party applications use single sign-on to reach your billing account "
                "directly, without signing in again. Revoke the ones you no longer use."
            ),
            box,
        )
        intro.setWordWrap(True)
        self.apps_notice = Notice(box)
        self.apps_model: ListTableModel[ConnectedApp] = ListTableModel(CONTEXT, APP_COLUMNS, self)
        self.apps_table = tables.table(
            box, "apps_table", self.apps_model, accessible=self.tr("Connected apps"), main=1
        )
        self.apps_table.setMinimumHeight(110)
        self.apps_empty = QLabel(self.tr("No application has access to your account."), box)
        self.revoke_button = QPushButton(self.tr("Re&voke access…"), box)
        self.revoke_button.setAccessibleName(self.tr("Revoke access"))
        layout = QVBoxLayout(box)
        layout.addWidget(intro)
        layout.addWidget(self.apps_notice)
        layout.addWidget(self.apps_table)
        layout.addWidget(self.apps_empty)
        layout.addWidget(self.revoke_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.apps_table.selectionModel().selectionChanged.connect(self._app_selected)
        self.revoke_button.clicked.connect(self._revoke)
        return box

    def _sessions_box(self, parent: QWidget) -> QGroupBox:
        box = QGroupBox(self.tr("Active sessions"), parent)
        intro = QLabel(
            self.tr(
                "Where you are signed in. End a session you do not recognise: that program "
                "is signed out at once."
            ),
            box,
        )
        intro.setWordWrap(True)
        self.sessions_notice = Notice(box)
        self.sessions_model: ListTableModel[ActiveSession] = ListTableModel(
            CONTEXT, SESSION_COLUMNS, self
        )
        self.sessions_table = tables.table(
            box,
            "sessions_table",
            self.sessions_model,
            accessible=self.tr("Active sessions"),
            main=2,
        )
        self.sessions_table.setMinimumHeight(130)
        self.end_session_button = QPushButton(self.tr("&End session…"), box)
        self.end_session_button.setAccessibleName(self.tr("End session"))
        layout = QVBoxLayout(box)
        layout.addWidget(intro)
        layout.addWidget(self.sessions_notice)
        layout.addWidget(self.sessions_table)
        layout.addWidget(self.end_session_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.sessions_table.selectionModel().selectionChanged.connect(self._session_selected)
        self.end_session_button.clicked.connect(self._end_session)
        return box

    # ---- binding --------------------------------------------------------------------------

    def bind(self, session: AccountSession | None) -> None:
        self._security = session.part(Security) if session is not None else None
        self._clear()
        self.binding.rebind(self._connections(self._security) if self._security is not None else ())

    def _first_load(self) -> None:
        if self._security is not None:
            self._security.load()

    def _connections(self, security: Security) -> list[tuple[SignalInstance, Callable[..., None]]]:
        return [
            (security.two_factor_loaded, self._show_two_factor),
            (security.setup_started, self._show_setup),
            (security.two_factor_enabled, self._show_recovery_codes),
            (security.two_factor_disabled, self._two_factor_off),
            (security.two_factor_failed, self._two_factor_failed),
            (security.password_changed, self._password_changed),
            (security.password_failed, self._password_failed),
            (security.apps_loaded, self._show_apps),
            (security.apps_failed, self._apps_failed),
            (security.sessions_loaded, self._show_sessions),
            (security.sessions_failed, self._sessions_failed),
            (security.done, self.status.say),
        ]

    def _clear(self) -> None:
        self.status.say("")
        for edit in (self.current_password, self.new_password, self.repeat_password):
            edit.clear()
        self.password_errors.clear()
        self.password_notice.clear()
        self.two_factor_notice.clear()
        self.two_factor_state.setText(self.tr("Loading…"))
        self.start_button.hide()
        self.setup.hide()
        self.qr.clear()
        self.secret.clear()
        self.setup_code.clear()
        self.recovery.hide()
        self.recovery_codes.clear()
        self.disable.hide()
        self.disable_code.clear()
        self.codes_errors.clear()
        self.disable_errors.clear()
        self.apps_notice.clear()
        self.apps_model.set_rows([])
        self.apps_empty.hide()
        self._allow_revoke()
        self.sessions_notice.clear()
        self.sessions_model.set_rows([])
        self._session_selected(QItemSelection(), QItemSelection())

    # ---- password -------------------------------------------------------------------------

    def _change_password(self) -> None:
        if self._security is None:
            return
        self.password_errors.clear()
        self.password_notice.clear()
        current = self.current_password.text()
        new = self.new_password.text()
        if not current:
            self.password_errors.show(
                {"current_password": self.tr("Enter the password you use now.")}
            )
            return
        if len(new) < MIN_PASSWORD:
            self.password_errors.show({"new_password": self.tr("Use at least 10 characters.")})
            return
        if new != self.repeat_password.text():
            self.password_errors.show(
                {"repeat_password": self.tr("The two new passwords are not the same.")}
            )
            return
        self.change_password_button.setEnabled(False)
        self.status.say(self.tr("Changing the password…"))
        self._security.change_password(current, new)

    def _password_changed(self) -> None:
        self.change_password_button.setEnabled(True)
        for edit in (self.current_password, self.new_password, self.repeat_password):
            edit.clear()

    def _password_failed(self, text: str, fields: dict[str, str]) -> None:
        self.change_password_button.setEnabled(True)
        self.status.say("")
        if not self.password_errors.show(fields):
            self.password_notice.show_error(text)

    # ---- two-factor -----------------------------------------------------------------------

    def _show_two_factor(self, status: TwoFactorStatus) -> None:
        self.two_factor_notice.clear()
        if self.recovery.isVisible() and status.enabled:
            # the codes stay on screen until the person says they saved them
            self.two_factor_state.setText(self._on_text(status))
            return
        self.setup.hide()
        if status.enabled:
            self.two_factor_state.setText(self._on_text(status))
            self.start_button.hide()
            self.disable.show()
        else:
            self.two_factor_state.setText(
                self.tr(
                    "Two-factor sign-in is off. Turn it on to be asked, after your password, "
                    "for a code from an app on your phone."
                )
            )
            self.start_button.show()
            self.disable.hide()

    def _on_text(self, status: TwoFactorStatus) -> str:
        return self.tr(
            "Two-factor sign-in is on: signing in asks for a code from your authenticator "
            "app. %n recovery code(s) left.",
            "",
            status.recovery_codes_left,
        )

    def _start_two_factor(self) -> None:
        if self._security is not None:
            self.two_factor_notice.clear()
            self.start_button.setEnabled(False)
            self._security.start_two_factor()

    def _show_setup(self, setup: TwoFactorSetup) -> None:
        self.start_button.setEnabled(True)
        self.start_button.hide()
        self.qr.setPixmap(qr_pixmap(setup.otpauth_uri))
        grouped = " ".join(setup.secret[i : i + 4] for i in range(0, len(setup.secret), 4))
        self.secret.setText(grouped)
        self.setup_code.clear()
        self.codes_errors.clear()
        self.setup.show()
        self.setup_code.setFocus()
        self.two_factor_state.setText(self.tr("Setting up two-factor sign-in."))

    def _cancel_setup(self) -> None:
        self.setup.hide()
        self.qr.clear()
        self.secret.clear()
        self.start_button.show()
        self.two_factor_state.setText(self.tr("Two-factor sign-in is off."))

    def _confirm_two_factor(self) -> None:
        if self._security is None:
            return
        self.codes_errors.clear()
        code = self.setup_code.text().strip()
        if len(code.replace(" ", "")) != 6:
            self.codes_errors.show({"code": self.tr("Enter the 6 digits the app shows.")})
            return
        self.confirm_button.setEnabled(False)
        self._security.confirm_two_factor(code)

    def _show_recovery_codes(self, codes: list[str]) -> None:
        self.confirm_button.setEnabled(True)
        self.setup.hide()
        self.qr.clear()
        self.secret.clear()
        self.recovery_codes.setPlainText("\n".join(codes))
        self.recovery.show()
        self.disable.show()
        self.copy_button.setFocus()

    def _copy_codes(self) -> None:
        QGuiApplication.clipboard().setText(self.recovery_codes.toPlainText())
        self.status.say(self.tr("Recovery codes copied."))

    def _hide_codes(self) -> None:
        self.recovery_codes.clear()
        self.recovery.hide()

    def _disable_two_factor(self) -> None:
        if self._security is None:
            return
        self.disable_errors.clear()
        code = self.disable_code.text().strip()
        if not code:
            self.disable_errors.show(
                {"code": self.tr("Enter a code from the app, or one of your recovery codes.")}
            )
            return
        self.disable_button.setEnabled(False)
        self._security.disable_two_factor(code)

    def _two_factor_off(self) -> None:
        self.disable_button.setEnabled(True)
        self.disable_code.clear()
        self._hide_codes()

    def _two_factor_failed(self, text: str, fields: dict[str, str]) -> None:
        self.confirm_button.setEnabled(True)
        self.disable_button.setEnabled(True)
        self.start_button.setEnabled(True)
        errors = self.codes_errors if self.setup.isVisible() else self.disable_errors
        if not errors.show(fields):
            self.two_factor_notice.show_error(text)

    # ---- connected apps -------------------------------------------------------------------

    def _show_apps(self, apps: list[ConnectedApp]) -> None:
        self.apps_notice.clear()
        self.apps_model.set_rows(apps)
        self.apps_table.setVisible(bool(apps))
        self.apps_empty.setVisible(not apps)
        self.revoke_button.setVisible(bool(apps))
        self._allow_revoke()

    def _apps_failed(self, text: str) -> None:
        security = self._security
        self.apps_notice.show_error(text, security.load_apps if security else None)

    def selected_app(self) -> ConnectedApp | None:
        rows = self.apps_table.selectionModel().selectedRows()
        return self.apps_model.row_object(rows[0].row()) if rows else None

    def _app_selected(self, _new: QItemSelection, _old: QItemSelection) -> None:
        self._allow_revoke()

    def _allow_revoke(self) -> None:
        chosen = self.selected_app() is not None
        allow(self.revoke_button, "" if chosen else self.tr("Choose an application first."))

    def _revoke(self) -> None:
        app = self.selected_app()
        if self._security is None or app is None:
            return
        text = arg(
            self.tr(
                "%1 will no longer reach your billing account with single sign-on. To use it again "
                "you must connect it again from that application."
            ),
            app.app_name,
        )
        if dialogs.confirm(self, self.tr("Revoke access"), text, self.tr("Revoke access")):
            self._security.revoke_app(app)

    # ---- sessions -------------------------------------------------------------------------

    def _show_sessions(self, sessions: list[ActiveSession]) -> None:
        self.sessions_notice.clear()
        self.sessions_model.set_rows(sessions)
        self._session_selected(QItemSelection(), QItemSelection())

    def _sessions_failed(self, text: str) -> None:
        security = self._security
        self.sessions_notice.show_error(text, security.load_sessions if security else None)

    def selected_session(self) -> ActiveSession | None:
        rows = self.sessions_table.selectionModel().selectedRows()
        return self.sessions_model.row_object(rows[0].row()) if rows else None

    def _session_selected(self, _new: QItemSelection, _old: QItemSelection) -> None:
        chosen = self.selected_session()
        # this session ends with Sign out, which also forgets it on this computer
        allow(
            self.end_session_button,
            self.tr("Choose a session in the list first.")
            if chosen is None
            else self.tr("This is the session you are using: Sign out ends it.")
            if chosen.current
            else "",
        )

    def _end_session(self) -> None:
        chosen = self.selected_session()
        if self._security is None or chosen is None or chosen.current:
            return
        text = self.tr(
            "The session started %1 (%2) will be signed out at once; that program will ask "
            "for the password again."
        )
        device = describe_device(chosen.user_agent) or "—"
        text = arg(text, when(chosen.created_at), device)
        if dialogs.confirm(self, self.tr("End session"), text, self.tr("End session")):
            self._security.end_session(chosen)
