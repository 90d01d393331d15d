"""How values read on screen: money with its currency, dates and times in the user's locale,
statuses in the user's language. The functions live in ``app.formatting`` (QtCore only), so the
status bar messages, the notifications and the CSV export read the same as the views."""

from __future__ import annotations

from app.formatting import (
    ACCOUNT_FIELDS,
    account_field,
    amount,
    cycle,
    date,
    date_time,
    invoice_status,
    money,
    money_with_code,
    names,
    permission,
    portal_words,
    qdate,
    status,
    time,
)

__all__ = [
    "ACCOUNT_FIELDS",
    "account_field",
    "amount",
    "cycle",
    "date",
    "date_time",
    "invoice_status",
    "money",
    "money_with_code",
    "names",
    "permission",
    "portal_words",
    "qdate",
    "status",
    "time",
]
