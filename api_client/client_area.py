"""Client namespaces of the client area: service changes, domains, billing (pay, PDF), quotes,
tickets; and, on ``PortalClient``, the public service status and catalog and the staff desk."""

from __future__ import annotations

import builtins

from .chat_socket import ChatLink, ChatListener
from .models import (
    AttachmentUpload,
    BillingCycle,
    Cancellation,
    CancellationRequest,
    CancellationsApplied,
    CancellationType,
    Chat,
    ChatCreate,
    ChatDetail,
    ChatMessage,
    ChatMessageCreate,
    ChatStatus,
    ClientMatch,
    Dashboard,
    Department,
    Domain,
    DomainAvailability,
    DomainRenewal,
    DomainRenewRequest,
    DomainTransferOut,
    DomainUpdate,
    Incident,
    IncidentChange,
    IncidentCreate,
    Invoice,
    Nameservers,
    NameserversUpdate,
    OrderCreate,
    OrderResult,
    OwnerChangeRequest,
    Payment,
    PaymentResult,
    PayRequest,
    Product,
    Quote,
    QuoteCreate,
    QuoteDetail,
    ServiceDetail,
    ServiceStatusPage,
    StaffReply,
    Ticket,
    TicketCreate,
    TicketDetail,
    TicketPriority,
    TicketReply,
    TicketStatus,
    TicketStatusUpdate,
    UpgradeOptions,
    UpgradeQuote,
    UpgradeRequest,
    UpgradeResult,
)
from .transport import API_PREFIX, ReconnectPolicy, Transport


class ServiceActionsAPI:
    """Upgrade/downgrade, cancellation and change of owner of the account's services."""

    def __init__(self, transport: Transport, account_id: int) -> None:
        self._t = transport
        self._base = f"/accounts/{account_id}/services"

    async def upgrade_options(self, service_id: int) -> UpgradeOptions:
        return await self._t.request(
            "GET", f"{self._base}/{service_id}/upgrade-options", model=UpgradeOptions
        )

    async def upgrade_quote(self, service_id: int, product_id: int) -> UpgradeQuote:
        return await self._t.request(
            "GET",
            f"{self._base}/{service_id}/upgrade-quote",
            params={"product_id": product_id},
            model=UpgradeQuote,
        )

    async def upgrade(
        self, service_id: int, product_id: int, *, idempotency_key: str | None = None
    ) -> UpgradeResult:
        return await self._t.request(
            "POST",
            f"{self._base}/{service_id}/upgrade",
            json=UpgradeRequest(product_id=product_id),
            model=UpgradeResult,
            costs_money=True,
            idempotency_key=idempotency_key,
        )

    async def cancel(
        self,
        service_id: int,
        type: CancellationType,
        password: str,
        *,
        reason: str = "",
        idempotency_key: str | None = None,
    ) -> Cancellation:
        return await self._t.request(
            "POST",
            f"{self._base}/{service_id}/cancellation",
            json=CancellationRequest(type=type, password=password, reason=reason),
            model=Cancellation,
            costs_money=True,
            idempotency_key=idempotency_key,
        )

    async def cancellation(self, service_id: int) -> Cancellation:
        return await self._t.request(
            "GET", f"{self._base}/{service_id}/cancellation", model=Cancellation
        )

    async def request_owner_change(
        self,
        service_id: int,
        target_email: str,
        message: str = "",
        *,
        idempotency_key: str | None = None,
    ) -> Ticket:
        return await self._t.request(
            "POST",
            f"{self._base}/{service_id}/owner-change",
            json=OwnerChangeRequest(target_email=target_email, message=message),
            model=Ticket,
            costs_money=True,  # opens a ticket: sent with a key, kept across retries
            idempotency_key=idempotency_key,
        )


