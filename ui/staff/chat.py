"""The staff desk's live chat console: the chats waiting and open, taking one, answering, closing."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from app.i18n import QT_TRANSLATE_NOOP
from app.staff import Chat, ChatDetail, ChatStatus, StaffDesk

from .. import dialogs
from ..notice import Notice
from ..table_models import ROW_ROLE, Column, ListTableModel
from .common import CONTEXT, name, select_row, selected, table_of, thread_html, when

CHAT_COLUMNS: list[Column[Chat]] = [
    Column(QT_TRANSLATE_NOOP("StaffView", "#"), lambda c: str(c.id), lambda c: c.id),
    Column(QT_TRANSLATE_NOOP("StaffView", "Subject"), lambda c: c.subject),
    Column(QT_TRANSLATE_NOOP("StaffView", "Status"), lambda c: name(c.status)),
    Column(QT_TRANSLATE_NOOP("StaffView", "Agent"), lambda c: c.agent_name or "—"),
    Column(
        QT_TRANSLATE_NOOP("StaffView", "Started"),
        lambda c: when(c.created_at),
        lambda c: c.created_at.timestamp(),
    ),
]


class ChatPane(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk: StaffDesk | None = None
        self.model: ListTableModel[Chat] = ListTableModel(CONTEXT, CHAT_COLUMNS, self)
        self.table, self.proxy = table_of(
            self,
            "staff_chats_table",
            self.tr("Chats waiting or in conversation"),
            self.model,
            main=1,
        )
        self.refresh_button = QPushButton(self.tr("&Refresh"), self)
        self.refresh_button.setAccessibleName(self.tr("Refresh the chat queue"))
        self.take_button = QPushButton(self.tr("&Take chat"), self)
        self.take_button.setAccessibleName(self.tr("Take the selected chat"))
        self.transcript = QTextBrowser(self)
        self.transcript.setAccessibleName(self.tr("Chat conversation"))
        self.message = QLineEdit(self)
        self.message.setAccessibleName(self.tr("Message to the client"))
        self.message.setPlaceholderText(self.tr("Write a message and press Enter"))
        self.send_button = QPushButton(self.tr("&Send"), self)
        self.send_button.setAccessibleName(self.tr("Send the message"))
        self.close_button = QPushButton(self.tr("&End chat"), self)
        self.close_button.setAccessibleName(self.tr("End the chat"))
        self.notice = Notice(self)
        self.chat_notice = Notice(self)

        queue_buttons = QHBoxLayout()
        queue_buttons.addWidget(self.refresh_button)
        queue_buttons.addStretch(1)
        queue_buttons.addWidget(self.take_button)
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addLayout(queue_buttons)
        left_layout.addWidget(self.notice)
        left_layout.addWidget(self.table, 1)
        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.chat_notice)
        right_layout.addWidget(self.transcript, 1)
        line = QHBoxLayout()
        line.addWidget(self.message, 1)
        line.addWidget(self.send_button)
        line.addWidget(self.close_button)
        right_layout.addLayout(line)
        splitter = QSplitter(self)
        splitter.addWidget(left)
        splitter.addWidget(right)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)

        self.refresh_button.clicked.connect(self.refresh)
        self.take_button.clicked.connect(self.take)
        self.send_button.clicked.connect(self.send)
        self.message.returnPressed.connect(self.send)
        self.close_button.clicked.connect(self.end_chat)
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)
        self._set_chat_enabled(None)

    def bind(self, desk: StaffDesk | None) -> None:
        if self.desk is not None:
            self.desk.chats_loaded.disconnect(self._loaded)
            self.desk.chats_failed.disconnect(self._failed)
            self.desk.chat_loaded.disconnect(self._chat_loaded)
            self.desk.chat_failed.disconnect(self._chat_failed)
            self.desk.leave_chat()
        self.desk = desk
        self.model.set_rows([])
        self.transcript.clear()
        self.message.clear()
        self.notice.clear()
        self.chat_notice.clear()
        self._set_chat_enabled(None)
        if desk is not None:
            desk.chats_loaded.connect(self._loaded)
            desk.chats_failed.connect(self._failed)
            desk.chat_loaded.connect(self._chat_loaded)
            desk.chat_failed.connect(self._chat_failed)

    def refresh(self) -> None:
        if self.desk is not None:
            self.notice.clear()
            self.desk.load_chats()

    def _loaded(self, chats: list[Chat]) -> None:
        current = selected(self.table)
        self.model.set_rows(chats)
        if isinstance(current, Chat):
            select_row(self.table, lambda c: isinstance(c, Chat) and c.id == current.id)

    def _failed(self, text: str) -> None:
        self.notice.show_error(text, self.refresh)

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        chat = current.data(ROW_ROLE) if current.isValid() else None
        desk = self.desk
        if (
            isinstance(chat, Chat)
            and desk is not None
            and (desk.chat is None or desk.chat.id != chat.id)
        ):
            self.chat_notice.clear()
            desk.open_chat(chat.id)

    def _chat_loaded(self, chat: ChatDetail) -> None:
        heading = f"#{chat.id} {chat.subject} — {name(chat.status)}"
        self.transcript.setHtml(
            thread_html(
                heading,
                [(m.author_name, m.from_staff, m.body, m.created_at) for m in chat.messages],
            )
        )
        bar = self.transcript.verticalScrollBar()
        bar.setValue(bar.maximum())
        self._set_chat_enabled(chat)

    def _chat_failed(self, text: str) -> None:
        self.chat_notice.show_error(text)
        desk = self.desk
        self._set_chat_enabled(desk.chat if desk else None)

    def _set_chat_enabled(self, chat: ChatDetail | None) -> None:
        live = chat is not None and chat.status is not ChatStatus.CLOSED
        mine = live and chat is not None and chat.status is ChatStatus.ACTIVE
        self.take_button.setEnabled(chat is not None and chat.status is ChatStatus.WAITING)
        self.message.setEnabled(mine)
        self.send_button.setEnabled(mine)
        self.close_button.setEnabled(live)

    def take(self) -> None:
        desk = self.desk
        chat = selected(self.table)
        if desk is not None and isinstance(chat, Chat):
            desk.take_chat(chat.id)

    def send(self) -> None:
        desk = self.desk
        text = self.message.text().strip()
        if desk is None or desk.chat is None or not text:
            return
        desk.send_chat(desk.chat.id, text)
        self.message.clear()

    def end_chat(self) -> None:
        desk = self.desk
        if desk is None or desk.chat is None:
            return
        if not dialogs.confirm(
            self,
            self.tr("End chat"),
            self.tr(
                "End this chat? The client can no longer write in it; the conversation is kept."
            ),
            self.tr("&End chat"),
        ):
            return
        desk.close_chat(desk.chat.id)
