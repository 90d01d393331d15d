"""Alerts (seed: "Alertas por whatsapp"): for each event of the seed's list, whether it notifies
by WhatsApp, e-mail or on this desktop, and the WhatsApp number (international format); below,
the alerts sent, newest first, with where each e-mail and WhatsApp message stands (WhatsApp says
when it reached the phone and when it was read)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt, SignalInstance
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app.alerts import CHANNELS, EVENT_NAMES, AlertHistory, Alerts, channels_of, event_name
from app.i18n import QT_TRANSLATE_NOOP, arg
from app.models import (
    AlertEvent,
    AlertPreferences,
    DeliveryChannel,
    DeliveryStatus,
    SentAlert,
)
from app.notifications import title_of
from app.session import AccountSession

from . import formatting, tables
from .accessibility import StatusLabel
from .account_common import FieldErrors
from .binding import SessionBinding
from .empty_state import empty_state
from .notice import Notice
from .table_models import Column, PagedTableModel

HISTORY = "AlertHistory"  # the translation context of the alerts sent

_DELIVERY = {
    DeliveryStatus.PENDING: QT_TRANSLATE_NOOP("AlertHistory", "Waiting to be sent"),
    DeliveryStatus.RETRYING: QT_TRANSLATE_NOOP("AlertHistory", "Not sent yet, retrying"),
    DeliveryStatus.SENT: QT_TRANSLATE_NOOP("AlertHistory", "Sent"),
    DeliveryStatus.DELIVERED: QT_TRANSLATE_NOOP("AlertHistory", "Delivered"),
    DeliveryStatus.READ: QT_TRANSLATE_NOOP("AlertHistory", "Read"),
    DeliveryStatus.FAILED: QT_TRANSLATE_NOOP("AlertHistory", "Could not be delivered"),
}


def moment(value: dt.datetime) -> str:
    return formatting.date_time(value)


def delivery(alert: SentAlert, channel: DeliveryChannel) -> str:
    """``Read, 12/5/26 14:05``; a dash when the alert did not go by this channel."""
    found = next((d for d in alert.deliveries if d.channel == channel), None)
    if found is None:
        return "—"
    text = QCoreApplication.translate(HISTORY, _DELIVERY.get(found.status, found.status))
    if found.status_at is None:
        return text
    return arg(QCoreApplication.translate("AlertHistory", "%1, %2"), text, moment(found.status_at))


HISTORY_COLUMNS: list[Column[SentAlert]] = [
    Column(QT_TRANSLATE_NOOP("AlertHistory", "Date"), lambda a: moment(a.created_at)),
    Column(
        QT_TRANSLATE_NOOP("AlertHistory", "Alert"), lambda a: title_of(a.event, a.data, a.title)
    ),
    Column(
        QT_TRANSLATE_NOOP("AlertHistory", "E-mail"), lambda a: delivery(a, DeliveryChannel.EMAIL)
    ),
    Column(
        QT_TRANSLATE_NOOP("AlertHistory", "WhatsApp"),
        lambda a: delivery(a, DeliveryChannel.WHATSAPP),
    ),
]


class AlertsTab(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.binding = SessionBinding(self, self._first_load)
        self._alerts: Alerts | None = None
        self._history: AlertHistory | None = None
        self.history_model: PagedTableModel[SentAlert] = PagedTableModel(
            HISTORY, HISTORY_COLUMNS, self
        )

        self.notice = Notice(self)
        self.status = StatusLabel(self)
        self.status.setObjectName("alerts_status")
        intro = QLabel(
            self.tr(
                "Choose how you hear about what happens in your account. WhatsApp alerts go to "
                "the number below; desktop alerts show on this computer while Clientdesk is open."
            ),
            self,
        )
        intro.setWordWrap(True)

        self.errors = FieldErrors()
        self.phone = QLineEdit(self)
        self.phone.setObjectName("whatsapp_phone")
        self.phone.setAccessibleName(self.tr("WhatsApp number"))
        self.phone.setPlaceholderText("+5491155550000")
        self.phone.setMaxLength(20)
        phone_label = QLabel(self.tr("&WhatsApp number:"), self)
        phone_label.setBuddy(self.phone)
        phone_hint = QLabel(
            self.tr("International format: + and the country code, with no spaces."), self
        )
        phone_hint.setWordWrap(True)
        form = QFormLayout()
        form.addRow(phone_label, self.errors.wrap("whatsapp_phone", self.phone, self))
        form.addRow("", phone_hint)

        channel_titles = {
            "whatsapp": self.tr("WhatsApp"),
            "email": self.tr("E-mail"),
            "desktop": self.tr("Desktop"),
        }
        self.grid_box = QGroupBox(self.tr("Events"), self)
        grid = QGridLayout(self.grid_box)
        grid.setHorizontalSpacing(24)
        for column, channel in enumerate(CHANNELS, start=1):
            header = QLabel(f"<b>{channel_titles[channel]}</b>", self.grid_box)
            grid.addWidget(header, 0, column, Qt.AlignmentFlag.AlignHCenter)
        self.checks: dict[AlertEvent, dict[str, QCheckBox]] = {}
        for row, event in enumerate(EVENT_NAMES, start=1):
            grid.addWidget(QLabel(event_name(event), self.grid_box), row, 0)
            self.checks[event] = {}
            for column, channel in enumerate(CHANNELS, start=1):
                check = QCheckBox(self.grid_box)
                check.setObjectName(f"alert_{event.value}_{channel}")
                check.setAccessibleName(
                    arg(self.tr("%1 by %2"), event_name(event), channel_titles[channel])
                )
                self.checks[event][channel] = check
                grid.addWidget(check, row, column, Qt.AlignmentFlag.AlignHCenter)
        grid.setColumnStretch(0, 1)

        self.history_box = QGroupBox(self.tr("Alerts sent"), self)
        history_hint = QLabel(
            self.tr(
                "The newest first. WhatsApp tells us when a message reaches the phone and when "
                "it is read."
            ),
            self.history_box,
        )
        history_hint.setWordWrap(True)
        self.history = tables.table(
            self.history_box,
            "alert_history",
            self.history_model,
            accessible=self.tr("Alerts sent"),
            main=1,
        )
        self.empty_state = empty_state(self.history, self.tr("No alerts sent yet."))
        self.history.setMinimumHeight(200)
        self.history.setWordWrap(False)
        self.history_notice = Notice(self.history_box)
        history_layout = QVBoxLayout(self.history_box)
        history_layout.addWidget(history_hint)
        history_layout.addWidget(self.history_notice)
        history_layout.addWidget(self.history, 1)

        self.save_button = QPushButton(self.tr("&Save alerts"), self)
        self.save_button.setAccessibleName(self.tr("Save alerts"))
        self.reload_button = QPushButton(self.tr("Reload"), self)
        self.reload_button.setAccessibleName(self.tr("Reload"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addStretch(1)
        buttons.addWidget(self.reload_button)

        body = QWidget(self)
        body.setMaximumWidth(760)
        column_layout = QVBoxLayout(body)
        column_layout.addWidget(intro)
        column_layout.addLayout(form)
        column_layout.addWidget(self.grid_box)
        column_layout.addWidget(self.history_box, 1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(body)

        layout = QVBoxLayout(self)
        layout.addWidget(self.notice)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.status)
        layout.addLayout(buttons)

        self.save_button.clicked.connect(self._save)
        self.reload_button.clicked.connect(self._reload)
        self._set_enabled(False)

    def bind(self, session: AccountSession | None) -> None:
        self._alerts = session.part(Alerts) if session is not None else None
        self._history = session.part(AlertHistory) if session is not None else None
        self.history_model.bind(self._history.paged if self._history is not None else None)
        self.history_notice.clear()
        self.notice.clear()
        self.status.say("")
        self.errors.clear()
        self.phone.clear()
        for channels in self.checks.values():
            for check in channels.values():
                check.setChecked(False)
        self._set_enabled(False)
        self.binding.rebind(self._connections())

    def _first_load(self) -> None:
        if self._alerts is not None:
            self.status.say(self.tr("Loading…"))
            self._alerts.load()
            self._load_history()

    def _load_history(self) -> None:
        if self._history is not None:
            self.history_notice.clear()
            self._history.load()

    def _history_failed(self, text: str) -> None:
        retry = self._history.paged.retry if self._history is not None else None
        self.history_notice.show_error(text, retry)

    def _connections(self) -> list[tuple[SignalInstance, Callable[..., None]]]:
        alerts, history = self._alerts, self._history
        if alerts is None or history is None:
            return []
        return [
            (alerts.loaded, self._show),
            (alerts.failed, self._failed),
            (alerts.saved, self._saved),
            (alerts.save_failed, self._save_failed),
            (history.paged.failed, self._history_failed),
        ]

    def _set_enabled(self, enabled: bool) -> None:
        self.save_button.setEnabled(enabled)
        self.grid_box.setEnabled(enabled)
        self.phone.setEnabled(enabled)

    def _show(self, preferences: AlertPreferences) -> None:
        self.notice.clear()
        self.status.say("")
        self.phone.setText(preferences.whatsapp_phone)
        for event, chosen in channels_of(preferences).items():
            checks = self.checks.get(event)
            if checks is None:
                continue
            checks["whatsapp"].setChecked(chosen.whatsapp)
            checks["email"].setChecked(chosen.email)
            checks["desktop"].setChecked(chosen.desktop)
        self._set_enabled(True)

    def _failed(self, text: str) -> None:
        self.status.say("")
        self.notice.show_error(text, self._reload)

    def _reload(self) -> None:
        if self._alerts is not None:
            self.errors.clear()
            self.status.say(self.tr("Loading…"))
            self._alerts.load()
            self._load_history()

    def choices(self) -> dict[AlertEvent, dict[str, bool]]:
        return {
            event: {channel: check.isChecked() for channel, check in checks.items()}
            for event, checks in self.checks.items()
        }

    def _save(self) -> None:
        if self._alerts is None:
            return
        self.errors.clear()
        self.notice.clear()
        self.status.say(self.tr("Saving…"))
        self.save_button.setEnabled(False)
        self._alerts.save(self.phone.text(), self.choices())

    def _saved(self, _preferences: AlertPreferences) -> None:
        self.save_button.setEnabled(True)
        self.status.say(self.tr("Alerts saved."))

    def _save_failed(self, text: str, fields: dict[str, str]) -> None:
        self.save_button.setEnabled(True)
        self.status.say("")
        if not self.errors.show(fields):
            self.notice.show_error(text, self._save)
