"""The Domains table and the upgrade options table pass Qt's model tester, empty and filled."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from PySide6.QtCore import Qt
from pytestqt.modeltest import ModelTester

from api_client.models import ProductPrice
from app.models import Domain, DomainStatus, UpgradeOption
from ui import domains
from ui.service_dialogs import option_columns
from ui.table_models import SORT_ROLE, ListTableModel


def sample_domain(n: int, days: int, status: DomainStatus = DomainStatus.ACTIVE) -> Domain:
    expiry = dt.date(2026, 11, 25) + dt.timedelta(days=days)
    return Domain(
        id=n,
        name=f"dominio{n}.com.ar",
        status=status,
        registration_date=expiry.replace(year=expiry.year - 2),
        expiry_date=expiry,
        days_to_expiry=days,
        auto_renew=n % 2 == 0,
        transfer_locked=True,
        recurring_amount=Decimal("12000.00"),
        currency="ARS",
    )


def test_domains_model(qtmodeltester: ModelTester) -> None:
    model = domains.DomainsModel("DomainsTab", domains.COLUMNS)
    qtmodeltester.check(model)
    model.set_rows(
        [
            sample_domain(1, 10),
            sample_domain(2, 200),
            sample_domain(3, -5, DomainStatus.GRACE),
            sample_domain(4, -400, DomainStatus.TRANSFERRED_AWAY),
        ]
    )
    qtmodeltester.check(model)
    soon = [model.index(r, 0).data(Qt.ItemDataRole.BackgroundRole) is not None for r in range(4)]
    assert soon == [True, False, True, False]
    assert model.index(0, 2).data().endswith("(in 10 days)")
    assert model.index(2, 3).data() == "Grace period"
    assert model.index(1, 5).data(SORT_ROLE) == Decimal("12000.00")


def test_upgrade_options_model(qtmodeltester: ModelTester) -> None:
    model: ListTableModel[UpgradeOption] = ListTableModel("UpgradeDialog", option_columns("ARS"))
    qtmodeltester.check(model)
    prices = [ProductPrice(billing_cycle="Annually", currency="ARS", price=Decimal("150"))]
    model.set_rows(
        [
            UpgradeOption(
                product_id=1,
                name="Hosting Pro",
                description="5 sitios",
                allows_automatic_change=True,
                is_current=True,
                price=Decimal("100"),
                prices=prices,
            ),
            UpgradeOption(
                product_id=2,
                name="Hosting Empresa",
                description="Sitios ilimitados",
                allows_automatic_change=True,
                is_current=False,
                price=None,
                prices=[],
            ),
        ]
    )
    qtmodeltester.check(model)
    assert model.index(0, 0).data() == "Hosting Pro (current plan)"
    assert model.index(1, 2).data() == "—"
