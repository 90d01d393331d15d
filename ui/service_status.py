"""Service status: every component of the hosting platform and the incidents (public page)."""

from __future__ import annotations

import html
from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from app.i18n import QT_TRANSLATE_NOOP, arg
from app.models import (
    ComponentStatus,
    Incident,
    IncidentImpact,
    IncidentStatus,
    ServiceStatusPage,
    StatusComponent,
)
from app.service_status import ServiceStatus
from app.session import AccountSession

from . import formatting, tables
from .notice import Notice
from .table_models import Column, ListTableModel

CONTEXT = "ServiceStatusView"

COMPONENT_STATUS = {
    ComponentStatus.OPERATIONAL: QT_TRANSLATE_NOOP("ServiceStatusView", "Operational"),
    ComponentStatus.DEGRADED: QT_TRANSLATE_NOOP("ServiceStatusView", "Degraded performance"),
    ComponentStatus.PARTIAL_OUTAGE: QT_TRANSLATE_NOOP("ServiceStatusView", "Partial outage"),
    ComponentStatus.MAJOR_OUTAGE: QT_TRANSLATE_NOOP("ServiceStatusView", "Major outage"),
    ComponentStatus.MAINTENANCE: QT_TRANSLATE_NOOP("ServiceStatusView", "Maintenance"),
}
COMPONENT_COLOUR = {
    ComponentStatus.OPERATIONAL: "#2e7d32",
    ComponentStatus.DEGRADED: "#b7950b",
    ComponentStatus.PARTIAL_OUTAGE: "#d35400",
    ComponentStatus.MAJOR_OUTAGE: "#c0392b",
    ComponentStatus.MAINTENANCE: "#1f5f99",
}
INCIDENT_STATUS = {
    IncidentStatus.INVESTIGATING: QT_TRANSLATE_NOOP("ServiceStatusView", "Investigating"),
    IncidentStatus.IDENTIFIED: QT_TRANSLATE_NOOP("ServiceStatusView", "Identified"),
    IncidentStatus.MONITORING: QT_TRANSLATE_NOOP("ServiceStatusView", "Monitoring"),
    IncidentStatus.RESOLVED: QT_TRANSLATE_NOOP("ServiceStatusView", "Resolved"),
}
IMPACT = {
    IncidentImpact.NONE: QT_TRANSLATE_NOOP("ServiceStatusView", "No impact"),
    IncidentImpact.MINOR: QT_TRANSLATE_NOOP("ServiceStatusView", "Minor impact"),
    IncidentImpact.MAJOR: QT_TRANSLATE_NOOP("ServiceStatusView", "Major impact"),
    IncidentImpact.CRITICAL: QT_TRANSLATE_NOOP("ServiceStatusView", "Critical impact"),
}


def _t(table: Mapping[Any, str], value: str) -> str:
    return QCoreApplication.translate(CONTEXT, table.get(value, value))


def component_status(status: ComponentStatus) -> str:
    return _t(COMPONENT_STATUS, status)


COLUMNS: list[Column[StatusComponent]] = [
    Column(QT_TRANSLATE_NOOP("ServiceStatusView", "Component"), lambda c: c.name),
    Column(QT_TRANSLATE_NOOP("ServiceStatusView", "Group"), lambda c: c.group),
    Column(
        QT_TRANSLATE_NOOP("ServiceStatusView", "Status"),
        lambda c: component_status(c.status),
        lambda c: list(COMPONENT_STATUS).index(c.status),
    ),
]


def _stamp(value: object) -> str:
    import datetime as dt

    assert isinstance(value, dt.datetime)
    return formatting.date_time(value)


