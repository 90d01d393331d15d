"""The words for the refusals of a portal on the WHMCS backend (``app.errors.describe``): each
says what happened and what to do, not "your session has ended"."""

from __future__ import annotations

from api_client import errors
from app.errors import describe


def test_a_two_factor_whmcs_user_is_told_where_to_sign_in() -> None:
    text = describe(errors.UnauthorizedError(401, "x", "two_factor_unsupported"))
    assert "two-factor" in text
    assert "web client area" in text
    assert text != describe(errors.UnauthorizedError(401, "x", "session_ended"))


def test_a_view_the_billing_system_cannot_back_says_so() -> None:
    text = describe(errors.ServerError(501, "x", "not_supported_by_backend"))
    assert "web client area" in text
    assert text != describe(errors.ServerError(501, "x", ""))


def test_a_billing_system_that_does_not_answer_is_not_the_portals_problem() -> None:
    text = describe(errors.ServerError(503, "x", "backend_unavailable"))
    assert "billing system does not answer" in text
