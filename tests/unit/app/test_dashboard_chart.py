"""The spending chart from the portal's sums: twelve months in one currency, empty months zero."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from api_client.models import Spending, SpendingMonth
from app.dashboard import chart_of


def test_the_chart_shows_the_currency_last_paid_in_and_fills_empty_months() -> None:
    until = dt.date.today()
    this_month = until.replace(day=1)
    earlier = (this_month - dt.timedelta(days=40)).replace(day=1)
    answer = Spending(
        since=earlier,
        months=[
            SpendingMonth(month=earlier, currency="USD", amount=Decimal("30.00")),
            SpendingMonth(month=earlier, currency="ARS", amount=Decimal("1000.00")),
            SpendingMonth(month=this_month, currency="ARS", amount=Decimal("250.50")),
        ],
    )
    months, currency = chart_of(answer, until)
    assert currency == "ARS"
    assert len(months) == 12 and months[-1].month == this_month
    amounts = {m.month: m.amount for m in months}
    assert amounts[this_month] == Decimal("250.50")
    assert amounts[earlier] == Decimal("1000.00"), "USD is not added to ARS"
    assert sum(amounts.values()) == Decimal("1250.50")


def test_nothing_paid_is_a_flat_chart() -> None:
    months, currency = chart_of(Spending(since=dt.date.today(), months=[]), dt.date.today())
    assert currency == "" and len(months) == 12
    assert all(m.amount == 0 for m in months)
