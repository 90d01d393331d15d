"""What makes every view usable with the keyboard alone and with a screen reader.

- ``KeyboardAccess``, installed once on the application (``install``), adjusts every widget as
  it is first shown: Tab and Shift+Tab leave tables, lists, date fields and text boxes (arrow
  keys still move inside them); Ctrl+Tab in a text box changes the tab it is in instead of typing;
  the toolbar's buttons join the Tab order and say their shortcut (Down opens a button's
  menu); scroll areas and the toolbar's overflow button stop being unnamed stops; a split view
  is named; a table's current cell is outlined at AA contrast (``FocusFrameStyle``).
- ``announce`` says a text to assistive technology (Qt's announcement event, AT-SPI's
  ``Announcement``): status messages, errors, results.
- ``show_field_errors`` puts each error beside its field, makes it the field's description,
  announces it and moves focus to the first field in error.
- ``readable_palette`` raises placeholder and disabled text to WCAG AA contrast (4.5:1).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import (
    QAccessible,
    QAccessibleAnnouncementEvent,
    QColor,
    QKeyEvent,
    QPainter,
    QPalette,
    QPen,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QLabel,
    QPlainTextEdit,
    QProxyStyle,
    QScrollArea,
    QSplitter,
    QStyle,
    QStyleOption,
    QTabWidget,
    QTextEdit,
    QToolBar,
    QToolButton,
    QWidget,
)

from app.i18n import arg

AA_TEXT = 4.5  # WCAG 2.1 AA: text against its background
_TAB_KEYS = (Qt.Key.Key_Tab, Qt.Key.Key_Backtab)


def announce(widget: QWidget, text: str, *, assertive: bool = False) -> None:
    """Have screen readers say ``text`` now (assertive: interrupting what they are saying)."""
    if not text or not QAccessible.isActive():
        return
    event = QAccessibleAnnouncementEvent(widget, text)
    event.setPoliteness(
        QAccessible.AnnouncementPoliteness.Assertive
        if assertive
        else QAccessible.AnnouncementPoliteness.Polite
    )
    QAccessible.updateAccessibility(event)


def show_field_errors(errors: Sequence[tuple[QWidget, QLabel, str]]) -> bool:
    """Show each (field, its error label, text): the text beside the field and as the field's
    accessible description, every field without a text cleared; announce the errors and move
    focus to the first field in error. True when any error was shown."""
    first: QWidget | None = None
    said: list[str] = []
    for field, label, text in errors:
        label.setText(text)
        label.setVisible(bool(text))
        field.setAccessibleDescription(text)
        if text:
            said.append(f"{field.accessibleName()}: {text}" if field.accessibleName() else text)
            if first is None:
                first = field
    if first is not None:
        first.setFocus(Qt.FocusReason.OtherFocusReason)
        announce(first, "\n".join(said), assertive=True)
    return first is not None


def clear_field_errors(errors: Iterable[tuple[QWidget, QLabel]]) -> None:
    show_field_errors([(field, label, "") for field, label in errors])


class ValueLabel(QLabel):
    """A value shown beside its caption (a tile's count, a detail's field): screen readers get
    "caption: value", not the caption alone nor a bare number. Set it with ``set_value``
    (PySide6 must not see ``setText`` overridden: a Python override of that slot corrupts
    reference counts)."""

    def __init__(self, caption: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.caption = caption
        self.setAccessibleName(caption)

    def set_value(self, text: str, spoken: str | None = None) -> None:
        """``spoken``: what screen readers say instead of ``text`` (for a placeholder such as
        "…" or "—", which they would read as punctuation or not at all)."""
        self.setText(text)
        said = text if spoken is None else spoken
        self.setAccessibleName(f"{self.caption}: {said}" if said else self.caption)


class StatusLabel(QLabel):
    """A line that tells how an action went ("Changes saved.", "Sending…"). Set it with
    ``say``: each new text is announced, as a status message must be (WCAG 4.1.3)."""

    def say(self, text: str) -> None:
        changed = text != self.text()
        self.setText(text)
        if changed:
            announce(self, text)


def allow(control: QWidget, reason: str, tip: str = "") -> None:
    """Enable ``control`` unless there is a ``reason`` against it. Greyed out, it says that
    reason in its tooltip, which a screen reader reads as its description: a disabled action
    says why. Enabled, it shows ``tip``."""
    control.setEnabled(not reason)
    control.setToolTip(reason or tip)


def move_focus(widget: QWidget, forward: bool) -> None:
    """Focus the next (or previous) control of the Tab order after ``widget`` in its window."""
    window = widget.window()

    def step(current: QWidget) -> QWidget | None:
        return current.nextInFocusChain() if forward else current.previousInFocusChain()

    candidate = step(widget)
    while candidate is not None and candidate is not widget:
        if (
            candidate.window() is window
            and candidate.isVisible()
            and candidate.isEnabled()
            and candidate.focusPolicy() & Qt.FocusPolicy.TabFocus
            and candidate.focusProxy() is None
            and not _inside(candidate, widget)
        ):
            reason = Qt.FocusReason.TabFocusReason if forward else Qt.FocusReason.BacktabFocusReason
            candidate.setFocus(reason)
            return
        candidate = step(candidate)


def _inside(widget: QWidget, container: QWidget) -> bool:
    parent = widget.parentWidget()
    while parent is not None:
        if parent is container:
            return True
        parent = parent.parentWidget()
    return False


class KeyboardAccess(QObject):
    """The application-wide filter described in the module's docstring."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.Polish and isinstance(watched, QWidget):
            self._polish(watched)

        elif kind == QEvent.Type.KeyPress and isinstance(watched, QWidget):
            return self._key(watched, event)  # type: ignore[arg-type]
        return False

    def _polish(self, widget: QWidget) -> None:
        if isinstance(widget, QAbstractItemView):
            widget.setTabKeyNavigation(False)
        elif isinstance(widget, QPlainTextEdit | QTextEdit):
            widget.setTabChangesFocus(True)
        elif isinstance(widget, QTabWidget):
            # its tab bar is the stop; Qt hands a policy on to the focus proxy (the tab bar),
            # so the bar gets its own back
            widget.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            widget.tabBar().setFocusPolicy(Qt.FocusPolicy.TabFocus)
        elif isinstance(widget, QSplitter) and not widget.accessibleName():
            widget.setAccessibleName(QCoreApplication.translate("accessibility", "List and detail"))
        elif isinstance(widget, QScrollArea):
            widget.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # what it holds takes focus itself
        elif isinstance(widget, QToolButton) and isinstance(widget.parentWidget(), QToolBar):
            self._polish_tool_button(widget)

    def _polish_tool_button(self, button: QToolButton) -> None:
        if button.objectName() == "qt_toolbar_ext_button":
            button.setAccessibleName(QCoreApplication.translate("accessibility", "More actions"))
            button.setToolTip(button.accessibleName())
            button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
            return
        button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        action = button.defaultAction()
        if action is None:
            return
        shortcut = action.shortcut().toString(action.shortcut().SequenceFormat.NativeText)
        said = []
        if shortcut:
            said.append(arg(QCoreApplication.translate("accessibility", "Shortcut: %1"), shortcut))
            button.setToolTip(f"{action.iconText()} ({shortcut})")
        if button.menu() is not None:
            said.append(QCoreApplication.translate("accessibility", "Down arrow: more choices"))
        if said:
            button.setAccessibleDescription("; ".join(said))

    def _key(self, widget: QWidget, event: QKeyEvent) -> bool:
        if (
            event.key() == Qt.Key.Key_Down
            and isinstance(widget, QToolButton)
            and widget.menu() is not None
        ):
            widget.showMenu()  # a button's other choices, from the keyboard as from its arrow
            return True
        if event.key() not in _TAB_KEYS:
            return False
        ctrl = bool(event.modifiers() & Qt.KeyboardModifier.ControlModifier)
        if ctrl and isinstance(widget, QPlainTextEdit | QTextEdit):
            tabs = _enclosing_tabs(widget)
            if tabs is not None and tabs.count() > 1:
                step = -1 if event.key() == Qt.Key.Key_Backtab else 1
                tabs.setCurrentIndex((tabs.currentIndex() + step) % tabs.count())
            return True  # never a tab character from Ctrl+Tab
        if not ctrl and isinstance(widget, QAbstractSpinBox):
            # a date field moves between its day, month and year with Tab: take it out instead
            # (Left and Right still move between the parts)
            move_focus(widget, forward=event.key() == Qt.Key.Key_Tab)
            return True
        return False


