"""Nothing squashed: every line edit of every view, and of the welcome screen, is at least as high
as its font needs, once shown in a real window at the default size and at a small one."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from portal.server import BackgroundPortal
from tests.widget_checks import each_view, squashed_line_edits

from .account_helpers import act
from .conftest import Desktop
from .test_client_area import sign_in

SIZES = [(1100, 720), (800, 560)]


@pytest.mark.parametrize(("width", "height"), SIZES)
def test_welcome_fields_are_not_squashed(desktop: Desktop, width: int, height: int) -> None:
    desktop.window.resize(width, height)
    act(desktop, lambda: None)
    page = desktop.window.welcome
    assert page.portal_url.isVisible()
    assert squashed_line_edits(desktop.window) == []
    page.ask_code("Enter the 6-digit code from your authenticator app.", False)
    act(desktop, lambda: None)
    assert page.code.isVisible()
    assert squashed_line_edits(desktop.window) == []


@pytest.mark.parametrize(("width", "height"), SIZES)
def test_no_line_edit_of_any_view_is_squashed(
    desktop: Desktop, qtbot: QtBot, portal: BackgroundPortal, width: int, height: int
) -> None:
    desktop.window.resize(width, height)
    sign_in(desktop, qtbot, portal.url)
    squashed: dict[str, list[str]] = {}
    views = []
    for view in each_view(desktop.window, lambda: act(desktop, lambda: None)):
        views.append(view)
        found = squashed_line_edits(desktop.window)
        if found:
            squashed[view] = found
    assert "/Account/Security" in views and "/Invoices" in views, views
    assert squashed == {}
