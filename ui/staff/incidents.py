"""The staff desk's service status: the components' status, incidents posted, updated and resolved."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from app.i18n import QT_TRANSLATE_NOOP
from app.staff import (
    ComponentStatus,
    Incident,
    IncidentImpact,
    IncidentStatus,
    ServiceStatusPage,
    StaffDesk,
)

from ..notice import Notice
from ..table_models import Column, ListTableModel
from .common import CONTEXT, name, select_row, selected, table_of, when

INCIDENT_COLUMNS: list[Column[Incident]] = [
    Column(QT_TRANSLATE_NOOP("StaffView", "Incident"), lambda i: i.title),
    Column(QT_TRANSLATE_NOOP("StaffView", "Status"), lambda i: name(i.status)),
    Column(QT_TRANSLATE_NOOP("StaffView", "Impact"), lambda i: name(i.impact)),
    Column(
        QT_TRANSLATE_NOOP("StaffView", "Started"),
        lambda i: when(i.started_at),
        lambda i: i.started_at.timestamp(),
    ),
    Column(QT_TRANSLATE_NOOP("StaffView", "Resolved"), lambda i: when(i.resolved_at)),
]


class IncidentsPane(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk: StaffDesk | None = None
        self.model: ListTableModel[Incident] = ListTableModel(CONTEXT, INCIDENT_COLUMNS, self)
        self.table, self.proxy = table_of(
            self, "staff_incidents_table", self.tr("Incidents"), self.model
        )
        self.notice = Notice(self)
        self.refresh_button = QPushButton(self.tr("&Refresh"), self)
        self.refresh_button.setAccessibleName(self.tr("Refresh the service status"))

        # a new incident
        self.title = QLineEdit(self)
        self.title.setAccessibleName(self.tr("Incident title"))
        self.impact = QComboBox(self)
        self.impact.setAccessibleName(self.tr("Impact"))
        for impact in IncidentImpact:
            self.impact.addItem(name(impact), impact.value)
        self.impact.setCurrentIndex(1)
        self.components = QListWidget(self)
        self.components.setAccessibleName(self.tr("Affected components"))
        self.components.setMaximumHeight(110)
        self.component_status = QComboBox(self)
        self.component_status.setAccessibleName(self.tr("Status of the affected components"))
        self.component_status.addItem(self.tr("Leave as they are"), "")
        for status in ComponentStatus:
            self.component_status.addItem(name(status), status.value)
        self.first_message = QPlainTextEdit(self)
        self.first_message.setAccessibleName(self.tr("What is happening"))
        self.first_message.setMaximumHeight(70)
        self.post_button = QPushButton(self.tr("&Post incident"), self)
        self.post_button.setAccessibleName(self.tr("Post the incident on the status page"))
        self.form_error = QLabel(self)
        self.form_error.setStyleSheet("color: #c0392b")

        # an update to the selected one
        self.update_status = QComboBox(self)
        self.update_status.setAccessibleName(self.tr("New status of the incident"))
        for step in IncidentStatus:
            self.update_status.addItem(name(step), step.value)
        self.update_message = QLineEdit(self)
        self.update_message.setAccessibleName(self.tr("Update message"))
        self.update_button = QPushButton(self.tr("&Add update"), self)
        self.update_button.setAccessibleName(self.tr("Add the update to the selected incident"))
        self.resolve_button = QPushButton(self.tr("Re&solve"), self)
        self.resolve_button.setAccessibleName(self.tr("Resolve the selected incident"))
        self.update_error = QLabel(self)
        self.update_error.setStyleSheet("color: #c0392b")

        form = QFormLayout()
        form.addRow(self.tr("&Title:"), self.title)
        form.addRow(self.tr("&Impact:"), self.impact)
        form.addRow(self.tr("&Components:"), self.components)
        form.addRow(self.tr("Component stat&us:"), self.component_status)
        form.addRow(self.tr("&Message:"), self.first_message)
        form.addRow("", self.post_button)
        form.addRow("", self.form_error)
        update = QHBoxLayout()
        update.addWidget(self.update_status)
        update.addWidget(self.update_message, 1)
        update.addWidget(self.update_button)
        update.addWidget(self.resolve_button)
        top = QHBoxLayout()
        top.addWidget(
            QLabel(self.tr("Open incidents and those resolved in the last 14 days"), self)
        )
        top.addStretch(1)
        top.addWidget(self.refresh_button)
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addLayout(top)
        left_layout.addWidget(self.notice)
        left_layout.addWidget(self.table, 1)
        left_layout.addLayout(update)
        left_layout.addWidget(self.update_error)
        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(QLabel(self.tr("<b>New incident</b>"), self))
        right_layout.addLayout(form)
        right_layout.addStretch(1)
        splitter = QSplitter(self)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)

        self.refresh_button.clicked.connect(self.refresh)
        self.post_button.clicked.connect(self.post)
        self.update_button.clicked.connect(self.add_update)
        self.resolve_button.clicked.connect(self.resolve)

    def bind(self, desk: StaffDesk | None) -> None:
        if self.desk is not None:
            self.desk.status_loaded.disconnect(self._loaded)
            self.desk.status_failed.disconnect(self._failed)
            self.desk.incident_saved.disconnect(self._saved)
            self.desk.incident_failed.disconnect(self._save_failed)
        self.desk = desk
        self.model.set_rows([])
        self.components.clear()
        self.notice.clear()
        self.form_error.clear()
        self.update_error.clear()
        if desk is not None:
            desk.status_loaded.connect(self._loaded)
            desk.status_failed.connect(self._failed)
            desk.incident_saved.connect(self._saved)
            desk.incident_failed.connect(self._save_failed)

    def refresh(self) -> None:
        if self.desk is not None:
            self.notice.clear()
            self.desk.load_status()

    def _loaded(self, page: ServiceStatusPage) -> None:
        current = selected(self.table)
        checked = self.checked_components()
        self.model.set_rows(page.incidents)
        self.components.clear()
        for component in page.components:
            item = QListWidgetItem(f"{component.name} ({name(component.status)})", self.components)
            item.setData(Qt.ItemDataRole.UserRole, component.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            state = component.id in checked
            item.setCheckState(Qt.CheckState.Checked if state else Qt.CheckState.Unchecked)
        if isinstance(current, Incident):
            select_row(self.table, lambda i: isinstance(i, Incident) and i.id == current.id)

    def _failed(self, text: str) -> None:
        self.notice.show_error(text, self.refresh)

    def checked_components(self) -> list[int]:
        found = []
        for row in range(self.components.count()):
            item = self.components.item(row)
            if item.checkState() == Qt.CheckState.Checked:
                found.append(int(item.data(Qt.ItemDataRole.UserRole)))
        return found

    def post(self) -> None:
        desk = self.desk
        if desk is None:
            return
        self.form_error.clear()
        self._pending = "post"
        value = self.component_status.currentData()
        desk.post_incident(
            self.title.text(),
            IncidentImpact(self.impact.currentData()),
            self.first_message.toPlainText(),
            self.checked_components(),
            ComponentStatus(value) if value else None,
        )

    def add_update(self) -> None:
        self._update(IncidentStatus(self.update_status.currentData()))

    def resolve(self) -> None:
        if not self.update_message.text().strip():
            self.update_message.setText(self.tr("Resolved."))
        self._update(IncidentStatus.RESOLVED)

    def _update(self, status: IncidentStatus) -> None:
        desk = self.desk
        incident = selected(self.table)
        self.update_error.clear()
        if desk is None:
            return
        if not isinstance(incident, Incident):
            self.update_error.setText(self.tr("Select an incident first."))
            return
        self._pending = "update"
        desk.update_incident(incident.id, status, self.update_message.text())

    _pending = ""

    def _saved(self, incident: Incident) -> None:
        if self._pending == "post":
            self.title.clear()
            self.first_message.clear()
        else:
            self.update_message.clear()
        self._pending = ""
        self.form_error.clear()
        self.update_error.clear()

    def _save_failed(self, text: str, fields: dict[str, str]) -> None:
        target = self.form_error if self._pending == "post" else self.update_error
        detail = "\n".join(fields.values())
        target.setText(f"{text}\n{detail}" if detail else text)
