"""Card checks for the auto-debit: Luhn, brand from the IIN, expiry. Numbers are never kept.

Nothing here logs, stores or returns a card number: callers get the brand and the last 4 digits.
"""

from __future__ import annotations

import datetime as dt
import re

from api_client.models import CardBrand

_SEPARATORS = re.compile(r"[ \-]")

# (brand, IIN prefixes as (low, high) inclusive ranges of the leading digits, accepted lengths)
_RANGES: list[tuple[CardBrand, list[tuple[str, str]], tuple[int, ...]]] = [
    (CardBrand.NARANJA, [("589562", "589562")], (16,)),
    (CardBrand.CABAL, [("589657", "589657"), ("6042", "6043")], (16,)),
    (CardBrand.AMEX, [("34", "34"), ("37", "37")], (15,)),
    (CardBrand.VISA, [("4", "4")], (13, 16, 19)),
    (CardBrand.MASTERCARD, [("51", "55"), ("2221", "2720")], (16,)),
    (CardBrand.DISCOVER, [("6011", "6011"), ("644", "649"), ("65", "65")], (16, 17, 18, 19)),
    (CardBrand.DINERS, [("300", "305"), ("36", "36"), ("38", "39")], (14, 15, 16, 17, 18, 19)),
    (CardBrand.JCB, [("3528", "3589")], (16, 17, 18, 19)),
    (CardBrand.MAESTRO, [("50", "50"), ("56", "58"), ("6", "6")], tuple(range(12, 20))),
]


def digits_of(number: str) -> str | None:
    """The digits of a typed card number (spaces and dashes allowed), or None if not a number."""
    digits = _SEPARATORS.sub("", number)
    if not digits.isascii() or not digits.isdigit() or not 12 <= len(digits) <= 19:
        return None
    return digits


def luhn_ok(digits: str) -> bool:
    total = 0
    for index, char in enumerate(reversed(digits)):
        value = int(char)
        if index % 2 == 1:
            value *= 2
            if value > 9:
                value -= 9
        total += value
    return total % 10 == 0


def brand_of(digits: str) -> CardBrand | None:
    for brand, ranges, lengths in _RANGES:
        if len(digits) not in lengths:
            continue
        for low, high in ranges:
            head = digits[: len(low)]
            if low <= head <= high:
                return brand
    return None


def expired(exp_month: int, exp_year: int, today: dt.date) -> bool:
    """A card is good until the last day of its expiry month."""
    return (exp_year, exp_month) < (today.year, today.month)
