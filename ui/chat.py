"""Live chat with an agent: start a chat, then talk; messages arrive as they are written."""

from __future__ import annotations

import html

from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QStackedWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from app.chat import LiveChat
from app.i18n import arg
from app.models import Chat, ChatMessage, ChatStatus
from app.session import AccountSession

from . import formatting
from .notice import Notice


def message_html(message: ChatMessage) -> str:
    when = formatting.date_time(message.created_at)
    colour = "#1f5f99" if message.from_staff else "#444444"
    body = html.escape(message.body).replace("\n", "<br>")
    return (
        f'<p style="margin:4px 0"><b style="color:{colour}">{html.escape(message.author_name)}</b>'
        f' <span style="color:#888">{when}</span><br>{body}</p>'
    )


class ChatView(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._chat: LiveChat | None = None
        self.notice = Notice(self)

        # before a chat: what it is about
        self.start_page = QWidget(self)
        self.subject = QLineEdit(self.start_page)
        self.subject.setAccessibleName(self.tr("Chat subject"))
        self.subject.setPlaceholderText(self.tr("What do you need help with?"))
        self.first_message = QPlainTextEdit(self.start_page)
        self.first_message.setAccessibleName(self.tr("First message"))
        self.first_message.setPlaceholderText(self.tr("Your first message (optional)"))
        self.first_message.setTabChangesFocus(True)
        self.first_message.setMaximumHeight(120)
        self.start_button = QPushButton(self.tr("&Start chat"), self.start_page)
        self.start_button.setAccessibleName(self.tr("Start chat"))
        intro = QLabel(
            self.tr("Talk with one of our agents. They answer here, as soon as one is free."),
            self.start_page,
        )
        intro.setWordWrap(True)
        subject_label = QLabel(self.tr("S&ubject:"), self.start_page)
        subject_label.setBuddy(self.subject)
        start_layout = QVBoxLayout(self.start_page)
        start_layout.addWidget(intro)
        start_layout.addWidget(subject_label)
        start_layout.addWidget(self.subject)
        start_layout.addWidget(self.first_message)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.start_button)
        start_layout.addLayout(row)
        start_layout.addStretch(1)

        # the conversation
        self.talk_page = QWidget(self)
        self.state = QLabel(self.talk_page)
        self.state.setAccessibleName(self.tr("Chat state"))
        self.connection = QLabel(self.talk_page)
        self.conversation = QTextBrowser(self.talk_page)
        self.conversation.setAccessibleName(self.tr("Conversation"))
        self.input = QLineEdit(self.talk_page)
        self.input.setAccessibleName(self.tr("Message to the agent"))
        self.input.setPlaceholderText(self.tr("Write a message and press Enter"))
        self.input.setMaxLength(5000)
        self.send_button = QPushButton(self.tr("Se&nd"), self.talk_page)
        self.send_button.setAccessibleName(self.tr("Send message"))
        self.end_button = QPushButton(self.tr("&End chat"), self.talk_page)
        self.end_button.setAccessibleName(self.tr("End chat"))
        self.new_button = QPushButton(self.tr("Start a &new chat"), self.talk_page)
        self.new_button.setAccessibleName(self.tr("Start a new chat"))
        head = QHBoxLayout()
        head.addWidget(self.state, 1)
        head.addWidget(self.connection)
        head.addWidget(self.end_button)
        head.addWidget(self.new_button)
        bottom = QHBoxLayout()
        bottom.addWidget(self.input, 1)
        bottom.addWidget(self.send_button)
        talk_layout = QVBoxLayout(self.talk_page)
        talk_layout.addLayout(head)
        talk_layout.addWidget(self.conversation, 1)
        talk_layout.addLayout(bottom)

        self.pages = QStackedWidget(self)
        self.pages.addWidget(self.start_page)
        self.pages.addWidget(self.talk_page)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.notice)
        layout.addWidget(self.pages, 1)

        self.start_button.clicked.connect(self.start)
        self.send_button.clicked.connect(self.send)
        self.input.returnPressed.connect(self.send)
        self.end_button.clicked.connect(self._end)
        self.new_button.clicked.connect(self._new)

    def bind(self, session: AccountSession | None) -> None:
        if self._chat is not None:
            c = self._chat
            c.chat_changed.disconnect(self._chat_changed)
            c.history_loaded.disconnect(self._history)
            c.message_arrived.disconnect(self._message)
            c.connection_changed.disconnect(self._connection)
            c.failed.disconnect(self._failed)
            c.send_failed.disconnect(self._send_failed)
        self._chat = session.part(LiveChat) if session is not None else None
        self.notice.clear()
        self.conversation.clear()
        self.input.clear()
        self._chat_changed(None)
        if self._chat is None:
            return
        c = self._chat
        c.chat_changed.connect(self._chat_changed)
        c.history_loaded.connect(self._history)
        c.message_arrived.connect(self._message)
        c.connection_changed.connect(self._connection)
        c.failed.connect(self._failed)
        c.send_failed.connect(self._send_failed)
        if c.chat is not None:
            self._chat_changed(c.chat)
            self._history(c.messages)
        else:
            c.resume()

    def start(self) -> None:
        if self._chat is None:
            return
        subject = self.subject.text().strip()
        if not subject:
            self.notice.show_error(self.tr("Write what the chat is about."))
            self.subject.setFocus()
            return
        self.notice.clear()
        self.start_button.setEnabled(False)
        self._chat.start(subject, self.first_message.toPlainText())

    def send(self) -> None:
        text = self.input.text().strip()
        if self._chat is None or not text:
            return
        self.input.clear()
        self._chat.send(text)

    def _end(self) -> None:
        if self._chat is not None:
            self._chat.end()

    def _new(self) -> None:
        if self._chat is not None:
            self._chat.leave()

    def _chat_changed(self, chat: Chat | None) -> None:
        self.start_button.setEnabled(True)
        if chat is None:
            self.pages.setCurrentWidget(self.start_page)
            self.conversation.clear()
            self.connection.clear()
            return
        if self.pages.currentWidget() is not self.talk_page:
            self.subject.clear()
            self.first_message.clear()
            self.pages.setCurrentWidget(self.talk_page)
            self.input.setFocus()
        ended = chat.status == ChatStatus.CLOSED
        if ended:
            text = self.tr("“%1”: this chat has ended.")
        elif chat.agent_name:
            text = self.tr("“%1”: talking with %2.")
        else:
            text = self.tr("“%1”: waiting for an agent…")
        self.state.setText(arg(text, chat.subject, chat.agent_name or ""))
        self.input.setEnabled(not ended)
        self.send_button.setEnabled(not ended)
        self.end_button.setVisible(not ended)
        self.new_button.setVisible(ended)
        if ended:
            self.connection.clear()

    def _history(self, messages: list[ChatMessage]) -> None:
        self.conversation.setHtml("".join(message_html(m) for m in messages))
        self._scroll()

    def _message(self, message: ChatMessage) -> None:
        self.conversation.append(message_html(message))
        self._scroll()

    def _scroll(self) -> None:
        bar = self.conversation.verticalScrollBar()
        bar.setValue(bar.maximum())

    def _connection(self, up: bool) -> None:
        chat = self._chat.chat if self._chat else None
        if chat is not None and chat.status == ChatStatus.CLOSED:
            self.connection.clear()
            return
        self.connection.setText(self.tr("● connected") if up else self.tr("○ reconnecting…"))

    def _failed(self, text: str) -> None:
        self.start_button.setEnabled(True)
        self.notice.show_error(text)

    def _send_failed(self, text: str, unsent: str) -> None:
        if not self.input.text():
            self.input.setText(unsent)  # nothing typed is lost
        self.notice.show_error(text, self.send)