class DomainsAPI:
    def __init__(self, transport: Transport, account_id: int) -> None:
        self._t = transport
        self._base = f"/accounts/{account_id}/domains"

    async def list(self) -> list[Domain]:
        return await self._t.request("GET", self._base, model=list[Domain])

    async def get(self, domain_id: int) -> Domain:
        return await self._t.request("GET", f"{self._base}/{domain_id}", model=Domain)

    async def set_auto_renew(self, domain_id: int, auto_renew: bool) -> Domain:
        return await self._t.request(
            "PATCH",
            f"{self._base}/{domain_id}",
            json=DomainUpdate(auto_renew=auto_renew),
            model=Domain,
        )

    async def delete(self, domain_id: int) -> None:
        """Always refused by the portal (``domains_cannot_be_cancelled``)."""
        await self._t.request("DELETE", f"{self._base}/{domain_id}")

    async def renew(
        self, domain_id: int, years: int, *, idempotency_key: str | None = None
    ) -> DomainRenewal:
        return await self._t.request(
            "POST",
            f"{self._base}/{domain_id}/renew",
            json=DomainRenewRequest(years=years),
            model=DomainRenewal,
            costs_money=True,
            idempotency_key=idempotency_key,
        )

    async def nameservers(self, domain_id: int) -> builtins.list[str]:
        answer = await self._t.request(
            "GET", f"{self._base}/{domain_id}/nameservers", model=Nameservers
        )
        return answer.nameservers

    async def set_nameservers(
        self, domain_id: int, nameservers: builtins.list[str]
    ) -> builtins.list[str]:
        answer = await self._t.request(
            "PUT",
            f"{self._base}/{domain_id}/nameservers",
            json=NameserversUpdate(nameservers=nameservers),
            model=Nameservers,
        )
        return answer.nameservers

    async def transfer_out(self, domain_id: int) -> DomainTransferOut:
        return await self._t.request(
            "POST", f"{self._base}/{domain_id}/transfer-out", model=DomainTransferOut
        )


class BillingAPI:
    """Paying invoices with a saved card, their payments, and the invoice PDF."""

    def __init__(self, transport: Transport, account_id: int) -> None:
        self._t = transport
        self._base = f"/accounts/{account_id}/invoices"

    async def pay(
        self, invoice_id: int, payment_method_id: int, *, idempotency_key: str | None = None
    ) -> PaymentResult:
        return await self._t.request(
            "POST",
            f"{self._base}/{invoice_id}/pay",
            json=PayRequest(payment_method_id=payment_method_id),
            model=PaymentResult,
            costs_money=True,
            idempotency_key=idempotency_key,
        )

    async def payments(self, invoice_id: int) -> list[Payment]:
        return await self._t.request(
            "GET", f"{self._base}/{invoice_id}/payments", model=list[Payment]
        )

    async def invoice_pdf(self, invoice_id: int) -> bytes:
        return await self._t.get_bytes(f"{self._base}/{invoice_id}/pdf")


class QuotesAPI:
    def __init__(self, transport: Transport, account_id: int) -> None:
        self._t = transport
        self._base = f"/accounts/{account_id}/quotes"

    async def list(self) -> list[Quote]:
        return await self._t.request("GET", self._base, model=list[Quote])

    async def get(self, quote_id: int) -> QuoteDetail:
        return await self._t.request("GET", f"{self._base}/{quote_id}", model=QuoteDetail)

    async def accept(self, quote_id: int, *, idempotency_key: str | None = None) -> QuoteDetail:
        return await self._t.request(
            "POST",
            f"{self._base}/{quote_id}/accept",
            model=QuoteDetail,
            costs_money=True,
            idempotency_key=idempotency_key,
        )

    async def decline(self, quote_id: int) -> QuoteDetail:
        """The quote becomes Lost; it costs nothing and asking twice answers the same."""
        return await self._t.request("POST", f"{self._base}/{quote_id}/decline", model=QuoteDetail)


class TicketsAPI:
    def __init__(self, transport: Transport, account_id: int) -> None:
        self._t = transport
        self._account = f"/accounts/{account_id}"
        self._base = f"/accounts/{account_id}/tickets"

    async def departments(self) -> list[Department]:
        return await self._t.request("GET", f"{self._account}/departments", model=list[Department])

    async def list(self, *, status: TicketStatus | None = None) -> list[Ticket]:
        params = {"status": status.value if status else None}
        return await self._t.request("GET", self._base, params=params, model=list[Ticket])

    async def open(
        self,
        *,
        department_id: int,
        subject: str,
        message: str,
        priority: TicketPriority = TicketPriority.MEDIUM,
        service_id: int | None = None,
        attachments: builtins.list[AttachmentUpload] | None = None,
        idempotency_key: str | None = None,
    ) -> TicketDetail:
        body = TicketCreate(
            department_id=department_id,
            subject=subject,
            message=message,
            priority=priority,
            service_id=service_id,
            attachments=attachments or [],
        )
        return await self._t.request(
            "POST",
            self._base,
            json=body,
            model=TicketDetail,
            costs_money=True,
            idempotency_key=idempotency_key,
        )

    async def get(self, ticket_id: int) -> TicketDetail:
        return await self._t.request("GET", f"{self._base}/{ticket_id}", model=TicketDetail)

    async def reply(
        self,
        ticket_id: int,
        message: str,
        attachments: builtins.list[AttachmentUpload] | None = None,
        *,
        idempotency_key: str | None = None,
    ) -> TicketDetail:
        return await self._t.request(
            "POST",
            f"{self._base}/{ticket_id}/replies",
            json=TicketReply(message=message, attachments=attachments or []),
            model=TicketDetail,
            costs_money=True,
            idempotency_key=idempotency_key,
        )

    async def close(self, ticket_id: int) -> TicketDetail:
        return await self._t.request("POST", f"{self._base}/{ticket_id}/close", model=TicketDetail)

    async def attachment(self, ticket_id: int, attachment_id: int) -> bytes:
        return await self._t.get_bytes(f"{self._base}/{ticket_id}/attachments/{attachment_id}")


