"""Demo data of the client area beyond accounts, services and invoices: the product catalog
(ARS and USD), domains, quotes, support departments and tickets, and the service status page.

Called by :func:`portal.demo.seed_demo`; dates are relative to the demo clock like the rest.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from sqlalchemy.orm import Session

from api_client.models import (
    BillingCycle,
    ChatStatus,
    ComponentStatus,
    DomainStatus,
    IncidentImpact,
    IncidentStatus,
    QuoteStage,
    TicketPriority,
    TicketStatus,
)

from .billing import IVA, TLD_PRICES, tax_of, tld_of
from .demo_time import DemoClock
from .tables import (
    ChatMessageRow,
    ChatRow,
    ClientRow,
    DepartmentRow,
    DomainRow,
    IncidentRow,
    IncidentUpdateRow,
    PersonRow,
    ProductPriceRow,
    ProductRow,
    QuoteItemRow,
    QuoteRow,
    ServiceRow,
    StatusComponentRow,
    TicketMessageRow,
    TicketRow,
)

M, Q, S, A = (
    BillingCycle.MONTHLY,
    BillingCycle.QUARTERLY,
    BillingCycle.SEMI_ANNUALLY,
    BillingCycle.ANNUALLY,
)

# group, name, description, allows automatic change, {currency: (monthly, quarterly, semi, annual)}
# (None: that cycle is not offered). The demo services' prices are among these.
CATALOG: list[tuple[str, str, str, bool, dict[str, tuple[str | None, ...]]]] = [
    (
        "Hosting compartido",
        "Hosting Inicial",
        "1 sitio, 2 GB SSD, 5 cuentas de correo",
        True,
        {"ARS": ("1700", "4800", "9000", "16500"), "USD": ("2.00", "5.70", "10.80", "19.80")},
    ),
    (
        "Hosting compartido",
        "Hosting Básico",
        "1 sitio, 10 GB SSD, 20 cuentas de correo, SSL gratis",
        True,
        {"ARS": ("1800", "5100", "9700", "18000"), "USD": ("2.50", "7.10", "13.50", "25.00")},
    ),
    (
        "Hosting compartido",
        "Hosting Pro",
        "5 sitios, 30 GB SSD, correo ilimitado, SSL gratis",
        True,
        {"ARS": ("4500", "12800", "24300", "45000"), "USD": ("6.00", "17.10", "32.40", "60.00")},
    ),
    (
        "Hosting compartido",
        "Hosting Empresa",
        "Sitios ilimitados, 80 GB SSD, IP dedicada, backups diarios",
        True,
        {
            "ARS": ("9000", "25600", "48600", "90000"),
            "USD": ("18.00", "51.30", "97.20", "180.00"),
        },
    ),
    (
        "Correo",
        "Correo Empresarial 10",
        "10 casillas de 10 GB, antispam",
        True,
        {"ARS": ("3900", "11100", "21000", "39000"), "USD": ("5.00", "14.25", "27.00", "50.00")},
    ),
    (
        "Correo",
        "Correo Empresarial 25",
        "25 casillas de 15 GB, antispam, archivado",
        True,
        {"ARS": ("7500", "21400", "40500", "75000"), "USD": ("5.25", "15.00", "28.50", "54.00")},
    ),
    (
        "Correo",
        "Correo Empresarial 50",
        "50 casillas de 25 GB, antispam, archivado",
        True,
        {
            "ARS": ("13000", "37000", "70200", "130000"),
            "USD": ("9.50", "27.00", "51.30", "97.00"),
        },
    ),
    (
        "Seguridad",
        "Certificado SSL Estándar",
        "Un dominio, validación de dominio",
        False,
        {"ARS": (None, None, None, "14000"), "USD": (None, None, None, "20.00")},
    ),
    (
        "Seguridad",
        "Certificado SSL Wildcard",
        "Todos los subdominios de un dominio",
        False,
        {"ARS": (None, None, None, "52000"), "USD": (None, None, None, "75.00")},
    ),
    (
        "Servidores virtuales",
        "VPS 2 GB",
        "2 vCPU, 2 GB RAM, 40 GB SSD",
        False,
        {"ARS": ("12500", "36000", None, "135000"), "USD": ("14.00", "40.00", None, "150.00")},
    ),
    (
        "Servidores virtuales",
        "VPS 4 GB",
        "4 vCPU, 4 GB RAM, 80 GB SSD",
        False,
        {"ARS": ("21000", "60000", None, "227000"), "USD": ("22.00", "63.00", None, "238.00")},
    ),
    (
        "Servidores virtuales",
        "Cloud Server 4 GB",
        "4 vCPU, 4 GB RAM, 80 GB NVMe, snapshots",
        False,
        {"ARS": ("23000", "66000", None, "248000"), "USD": ("24.00", "69.00", None, "259.00")},
    ),
    (
        "Servidores virtuales",
        "Cloud Server 8 GB",
        "8 vCPU, 8 GB RAM, 160 GB NVMe, snapshots",
        False,
        {"ARS": ("42000", "120000", None, "454000"), "USD": ("44.00", "126.00", None, "475.00")},
    ),
    (
        "Resguardo",
        "Backup Remoto 100 GB",
        "Copias diarias, 30 días de retención",
        True,
        {"ARS": ("7000", "20000", "38000", "75000"), "USD": ("8.50", "24.00", "46.00", "90.00")},
    ),
    (
        "Resguardo",
        "Backup Remoto 500 GB",
        "Copias diarias, 90 días de retención",
        True,
        {
            "ARS": ("25000", "71000", "135000", "265000"),
            "USD": ("30.00", "85.00", "162.00", "318.00"),
        },
    ),
]

DEPARTMENTS = [
    ("Soporte técnico", "Problemas con sitios, correo, servidores y dominios"),
    ("Facturación", "Facturas, pagos, cambios de titular y bajas"),
    ("Ventas", "Planes, upgrades que no son automáticos y presupuestos"),
]


def seed_catalog(db: Session) -> None:
    for order, (group, name, description, automatic, prices) in enumerate(CATALOG):
        product = ProductRow(
            name=name,
            product_group=group,
            description=description,
            allows_automatic_change=automatic,
            sort_order=order,
        )
        product.prices = [
            ProductPriceRow(currency=currency, billing_cycle=cycle.value, price=Decimal(value))
            for currency, values in prices.items()
            for cycle, value in zip((M, Q, S, A), values, strict=True)
            if value is not None
        ]
        db.add(product)
    for name, description in DEPARTMENTS:
        db.add(DepartmentRow(name=name, description=description))
    db.flush()


def _domain(
    client: ClientRow,
    name: str,
    status: DomainStatus,
    today: dt.date,
    expires_in: int,
    auto_renew: bool,
    years_held: int = 3,
) -> DomainRow:
    ending = tld_of(name)
    assert ending is not None
    expiry = today + dt.timedelta(days=expires_in)
    return DomainRow(
        client_id=client.id,
        name=name,
        status=status.value,
        registration_date=expiry.replace(year=expiry.year - years_held, day=min(expiry.day, 28)),
        expiry_date=expiry,
        auto_renew=auto_renew,
        transfer_locked=status is DomainStatus.ACTIVE,
        nameservers="ns1.latinhost.com.ar\nns2.latinhost.com.ar"
        if status is not DomainStatus.TRANSFERRED_AWAY
        else "",
        recurring_amount=TLD_PRICES[ending][client.currency],
        currency=client.currency,
    )


def seed_domains(db: Session, a: ClientRow, b: ClientRow, today: dt.date) -> None:
    active, grace = DomainStatus.ACTIVE, DomainStatus.GRACE
    db.add_all(
        [
            _domain(a, "gimenezdiseno.com.ar", active, today, 20, True),
            _domain(a, "lauragimenez.com", active, today, 12, False),
            _domain(a, "tiendalaura.com.ar", active, today, 210, False),
            _domain(a, "portfolio-laura.com.ar", grace, today, -10, False),
            _domain(a, "disenolaura.com.ar", DomainStatus.TRANSFERRED_AWAY, today, -400, False),
            _domain(b, "estudiopereyra.com.ar", active, today, 300, True),
            _domain(b, "pereyraabogados.com", active, today, 25, True),
            _domain(b, "estudiopereyra.net", DomainStatus.REDEMPTION, today, -40, False),
        ]
    )


def _quote(
    client: ClientRow,
    number: str,
    subject: str,
    stage: QuoteStage,
    created: dt.date,
    valid_days: int,
    lines: list[tuple[str, int, str]],
) -> QuoteRow:
    items = [
        QuoteItemRow(
            description=text,
            quantity=qty,
            unit_price=Decimal(unit),
            amount=Decimal(unit) * qty,
        )
        for text, qty, unit in lines
    ]
    subtotal = sum((item.amount for item in items), Decimal("0"))
    tax = tax_of(subtotal)
    quote = QuoteRow(
        client_id=client.id,
        number=number,
        subject=subject,
        stage=stage.value,
        created_on=created,
        valid_until=created + dt.timedelta(days=valid_days),
        currency=client.currency,
        subtotal=subtotal,
        tax_rate=IVA,
        tax=tax,
        total=subtotal + tax,
        notes="Precios finales con IVA incluido en el total. Validez indicada en el presupuesto.",
    )
    quote.items = items
    return quote


def seed_quotes(db: Session, a: ClientRow, b: ClientRow, today: dt.date) -> None:
    day = dt.timedelta(days=1)
    db.add_all(
        [
            _quote(
                a,
                "P-1003",
                "Migración a Hosting Empresa con soporte dedicado",
                QuoteStage.DELIVERED,
                today - 5 * day,
                30,
                [
                    ("Hosting Empresa - anual", 1, "90000.00"),
                    ("Migración asistida de sitios y casillas", 1, "25000.00"),
                ],
            ),
            _quote(
                a,
                "P-1002",
                "Casillas adicionales de correo",
                QuoteStage.DEAD,
                today - 90 * day,
                15,
                [("Casilla adicional 10 GB - anual", 5, "4200.00")],
            ),
            _quote(
                b,
                "P-1004",
                "Certificado SSL Wildcard e instalación",
                QuoteStage.DELIVERED,
                today - 3 * day,
                20,
                [
                    ("Certificado SSL Wildcard - anual", 1, "75.00"),
                    ("Instalación y configuración", 1, "30.00"),
                ],
            ),
            _quote(
                b,
                "P-1001",
                "Ampliación de Cloud Server",
                QuoteStage.DELIVERED,
                today - 60 * day,
                15,
                [("Cloud Server 8 GB - mensual", 1, "44.00")],
            ),
        ]
    )


def seed_tickets(
    db: Session,
    a: ClientRow,
    b: ClientRow,
    laura: PersonRow,
    martin: PersonRow,
    staff: PersonRow,
    services_a: list[ServiceRow],
    now: dt.datetime,
) -> None:
    departments = {d.name: d for d in db.query(DepartmentRow)}
    hour = dt.timedelta(hours=1)

    def ticket(
        client: ClientRow,
        person: PersonRow,
        department: str,
        subject: str,
        status: TicketStatus,
        priority: TicketPriority,
        service: ServiceRow | None,
        thread: list[tuple[bool, str]],
        started: dt.datetime,
    ) -> None:
        row = TicketRow(
            client_id=client.id,
            department_id=departments[department].id,
            service_id=service.id if service else None,
            subject=subject,
            status=status.value,
            priority=priority.value,
            opened_by=person.id,
            created_at=started,
            last_reply_at=started + hour * (len(thread) - 1),
        )
        row.messages = [
            TicketMessageRow(
                person_id=staff.id if from_staff else person.id,
                author_name=staff.name if from_staff else person.name,
                from_staff=from_staff,
                body=body,
                created_at=started + hour * index,
            )
            for index, (from_staff, body) in enumerate(thread)
        ]
        db.add(row)

    ticket(
        a,
        laura,
        "Soporte técnico",
        "No puedo enviar correos desde Outlook",
        TicketStatus.ANSWERED,
        TicketPriority.HIGH,
        services_a[1],
        [
            (False, "Desde ayer Outlook me rechaza el envío con error 550."),
            (
                True,
                "Hola Laura, revisamos el servidor: usá el puerto 465 con SSL y probá de nuevo.",
            ),
        ],
        now - 30 * hour,
    )
    ticket(
        a,
        laura,
        "Facturación",
        "Factura duplicada de octubre",
        TicketStatus.CLOSED,
        TicketPriority.LOW,
        None,
        [
            (False, "Me llegaron dos facturas por el mismo período."),
            (True, "Anulamos la factura duplicada. Disculpá las molestias."),
            (False, "Perfecto, gracias."),
        ],
        now - 24 * 20 * hour,
    )
    ticket(
        a,
        laura,
        "Ventas",
        "Consulta por VPS 4 GB",
        TicketStatus.CUSTOMER_REPLY,
        TicketPriority.MEDIUM,
        None,
        [
            (False, "¿Puedo pasar del VPS 2 GB al de 4 GB sin reinstalar?"),
            (True, "Sí, el cambio lo hace nuestro equipo; coordinamos una ventana de 15 minutos."),
            (False, "Genial, ¿puede ser el sábado a la mañana?"),
        ],
        now - 50 * hour,
    )
    ticket(
        b,
        martin,
        "Soporte técnico",
        "El sitio responde lento por las tardes",
        TicketStatus.OPEN,
        TicketPriority.MEDIUM,
        None,
        [(False, "Entre las 15 y las 18 el sitio tarda más de 5 segundos en cargar.")],
        now - 3 * hour,
    )


def seed_status(db: Session, now: dt.datetime) -> None:
    components = [
        ("Hosting compartido", "Servicios", ComponentStatus.OPERATIONAL),
        ("Correo", "Servicios", ComponentStatus.DEGRADED),
        ("Servidores virtuales y cloud", "Servicios", ComponentStatus.OPERATIONAL),
        ("DNS", "Red", ComponentStatus.OPERATIONAL),
        ("Conectividad", "Red", ComponentStatus.OPERATIONAL),
        ("Área de clientes", "Plataforma", ComponentStatus.OPERATIONAL),
    ]
    rows = [
        StatusComponentRow(name=name, component_group=group, status=status.value, sort_order=i)
        for i, (name, group, status) in enumerate(components)
    ]
    db.add_all(rows)
    db.flush()
    hour = dt.timedelta(hours=1)
    open_incident = IncidentRow(
        title="Demoras en la entrega de correo",
        status=IncidentStatus.IDENTIFIED.value,
        impact=IncidentImpact.MINOR.value,
        component_ids=str(rows[1].id),
        started_at=now - 2 * hour,
    )
    open_incident.updates = [
        IncidentUpdateRow(
            status=IncidentStatus.INVESTIGATING.value,
            message="Estamos investigando demoras de hasta 20 minutos en la entrega de correo.",
            created_at=now - 2 * hour,
        ),
        IncidentUpdateRow(
            status=IncidentStatus.IDENTIFIED.value,
            message="Identificamos una cola saturada en un filtro antispam; la estamos vaciando.",
            created_at=now - hour,
        ),
    ]
    resolved = IncidentRow(
        title="Mantenimiento de red en el datacenter de Buenos Aires",
        status=IncidentStatus.RESOLVED.value,
        impact=IncidentImpact.MAJOR.value,
        component_ids=f"{rows[4].id},{rows[2].id}",
        started_at=now - 72 * hour,
        resolved_at=now - 70 * hour,
    )
    resolved.updates = [
        IncidentUpdateRow(
            status=IncidentStatus.INVESTIGATING.value,
            message="Cortes intermitentes de conectividad en servidores virtuales.",
            created_at=now - 72 * hour,
        ),
        IncidentUpdateRow(
            status=IncidentStatus.RESOLVED.value,
            message="Se reemplazó un equipo de borde; la conectividad es normal.",
            created_at=now - 70 * hour,
        ),
    ]
    db.add_all([open_incident, resolved])


def seed_client_area(
    db: Session,
    clock: DemoClock,
    clients: tuple[ClientRow, ClientRow],
    people: tuple[PersonRow, PersonRow, PersonRow],
    services_a: list[ServiceRow],
) -> None:
    a, b = clients
    laura, martin, staff = people
    today, now = clock.today, clock.now
    seed_catalog(db)
    seed_domains(db, a, b, today)
    seed_quotes(db, a, b, today)
    seed_tickets(db, a, b, laura, martin, staff, services_a, now)
    seed_status(db, now)
    seed_chats(db, a, laura, staff, now)


def seed_chats(
    db: Session, a: ClientRow, laura: PersonRow, staff: PersonRow, now: dt.datetime
) -> None:
    """One finished chat, so the history has something to show."""
    minute = dt.timedelta(minutes=1)
    started = now - dt.timedelta(days=2)
    chat = ChatRow(
        client_id=a.id,
        person_id=laura.id,
        agent_id=staff.id,
        subject="¿Cómo configuro el correo en el celular?",
        status=ChatStatus.CLOSED.value,
        created_at=started,
        closed_at=started + 6 * minute,
    )
    db.add(chat)
    db.flush()
    lines = [
        (False, "Hola, quiero configurar mi casilla en el celular."),
        (True, "¡Hola Laura! Usá IMAP en el puerto 993 y SMTP en el 465, ambos con SSL."),
        (False, "Listo, ya funciona. ¡Gracias!"),
    ]
    for index, (from_staff, body) in enumerate(lines):
        person = staff if from_staff else laura
        db.add(
            ChatMessageRow(
                chat_id=chat.id,
                person_id=person.id,
                author_name=person.name,
                from_staff=from_staff,
                body=body,
                created_at=started + (index + 1) * minute,
            )
        )
