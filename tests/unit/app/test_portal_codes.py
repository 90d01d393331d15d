"""One area's sentences for the portal's codes (app.portal_codes.PortalCodes): its own words for
what it knows, the general ones for the rest, never the portal's English message."""

from __future__ import annotations

from api_client import errors
from app.errors import describe, describe_field_error
from app.portal_codes import PortalCodes, code_of

CODES = PortalCodes(
    "Tests",
    refusals={"owner_only": "Only the owner may.", "too_many_years": "Ten years at most."},
    fields={"wrong_password": "The password is not right.", "too_many_years": "Ten at most."},
)


def invalid(**fields: list[tuple[str, str]]) -> errors.ValidationFailedError:
    return errors.ValidationFailedError("portal's English", fields)


def test_a_known_code_is_said_in_the_areas_words() -> None:
    exc = errors.ForbiddenError(403, "portal's English", "owner_only")
    assert CODES.explain(exc) == "Only the owner may."
    assert code_of(exc) == "owner_only"


def test_an_unknown_code_gets_the_general_sentence_not_the_portals_message() -> None:
    exc = errors.ConflictError(409, "portal's English", "something_new")
    assert CODES.explain(exc) == describe(exc)
    assert "English" not in CODES.explain(exc)


def test_a_422_is_said_in_one_sentence_only_for_the_types_the_area_says_so() -> None:
    one = invalid(years=[("too_many_years", "x")], nameservers=[("too_many_years", "y")])
    assert CODES.explain(one) == "Ten years at most."  # once, not once per field
    beside = invalid(current_password=[("wrong_password", "x")])
    assert CODES.explain(beside) == describe(beside)


def test_fields_get_the_areas_words_line_by_line_and_the_general_ones_for_the_rest() -> None:
    exc = invalid(current_password=[("wrong_password", "x"), ("too_short", "Too short")])
    assert CODES.fields_of(exc) == {
        "current_password": "The password is not right.\n"
        + describe_field_error("too_short", "Too short")
    }
    assert CODES.fields_of(errors.ConflictError(409, "x", "owner_only")) == {}