class DashboardAPI:
    def __init__(self, transport: Transport, account_id: int) -> None:
        self._t = transport
        self._path = f"/accounts/{account_id}/dashboard"

    async def get(self) -> Dashboard:
        return await self._t.request("GET", self._path, model=Dashboard)


class OrdersAPI:
    def __init__(self, transport: Transport, account_id: int) -> None:
        self._t = transport
        self._path = f"/accounts/{account_id}/orders"

    async def place(self, order: OrderCreate, *, idempotency_key: str | None = None) -> OrderResult:
        return await self._t.request(
            "POST",
            self._path,
            json=order,
            model=OrderResult,
            costs_money=True,
            idempotency_key=idempotency_key,
        )

    async def product(
        self,
        product_id: int,
        billing_cycle: BillingCycle,
        *,
        domain: str = "",
        idempotency_key: str | None = None,
    ) -> OrderResult:
        order = OrderCreate(product_id=product_id, billing_cycle=billing_cycle, domain=domain)
        return await self.place(order, idempotency_key=idempotency_key)

    async def domain(
        self, name: str, years: int = 1, *, idempotency_key: str | None = None
    ) -> OrderResult:
        order = OrderCreate(register_domain=name, years=years)
        return await self.place(order, idempotency_key=idempotency_key)


class PublicAPI:
    """What the portal shows without signing in: service status, catalog, domain availability."""

    def __init__(self, transport: Transport) -> None:
        self._t = transport

    async def status(self) -> ServiceStatusPage:
        return await self._t.request("GET", "/status", model=ServiceStatusPage, auth=False)

    async def catalog(self, currency: str | None = None) -> list[Product]:
        return await self._t.request(
            "GET", "/catalog", params={"currency": currency}, model=list[Product], auth=False
        )

    async def domain_availability(
        self, name: str, currency: str | None = None
    ) -> DomainAvailability:
        """Whether ``name`` can be registered, with a year's price in ``currency`` if given."""
        return await self._t.request(
            "GET",
            "/domains/availability",
            params={"name": name, "currency": currency},
            model=DomainAvailability,
            auth=False,
        )


class StaffAPI:
    """The staff desk; a person who is not staff gets ForbiddenError code ``staff_only``."""

    def __init__(self, transport: Transport) -> None:
        self._t = transport
        self.chats = StaffChatsAPI(transport)

    async def find_clients(self, q: str) -> list[ClientMatch]:
        return await self._t.request(
            "GET", "/staff/clients", params={"q": q}, model=list[ClientMatch]
        )

    async def tickets(
        self, *, department_id: int | None = None, status: TicketStatus | None = None
    ) -> list[Ticket]:
        params = {"department_id": department_id, "status": status.value if status else None}
        return await self._t.request("GET", "/staff/tickets", params=params, model=list[Ticket])

    async def ticket(self, ticket_id: int) -> TicketDetail:
        return await self._t.request("GET", f"/staff/tickets/{ticket_id}", model=TicketDetail)

    async def reply(
        self, ticket_id: int, message: str, *, idempotency_key: str | None = None
    ) -> TicketDetail:
        return await self._t.request(
            "POST",
            f"/staff/tickets/{ticket_id}/replies",
            json=StaffReply(message=message),
            model=TicketDetail,
            costs_money=True,
            idempotency_key=idempotency_key,
        )

    async def set_ticket_status(self, ticket_id: int, status: TicketStatus) -> TicketDetail:
        return await self._t.request(
            "PATCH",
            f"/staff/tickets/{ticket_id}",
            json=TicketStatusUpdate(status=status),
            model=TicketDetail,
        )

    async def suspend_service(self, service_id: int) -> ServiceDetail:
        return await self._t.request(
            "POST", f"/staff/services/{service_id}/suspend", model=ServiceDetail
        )

    async def reactivate_service(self, service_id: int) -> ServiceDetail:
        return await self._t.request(
            "POST", f"/staff/services/{service_id}/reactivate", model=ServiceDetail
        )

    async def terminate_service(self, service_id: int) -> ServiceDetail:
        return await self._t.request(
            "POST", f"/staff/services/{service_id}/terminate", model=ServiceDetail
        )

    async def cancel_invoice(self, invoice_id: int) -> Invoice:
        return await self._t.request("POST", f"/staff/invoices/{invoice_id}/cancel", model=Invoice)

    async def make_quote(
        self, account_id: int, quote: QuoteCreate, *, idempotency_key: str | None = None
    ) -> QuoteDetail:
        return await self._t.request(
            "POST",
            f"/staff/accounts/{account_id}/quotes",
            json=quote,
            model=QuoteDetail,
            costs_money=True,
            idempotency_key=idempotency_key,
        )

    async def delete_domain(self, domain_id: int) -> None:
        await self._t.request("DELETE", f"/staff/domains/{domain_id}")

    async def apply_due_cancellations(self) -> CancellationsApplied:
        return await self._t.request(
            "POST", "/staff/jobs/apply-cancellations", model=CancellationsApplied
        )

    async def post_incident(
        self, incident: IncidentCreate, *, idempotency_key: str | None = None
    ) -> Incident:
        return await self._t.request(
            "POST",
            "/staff/incidents",
            json=incident,
            model=Incident,
            costs_money=True,
            idempotency_key=idempotency_key,
        )

    async def update_incident(
        self, incident_id: int, change: IncidentChange, *, idempotency_key: str | None = None
    ) -> Incident:
        return await self._t.request(
            "POST",
            f"/staff/incidents/{incident_id}/updates",
            json=change,
            model=Incident,
            costs_money=True,
            idempotency_key=idempotency_key,
        )


