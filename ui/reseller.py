"""The all-accounts view of a person who reaches many client accounts (a reseller): every account
with what needs attention, sortable, filled in as the portal answers; and the lists across
accounts (unpaid invoices, domains expiring within N days), exportable to CSV."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QObject,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.i18n import QT_TRANSLATE_NOOP, arg
from app.models import ServiceStatus
from app.reseller import AccountRow, CrossAccountList, DomainLine, InvoiceLine, Portfolio, write_csv

from . import dialogs, formatting, tables
from .accessibility import StatusLabel
from .empty_state import empty_state
from .notice import Notice
from .table_models import ROW_ROLE, Column, ListTableModel, PagedTableModel

CONTEXT = "AllAccounts"
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
WAITING = "…"


def _count(value: int | None) -> str:
    return WAITING if value is None else str(value)


def _attention(row: AccountRow) -> str:
    """Why this account needs a look, most urgent first; empty when nothing does."""
    if row.error is not None:
        return row.error
    summary = row.summary
    if summary is None:
        return WAITING
    reasons = []
    if summary.overdue_invoices:
        reasons.append(
            QCoreApplication.translate(
                "AllAccounts", "%n overdue invoice(s)", None, summary.overdue_invoices
            )
        )
    suspended = summary.services_by_status.get(ServiceStatus.SUSPENDED, 0)
    if suspended:
        reasons.append(
            QCoreApplication.translate("AllAccounts", "%n suspended service(s)", None, suspended)
        )
    if summary.domains_expiring:
        reasons.append(
            QCoreApplication.translate(
                "AllAccounts", "%n domain(s) expiring", None, summary.domains_expiring
            )
        )
    if summary.open_tickets:
        reasons.append(
            QCoreApplication.translate(
                "AllAccounts", "%n open ticket(s)", None, summary.open_tickets
            )
        )
    return ", ".join(reasons)


def attention_score(row: AccountRow) -> int:
    """A number that sorts accounts by urgency: overdue invoices first, then suspended services,
    domains about to expire and open tickets."""
    summary = row.summary
    if summary is None:
        return -1
    suspended = summary.services_by_status.get(ServiceStatus.SUSPENDED, 0)
    # each count capped at 99 so that the score stays below 2**31: PySide6 6.11 hands Qt's sort
    # a larger Python int as an object it does not compare as a number (measured: 3e9 sorted
    # below 5, so an account with 3 overdue invoices fell below one with 2)
    return (
        min(summary.overdue_invoices or 0, 99) * 1_000_000
        + min(suspended, 99) * 10_000
        + min(summary.domains_expiring or 0, 99) * 100
        + min(summary.open_tickets or 0, 99)
    )


def _services(row: AccountRow) -> str:
    summary = row.summary
    if summary is None:
        return WAITING if row.error is None else ""
    parts = [
        _status_count(status, count)
        for status, count in sorted(
            summary.services_by_status.items(), key=lambda pair: list(ServiceStatus).index(pair[0])
        )
    ]
    return ", ".join(parts) or "—"


def _status_count(status: ServiceStatus, count: int) -> str:
    """ "3 suspendidos", "1 activo": the count agrees with its status, as Spanish needs."""
    if status == ServiceStatus.PENDING:
        return QCoreApplication.translate("AllAccounts", "%n pending", None, count)
    if status == ServiceStatus.ACTIVE:
        return QCoreApplication.translate("AllAccounts", "%n active", None, count)
    if status == ServiceStatus.SUSPENDED:
        return QCoreApplication.translate("AllAccounts", "%n suspended", None, count)
    if status == ServiceStatus.TERMINATED:
        return QCoreApplication.translate("AllAccounts", "%n terminated", None, count)
    if status == ServiceStatus.CANCELLED:
        return QCoreApplication.translate("AllAccounts", "%n cancelled", None, count)
    if status == ServiceStatus.COMPLETED:
        return QCoreApplication.translate("AllAccounts", "%n completed", None, count)
    return f"{count} {formatting.status(status).lower()}"  # fraud: no plural to agree with


def _balance(row: AccountRow) -> str:
    summary = row.summary
    if summary is None or summary.balance_due is None:
        return WAITING if summary is None and row.error is None else "—"
    return formatting.money(summary.balance_due, summary.currency)


def _field(row: AccountRow, name: str) -> int | None:
    summary = row.summary
    return None if summary is None else getattr(summary, name)


def _number(row: AccountRow, name: str) -> str:
    value = _field(row, name)
    if value is None:
        return WAITING if row.summary is None and row.error is None else "—"
    return str(value)


ACCOUNT_COLUMNS: list[Column[AccountRow]] = [
    Column(QT_TRANSLATE_NOOP("AllAccounts", "Account"), lambda r: r.label),
    Column(QT_TRANSLATE_NOOP("AllAccounts", "E-mail"), lambda r: r.access.email),
    Column(QT_TRANSLATE_NOOP("AllAccounts", "Needs attention"), _attention, attention_score),
    Column(
        QT_TRANSLATE_NOOP("AllAccounts", "Balance due"),
        _balance,
        lambda r: float(r.summary.balance_due or 0) if r.summary else -1.0,
        RIGHT,
    ),
    Column(
        QT_TRANSLATE_NOOP("AllAccounts", "Overdue invoices"),
        lambda r: _number(r, "overdue_invoices"),
        lambda r: _field(r, "overdue_invoices") or 0,
        RIGHT,
    ),
    Column(
        QT_TRANSLATE_NOOP("AllAccounts", "Services"),
        _services,
        lambda r: sum(r.summary.services_by_status.values()) if r.summary else -1,
    ),
    Column(
        QT_TRANSLATE_NOOP("AllAccounts", "Domains expiring"),
        lambda r: _number(r, "domains_expiring"),
        lambda r: _field(r, "domains_expiring") or 0,
        RIGHT,
    ),
    Column(
        QT_TRANSLATE_NOOP("AllAccounts", "Open tickets"),
        lambda r: _number(r, "open_tickets"),
        lambda r: _field(r, "open_tickets") or 0,
        RIGHT,
    ),
]
ATTENTION_COLUMN = 2
# the column that takes the spare room, and gives it back first when the window is narrow: what
# needs attention (the order of the list) stays readable, the services' tally is cut instead
SERVICES_COLUMN = 5

INVOICE_COLUMNS: list[Column[InvoiceLine]] = [
    Column(
        QT_TRANSLATE_NOOP("AllAccounts", "Account"),
        lambda r: r.access.company or r.access.display_name,
    ),
    Column(QT_TRANSLATE_NOOP("AllAccounts", "Invoice"), lambda r: r.invoice.number),
    Column(
        QT_TRANSLATE_NOOP("AllAccounts", "Issued"),
        lambda r: formatting.date(r.invoice.issued_on),
        lambda r: r.invoice.issued_on.toordinal(),
    ),
    Column(
        QT_TRANSLATE_NOOP("AllAccounts", "Due"),
        lambda r: formatting.date(r.invoice.due_on),
        lambda r: r.invoice.due_on.toordinal(),
    ),
    Column(
        QT_TRANSLATE_NOOP("AllAccounts", "Status"),
        lambda r: formatting.invoice_status(r.invoice.status, r.invoice.overdue),
    ),
    Column(
        QT_TRANSLATE_NOOP("AllAccounts", "Balance"),
        lambda r: formatting.money(r.invoice.balance, r.invoice.currency),
        lambda r: float(r.invoice.balance),
        RIGHT,
    ),
]

DOMAIN_COLUMNS: list[Column[DomainLine]] = [
    Column(
        QT_TRANSLATE_NOOP("AllAccounts", "Account"),
        lambda r: r.access.company or r.access.display_name,
    ),
    Column(QT_TRANSLATE_NOOP("AllAccounts", "Domain"), lambda r: r.domain.name),
    Column(
        QT_TRANSLATE_NOOP("AllAccounts", "Expires"),
        lambda r: formatting.date(r.domain.expiry_date),
        lambda r: r.domain.expiry_date.toordinal(),
    ),
    Column(
        QT_TRANSLATE_NOOP("AllAccounts", "Days left"),
        lambda r: str(r.domain.days_to_expiry),
        lambda r: r.domain.days_to_expiry,
        RIGHT,
    ),
    Column(
        QT_TRANSLATE_NOOP("AllAccounts", "Auto-renew"),
        lambda r: (
            QCoreApplication.translate("AllAccounts", "Yes")
            if r.domain.auto_renew
            else QCoreApplication.translate("AllAccounts", "No")
        ),
    ),
    Column(
        QT_TRANSLATE_NOOP("AllAccounts", "Status"), lambda r: formatting.status(r.domain.status)
    ),
]


class AccountsModel(ListTableModel[AccountRow]):
    """The portfolio's rows, all present from the start; a row's cells change as its summary
    arrives (announced in batches by the portfolio)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(CONTEXT, ACCOUNT_COLUMNS, parent)

    def rows_changed(self, first: int, last: int) -> None:
        if self.rowCount() == 0:
            return
        last = min(last, self.rowCount() - 1)
        self.dataChanged.emit(self.index(first, 0), self.index(last, self.columnCount() - 1))


