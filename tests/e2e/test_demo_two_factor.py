"""The demo person with two-factor sign-in turned on: the next start in demo mode still opens the
demo, asking for the code on a step of its own, whatever another portal left in the form; going
back drops that sign-in, and a person without two-factor is never asked for a code."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app import settings
from app.client_area import Stage
from portal import totp
from portal.demo import DEMO_EMAIL
from portal.server import BackgroundPortal
from tests.widget_checks import squashed_line_edits

from .account_helpers import act, click, open_account_tab, type_into
from .conftest import Desktop, make_desktop
from .test_client_area import sign_in


def turn_on_two_factor_in_the_demo(desktop: Desktop, qtbot: QtBot) -> str:
    """As the person does it: open the demo, set up two-factor in Security, sign out."""
    click(desktop, qtbot, desktop.window.welcome.demo_button)
    desktop.wait_until(lambda: desktop.window.account_tab.edits["email"].text() == DEMO_EMAIL, 30)
    tab = desktop.window.account_area.security_tab
    open_account_tab(desktop, tab)
    desktop.wait_until(lambda: tab.start_button.isVisibleTo(tab))
    click(desktop, qtbot, tab.start_button)
    desktop.wait_until(lambda: tab.setup.isVisibleTo(tab))
    secret = tab.secret.text().replace(" ", "")
    type_into(desktop, qtbot, tab.setup_code, totp.code_at(secret, totp.step_of()))
    click(desktop, qtbot, tab.confirm_button)
    desktop.wait_until(lambda: tab.recovery.isVisibleTo(tab))
    return secret


def test_demo_with_two_factor_asks_for_the_code_on_its_own_step(
    desktop: Desktop, qtbot: QtBot, portal: BackgroundPortal, tmp_path: Path
) -> None:
    secret = turn_on_two_factor_in_the_demo(desktop, qtbot)
    # another portal was the last one signed in to: its address and e-mail fill the form
    desktop.area.settings.set(settings.PORTAL_URL, portal.url)
    desktop.area.settings.set(settings.EMAIL, "otra@example.com")
    desktop.close()

    again = make_desktop(desktop.loop, tmp_path)  # the next `clientdesk --demo`
    qtbot.addWidget(again.window)
    page = again.window.welcome
    act(again, again.area.open_demo)
    again.wait_until(lambda: page.asking_code(), 30)
    assert page.code.isVisibleTo(page)
    assert not page.portal_url.isVisibleTo(page), "the code has a step of its own"
    assert page.code_hint.text() == "Enter the 6-digit code from your authenticator app."
    assert squashed_line_edits(again.window) == []
    assert page.code_hint.height() >= page.code_hint.heightForWidth(page.code_hint.width()), (
        "the hint is not clipped"
    )

    # back to the form: the code step goes, and "Open the demo portal" asks for the code again
    click(again, qtbot, page.back_button)
    assert not page.asking_code() and page.portal_url.isVisibleTo(page)
    assert page.portal_url.text() == portal.url
    click(again, qtbot, page.demo_button)
    again.wait_until(lambda: page.asking_code(), 30)
    step = totp.step_of() + 1  # the set-up used the current step
    type_into(again, qtbot, page.code, totp.code_at(secret, step))
    click(again, qtbot, page.code_button)
    again.wait_until(lambda: again.area.stage is Stage.SIGNED_IN)
    again.wait_until(lambda: again.window.account_tab.edits["email"].text() == DEMO_EMAIL)
    assert again.window.person_label.text() == "Laura Giménez (demo portal)"

    # a person without two-factor (the other portal's Laura) is not asked for a code
    again.window.sign_out_action.trigger()
    again.wait_until(lambda: again.area.stage is Stage.WELCOME)
    assert not page.asking_code()
    page.email.clear()
    sign_in(again, qtbot, portal.url)
    assert again.area.stage is Stage.SIGNED_IN
    assert again.window.person_label.text() == "Laura Giménez"
    again.close()


def test_escape_leaves_the_code_step(desktop: Desktop, qtbot: QtBot) -> None:
    turn_on_two_factor_in_the_demo(desktop, qtbot)
    desktop.window.sign_out_action.trigger()
    desktop.wait_until(lambda: desktop.area.stage is Stage.WELCOME)
    page = desktop.window.welcome
    click(desktop, qtbot, page.demo_button)
    desktop.wait_until(lambda: page.asking_code(), 30)
    act(desktop, lambda: qtbot.keyClick(page.code, Qt.Key.Key_Escape))
    assert not page.asking_code()
    assert desktop.area.stage is Stage.WELCOME
