"""The dialogs of the Services tab's actions: Upgrade/Downgrade with the portal's quote (and a
ticket instead when the plan cannot change automatically), cancellation request, change of owner.

Each dialog is window-modal but not blocking (``open()``), talks to ``app.services.ServiceActions``
and disconnects from it when it closes. Questions go through ``ui.dialogs``.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication, QItemSelection, QLocale, Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from app.i18n import QT_TRANSLATE_NOOP, arg
from app.models import (
    Cancellation,
    CancellationType,
    Department,
    Service,
    Ticket,
    TicketDetail,
    UpgradeOption,
    UpgradeOptions,
    UpgradeQuote,
    UpgradeResult,
)
from app.services import CONDITION_CODES, ServiceActions, condition_text

from . import dialogs, formatting, tables
from .accessibility import clear_field_errors, show_field_errors
from .binding import Connection, SessionBinding
from .notice import Notice
from .table_models import Column, ListTableModel

RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
ERROR_STYLE = "color: #c0392b;"


def _option_price(option: UpgradeOption, currency: str) -> str:
    return formatting.money(option.price, currency) if option.price is not None else "—"


def option_columns(currency: str) -> list[Column[UpgradeOption]]:
    return [
        Column(QT_TRANSLATE_NOOP("UpgradeDialog", "Plan"), _plan_name),
        Column(QT_TRANSLATE_NOOP("UpgradeDialog", "Description"), lambda o: o.description),
        Column(
            QT_TRANSLATE_NOOP("UpgradeDialog", "Price"),
            lambda o: _option_price(o, currency),
            lambda o: o.price or 0,
            RIGHT,
        ),
    ]


def _plan_name(option: UpgradeOption) -> str:
    if option.is_current:
        return arg(QCoreApplication.translate("UpgradeDialog", "%1 (current plan)"), option.name)
    return option.name


def error_label(parent: QWidget, name: str) -> QLabel:
    label = QLabel(parent)
    label.setObjectName(name)
    label.setStyleSheet(ERROR_STYLE)
    label.setWordWrap(True)
    label.hide()
    return label


class _ActionDialog(QDialog):
    """Connects to the view-model while open; disconnects when it closes."""

    def __init__(self, actions: ServiceActions, service: Service, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.service_actions = actions
        self.service = service
        self.setWindowModality(Qt.WindowModality.WindowModal)
        # its connections to the service's actions, undone when the dialog closes
        self.binding = SessionBinding(self)
        self.finished.connect(lambda _result: self.binding.rebind())

    def _connect(self, pairs: list[Connection]) -> None:
        self.binding.rebind(pairs)

    def _service_line(self) -> str:
        return f"{self.service.product} — {self.service.domain}"


class UpgradeDialog(_ActionDialog):
    """The plans of the service's group; the portal's quote for the chosen one; confirm."""

    def __init__(self, actions: ServiceActions, service: Service, parent: QWidget | None) -> None:
        super().__init__(actions, service, parent)
        self.setObjectName("upgrade_dialog")
        self.setWindowTitle(self.tr("Upgrade/Downgrade"))
        self.resize(760, 560)
        self.options: UpgradeOptions | None = None
        self.quote: UpgradeQuote | None = None
        self.upgrade_result: UpgradeResult | None = None
        self.ticket: TicketDetail | None = None

        heading = QLabel(self._service_line(), self)
        heading.setStyleSheet("font-weight: bold;")
        self.model: ListTableModel[UpgradeOption] = ListTableModel(
            "UpgradeDialog", option_columns(service.currency), self
        )
        self.table = tables.table(
            self, "upgrade_options", self.model, accessible=self.tr("Plans you can move to"), main=1
        )
        self.notice = Notice(self)
        self.quote_label = QLabel(self)
        self.quote_label.setObjectName("quote")
        self.quote_label.setAccessibleName(self.tr("Quote"))
        self.quote_label.setWordWrap(True)
        self.quote_label.setTextFormat(Qt.TextFormat.RichText)
        self.quote_label.setText(self.tr("Choose a plan to see what the change costs."))
        self.outcome = QLabel(self)
        self.outcome.setObjectName("outcome")
        self.outcome.setWordWrap(True)
        self.outcome.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        # A ticket instead, when the portal says the change cannot be automatic.
        self.ticket_button = QPushButton(self.tr("Open a &ticket instead…"), self)
        self.ticket_button.setAccessibleName(self.tr("Open a ticket instead"))
        self.ticket_button.hide()
        self.ticket_box = QGroupBox(self.tr("Ticket to your account executive"), self)
        self.department = QComboBox(self.ticket_box)
        self.department.setAccessibleName(self.tr("Department"))
        self.subject = QLineEdit(self.ticket_box)
        self.subject.setAccessibleName(self.tr("Subject"))
        self.message = QPlainTextEdit(self.ticket_box)
        self.message.setAccessibleName(self.tr("Message"))
        self.message.setMinimumHeight(90)
        self.ticket_error = error_label(self.ticket_box, "ticket_error")
        self.send_ticket_button = QPushButton(self.tr("&Send ticket"), self.ticket_box)
        self.send_ticket_button.setAccessibleName(self.tr("Send ticket"))
        form = QFormLayout(self.ticket_box)
        form.addRow(self.tr("Department"), self.department)
        form.addRow(self.tr("Subject"), self.subject)
        form.addRow(self.tr("Message"), self.message)
        form.addRow(self.ticket_error)
        form.addRow(self.send_ticket_button)
        self.ticket_box.hide()

        self.confirm_button = QPushButton(self.tr("&Confirm change…"), self)
        self.confirm_button.setAccessibleName(self.tr("Confirm change"))
        self.confirm_button.setEnabled(False)
        self.close_button = QPushButton(self.tr("Close"), self)
        self.close_button.setAccessibleName(self.tr("Close"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.ticket_button)
        buttons.addStretch(1)
        buttons.addWidget(self.confirm_button)
        buttons.addWidget(self.close_button)

        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.notice)
        layout.addWidget(self.quote_label)
        layout.addWidget(self.ticket_box)
        layout.addWidget(self.outcome)
        layout.addLayout(buttons)

        self.table.selectionModel().selectionChanged.connect(self._chosen)
        self.confirm_button.clicked.connect(self._confirm)
        self.close_button.clicked.connect(self.reject)
        self.ticket_button.clicked.connect(self._show_ticket_form)
        self.send_ticket_button.clicked.connect(self._send_ticket)
        self._connect(
            [
                (actions.options_loaded, self._options_arrived),
                (actions.options_failed, self._failed),
                (actions.quote_loaded, self._quote_arrived),
                (actions.quote_failed, self._failed),
                (actions.upgraded, self._upgraded),
                (actions.upgrade_failed, self._upgrade_failed),
                (actions.departments_loaded, self._departments_arrived),
                (actions.departments_failed, self._ticket_failed_text),
                (actions.ticket_opened, self._ticket_opened),
                (actions.ticket_failed, self._ticket_failed),
            ]
        )
        actions.load_options(service.id)

    # ---- options and quote ----------------------------------------------------------------

    def _options_arrived(self, options: UpgradeOptions) -> None:
        if options.service_id != self.service.id:
            return
        self.options = options
        self.model.set_rows(options.options)
        if not options.allows_automatic_change:
            self._offer_ticket()

    def selected_option(self) -> UpgradeOption | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_object(rows[0].row()) if rows else None

    def _chosen(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        option = self.selected_option()
        self.quote = None
        self.confirm_button.setEnabled(False)
        self.notice.clear()
        if option is None:
            return
        if option.is_current:
            self.quote_label.setText(self.tr("This is the current plan."))
            return
        self.quote_label.setText(self.tr("Asking the portal what this change costs…"))
        self.service_actions.load_quote(self.service.id, option.product_id)

    def _quote_arrived(self, quote: UpgradeQuote) -> None:
        option = self.selected_option()
        if quote.service_id != self.service.id or option is None:
            return
        if quote.new_product_id != option.product_id:
            return
        self.quote = quote
        self.quote_label.setText(self.quote_html(quote))
        self.confirm_button.setEnabled(self.upgrade_result is None)

    def quote_html(self, quote: UpgradeQuote) -> str:
        def money(value: object) -> str:
            return formatting.money(value, quote.currency)  # type: ignore[arg-type]

        cycle = formatting.cycle(quote.billing_cycle)
        rows = [
            (
                self.tr("Current plan"),
                f"{escape(quote.current_product)} — {money(quote.current_price)} ({cycle})",
            ),
            (
                self.tr("New plan"),
                f"{escape(quote.new_product)} — {money(quote.new_price)} ({cycle})",
            ),
            (self.tr("Already paid for this period"), money(quote.current_price)),
            (self.tr("Difference to pay"), money(quote.difference)),
        ]
        if quote.difference > 0:
            tax = arg(self.tr("Tax (%1%)"), QLocale().toString(float(quote.tax_rate), "g", 4))
            rows.append((tax, money(quote.tax)))
        total = self.tr("Total to pay now")
        rows.append((f"<b>{total}</b>", f"<b>{money(quote.total_due)}</b>"))
        table = "".join(
            f"<tr><td>{k}</td><td align='right'>&nbsp;&nbsp;{v}</td></tr>" for k, v in rows
        )
        if quote.direction == "downgrade":
            note = arg(
                self.tr(
                    "A downgrade is not refunded: there is nothing to pay now, and the new price "
                    "applies from the next renewal (%1)."
                ),
                formatting.date(quote.next_due_date),
            )
        else:
            note = self.tr(
                "You pay only the difference between the new plan and what you already paid "
                "(%1 − %2 = %3). The next due date stays %4."
            )
            note = arg(
                note,
                money(quote.new_price),
                money(quote.current_price),
                money(quote.difference),
                formatting.date(quote.next_due_date),
            )
        return f"<table>{table}</table><p>{escape(note)}</p>"

    def _failed(self, text: str, offer_ticket: bool) -> None:
        self.quote_label.clear()
        self.notice.show_error(text)
        if offer_ticket:
            self._offer_ticket()

    # ---- confirming -----------------------------------------------------------------------

    def _confirm(self) -> None:
        quote = self.quote
        if quote is None:
            return
        amount = formatting.money(quote.total_due, quote.currency)
        if quote.total_due > 0:
            text = self.tr(
                "Change %1 to %2? An invoice of %3 (taxes included) is created now for the "
                "difference, and the service's price becomes %4 from the next renewal."
            )
        else:
            text = self.tr(
                "Change %1 to %2? There is nothing to pay now (%3) and nothing is refunded; the "
                "service's price becomes %4 from the next renewal."
            )
        text = arg(
            text,
            quote.current_product,
            quote.new_product,
            amount,
            formatting.money(quote.new_price, quote.currency),
        )
        if not dialogs.confirm(self, self.tr("Change plan"), text, self.tr("Change plan")):
            return
        self._send_upgrade()

    def _send_upgrade(self) -> None:
        quote = self.quote
        if quote is None:
            return
        self.notice.clear()
        self.confirm_button.setEnabled(False)
        self.outcome.setText(self.tr("Changing the plan…"))
        self.service_actions.upgrade(self.service.id, quote.new_product_id)

    def _upgraded(self, result: UpgradeResult) -> None:
        if result.service.id != self.service.id:
            return
        self.upgrade_result = result
        self.confirm_button.setEnabled(False)
        self.table.setEnabled(False)
        if result.invoice_id is not None:
            text = self.tr(
                "Done: the service is now on %1. An invoice of %2 was created for the "
                "difference; pay it in Invoices."
            )
        else:
            text = self.tr("Done: the service is now on %1. There is nothing to pay (%2).")
        self.outcome.setText(
            arg(
                text,
                result.service.product,
                formatting.money(result.quote.total_due, result.quote.currency),
            )
        )

    def _upgrade_failed(self, text: str, offer_ticket: bool) -> None:
        self.outcome.clear()
        self.confirm_button.setEnabled(self.quote is not None)
        # Retrying sends the same Idempotency-Key: the change is never charged twice.
        self.notice.show_error(text, None if offer_ticket else self._send_upgrade)
        if offer_ticket:
            self._offer_ticket()

    # ---- a ticket instead -----------------------------------------------------------------

    def _offer_ticket(self) -> None:
        self.ticket_button.show()

    def _show_ticket_form(self) -> None:
        if not self.ticket_box.isHidden():
            return
        option = self.selected_option()
        wanted = option.name if option is not None and not option.is_current else ""
        if wanted:
            subject = arg(self.tr("Plan change: %1 to %2"), self.service.product, wanted)
            message = self.tr(
                "I would like to change my service %1 (%2) from %3 to %4. The client area says "
                "it cannot be done automatically."
            )
        else:
            subject = arg(self.tr("Plan change: %1"), self.service.product)
            message = self.tr(
                "I would like to change the plan of my service %1 (%2), now on %3. The client "
                "area says it cannot be done automatically."
            )
        message = arg(
            message, self.service.product, self.service.domain, self.service.product, wanted
        )
        if not self.subject.text():
            self.subject.setText(subject)
        if not self.message.toPlainText():
            self.message.setPlainText(message)
        self.ticket_box.show()
        self.send_ticket_button.setEnabled(False)
        self.service_actions.load_departments()

    def _departments_arrived(self, departments: list[Department]) -> None:
        self.department.clear()
        for department in departments:
            self.department.addItem(department.name, department.id)
        # The department that handles plan changes that are not automatic.
        for index, department in enumerate(departments):
            if "upgrade" in (department.name + department.description).lower():
                self.department.setCurrentIndex(index)
                break
        self.send_ticket_button.setEnabled(bool(departments))

    def _send_ticket(self) -> None:
        department = self.department.currentData()
        if department is None:
            return
        self.ticket_error.hide()
        self.send_ticket_button.setEnabled(False)
        self.service_actions.open_ticket(
            int(department), self.subject.text(), self.message.toPlainText(), self.service.id
        )

    def _ticket_opened(self, ticket: TicketDetail) -> None:
        self.ticket = ticket
        self.ticket_box.setEnabled(False)
        self.ticket_button.setEnabled(False)
        self.outcome.setText(
            arg(
                self.tr(
                    "Ticket #%1 was opened in %2. Your account executive will answer it there."
                ),
                str(ticket.id),
                ticket.department,
            )
        )

    def _ticket_failed(self, text: str, fields: dict[str, str]) -> None:
        detail = "\n".join(fields.values())
        self._ticket_failed_text(f"{text}\n{detail}" if detail else text)

    def _ticket_failed_text(self, text: str) -> None:
        self.ticket_error.setText(text)
        self.ticket_error.show()
        self.send_ticket_button.setEnabled(self.department.count() > 0)


class CancelDialog(_ActionDialog):
    """Immediate or at the end of the billing period, the seed's conditions, the password."""

    def __init__(self, actions: ServiceActions, service: Service, parent: QWidget | None) -> None:
        super().__init__(actions, service, parent)
        self.setObjectName("cancel_dialog")
        self.setWindowTitle(self.tr("Request cancellation"))
        self.resize(620, 520)
        self.done_request: Cancellation | None = None

        heading = QLabel(self._service_line(), self)
        heading.setStyleSheet("font-weight: bold;")
        self.immediate = QRadioButton(self.tr("&Immediate: the service is cancelled today"), self)
        self.immediate.setAccessibleName(self.tr("Immediate"))
        end = formatting.date(service.next_due_date)
        self.end_of_period = QRadioButton(
            arg(
                self.tr(
                    "At the &end of the billing period: it keeps working until %1 and is not renewed"
                ),
                end,
            ),
            self,
        )
        self.end_of_period.setAccessibleName(self.tr("End of billing period"))
        self.end_of_period.setChecked(True)
        self.end_of_period.setFocus(Qt.FocusReason.OtherFocusReason)  # opens on the safe choice
        group = QButtonGroup(self)
        group.addButton(self.immediate)
        group.addButton(self.end_of_period)
        conditions = QGroupBox(self.tr("Conditions of every cancellation"), self)
        listed = QVBoxLayout(conditions)
        self.conditions = QLabel(conditions)
        self.conditions.setObjectName("conditions")
        self.conditions.setWordWrap(True)
        self.conditions.setText("\n".join("• " + condition_text(code) for code in CONDITION_CODES))
        listed.addWidget(self.conditions)
        self.reason = QPlainTextEdit(self)
        self.reason.setAccessibleName(self.tr("Reason (optional)"))
        self.reason.setPlaceholderText(self.tr("Why are you leaving? (optional)"))
        self.reason.setMaximumHeight(80)
        self.password_error = error_label(self, "password_error")
        self.notice = Notice(self)
        self.outcome = QLabel(self)
        self.outcome.setObjectName("outcome")
        self.outcome.setWordWrap(True)
        self.request_button = QPushButton(self.tr("Request &cancellation…"), self)
        self.request_button.setAccessibleName(self.tr("Request cancellation"))
        self.close_button = QPushButton(self.tr("Close"), self)
        self.close_button.setAccessibleName(self.tr("Close"))
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.request_button)
        buttons.addWidget(self.close_button)

        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.immediate)
        layout.addWidget(self.end_of_period)
        layout.addWidget(conditions)
        layout.addWidget(QLabel(self.tr("Reason (optional)"), self))
        layout.addWidget(self.reason)
        layout.addWidget(self.password_error)
        layout.addWidget(self.notice)
        layout.addWidget(self.outcome)
        layout.addStretch(1)
        layout.addLayout(buttons)

        self.request_button.clicked.connect(self._request)
        self.close_button.clicked.connect(self.reject)
        self._connect(
            [
                (actions.cancellation_requested, self._requested),
                (actions.cancellation_refused, self._refused),
            ]
        )

    def chosen_type(self) -> CancellationType:
        if self.immediate.isChecked():
            return CancellationType.IMMEDIATE
        return CancellationType.END_OF_BILLING_PERIOD

    def _request(self) -> None:
        immediate = self.chosen_type() is CancellationType.IMMEDIATE
        if immediate:
            text = self.tr(
                "Cancel %1 today? The service stops today and every file on the server (website, "
                "e-mails, FTP) is deleted. Nothing paid is refunded and current invoices must "
                "still be paid. This cannot be undone."
            )
        else:
            text = self.tr(
                "Cancel %1 at the end of the billing period (%2)? It keeps working until then, is "
                "not renewed, and then every file on the server is deleted. Nothing paid is "
                "refunded and current invoices must still be paid."
            )
        text = arg(text, self._service_line(), formatting.date(self.service.next_due_date))
        title = self.tr("Request cancellation")
        if not dialogs.confirm(self, title, text, self.tr("Request cancellation")):
            return
        password = dialogs.ask_password(
            self, title, self.tr("Enter your account password to confirm the cancellation:")
        )
        if not password:
            return
        self.password_error.hide()
        self.notice.clear()
        self.request_button.setEnabled(False)
        self.service_actions.request_cancellation(
            self.service.id, self.chosen_type(), password, self.reason.toPlainText()
        )

    def _requested(self, done: Cancellation) -> None:
        if done.service_id != self.service.id:
            return
        self.done_request = done
        self.request_button.setEnabled(False)
        self.immediate.setEnabled(False)
        self.end_of_period.setEnabled(False)
        self.outcome.setText(cancellation_text(done))

    def _refused(self, text: str, fields: dict[str, str]) -> None:
        self.request_button.setEnabled(True)
        if "password" in fields:
            self.password_error.setText(fields["password"])
            self.password_error.show()
            return
        self.notice.show_error(text)