def _enclosing_tabs(widget: QWidget) -> QTabWidget | None:
    parent = widget.parentWidget()
    while parent is not None and not isinstance(parent, QTabWidget):
        parent = parent.parentWidget()
    return parent


def contrast(foreground: QColor, background: QColor) -> float:
    """WCAG 2.1's contrast ratio of two colours (1 to 21)."""

    def luminance(color: QColor) -> float:
        def channel(value: float) -> float:
            return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4

        return (
            0.2126 * channel(color.redF())
            + 0.7152 * channel(color.greenF())
            + 0.0722 * channel(color.blueF())
        )

    light, dark = sorted((luminance(foreground), luminance(background)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def _readable(color: QColor, text: QColor, background: QColor) -> QColor:
    """``color`` moved towards ``text`` until it reaches AA contrast on ``background``; opaque
    (a placeholder is often the text colour at half alpha: it is judged as painted)."""
    alpha = color.alphaF()
    color = QColor.fromRgbF(
        color.redF() * alpha + background.redF() * (1 - alpha),
        color.greenF() * alpha + background.greenF() * (1 - alpha),
        color.blueF() * alpha + background.blueF() * (1 - alpha),
    )
    mixed = QColor(color)
    for step in range(21):
        if contrast(mixed, background) >= AA_TEXT + 0.05:
            return mixed
        t = step / 20
        mixed = QColor.fromRgbF(
            color.redF() + (text.redF() - color.redF()) * t,
            color.greenF() + (text.greenF() - color.greenF()) * t,
            color.blueF() + (text.blueF() - color.blueF()) * t,
        )
    return QColor(text)


def readable_palette(palette: QPalette) -> QPalette:
    """The palette with placeholder and disabled text at AA contrast on their backgrounds."""
    result = QPalette(palette)
    group = QPalette.ColorGroup
    role = QPalette.ColorRole
    for state in (group.Active, group.Inactive):
        result.setColor(
            state,
            role.PlaceholderText,
            _readable(
                palette.color(state, role.PlaceholderText),
                palette.color(state, role.Text),
                palette.color(state, role.Base),
            ),
        )
    for text_role, background_role in ((role.WindowText, role.Window), (role.Text, role.Base)):
        result.setColor(
            group.Disabled,
            text_role,
            _readable(
                palette.color(group.Disabled, text_role),
                palette.color(group.Active, text_role),
                palette.color(group.Disabled, background_role),
            ),
        )
    return result


class FocusFrameStyle(QProxyStyle):
    """The platform's style, with the current cell of a table or list outlined at AA contrast
    for a focus indicator (3:1): 2 px of the text colour, on white and on the selection's colour
    alike, whenever the view has focus (Fusion's own outline is faint, and only after a key)."""

    def drawPrimitive(
        self,
        element: QStyle.PrimitiveElement,
        option: QStyleOption,
        painter: QPainter,
        widget: QWidget | None = None,
    ) -> None:
        if element == QStyle.PrimitiveElement.PE_FrameFocusRect and isinstance(
            widget, QAbstractItemView
        ):
            painter.save()
            pen = QPen(option.palette.color(QPalette.ColorRole.Text), 2)
            pen.setJoinStyle(Qt.PenJoinStyle.MiterJoin)
            painter.setPen(pen)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(option.rect.adjusted(1, 1, -1, -1))
            painter.restore()
            return
        super().drawPrimitive(element, option, painter, widget)


def install(app: QApplication) -> None:
    """Once per application: the keyboard filter, readable colours, a visible focus."""
    if app.property("clientdesk_accessibility"):
        return
    app.setProperty("clientdesk_accessibility", True)
    access = KeyboardAccess(app)
    app.installEventFilter(access)
    app.setPalette(readable_palette(app.palette()))
    style = FocusFrameStyle()  # wraps the style the application has now
    app.setStyle(style)
    app.setProperty("clientdesk_focus_style", style)  # kept alive with the application
