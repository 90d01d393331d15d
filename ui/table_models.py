"""Table models over server data. Columns are declared as data; cells are formatted on demand in
``data()`` (formatting every cell up front costs far more on large lists)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

from app.paging import PagedList

T = TypeVar("T")

Index = QModelIndex | QPersistentModelIndex

ROW_ROLE = Qt.ItemDataRole.UserRole + 1  # the row's object
SORT_ROLE = Qt.ItemDataRole.UserRole + 2  # a value that sorts correctly (dates, amounts)


@dataclass(frozen=True)
class Column(Generic[T]):
    title: str  # untranslated; translated with the model's context
    text: Callable[[T], str]
    sort_key: Callable[[T], Any] | None = None
    align: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter


class ListTableModel(QAbstractTableModel, Generic[T]):
    """Rows held in memory, replaced as a whole when the data arrives."""

    def __init__(
        self, context: str, columns: Sequence[Column[T]], parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._context = context
        self._columns = list(columns)
        self._rows: list[T] = []

    def set_rows(self, rows: Sequence[T]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row_object(self, row: int) -> T | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def rows(self) -> Sequence[T]:
        return self._rows

    def _objects(self) -> Sequence[T]:
        return self._rows

    def _row_count(self) -> int:
        return len(self._rows)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._row_count()

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        rows = self._objects()
        if not 0 <= index.row() < self._row_count() or not 0 <= index.column() < len(self._columns):
            return None
        row = rows[index.row()]
        column = self._columns[index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return column.text(row)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(column.align)
        if role == SORT_ROLE:
            return column.sort_key(row) if column.sort_key else column.text(row)
        if role == ROW_ROLE:
            return row
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(self._columns)
        ):
            return QCoreApplication.translate(self._context, self._columns[section].title)
        return None


class PagedTableModel(ListTableModel[T]):
    """Rows of a ``PagedList``: the view asks for more as the user scrolls (``fetchMore``)."""

    def __init__(
        self,
        context: str,
        columns: Sequence[Column[T]],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(context, columns, parent)
        self._source: PagedList[T] | None = None
        self._announced = 0  # rows of the source this model has told its views about

    def bind(self, source: PagedList[T] | None) -> None:
        """Show another list (another account's): the old one's rows leave the screen at once."""
        if self._source is not None:
            self._source.reset_done.disconnect(self._on_reset)
            self._source.rows_appended.disconnect(self._on_appended)
            self._source.rows_changed.disconnect(self._on_changed)
        self.beginResetModel()
        self._source = source
        self._announced = len(source.rows) if source is not None else 0
        self.endResetModel()
        if source is not None:
            source.reset_done.connect(self._on_reset)
            source.rows_appended.connect(self._on_appended)
            source.rows_changed.connect(self._on_changed)

    def _objects(self) -> Sequence[T]:
        return self._source.rows if self._source is not None else ()

    def _row_count(self) -> int:
        return self._announced

    def row_object(self, row: int) -> T | None:
        rows = self._objects()
        return rows[row] if 0 <= row < self._announced else None

    def _on_reset(self) -> None:
        self.beginResetModel()
        self._announced = len(self._source.rows) if self._source is not None else 0
        self.endResetModel()

    def _on_appended(self, first: int, last: int) -> None:
        # The source already holds the rows; the model counts them in between begin and end,
        # so views see the old count before and the new count after.
        self.beginInsertRows(QModelIndex(), first, last)
        self._announced = last + 1
        self.endInsertRows()

    def _on_changed(self, first: int, last: int) -> None:
        last = min(last, self._announced - 1)
        if first <= last:
            right = len(self._columns) - 1
            self.dataChanged.emit(self.index(first, 0), self.index(last, right))

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        if parent.isValid() or self._source is None:
            return False
        return self._source.can_fetch_more()

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if not parent.isValid() and self._source is not None:
            self._source.fetch_more()
