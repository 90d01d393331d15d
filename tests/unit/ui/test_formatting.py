from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from PySide6.QtCore import QLocale

from app.models import BillingCycle, Service, ServiceStatus
from ui import formatting


def sample_service(n: int) -> Service:
    return Service(
        id=n,
        product=f"Hosting {n}",
        product_group="Hosting",
        domain=f"site{n}.com.ar",
        amount=Decimal("100.00") * (n + 1),
        currency="ARS",
        billing_cycle=BillingCycle.ANNUALLY,
        registration_date=dt.date(2025, 1, 1),
        next_due_date=dt.date(2027, 1, 1),
        status=ServiceStatus.ACTIVE,
    )


@pytest.fixture
def spanish() -> object:
    previous = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.Spanish, QLocale.Country.Argentina))
    yield
    QLocale.setDefault(previous)


def test_money_in_english_keeps_the_currency(qapp: object) -> None:
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    assert formatting.money(Decimal("45000"), "ARS") == "$ 45,000.00"
    assert formatting.money(Decimal("24.5"), "USD") == "US$ 24.50"
    assert formatting.money(Decimal("-3.456"), "EUR") == "-€ 3.46"


def test_money_in_spanish(qapp: object, spanish: object) -> None:
    assert formatting.money(Decimal("45000.00"), "ARS") == "$ 45.000,00"


def test_money_is_exact_for_large_amounts(qapp: object) -> None:
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    assert formatting.money(Decimal("12345678901.99"), "ARS") == "$ 12,345,678,901.99"


def test_missing_date_reads_as_a_dash(qapp: object) -> None:
    assert formatting.date(None) == "—"
