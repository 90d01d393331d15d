"""The E-mails received tab: every e-mail the portal sent for the account (date, subject,
category), newest first and paged as the user scrolls, and the selected one to read.

E-mails are shown safely: nothing they reference is loaded (no remote images, no style sheets,
no local files: a tracking pixel learns nothing), and a link opens in the browser only when the
user clicks it.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QItemSelection, Qt, QUrl, SignalInstance
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QLabel,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from app.emails import Emails
from app.i18n import QT_TRANSLATE_NOOP, arg
from app.models import EmailCategory, EmailMessage, EmailSummary
from app.session import AccountSession

from . import formatting, tables
from .accessibility import ValueLabel
from .binding import SessionBinding
from .empty_state import empty_state
from .notice import Notice
from .table_models import Column, PagedTableModel

CONTEXT = "EmailsTab"

_CATEGORIES = {
    EmailCategory.GENERAL: QT_TRANSLATE_NOOP("EmailsTab", "General"),
    EmailCategory.INVOICE: QT_TRANSLATE_NOOP("EmailsTab", "Invoices"),
    EmailCategory.PRODUCT: QT_TRANSLATE_NOOP("EmailsTab", "Services"),
    EmailCategory.DOMAIN: QT_TRANSLATE_NOOP("EmailsTab", "Domains"),
    EmailCategory.SUPPORT: QT_TRANSLATE_NOOP("EmailsTab", "Support"),
    EmailCategory.AFFILIATE: QT_TRANSLATE_NOOP("EmailsTab", "Affiliates"),
}

# Links the user may open in the browser by clicking them.
OPENABLE_SCHEMES = frozenset({"http", "https", "mailto"})


def category(value: EmailCategory) -> str:
    return QCoreApplication.translate(CONTEXT, _CATEGORIES.get(value, value))


def sent(message: EmailSummary) -> str:
    return formatting.date_time(message.sent_at)


COLUMNS: list[Column[EmailSummary]] = [
    Column(QT_TRANSLATE_NOOP("EmailsTab", "Date"), sent),
    Column(QT_TRANSLATE_NOOP("EmailsTab", "Subject"), lambda m: m.subject),
    Column(QT_TRANSLATE_NOOP("EmailsTab", "Category"), lambda m: category(m.category)),
]


class SafeTextBrowser(QTextBrowser):
    """A QTextBrowser that loads nothing an e-mail points at: every image, style sheet or other
    resource (http, https, file, relative paths, ...) comes back empty. Links do not navigate;
    ``anchorClicked`` hands them to whoever decides what to do."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.blocked: list[str] = []  # what the shown e-mails asked for, for the curious

    def loadResource(self, type: int, name: QUrl | str) -> Any:
        self.blocked.append(name.toString() if isinstance(name, QUrl) else name)
        return None


class EmailsTab(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.binding = SessionBinding(self, self._load_now)
        self._emails: Emails | None = None
        self.model: PagedTableModel[EmailSummary] = PagedTableModel(CONTEXT, COLUMNS, self)

        self.notice = Notice(self)
        self.loaded = QLabel(self)
        self.table = tables.table(
            self, "emails_table", self.model, accessible=self.tr("E-mails received"), main=1
        )
        self.empty_state = empty_state(self.table, self.tr("No e-mails sent to this account yet."))
        self.header = ValueLabel(self.tr("E-mail header"), self)
        self.header.setObjectName("email_header")
        self.header.setTextFormat(Qt.TextFormat.PlainText)
        self.header.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.header.setWordWrap(True)
        self.viewer = SafeTextBrowser(self)
        self.viewer.setObjectName("email_viewer")
        self.viewer.setAccessibleName(self.tr("E-mail"))
        self.viewer.setPlaceholderText(self.tr("Select an e-mail to read it."))
        self.viewer.anchorClicked.connect(self._open_link)

        splitter = QSplitter(Qt.Orientation.Vertical, self)
        reader = QWidget(self)
        reader_layout = QVBoxLayout(reader)
        reader_layout.setContentsMargins(0, 0, 0, 0)
        reader_layout.addWidget(self.header)
        reader_layout.addWidget(self.viewer, 1)
        splitter.addWidget(self.table)
        splitter.addWidget(reader)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        layout = QVBoxLayout(self)
        layout.addWidget(self.notice)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.loaded)

        self.table.selectionModel().selectionChanged.connect(self._selected)

    def bind(self, session: AccountSession | None) -> None:
        self._emails = session.part(Emails) if session else None
        self.notice.clear()
        self.header.set_value("")
        self.viewer.clear()
        self.model.bind(self._emails.paged if self._emails else None)
        self.binding.rebind(self._connections())
        self._update_count()

    def _load_now(self) -> None:
        if self._emails is not None:
            self._emails.load()

    def _connections(self) -> list[tuple[SignalInstance, Callable[..., None]]]:
        e = self._emails
        if e is None:
            return []
        return [
            (e.paged.failed, self._failed),
            (e.paged.loading_changed, self._loading),
            (e.paged.rows_appended, self._update_count),
            (e.paged.reset_done, self._update_count),
            (e.paged.loading_changed, self._update_count),
            (e.message_loaded, self._show),
            (e.message_failed, self.viewer.setPlainText),
        ]

    def _update_count(self, *_args: object) -> None:
        if self._emails is None:
            self.loaded.clear()
            return
        paged = self._emails.paged
        count = len(paged.rows)
        if paged.loading:
            text = arg(self.tr("Loading… (%1 so far)"), str(count))
        elif paged.can_fetch_more():
            text = arg(self.tr("%1 e-mails shown; scroll for more"), str(count))
        else:
            text = arg(self.tr("%1 e-mails"), str(count))
        self.loaded.setText(text)

    def _loading(self, loading: bool) -> None:
        if loading:
            self.empty_state.loading()  # "Loading…" over the list while it is still empty
        else:
            self.empty_state.loaded()

    def _failed(self, text: str) -> None:
        self.empty_state.loaded()
        self.notice.show_error(text, self._emails.paged.retry if self._emails else None)
        self._update_count()

    def _selected(self, selected: QItemSelection, _deselected: QItemSelection) -> None:
        indexes = selected.indexes()
        if not indexes or self._emails is None:
            return
        message = self.model.row_object(indexes[0].row())
        if message is not None:
            self.header.set_value("")
            self.viewer.setPlainText(self.tr("Loading…"))
            self._emails.open(message.id)

    def _show(self, message: EmailMessage) -> None:
        rows = self.table.selectionModel().selectedRows()
        chosen = self.model.row_object(rows[0].row()) if rows else None
        if chosen is not None and chosen.id != message.id:
            return
        to_line = arg(self.tr("To: %1"), message.to)
        sent_line = arg(self.tr("Sent: %1"), sent(message))
        self.header.set_value(f"{message.subject}\n{to_line}\n{sent_line}")
        if message.body_html.strip():
            self.viewer.setHtml(message.body_html)
        else:
            self.viewer.setPlainText(message.body_text)

    def _open_link(self, url: QUrl) -> None:
        """The user clicked a link: open it in their browser (only web and mail links)."""
        if url.scheme().lower() in OPENABLE_SCHEMES:
            QDesktopServices.openUrl(url)
