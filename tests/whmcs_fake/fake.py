"""A fake of WHMCS's ``includes/api.php``: a real HTTP server on loopback that answers the actions
the portal's WHMCS backend calls, the way WHMCS's API reference says WHMCS answers them.

It lives under ``tests/`` and not in ``portal/``: it is a test double, never a thing a host runs,
and it must not ship in the portal's wheel where a misconfigured host could point production at
it. From a checkout, ``python -m tests.whmcs_fake`` serves it for trying the WHMCS backend by hand.

Every reference below is a page of WHMCS's public API reference, the repository
``WHMCS/developer-docs``, folder ``api-reference/`` (one file per action, e.g.
``api-reference/getinvoices.md``), and its pages ``api/authentication`` and
``api/access-control`` on developers.whmcs.com. Quirks reproduced on purpose:

* errors are HTTP 200 with ``{"result": "error", "message": ...}`` (every action page's
  "Error Responses" next to the 200 example); an action the API role does not allow is a 403;
* numbers travel as strings (``"userid": "1"``, ``"total": "15.95"``) wherever the action's
  example shows them so, and as JSON numbers where it shows those (GetUsers);
* lists answer 25 rows unless ``limitnum`` says otherwise ("limitnum ... (default: 25)");
* empty dates are ``0000-00-00`` / ``0000-00-00 00:00:00`` (getinvoice.md's ``datepaid``,
  getclientsproducts.md's ``overidesuspenduntil``);
* flattened keys (``invoices[invoice][0][id]``) in the actions whose example answers show them
  (getinvoices.md, getinvoice.md, getclientsdomains.md, getclientsdetails.md), nested objects in
  those whose examples nest (getclientsproducts.md, gettickets.md, getticket.md, getusers.md);
* list actions without ``clientid`` answer every client's rows (getclientsproducts.md,
  gettickets.md, getclientsdomains.md, getinvoices.md: the client id is "Optional");
* admin-only data in the answers: service ``password`` and ``notes``, the client's admin
  ``notes`` (twice: GetClientsDetails repeats the client's fields at the top level), the
  domain's ``notes``, the ticket's staff ``notes``;
* writes (OpenTicket, AddTicketReply) refuse with the texts of their pages' "Error Responses",
  checked in the order those pages list them, and take ``attachments`` as base64 of a JSON list
  of ``{name, data}`` with ``data`` base64 (openticket.md, addticketreply.md examples).

For the tests of what a caller does when WHMCS misbehaves, :meth:`FakeWhmcs.lose_answer` makes
an action do its work and drop the connection before answering, and :meth:`FakeWhmcs.hold`
keeps an action waiting until the test lets it go.
"""

from __future__ import annotations

import base64
import binascii
import datetime as dt
import json
import secrets
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from decimal import Decimal
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs

Answer = dict[str, Any]

EMPTY_DATE = "0000-00-00"
EMPTY_DATETIME = "0000-00-00 00:00:00"
# the permission names of WHMCS users on a client (DESIGN.md's vocabulary; getpermissionslist.md)
ALL_PERMISSIONS = [
    "profile",
    "contacts",
    "products",
    "manageproducts",
    "productsso",
    "domains",
    "managedomains",
    "invoices",
    "quotes",
    "tickets",
    "affiliates",
    "emails",
    "orders",
]


# the client fields UpdateClient changes here (updateclient.md, and tax_id)
UPDATABLE = (
    "firstname",
    "lastname",
    "companyname",
    "email",
    "address1",
    "address2",
    "city",
    "state",
    "postcode",
    "country",
    "phonenumber",
    "tax_id",
    "language",
)


class ApiError(Exception):
    """An error answer: HTTP 200 with result=error unless ``status`` says otherwise."""

    def __init__(self, message: str, status: int = 200) -> None:
        super().__init__(message)
        self.message = message
        self.status = status


# ---- the data ---------------------------------------------------------------------------------


@dataclass
class User:
    id: int
    email: str
    firstname: str
    lastname: str
    password: str
    two_factor: bool = False
    # client id -> permissions; None for the owner (who holds all)
    clients: dict[int, list[str] | None] = field(default_factory=dict)


@dataclass
class Client:
    id: int
    firstname: str
    lastname: str
    email: str
    companyname: str = ""
    address1: str = ""
    address2: str = ""
    city: str = ""
    state: str = ""
    postcode: str = ""
    country: str = "AR"
    phonenumber: str = ""
    language: str = "spanish"
    currency_code: str = "ARS"
    notes: str = ""  # admin notes: never for the customer
    datecreated: dt.date = field(default_factory=lambda: dt.date(2020, 1, 1))
    tax_id: str = ""


@dataclass
class Service:
    id: int
    clientid: int
    name: str
    groupname: str
    domain: str
    recurringamount: Decimal
    billingcycle: str
    regdate: dt.date
    nextduedate: dt.date | None
    status: str
    username: str = ""
    password: str = "s3cr3t-panel-password"  # admin-only unless manageproducts
    notes: str = ""  # admin notes
    servername: str = "srv1"
    dedicatedip: str = ""
    firstpaymentamount: Decimal | None = None


@dataclass
class Item:
    id: int
    description: str
    amount: Decimal
    type: str = "Hosting"
    relid: int = 0
    taxed: bool = False


