"""Keyset pagination, newest first: one cursor format and one query shape for every long list.

A cursor is the (sort key, id) of the last row of a page, base64url-encoded; the next page holds
the rows strictly before it. Rows added meanwhile never shift a page, unlike OFFSET.
"""

from __future__ import annotations

import base64
import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, TypeVar, TypeVarTuple

from sqlalchemy import Select, and_, or_
from sqlalchemy.orm import InstrumentedAttribute

from .errors import FieldError

R = TypeVar("R")
Ts = TypeVarTuple("Ts")


def aware_datetime(text: str) -> dt.datetime:
    value = dt.datetime.fromisoformat(text)
    if value.tzinfo is None:
        raise ValueError("naive datetime in a cursor")
    return value


@dataclass(frozen=True)
class Keyset:
    key: InstrumentedAttribute[Any]  # the sort column (newest first)
    ident: InstrumentedAttribute[int]  # the tie-breaker
    parse: Callable[[str], Any]  # cursor text -> a value of ``key``

    def apply(self, query: Select[*Ts], cursor: str | None, limit: int) -> Select[*Ts]:
        """Order newest first, start after ``cursor``, and fetch one row more than a page."""
        if cursor:
            key, ident = self.decode(cursor)
            query = query.where(or_(self.key < key, and_(self.key == key, self.ident < ident)))
        return query.order_by(self.key.desc(), self.ident.desc()).limit(limit + 1)

    def page(
        self, rows: Sequence[R], limit: int, position: Callable[[R], tuple[Any, int]]
    ) -> tuple[list[R], str | None]:
        """The page's rows and the cursor of the next page (None on the last one)."""
        if len(rows) <= limit:
            return list(rows), None
        key, ident = position(rows[limit - 1])
        return list(rows[:limit]), self.encode(key, ident)

    @staticmethod
    def encode(key: Any, ident: int) -> str:
        text = key.isoformat() if isinstance(key, dt.date) else str(key)
        return base64.urlsafe_b64encode(f"{text}|{ident}".encode()).decode().rstrip("=")

    def decode(self, cursor: str) -> tuple[Any, int]:
        try:
            raw = base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4)).decode()
            key, separator, ident = raw.rpartition("|")
            if not separator:
                raise ValueError(raw)
            return self.parse(key), int(ident)
        except (ValueError, UnicodeDecodeError) as exc:
            raise FieldError.one(
                "cursor", "invalid_cursor", "This page cursor is not valid"
            ) from exc
