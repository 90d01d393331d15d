"""The clock of the demo data: every date and time the demo writes is relative to the moment it
is made and never after it, whatever the hour and the reader's time zone.

A demo "day" is the calendar date that every time zone on Earth has already reached (the date at
UTC−12), so an invoice "issued today" is never dated tomorrow for a reader in Buenos Aires at
23:00 or in Tokyo at 08:00. A time of day on a past day is kept as it is; on the demo's own today
it is squeezed between that day's start and now, keeping its order among the others, so the
newest e-mail is still the newest and nothing is stamped ahead of the clock.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from .tables import utcnow

EARLIEST_OFFSET = dt.timedelta(hours=12)  # UTC−12, the last time zone to reach a date
DAY = dt.timedelta(days=1)


@dataclass(frozen=True)
class DemoClock:
    now: dt.datetime

    @classmethod
    def at(cls, now: dt.datetime | None = None) -> DemoClock:
        return cls((now or utcnow()).astimezone(dt.UTC))

    @property
    def today(self) -> dt.date:
        return (self.now - EARLIEST_OFFSET).date()

    def time(self, day: dt.date, hour: int = 9, minute: int = 0) -> dt.datetime:
        """``day`` at ``hour:minute`` UTC when that whole day is past; on a day not yet over, the
        same point of the span from the day's start to now (so before now, in the same order)."""
        start = dt.datetime.combine(day, dt.time(0), tzinfo=dt.UTC)
        offset = dt.timedelta(hours=hour, minutes=minute)
        if start + DAY <= self.now:
            return start + offset
        return start + max(self.now - start, dt.timedelta(0)) * (offset / DAY)
