"""The demo data is dated relative to the moment it is made and never after it, at any hour and
in any time zone (its days are the local days of the computer that makes it)."""

from __future__ import annotations

import datetime as dt
import os
import time
from collections.abc import Iterator

import pytest
from sqlalchemy import Date, select

from portal.db import Database
from portal.demo import seed_demo
from portal.demo_time import DemoClock
from portal.tables import Base, EmailMessageRow, InvoiceRow, UTCDateTime

# Dates the demo writes on purpose in the future: what is due or expires later.
FUTURE_DATES = {"due_on", "next_due_date", "expiry_date", "valid_until", "exp_year"}
ZONES = ["UTC", "America/Argentina/Buenos_Aires", "Asia/Tokyo"]


@pytest.fixture(params=ZONES)
def zone(request: pytest.FixtureRequest) -> Iterator[str]:
    before = os.environ.get("TZ")
    os.environ["TZ"] = request.param
    time.tzset()
    yield request.param
    if before is None:
        del os.environ["TZ"]
    else:
        os.environ["TZ"] = before
    time.tzset()


def clock_at(hour: int, minute: int) -> DemoClock:
    """Today at ``hour:minute`` local time."""
    today = dt.datetime.now().astimezone().date()
    return DemoClock.at(dt.datetime.combine(today, dt.time(hour, minute)).astimezone())


@pytest.mark.parametrize(("hour", "minute"), [(0, 5), (3, 0), (11, 59), (23, 30)])
def test_clock_times_are_never_after_now_and_keep_their_order(
    zone: str, hour: int, minute: int
) -> None:
    clock = clock_at(hour, minute)
    today = clock.today
    assert today == clock.now.astimezone().date()  # the local day, not the UTC one
    stamps = [
        clock.time(day, h, m)
        for day in (today - dt.timedelta(days=2), today - dt.timedelta(days=1), today)
        for h, m in ((0, 0), (6, 0), (11, 0), (23, 59))
    ]
    assert all(stamp < clock.now for stamp in stamps)
    assert stamps == sorted(stamps)
    assert len(set(stamps)) == len(stamps)
    assert all(stamp.tzinfo == dt.UTC for stamp in stamps)
    # a day that is over keeps its local hour
    assert clock.time(today - dt.timedelta(days=2), 6).astimezone().time() == dt.time(6, 0)
    # and today's stamps stay on today
    assert clock.time(today, 23, 59).astimezone().date() == today


@pytest.mark.parametrize(("hour", "minute"), [(3, 0), (23, 30)])
def test_demo_data_is_never_dated_after_it_was_made(
    empty_database_url: str, zone: str, hour: int, minute: int
) -> None:
    clock = clock_at(hour, minute)
    made_from = dt.datetime.now(dt.UTC)  # rows stamped by their column's default carry this time
    database = Database(empty_database_url)
    try:
        with database.sessions() as db:
            seed_demo(db, clock=clock, invoices_per_account=30)
            made_until = dt.datetime.now(dt.UTC)
            checked = 0
            for table in Base.metadata.sorted_tables:
                for column in table.columns:
                    if isinstance(column.type, UTCDateTime):
                        limit: object = clock.now
                    elif isinstance(column.type, Date) and column.name not in FUTURE_DATES:
                        limit = clock.today
                    else:
                        continue
                    for (value,) in db.execute(select(column).where(column.is_not(None))):
                        if limit is clock.now and made_from <= value <= made_until:
                            continue  # the column's default: the real clock, not the demo's
                        assert value <= limit, (table.name, column.name, value, limit)
                        checked += 1
            assert checked > 100
            # the newest e-mail is the one of the newest invoice
            newest = db.scalars(
                select(EmailMessageRow).order_by(EmailMessageRow.sent_at.desc()).limit(1)
            ).one()
            latest_invoice = db.scalars(
                select(InvoiceRow)
                .where(InvoiceRow.client_id == newest.client_id)
                .order_by(InvoiceRow.issued_on.desc(), InvoiceRow.id.desc())
                .limit(1)
            ).one()
            assert latest_invoice.number in newest.subject
    finally:
        database.dispose()
