"""Columns sized to their contents, the one way every table of the app does it.

Each column gets what its header and its cells need; the table's main text column (a name, a
subject, a description) takes the room left over. When the room runs out, the main column gives
first, down to a dozen characters, then the others in proportion to what they would give; their
text is elided there (the full text is every cell's tooltip: ``table_models``). The fit follows
the rows, the language and the window; once the person drags a column's edge, that table keeps
the widths they chose."""

from __future__ import annotations

from collections.abc import Iterable

import shiboken6
from PySide6.QtCore import QEvent, QModelIndex, QObject, QPersistentModelIndex, Qt, QTimer
from PySide6.QtWidgets import (
    QApplication,
    QHeaderView,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
)

MAIN_FLOOR_CHARS = 12  # the main column gives room down to about this many characters
OTHER_FLOOR_CHARS = 5
PRECISION = 200  # rows read to measure a column (the visible ones are always read)


class _ElideMiddle(QStyledItemDelegate):
    """For texts whose end matters as much as their start (domains, e-mail addresses)."""

    def initStyleOption(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        super().initStyleOption(option, index)
        option.textElideMode = Qt.TextElideMode.ElideMiddle


def widths(needs: dict[int, int], main: int, room: int, char: int) -> dict[int, int]:
    """Each column's width: what it needs, the main column taking what is left; when the needs
    pass ``room``, the main column shrinks first, then the widest of the others: a narrow column
    (an amount, a count, a date) keeps its whole text while a wide one can give."""
    total = sum(needs.values())
    result = dict(needs)
    if main not in result:
        return result
    if total <= room:
        result[main] += room - total
        return result
    deficit = total - room
    main_floor = min(needs[main], MAIN_FLOOR_CHARS * char)
    give = min(deficit, needs[main] - main_floor)
    result[main] -= give
    deficit -= give
    if deficit <= 0:
        return result
    others = {c: n for c, n in needs.items() if c != main}
    floors = {c: min(n, OTHER_FLOOR_CHARS * char) for c, n in others.items()}
    target = max(room - result[main], sum(floors.values()))

    def capped(cap: int) -> dict[int, int]:
        return {c: min(n, max(cap, floors[c])) for c, n in others.items()}

    low, high = 0, max(others.values())  # the widest cap whose widths fit the target
    while low < high:
        cap = (low + high + 1) // 2
        if sum(capped(cap).values()) <= target:
            low = cap
        else:
            high = cap - 1
    fitted = capped(low)
    rest = target - sum(fitted.values())  # what the cap's rounding left: a pixel each
    for c in sorted(others, key=lambda c: others[c], reverse=True):
        if rest <= 0:
            break
        if fitted[c] < others[c]:
            fitted[c] += 1
            rest -= 1
    result.update(fitted)
    return result


class ColumnFit(QObject):
    """Keeps a table's columns fitted (see the module's text); made by ``fit``."""

    def __init__(self, view: QTableView, main: int) -> None:
        super().__init__(view)
        self.view = view
        self.main = main
        self.user_sized = False
        self._fitting = False
        self._model: object = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self.fit_now)
        header = view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        if header.resizeContentsPrecision() > PRECISION or header.resizeContentsPrecision() < 0:
            header.setResizeContentsPrecision(PRECISION)
        header.sectionResized.connect(self._resized)
        view.setTextElideMode(Qt.TextElideMode.ElideRight)
        view.installEventFilter(self)
        view.viewport().installEventFilter(self)
        self._watch()

    def _watch(self) -> None:
        model = self.view.model()
        if model is None or model is self._model:
            return
        self._model = model
        for signal in (
            model.modelReset,
            model.layoutChanged,
            model.rowsInserted,
            model.rowsRemoved,
            model.dataChanged,
            model.headerDataChanged,
        ):
            signal.connect(self.schedule)

    def schedule(self, *_args: object) -> None:
        if not self.user_sized and shiboken6.isValid(self._timer):
            self._timer.start()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.Resize, QEvent.Type.Show, QEvent.Type.LanguageChange):
            self.schedule()
        return False

    def _resized(self, *_args: object) -> None:
        # a drag of a column's edge by the person (not this fit, a restore or a relayout)
        if not self._fitting and QApplication.mouseButtons() != Qt.MouseButton.NoButton:
            self.user_sized = True

    def fit_now(self) -> None:
        view = self.view
        if self.user_sized or not shiboken6.isValid(view) or view.model() is None:
            return
        self._watch()
        header = view.horizontalHeader()
        columns = [c for c in range(header.count()) if not header.isSectionHidden(c)]
        if not columns:
            return
        needs = {c: max(header.sectionSizeHint(c), view.sizeHintForColumn(c)) for c in columns}
        main = self.main if self.main in needs else columns[-1]
        room = view.viewport().width()
        fitted = widths(needs, main, room, view.fontMetrics().averageCharWidth())
        self._fitting = True
        try:
            for column, width in fitted.items():
                if header.sectionSize(column) != width:
                    header.resizeSection(column, width)
        finally:
            self._fitting = False


def fit(view: QTableView, main: int = 0, elide_middle: Iterable[int] = ()) -> ColumnFit:
    """Keep ``view``'s columns sized to their contents, ``main`` taking the spare room; the
    columns in ``elide_middle`` cut their text in the middle when they must (set the model
    first)."""
    for column in elide_middle:
        view.setItemDelegateForColumn(column, _ElideMiddle(view))
    fitter = ColumnFit(view, main)
    fitter.schedule()
    return fitter