class ChatsAPI:
    """Live chat over REST: open, list, history, send, close. The live stream itself is a
    WebSocket at :meth:`socket_url`, kept connected by :meth:`live` (``chat_socket``)."""

    def __init__(self, transport: Transport, account_id: int) -> None:
        self._t = transport
        self._base = f"/accounts/{account_id}/chats"

    async def open(
        self, subject: str, message: str = "", *, idempotency_key: str | None = None
    ) -> ChatDetail:
        return await self._t.request(
            "POST",
            self._base,
            json=ChatCreate(subject=subject, message=message),
            model=ChatDetail,
            costs_money=True,
            idempotency_key=idempotency_key,
        )

    async def list(self) -> list[Chat]:
        return await self._t.request("GET", self._base, model=list[Chat])

    async def history(self, chat_id: int) -> ChatDetail:
        return await self._t.request("GET", f"{self._base}/{chat_id}", model=ChatDetail)

    async def send(
        self, chat_id: int, body: str, *, idempotency_key: str | None = None
    ) -> ChatMessage:
        return await self._t.request(
            "POST",
            f"{self._base}/{chat_id}/messages",
            json=ChatMessageCreate(body=body),
            model=ChatMessage,
            costs_money=True,
            idempotency_key=idempotency_key,
        )

    async def close(self, chat_id: int) -> ChatDetail:
        return await self._t.request("POST", f"{self._base}/{chat_id}/close", model=ChatDetail)

    def live(
        self, chat_id: int, listener: ChatListener, policy: ReconnectPolicy | None = None
    ) -> ChatLink:
        """The chat's live connection: ``await link.run()`` keeps it open until the chat ends."""
        return ChatLink(self, self._t, chat_id, listener, policy)

    def socket_url(self, chat_id: int) -> str:
        """ws:// or wss:// address of the chat's socket (authenticate with the first frame
        ``{"type": "auth", "access_token": ...}``)."""
        return chat_socket_url(self._t.base_url, chat_id)


def chat_socket_url(base_url: str, chat_id: int) -> str:
    scheme, _, rest = base_url.partition("://")
    ws = "wss" if scheme == "https" else "ws"
    return f"{ws}://{rest.rstrip('/')}{API_PREFIX}/chats/{chat_id}/ws"


class StaffChatsAPI:
    def __init__(self, transport: Transport) -> None:
        self._t = transport

    async def queue(self, status: ChatStatus | None = None) -> list[Chat]:
        params = {"status": status.value if status else None}
        return await self._t.request("GET", "/staff/chats", params=params, model=list[Chat])

    async def take(self, chat_id: int) -> ChatDetail:
        return await self._t.request("POST", f"/staff/chats/{chat_id}/take", model=ChatDetail)

    async def history(self, chat_id: int) -> ChatDetail:
        return await self._t.request("GET", f"/staff/chats/{chat_id}", model=ChatDetail)

    async def send(
        self, chat_id: int, body: str, *, idempotency_key: str | None = None
    ) -> ChatMessage:
        return await self._t.request(
            "POST",
            f"/staff/chats/{chat_id}/messages",
            json=ChatMessageCreate(body=body),
            model=ChatMessage,
            costs_money=True,
            idempotency_key=idempotency_key,
        )

    async def close(self, chat_id: int) -> ChatDetail:
        return await self._t.request("POST", f"/staff/chats/{chat_id}/close", model=ChatDetail)
