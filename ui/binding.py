"""How a view follows the account it shows: the connections it makes to that account's session
(and its parts) are made and undone in one place when the view is bound to another account, or to
none; and what the view shows is asked for the first time the view is shown after that, not at
sign-in for every tab at once."""

from __future__ import annotations

from collections.abc import Callable, Iterable

from PySide6.QtCore import QEvent, QObject, SignalInstance
from PySide6.QtWidgets import QWidget

Connection = tuple[SignalInstance, Callable[..., None]]


class SessionBinding(QObject):
    """One per view. ``load`` (when given) is called once after each :meth:`rebind` to an
    account, when the view is first shown (at once if it is showing)."""

    def __init__(self, view: QWidget, load: Callable[[], None] | None = None) -> None:
        super().__init__(view)
        self._view = view
        self._load = load
        self._made: list[Connection] = []
        self._pending = False
        if load is not None:
            view.installEventFilter(self)

    def rebind(self, connections: Iterable[Connection] = ()) -> None:
        """Undo the connections to the account before and make ``connections`` (to the new
        account's signals; none when the view is bound to no account)."""
        for signal, slot in self._made:
            signal.disconnect(slot)
        self._made = list(connections)
        for signal, slot in self._made:
            signal.connect(slot)
        self._pending = self._load is not None and bool(self._made)
        if self._view.isVisible():
            self.ensure_loaded()

    def ensure_loaded(self) -> None:
        if self._pending and self._load is not None:
            self._pending = False
            self._load()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._view and event.type() == QEvent.Type.Show:
            self.ensure_loaded()
        return False
