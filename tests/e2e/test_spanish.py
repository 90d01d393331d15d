"""Every view in Spanish: no visible text is left in English. A text shown in Spanish fails when
it is the English source of a translated string (a tr() forgotten where it is shown), or when
all its words are English words of the interface and none Spanish (English written in the code).
Names, codes and numbers are neither."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMessageBox,
    QTabWidget,
    QWidget,
)
from pytestqt.qtbot import QtBot

import ui.dashboard
from app.i18n import install_translators
from app.models import Product
from portal.server import BackgroundPortal
from tests.widget_checks import each_view
from ui.service_dialogs import UpgradeDialog

from .conftest import Desktop, LoopDriver, make_desktop
from .test_client_area import sign_in
from .test_support import idle

ROOT = Path(__file__).resolve().parents[2]
WORD = re.compile(r"[A-Za-zÁÉÍÓÚÑáéíóúñü]{3,}")
# words Spanish uses as they are in English: a text made only of them is not left untranslated
SAME_IN_SPANISH = {"mail", "mails", "whatsapp", "total", "subtotal", "general", "tickets", "plan"}


def _plain(text: str) -> str:
    return " ".join(text.replace("&&", "\0").replace("&", "").replace("\0", "&").split())


def catalogue() -> tuple[set[str], set[str], set[str]]:
    """(English sources, English-only words, Spanish words) of the interface: the sources are
    those translated differently and those "translated" as the same English words."""
    sources: set[str] = set()
    english: set[str] = set()
    spanish: set[str] = set()
    tree = ET.parse(ROOT / "resources" / "translations" / "clientdesk_es.ts")
    for message in tree.getroot().iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        forms = (
            [] if translation is None else [f.text or "" for f in translation.iter("numerusform")]
        )
        if not forms and translation is not None:
            forms = [translation.text or ""]
        words = {w.lower() for w in WORD.findall(source)}
        same = any(_plain(f) == _plain(source) for f in forms)
        if not same or not words <= SAME_IN_SPANISH:
            sources.add(_plain(source))
        english.update(words)
        if not same:
            for form in forms:
                spanish.update(w.lower() for w in WORD.findall(form))
    return sources, english - spanish, spanish


def shown_texts(root: QWidget) -> Iterator[tuple[str, str]]:
    """(where, text) of what a person reads in the shown widgets: labels, buttons, titles, tabs,
    placeholders, list items, table headers and the first rows' cells."""
    for widget in root.findChildren(QWidget):
        if not widget.isVisible():
            continue
        name = f"{type(widget).__name__}:{widget.objectName() or widget.accessibleName()}"
        if (
            isinstance(widget, QLabel) and widget.textFormat() != Qt.TextFormat.RichText
        ) or isinstance(widget, QAbstractButton):
            yield name, widget.text()
        elif isinstance(widget, QGroupBox):
            yield name, widget.title()
        elif isinstance(widget, QLineEdit) and not widget.text():
            yield name, widget.placeholderText()
        elif isinstance(widget, QComboBox):
            for index in range(widget.count()):
                yield name, widget.itemText(index)
        elif isinstance(widget, QTabWidget):
            for index in range(widget.count()):
                yield name, widget.tabText(index)
        elif isinstance(widget, QAbstractItemView) and widget.model() is not None:
            model = widget.model()
            try:
                columns = model.columnCount(QModelIndex())
            except TypeError:  # a list's own model (a list widget): one column
                columns = 1
            for column in range(columns):
                yield (
                    f"{name} header",
                    str(model.headerData(column, Qt.Orientation.Horizontal) or ""),
                )
            for row in range(min(model.rowCount(QModelIndex()), 5)):
                for column in range(columns):
                    value = model.index(row, column).data()
                    if isinstance(value, str):
                        yield f"{name} cell", value


def english_left(root: QWidget, sources: set[str], english_words: set[str]) -> set[str]:
    found = set()
    for where, raw in shown_texts(root):
        text = _plain(raw)
        if not text or not WORD.search(text):
            continue  # empty, a number, a symbol
        words = [w.lower() for w in WORD.findall(text)]
        if set(words) <= SAME_IN_SPANISH:
            continue
        if text in sources or (len(words) >= 2 and all(w in english_words for w in words)):
            found.add(f"{where}: {text!r}")
    return found


@pytest.fixture
def spanish_desktop(
    loop: LoopDriver, tmp_path: Path, qtbot: QtBot, portal: BackgroundPortal
) -> Iterator[Desktop]:
    app = QCoreApplication.instance()
    assert app is not None
    locale = QLocale()
    translators = install_translators(app, "es")
    made = make_desktop(loop, tmp_path)
    qtbot.addWidget(made.window)
    try:
        yield made
    finally:
        made.close()
        for translator in translators:
            QCoreApplication.removeTranslator(translator)
        QLocale.setDefault(locale)


