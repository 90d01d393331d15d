"""The spending chart's month names are whole at any width the window allows: where a row of
names no longer fits under the bars they turn upright instead of being cut to "e…"."""

from __future__ import annotations

from decimal import Decimal

import pytest
from PySide6.QtCharts import QBarCategoryAxis
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app.dashboard import MonthSpending, last_months, today
from ui.dashboard import DashboardTab


@pytest.mark.parametrize(("width", "upright"), [(1100, False), (700, True), (0, True)])
def test_month_names_are_never_cut(
    qtbot: QtBot, in_spanish: None, width: int, upright: bool
) -> None:
    tab = DashboardTab()
    qtbot.addWidget(tab)
    tab.resize(width or tab.minimumSizeHint().width(), 700)  # 0: as narrow as it goes
    tab.show()
    qtbot.waitExposed(tab)
    months = [
        MonthSpending(month, Decimal(150_000 + 1000 * i))
        for i, month in enumerate(last_months(today()))
    ]
    tab._spending(months, "ARS")
    (axis,) = tab.chart.axes(Qt.Orientation.Horizontal)
    assert isinstance(axis, QBarCategoryAxis)
    area = tab.chart.plotArea()
    # laid out: the plot area has its size and the labels have been placed (and cut, if cut)
    qtbot.waitUntil(lambda: tab.chart.plotArea().width() > 0 and tab.chart.plotArea() != area)
    qtbot.waitUntil(lambda: tab.chart_view.grab() is not None and not axis.labelsTruncated())
    assert not axis.labelsTruncated(), f"month names cut at {tab.chart_view.width()} px"
    assert (axis.labelsAngle() != 0) == upright
