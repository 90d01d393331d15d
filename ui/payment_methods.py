"""The Auto-debit card tab: the account's saved cards (brand, last 4 digits, expiry, which is the
default), adding a card, making one the default, removing one, and automatic charging on/off.

The card number is read from its field when the user adds the card and sent; the field is
emptied once the portal has saved the card (on a field error it stays there to be mended):
nothing else in the app holds it. The portal takes no security code (CVC).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt, SignalInstance
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.i18n import QT_TRANSLATE_NOOP, arg
from app.models import CardBrand, PaymentMethod
from app.payment_methods import (
    MAX_CARD_DIGITS,
    PaymentMethods,
    grouped_card_number,
    typing_brand,
)
from app.session import AccountSession

from . import dialogs, tables
from .accessibility import StatusLabel, allow, show_field_errors
from .binding import SessionBinding
from .empty_state import empty_state
from .notice import Notice
from .table_models import Column, ListTableModel

CONTEXT = "PaymentMethodsTab"

BRANDS = {
    CardBrand.VISA: "Visa",
    CardBrand.MASTERCARD: "Mastercard",
    CardBrand.AMEX: "American Express",
    CardBrand.DISCOVER: "Discover",
    CardBrand.DINERS: "Diners Club",
    CardBrand.JCB: "JCB",
    CardBrand.MAESTRO: "Maestro",
    CardBrand.CABAL: "Cabal",
    CardBrand.NARANJA: "Naranja",
}


def _t(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def brand(method: PaymentMethod) -> str:
    return BRANDS.get(method.brand, str(method.brand).title())


def expiry(method: PaymentMethod) -> str:
    return f"{method.exp_month:02d}/{method.exp_year}"


def expired(method: PaymentMethod, today: dt.date | None = None) -> bool:
    on = today or dt.date.today()
    return (method.exp_year, method.exp_month) < (on.year, on.month)


def card_label(method: PaymentMethod) -> str:
    """``Visa ****4242 (expires 08/2028)``: how a card is named in lists and questions."""
    text = _t(QT_TRANSLATE_NOOP("PaymentMethodsTab", "%1 ****%2 (expires %3)"))
    if expired(method):
        text = _t(QT_TRANSLATE_NOOP("PaymentMethodsTab", "%1 ****%2 (expired %3)"))
    return arg(text, brand(method), method.last4, expiry(method))


COLUMNS: list[Column[PaymentMethod]] = [
    Column(QT_TRANSLATE_NOOP("PaymentMethodsTab", "Card"), brand),
    Column(QT_TRANSLATE_NOOP("PaymentMethodsTab", "Number"), lambda m: f"****{m.last4}"),
    Column(
        QT_TRANSLATE_NOOP("PaymentMethodsTab", "Expires"),
        lambda m: (
            expiry(m)
            + (" " + _t(QT_TRANSLATE_NOOP("PaymentMethodsTab", "(expired)")) if expired(m) else "")
        ),
        lambda m: (m.exp_year, m.exp_month),
    ),
    Column(QT_TRANSLATE_NOOP("PaymentMethodsTab", "Holder"), lambda m: m.holder_name),
    Column(
        QT_TRANSLATE_NOOP("PaymentMethodsTab", "Default"),
        lambda m: _t(QT_TRANSLATE_NOOP("PaymentMethodsTab", "Default")) if m.is_default else "",
    ),
]


class PaymentMethodsTab(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.binding = SessionBinding(self, self._load_now)
        self._session: AccountSession | None = None
        self._cards: PaymentMethods | None = None
        self.model: ListTableModel[PaymentMethod] = ListTableModel(CONTEXT, COLUMNS, self)

        self.notice = Notice(self)
        self.table = tables.table(
            self, "cards_table", self.model, accessible=self.tr("Saved cards"), main=3
        )
        self.empty_state = empty_state(self.table, self.tr("No saved cards yet."))
        self.default_button = QPushButton(self.tr("Make &default"), self)
        self.default_button.setAccessibleName(self.tr("Make the selected card the default"))
        self.remove_button = QPushButton(self.tr("&Remove…"), self)
        self.remove_button.setAccessibleName(self.tr("Remove the selected card"))
        self.auto_charge = QCheckBox(
            self.tr("&Charge my invoices automatically to the default card"), self
        )
        self.auto_charge.setAccessibleName(self.tr("Automatic charging"))
        self.status = StatusLabel(self)
        self.status.setWordWrap(True)

        # the new card's form
        self.errors: dict[str, QLabel] = {}
        self.holder = QLineEdit(self)
        self.holder.setAccessibleName(self.tr("Cardholder name"))
        self.holder.setPlaceholderText(self.tr("As printed on the card"))
        self.holder.setMaxLength(200)
        self.number = QLineEdit(self)
        self.number.setObjectName("card_number")
        self.number.setAccessibleName(self.tr("Card number"))
        self.number.setInputMethodHints(
            Qt.InputMethodHint.ImhSensitiveData | Qt.InputMethodHint.ImhNoPredictiveText
        )
        self.number.setPlaceholderText("0000 0000 0000 0000")
        self.number.setMaxLength(MAX_CARD_DIGITS + 4)  # the digits and the spaces between groups
        # the brand of the number being typed, from its first digits
        self.number_brand = QLabel(self)
        self.number_brand.setObjectName("card_brand")
        self.number_brand.setMinimumWidth(self.fontMetrics().horizontalAdvance("American Express"))
        today = dt.date.today()
        self.exp_month = QSpinBox(self)
        self.exp_month.setAccessibleName(self.tr("Expiry month"))
        self.exp_month.setRange(1, 12)
        self.exp_year = QSpinBox(self)
        self.exp_year.setAccessibleName(self.tr("Expiry year"))
        self.exp_year.setRange(today.year - 1, today.year + 25)
        self._default_expiry()
        self.make_default = QCheckBox(self.tr("Make it the &default card"), self)
        self.make_default.setAccessibleName(self.tr("Make the new card the default"))
        self.add_button = QPushButton(self.tr("&Add card"), self)
        self.add_button.setAccessibleName(self.tr("Add card"))

        expiry_row = QWidget(self)
        expiry_layout = QHBoxLayout(expiry_row)
        expiry_layout.setContentsMargins(0, 0, 0, 0)
        expiry_layout.addWidget(self.exp_month)
        expiry_layout.addWidget(QLabel("/", self))
        expiry_layout.addWidget(self.exp_year)
        expiry_layout.addStretch(1)
        form = QFormLayout()
        form.addRow(self.tr("Card&holder:"), self._with_error("holder_name", self.holder))
        number_row = QWidget(self)
        number_layout = QHBoxLayout(number_row)
        number_layout.setContentsMargins(0, 0, 0, 0)
        number_layout.addWidget(self.number, 1)
        number_layout.addWidget(self.number_brand)
        form.addRow(self.tr("Card &number:"), self._with_error("number", number_row))
        expiry_box = QWidget(self)
        expiry_column = QVBoxLayout(expiry_box)
        expiry_column.setContentsMargins(0, 0, 0, 0)
        expiry_column.addWidget(expiry_row)
        for name in ("exp_month", "exp_year"):
            expiry_column.addWidget(self._error_label(name, expiry_box))
        form.addRow(self.tr("&Expires (month / year):"), expiry_box)
        form.addRow("", self.make_default)
        note = QLabel(
            self.tr(
                "The card number goes to the portal once and is not kept on this computer; "
                "the portal keeps only the brand, the last 4 digits and the expiry."
            ),
            self,
        )
        note.setWordWrap(True)
        add_box = QGroupBox(self.tr("Add a card"), self)
        add_layout = QVBoxLayout(add_box)
        add_layout.addLayout(form)
        add_layout.addWidget(note)
        add_buttons = QHBoxLayout()
        add_buttons.addStretch(1)
        add_buttons.addWidget(self.add_button)
        add_layout.addLayout(add_buttons)
        add_box.setMaximumWidth(620)

        buttons = QHBoxLayout()
        buttons.addWidget(self.default_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        saved_box = QGroupBox(self.tr("Saved cards"), self)
        saved_layout = QVBoxLayout(saved_box)
        saved_layout.addWidget(self.table, 1)
        saved_layout.addLayout(buttons)
        saved_layout.addWidget(self.auto_charge)

        layout = QVBoxLayout(self)
        layout.addWidget(self.notice)
        layout.addWidget(saved_box, 1)
        layout.addWidget(add_box)
        layout.addWidget(self.status)

        self.table.selectionModel().selectionChanged.connect(self._update_actions)
        self.model.modelReset.connect(self._update_actions)
        self.default_button.clicked.connect(self._make_default)
        self.remove_button.clicked.connect(self._remove)
        self.auto_charge.clicked.connect(self._auto_charge_clicked)
        self.add_button.clicked.connect(self._add)
        self.number.returnPressed.connect(self._add)
        self.number.textEdited.connect(self._number_edited)
        self._update_actions()

    def _default_expiry(self) -> None:
        """A year from now: never a date already past (it was 1/this year)."""
        today = dt.date.today()
        self.exp_month.setValue(today.month)
        self.exp_year.setValue(today.year + 1)

    def _number_edited(self, text: str) -> None:
        """Group the digits as on the card while typing, keep the cursor after the same digit,
        and show the brand the first digits say."""
        cursor = self.number.cursorPosition()
        before = sum(char.isdigit() for char in text[:cursor])
        digits = "".join(char for char in text if char.isdigit())[:MAX_CARD_DIGITS]
        grouped = grouped_card_number(digits)
        if grouped != text:
            self.number.setText(grouped)
            position, seen = 0, 0
            while position < len(grouped) and seen < before:
                if grouped[position].isdigit():
                    seen += 1
                position += 1
            self.number.setCursorPosition(position)
        self._show_number_brand(digits)

    def _show_number_brand(self, digits: str) -> None:
        found = typing_brand(digits)
        self.number_brand.setText(BRANDS.get(found, "") if found is not None else "")

    def _error_label(self, name: str, parent: QWidget) -> QLabel:
        error = QLabel(parent)
        error.setObjectName(f"{name}_error")
        error.setStyleSheet("color: #c0392b;")
        error.setWordWrap(True)
        error.hide()
        self.errors[name] = error
        return error

    def _with_error(self, name: str, field: QWidget) -> QWidget:
        box = QWidget(self)
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(field)
        column.addWidget(self._error_label(name, box))
        return box

    # ---- binding --------------------------------------------------------------------------

    def bind(self, session: AccountSession | None) -> None:
        self._session = session
        self._cards = session.part(PaymentMethods) if session else None
        self.notice.clear()
        self.status.say("")
        self._clear_errors()
        self.holder.clear()
        self.number.clear()
        self._show_number_brand("")
        self._default_expiry()
        self.make_default.setChecked(False)
        self.auto_charge.setChecked(False)
        self.auto_charge.setEnabled(False)
        self.model.set_rows(self._cards.methods if self._cards else [])
        if self._cards is not None and self._cards.auto_charge is not None:
            self._show_auto_charge(self._cards.auto_charge)
        self.binding.rebind(self._connections())
        self._update_actions()

    def _load_now(self) -> None:
        if self._cards is not None:
            self.empty_state.loading()
            self._cards.load()

    def _connections(self) -> list[tuple[SignalInstance, Callable[..., None]]]:
        cards = self._cards
        if cards is None:
            return []
        return [
            (cards.loaded, self._show),
            (cards.failed, self._failed),
            (cards.auto_charge_loaded, self._show_auto_charge),
            (cards.auto_charge_failed, self._auto_charge_failed),
            (cards.card_added, self._added),
            (cards.add_failed, self._add_failed),
            (cards.made_default, self._made_default),
            (cards.removed, self._removed),
            (cards.change_failed, self._change_failed),
        ]

    # ---- the saved cards ------------------------------------------------------------------

    def _show(self, methods: list[PaymentMethod]) -> None:
        self.model.set_rows(methods)
        self._update_actions()

    def _failed(self, text: str) -> None:
        self.empty_state.loaded()
        self.notice.show_error(text, self._cards.load if self._cards else None)

    def selected(self) -> PaymentMethod | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_object(rows[0].row()) if rows else None

    def _update_actions(self, *_args: object) -> None:
        method = self.selected()
        choose = "" if method is not None else self.tr("Choose a card in the list first.")
        already = method is not None and method.is_default
        allow(
            self.default_button,
            choose or (self.tr("This card is already the default one.") if already else ""),
        )
        allow(self.remove_button, choose)
        self.add_button.setEnabled(self._cards is not None)

    def _make_default(self) -> None:
        method = self.selected()
        if method is None or self._cards is None:
            return
        self.notice.clear()
        self.status.say("")
        self._cards.make_default(method)

    def _remove(self) -> None:
        method = self.selected()
        if method is None or self._cards is None:
            return
        text = arg(
            self.tr(
                "Remove the card %1 from the account? It will no longer pay your invoices, and to "
                "use it again you will have to type its number."
            ),
            card_label(method),
        )
        if method.is_default:
            text += "\n\n" + self.tr(
                "It is the default card: your oldest other card becomes the default."
            )
        if not dialogs.confirm(self, self.tr("Remove card"), text, self.tr("Remove card")):
            return
        self.notice.clear()
        self.status.say("")
        self._cards.remove(method)

    def _made_default(self, method: PaymentMethod) -> None:
        self.status.say(arg(self.tr("%1 is now the default card."), card_label(method)))

    def _removed(self, method: PaymentMethod) -> None:
        self.status.say(arg(self.tr("%1 removed."), card_label(method)))

    def _change_failed(self, text: str) -> None:
        self.status.say("")
        self.notice.show_error(text)

    # ---- automatic charging ---------------------------------------------------------------

    def _show_auto_charge(self, enabled: bool) -> None:
        self.auto_charge.setEnabled(True)
        self.auto_charge.setChecked(enabled)

    def _auto_charge_clicked(self, checked: bool) -> None:
        cards = self._cards
        if cards is None:
            return
        if checked:
            default = cards.default
            where = card_label(default) if default else self.tr("your default card")
            text = arg(
                self.tr(
                    "Charge your invoices automatically to %1? Each new invoice will be paid with "
                    "it without asking you. You can turn this off at any time."
                ),
                where,
            )
            if not dialogs.confirm(self, self.tr("Automatic charging"), text, self.tr("Turn on")):
                self.auto_charge.setChecked(False)
                return
        self.notice.clear()
        self.auto_charge.setEnabled(False)
        cards.set_auto_charge(checked)

    def _auto_charge_failed(self, text: str, current: bool) -> None:
        self._show_auto_charge(current)
        self.notice.show_error(text)

    # ---- adding a card --------------------------------------------------------------------

    def _add(self) -> None:
        if self._cards is None:
            return
        self._clear_errors()
        self.notice.clear()
        number = self.number.text()
        if not number.strip():
            self._show_field_errors({"number": self.tr("Type the card number.")})
            return
        self.add_button.setEnabled(False)
        self.status.say(self.tr("Adding the card…"))
        self._cards.add_card(
            number,
            self.exp_month.value(),
            self.exp_year.value(),
            self.holder.text(),
            self.make_default.isChecked(),
        )
        del number

    def _added(self, method: PaymentMethod) -> None:
        self.add_button.setEnabled(True)
        self.number.clear()  # saved on the portal: the number is kept nowhere here
        self._show_number_brand("")
        self._default_expiry()
        self.holder.clear()
        self.make_default.setChecked(False)
        self.status.say(arg(self.tr("Card %1 added."), card_label(method)))

    def _add_failed(self, text: str, fields: dict[str, str]) -> None:
        self.add_button.setEnabled(True)
        self.status.say("")
        # the number stays in its field to be mended (it is still never stored nor logged)
        if not self._show_field_errors(fields):
            self.notice.show_error(text)

    def _show_field_errors(self, fields: dict[str, str]) -> bool:
        focus: dict[str, QWidget] = {
            "number": self.number,
            "holder_name": self.holder,
            "exp_month": self.exp_month,
            "exp_year": self.exp_year,
        }
        return show_field_errors(
            [(focus[name], label, fields.get(name, "")) for name, label in self.errors.items()]
        )

    def _clear_errors(self) -> None:
        for label in self.errors.values():
            label.clear()
            label.hide()