def test_no_view_shows_english_in_spanish(
    spanish_desktop: Desktop, qtbot: QtBot, portal: BackgroundPortal
) -> None:
    desktop = spanish_desktop
    sources, english_words, _spanish = catalogue()
    assert "Open the demo portal" in sources and "invoice" in english_words
    window = desktop.window
    left = english_left(window, sources, english_words)  # the welcome screen
    assert window.welcome.demo_button.text() == "Abrir el portal de demostración"
    sign_in(desktop, qtbot, portal.url)
    views = []
    for view in each_view(window, lambda: idle(desktop)):
        views.append(view)
        left |= {f"{view} {text}" for text in english_left(window, sources, english_words)}
    assert len(views) > 10, views
    assert sorted(left) == []


def _english_in_dialog(dialog: QWidget, sources: set[str], english_words: set[str]) -> set[str]:
    title = _plain(dialog.windowTitle())
    left = english_left(dialog, sources, english_words)
    if title in sources:
        left.add(f"title: {title!r}")
    return {f"{type(dialog).__name__} {text}" for text in left}


def test_no_dialog_shows_english_in_spanish(
    spanish_desktop: Desktop,
    qtbot: QtBot,
    portal: BackgroundPortal,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The dialogs a customer opens from the views, each as it shows: the three service actions
    (the change of plan with its quote and the confirmation it asks), the product catalog, the
    quick switcher, a question's own buttons and Qt's file dialog."""
    desktop = spanish_desktop
    sources, english_words, _spanish = catalogue()
    window = desktop.window
    left: set[str] = set()
    boxes: list[QMessageBox] = []

    def answer_no(box: QMessageBox) -> int:  # the question as it shows, then "Cancelar"
        boxes.append(box)
        box.show()
        left.update(_english_in_dialog(box, sources, english_words))
        box.hide()
        return int(QMessageBox.StandardButton.Cancel)

    monkeypatch.setattr(QMessageBox, "exec", answer_no)
    sign_in(desktop, qtbot, portal.url)

    services = window.services_tab
    window.tabs.setCurrentWidget(services)
    desktop.wait_until(lambda: services.model.rowCount() > 0)
    active = next(s for s in services.model.rows() if s.product == "Hosting Pro")
    assert services.select_service(active.id)
    desktop.wait_until(lambda: services.detail["cancellation"].text() != "")
    for button in (services.upgrade_button, services.cancel_button, services.owner_button):
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
        dialog = services.dialog
        assert dialog is not None and dialog.isVisible()
        idle(desktop)
        if isinstance(dialog, UpgradeDialog):
            desktop.wait_until(lambda d=dialog: d.model.rowCount() > 0)
            row = next(r for r, o in enumerate(dialog.model.rows()) if o.name == "Hosting Empresa")
            dialog.table.selectRow(row)
            desktop.wait_until(
                lambda d=dialog: d.quote is not None and d.confirm_button.isEnabled()
            )
            left |= _english_in_dialog(dialog, sources, english_words)
            qtbot.mouseClick(dialog.confirm_button, Qt.MouseButton.LeftButton)
            desktop.wait_until(lambda: len(boxes) == 1)
        left |= _english_in_dialog(dialog, sources, english_words)
        services.close_dialog()
    (question,) = boxes
    cancel = question.button(QMessageBox.StandardButton.Cancel)
    assert cancel is not None and _plain(cancel.text()) == "Cancelar", "Qt's own buttons in Spanish"

    shown: list[ui.dashboard.ProductDialog] = []

    def look_at_catalog(parent: QWidget, products: list[Product]) -> None:
        dialog = ui.dashboard.ProductDialog(products, parent)
        shown.append(dialog)
        dialog.show()
        left.update(_english_in_dialog(dialog, sources, english_words))
        dialog.reject()

    monkeypatch.setattr(ui.dashboard, "ask_product", look_at_catalog)
    window.tabs.setCurrentWidget(window.dashboard_tab)
    qtbot.mouseClick(window.dashboard_tab.buy_button, Qt.MouseButton.LeftButton)
    desktop.wait_until(lambda: len(shown) == 1)

    window.desks.open_switcher()
    switcher = window.desks.switcher
    desktop.wait_until(switcher.isVisible)
    left |= _english_in_dialog(switcher, sources, english_words)
    switcher.hide()

    files = QFileDialog(window, "Exportar a CSV")
    files.setOption(QFileDialog.Option.DontUseNativeDialog)  # Qt's own, as where none is native
    files.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    files.show()
    qtbot.waitExposed(files)
    left |= _english_in_dialog(files, sources, english_words | {"look", "files", "type"})
    assert any(label.text() == "&Ver en:" for label in files.findChildren(QLabel)), (
        "Qt's file dialog in Spanish"
    )
    files.close()
    assert sorted(left) == []
