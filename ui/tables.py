"""The one way a table of rows is set up: read-only, whole rows selected one at a time, named for
screen readers, its columns fitted to their contents (``ui.columns``), sorted when asked."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QAbstractItemModel, QSortFilterProxyModel, Qt
from PySide6.QtWidgets import QAbstractItemView, QTableView, QWidget

from . import columns
from .table_models import SORT_ROLE

RESIZE_PRECISION = 50  # the rows a column's fit reads in a table of many rows


def table(
    parent: QWidget,
    name: str,
    model: QAbstractItemModel,
    *,
    accessible: str,
    main: int = 0,
    elide_middle: Iterable[int] = (),
    sort: tuple[int, Qt.SortOrder] | None = None,
    many_rows: bool = False,
) -> QTableView:
    """``main`` is the column that takes the room left; ``sort`` (column, order) turns sorting
    on (give it a :func:`sorted_proxy`). ``many_rows`` (hundreds of accounts' rows): rows of one
    height, and fitting a column reads the first rows only."""
    view = QTableView(parent)
    view.setObjectName(name)
    view.setAccessibleName(accessible)
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.verticalHeader().hide()
    if many_rows:
        view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 8)
        view.horizontalHeader().setResizeContentsPrecision(RESIZE_PRECISION)
    if sort is not None:
        view.setSortingEnabled(True)
        view.sortByColumn(*sort)
    columns.fit(view, main, elide_middle)
    return view


def sorted_proxy(parent: QWidget, model: QAbstractItemModel) -> QSortFilterProxyModel:
    """``model`` sorted by each column's sort key (``SORT_ROLE``), not its shown text."""
    proxy = QSortFilterProxyModel(parent)
    proxy.setSourceModel(model)
    proxy.setSortRole(SORT_ROLE)
    return proxy
