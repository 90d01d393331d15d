"""Card checks for the auto-debit (``portal.cards``): which numbers are cards, of which brand, and
until when a card can pay. The brand table below is the card networks' published IIN ranges and
lengths, written out independently of the code's table."""

from __future__ import annotations

import calendar
import datetime as dt

import pytest

from api_client.models import CardBrand
from portal import billing
from portal.cards import brand_of, digits_of, expired, luhn_ok


def with_check_digit(body: str) -> str:
    """``body`` followed by the digit that makes it pass the Luhn check."""
    total = 0
    for index, char in enumerate(reversed(body)):
        value = int(char)
        if index % 2 == 0:  # doubled once the check digit is appended
            value = value * 2 - 9 if value > 4 else value * 2
        total += value
    return body + str(-total % 10)


def card_number(prefix: str, length: int) -> str:
    return with_check_digit(prefix + "1" * (length - len(prefix) - 1))


# ---- what a card number is ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("typed", "digits"),
    [
        ("4111 1111 1111 1111", "4111111111111111"),
        ("4111-1111-1111-1111", "4111111111111111"),
        ("5555555555554444", "5555555555554444"),
        ("1234 5678 9012", "123456789012"),  # 12 digits: the shortest card number
        ("1234567890123456789", "1234567890123456789"),  # 19 digits: the longest
    ],
)
def test_digits_of_a_typed_number(typed: str, digits: str) -> None:
    assert digits_of(typed) == digits


@pytest.mark.parametrize(
    "typed",
    [
        "12345678901",  # 11 digits
        "12345678901234567890",  # 20 digits
        "",
        "4111 1111 1111 111x",
        "4111.1111.1111.1111",
        "٤١١١١١١١١١١١١١١١",  # Arabic-Indic digits are digits, but not a card number
        "４１１１１１１１１１１１１１１１",  # full-width digits
    ],
)
def test_what_is_not_a_card_number(typed: str) -> None:
    assert digits_of(typed) is None


@pytest.mark.parametrize(
    "number",
    [
        "4111111111111111",
        "5555555555554444",
        "378282246310005",
        "6011111111111117",
        "79927398713",  # the textbook example
        "0000000000000000",
    ],
)
def test_luhn_accepts_good_check_digits(number: str) -> None:
    assert luhn_ok(number)


@pytest.mark.parametrize(
    "number",
    ["4111111111111112", "5555555555554440", "378282246310006", "79927398710", "1"],
)
def test_luhn_refuses_bad_check_digits(number: str) -> None:
    assert not luhn_ok(number)


def test_luhn_on_every_single_digit_error() -> None:
    # a 5..9 in a doubled place is where "subtract 9" matters
    good = "4556737586899855"
    assert luhn_ok(good)
    for place in range(len(good)):
        for digit in "0123456789":
            if digit != good[place]:
                changed = good[:place] + digit + good[place + 1 :]
                assert not luhn_ok(changed), changed


# ---- the brand ------------------------------------------------------------------------------

BRANDS: list[tuple[CardBrand, list[str], list[int]]] = [
    (CardBrand.NARANJA, ["589562"], [16]),
    (CardBrand.CABAL, ["589657", "6042", "6043"], [16]),
    (CardBrand.AMEX, ["34", "37"], [15]),
    (CardBrand.VISA, ["4"], [13, 16, 19]),
    (CardBrand.MASTERCARD, ["51", "53", "55", "2221", "2500", "2720"], [16]),
    (CardBrand.DISCOVER, ["6011", "644", "649", "65"], [16, 17, 18, 19]),
    (CardBrand.DINERS, ["300", "305", "36", "38", "39"], [14, 15, 16, 17, 18, 19]),
    (CardBrand.JCB, ["3528", "3589"], [16, 17, 18, 19]),
    (CardBrand.MAESTRO, ["50", "56", "58", "6"], list(range(12, 20))),
]


@pytest.mark.parametrize(
    ("number", "brand"),
    [
        (card_number(prefix, length), brand)
        for brand, prefixes, lengths in BRANDS
        for prefix in prefixes
        for length in lengths
    ],
)
def test_brand_of_every_range_at_every_length(number: str, brand: CardBrand) -> None:
    assert luhn_ok(number)
    assert brand_of(number) is brand


@pytest.mark.parametrize(
    "number",
    [
        card_number("4", 15),  # Visa has no 15-digit cards
        card_number("4", 20),  # nor any card 20 digits
        card_number("6", 20),
        card_number("6011", 20),
        card_number("3528", 20),
        card_number("36", 20),
        card_number("37", 16),  # Amex is 15 digits only
        card_number("2220", 16),  # just below Mastercard's 2-series
        card_number("2721", 16),  # just above it
        card_number("56", 11),
        card_number("1", 16),  # no network issues numbers starting with 1
        card_number("9", 16),
    ],
)
def test_numbers_of_no_accepted_brand(number: str) -> None:
    assert brand_of(number) is None


# ---- expiry: a card is good until the last day of its expiry month ---------------------------


def month_before(year: int, month: int) -> tuple[int, int]:
    return (year - 1, 12) if month == 1 else (year, month - 1)


def days_of_this_month() -> list[dt.date]:
    today = billing.today()
    last = calendar.monthrange(today.year, today.month)[1]
    return [today.replace(day=1), today, today.replace(day=last)]


@pytest.mark.parametrize("on", days_of_this_month())
def test_a_card_is_good_through_its_whole_expiry_month(on: dt.date) -> None:
    assert not expired(on.month, on.year, on)  # its own month, first to last day
    before_year, before_month = month_before(on.year, on.month)
    assert expired(before_month, before_year, on)  # the month before
    assert not expired(on.month, on.year + 1, on)
    assert expired(on.month, on.year - 1, on)


def test_expiry_compares_the_year_before_the_month() -> None:
    on = billing.today()
    assert not expired(1, on.year + 1, on)  # a later year, however early its month
    assert expired(12, on.year - 1, on)  # an earlier year, however late its month
