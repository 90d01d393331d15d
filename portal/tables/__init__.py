"""The portal's database tables (SQLAlchemy 2, typed declarative mapping).

Money columns are ``Numeric(12, 2)``; dates are dates, instants are timezone-aware UTC.

One module per area; this package names every table, so ``from portal.tables import X``
works for all of them (and Alembic sees them all in ``Base.metadata``).
"""

from __future__ import annotations

from .accounts import (
    AuditRow,
    ClientRow,
    ContactRow,
    EmailMessageRow,
    InvitationRow,
    MembershipRow,
    PersonRow,
)
from .alerts import AlertDeliveryRow, AlertOutboxRow, AlertPreferenceRow, AlertProfileRow
from .base import NAMING_CONVENTION, Base, Money, UTCDateTime, utcnow
from .billing import (
    BillingSettingsRow,
    InvoiceItemRow,
    InvoiceRow,
    PaymentMethodRow,
    PaymentRow,
    QuoteItemRow,
    QuoteRow,
)
from .bookkeeping import IdempotencyKeyRow, JobClaimRow, WhmcsEventRow
from .domains import DomainRenewalRow, DomainRow
from .services import ProductPriceRow, ProductRow, ServiceCancellationRow, ServiceRow
from .sign_in import (
    AccessTokenRow,
    FailedAttemptRow,
    RecoveryCodeRow,
    SessionRow,
    SsoGrantRow,
    TotpRow,
    UsedRefreshTokenRow,
)
from .status import IncidentRow, IncidentUpdateRow, StatusComponentRow
from .support import (
    ChatMessageRow,
    ChatRow,
    DepartmentRow,
    TicketAttachmentRow,
    TicketMessageRow,
    TicketRow,
)

__all__ = [
    "NAMING_CONVENTION",
    "AccessTokenRow",
    "AlertDeliveryRow",
    "AlertOutboxRow",
    "AlertPreferenceRow",
    "AlertProfileRow",
    "AuditRow",
    "Base",
    "BillingSettingsRow",
    "ChatMessageRow",
    "ChatRow",
    "ClientRow",
    "ContactRow",
    "DepartmentRow",
    "DomainRenewalRow",
    "DomainRow",
    "EmailMessageRow",
    "FailedAttemptRow",
    "IdempotencyKeyRow",
    "IncidentRow",
    "IncidentUpdateRow",
    "InvitationRow",
    "InvoiceItemRow",
    "InvoiceRow",
    "JobClaimRow",
    "MembershipRow",
    "Money",
    "PaymentMethodRow",
    "PaymentRow",
    "PersonRow",
    "ProductPriceRow",
    "ProductRow",
    "QuoteItemRow",
    "QuoteRow",
    "RecoveryCodeRow",
    "ServiceCancellationRow",
    "ServiceRow",
    "SessionRow",
    "SsoGrantRow",
    "StatusComponentRow",
    "TicketAttachmentRow",
    "TicketMessageRow",
    "TicketRow",
    "TotpRow",
    "UTCDateTime",
    "UsedRefreshTokenRow",
    "WhmcsEventRow",
    "utcnow",
]
