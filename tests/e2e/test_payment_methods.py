"""The auto-debit card as a person uses it: add a card (its number kept nowhere), the portal's
field errors on the fields, make another card the default, remove one, automatic charging on and
off. Each test checks what the portal then holds."""

from __future__ import annotations

import datetime as dt
import logging
import secrets
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import select

import ui.dialogs
from app.logs import memory_log
from portal.server import BackgroundPortal
from portal.tables import BillingSettingsRow, PaymentMethodRow
from ui.payment_methods import PaymentMethodsTab

from .conftest import Desktop
from .test_client_area import sign_in

NUMBER = "5555 5555 5555 4444"  # a Mastercard test number


def open_cards(desktop: Desktop, qtbot: QtBot, portal: BackgroundPortal) -> PaymentMethodsTab:
    sign_in(desktop, qtbot, portal.url)
    tab = desktop.window.payment_methods_tab
    desktop.window.tabs.setCurrentWidget(tab)
    desktop.wait_until(lambda: tab.model.rowCount() > 0 and tab.auto_charge.isEnabled())
    return tab


def cards(portal: BackgroundPortal) -> list[PaymentMethodRow]:
    with portal.app.state.database.sessions() as db:
        return list(
            db.scalars(
                select(PaymentMethodRow)
                .where(PaymentMethodRow.client_id == 1)
                .order_by(PaymentMethodRow.id)
            )
        )


def test_add_a_card_keeps_its_number_nowhere(
    desktop: Desktop,
    qtbot: QtBot,
    portal: BackgroundPortal,
    tmp_path: Path,
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.DEBUG)
    tab = open_cards(desktop, qtbot, portal)
    year = dt.date.today().year + 3
    qtbot.keyClicks(tab.holder, "Laura Gimenez")
    qtbot.keyClicks(tab.number, NUMBER)
    tab.exp_month.setValue(11)
    tab.exp_year.setValue(year)
    tab.make_default.setChecked(True)
    qtbot.mouseClick(tab.add_button, Qt.MouseButton.LeftButton)
    desktop.wait_until(lambda: tab.status.text().startswith("Card Mastercard ****4444"))
    assert tab.number.text() == "", "the field is emptied once the card is saved"
    desktop.wait_until(lambda: tab.model.rowCount() == 2)

    stored = cards(portal)
    new = stored[-1]
    assert (new.brand, new.last4, new.exp_month, new.exp_year) == ("mastercard", "4444", 11, year)
    assert new.holder_name == "Laura Gimenez"
    assert new.is_default and not stored[0].is_default, "the new card is the default"
    assert tab.model.index(0, 1).data() == "****4444"
    assert tab.model.index(0, 4).data() == "Default"

    digits = NUMBER.replace(" ", "")
    desktop.store.sync()
    settings_text = (tmp_path / "settings.ini").read_text(encoding="utf-8")
    for where in (settings_text, caplog.text, memory_log.text(), "\n".join(desktop.heard)):
        assert digits not in where and NUMBER not in where
    assert caplog.text, "the logs were captured"


def test_card_errors_show_on_the_fields_in_words(
    desktop: Desktop, qtbot: QtBot, portal: BackgroundPortal
) -> None:
    tab = open_cards(desktop, qtbot, portal)
    qtbot.keyClicks(tab.holder, "Laura Gimenez")
    qtbot.keyClicks(tab.number, "4111 1111 1111 1112")  # the check digit is wrong
    tab.exp_year.setValue(dt.date.today().year + 1)
    qtbot.mouseClick(tab.add_button, Qt.MouseButton.LeftButton)
    desktop.wait_until(lambda: tab.errors["number"].isVisibleTo(tab))
    assert tab.errors["number"].text().startswith("This card number is not valid.")
    assert tab.holder.text() == "Laura Gimenez", "what was typed stays"
    assert tab.number.text() == "4111 1111 1111 1112", "the number too, to mend one digit"

    qtbot.keyClick(tab.number, Qt.Key.Key_Backspace)
    qtbot.keyClicks(tab.number, "1")
    today = dt.date.today()
    tab.exp_year.setValue(today.year - 1)  # expired
    qtbot.mouseClick(tab.add_button, Qt.MouseButton.LeftButton)
    desktop.wait_until(lambda: tab.errors["exp_year"].isVisibleTo(tab))
    assert tab.errors["exp_year"].text() == "This card has expired."
    assert not tab.errors["number"].isVisibleTo(tab)
    assert len(cards(portal)) == 1, "nothing saved"


def add_card(portal: BackgroundPortal, last4: str) -> int:
    with portal.app.state.database.sessions() as db:
        row = PaymentMethodRow(
            client_id=1,
            token=secrets.token_urlsafe(24),
            brand="mastercard",
            last4=last4,
            exp_month=3,
            exp_year=dt.date.today().year + 3,
            holder_name="LAURA GIMENEZ",
            is_default=False,
        )
        db.add(row)
        db.commit()
        return row.id


def select_card(tab: PaymentMethodsTab, last4: str) -> None:
    row = next(
        r for r in range(tab.model.rowCount()) if tab.model.index(r, 1).data().endswith(last4)
    )
    tab.table.selectRow(row)


def test_make_another_card_the_default(
    desktop: Desktop, qtbot: QtBot, portal: BackgroundPortal
) -> None:
    other = add_card(portal, "5100")
    tab = open_cards(desktop, qtbot, portal)
    desktop.wait_until(lambda: tab.model.rowCount() == 2)
    select_card(tab, "4242")
    assert not tab.default_button.isEnabled(), "it is the default already"
    select_card(tab, "5100")
    qtbot.mouseClick(tab.default_button, Qt.MouseButton.LeftButton)
    desktop.wait_until(lambda: "is now the default card" in tab.status.text())
    defaults = {row.id: row.is_default for row in cards(portal)}
    assert defaults[other] is True
    assert sum(defaults.values()) == 1


