"""Auto-debit cards: checked, then only a token, brand, last 4 and expiry are kept."""

from __future__ import annotations

import datetime as dt
import logging
import uuid
from pathlib import Path

import pytest
from sqlalchemy import inspect, select, text

from api_client import PortalClient, errors
from api_client.models import CardBrand, CardCreate
from portal.cards import brand_of, luhn_ok
from portal.demo import DEMO_EMAIL, DEMO_PASSWORD
from portal.server import BackgroundPortal
from portal.tables import PaymentMethodRow

NEXT_YEAR = dt.date.today().year + 1


def _database_files(path: str) -> bytes:
    """The SQLite database file and its journals, as stored on disk."""
    files = [Path(path + suffix) for suffix in ("", "-wal", "-journal")]
    return b"".join(f.read_bytes() for f in files if f.exists())


async def signed_in(portal: BackgroundPortal) -> PortalClient:
    client = PortalClient(portal.url)
    await client.auth.login(DEMO_EMAIL, DEMO_PASSWORD)
    return client


def card(number: str, **extra: object) -> CardCreate:
    return CardCreate.model_validate(
        {"number": number, "exp_month": 12, "exp_year": NEXT_YEAR, **extra}
    )


@pytest.mark.parametrize(
    ("number", "brand"),
    [
        ("4111111111111111", CardBrand.VISA),
        ("5555555555554444", CardBrand.MASTERCARD),
        ("2223003122003222", CardBrand.MASTERCARD),
        ("378282246310005", CardBrand.AMEX),
        ("6011111111111117", CardBrand.DISCOVER),
        ("3530111333300000", CardBrand.JCB),
        ("36227206271667", CardBrand.DINERS),
    ],
)
def test_brand_from_the_iin(number: str, brand: CardBrand) -> None:
    assert luhn_ok(number)
    assert brand_of(number) is brand


async def test_add_cards_first_is_default_then_switch_and_remove(
    portal: BackgroundPortal,
) -> None:
    async with await signed_in(portal) as client:
        methods = client.for_account(1).payment_methods
        before = {m.id for m in await methods.list()}
        visa = await methods.add(card("4111 1111 1111 1111", holder_name="LAURA GIMENEZ"))
        amex = await methods.add(card("3782-822463-10005"))
        assert (visa.brand, visa.last4, visa.exp_year) == (CardBrand.VISA, "1111", NEXT_YEAR)
        assert (amex.brand, amex.last4) == (CardBrand.AMEX, "0005")
        listed = await methods.list()
        default = [m for m in listed if m.is_default]
        assert len(default) == 1
        if not before:
            assert default[0].id == visa.id
        switched = await methods.make_default(amex.id)
        assert switched.is_default
        listed = await methods.list()
        assert listed[0].id == amex.id and [m.id for m in listed if m.is_default] == [amex.id]
        await methods.remove(amex.id)
        listed = await methods.list()
        assert amex.id not in {m.id for m in listed}
        assert sum(m.is_default for m in listed) == 1, "another card took over as default"


async def test_bad_numbers_and_expired_cards_are_field_errors(portal: BackgroundPortal) -> None:
    async with await signed_in(portal) as client:
        methods = client.for_account(1).payment_methods
        for number, code in (
            ("4111111111111112", "card_number_invalid"),  # check digit wrong
            ("4111 1111 abcd", "card_number_invalid"),
            ("1234567812345670", "card_brand_unsupported"),  # Luhn-valid, no such brand
        ):
            with pytest.raises(errors.ValidationFailedError) as caught:
                await methods.add(card(number))
            assert caught.value.field_errors["number"][0][0] == code, number
        last_month = dt.date.today().replace(day=1) - dt.timedelta(days=1)
        with pytest.raises(errors.ValidationFailedError) as caught:
            await methods.add(
                CardCreate(
                    number="4111111111111111",
                    exp_month=last_month.month,
                    exp_year=last_month.year,
                )
            )
        assert caught.value.field_errors["exp_year"][0][0] == "card_expired"


async def test_a_retried_add_with_the_same_key_saves_one_card(portal: BackgroundPortal) -> None:
    async with await signed_in(portal) as client:
        methods = client.for_account(1).payment_methods
        key = str(uuid.uuid4())
        first = await methods.add(card("5555555555554444"), idempotency_key=key)
        again = await methods.add(card("5555555555554444"), idempotency_key=key)
        assert first == again
        assert [m.id for m in await methods.list()].count(first.id) == 1
        with pytest.raises(errors.ConflictError) as caught:
            await methods.add(card("4111111111111111"), idempotency_key=key)
        assert caught.value.code == "idempotency_key_reused"


async def test_auto_charge_needs_a_card(portal: BackgroundPortal) -> None:
    async with await signed_in(portal) as client:
        methods = client.for_account(1).payment_methods
        for existing in await methods.list():
            await methods.remove(existing.id)
        assert not (await methods.auto_charge()).enabled
        with pytest.raises(errors.ConflictError) as caught:
            await methods.set_auto_charge(True)
        assert caught.value.code == "no_payment_method"
        only = await methods.add(card("4111111111111111"))
        assert only.is_default, "the only card is the default"
        assert (await methods.set_auto_charge(True)).enabled
        with pytest.raises(errors.ConflictError) as caught:
            await methods.remove(only.id)
        assert caught.value.code == "auto_charge_needs_method"
        assert not (await methods.set_auto_charge(False)).enabled
        await methods.remove(only.id)


async def test_the_card_number_is_nowhere_in_the_database_nor_the_logs(
    portal: BackgroundPortal, caplog: pytest.LogCaptureFixture
) -> None:
    number = "5105105105105100"
    caplog.set_level(logging.DEBUG)
    async with await signed_in(portal) as client:
        methods = client.for_account(1).payment_methods
        saved = await methods.add(card(number), idempotency_key="card-key-1")
        await methods.add(card(number), idempotency_key="card-key-1")  # replayed
        with pytest.raises(errors.ValidationFailedError):
            await methods.add(card(number[:-1] + "1"))  # a typo: refused
    assert saved.last4 == "5100"
    assert number not in caplog.text and number[:-1] not in caplog.text
    assert "510510510510" not in caplog.text

    database = portal.app.state.database
    with database.sessions() as db:
        row = db.scalar(select(PaymentMethodRow).where(PaymentMethodRow.id == saved.id))
        assert row is not None and len(row.token) >= 24 and number[-4:] == row.last4
        # every value of every row of every table
        dumped = []
        for table in inspect(database.engine).get_table_names():
            for values in db.execute(text(f'SELECT * FROM "{table}"')):
                dumped.append(" ".join(str(v) for v in values))
        everything = "\n".join(dumped)
    assert "510510510510" not in everything
    if database.engine.dialect.name == "sqlite":
        path = database.engine.url.database
        with database.engine.connect() as conn:
            conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        raw = _database_files(str(path))
        assert raw, "the database file was read"
        assert number.encode() not in raw and b"510510510510" not in raw
