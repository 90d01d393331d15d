"""Paying an invoice with a saved card (never twice), the invoice PDF, and quotes."""

from __future__ import annotations

import asyncio
import datetime as dt
import io
from decimal import Decimal

import pypdf
import pytest
from sqlalchemy import func, select, update

from api_client import PortalClient, errors
from api_client.models import InvoiceFilter, InvoiceStatus, QuoteStage
from portal.demo import DEMO_EMAIL, DEMO_PASSWORD
from portal.server import BackgroundPortal
from portal.tables import (
    AccessTokenRow,
    AlertOutboxRow,
    AuditRow,
    ClientRow,
    InvoiceItemRow,
    PaymentMethodRow,
    PaymentRow,
    utcnow,
)


async def signed_in(portal: BackgroundPortal, email: str = DEMO_EMAIL) -> PortalClient:
    client = PortalClient(portal.url)
    await client.auth.login(email, DEMO_PASSWORD)
    return client


def add_card(portal: BackgroundPortal, client_id: int = 1, *, expired: bool = False) -> int:
    with portal.app.state.database.sessions() as db:
        count = db.scalar(select(func.count()).select_from(PaymentMethodRow))
        card = PaymentMethodRow(
            client_id=client_id,
            token=f"tok_test_{client_id}_{count}",
            brand="visa",
            last4="4242",
            exp_month=1,
            exp_year=dt.date.today().year + (-1 if expired else 2),
            holder_name="Titular",
        )
        db.add(card)
        db.commit()
        return card.id


def payments_of(portal: BackgroundPortal, invoice_id: int) -> int:
    with portal.app.state.database.sessions() as db:
        return int(
            db.scalar(
                select(func.count())
                .select_from(PaymentRow)
                .where(PaymentRow.invoice_id == invoice_id)
            )
        )


async def unpaid_invoice(client: PortalClient, account: int = 1) -> int:
    page = await client.for_account(account).invoices.list(status=InvoiceFilter.UNPAID)
    return page.items[0].id


async def test_pay_marks_paid_records_the_charge_and_replays_the_same_key(
    portal: BackgroundPortal,
) -> None:
    card = add_card(portal)
    async with await signed_in(portal) as client:
        billing = client.for_account(1).billing
        invoice_id = await unpaid_invoice(client)
        before = await client.for_account(1).invoices.get(invoice_id)
        first = await billing.pay(invoice_id, card, idempotency_key="pay-1")
        again = await billing.pay(invoice_id, card, idempotency_key="pay-1")
        assert again == first
        assert first.invoice.status is InvoiceStatus.PAID
        assert first.invoice.balance == Decimal("0")
        assert first.payment.amount == before.total
        assert first.payment.payment_method_id == card
        assert [p.id for p in await billing.payments(invoice_id)] == [first.payment.id]
        with pytest.raises(errors.ConflictError) as caught:
            await billing.pay(invoice_id, card, idempotency_key="pay-2")
        assert caught.value.code == "invoice_not_payable"
    assert payments_of(portal, invoice_id) == 1
    with portal.app.state.database.sessions() as db:
        events = list(db.scalars(select(AlertOutboxRow.event)))
        assert events.count("invoice_paid") == 1


async def test_the_same_key_sent_concurrently_charges_once(portal: BackgroundPortal) -> None:
    card = add_card(portal)
    async with await signed_in(portal) as client:
        billing = client.for_account(1).billing
        invoice_id = await unpaid_invoice(client)
        answers = await asyncio.gather(
            *(billing.pay(invoice_id, card, idempotency_key="pay-race") for _ in range(5))
        )
    assert len({a.payment.id for a in answers}) == 1
    assert payments_of(portal, invoice_id) == 1


async def test_different_keys_racing_for_one_invoice_charge_once(portal: BackgroundPortal) -> None:
    card = add_card(portal)
    async with await signed_in(portal) as client:
        billing = client.for_account(1).billing
        invoice_id = await unpaid_invoice(client)
        answers = await asyncio.gather(
            *(billing.pay(invoice_id, card) for _ in range(4)), return_exceptions=True
        )
    paid = [a for a in answers if not isinstance(a, BaseException)]
    refused = [a for a in answers if isinstance(a, errors.ConflictError)]
    assert len(paid) == 1 and len(refused) == 3, answers
    assert payments_of(portal, invoice_id) == 1


