"""Counts read as Spanish does: "1 año", "2 años", never "año(s)"."""

from __future__ import annotations

from ui.domains import DomainsTab


def test_the_years_to_renew_follow_the_number(in_spanish: object) -> None:
    tab = DomainsTab()
    tab.years.setValue(1)
    assert tab.years.text() == "1 año"
    tab.years.setValue(2)
    assert tab.years.text() == "2 años"


def test_all_accounts_tallies_services_in_agreement_with_their_count(in_spanish: object) -> None:
    from app.models import ServiceStatus
    from ui.reseller import _status_count

    assert _status_count(ServiceStatus.ACTIVE, 1) == "1 activo"
    assert _status_count(ServiceStatus.SUSPENDED, 3) == "3 suspendidos"
    assert _status_count(ServiceStatus.PENDING, 2) == "2 pendientes"
    assert _status_count(ServiceStatus.CANCELLED, 2) == "2 cancelados"