def _proxy(
    parent: QWidget, source: ListTableModel[object] | ListTableModel[AccountRow]
) -> QSortFilterProxyModel:
    """Sorted by each column's key, filtered on every column by the words typed."""
    proxy = tables.sorted_proxy(parent, source)
    proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    proxy.setFilterKeyColumn(-1)
    return proxy


def shown_rows(table: QTableView) -> tuple[list[str], list[list[str]]]:
    """The header and the cells of a table as shown (sorted and filtered), for a CSV file."""
    model = table.model()
    columns = model.columnCount()
    header = [str(model.headerData(c, Qt.Orientation.Horizontal)) for c in range(columns)]
    rows = [
        [str(model.index(r, c).data() or "") for c in range(columns)]
        for r in range(model.rowCount())
    ]
    return header, rows


class _CrossAccountPane(QWidget):
    """A list gathered across accounts with its progress, Load and Export to CSV."""

    def __init__(
        self,
        shown: Sequence[Column[object]],
        name: str,
        accessible: str,
        main: int,
        empty: str,
        elide_middle: Sequence[int] = (),
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.source: CrossAccountList[object] | None = None
        self.portfolio: Portfolio | None = None
        self.model: PagedTableModel[object] = PagedTableModel(CONTEXT, shown, self)
        self.proxy = _proxy(self, self.model)
        self.table = tables.table(
            self,
            name,
            self.proxy,
            accessible=accessible,
            main=main,
            elide_middle=elide_middle,
            sort=(2, Qt.SortOrder.AscendingOrder),
            many_rows=True,
        )
        self.empty_state = empty_state(self.table, empty)
        self.load_button = QPushButton(self.tr("&Load"), self)
        self.load_button.setAccessibleName(accessible)
        self.export_button = QPushButton(self.tr("E&xport to CSV…"), self)
        self.export_button.setAccessibleName(self.tr("Export this list to a CSV file"))
        self.progress = QProgressBar(self)
        self.progress.setAccessibleName(self.tr("Accounts answered"))
        self.progress.setFormat(self.tr("%v of %m accounts"))
        self.progress.hide()
        self.status = StatusLabel(self)
        self.notice = Notice(self)
        self.controls = QHBoxLayout()
        self.controls.addWidget(self.load_button)
        self.controls.addWidget(self.progress, 1)
        self.controls.addWidget(self.status, 1)
        self.controls.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        layout.addLayout(self.controls)
        layout.addWidget(self.notice)
        layout.addWidget(self.table, 1)
        self.export_button.clicked.connect(self._export)
        self.export_button.setEnabled(False)

    def bind(self, portfolio: Portfolio | None, source: CrossAccountList[object] | None) -> None:
        if self.source is not None:
            self.source.progress_changed.disconnect(self._progress)
            self.source.finished.disconnect(self._finished)
            self.source.loading_changed.disconnect(self._loading)
        if self.portfolio is not None:
            self.portfolio.finished.disconnect(self._accounts_known)
        self.portfolio = portfolio
        self.source = source
        self.model.bind(source)
        self.notice.clear()
        self.status.say("")
        self.progress.hide()
        self.export_button.setEnabled(bool(source and source.loaded))
        self.empty_state.loaded()
        if source is not None:
            source.progress_changed.connect(self._progress)
            source.finished.connect(self._finished)
            source.loading_changed.connect(self._loading)
        if portfolio is not None:
            portfolio.finished.connect(self._accounts_known)
        self.load_if_shown()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.load_if_shown()

    def _accounts_known(self, _seconds: float) -> None:
        self.load_if_shown()

    def load_if_shown(self) -> None:
        """Shown for the first time (or since the accounts changed), the list fills itself once
        the accounts are known: nobody should have to press Load to see it."""
        source, portfolio = self.source, self.portfolio
        if (
            not self.isVisible()
            or source is None
            or portfolio is None
            or not portfolio.loaded
            or source.loaded
            or source.loading
        ):
            if source is not None and source.loading:
                self.empty_state.loading()
            return
        self.notice.clear()
        self.empty_state.loading()
        self._load()

    def _load(self) -> None:
        raise NotImplementedError

    def _loading(self, loading: bool) -> None:
        if loading:
            self.empty_state.loading()
        else:
            self.empty_state.loaded()

    def _progress(self, done: int, total: int) -> None:
        self.progress.setMaximum(max(total, 1))
        self.progress.setValue(done)
        self.progress.show()
        self.status.hide()

    def _finished(self) -> None:
        source = self.source
        self.progress.hide()
        self.status.show()
        self.export_button.setEnabled(True)
        if source is None:
            return
        text = QCoreApplication.translate("AllAccounts", "%n row(s)", None, len(source.rows))
        self.status.say(text)
        if source.failures:
            failed = QCoreApplication.translate(
                "AllAccounts",
                "%n account(s) could not be read; the list leaves them out.",
                None,
                len(source.failures),
            )
            self.notice.show_error(failed, source.reset)

    def _export(self) -> None:
        portfolio = self.portfolio
        if portfolio is None:
            return
        path = dialogs.save_file(
            self, self.tr("Export to CSV"), self.suggested_name(), self.tr("CSV files (*.csv)")
        )
        if not path:
            return
        header, rows = shown_rows(self.table)
        portfolio.runner.run(
            "export",
            write_csv(Path(path), header, rows),
            self._exported,
            lambda exc: self.notice.show_error(self.tr("The file could not be written.")),
        )

    def _exported(self, count: int) -> None:
        self.status.say(
            QCoreApplication.translate("AllAccounts", "%n row(s) exported.", None, count)
        )

    def suggested_name(self) -> str:
        return "export.csv"


class UnpaidPane(_CrossAccountPane):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            INVOICE_COLUMNS,  # type: ignore[arg-type]
            "unpaid_table",
            QCoreApplication.translate("AllAccounts", "Unpaid invoices of every account"),
            0,
            QCoreApplication.translate("AllAccounts", "No account has an unpaid invoice."),
            parent=parent,
        )
        self.load_button.setText(self.tr("&Load unpaid invoices"))
        self.table.sortByColumn(3, Qt.SortOrder.AscendingOrder)
        self.load_button.clicked.connect(self._load)

    def _load(self) -> None:
        if self.source is not None:
            self.notice.clear()
            self.source.reset()

    def suggested_name(self) -> str:
        return self.tr("unpaid-invoices.csv")