async def test_pay_refusals(portal: BackgroundPortal) -> None:
    other_card = add_card(portal, client_id=2)
    expired = add_card(portal, expired=True)
    async with await signed_in(portal) as client:
        billing = client.for_account(1).billing
        invoice_id = await unpaid_invoice(client)
        with pytest.raises(errors.ValidationFailedError) as caught:
            await billing.pay(invoice_id, other_card)
        assert caught.value.field_errors["payment_method_id"][0][0] == "unknown_payment_method"
        with pytest.raises(errors.ConflictError) as conflict:
            await billing.pay(invoice_id, expired)
        assert conflict.value.code == "payment_method_expired"
        cancelled = (
            await client.for_account(1).invoices.list(status=InvoiceFilter.CANCELLED)
        ).items[0]
        with pytest.raises(errors.ConflictError) as conflict:
            await billing.pay(cancelled.id, add_card(portal))
        assert conflict.value.code == "invoice_not_payable"
    assert payments_of(portal, invoice_id) == 0


async def test_invoice_pdf_is_a_readable_pdf_with_the_number(portal: BackgroundPortal) -> None:
    async with await signed_in(portal) as client:
        account = client.for_account(1)
        invoice_id = await unpaid_invoice(client)
        invoice = await account.invoices.get(invoice_id)
        data = await account.billing.invoice_pdf(invoice_id)
    assert data.startswith(b"%PDF-1.4")
    assert invoice.number.encode() in data
    reader = pypdf.PdfReader(io.BytesIO(data), strict=True)  # checks the xref table too
    text = reader.pages[0].extract_text()
    assert f"Factura {invoice.number}" in text
    assert "Giménez Diseño" in text


async def test_invoice_pdf_after_the_access_token_expired_refreshes_and_downloads(
    portal: BackgroundPortal,
) -> None:
    """A PDF asked for once the access token has expired is fetched like any other request:
    the portal answers 401, the client trades its refresh token once and asks again."""
    async with await signed_in(portal) as client:
        account = client.for_account(1)
        invoice_id = await unpaid_invoice(client)
        invoice = await account.invoices.get(invoice_id)
        rotated: list[object] = []
        client.on_tokens_changed(rotated.append)
        with portal.app.state.database.sessions() as db:  # the portal expires the token
            db.execute(update(AccessTokenRow).values(expires_at=utcnow() - dt.timedelta(seconds=1)))
            db.commit()
        data = await account.billing.invoice_pdf(invoice_id)
    assert data.startswith(b"%PDF-")
    assert invoice.number.encode() in data
    assert len(rotated) == 1, "one refresh happened, and its tokens were announced"


async def test_invoice_pdf_in_the_accounts_language(portal: BackgroundPortal) -> None:
    """Spanish as in Argentina by default; English when the account's language is English."""
    async with await signed_in(portal) as client:
        account = client.for_account(1)
        paid = (await account.invoices.list(status=InvoiceFilter.PAID)).items[0]
        spanish = pdf_text(await account.billing.invoice_pdf(paid.id))
        with portal.app.state.database.sessions() as db:
            row = db.get(ClientRow, 1)
            assert row is not None
            row.language = "en"
            db.commit()
        english = pdf_text(await account.billing.invoice_pdf(paid.id))
    assert "Estado: Pagada" in spanish and "Paid" not in spanish
    assert f"Vencimiento: {paid.due_on:%d/%m/%Y}" in spanish
    assert f"ARS {argentine(paid.total)}" in spanish
    assert f"Invoice {paid.number}" in english and "Status: Paid" in english
    assert f"Due date: {paid.due_on:%m/%d/%Y}" in english
    assert f"ARS {paid.total:,.2f}" in english


