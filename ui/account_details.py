"""The Account details tab: see the account's data, edit it, and see the portal's field errors on
the fields themselves. What the user typed stays until it is saved or they cancel."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, SignalInstance
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app.formatting import ACCOUNT_FIELDS
from app.i18n import QT_TRANSLATE_NOOP
from app.models import AccountDetails
from app.session import AccountSession

from .accessibility import StatusLabel, show_field_errors
from .binding import SessionBinding
from .notice import Notice

CONTEXT = "AccountDetailsTab"

# (field name on the portal, label), without the language (a list of its own)
TEXT_FIELDS = ACCOUNT_FIELDS[:-1]
LANGUAGES = (
    ("es", QT_TRANSLATE_NOOP("AccountDetailsTab", "Spanish")),
    ("en", QT_TRANSLATE_NOOP("AccountDetailsTab", "English")),
)


def _t(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


class AccountDetailsTab(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.binding = SessionBinding(self)
        self._session: AccountSession | None = None
        self._editing = False

        self.notice = Notice(self)
        self.status = StatusLabel(self)
        self.edits: dict[str, QLineEdit] = {}
        self.errors: dict[str, QLabel] = {}

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for name, label in TEXT_FIELDS:
            edit = QLineEdit(self)
            edit.setObjectName(name)
            edit.setAccessibleName(_t(label))
            self.edits[name] = edit
            form.addRow(_t(label), self._with_error(name, edit))
        self.language = QComboBox(self)
        self.language.setObjectName("language")
        self.language.setAccessibleName(self.tr("Language"))
        for code, label in LANGUAGES:
            self.language.addItem(_t(label), code)
        form.addRow(self.tr("Language"), self._with_error("language", self.language))
        self.edits["country"].setMaxLength(2)

        self.edit_button = QPushButton(self.tr("&Edit"), self)
        self.save_button = QPushButton(self.tr("&Save changes"), self)
        self.cancel_button = QPushButton(self.tr("Cancel"), self)
        self.reload_button = QPushButton(self.tr("Reload"), self)
        for button in (self.edit_button, self.save_button, self.cancel_button, self.reload_button):
            button.setAccessibleName(button.text().replace("&", ""))
        buttons = QHBoxLayout()
        buttons.addWidget(self.edit_button)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.cancel_button)
        buttons.addStretch(1)
        buttons.addWidget(self.reload_button)

        body = QWidget(self)
        body.setMaximumWidth(760)
        inner = QVBoxLayout(body)
        inner.addLayout(form)
        inner.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(body)

        layout = QVBoxLayout(self)
        layout.addWidget(self.notice)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.status)
        layout.addLayout(buttons)

        self.edit_button.clicked.connect(lambda: self._set_editing(True))
        self.cancel_button.clicked.connect(self._cancel)
        self.save_button.clicked.connect(self._save)
        self.reload_button.clicked.connect(self._reload)
        self._set_editing(False)
        self._set_enabled(False)

    def _with_error(self, name: str, field: QWidget) -> QWidget:
        box = QWidget(self)
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        error = QLabel(box)
        error.setObjectName(f"{name}_error")
        error.setStyleSheet("color: #c0392b;")
        error.setWordWrap(True)
        error.hide()
        self.errors[name] = error
        column.addWidget(field)
        column.addWidget(error)
        return box

    # ---- binding --------------------------------------------------------------------------

    def bind(self, session: AccountSession | None) -> None:
        self._session = session
        self._clear()
        self.binding.rebind(self._connections())
        if session is None:
            self._set_enabled(False)
            return
        self.status.say(self.tr("Loading…"))
        if session.details is not None:
            self._show(session.details)

    def _connections(self) -> list[tuple[SignalInstance, Callable[..., None]]]:
        s = self._session
        if s is None:
            return []
        return [
            (s.details_loaded, self._show),
            (s.details_failed, self._load_failed),
            (s.details_saved, self._saved),
            (s.details_save_failed, self._save_failed),
        ]

    # ---- showing --------------------------------------------------------------------------

    def _clear(self) -> None:
        for edit in self.edits.values():
            edit.clear()
        self.language.setCurrentIndex(0)
        self._clear_errors()
        self.notice.clear()
        self.status.say("")
        self._set_editing(False)

    def _show(self, details: AccountDetails) -> None:
        if self._editing:
            return  # never overwrite what the user is typing
        for name, edit in self.edits.items():
            edit.setText(str(getattr(details, name)))
            edit.setCursorPosition(0)
        index = self.language.findData(details.language)
        self.language.setCurrentIndex(max(index, 0))
        self.notice.clear()
        self.status.say("")
        self._set_enabled(True)

    def _load_failed(self, text: str) -> None:
        self.status.say("")
        self.notice.show_error(text, self._reload)

    def _reload(self) -> None:
        if self._session is not None:
            self.status.say(self.tr("Loading…"))
            self._session.load_details()

    # ---- editing --------------------------------------------------------------------------

    def values(self) -> dict[str, str]:
        values = {name: edit.text().strip() for name, edit in self.edits.items()}
        values["country"] = values["country"].upper()
        values["language"] = str(self.language.currentData())
        return values

    def _set_editing(self, editing: bool) -> None:
        self._editing = editing
        for edit in self.edits.values():
            edit.setReadOnly(not editing)
        self.language.setEnabled(editing)
        self.edit_button.setVisible(not editing)
        self.save_button.setVisible(editing)
        self.cancel_button.setVisible(editing)
        self.reload_button.setEnabled(not editing)
        if editing:
            self.edits["first_name"].setFocus()

    def _set_enabled(self, enabled: bool) -> None:
        self.edit_button.setEnabled(enabled)

    def _save(self) -> None:
        if self._session is None:
            return
        self._clear_errors()
        self.notice.clear()
        self.status.say(self.tr("Saving…"))
        self.save_button.setEnabled(False)
        self._session.save_details(self.values())

    def _cancel(self) -> None:
        self._set_editing(False)
        self._clear_errors()
        if self._session is not None and self._session.details is not None:
            self._show(self._session.details)

    def _saved(self, details: AccountDetails) -> None:
        self.save_button.setEnabled(True)
        self._set_editing(False)
        self._show(details)
        self.status.say(self.tr("Changes saved."))

    def _save_failed(self, text: str, fields: dict[str, str]) -> None:
        self.save_button.setEnabled(True)
        self.status.say("")
        self.notice.show_error(text, self._save if not fields else None)
        show_field_errors(
            [
                (self.edits.get(name) or self.language, label, fields.get(name, ""))
                for name, label in self.errors.items()
            ]
        )

    def _clear_errors(self) -> None:
        for label in self.errors.values():
            label.clear()
            label.hide()
