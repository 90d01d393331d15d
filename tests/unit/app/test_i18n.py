"""Filling Qt's %1 %2 ... markers: one pass, as QString.arg does."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from app.i18n import arg

ROOT = Path(__file__).resolve().parents[3]


def test_a_value_holding_a_marker_is_not_replaced_again() -> None:
    text = arg("Ticket #%1 was answered: %2", "%2", "100%1 off")
    assert text == "Ticket #%2 was answered: 100%1 off"


def test_markers_may_come_in_any_order_and_more_than_once() -> None:
    assert arg("%2 · %1 · %2", "a", "b") == "b · a · b"


def test_a_marker_with_no_value_stays_and_values_are_shown_as_text() -> None:
    assert arg("%1 of %2 (%3)", 7, "x") == "7 of x (%3)"


def test_the_same_as_qt_on_a_translated_plural(qtbot: object) -> None:
    template = QCoreApplication.translate("DomainsTab", "Renew %1 for %n year(s)?", "", 2)
    assert arg(template, "ejemplo.com.ar") == "Renew ejemplo.com.ar for 2 year(s)?"


def test_no_view_fills_markers_one_by_one() -> None:
    chained = re.compile(r"""\.replace\(\s*["']%[1-9]["']""")
    found = [
        f"{path.relative_to(ROOT)}:{number}"
        for package in ("app", "ui")
        for path in sorted((ROOT / package).rglob("*.py"))
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if chained.search(line)
    ]
    assert found == []
