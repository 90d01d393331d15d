"""The audit log: every change made on the account through the portal (when, who, what), newest
first; more entries load as the user scrolls. Read-only."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from app.audit import Audit, action_name
from app.i18n import QT_TRANSLATE_NOOP
from app.models import AuditEntry
from app.session import AccountSession

from . import formatting, tables
from .account_common import when
from .binding import SessionBinding
from .empty_state import empty_state
from .notice import Notice
from .table_models import Column, PagedTableModel

CONTEXT = "AuditTab"

COLUMNS: list[Column[AuditEntry]] = [
    Column(QT_TRANSLATE_NOOP("AuditTab", "When"), lambda e: when(e.created_at)),
    Column(QT_TRANSLATE_NOOP("AuditTab", "Who"), lambda e: e.person_name or "—"),
    Column(QT_TRANSLATE_NOOP("AuditTab", "Action"), lambda e: action_name(e.action)),
    Column(QT_TRANSLATE_NOOP("AuditTab", "Detail"), lambda e: formatting.portal_words(e.detail)),
]


class AuditTab(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.binding = SessionBinding(self, self._reload)
        self._audit: Audit | None = None
        self.model: PagedTableModel[AuditEntry] = PagedTableModel(CONTEXT, COLUMNS, self)
        self.table = tables.table(
            self, "audit_table", self.model, accessible=self.tr("Audit log"), main=3
        )
        self.empty_state = empty_state(self.table, self.tr("Nothing recorded yet."))
        self.notice = Notice(self)
        self.loaded = QLabel(self)
        self.reload_button = QPushButton(self.tr("Reload"), self)
        self.reload_button.setAccessibleName(self.tr("Reload"))
        intro = QLabel(self.tr("Every change made on this account, the newest first."), self)
        top = QHBoxLayout()
        top.addWidget(intro, 1)
        top.addWidget(self.reload_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.notice)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.loaded)
        self.reload_button.clicked.connect(self._reload)

    def bind(self, session: AccountSession | None) -> None:
        self._audit = session.part(Audit) if session is not None else None
        self.notice.clear()
        self.model.bind(self._audit.entries if self._audit is not None else None)
        self._count()
        entries = self._audit.entries if self._audit is not None else None
        self.binding.rebind(
            [
                (entries.failed, self._failed),
                (entries.rows_appended, self._count),
                (entries.reset_done, self._count),
            ]
            if entries is not None
            else ()
        )

    def _reload(self) -> None:
        if self._audit is not None:
            self.notice.clear()
            self._audit.load()

    def _failed(self, text: str) -> None:
        entries = self._audit.entries if self._audit is not None else None
        self.notice.show_error(text, entries.retry if entries is not None else None)

    def _count(self, *_: int) -> None:
        rows = self.model.rowCount()
        self.loaded.setText(self.tr("%n entries shown", "", rows) if rows else "")
        if rows:
            self.table.resizeColumnToContents(0)
            self.table.resizeColumnToContents(2)
