"""The billing views' models pass Qt's model tester; the date filter keeps the rows of its range;
the e-mail viewer refuses local files that a plain QTextBrowser would read."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path
from typing import Any

from PySide6.QtCore import QUrl
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QTextBrowser
from pytestqt.modeltest import ModelTester

from app.models import (
    CardBrand,
    EmailCategory,
    EmailSummary,
    PaymentMethod,
    Quote,
    QuoteStage,
)
from ui import emails, payment_methods, quotes
from ui.invoices import COLUMNS as INVOICE_COLUMNS
from ui.invoices import IssuedBetween
from ui.table_models import ListTableModel

from .test_table_models import sample_invoice

NOW = dt.datetime(2026, 11, 25, 12, tzinfo=dt.UTC)


def sample_card(n: int) -> PaymentMethod:
    return PaymentMethod(
        id=n,
        brand=CardBrand.VISA if n % 2 else CardBrand.MASTERCARD,
        last4=f"{n:04d}",
        exp_month=n % 12 + 1,
        exp_year=2024 + n,
        holder_name="LAURA GIMENEZ",
        is_default=n == 1,
        created_at=NOW,
    )


def sample_quote(n: int) -> Quote:
    day = dt.date(2026, 11, 1) + dt.timedelta(days=n)
    return Quote(
        id=n,
        number=f"P-{1000 + n}",
        subject="Hosting",
        stage=list(QuoteStage)[n % len(QuoteStage)],
        created_on=day,
        valid_until=day + dt.timedelta(days=15),
        currency="ARS",
        total=Decimal("1000.50") * n,
        acceptable=n % 2 == 0,
    )


def sample_email(n: int) -> EmailSummary:
    return EmailSummary(
        id=n,
        subject=f"Nueva factura F-{n:06d}",
        to="laura@gimenezdiseno.com.ar",
        category=list(EmailCategory)[n % len(EmailCategory)],
        sent_at=NOW - dt.timedelta(days=n),
    )


def test_card_quote_and_email_models(qtmodeltester: ModelTester) -> None:
    for context, columns, rows in (
        ("PaymentMethodsTab", payment_methods.COLUMNS, [sample_card(i) for i in range(1, 5)]),
        ("QuotesTab", quotes.COLUMNS, [sample_quote(i) for i in range(1, 7)]),
        ("EmailsTab", emails.COLUMNS, [sample_email(i) for i in range(1, 7)]),
    ):
        model: ListTableModel[Any] = ListTableModel(context, columns)
        qtmodeltester.check(model)
        model.set_rows(rows)
        qtmodeltester.check(model)


def test_issued_between_keeps_the_rows_of_its_range(qtmodeltester: ModelTester) -> None:
    model: ListTableModel[Any] = ListTableModel("InvoicesTab", INVOICE_COLUMNS)
    model.set_rows([sample_invoice(i) for i in range(30)])  # issued 2026-01-01 + i days
    proxy = IssuedBetween()
    proxy.setSourceModel(model)
    qtmodeltester.check(proxy)
    proxy.set_range(dt.date(2026, 1, 5), dt.date(2026, 1, 10))
    qtmodeltester.check(proxy)
    assert [i.id for i in proxy.invoices()] == list(range(4, 10))
    proxy.set_range(dt.date(2026, 1, 20), None)
    assert [i.id for i in proxy.invoices()] == list(range(19, 30))
    proxy.set_range(None, None)
    assert proxy.rowCount() == 30


def test_the_email_viewer_reads_no_local_file(qapp: object, tmp_path: Path) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("local data", encoding="utf-8")
    url = QUrl.fromLocalFile(str(secret))
    kind = int(QTextDocument.ResourceType.ImageResource.value)
    plain = QTextBrowser()
    assert plain.loadResource(kind, url) is not None, "a plain QTextBrowser reads it"
    safe = emails.SafeTextBrowser()
    for target in (url, QUrl("http://127.0.0.1:9/x.png"), QUrl("https://example.com/x.png")):
        assert safe.loadResource(kind, target) is None
    assert not safe.openLinks() and not safe.openExternalLinks()
