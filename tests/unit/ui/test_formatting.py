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


def test_amounts_dates_and_times_in_argentina(in_spanish: object) -> None:
    assert formatting.amount(Decimal("54450")) == "54.450,00"
    assert formatting.amount(Decimal("400000"), 0) == "400.000"
    assert formatting.amount(Decimal("-1234.5"), grouped=False) == "-1234,50"
    assert formatting.money_with_code(Decimal("54450.00"), "ARS") == "ARS 54.450,00"
    assert formatting.money_with_code("54450.00", "ARS") == "ARS 54.450,00"
    assert formatting.date(dt.date(2026, 3, 7)) == "07/03/2026"
    assert formatting.time(dt.time(6, 0)) == "06:00"
    assert formatting.time(dt.time(14, 40)) == "14:40", "24 hours, never '2:40 p. m.'"


def test_dates_in_english(qapp: object) -> None:
    previous = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    try:
        assert formatting.date(dt.date(2026, 3, 7)) == "03/07/2026"
        assert formatting.amount(Decimal("54450")) == "54,450.00"
    finally:
        QLocale.setDefault(previous)


def test_a_moment_reads_in_the_computers_time_zone(in_spanish: object) -> None:
    moment = dt.datetime(2026, 3, 7, 9, 5, tzinfo=dt.UTC)
    local = moment.astimezone()  # the computer's zone, as Python sees it
    assert formatting.date_time(moment) == f"{local:%d/%m/%Y %H:%M}"
    assert formatting.date_time(moment.replace(tzinfo=None)) == f"{local:%d/%m/%Y %H:%M}"


def test_raw_portal_names_read_in_spanish(in_spanish: object) -> None:
    assert formatting.account_field("phone") == "Teléfono"
    assert formatting.portal_words("phone") == "Teléfono"
    assert formatting.portal_words("city, phone") == "Ciudad, Teléfono"
    assert (
        formatting.portal_words("ana@example.com: profile,products,invoices,tickets")
        == "ana@example.com: Datos y configuración de la cuenta, Ver servicios, "
        "Facturas y pagos, Tickets de soporte"
    )
    # a part that is not wholly made of known names is left as it came
    assert formatting.portal_words("quotes.com.ar: unlocked") == "quotes.com.ar: unlocked"
    assert formatting.portal_words("chat 12") == "chat 12"


def test_event_texts_read_in_spanish(in_spanish: object) -> None:
    from api_client.models import AccountEvent, AlertEvent
    from app.notifications import notification

    def text(event: AlertEvent, data: dict[str, str]) -> str:
        return notification(
            AccountEvent.model_validate(
                {
                    "id": 1,
                    "event": event,
                    "title": "",
                    "text": "",
                    "data": data,
                    "created_at": dt.datetime.now(dt.UTC),
                }
            )
        ).text

    created = text(
        AlertEvent.INVOICE_CREATED,
        {"number": "A-0001", "total": "54450.00", "currency": "ARS", "due_on": "2026-03-07"},
    )
    assert "por ARS 54.450,00" in created and "07/03/2026" in created
    edited = text(AlertEvent.CLIENT_DETAILS_EDITED, {"account": "Giménez", "fields": "phone"})
    assert edited.endswith(": Teléfono.")


def test_invoices_csv_in_spanish(in_spanish: object) -> None:
    import csv
    import io

    from app.billing import invoices_csv
    from app.models import Invoice, InvoiceStatus

    invoice = Invoice.model_validate(
        {
            "id": 1,
            "number": "A-0001",
            "issued_on": dt.date(2026, 3, 1),
            "due_on": dt.date(2026, 3, 7),
            "paid_on": None,
            "status": InvoiceStatus.UNPAID,
            "overdue": True,
            "total": Decimal("54450.00"),
            "balance": Decimal("54450.00"),
            "currency": "ARS",
        }
    )
    text = invoices_csv([invoice])
    assert text.startswith("\ufeff")
    lines = list(csv.reader(io.StringIO(text[1:]), delimiter=";"))
    assert lines[0][:3] == ["Número", "Emisión", "Vencimiento"]
    assert lines[1] == [
        "A-0001",
        "01/03/2026",
        "07/03/2026",
        "",
        "Impaga",
        "sí",
        "54450,00",
        "54450,00",
        "ARS",
    ]


def test_a_cancelled_invoice_reads_feminine_beside_paid(in_spanish: object) -> None:
    from app.models import InvoiceStatus, ServiceStatus

    assert formatting.invoice_status(InvoiceStatus.PAID) == "Pagada"
    assert formatting.invoice_status(InvoiceStatus.CANCELLED) == "Anulada"
    assert formatting.invoice_status(InvoiceStatus.UNPAID, overdue=True) == "Vencida"
    assert formatting.status(ServiceStatus.CANCELLED) == "Cancelado", "a service stays masculine"
