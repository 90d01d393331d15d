"""The clock of the demo data: every date and time the demo writes is relative to the moment it
is made and never after it, whatever the hour and time zone.

The demo's days are the calendar days of the computer that makes the data (the user's own, for
the embedded demo), not UTC days: for a user in Buenos Aires at 22:00 an invoice "issued today"
is dated today, not tomorrow. A time of day on a day already over is that local time; on today it
is squeezed between today's start and now, keeping its order among the others, so the newest
e-mail is still the newest and nothing is stamped ahead of the clock.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from .tables import utcnow


def _local_start(day: dt.date) -> dt.datetime:
    """Midnight of ``day`` in this computer's time zone, as an aware instant."""
    return dt.datetime.combine(day, dt.time(0)).astimezone()


@dataclass(frozen=True)
class DemoClock:
    now: dt.datetime

    @classmethod
    def at(cls, now: dt.datetime | None = None) -> DemoClock:
        return cls((now or utcnow()).astimezone(dt.UTC))

    @property
    def today(self) -> dt.date:
        return self.now.astimezone().date()

    def time(self, day: dt.date, hour: int = 9, minute: int = 0) -> dt.datetime:
        """``day`` at ``hour:minute`` local time when that whole day is over; on a day not yet
        over, the same point of the span from the day's start to now (so before now, in the
        same order). Returned in UTC."""
        start = _local_start(day)
        end = _local_start(day + dt.timedelta(days=1))
        if end <= self.now:
            stamp = (dt.datetime.combine(day, dt.time(hour, minute))).astimezone()
        else:
            share = dt.timedelta(hours=hour, minutes=minute) / dt.timedelta(days=1)
            stamp = start + max(self.now - start, dt.timedelta(0)) * share
        return stamp.astimezone(dt.UTC)