@dataclass
class Invoice:
    id: int
    userid: int
    date: dt.date
    duedate: dt.date
    status: str
    items: list[Item]
    datepaid: dt.datetime | None = None
    invoicenum: str = ""
    taxrate: Decimal = Decimal("0.00")
    credit: Decimal = Decimal("0.00")
    amountpaid: Decimal = Decimal("0.00")
    notes: str = ""
    paymentmethod: str = "banktransfer"
    currencycode: str = "ARS"

    @property
    def subtotal(self) -> Decimal:
        return sum((item.amount for item in self.items), Decimal("0.00"))

    @property
    def tax(self) -> Decimal:
        taxed = sum((item.amount for item in self.items if item.taxed), Decimal("0.00"))
        return (taxed * self.taxrate / 100).quantize(Decimal("0.01"))

    @property
    def total(self) -> Decimal:
        return self.subtotal + self.tax - self.credit


@dataclass
class Domain:
    id: int
    userid: int
    domainname: str
    regdate: dt.date
    expirydate: dt.date
    nextduedate: dt.date
    status: str = "Active"
    recurringamount: Decimal = Decimal("2500.00")
    donotrenew: bool = False
    notes: str = ""  # admin notes


@dataclass
class Reply:
    date: dt.datetime
    message: str
    admin: str = ""  # the staff member's name when staff wrote it
    attachments: list[str] = field(default_factory=list)  # the files' names


@dataclass
class Ticket:
    id: int
    tid: str
    userid: int
    deptid: int
    subject: str
    status: str
    priority: str
    date: dt.datetime
    replies: list[Reply]
    staff_notes: list[str] = field(default_factory=list)
    service_id: int | None = None
    user_id: int = 0  # the WHMCS user who opened it (openticket.md's userid, 8.5)
    c: str = ""  # the code to reach it in the client area (openticket.md)


@dataclass
class Email:
    id: int
    userid: int
    subject: str
    message: str  # full HTML
    date: dt.datetime
    to: str


@dataclass
class Quote:
    id: int
    userid: int
    subject: str
    stage: str
    total: Decimal
    validuntil: dt.date
    adminnotes: str = ""


@dataclass
class WhmcsData:
    users: list[User] = field(default_factory=list)
    clients: list[Client] = field(default_factory=list)
    services: list[Service] = field(default_factory=list)
    invoices: list[Invoice] = field(default_factory=list)
    domains: list[Domain] = field(default_factory=list)
    tickets: list[Ticket] = field(default_factory=list)
    emails: list[Email] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    departments: dict[int, str] = field(
        default_factory=lambda: {1: "Soporte técnico", 2: "Facturación"}
    )
    # the departments the API credential's admin belongs to: the others are hidden unless
    # ignore_dept_assignments is passed (gettickets.md, getsupportdepartments.md)
    admin_departments: set[int] = field(default_factory=lambda: {2})

    def client(self, client_id: int) -> Client | None:
        return next((c for c in self.clients if c.id == client_id), None)

    def user(self, user_id: int) -> User | None:
        return next((u for u in self.users if u.id == user_id), None)


RESELLER_EMAIL = "reseller@estudio-pereyra.com.ar"
RESELLER_PASSWORD = "Revendedor-2026"
OTHER_EMAIL = "ajeno@otrocliente.com.ar"
TWO_FACTOR_EMAIL = "doble@factor.com.ar"
PASSWORD = "Clave-del-cliente-1"


