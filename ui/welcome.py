"""The first screen: sign in to a portal, or open the demo portal; and, when the portal asks for
it, the two-factor code on a step of its own (whichever sign-in asked: a portal's or the demo's)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QIcon, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from .notice import Notice


class WelcomePage(QWidget):
    # portal URL, e-mail, password, remember me, two-factor code (always empty: see code_entered)
    sign_in_requested = Signal(str, str, str, bool, str)
    demo_requested = Signal()
    code_entered = Signal(str)  # the two-factor code for the sign-in that asked for it
    code_cancelled = Signal()  # back from the code step: that sign-in is dropped
    adding_cancelled = Signal()  # "Add another sign-in": back to the account still open

    def __init__(self, icon: QIcon, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._last_action: Callable[[], None] | None = None

        title = QLabel(self.tr("Welcome to Clientdesk"), self)
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        title.setFont(font)
        logo = QLabel(self)
        logo.setPixmap(icon.pixmap(64, 64))
        intro = QLabel(
            self.tr(
                "Your hosting client area on the desktop: account, services, invoices and support."
            ),
            self,
        )
        intro.setWordWrap(True)

        # ---- step 1: the sign-in form ----
        self.form_step = QWidget(self)
        self.portal_url = QLineEdit(self.form_step)
        self.portal_url.setPlaceholderText("https://clientes.example.com")
        self.portal_url.setAccessibleName(self.tr("Portal address"))
        self.email = QLineEdit(self.form_step)
        self.email.setAccessibleName(self.tr("E-mail"))
        self.password = QLineEdit(self.form_step)
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setAccessibleName(self.tr("Password"))
        self.remember = QCheckBox(self.tr("Remember me on this computer"), self.form_step)
        self.sign_in_button = QPushButton(self.tr("Sign in to a portal"), self.form_step)
        self.sign_in_button.setDefault(True)
        self.demo_button = QPushButton(self.tr("Open the demo portal"), self.form_step)
        # shown only while adding another sign-in: the account is still open behind this screen
        self.cancel_button = QPushButton(self.tr("Cancel"), self.form_step)
        self.cancel_button.setToolTip(self.tr("Back to the account that is open (Esc)"))
        self.cancel_button.hide()
        self._adding = False
        self.demo_button.setAccessibleDescription(
            self.tr("Starts a portal with sample data on this computer and signs in to it.")
        )
        form = QFormLayout()
        form.addRow(self.tr("Portal address"), self.portal_url)
        form.addRow(self.tr("E-mail"), self.email)
        form.addRow(self.tr("Password"), self.password)
        form.addRow("", self.remember)
        buttons = QHBoxLayout()
        buttons.addWidget(self.sign_in_button)
        buttons.addWidget(self.cancel_button)
        buttons.addStretch(1)
        separator = QFrame(self.form_step)
        separator.setFrameShape(QFrame.Shape.HLine)
        demo_text = QLabel(
            self.tr("No portal yet? Try Clientdesk with sample data, nothing to set up."),
            self.form_step,
        )
        demo_text.setWordWrap(True)
        form_column = QVBoxLayout(self.form_step)
        form_column.setContentsMargins(0, 0, 0, 0)
        form_column.addLayout(form)
        form_column.addLayout(buttons)
        form_column.addSpacing(12)
        form_column.addWidget(separator)
        form_column.addWidget(demo_text)
        form_column.addWidget(self.demo_button, 0, Qt.AlignmentFlag.AlignLeft)
        form_column.addStretch(1)

        # ---- step 2: the two-factor code, only when the portal asks for it ----
        self.code_step = QWidget(self)
        code_title = QLabel(self.tr("Two-factor sign-in"), self.code_step)
        bold = code_title.font()
        bold.setBold(True)
        code_title.setFont(bold)
        self.code_hint = QLabel(self.code_step)
        self.code_hint.setWordWrap(True)
        self.code = QLineEdit(self.code_step)
        self.code.setObjectName("totp_code")
        self.code.setAccessibleName(self.tr("Two-factor code"))
        self.code.setPlaceholderText("123456")
        self.code.setMaxLength(20)
        self.code_label = QLabel(self.tr("&Code:"), self.code_step)
        self.code_label.setBuddy(self.code)
        self.code_button = QPushButton(self.tr("Sign in"), self.code_step)
        self.code_button.setDefault(True)
        self.back_button = QPushButton(self.tr("Back"), self.code_step)
        self.back_button.setToolTip(self.tr("Back to the sign-in form (Esc)"))
        code_row = QHBoxLayout()
        code_row.addWidget(self.code_label)
        code_row.addWidget(self.code, 1)
        code_buttons = QHBoxLayout()
        code_buttons.addWidget(self.code_button)
        code_buttons.addWidget(self.back_button)
        code_buttons.addStretch(1)
        code_column = QVBoxLayout(self.code_step)
        code_column.setContentsMargins(0, 0, 0, 0)
        code_column.addWidget(code_title)
        code_column.addWidget(self.code_hint)
        code_column.addLayout(code_row)
        code_column.addLayout(code_buttons)
        code_column.addStretch(1)
        back = QShortcut(QKeySequence(Qt.Key.Key_Escape), self.code_step)
        back.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        back.activated.connect(self._back)

        leave = QShortcut(QKeySequence(Qt.Key.Key_Escape), self.form_step)
        leave.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        leave.activated.connect(self._cancel_adding)

        # one step shown at a time; a hidden one takes no room (a stack would keep the tallest's)
        self.code_step.hide()

        self.progress = QLabel(self.tr("Signing in…"), self)
        self.progress.hide()
        self.notice = Notice(self)

        card = QWidget(self)
        card.setObjectName("welcome_card")
        card.setMinimumWidth(min(520, self.fontMetrics().horizontalAdvance("x") * 64))
        card.setMaximumWidth(520)
        column = QVBoxLayout(card)
        header = QHBoxLayout()
        header.addWidget(logo)
        header.addWidget(title, 1)
        column.addLayout(header)
        column.addWidget(intro)
        column.addSpacing(12)
        column.addWidget(self.form_step)
        column.addWidget(self.code_step)
        column.addWidget(self.progress)
        column.addWidget(self.notice)

        # Centred between stretches, not by an alignment flag: an aligned item gets its height
        # for the layout's whole width and then a narrower width, where the wrapped texts need
        # more lines than that height holds; the fields were squashed to 14 px.
        centre = QHBoxLayout()
        centre.addStretch(1)
        centre.addWidget(card, 10)
        centre.addStretch(1)
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        outer.addLayout(centre)
        outer.addStretch(2)

        self.sign_in_button.clicked.connect(self._sign_in)
        self.password.returnPressed.connect(self._sign_in)
        self.code.returnPressed.connect(self._submit_code)
        self.code_button.clicked.connect(self._submit_code)
        self.back_button.clicked.connect(self._back)
        self.demo_button.clicked.connect(self._demo)
        self.cancel_button.clicked.connect(self._cancel_adding)

    def fill(self, portal_url: str, email: str, remember: bool) -> None:
        self.portal_url.setText(portal_url)
        self.email.setText(email)
        self.remember.setChecked(remember)

    def set_adding(self, adding: bool) -> None:
        """Adding another sign-in while one is open: offer Cancel (and Esc) back to it."""
        self._adding = adding
        self.cancel_button.setVisible(adding)
        if adding:
            self.password.clear()
            self._show_code(False)
            self.notice.clear()
            self.set_busy(False)
            self.portal_url.setFocus()

    def adding(self) -> bool:
        return self._adding

    def _cancel_adding(self) -> None:
        if self._adding and self.sign_in_button.isEnabled():
            self.adding_cancelled.emit()

    def asking_code(self) -> bool:
        return not self.code_step.isHidden()

    def _sign_in(self) -> None:
        missing = [
            widget
            for widget in (self.portal_url, self.email, self.password)
            if not widget.text().strip()
        ]
        if missing:
            self.notice.show_error(self.tr("Fill in the portal address, e-mail and password."))
            missing[0].setFocus()
            return
        self._last_action = self._sign_in
        self.sign_in_requested.emit(
            self.portal_url.text().strip(),
            self.email.text().strip(),
            self.password.text(),
            self.remember.isChecked(),
            "",
        )

    def _submit_code(self) -> None:
        if len(self.code.text().strip()) < 6:
            self.notice.show_error(
                self.tr("Enter the 6-digit code from your authenticator app, or a recovery code.")
            )
            self.code.setFocus()
            return
        self._last_action = self._submit_code
        self.code_entered.emit(self.code.text().strip())

    def _back(self) -> None:
        if not self.asking_code() or not self.code_button.isEnabled():
            return
        self._show_code(False)
        self.notice.clear()
        self.code_cancelled.emit()
        self.sign_in_button.setFocus()

    def _demo(self) -> None:
        self._last_action = self._demo
        self.demo_requested.emit()

    def set_busy(self, busy: bool) -> None:
        self.progress.setVisible(busy)
        for widget in (
            self.sign_in_button,
            self.demo_button,
            self.portal_url,
            self.email,
            self.password,
            self.code,
            self.code_button,
            self.back_button,
            self.cancel_button,
        ):
            widget.setEnabled(not busy)
        if busy:
            self.notice.clear()

    def show_failure(self, text: str, retry: Callable[[], None] | None = None) -> None:
        """Show why signing in failed; Retry repeats what the user did last (or ``retry``)."""
        self.set_busy(False)
        self.notice.show_error(text, retry or self._last_action)

    def ask_code(self, text: str, wrong: bool) -> None:
        """Two-factor sign-in: the code step (whichever sign-in asked) and what to type."""
        self.set_busy(False)
        self._show_code(True)
        if not wrong or not self.code_hint.text():
            self.code_hint.setText(text)  # a wrong code keeps the instruction; the notice says why
        if wrong:
            self.notice.show_error(text)
            self.code.selectAll()
        self.code.setFocus()

    def _show_code(self, shown: bool) -> None:
        self.form_step.setVisible(not shown)
        self.code_step.setVisible(shown)
        if not shown:
            self.code.clear()
            self.code_hint.clear()

    def signed_out(self) -> None:
        self.password.clear()
        self._show_code(False)
        self.set_busy(False)
