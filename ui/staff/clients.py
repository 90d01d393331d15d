"""The staff desk's client search: find a client by name, e-mail, domain or invoice and open their
account."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QModelIndex, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from app.i18n import QT_TRANSLATE_NOOP
from app.staff import ClientMatch, StaffDesk

from ..notice import Notice
from ..table_models import ROW_ROLE, Column, ListTableModel
from .common import CONTEXT, MATCHED_ON, table_of

CLIENT_COLUMNS: list[Column[ClientMatch]] = [
    Column(QT_TRANSLATE_NOOP("StaffView", "Client"), lambda c: c.display_name),
    Column(QT_TRANSLATE_NOOP("StaffView", "Company"), lambda c: c.company),
    Column(QT_TRANSLATE_NOOP("StaffView", "E-mail"), lambda c: c.email),
    Column(
        QT_TRANSLATE_NOOP("StaffView", "Found by"),
        lambda c: QCoreApplication.translate(CONTEXT, MATCHED_ON.get(c.matched_on, c.matched_on)),
    ),
]


class ClientsPane(QWidget):
    open_requested = Signal(object)  # ClientMatch

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk: StaffDesk | None = None
        self.query = QLineEdit(self)
        self.query.setPlaceholderText(self.tr("Name, e-mail, domain or invoice number"))
        self.query.setAccessibleName(self.tr("Find a client"))
        self.find_button = QPushButton(self.tr("&Find"), self)
        self.find_button.setAccessibleName(self.tr("Find clients"))
        self.open_button = QPushButton(self.tr("&Open account"), self)
        self.open_button.setAccessibleName(self.tr("Open the selected client's account"))
        self.model: ListTableModel[ClientMatch] = ListTableModel(CONTEXT, CLIENT_COLUMNS, self)
        self.table, self.proxy = table_of(
            self, "staff_clients_table", self.tr("Clients found"), self.model
        )
        self.notice = Notice(self)
        self.summary = QLabel(self)
        label = QLabel(self.tr("Fin&d:"), self)
        label.setBuddy(self.query)
        top = QHBoxLayout()
        top.addWidget(label)
        top.addWidget(self.query, 1)
        top.addWidget(self.find_button)
        top.addWidget(self.open_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.notice)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        self.query.returnPressed.connect(self.search)
        self.find_button.clicked.connect(self.search)
        self.open_button.clicked.connect(self._open_selected)
        self.table.activated.connect(self._open)

    def bind(self, desk: StaffDesk | None) -> None:
        if self.desk is not None:
            self.desk.clients_found.disconnect(self._found)
            self.desk.clients_failed.disconnect(self._failed)
        self.desk = desk
        self.model.set_rows([])
        self.notice.clear()
        self.summary.clear()
        if desk is not None:
            desk.clients_found.connect(self._found)
            desk.clients_failed.connect(self._failed)

    def search(self) -> None:
        if self.desk is not None:
            self.notice.clear()
            self.desk.find_clients(self.query.text())

    def _found(self, matches: list[ClientMatch]) -> None:
        self.model.set_rows(matches)
        self.summary.setText(
            QCoreApplication.translate("StaffView", "%n client(s) found.", None, len(matches))
        )
        if matches:
            self.table.selectRow(0)
            self.table.setCurrentIndex(self.proxy.index(0, 0))

    def _failed(self, text: str) -> None:
        self.notice.show_error(text, self.search)

    def _open_selected(self) -> None:
        self._open(self.table.currentIndex())

    def _open(self, index: QModelIndex) -> None:
        match = index.data(ROW_ROLE) if index.isValid() else None
        if isinstance(match, ClientMatch):
            self.open_requested.emit(match)