async def test_invoice_pdf_prints_every_item_whole_in_any_script(portal: BackgroundPortal) -> None:
    """What the portal stores is what the PDF prints: the longest description the table holds
    (300 characters, outside cp1252), and 120 items over as many pages as they need."""
    long_one = " ".join(["Łódź → Ωmega ✓ Servidor dedicado con panel y copias diarias"] * 6)[:300]
    async with await signed_in(portal) as client:
        account = client.for_account(1)
        invoice_id = await unpaid_invoice(client)
        with portal.app.state.database.sessions() as db:
            extra = [long_one] + [f"Ítem {n:03d} — casilla{n}@ejemplo.com.ar" for n in range(119)]
            for n, description in enumerate(extra):
                db.add(
                    InvoiceItemRow(
                        invoice_id=invoice_id, description=description, amount=Decimal(n + 1)
                    )
                )
            db.commit()
        invoice = await account.invoices.get(invoice_id)
        data = await account.billing.invoice_pdf(invoice_id)
    reader = pypdf.PdfReader(io.BytesIO(data), strict=True)
    pages = [page.extract_text() for page in reader.pages]
    assert len(pages) >= 3
    text = " ".join(" ".join(pages).split())
    assert len(invoice.items) >= 120
    for item in invoice.items:
        assert text.count(" ".join(item.description.split())) == 1, item.description
    assert f"Factura {invoice.number} (continuación)" in pages[-1]


def pdf_text(data: bytes) -> str:
    return "\n".join(page.extract_text() for page in pypdf.PdfReader(io.BytesIO(data)).pages)


def argentine(amount: Decimal) -> str:
    return f"{amount:,.2f}".replace(",", " ").replace(".", ",").replace(" ", ".")


async def test_quotes_list_read_and_accept_into_an_invoice(portal: BackgroundPortal) -> None:
    async with await signed_in(portal) as client:
        quotes = client.for_account(1).quotes
        listed = await quotes.list()
        assert [q.number for q in listed] == ["P-1003", "P-1002"]
        open_quote = listed[0]
        assert open_quote.acceptable and not listed[1].acceptable
        detail = await quotes.get(open_quote.id)
        assert detail.subtotal == Decimal("115000.00")
        assert len(detail.items) == 2

        accepted = await quotes.accept(open_quote.id, idempotency_key="accept-1")
        assert (await quotes.accept(open_quote.id, idempotency_key="accept-1")) == accepted
        assert accepted.stage is QuoteStage.ACCEPTED and accepted.invoice_id is not None
        invoice = await client.for_account(1).invoices.get(accepted.invoice_id)
        assert invoice.total == detail.total
        assert invoice.status is InvoiceStatus.UNPAID

        with pytest.raises(errors.ConflictError) as caught:
            await quotes.accept(open_quote.id)
        assert caught.value.code == "quote_not_acceptable"
        with pytest.raises(errors.ConflictError) as caught:
            await quotes.accept(listed[1].id)
        assert caught.value.code == "quote_not_acceptable"

        expired = next(q for q in await client.for_account(2).quotes.list() if not q.acceptable)
        with pytest.raises(errors.ConflictError) as caught:
            await client.for_account(2).quotes.accept(expired.id)
        assert caught.value.code == "quote_expired"


async def test_decline_a_quote_once_and_not_an_accepted_one(portal: BackgroundPortal) -> None:
    async with await signed_in(portal) as client:
        quotes = client.for_account(1).quotes
        open_quote = next(q for q in await quotes.list() if q.acceptable)
        declined = await quotes.decline(open_quote.id)
        assert declined.stage is QuoteStage.LOST and not declined.acceptable
        assert (await quotes.decline(open_quote.id)) == declined, "asking again answers the same"
        with pytest.raises(errors.ConflictError) as refused:
            await quotes.accept(open_quote.id, idempotency_key="after-decline")
        assert refused.value.code == "quote_not_acceptable"
    with portal.app.state.database.sessions() as db:
        assert (
            db.scalar(
                select(func.count())
                .select_from(AuditRow)
                .where(AuditRow.action == "quote_declined")
            )
            == 1
        ), "one audit line, not one per request"


async def test_an_accepted_quote_cannot_be_declined(portal: BackgroundPortal) -> None:
    async with await signed_in(portal) as client:
        quotes = client.for_account(1).quotes
        open_quote = next(q for q in await quotes.list() if q.acceptable)
        await quotes.accept(open_quote.id, idempotency_key="accept-then-decline")
        with pytest.raises(errors.ConflictError) as refused:
            await quotes.decline(open_quote.id)
        assert refused.value.code == "quote_not_declinable"
