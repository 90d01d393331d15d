"""Counts read as Spanish does: "1 año", "2 años", never "año(s)"."""

from __future__ import annotations

from ui.domains import DomainsTab


def test_the_years_to_renew_follow_the_number(in_spanish: object) -> None:
    tab = DomainsTab()
    tab.years.setValue(1)
    assert tab.years.text() == "1 año"
    tab.years.setValue(2)
    assert tab.years.text() == "2 años"
