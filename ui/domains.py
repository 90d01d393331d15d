"""The Domains tab: the account's domains with registration and expiry dates, status and
auto-renew, those expiring soon highlighted; renew (the portal invoices it), name servers (view
and change, 2 to 5), transfer out (a new EPP code, shown once) and auto-renew on/off. There is no
"cancel": a domain cannot be cancelled, only not renewed."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QItemSelection,
    Qt,
    SignalInstance,
)
from PySide6.QtGui import QBrush, QFont, QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from app.domains import EXPIRING_SOON_DAYS, Domains, no_cancel_note
from app.i18n import QT_TRANSLATE_NOOP, arg
from app.models import Domain, DomainRenewal, DomainStatus, DomainTransferOut, Permission
from app.session import AccountSession

from . import dialogs, formatting, tables, theme
from .accessibility import StatusLabel, allow, show_field_errors
from .binding import SessionBinding
from .empty_state import empty_state
from .notice import Notice
from .table_models import ROW_ROLE, Column, Index, ListTableModel

CONTEXT = "DomainsTab"
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
MAX_NAMESERVERS = 5
RENEWABLE = (DomainStatus.ACTIVE, DomainStatus.GRACE, DomainStatus.EXPIRED)

_STATUS = {
    DomainStatus.PENDING: QT_TRANSLATE_NOOP("DomainsTab", "Pending"),
    DomainStatus.PENDING_REGISTRATION: QT_TRANSLATE_NOOP("DomainsTab", "Pending registration"),
    DomainStatus.PENDING_TRANSFER: QT_TRANSLATE_NOOP("DomainsTab", "Pending transfer"),
    DomainStatus.ACTIVE: QT_TRANSLATE_NOOP("DomainsTab", "Active"),
    DomainStatus.GRACE: QT_TRANSLATE_NOOP("DomainsTab", "Grace period"),
    DomainStatus.REDEMPTION: QT_TRANSLATE_NOOP("DomainsTab", "Redemption"),
    DomainStatus.EXPIRED: QT_TRANSLATE_NOOP("DomainsTab", "Expired"),
    DomainStatus.TRANSFERRED_AWAY: QT_TRANSLATE_NOOP("DomainsTab", "Transferred away"),
    DomainStatus.CANCELLED: QT_TRANSLATE_NOOP("DomainsTab", "Cancelled"),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def domain_status(domain: Domain) -> str:
    return _tr(_STATUS.get(domain.status, domain.status))


def expiring_soon(domain: Domain) -> bool:
    return domain.status in RENEWABLE and domain.days_to_expiry <= EXPIRING_SOON_DAYS


def _expires(domain: Domain) -> str:
    text = formatting.date(domain.expiry_date)
    if domain.status in RENEWABLE and 0 <= domain.days_to_expiry <= EXPIRING_SOON_DAYS:
        days = QCoreApplication.translate("DomainsTab", "in %1 days")
        days = arg(days, str(domain.days_to_expiry))
        return f"{text} ({days})"
    if domain.status in RENEWABLE and domain.days_to_expiry < 0:
        expired = QCoreApplication.translate("DomainsTab", "expired")
        return f"{text} ({expired})"
    return text


def _auto_renew(domain: Domain) -> str:
    if domain.auto_renew:
        return QCoreApplication.translate("DomainsTab", "On")
    return QCoreApplication.translate("DomainsTab", "Off")


COLUMNS: list[Column[Domain]] = [
    Column(QT_TRANSLATE_NOOP("DomainsTab", "Domain"), lambda d: d.name),
    Column(
        QT_TRANSLATE_NOOP("DomainsTab", "Registered"),
        lambda d: formatting.date(d.registration_date),
        lambda d: d.registration_date.toordinal(),
    ),
    Column(
        QT_TRANSLATE_NOOP("DomainsTab", "Expires"),
        _expires,
        lambda d: d.expiry_date.toordinal(),
    ),
    Column(QT_TRANSLATE_NOOP("DomainsTab", "Status"), domain_status),
    Column(QT_TRANSLATE_NOOP("DomainsTab", "Auto-renew"), _auto_renew),
    Column(
        QT_TRANSLATE_NOOP("DomainsTab", "Price per year"),
        lambda d: formatting.money(d.recurring_amount, d.currency),
        lambda d: d.recurring_amount,
        RIGHT,
    ),
]


class DomainsModel(ListTableModel[Domain]):
    """Domains, those expiring within 30 days (or already expired) highlighted."""

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if index.isValid() and role in (
            Qt.ItemDataRole.BackgroundRole,
            Qt.ItemDataRole.FontRole,
        ):
            domain = self.row_object(index.row())
            if domain is None or not expiring_soon(domain):
                return None
            if role == Qt.ItemDataRole.BackgroundRole:
                return QBrush(theme.attention_background())
            font = QFont()
            font.setBold(True)
            return font
        return super().data(index, role)


class DomainsTab(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.binding = SessionBinding(self)
        self._session: AccountSession | None = None
        self._domains: Domains | None = None
        self._selected_id: int | None = None
        self._sent_lines: list[int] = []  # the name server lines last sent, in order
        self.model = DomainsModel(CONTEXT, COLUMNS, self)
        self.proxy = tables.sorted_proxy(self, self.model)

        self.summary = QLabel(self)
        self.reload_button = QPushButton(self.tr("Re&load"), self)
        self.reload_button.setAccessibleName(self.tr("Reload domains"))
        self.notice = Notice(self)
        self.table = tables.table(
            self,
            "domains_table",
            self.proxy,
            accessible=self.tr("Domains"),
            main=3,  # the status gives room first: the domain's name is what a person looks for
            elide_middle=(0,),
            sort=(2, Qt.SortOrder.AscendingOrder),
        )
        self.empty_state = empty_state(self.table, self.tr("No domains to show."))
        self.note = QLabel(no_cancel_note(), self)
        self.note.setObjectName("no_cancel_note")
        self.note.setWordWrap(True)

        # Actions on the selected domain.
        self.side = QWidget(self)
        self.title = QLabel(self.side)
        self.title.setStyleSheet("font-weight: bold; font-size: 14px;")
        self.action_notice = Notice(self.side)
        self.outcome = QLabel(self.side)
        self.outcome.setObjectName("outcome")
        self.outcome.setWordWrap(True)
        self.auto_renew = QCheckBox(self.tr("Renew &automatically"), self.side)
        self.auto_renew.setAccessibleName(self.tr("Renew automatically"))
        self.years = QSpinBox(self.side)
        self.years.setRange(1, 10)
        self._years_suffix(self.years.value())
        self.years.valueChanged.connect(self._years_suffix)
        self.years.setAccessibleName(self.tr("Years to renew"))
        self.renew_button = QPushButton(self.tr("&Renew…"), self.side)
        self.renew_button.setAccessibleName(self.tr("Renew"))
        self.transfer_button = QPushButton(self.tr("&Transfer out…"), self.side)
        self.transfer_button.setAccessibleName(self.tr("Transfer out"))
        renew_row = QHBoxLayout()
        renew_row.addWidget(self.years)
        renew_row.addWidget(self.renew_button)
        renew_row.addStretch(1)

        # The EPP code, shown once after a transfer out.
        self.epp_box = QGroupBox(self.tr("Transfer code (EPP)"), self.side)
        self.epp_code = QLineEdit(self.epp_box)
        self.epp_code.setObjectName("epp_code")
        self.epp_code.setReadOnly(True)
        self.epp_code.setAccessibleName(self.tr("Transfer code (EPP)"))
        self.copy_button = QPushButton(self.tr("&Copy"), self.epp_box)
        self.copy_button.setAccessibleName(self.tr("Copy the transfer code"))
        self.epp_hint = QLabel(self.epp_box)
        self.epp_hint.setWordWrap(True)
        self.epp_hint.setText(
            self.tr(
                "Give this code to the new provider. It is shown only now: copy it before you "
                "leave; asking again issues a new one and this one stops working."
            )
        )
        epp_layout = QVBoxLayout(self.epp_box)
        epp_row = QHBoxLayout()
        epp_row.addWidget(self.epp_code, 1)
        epp_row.addWidget(self.copy_button)
        epp_layout.addLayout(epp_row)
        epp_layout.addWidget(self.epp_hint)
        self.epp_box.hide()

        # Name servers: one line each, with its error under it.
        self.ns_box = QGroupBox(self.tr("Name servers"), self.side)
        self.ns_edits: list[QLineEdit] = []
        self.ns_errors: list[QLabel] = []
        ns_form = QFormLayout()
        for number in range(MAX_NAMESERVERS):
            edit = QLineEdit(self.ns_box)
            edit.setObjectName(f"nameserver_{number}")
            label = arg(self.tr("Name server %1"), str(number + 1))
            edit.setAccessibleName(label)
            error = QLabel(self.ns_box)
            error.setObjectName(f"nameserver_{number}_error")
            error.setStyleSheet("color: #c0392b;")
            error.setWordWrap(True)
            error.hide()
            cell = QWidget(self.ns_box)
            column = QVBoxLayout(cell)
            column.setContentsMargins(0, 0, 0, 0)
            column.setSpacing(2)
            column.addWidget(edit)
            column.addWidget(error)
            ns_form.addRow(label, cell)
            self.ns_edits.append(edit)
            self.ns_errors.append(error)
        self.ns_error = QLabel(self.ns_box)
        self.ns_error.setObjectName("nameservers_error")
        self.ns_error.setStyleSheet("color: #c0392b;")
        self.ns_error.setWordWrap(True)
        self.ns_error.hide()
        self.ns_status = StatusLabel(self.ns_box)
        self.save_ns_button = QPushButton(self.tr("&Save name servers"), self.ns_box)
        self.save_ns_button.setAccessibleName(self.tr("Save name servers"))
        ns_buttons = QHBoxLayout()
        ns_buttons.addWidget(self.ns_status, 1)
        ns_buttons.addWidget(self.save_ns_button)
        ns_layout = QVBoxLayout(self.ns_box)
        ns_layout.addLayout(ns_form)
        ns_layout.addWidget(self.ns_error)
        ns_layout.addLayout(ns_buttons)

        side_layout = QVBoxLayout(self.side)
        side_layout.addWidget(self.title)
        side_layout.addWidget(self.action_notice)
        side_layout.addWidget(self.auto_renew)
        side_layout.addLayout(renew_row)
        side_layout.addWidget(self.transfer_button)
        side_layout.addWidget(self.epp_box)
        side_layout.addWidget(self.outcome)
        side_layout.addWidget(self.ns_box)
        side_layout.addStretch(1)

        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.table)
        splitter.addWidget(self.side)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([3000, 2000])  # 3:2 from the start, not what the size hints make of it

        top = QHBoxLayout()
        top.addWidget(self.summary, 1)
        top.addWidget(self.reload_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.notice)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.note)

        self.reload_button.clicked.connect(self._reload)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.auto_renew.clicked.connect(self._toggle_auto_renew)
        self.renew_button.clicked.connect(self._renew)
        self.transfer_button.clicked.connect(self._transfer_out)
        self.copy_button.clicked.connect(self._copy_code)
        self.save_ns_button.clicked.connect(self._save_nameservers)
        self._show_selected()

    # ---- binding --------------------------------------------------------------------------

    def _years_suffix(self, years: int) -> None:
        """ " año" / " años": the plural follows the number shown."""
        self.years.setSuffix(self.tr(" year(s)", "", years))

    def bind(self, session: AccountSession | None) -> None:
        self._session = session
        self._domains = session.part(Domains) if session is not None else None
        self._selected_id = None
        self.notice.clear()
        self.model.set_rows(self._domains.domains if self._domains else [])
        self._clear_nameservers()
        self._show_selected()
        self._update_summary()
        self.binding.rebind(self._connections())
        if self._domains is not None:
            self._domains.load()

    def _connections(self) -> list[tuple[SignalInstance, Callable[..., None]]]:
        d = self._domains
        if d is None:
            return []
        return [
            (d.loaded, self._show),
            (d.failed, self._failed),
            (d.changed, self._changed),
            (d.renewed, self._renewed),
            (d.renew_failed, self._action_failed),
            (d.nameservers_loaded, self._nameservers_arrived),
            (d.nameservers_failed, self._nameservers_failed),
            (d.nameservers_saved, self._nameservers_saved),
            (d.nameservers_refused, self._nameservers_refused),
            (d.transferred, self._transferred),
            (d.transfer_failed, self._action_failed),
            (d.auto_renew_failed, self._auto_renew_failed),
        ]

    def _reload(self) -> None:
        if self._domains is not None:
            self.notice.clear()
            self._domains.load()

    def _show(self, domains: list[Domain]) -> None:
        self.notice.clear()
        self.model.set_rows(domains)
        self._update_summary()
        if self._selected_id is not None:
            self.select_domain(self._selected_id)

    def _failed(self, text: str) -> None:
        self.notice.show_error(text, self._reload)

    def _update_summary(self) -> None:
        soon = sum(1 for d in self.model.rows() if expiring_soon(d))
        self.summary.setText(
            arg(
                self.tr("%1 domains, %2 expiring soon (highlighted)"),
                str(self.model.rowCount()),
                str(soon),
            )
        )

    def _changed(self, domain: Domain) -> None:
        self.model.set_rows(self._domains.domains if self._domains else [])
        self._update_summary()
        if self._selected_id is not None:
            self.select_domain(self._selected_id)

    # ---- selection ------------------------------------------------------------------------

    def selected_domain(self) -> Domain | None:
        if self._selected_id is None:
            return None
        return next((d for d in self.model.rows() if d.id == self._selected_id), None)

    def select_domain(self, domain_id: int) -> bool:
        for row in range(self.proxy.rowCount()):
            domain = self.proxy.index(row, 0).data(ROW_ROLE)
            if domain is not None and domain.id == domain_id:
                self.table.selectRow(row)
                return True
        return False

    def _selection_changed(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        rows = self.table.selectionModel().selectedRows()
        domain = self.proxy.index(rows[0].row(), 0).data(ROW_ROLE) if rows else None
        new_id = domain.id if domain is not None else None
        if new_id != self._selected_id:
            self._selected_id = new_id
            self.action_notice.clear()
            self.outcome.clear()
            self.epp_code.clear()
            self.epp_box.hide()
            self._clear_nameservers()
            if domain is not None and self._domains is not None:
                self.ns_status.say(self.tr("Loading…"))
                self._domains.load_nameservers(domain.id)
        self._show_selected()

    def _may_manage(self) -> bool:
        return self._session is not None and self._session.can(Permission.MANAGE_DOMAINS)

    def _show_selected(self) -> None:
        domain = self.selected_domain()
        manage = self._may_manage()
        choose = self.tr("Choose a domain in the list first.")
        allow(self.side, "" if domain is not None else choose)
        self.title.setText(domain.name if domain else self.tr("Select a domain."))
        self.auto_renew.blockSignals(True)
        self.auto_renew.setChecked(bool(domain and domain.auto_renew))
        self.auto_renew.blockSignals(False)
        active = domain is not None and domain.status == DomainStatus.ACTIVE
        not_allowed = (
            choose
            if domain is None
            else ""
            if manage
            else self.tr("Changing domains needs the permission to manage domains.")
        )
        renewal = not_allowed or (
            ""
            if domain is not None and domain.status in RENEWABLE
            else self.tr("Only an active, expiring or expired domain can be renewed.")
        )
        change = not_allowed or (
            "" if active else self.tr("Only an active domain can change this.")
        )
        allow(self.auto_renew, renewal)
        allow(self.renew_button, renewal)
        allow(self.years, renewal)
        allow(self.transfer_button, change)
        for edit in self.ns_edits:
            edit.setReadOnly(bool(change))
        allow(self.save_ns_button, change)
        if domain is not None and not manage:
            self.outcome.setText(not_allowed)

    # ---- auto-renew -----------------------------------------------------------------------

    def _toggle_auto_renew(self, on: bool) -> None:
        domain = self.selected_domain()
        if domain is None or self._domains is None:
            return
        self.action_notice.clear()
        self.outcome.setText(
            arg(self.tr("%1 will be renewed automatically."), domain.name)
            if on
            else arg(
                self.tr("%1 will not be renewed: it expires on %2."),
                domain.name,
                formatting.date(domain.expiry_date),
            )
        )
        self._domains.set_auto_renew(domain.id, on)

    def _auto_renew_failed(self, domain_id: int, text: str) -> None:
        if domain_id != self._selected_id:
            return
        self.outcome.clear()
        self._show_selected()  # back to what the portal holds
        self.action_notice.show_error(text)

    # ---- renew ----------------------------------------------------------------------------

    def _renew(self) -> None:
        domain = self.selected_domain()
        if domain is None or self._domains is None:
            return
        years = self.years.value()
        amount = formatting.money(domain.recurring_amount * years, domain.currency)
        try:
            until = domain.expiry_date.replace(year=domain.expiry_date.year + years)
        except ValueError:  # 29 February
            until = domain.expiry_date.replace(year=domain.expiry_date.year + years, day=28)
        text = arg(
            self.tr(
                "Renew %1 for %n year(s)? An invoice of %2 plus taxes is created now. When it "
                "is paid, the expiry date moves from %3 to %4.",
                "",
                years,
            ),
            domain.name,
            amount,
            formatting.date(domain.expiry_date),
            formatting.date(until),
        )
        if not dialogs.confirm(self, self.tr("Renew domain"), text, self.tr("Renew")):
            return
        self.action_notice.clear()
        allow(self.renew_button, self.tr("Creating the renewal invoice…"))
        self.outcome.setText(self.tr("Creating the renewal invoice…"))
        self._domains.renew(domain.id, years)

    def _renewed(self, done: DomainRenewal) -> None:
        self._show_selected()
        self.outcome.setText(
            arg(
                self.tr(
                    "Renewal of %1 invoiced: %2 (taxes included). Pay it in Invoices; the expiry date "
                    "moves when it is paid."
                ),
                done.domain.name,
                formatting.money(done.total, done.currency),
            )
        )

    def _action_failed(self, text: str, fields: dict[str, str] | None = None) -> None:
        self._show_selected()
        self.outcome.clear()
        detail = "\n".join((fields or {}).values())
        self.action_notice.show_error(detail or text)

    # ---- transfer out ---------------------------------------------------------------------

    def _transfer_out(self) -> None:
        domain = self.selected_domain()
        if domain is None or self._domains is None:
            return
        text = arg(
            self.tr(
                "Transfer %1 to another provider? The domain is unlocked and a new transfer code "
                "(EPP) is issued and shown once; any earlier code stops working."
            ),
            domain.name,
        )
        if not dialogs.confirm(self, self.tr("Transfer out"), text, self.tr("Unlock and get code")):
            return
        self.action_notice.clear()
        allow(self.transfer_button, self.tr("Unlocking the domain…"))
        self._domains.transfer_out(domain.id)

    def _transferred(self, done: DomainTransferOut) -> None:
        if done.domain.id != self._selected_id:
            return
        self._show_selected()
        self.epp_code.setText(done.epp_code)
        self.epp_box.show()
        self.outcome.setText(arg(self.tr("%1 is unlocked for transfer."), done.domain.name))

    def _copy_code(self) -> None:
        code = self.epp_code.text()
        if code:
            QGuiApplication.clipboard().setText(code)
            self.outcome.setText(self.tr("Transfer code copied."))

    # ---- name servers ---------------------------------------------------------------------

    def _clear_nameservers(self) -> None:
        for edit in self.ns_edits:
            edit.clear()
        self._clear_ns_errors()
        self.ns_status.say("")

    def _clear_ns_errors(self) -> None:
        for error in [*self.ns_errors, self.ns_error]:
            error.clear()
            error.hide()

    def _nameservers_arrived(self, domain_id: int, names: list[str]) -> None:
        if domain_id != self._selected_id:
            return
        for edit, name in zip(self.ns_edits, [*names, *[""] * MAX_NAMESERVERS], strict=False):
            edit.setText(name)
        self.ns_status.say("")

    def _nameservers_failed(self, domain_id: int, text: str) -> None:
        if domain_id != self._selected_id:
            return
        self.ns_status.say(text)

    def _save_nameservers(self) -> None:
        domain = self.selected_domain()
        if domain is None or self._domains is None:
            return
        self._clear_ns_errors()
        # Only the filled lines go; remember which line each one came from.
        self._sent_lines = [i for i, edit in enumerate(self.ns_edits) if edit.text().strip()]
        names = [self.ns_edits[i].text().strip() for i in self._sent_lines]
        allow(self.save_ns_button, self.tr("Saving…"))
        self.ns_status.say(self.tr("Saving…"))
        self._domains.save_nameservers(domain.id, names)

    def _nameservers_saved(self, domain_id: int, names: list[str]) -> None:
        allow(self.save_ns_button, "")
        if domain_id != self._selected_id:
            return
        self._nameservers_arrived(domain_id, names)
        self.ns_status.say(self.tr("Name servers saved."))

    def _nameservers_refused(self, text: str, fields: dict[str, str]) -> None:
        allow(self.save_ns_button, "")
        self.ns_status.say("")
        by_line: dict[int, str] = {}
        general: list[str] = []
        for name, message in fields.items():
            prefix, _, number = name.partition(".")
            if prefix != "nameservers":
                continue
            if number.isdigit() and int(number) < len(self._sent_lines):
                by_line[self._sent_lines[int(number)]] = message
            else:
                general.append(message)
        if not by_line and not general:
            general.append(text)
        # each error beside its line and as that line's description; focus on the first
        show_field_errors(
            [
                (edit, error, by_line.get(line, ""))
                for line, (edit, error) in enumerate(
                    zip(self.ns_edits, self.ns_errors, strict=True)
                )
            ]
            + [(self.ns_edits[0], self.ns_error, "\n".join(general))]
        )