def seed(today: dt.date | None = None) -> WhmcsData:
    """A small installation dated around ``today``: a reseller who owns client 1 and reaches
    client 2 with some permissions, client 2's owner, a stranger's client 3 (with more than 25
    invoices, to page through), and a user with two-factor."""
    today = today or dt.datetime.now(dt.UTC).date()
    day = dt.timedelta(days=1)
    data = WhmcsData()
    data.clients = [
        Client(
            1,
            "Lucía",
            "Pereyra",
            "lucia@estudio-pereyra.com.ar",
            "Estudio Pereyra",
            notes="VIP: no cortar",
        ),
        Client(
            2,
            "Martín",
            "Giménez",
            "martin@gimenez-diseno.com.ar",
            "Giménez Diseño",
            notes="pagó tarde 2 veces",
        ),
        Client(3, "Ana", "Ajena", OTHER_EMAIL, "Otro Cliente SA"),
        Client(4, "Dora", "Doble", TWO_FACTOR_EMAIL),
    ]
    data.users = [
        User(
            1,
            RESELLER_EMAIL,
            "Lucía",
            "Pereyra",
            RESELLER_PASSWORD,
            clients={1: None, 2: ["profile", "products", "invoices"]},
        ),
        User(2, "martin@gimenez-diseno.com.ar", "Martín", "Giménez", PASSWORD, clients={2: None}),
        User(3, OTHER_EMAIL, "Ana", "Ajena", PASSWORD, clients={3: None}),
        User(4, TWO_FACTOR_EMAIL, "Dora", "Doble", PASSWORD, two_factor=True, clients={4: None}),
        # starts like the reseller's address: GetUsers' search matches it too
        User(5, "reseller@estudio-pereyra.com.ar.old", "Lucía", "Vieja", PASSWORD, clients={}),
    ]
    data.services = [
        Service(
            1,
            1,
            "Hosting Plus",
            "Hosting",
            "estudio-pereyra.com.ar",
            Decimal("12000.00"),
            "Annually",
            today - 200 * day,
            today + 165 * day,
            "Active",
            "pereyra",
        ),
        Service(
            2,
            1,
            "Correo Pro",
            "Correo",
            "estudio-pereyra.com.ar",
            Decimal("1500.00"),
            "Monthly",
            today - 40 * day,
            today + 20 * day,
            "Suspended",
            "pereyram",
        ),
        Service(
            3,
            2,
            "Hosting Inicial",
            "Hosting",
            "gimenez-diseno.com.ar",
            Decimal("6000.00"),
            "Annually",
            today - 100 * day,
            today + 265 * day,
            "Active",
            "gimenez",
        ),
        Service(
            4,
            3,
            "VPS 2",
            "Servidores",
            "otrocliente.com.ar",
            Decimal("30000.00"),
            "Monthly",
            today - 10 * day,
            today + 20 * day,
            "Active",
            "otro",
        ),
        Service(
            5,
            2,
            "Dominio gratis",
            "Extras",
            "",
            Decimal("0.00"),
            "Free Account",
            today - 100 * day,
            None,
            "Active",
        ),
    ]
    data.invoices = [
        Invoice(
            1,
            1,
            today - 30 * day,
            today - 20 * day,
            "Unpaid",
            [Item(1, "Hosting Plus (anual)", Decimal("12000.00"), relid=1, taxed=True)],
            taxrate=Decimal("21.00"),
            invoicenum="A-0001",
            notes="Gracias por su compra",
        ),
        Invoice(
            2,
            1,
            today - 5 * day,
            today + 5 * day,
            "Paid",
            [Item(2, "Correo Pro (mensual)", Decimal("1500.00"), relid=2)],
            datepaid=dt.datetime.combine(today - 2 * day, dt.time(10, 30)),
        ),
        Invoice(
            3,
            2,
            today - 3 * day,
            today + 7 * day,
            "Unpaid",
            [Item(3, "Hosting Inicial (anual)", Decimal("6000.00"), relid=3)],
        ),
    ]
    # the stranger's 30 invoices: more than one default page of 25
    for n in range(30):
        data.invoices.append(
            Invoice(
                4 + n,
                3,
                today - (60 - n) * day,
                today - (50 - n) * day,
                "Paid",
                [Item(4 + n, f"VPS 2 mes {n + 1}", Decimal("30000.00"), relid=4)],
                datepaid=dt.datetime.combine(today - (55 - n) * day, dt.time(9)),
            )
        )
    data.domains = [
        Domain(
            1,
            1,
            "estudio-pereyra.com.ar",
            today - 300 * day,
            today + 65 * day,
            today + 65 * day,
            notes="transferido desde NIC",
        ),
        Domain(
            2,
            2,
            "gimenez-diseno.com.ar",
            today - 100 * day,
            today + 265 * day,
            today + 265 * day,
            donotrenew=True,
        ),
        Domain(3, 3, "otrocliente.com.ar", today - 10 * day, today + 355 * day, today + 355 * day),
    ]
    now = dt.datetime.combine(today, dt.time(12))
    data.tickets = [
        Ticket(
            1,
            "482913",
            1,
            1,
            "No llegan los correos",
            "Answered",
            "High",
            now - 2 * day,
            [
                Reply(now - 2 * day, "Desde ayer no recibo correos."),
                Reply(now - day, "Lo estamos revisando.", admin="Soporte LatinHost"),
            ],
            staff_notes=["el cliente tiene la casilla llena"],
            service_id=2,
        ),
        Ticket(
            2,
            "771204",
            3,
            1,
            "Ampliar disco",
            "Open",
            "Medium",
            now - day,
            [Reply(now - day, "Necesito más disco.")],
        ),
    ]
    to = "Lucía Pereyra <lucia@estudio-pereyra.com.ar>"
    data.emails = [
        Email(1, 1, "Bienvenida", "<p>Hola Lucía,</p><p>¡Bienvenida!</p>", now - 300 * day, to),
        Email(
            2,
            1,
            "Factura A-0001",
            "<style>p{color:red}</style><p>Se generó la factura <b>A-0001</b>.</p>",
            now - 30 * day,
            to,
        ),
        Email(3, 3, "Factura del VPS", "<p>Otra persona</p>", now - 3 * day, OTHER_EMAIL),
    ]
    data.quotes = [
        Quote(
            1,
            1,
            "Migración a VPS",
            "Delivered",
            Decimal("45000.00"),
            today + 30 * day,
            adminnotes="margen bajo",
        ),
    ]
    return data


# ---- how WHMCS writes values ------------------------------------------------------------------


def money(value: Decimal | None) -> str:
    return f"{(value or Decimal(0)):.2f}"


def date(value: dt.date | None) -> str:
    return value.isoformat() if value else EMPTY_DATE


def stamp(value: dt.datetime | None) -> str:
    return value.strftime("%Y-%m-%d %H:%M:%S") if value else EMPTY_DATETIME


def flatten(prefix: str, value: Any, into: Answer) -> None:
    """``{"invoices": {"invoice": [{"id": "1"}]}}`` as WHMCS's reference examples write some
    answers: ``{"invoices[invoice][0][id]": "1"}`` (getinvoices.md, getinvoice.md,
    getclientsdomains.md, getclientsdetails.md)."""
    if isinstance(value, dict):
        for key, inner in value.items():
            flatten(f"{prefix}[{key}]", inner, into)
    elif isinstance(value, list):
        for index, inner in enumerate(value):
            flatten(f"{prefix}[{index}]", inner, into)
    else:
        into[prefix] = value


def as_int(params: dict[str, str], name: str, default: int | None = None) -> int | None:
    raw = params.get(name, "")
    if raw == "":
        return default
    try:
        return int(raw)
    except ValueError:
        return default


def page(params: dict[str, str], rows: list[Any]) -> tuple[list[Any], int]:
    """``limitstart`` (default 0) and ``limitnum`` (default 25), as every list action's page
    says: "limitnum | int | The number of records to return (default: 25)"."""
    start = max(as_int(params, "limitstart", 0) or 0, 0)
    count = as_int(params, "limitnum", 25) or 25
    return rows[start : start + count], start