class ExpiringPane(_CrossAccountPane):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            DOMAIN_COLUMNS,  # type: ignore[arg-type]
            "expiring_table",
            QCoreApplication.translate("AllAccounts", "Domains expiring soon in every account"),
            1,
            QCoreApplication.translate(
                "AllAccounts", "No domain of any account expires within these days."
            ),
            (1,),
            parent=parent,
        )
        self.days = QSpinBox(self)
        self.days.setRange(1, 730)
        self.days.setValue(30)
        self.days.setSuffix(self.tr(" days"))
        self.days.setAccessibleName(self.tr("Expiring within this many days"))
        label = QLabel(self.tr("Expiring &within:"), self)
        label.setBuddy(self.days)
        self.controls.insertWidget(0, label)
        self.controls.insertWidget(1, self.days)
        self.load_button.setText(self.tr("&Load domains"))
        self.table.sortByColumn(3, Qt.SortOrder.AscendingOrder)
        self.load_button.clicked.connect(self._load)

    def _load(self) -> None:
        if self.portfolio is not None:
            self.notice.clear()
            self.portfolio.load_expiring(self.days.value())

    def suggested_name(self) -> str:
        return self.tr("expiring-domains.csv")


class AllAccountsPage(QWidget):
    """Every reachable account with what needs attention first; double-click (or Enter) opens
    one."""

    open_requested = Signal(int)  # account id

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.portfolio: Portfolio | None = None
        self.model = AccountsModel(self)
        self.proxy = _proxy(self, self.model)
        self.table = tables.table(
            self,
            "all_accounts_table",
            self.proxy,
            accessible=self.tr("All accounts"),
            main=SERVICES_COLUMN,
            elide_middle=(1,),
            sort=(ATTENTION_COLUMN, Qt.SortOrder.DescendingOrder),
            many_rows=True,
        )
        self.filter = QLineEdit(self)
        self.filter.setPlaceholderText(self.tr("Filter by name, e-mail or what needs attention"))
        self.filter.setAccessibleName(self.tr("Filter accounts"))
        self.filter.setClearButtonEnabled(True)
        self.refresh_button = QPushButton(self.tr("&Reload"), self)
        self.refresh_button.setAccessibleName(self.tr("Reload every account"))
        self.open_button = QPushButton(self.tr("&Open account"), self)
        self.open_button.setAccessibleName(self.tr("Open the selected account"))
        self.progress = QProgressBar(self)
        self.progress.setAccessibleName(self.tr("Accounts loaded"))
        self.progress.setFormat(self.tr("%v of %m accounts"))
        self.status = StatusLabel(self)
        self.status.setObjectName("all_accounts_status")

        accounts = QWidget(self)
        top = QHBoxLayout()
        top.addWidget(self.filter, 2)
        top.addWidget(self.progress, 1)
        top.addWidget(self.status, 1)
        top.addWidget(self.refresh_button)
        top.addWidget(self.open_button)
        inner = QVBoxLayout(accounts)
        inner.setContentsMargins(0, 0, 0, 0)
        inner.addLayout(top)
        inner.addWidget(self.table, 1)

        self.unpaid = UnpaidPane(self)
        self.expiring = ExpiringPane(self)
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("all_accounts_tabs")
        self.tabs.addTab(accounts, self.tr("Accounts"))
        self.tabs.addTab(self.unpaid, self.tr("Unpaid invoices"))
        self.tabs.addTab(self.expiring, self.tr("Expiring domains"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)

        self.filter.textChanged.connect(self.proxy.setFilterFixedString)
        self.refresh_button.clicked.connect(self._reload)
        self.open_button.clicked.connect(self._open_selected)
        self.table.activated.connect(self._open)

    def bind(self, portfolio: Portfolio | None) -> None:
        old = self.portfolio
        if old is not None:
            old.rows_changed.disconnect(self.model.rows_changed)
            old.progress_changed.disconnect(self._progress)
            old.finished.disconnect(self._finished)
        self.portfolio = portfolio
        self.filter.clear()
        self.status.say("")
        self.progress.hide()
        self.model.set_rows(portfolio.rows if portfolio else [])
        self.unpaid.bind(portfolio, portfolio.unpaid if portfolio else None)  # type: ignore[arg-type]
        self.expiring.bind(portfolio, portfolio.expiring if portfolio else None)  # type: ignore[arg-type]
        if portfolio is not None:
            portfolio.rows_changed.connect(self.model.rows_changed)
            portfolio.progress_changed.connect(self._progress)
            portfolio.finished.connect(self._finished)

    def _reload(self) -> None:
        if self.portfolio is not None:
            self.portfolio.load()

    def _progress(self, done: int, total: int) -> None:
        self.progress.setMaximum(max(total, 1))
        self.progress.setValue(done)
        self.progress.setVisible(done < total)
        self.status.setVisible(done >= total)

    def _finished(self, seconds: float) -> None:
        portfolio = self.portfolio
        self.progress.hide()
        self.status.show()
        if portfolio is None:
            return
        text = arg(
            QCoreApplication.translate(
                "AllAccounts", "%n account(s) in %1 s", None, len(portfolio.rows)
            ),
            f"{seconds:.1f}",
        )
        self.status.say(text)

    def _open_selected(self) -> None:
        self._open(self.table.currentIndex())

    def _open(self, index: QModelIndex) -> None:
        if not index.isValid():
            return
        row = index.data(ROW_ROLE)
        if isinstance(row, AccountRow):
            self.open_requested.emit(row.access.id)