def cancellation_text(done: Cancellation) -> str:
    """The state of a cancellation request, in a sentence."""
    if done.type is CancellationType.IMMEDIATE:
        text = QCoreApplication.translate(
            "CancelDialog",
            "Cancellation requested on %1: immediate, the service was cancelled on %2.",
        )
    else:
        text = QCoreApplication.translate(
            "CancelDialog",
            "Cancellation requested on %1: at the end of the billing period, effective on %2. "
            "The service keeps working until then.",
        )
    return arg(text, formatting.date(done.requested_at.date()), formatting.date(done.effective_on))


class OwnerChangeDialog(_ActionDialog):
    """The new owner's e-mail; the portal opens a ticket that records the request."""

    def __init__(self, actions: ServiceActions, service: Service, parent: QWidget | None) -> None:
        super().__init__(actions, service, parent)
        self.setObjectName("owner_change_dialog")
        self.setWindowTitle(self.tr("Change of owner"))
        self.resize(600, 460)
        self.ticket: Ticket | None = None

        heading = QLabel(self._service_line(), self)
        heading.setStyleSheet("font-weight: bold;")
        rules = QLabel(self)
        rules.setWordWrap(True)
        rules.setText(
            self.tr(
                "The service moves to another client account. Both accounts must exist and have "
                "no overdue invoice, only active services can move, and the two accounts must "
                "have different e-mail addresses. This sends a request: a ticket is opened and "
                "our team makes the change (we may call to check); it is not instant."
            )
        )
        self.email = QLineEdit(self)
        self.email.setObjectName("target_email")
        self.email.setAccessibleName(self.tr("New owner's e-mail"))
        self.email.setPlaceholderText("cliente@ejemplo.com")
        self.email_error = error_label(self, "target_email_error")
        self.message = QPlainTextEdit(self)
        self.message.setAccessibleName(self.tr("Message (optional)"))
        self.message.setMaximumHeight(90)
        form = QFormLayout()
        form.addRow(self.tr("New owner's &e-mail"), self.email)
        form.addRow("", self.email_error)
        form.addRow(self.tr("Message (optional)"), self.message)
        self.outcome = QLabel(self)
        self.outcome.setObjectName("outcome")
        self.outcome.setWordWrap(True)
        self.outcome.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.send_button = QPushButton(self.tr("&Send request"), self)
        self.send_button.setAccessibleName(self.tr("Send request"))
        self.close_button = QPushButton(self.tr("Close"), self)
        self.close_button.setAccessibleName(self.tr("Close"))
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.send_button)
        buttons.addWidget(self.close_button)

        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(rules)
        layout.addLayout(form)
        layout.addWidget(self.outcome)
        layout.addStretch(1)
        layout.addLayout(buttons)

        self.send_button.clicked.connect(self._send)
        self.close_button.clicked.connect(self.reject)
        self._connect(
            [
                (actions.owner_change_requested, self._requested),
                (actions.owner_change_refused, self._refused),
            ]
        )

    def _send(self) -> None:
        if not self.email.text().strip():
            show_field_errors(
                [(self.email, self.email_error, self.tr("Enter the new owner's e-mail address."))]
            )
            return
        clear_field_errors([(self.email, self.email_error)])
        self.send_button.setEnabled(False)
        self.service_actions.request_owner_change(
            self.service.id, self.email.text(), self.message.toPlainText()
        )

    def _requested(self, ticket: Ticket) -> None:
        if ticket.service_id not in (None, self.service.id):
            return
        self.ticket = ticket
        self.email.setReadOnly(True)
        self.send_button.setEnabled(False)
        self.outcome.setText(
            arg(
                self.tr(
                    "Request sent: ticket #%1 was opened in %2. The change of owner is a request, "
                    "not an instant move: our team checks it and moves the service, and you will "
                    "see the answer in that ticket."
                ),
                str(ticket.id),
                ticket.department,
            )
        )

    def _refused(self, text: str, fields: dict[str, str]) -> None:
        self.send_button.setEnabled(True)
        show_field_errors([(self.email, self.email_error, fields.get("target_email", text))])
