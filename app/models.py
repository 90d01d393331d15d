"""The data types views read (the portal's wire models), handed to ``ui`` through ``app`` so that
``ui`` never imports ``api_client``."""

from api_client.models import (
    AccountAccess,
    AccountDetails,
    BillingCycle,
    Invoice,
    InvoiceDetail,
    InvoiceFilter,
    InvoiceItem,
    InvoiceStatus,
    Permission,
    Service,
    ServiceStatus,
)

__all__ = [
    "AccountAccess",
    "AccountDetails",
    "BillingCycle",
    "Invoice",
    "InvoiceDetail",
    "InvoiceFilter",
    "InvoiceItem",
    "InvoiceStatus",
    "Permission",
    "Service",
    "ServiceStatus",
]