def listing(total: int, start: int, returned: int, *, as_strings: bool) -> Answer:
    # getinvoices.md shows all three counts as strings; getclientsproducts.md and gettickets.md
    # show totalresults as a string and the other two as numbers; getusers.md all as numbers
    if as_strings:
        return {"totalresults": str(total), "startnumber": str(start), "numreturned": str(returned)}
    return {"totalresults": str(total), "startnumber": start, "numreturned": returned}


# ---- the actions ------------------------------------------------------------------------------


class Actions:
    """One method per action, named as the action; each takes the form fields and answers."""

    def __init__(self, data: WhmcsData, today: Callable[[], dt.date]) -> None:
        self.data = data
        self.today = today

    def ValidateLogin(self, p: dict[str, str]) -> Answer:
        # validatelogin.md: userid, passwordhash only without two-factor, and
        # "twoFactorEnabled": "false" -- a boolean written as a string in its example
        email = p.get("email", "").strip().lower()
        user = next((u for u in self.data.users if u.email.lower() == email), None)
        if user is None or p.get("password2") != user.password:
            raise ApiError("Email or Password Invalid")
        answer: Answer = {"userid": str(user.id), "twoFactorEnabled": str(user.two_factor).lower()}
        if not user.two_factor:
            answer["passwordhash"] = f"hash-{user.id:040d}"
        return answer

    def GetUsers(self, p: dict[str, str]) -> Answer:
        # getusers.md: "search ... at the start of email, firstname, lastname, or fullname";
        # a flat users[] with numbers as numbers and clients[{id, isOwner}]
        term = p.get("search", "").lower()
        found = [
            u
            for u in sorted(self.data.users, key=lambda u: u.id, reverse=p.get("sorting") == "DESC")
            if any(
                text.lower().startswith(term)
                for text in (u.email, u.firstname, u.lastname, f"{u.firstname} {u.lastname}")
            )
        ]
        rows, start = page(p, found)
        return {
            "totalresults": len(found),
            "startnumber": start,
            "numreturned": len(rows),
            "users": [
                {
                    "id": u.id,
                    "firstname": u.firstname,
                    "lastname": u.lastname,
                    "email": u.email,
                    "datecreated": "2020-12-15 15:29:49",
                    "validationdata": "",
                    "clients": [
                        {"id": client_id, "isOwner": permissions is None}
                        for client_id, permissions in u.clients.items()
                    ],
                }
                for u in rows
            ],
        }

    def GetUserPermissions(self, p: dict[str, str]) -> Answer:
        # getuserpermissions.md documents only "result" and three errors; this fake answers
        # the names as a list under "permissions" (the portal reads a list or a CSV string)
        user = self.data.user(as_int(p, "user_id") or 0)
        if user is None:
            raise ApiError("Invalid user id")
        client_id = as_int(p, "client_id") or 0
        if self.data.client(client_id) is None:
            raise ApiError("Invalid client id")
        if client_id not in user.clients:
            raise ApiError("User is not associated with client")
        granted = user.clients[client_id]
        return {"permissions": list(ALL_PERMISSIONS if granted is None else granted)}

    def GetClientsDetails(self, p: dict[str, str]) -> Answer:
        # getclientsdetails.md: client[...] flattened, strings everywhere, admin notes in it
        client_id = as_int(p, "clientid")
        email = p.get("email", "").lower()
        if client_id is None and not email:
            raise ApiError("Either clientid Or email Is Required")
        client = next(
            (
                c
                for c in self.data.clients
                if (client_id is not None and c.id == client_id)
                or (client_id is None and c.email.lower() == email)
            ),
            None,
        )
        if client is None:
            raise ApiError("Client Not Found")
        fields: Answer = {
            "userid": str(client.id),
            "id": str(client.id),
            "firstname": client.firstname,
            "lastname": client.lastname,
            "fullname": f"{client.firstname} {client.lastname}",
            "companyname": client.companyname,
            "email": client.email,
            "address1": client.address1,
            "address2": client.address2,
            "city": client.city,
            "fullstate": client.state,
            "state": client.state,
            "postcode": client.postcode,
            "countrycode": client.country,
            "country": client.country,
            "phonenumber": client.phonenumber,
            "tax_id": client.tax_id,
            "notes": client.notes,
            "twofaenabled": "",
            "currency": "1",
            "currency_code": client.currency_code,
            "language": client.language,
            "status": "Active",
            "credit": "0.00",
            "disableautocc": "",
            "lastlogin": "Date: 03/10/2016 10:26<br>IP Address:<br>Host:",
            # not in the page's example (a 1.0 answer); the portal reads it when present
            "datecreated": date(client.datecreated),
        }
        answer: Answer = {}
        flatten("client", fields, answer)
        # the deprecated top-level copy of the client's fields (WHMCS-API.md): notes twice
        answer.update(fields)
        if p.get("stats") in ("1", "true"):
            unpaid = [
                i for i in self.data.invoices if i.userid == client.id and i.status == "Unpaid"
            ]
            total = sum((i.total for i in unpaid), Decimal(0))
            # pre-formatted totals, as the example's "$2645.80 USD"
            flatten(
                "stats",
                {
                    "numdueinvoices": str(len(unpaid)),
                    "dueinvoicesbalance": f"${money(total)} {client.currency_code}",
                },
                answer,
            )
        return answer

    def UpdateClient(self, p: dict[str, str]) -> Answer:
        # updateclient.md: clientid (or clientemail), the fields to change, "Client ID Not
        # Found", "Duplicate Email Address"; WHMCS-API.md adds "The email address entered is
        # not valid"
        client = self.data.client(as_int(p, "clientid") or 0)
        if client is None:
            raise ApiError("Client ID Not Found")
        email = p.get("email")
        if email is not None:
            if "@" not in email or "." not in email.rsplit("@", 1)[-1]:
                raise ApiError("The email address entered is not valid")
            if any(
                c.email.lower() == email.lower() and c.id != client.id for c in self.data.clients
            ):
                raise ApiError("Duplicate Email Address")
        for key in UPDATABLE:
            if key in p:
                setattr(client, key, p[key])
        return {"clientid": str(client.id)}

    def GetClientsProducts(self, p: dict[str, str]) -> Answer:
        # getclientsproducts.md: nested products.product[], strings, password and notes
        # included; every client's services when clientid is left out
        client_id = as_int(p, "clientid")
        service_id = as_int(p, "serviceid")
        found = [
            s
            for s in self.data.services
            if (client_id is None or s.clientid == client_id)
            and (service_id is None or s.id == service_id)
        ]
        rows, start = page(p, found)
        products = [
            {
                "id": str(s.id),
                "qty": "1",
                "clientid": str(s.clientid),
                "orderid": str(s.id),
                "pid": str(s.id),
                "regdate": date(s.regdate),
                "name": s.name,
                "translated_name": s.name,
                "groupname": s.groupname,
                "translated_groupname": s.groupname,
                "domain": s.domain,
                "dedicatedip": s.dedicatedip,
                "serverid": "1",
                "servername": s.servername,
                "firstpaymentamount": money(s.firstpaymentamount or s.recurringamount),
                "recurringamount": money(s.recurringamount),
                "paymentmethod": "banktransfer",
                "billingcycle": s.billingcycle,
                "nextduedate": date(s.nextduedate),
                "status": s.status,
                "username": s.username,
                "password": s.password,
                "notes": s.notes,
                "overidesuspenduntil": EMPTY_DATE,
                "lastupdate": EMPTY_DATETIME,
                "customfields": {"customfield": []},
                "configoptions": {"configoption": []},
            }
            for s in rows
        ]
        return {
            "clientid": str(client_id) if client_id is not None else None,
            "serviceid": str(service_id) if service_id is not None else None,
            **listing(len(found), start, len(rows), as_strings=False),
            "products": {"product": products},
        }

    def _invoice_fields(self, i: Invoice) -> Answer:
        return {
            "id": str(i.id),
            "userid": str(i.userid),
            "invoicenum": i.invoicenum,
            "date": date(i.date),
            "duedate": date(i.duedate),
            "datepaid": stamp(i.datepaid),
            "subtotal": money(i.subtotal),
            "credit": money(i.credit),
            "tax": money(i.tax),
            "tax2": "0.00",
            "total": money(i.total),
            "taxrate": money(i.taxrate),
            "taxrate2": "0.00",
            "status": i.status,
            "paymentmethod": i.paymentmethod,
            "notes": i.notes,
            "currencycode": i.currencycode,
            "currencyprefix": "$",
            "currencysuffix": i.currencycode,
        }

    def GetInvoices(self, p: dict[str, str]) -> Answer:
        # getinvoices.md: flattened invoices[invoice][n][...], every count a string; status
        # takes "Standard Invoice statuses plus Overdue"; userid optional (all clients' rows)
        client_id = as_int(p, "userid")
        status = p.get("status", "")
        today = self.today()
        found = [
            i
            for i in self.data.invoices
            if (client_id is None or i.userid == client_id)
            and (
                not status
                or (status == "Overdue" and i.status == "Unpaid" and i.duedate < today)
                or i.status == status
            )
        ]
        # no default order is documented: the fake answers in id order unless orderby says
        keys: dict[str, Callable[[Invoice], Any]] = {
            "id": lambda i: i.id,
            "invoicenumber": lambda i: (i.invoicenum, i.id),
            "date": lambda i: (i.date, i.id),
            "duedate": lambda i: (i.duedate, i.id),
            "total": lambda i: (i.total, i.id),
            "status": lambda i: (i.status, i.id),
        }
        key = keys.get(p.get("orderby", "id"), keys["id"])
        found.sort(key=key, reverse=p.get("order", "asc").lower() == "desc")
        rows, start = page(p, found)
        answer: Answer = listing(len(found), start, len(rows), as_strings=True)
        if rows:
            flatten("invoices", {"invoice": [self._invoice_fields(i) for i in rows]}, answer)
        else:
            answer["invoices"] = ""  # an empty list as "" (WHMCS-API.md: missing, "", {} or [])
        return answer

    def GetInvoice(self, p: dict[str, str]) -> Answer:
        # getinvoice.md: invoiceid instead of id, balance, flattened items[item][n][...],
        # "transactions": "" when there are none; no client id asked: any client's invoice
        invoice = next((i for i in self.data.invoices if i.id == as_int(p, "invoiceid")), None)
        if invoice is None:
            raise ApiError("Invoice ID Not Found")
        fields = self._invoice_fields(invoice)
        fields["invoiceid"] = fields.pop("id")
        balance = (
            Decimal(0)
            if invoice.status in ("Paid", "Cancelled", "Refunded")
            else (invoice.total - invoice.amountpaid)
        )
        answer: Answer = {**fields, "balance": money(balance), "ccgateway": "", "transactions": ""}
        flatten(
            "items",
            {
                "item": [
                    {
                        "id": str(item.id),
                        "type": item.type,
                        "relid": str(item.relid),
                        "description": item.description,
                        "amount": money(item.amount),
                        "taxed": "1" if item.taxed else "0",
                    }
                    for item in invoice.items
                ]
            },
            answer,
        )
        return answer

    def GetQuotes(self, p: dict[str, str]) -> Answer:
        # getquotes.md: quotes.quote[] with every value a string, adminnotes included (the
        # portal must never copy them); quoteid and userid optional (all clients' rows)
        quote_id, client_id = as_int(p, "quoteid"), as_int(p, "userid")
        found = [
            q
            for q in self.data.quotes
            if (quote_id is None or q.id == quote_id)
            and (client_id is None or q.userid == client_id)
        ]
        rows, start = page(p, found)
        answer: Answer = listing(len(found), start, len(rows), as_strings=False)
        answer["quotes"] = {
            "quote": [
                {
                    "id": str(q.id),
                    "subject": q.subject,
                    "stage": q.stage,
                    "validuntil": date(q.validuntil),
                    "userid": str(q.userid),
                    "total": money(q.total),
                    "adminnotes": q.adminnotes,
                    "datesent": EMPTY_DATE,
                }
                for q in rows
            ]
        }
        return answer

    def GetClientsDomains(self, p: dict[str, str]) -> Answer:
        # getclientsdomains.md: flattened domains[domain][n][...], admin notes included
        client_id = as_int(p, "clientid")
        domain_id = as_int(p, "domainid")
        found = [
            d
            for d in self.data.domains
            if (client_id is None or d.userid == client_id)
            and (domain_id is None or d.id == domain_id)
        ]
        rows, start = page(p, found)
        answer: Answer = {
            "clientid": str(client_id) if client_id is not None else "",
            "domainid": str(domain_id) if domain_id is not None else "",
            **listing(len(found), start, len(rows), as_strings=True),
        }
        flatten(
            "domains",
            {
                "domain": [
                    {
                        "id": str(d.id),
                        "userid": str(d.userid),
                        "regtype": "Register",
                        "domainname": d.domainname,
                        "registrar": "nicar",
                        "regperiod": "1",
                        "firstpaymentamount": money(d.recurringamount),
                        "recurringamount": money(d.recurringamount),
                        "regdate": date(d.regdate),
                        "expirydate": date(d.expirydate),
                        "nextduedate": date(d.nextduedate),
                        "status": d.status,
                        "donotrenew": "1" if d.donotrenew else "0",
                        "notes": d.notes,
                    }
                    for d in rows
                ]
            },
            answer,
        )
        return answer

    def GetEmails(self, p: dict[str, str]) -> Answer:
        # getemails.md: clientid required ("Client ID Not Found"), flattened emails[email][n],
        # full HTML in message, counts as strings; no order documented: id order here
        client_id = as_int(p, "clientid")
        if client_id is None or self.data.client(client_id) is None:
            raise ApiError("Client ID Not Found")
        found = sorted((e for e in self.data.emails if e.userid == client_id), key=lambda e: e.id)
        rows, start = page(p, found)
        answer: Answer = listing(len(found), start, len(rows), as_strings=True)
        flatten(
            "emails",
            {
                "email": [
                    {
                        "id": str(e.id),
                        "userid": str(e.userid),
                        "subject": e.subject,
                        "message": e.message,
                        "date": stamp(e.date),
                        "to": e.to,
                        "cc": "",
                        "bcc": "",
                    }
                    for e in rows
                ]
            },
            answer,
        )
        return answer

    def GetTickets(self, p: dict[str, str]) -> Answer:
        # gettickets.md: nested tickets.ticket[], every client's tickets without clientid
        client_id = as_int(p, "clientid")
        status = p.get("status", "")
        found = [
            t
            for t in self.data.tickets
            if (client_id is None or t.userid == client_id)
            and (not status or t.status == status)
            and self._in_admins_departments(p, t.deptid)
        ]
        rows, start = page(p, found)
        return {
            **listing(len(found), start, len(rows), as_strings=False),
            "tickets": {
                "ticket": [
                    {
                        "id": str(t.id),
                        "tid": t.tid,
                        "deptid": str(t.deptid),
                        "userid": str(t.userid),
                        "date": stamp(t.date),
                        "subject": t.subject,
                        "status": t.status,
                        "priority": t.priority,
                        "lastreply": stamp(t.replies[-1].date),
                        "flag": "0",
                        # "Sx for services. Dx for domains" (getticket.md)
                        "service": f"S{t.service_id}" if t.service_id else "",
                    }
                    for t in rows
                ]
            },
        }

    def _in_admins_departments(self, p: dict[str, str], department_id: int) -> bool:
        ignore = p.get("ignore_dept_assignments", "").lower() in ("1", "true")
        return ignore or department_id in self.data.admin_departments

    def GetSupportDepartments(self, p: dict[str, str]) -> Answer:
        # getsupportdepartments.md: nested departments.department[], numbers as strings, only
        # the admin's own departments without ignore_dept_assignments
        shown = [
            (i, n) for i, n in self.data.departments.items() if self._in_admins_departments(p, i)
        ]
        return {
            "totalresults": len(shown),
            "departments": {
                "department": [
                    {"id": str(i), "name": n, "awaitingreply": "0", "opentickets": "0"}
                    for i, n in shown
                ]
            },
        }

    def GetTicket(self, p: dict[str, str]) -> Answer:
        # getticket.md: replies.reply[] and the staff's notes.note[]; no client id asked
        ticket = next(
            (
                t
                for t in self.data.tickets
                if t.id == as_int(p, "ticketid") or (p.get("ticketnum") and t.tid == p["ticketnum"])
            ),
            None,
        )
        if ticket is None:
            raise ApiError("Ticket ID Not Found")
        client = self.data.client(ticket.userid)
        author = f"{client.firstname} {client.lastname}" if client else ""
        return {
            "ticketid": str(ticket.id),
            "tid": ticket.tid,
            "deptid": str(ticket.deptid),
            "deptname": self.data.departments.get(ticket.deptid, ""),
            "userid": str(ticket.userid),
            "contactid": "0",
            "date": stamp(ticket.date),
            "subject": ticket.subject,
            "status": ticket.status,
            "priority": ticket.priority,
            "lastreply": stamp(ticket.replies[-1].date),
            "service": f"S{ticket.service_id}" if ticket.service_id else "",
            "replies": {
                "reply": [
                    {
                        "replyid": str(n),
                        "userid": str(ticket.userid),
                        "contactid": "0",
                        # the example: the client's name on their messages, "" on staff's
                        "name": "" if r.admin else author,
                        "date": stamp(r.date),
                        "message": r.message,
                        # the files' names, "|"-separated (getticketattachment.md's index)
                        "attachment": "|".join(r.attachments),
                        "admin": r.admin,
                    }
                    for n, r in enumerate(ticket.replies)
                ]
            },
            "notes": {
                "note": [
                    {
                        "noteid": str(n + 1),
                        "date": stamp(ticket.date),
                        "message": m,
                        "admin": "Admin",
                    }
                    for n, m in enumerate(ticket.staff_notes)
                ]
            },
        }

    def GetClients(self, p: dict[str, str]) -> Answer:
        # getclients.md: "search ... at the start of email, firstname, lastname, fullname or
        # companyname"; its example flattens clients[client][n][...] with counts as strings
        term = p.get("search", "").lower()
        found = [
            c
            for c in sorted(
                self.data.clients, key=lambda c: c.id, reverse=p.get("sorting") == "DESC"
            )
            if any(
                text.lower().startswith(term)
                for text in (
                    c.email,
                    c.firstname,
                    c.lastname,
                    f"{c.firstname} {c.lastname}",
                    c.companyname,
                )
            )
        ]
        rows, start = page(p, found)
        answer: Answer = listing(len(found), start, len(rows), as_strings=True)
        clients = [
            {
                "id": str(c.id),
                "firstname": c.firstname,
                "lastname": c.lastname,
                "companyname": c.companyname,
                "email": c.email,
                "datecreated": date(c.datecreated),
                "groupid": "0",
                "status": "Active",
            }
            for c in rows
        ]
        if clients:
            flatten("clients", {"client": clients}, answer)
        return answer

    def _now(self) -> dt.datetime:
        return dt.datetime.now(dt.UTC).replace(tzinfo=None, microsecond=0)

    def _attachments(self, p: dict[str, str]) -> list[str]:
        """``attachments``: "base64 json encoded array of file attachments ... an array of
        arrays consisting of both a filename and data keys" (openticket.md; its example names
        them ``name`` and ``data``, the data base64 too). What is not that is ignored, as the
        pages document no error for it."""
        raw = p.get("attachments", "")
        if not raw:
            return []
        try:
            files = json.loads(base64.b64decode(raw, validate=True))
            names = []
            for f in files:
                base64.b64decode(f["data"], validate=True)
                names.append(str(f["name"]))
        except (binascii.Error, ValueError, TypeError, KeyError):
            return []
        return names

    def _check_client(self, p: dict[str, str]) -> int | None:
        client_id = as_int(p, "clientid")
        if p.get("clientid") and (client_id is None or self.data.client(client_id) is None):
            raise ApiError("Client ID Not Found")
        return client_id

    def OpenTicket(self, p: dict[str, str]) -> Answer:
        # openticket.md: its errors in the order listed there; answers id, tid, c
        client_id = self._check_client(p)
        user_id = as_int(p, "userid")
        if client_id is not None and p.get("userid"):
            user = self.data.user(user_id or 0)
            if user is None:
                raise ApiError("The system cannot find the provided user ID.")
        if p.get("contactid"):
            raise ApiError("Contact ID Not Found")  # the fake holds no contacts
        if client_id is None and not (p.get("name") and p.get("email")):
            raise ApiError("Name and email address are required if not a client")
        department_id = as_int(p, "deptid")
        if department_id not in self.data.departments:
            raise ApiError("Department ID not found")
        if not p.get("subject", "").strip():
            raise ApiError("Subject is required")
        if not p.get("message", "").strip():
            raise ApiError("Message is required")
        service_id = as_int(p, "serviceid")
        if p.get("serviceid") and not any(s.id == service_id for s in self.data.services):
            raise ApiError("Service ID Not Found")
        priority = p.get("priority", "")
        ticket = Ticket(
            max((t.id for t in self.data.tickets), default=0) + 1,
            f"{secrets.randbelow(900000) + 100000}",
            client_id or 0,
            department_id or 0,
            p["subject"],
            "Open",
            priority if priority in ("Low", "Medium", "High") else "Medium",
            self._now(),
            [Reply(self._now(), p["message"], attachments=self._attachments(p))],
            service_id=service_id,
            user_id=user_id or 0,
            c=secrets.token_urlsafe(6)[:8],
        )
        self.data.tickets.append(ticket)
        # the example writes the id as a string
        return {"id": str(ticket.id), "tid": ticket.tid, "c": ticket.c}

    def AddTicketReply(self, p: dict[str, str]) -> Answer:
        # addticketreply.md: ticketid (or ticketnum); errors in the order listed there; the
        # answer is only result. A client's reply leaves the ticket Customer-Reply, an admin's
        # Answered, unless ``status`` says otherwise
        ticket = next(
            (
                t
                for t in self.data.tickets
                if t.id == as_int(p, "ticketid") or (p.get("ticketnum") and t.tid == p["ticketnum"])
            ),
            None,
        )
        if ticket is None:
            raise ApiError("Ticket ID not found")
        client_id = self._check_client(p)
        if p.get("contactid"):
            raise ApiError("Contact ID Not Found")
        admin = p.get("adminusername", "")
        if client_id is None and not admin and not (p.get("name") and p.get("email")):
            raise ApiError("Name and email address are required if not a client")
        if not p.get("message", "").strip():
            raise ApiError("Message is required")
        ticket.replies.append(
            Reply(self._now(), p["message"], admin=admin, attachments=self._attachments(p))
        )
        ticket.status = p.get("status") or ("Answered" if admin else "Customer-Reply")
        return {}


