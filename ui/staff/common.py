"""What the staff desk's panes share: the words for statuses and what a client was found by, a table
of rows with its sorted proxy, the selected row, a thread as HTML."""

from __future__ import annotations

import html

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QSortFilterProxyModel, Qt
from PySide6.QtWidgets import QTableView, QWidget

from app.i18n import QT_TRANSLATE_NOOP
from app.staff import (
    ChatStatus,
    ComponentStatus,
    IncidentImpact,
    IncidentStatus,
    TicketPriority,
    TicketStatus,
)

from .. import formatting, tables
from ..table_models import ROW_ROLE

CONTEXT = "StaffView"


NAMES = {
    TicketStatus.OPEN: QT_TRANSLATE_NOOP("StaffView", "Open"),
    TicketStatus.ANSWERED: QT_TRANSLATE_NOOP("StaffView", "Answered"),
    TicketStatus.CUSTOMER_REPLY: QT_TRANSLATE_NOOP("StaffView", "Customer reply"),
    TicketStatus.ON_HOLD: QT_TRANSLATE_NOOP("StaffView", "On hold"),
    TicketStatus.IN_PROGRESS: QT_TRANSLATE_NOOP("StaffView", "In progress"),
    TicketStatus.CLOSED: QT_TRANSLATE_NOOP("StaffView", "Closed"),
    TicketPriority.LOW: QT_TRANSLATE_NOOP("StaffView", "Low"),
    TicketPriority.MEDIUM: QT_TRANSLATE_NOOP("StaffView", "Medium"),
    TicketPriority.HIGH: QT_TRANSLATE_NOOP("StaffView", "High"),
    ChatStatus.WAITING: QT_TRANSLATE_NOOP("StaffView", "Waiting"),
    ChatStatus.ACTIVE: QT_TRANSLATE_NOOP("StaffView", "In conversation"),
    IncidentStatus.INVESTIGATING: QT_TRANSLATE_NOOP("StaffView", "Investigating"),
    IncidentStatus.IDENTIFIED: QT_TRANSLATE_NOOP("StaffView", "Identified"),
    IncidentStatus.MONITORING: QT_TRANSLATE_NOOP("StaffView", "Monitoring"),
    IncidentStatus.RESOLVED: QT_TRANSLATE_NOOP("StaffView", "Resolved"),
    IncidentImpact.NONE: QT_TRANSLATE_NOOP("StaffView", "No impact"),
    IncidentImpact.MINOR: QT_TRANSLATE_NOOP("StaffView", "Minor"),
    IncidentImpact.MAJOR: QT_TRANSLATE_NOOP("StaffView", "Major"),
    IncidentImpact.CRITICAL: QT_TRANSLATE_NOOP("StaffView", "Critical"),
    ComponentStatus.OPERATIONAL: QT_TRANSLATE_NOOP("StaffView", "Operational"),
    ComponentStatus.DEGRADED: QT_TRANSLATE_NOOP("StaffView", "Degraded performance"),
    ComponentStatus.PARTIAL_OUTAGE: QT_TRANSLATE_NOOP("StaffView", "Partial outage"),
    ComponentStatus.MAJOR_OUTAGE: QT_TRANSLATE_NOOP("StaffView", "Major outage"),
    ComponentStatus.MAINTENANCE: QT_TRANSLATE_NOOP("StaffView", "Maintenance"),
}


# IncidentImpact.NONE and the others share values with nothing else; ChatStatus.CLOSED is
# TicketStatus.CLOSED's text ("Closed"), and ChatStatus.ACTIVE would be "Active": named apart.
MATCHED_ON = {
    "name": QT_TRANSLATE_NOOP("StaffView", "name"),
    "email": QT_TRANSLATE_NOOP("StaffView", "e-mail"),
    "domain": QT_TRANSLATE_NOOP("StaffView", "domain"),
    "invoice": QT_TRANSLATE_NOOP("StaffView", "invoice"),
}


def name(value: str) -> str:
    """A status, priority or impact in the user's language."""
    return QCoreApplication.translate(CONTEXT, NAMES.get(value, value))  # type: ignore[call-overload]


def when(value: object) -> str:
    from datetime import datetime

    if isinstance(value, datetime):
        return formatting.date_time(value)
    return "—"


def table_of(
    parent: QWidget,
    object_name: str,
    accessible: str,
    model: QAbstractTableModel,
    main: int = 0,
) -> tuple[QTableView, QSortFilterProxyModel]:
    proxy = tables.sorted_proxy(parent, model)
    # the header's own first sort (column 0, descending), as these lists have always been shown
    sort = (0, Qt.SortOrder.DescendingOrder)
    return tables.table(
        parent, object_name, proxy, accessible=accessible, main=main, sort=sort
    ), proxy


def selected(table: QTableView) -> object:
    index = table.currentIndex()
    return index.data(ROW_ROLE) if index.isValid() else None


def select_row(table: QTableView, predicate: object) -> bool:
    """Select the first row whose object satisfies ``predicate`` (tests and keyboard use)."""
    model = table.model()
    for row in range(model.rowCount()):
        index = model.index(row, 0)
        if predicate(index.data(ROW_ROLE)):  # type: ignore[operator]
            table.setCurrentIndex(index)
            table.selectRow(row)
            return True
    return False


def thread_html(heading: str, messages: list[tuple[str, bool, str, object]]) -> str:
    parts = [f"<h3>{html.escape(heading)}</h3>"]
    for author, from_staff, body, sent_at in messages:
        colour = "#e8f0fe" if from_staff else "#f4f4f4"
        text = html.escape(body).replace("\n", "<br>")
        parts.append(
            f"<table width='100%' cellpadding='6' style='background:{colour}; margin-bottom:6px'>"
            f"<tr><td><b>{html.escape(author)}</b> — {when(sent_at)}<br>{text}</td></tr></table>"
        )
    return "".join(parts)
