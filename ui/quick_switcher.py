"""Ctrl+K: type part of an account's name, company, e-mail or domain and jump to that account."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QEvent, QModelIndex, QObject, QSortFilterProxyModel, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QDialog, QLabel, QLineEdit, QListView, QVBoxLayout, QWidget

from app.i18n import QT_TRANSLATE_NOOP
from app.reseller import Portfolio, account_label

from .table_models import ROW_ROLE, Column, ListTableModel

CONTEXT = "QuickSwitcher"
MAX_DOMAINS_SHOWN = 3


@dataclass(frozen=True)
class SwitchEntry:
    account_id: int
    label: str
    domains: tuple[str, ...]
    search: str  # everything the typed text may match, lower-cased

    @property
    def text(self) -> str:
        if not self.domains:
            return self.label
        shown = ", ".join(self.domains[:MAX_DOMAINS_SHOWN])
        more = "…" if len(self.domains) > MAX_DOMAINS_SHOWN else ""
        return f"{self.label}  ·  {shown}{more}"


COLUMNS: list[Column[SwitchEntry]] = [
    Column(QT_TRANSLATE_NOOP("QuickSwitcher", "Account"), lambda e: e.text),
    Column(QT_TRANSLATE_NOOP("QuickSwitcher", "Search"), lambda e: e.search),
]


def entries(portfolio: Portfolio) -> list[SwitchEntry]:
    found = []
    for row in portfolio.rows:
        access = row.access
        domains = tuple(row.summary.domains) if row.summary else ()
        words = [access.display_name, access.company, access.email, *domains]
        found.append(
            SwitchEntry(access.id, account_label(access), domains, " ".join(words).casefold())
        )
    return found


class _Matches(QSortFilterProxyModel):
    """Rows whose search text holds every typed word (in any order)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._words: list[str] = []

    def set_text(self, text: str) -> None:
        self.beginFilterChange()
        self._words = text.casefold().split()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: object) -> bool:
        if not self._words:
            return True
        haystack = str(self.sourceModel().index(source_row, 1).data() or "")
        return all(word in haystack for word in self._words)


class QuickSwitcher(QDialog):
    """A small popup: a line to type in and the accounts that match; Enter opens the first (or
    the selected) one, Escape closes it."""

    chosen = Signal(int)  # account id

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Go to account"))
        self.setModal(True)
        self.resize(560, 360)
        self.model: ListTableModel[SwitchEntry] = ListTableModel(CONTEXT, COLUMNS, self)
        self.proxy = _Matches(self)
        self.proxy.setSourceModel(self.model)
        self.search = QLineEdit(self)
        self.search.setObjectName("quick_switch_text")
        self.search.setPlaceholderText(self.tr("Name, company, e-mail or domain"))
        self.search.setAccessibleName(self.tr("Account to go to"))
        self.search.setClearButtonEnabled(True)
        self.list = QListView(self)
        self.list.setObjectName("quick_switch_list")
        self.list.setAccessibleName(self.tr("Matching accounts"))
        self.list.setModel(self.proxy)
        self.list.setModelColumn(0)
        self.list.setUniformItemSizes(True)
        self.count = QLabel(self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.search)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.count)
        self.search.textChanged.connect(self._filter)
        self.search.returnPressed.connect(self._accept_current)
        self.search.installEventFilter(self)
        self.list.activated.connect(self._choose)

    def open_with(self, found: list[SwitchEntry]) -> None:
        self.model.set_rows(found)
        self.search.clear()
        self._filter("")
        self.show()
        self.raise_()
        self.activateWindow()
        self.search.setFocus()

    def refresh(self, found: list[SwitchEntry]) -> None:
        """New data (summaries with domains arrived) while open: keep what was typed."""
        self.model.set_rows(found)
        self._filter(self.search.text())

    def _filter(self, text: str) -> None:
        self.proxy.set_text(text)
        matches = self.proxy.rowCount()
        self.count.setText(self.tr("%n matching account(s)", None, matches))
        if matches:
            self.list.setCurrentIndex(self.proxy.index(0, 0))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Up and Down move in the list while the typing goes on in the line edit
        if (
            watched is self.search
            and isinstance(event, QKeyEvent)
            and event.type() == QEvent.Type.KeyPress
            and event.key()
            in (Qt.Key.Key_Down, Qt.Key.Key_Up, Qt.Key.Key_PageDown, Qt.Key.Key_PageUp)
        ):
            self.list.keyPressEvent(event)
            return True
        return super().eventFilter(watched, event)

    def _accept_current(self) -> None:
        self._choose(self.list.currentIndex())

    def _choose(self, index: QModelIndex) -> None:
        if not index.isValid():
            return
        entry = index.data(ROW_ROLE)
        if isinstance(entry, SwitchEntry):
            self.accept()
            self.chosen.emit(entry.account_id)