def incidents_html(
    incidents: list[Incident], names: dict[int, str], none_text: str, affects: str
) -> str:
    if not incidents:
        return f"<p>{html.escape(none_text)}</p>"
    parts = []
    for incident in incidents:
        status = _t(INCIDENT_STATUS, incident.status)
        impact = _t(IMPACT, incident.impact)
        colour = "#2e7d32" if incident.status == IncidentStatus.RESOLVED else "#c0392b"
        parts.append(
            f'<h4 style="margin-bottom:2px">{html.escape(incident.title)} '
            f'<span style="color:{colour}">— {html.escape(status)}</span></h4>'
            f'<div style="color:#666">{html.escape(impact)} · {_stamp(incident.started_at)}</div>'
        )
        affected = [names[i] for i in incident.component_ids if i in names]
        if affected:
            parts.append(f"<div>{html.escape(arg(affects, ', '.join(affected)))}</div>")
        for note in reversed(incident.updates):
            parts.append(
                f"<p style='margin:2px 0 2px 12px'><b>{html.escape(_t(INCIDENT_STATUS, note.status))}"
                f"</b> ({_stamp(note.created_at)}): {html.escape(note.message)}</p>"
            )
    return "".join(parts)


class ServiceStatusView(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._status: ServiceStatus | None = None
        self.model: ListTableModel[StatusComponent] = ListTableModel(CONTEXT, COLUMNS, self)
        self.overall = QLabel(self)
        self.overall.setAccessibleName(self.tr("Overall status"))
        font = self.overall.font()
        font.setPointSizeF(font.pointSizeF() * 1.2)
        font.setBold(True)
        self.overall.setFont(font)
        self.refresh_button = QPushButton(self.tr("Re&fresh status"), self)
        self.refresh_button.setAccessibleName(self.tr("Refresh the service status"))
        self.notice = Notice(self)
        self.table = tables.table(
            self, "status_components", self.model, accessible=self.tr("Components")
        )
        self.incidents = QTextBrowser(self)
        self.incidents.setAccessibleName(self.tr("Incidents"))

        top = QHBoxLayout()
        top.addWidget(self.overall, 1)
        top.addWidget(self.refresh_button)
        incidents_box = QWidget(self)
        incidents_layout = QVBoxLayout(incidents_box)
        incidents_layout.setContentsMargins(0, 0, 0, 0)
        incidents_layout.addWidget(QLabel(self.tr("<b>Incidents</b>"), self))
        incidents_layout.addWidget(self.incidents, 1)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.table)
        splitter.addWidget(incidents_box)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.notice)
        layout.addWidget(splitter, 1)

        self.refresh_button.clicked.connect(self.refresh)

    def bind(self, session: AccountSession | None) -> None:
        if self._status is not None:
            self._status.loaded.disconnect(self._show)
            self._status.failed.disconnect(self._failed)
        self._status = session.part(ServiceStatus) if session is not None else None
        self.notice.clear()
        self.model.set_rows([])
        self.overall.clear()
        self.incidents.clear()
        if self._status is None:
            return
        self._status.loaded.connect(self._show)
        self._status.failed.connect(self._failed)
        if self._status.page is not None:
            self._show(self._status.page)
        self.refresh()

    def refresh(self) -> None:
        if self._status is not None:
            self._status.load()

    def _show(self, page: ServiceStatusPage) -> None:
        self.notice.clear()
        self.model.set_rows(page.components)
        if page.overall == ComponentStatus.OPERATIONAL:
            text = self.tr("All systems operational")
        else:
            text = self.tr("Some systems have problems: %1").replace(
                "%1", _t(COMPONENT_STATUS, page.overall)
            )
        colour = COMPONENT_COLOUR.get(page.overall, "#444444")
        self.overall.setText(f'<span style="color:{colour}">●</span> {html.escape(text)}')
        names = {c.id: c.name for c in page.components}
        self.incidents.setHtml(
            incidents_html(
                page.incidents,
                names,
                self.tr("No incidents in the last 14 days."),
                self.tr("Affects: %1"),
            )
        )

    def _failed(self, text: str) -> None:
        self.notice.show_error(text, self.refresh)
