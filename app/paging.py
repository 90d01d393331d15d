"""A list loaded page by page from the portal: what a paged table model binds to."""

from __future__ import annotations

from collections.abc import Callable, Coroutine
from typing import Any, Generic, Protocol, TypeVar

from PySide6.QtCore import QObject, Signal

from api_client.models import Page

from .errors import describe, unreachable
from .tasks import TaskRunner

T = TypeVar("T")

PageLoader = Callable[[str | None], Coroutine[Any, Any, Page[Any]]]


class SavedFirstPage(Protocol):
    """Where a list keeps its first page between runs (``AccountSession.saved_page``)."""

    def load(self) -> Page[Any] | None: ...

    def keep(self, page: Page[Any]) -> None: ...

    def fresh(self) -> None: ...


class PagedList(QObject, Generic[T]):
    """Rows so far, whether more exist, and one page fetch at a time.

    ``reset`` starts again from the first page (for a new filter, or a refresh); a reset while a
    page is loading cancels that load, so rows of an old filter never arrive after a new one.
    With a ``saved`` first page, its rows are shown at once and replaced when the portal's
    first page arrives (a portal that cannot be reached leaves them shown).
    """

    reset_done = Signal()
    rows_appended = Signal(int, int)  # first, last (inclusive)
    rows_changed = Signal(int, int)  # first, last (inclusive): rows replaced in place
    loading_changed = Signal(bool)
    failed = Signal(str)

    def __init__(self, runner: TaskRunner, name: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._runner = runner
        self._name = name
        self._loader: PageLoader | None = None
        self._rows: list[T] = []
        self._cursor: str | None = None
        self._more = False
        self._loading = False
        self._saved: SavedFirstPage | None = None
        self._showing_saved = False
        self.error: str | None = None

    @property
    def rows(self) -> list[T]:
        return self._rows

    @property
    def loading(self) -> bool:
        return self._loading

    def can_fetch_more(self) -> bool:
        return self._more and not self._loading and self.error is None

    def reset(self, loader: PageLoader | None = None, saved: SavedFirstPage | None = None) -> None:
        if loader is not None:
            self._loader = loader
            self._saved = saved
        self._rows = []
        self._cursor = None
        self._more = self._loader is not None
        self.error = None
        self._showing_saved = False
        self._set_loading(False)
        page = self._saved.load() if self._saved is not None else None
        if page is not None:
            self._rows = list(page.items)
            self._showing_saved = True
        self.reset_done.emit()
        self.fetch_more()

    def replace_where(self, match: Callable[[T], bool], row: T) -> None:
        """Put ``row`` in place of the loaded rows ``match`` picks (a changed invoice, ...)."""
        for index, current in enumerate(self._rows):
            if match(current):
                self._rows[index] = row
                self.rows_changed.emit(index, index)

    def retry(self) -> None:
        self.error = None
        self.fetch_more()

    def fetch_more(self) -> None:
        if not self.can_fetch_more() or self._loader is None:
            return
        self._set_loading(True)
        self._runner.run(
            self._name,
            self._loader(self._cursor),
            self._append,
            self._fail,
        )

    def _append(self, page: Page[Any]) -> None:
        self._set_loading(False)
        if self._cursor is None and self._saved is not None:
            self._saved.keep(page)
            self._saved.fresh()
        if self._showing_saved:
            # the portal's first page takes the saved one's place
            self._showing_saved = False
            self._rows = list(page.items)
            self._cursor = page.next_cursor
            self._more = page.next_cursor is not None
            self.reset_done.emit()
            return
        first = len(self._rows)
        self._rows.extend(page.items)
        self._cursor = page.next_cursor
        self._more = page.next_cursor is not None
        if page.items:
            self.rows_appended.emit(first, len(self._rows) - 1)

    def _fail(self, exc: BaseException) -> None:
        self._set_loading(False)
        if self._showing_saved and unreachable(exc):
            self._more = False  # the saved rows stay; a refresh asks again
            return
        self.error = describe(exc)
        self.failed.emit(self.error)

    def _set_loading(self, value: bool) -> None:
        if value != self._loading:
            self._loading = value
            self.loading_changed.emit(value)
