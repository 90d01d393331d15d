"""The one way a table of rows is set up: read-only, whole rows selected one at a time, named for
screen readers, its columns fitted to their contents (``ui.columns``), sorted when asked."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QAbstractItemModel, QSortFilterProxyModel, Qt
from PySide6.QtWidgets import QAbstractItemView, QTableView, QWidget

from . import columns
from .table_models import SORT_ROLE


def table(
    parent: QWidget,
    name: str,
    model: QAbstractItemModel,
    *,
    accessible: str,
    main: int = 0,
    elide_middle: Iterable[int] = (),
    sort: tuple[int, Qt.SortOrder] | None = None,
) -> QTableView:
    """``main`` is the column that takes the room left; ``sort`` (column, order) turns sorting
    on (give it a :func:`sorted_proxy`)."""
    view = QTableView(parent)
    view.setObjectName(name)
    view.setAccessibleName(accessible)
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.verticalHeader().hide()
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