# ---- the server -------------------------------------------------------------------------------


@dataclass
class Call:
    action: str
    params: dict[str, str]


class FakeWhmcs:
    """``includes/api.php`` on 127.0.0.1 (a port the OS picks), in a background thread.

    Authentication as api/authentication says: ``identifier`` and ``secret`` (also accepted as
    ``username``/``password``); with ``access_key`` set, api/access-control's ``accesskey`` is
    required too (the fake plays a caller outside the IP allow-list). ``allowed_actions``
    plays the credential's API role: any other action is a 403. Every call is kept in
    ``calls`` (without the credentials) for the tests to look at."""

    def __init__(
        self,
        data: WhmcsData | None = None,
        *,
        identifier: str = "fake-identifier",
        secret: str = "fake-secret",
        access_key: str | None = None,
        allowed_actions: set[str] | None = None,
        today: Callable[[], dt.date] | None = None,
        port: int = 0,
    ) -> None:
        self.data = data or seed()
        self.identifier = identifier
        self.secret = secret
        self.access_key = access_key
        self.allowed_actions = allowed_actions
        self.calls: list[Call] = []
        self._lock = threading.Lock()
        self._lost: dict[str, int] = {}
        self._held: dict[str, tuple[threading.Event, threading.Event]] = {}
        self.actions = Actions(self.data, today or (lambda: dt.datetime.now(dt.UTC).date()))
        fake = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                if self.path.split("?")[0] != "/includes/api.php":
                    self.send_error(HTTPStatus.NOT_FOUND)
                    return
                length = int(self.headers.get("Content-Length") or 0)
                form = parse_qs(self.rfile.read(length).decode(), keep_blank_values=True)
                params = {key: values[-1] for key, values in form.items()}
                action = params.get("action", "")
                status, body = fake.answer(params)
                if fake._answer_lost(action):
                    self.close_connection = True  # done, and no answer at all
                    return
                raw = json.dumps(body).encode()
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(raw)))
                self.end_headers()
                self.wfile.write(raw)

            def log_message(self, format: str, *args: Any) -> None:
                pass  # quiet: tests fail on unexpected output, not on a fake's log

        self._server = ThreadingHTTPServer(("127.0.0.1", port), Handler)
        self._server.daemon_threads = True
        self._thread: threading.Thread | None = None

    @property
    def base_url(self) -> str:
        """What a host sets as CLIENTDESK_WHMCS_URL (the API is ``<url>/includes/api.php``)."""
        host, port = self._server.server_address[:2]
        return f"http://{host!s}:{port}"

    def answer(self, params: dict[str, str]) -> tuple[int, Answer]:
        identifier = params.pop("identifier", params.pop("username", ""))
        secret = params.pop("secret", params.pop("password", ""))
        access_key = params.pop("accesskey", None)
        action = params.pop("action", "")
        params.pop("responsetype", None)
        with self._lock:
            self.calls.append(Call(action, dict(params)))
        if self.access_key is not None and access_key != self.access_key:
            # api/access-control: without the key, the caller's IP must be allowed
            return 200, {"result": "error", "message": "Invalid IP 127.0.0.1"}
        if (identifier, secret) != (self.identifier, self.secret):
            return 200, {"result": "error", "message": "Authentication Failed"}
        method = getattr(self.actions, action, None) if action[:1].isupper() else None
        if method is None:
            return 200, {"result": "error", "message": "Command Not Found"}
        if self.allowed_actions is not None and action not in self.allowed_actions:
            return 403, {"result": "error", "message": "Access Denied"}
        with self._lock:
            gate = self._held.get(action)
        if gate is not None:
            reached, release = gate
            reached.set()
            release.wait(30)
        try:
            with self._lock:
                answer: Answer = method(params)
        except ApiError as exc:
            return exc.status, {"result": "error", "message": exc.message}
        return 200, {"result": "success", **answer}

    def lose_answer(self, action: str, times: int = 1) -> None:
        """The next ``times`` calls of ``action`` do their work, then the connection closes
        with no answer (a WHMCS whose answer was lost on the way)."""
        with self._lock:
            self._lost[action] = times

    def _answer_lost(self, action: str) -> bool:
        with self._lock:
            left = self._lost.get(action, 0)
            if left:
                self._lost[action] = left - 1
            return bool(left)

    def hold(self, action: str) -> tuple[threading.Event, threading.Event]:
        """Calls of ``action`` wait, before doing anything, until the second event is set; the
        first is set when one arrives."""
        gate = (threading.Event(), threading.Event())
        with self._lock:
            self._held[action] = gate
        return gate

    def calls_of(self, action: str) -> list[dict[str, str]]:
        with self._lock:
            return [call.params for call in self.calls if call.action == action]

    def start(self) -> FakeWhmcs:
        self._thread = threading.Thread(
            target=self._server.serve_forever, name="fake-whmcs", daemon=True
        )
        self._thread.start()
        return self

    def stop(self) -> None:
        self._server.shutdown()
        self._server.server_close()
        if self._thread is not None:
            self._thread.join(10)

    def __enter__(self) -> FakeWhmcs:
        return self.start()

    def __exit__(self, *_exc: object) -> None:
        self.stop()


def free_port_url() -> str:
    """An address on loopback where nothing listens (for the tests of an unreachable WHMCS)."""
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    return f"http://127.0.0.1:{port}"
