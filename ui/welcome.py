"""The first screen: sign in to a portal, or open the demo portal."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QIcon
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
    # portal URL, e-mail, password, remember me, two-factor code (empty until asked for)
    sign_in_requested = Signal(str, str, str, bool, str)
    demo_requested = Signal()

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

        self.portal_url = QLineEdit(self)
        self.portal_url.setPlaceholderText("https://clientes.example.com")
        self.portal_url.setAccessibleName(self.tr("Portal address"))
        self.email = QLineEdit(self)
        self.email.setAccessibleName(self.tr("E-mail"))
        self.password = QLineEdit(self)
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setAccessibleName(self.tr("Password"))
        self.remember = QCheckBox(self.tr("Remember me on this computer"), self)
        # two-factor sign-in: appears when the portal asks for the code
        self.code = QLineEdit(self)
        self.code.setObjectName("totp_code")
        self.code.setAccessibleName(self.tr("Two-factor code"))
        self.code.setPlaceholderText("123456")
        self.code.setMaxLength(20)
        self.code_label = QLabel(self.tr("&Code:"), self)
        self.code_label.setBuddy(self.code)
        self.code_hint = QLabel(self)
        self.code_hint.setWordWrap(True)
        self.sign_in_button = QPushButton(self.tr("Sign in to a portal"), self)
        self.sign_in_button.setDefault(True)
        self.demo_button = QPushButton(self.tr("Open the demo portal"), self)
        self.demo_button.setAccessibleDescription(
            self.tr("Starts a portal with sample data on this computer and signs in to it.")
        )
        self.progress = QLabel(self.tr("Signing in…"), self)
        self.progress.hide()
        self.notice = Notice(self)

        form = QFormLayout()
        form.addRow(self.tr("Portal address"), self.portal_url)
        form.addRow(self.tr("E-mail"), self.email)
        form.addRow(self.tr("Password"), self.password)
        form.addRow(self.code_label, self.code)
        form.addRow("", self.code_hint)
        form.addRow("", self.remember)
        self._code_rows = (self.code_label, self.code, self.code_hint)
        self._show_code(False)

        buttons = QHBoxLayout()
        buttons.addWidget(self.sign_in_button)
        buttons.addStretch(1)

        separator = QFrame(self)
        separator.setFrameShape(QFrame.Shape.HLine)
        demo_text = QLabel(
            self.tr("No portal yet? Try Clientdesk with sample data, nothing to set up."), self
        )
        demo_text.setWordWrap(True)

        card = QWidget(self)
        card.setMaximumWidth(520)
        column = QVBoxLayout(card)
        header = QHBoxLayout()
        header.addWidget(logo)
        header.addWidget(title, 1)
        column.addLayout(header)
        column.addWidget(intro)
        column.addSpacing(12)
        column.addLayout(form)
        column.addLayout(buttons)
        column.addWidget(self.progress)
        column.addWidget(self.notice)
        column.addSpacing(12)
        column.addWidget(separator)
        column.addWidget(demo_text)
        column.addWidget(self.demo_button, 0, Qt.AlignmentFlag.AlignLeft)

        outer = QVBoxLayout(self)
        outer.addStretch(1)
        outer.addWidget(card, 0, Qt.AlignmentFlag.AlignHCenter)
        outer.addStretch(2)

        self.sign_in_button.clicked.connect(self._sign_in)
        self.password.returnPressed.connect(self._sign_in)
        self.code.returnPressed.connect(self._sign_in)
        self.demo_button.clicked.connect(self._demo)

    def fill(self, portal_url: str, email: str, remember: bool) -> None:
        self.portal_url.setText(portal_url)
        self.email.setText(email)
        self.remember.setChecked(remember)

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
        if self.code.isVisibleTo(self) and len(self.code.text().strip()) < 6:
            self.notice.show_error(
                self.tr("Enter the 6-digit code from your authenticator app, or a recovery code.")
            )
            self.code.setFocus()
            return
        self._last_action = self._sign_in
        self.sign_in_requested.emit(
            self.portal_url.text().strip(),
            self.email.text().strip(),
            self.password.text(),
            self.remember.isChecked(),
            self.code.text().strip() if self.code.isVisibleTo(self) else "",
        )

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
        ):
            widget.setEnabled(not busy)
        if busy:
            self.notice.clear()

    def show_failure(self, text: str, retry: Callable[[], None] | None = None) -> None:
        """Show why signing in failed; Retry repeats what the user did last (or ``retry``)."""
        self.set_busy(False)
        self.notice.show_error(text, retry or self._last_action)

    def ask_code(self, text: str, wrong: bool) -> None:
        """Two-factor sign-in: show the code field (not a dialog) and say what to type."""
        self.set_busy(False)
        self._show_code(True)
        self.code_hint.setText("" if wrong else text)
        if wrong:
            self.notice.show_error(text)
            self.code.selectAll()
        self.code.setFocus()

    def _show_code(self, shown: bool) -> None:
        for widget in self._code_rows:
            widget.setVisible(shown)
        if not shown:
            self.code.clear()
            self.code_hint.clear()

    def signed_out(self) -> None:
        self.password.clear()
        self._show_code(False)
        self.set_busy(False)