def test_remove_a_card_after_confirming(
    desktop: Desktop, qtbot: QtBot, portal: BackgroundPortal, monkeypatch: pytest.MonkeyPatch
) -> None:
    other = add_card(portal, "5100")
    tab = open_cards(desktop, qtbot, portal)
    desktop.wait_until(lambda: tab.model.rowCount() == 2)
    select_card(tab, "5100")
    declined: list[str] = []

    def decline(_parent: object, _title: str, text: str, _action: str) -> bool:
        declined.append(text)
        return False

    monkeypatch.setattr(ui.dialogs, "confirm", decline)
    qtbot.mouseClick(tab.remove_button, Qt.MouseButton.LeftButton)
    assert len(declined) == 1 and "Mastercard ****5100" in declined[0], "asked which card"
    desktop.settle(0.2)
    assert len(cards(portal)) == 2, "cancelled: nothing removed"
    assert tab.model.rowCount() == 2
    questions: list[str] = []

    def confirm(_parent: object, _title: str, text: str, _action: str) -> bool:
        questions.append(text)
        return True

    monkeypatch.setattr(ui.dialogs, "confirm", confirm)
    qtbot.mouseClick(tab.remove_button, Qt.MouseButton.LeftButton)
    assert len(questions) == 1 and "Mastercard ****5100" in questions[0]
    desktop.wait_until(lambda: tab.model.rowCount() == 1)
    assert [row.id for row in cards(portal)] != [other]
    assert other not in [row.id for row in cards(portal)]


def test_automatic_charging_on_and_off(
    desktop: Desktop, qtbot: QtBot, portal: BackgroundPortal, monkeypatch: pytest.MonkeyPatch
) -> None:
    tab = open_cards(desktop, qtbot, portal)
    assert not tab.auto_charge.isChecked()
    questions: list[str] = []
    answer = [False]

    def confirm(_parent: object, _title: str, text: str, _action: str) -> bool:
        questions.append(text)
        return answer[0]

    monkeypatch.setattr(ui.dialogs, "confirm", confirm)

    def stored() -> bool:
        with portal.app.state.database.sessions() as db:
            row = db.get(BillingSettingsRow, 1)
            return bool(row and row.auto_charge)

    # declined: asked which card would be charged, and nothing changes
    qtbot.keyClick(tab.auto_charge, Qt.Key.Key_Space)
    assert len(questions) == 1 and "Visa ****4242" in questions[0]
    desktop.settle(0.2)
    assert not tab.auto_charge.isChecked()
    assert stored() is False

    answer[0] = True
    qtbot.keyClick(tab.auto_charge, Qt.Key.Key_Space)
    assert len(questions) == 2 and "Visa ****4242" in questions[1]
    desktop.wait_until(lambda: tab.auto_charge.isEnabled())
    assert tab.auto_charge.isChecked()
    assert stored() is True
    # the last card cannot go while automatic charging is on: the portal says why
    select_card(tab, "4242")
    qtbot.mouseClick(tab.remove_button, Qt.MouseButton.LeftButton)
    desktop.wait_until(lambda: tab.notice.isVisibleTo(tab))
    assert tab.notice.label.text().startswith("Automatic charging is on")
    assert len(cards(portal)) == 1

    # the refusal reloads the cards and the setting: let that finish, as a person would see it
    runner = desktop.area.account.runner  # type: ignore[union-attr]
    idle = ("payment-methods", "auto-charge", "set-auto-charge")
    desktop.wait_until(lambda: not any(runner.running(name) for name in idle))
    qtbot.keyClick(tab.auto_charge, Qt.Key.Key_Space)
    desktop.wait_until(
        lambda: not any(runner.running(name) for name in idle) and tab.auto_charge.isEnabled()
    )
    assert not tab.auto_charge.isChecked()
    assert stored() is False


def test_the_card_form_groups_the_digits_shows_the_brand_and_expires_in_the_future(
    desktop: Desktop, qtbot: QtBot, portal: BackgroundPortal
) -> None:
    tab = open_cards(desktop, qtbot, portal)
    today = dt.date.today()
    assert (tab.exp_year.value(), tab.exp_month.value()) > (today.year, today.month), (
        "the default expiry is not already past"
    )
    assert tab.number_brand.text() == ""
    qtbot.keyClicks(tab.number, "4")
    assert tab.number_brand.text() == "Visa"
    qtbot.keyClicks(tab.number, "111111111111111")
    assert tab.number.text() == "4111 1111 1111 1111"
    # a digit typed in the middle keeps the cursor after it and the groups regrouped
    tab.number.setCursorPosition(2)  # after "41"
    qtbot.keyClick(tab.number, Qt.Key.Key_Backspace)
    assert tab.number.text() == "4111 1111 1111 111"
    assert tab.number.cursorPosition() == 1
    tab.number.clear()
    qtbot.keyClicks(tab.number, "378282246310005")
    assert tab.number.text() == "3782 822463 10005", "American Express: 4-6-5"
    assert tab.number_brand.text() == "American Express"
    tab.number.clear()
    qtbot.keyClicks(tab.number, "5555-5555 5555-4444")  # pasted with dashes
    assert tab.number.text() == "5555 5555 5555 4444"
    assert tab.number_brand.text() == "Mastercard"
