"""The invoice lines the portal writes read as the account's language does: "1 año", "2 años",
never "año(s)"; dates in its order."""

from __future__ import annotations

import datetime as dt

from portal import wording


def test_a_registration_counts_its_years_in_spanish_and_english() -> None:
    assert wording.domain_registration("ejemplo.com.ar", 1, "es") == (
        "Registro de dominio ejemplo.com.ar - 1 año"
    )
    assert wording.domain_registration("ejemplo.com.ar", 2, "es").endswith("- 2 años")
    assert wording.domain_registration("example.com", 1, "en") == (
        "Domain registration example.com - 1 year"
    )
    assert wording.domain_registration("example.com", 3, "en").endswith("- 3 years")


def test_a_renewal_gives_its_span_in_the_accounts_date_order() -> None:
    start, end = dt.date(2026, 3, 7), dt.date(2028, 3, 7)
    assert wording.domain_renewal("ejemplo.com", 2, start, end, "es") == (
        "Renovación de dominio ejemplo.com - 2 años (07/03/2026 - 07/03/2028)"
    )
    assert wording.domain_renewal("example.com", 1, start, end, "en") == (
        "Domain renewal example.com - 1 year (03/07/2026 - 03/07/2028)"
    )
